//! Round i32f (#15), from the practice swimming report (p45, read, not blind; our own
//! sentences): a Chinese name in pinyin without a hyphen, family name first; round i32h, a wine
//! region's parts.

use super::tests::{has_written, named, names};
use crate::draft::value::Class;

#[test]
fn a_chinese_name_in_pinyin_is_someone_called_by_the_family_name() {
    let text = "Tolland beat the defending champion Zhou Lanting by half a second.\n\
                Zhou, 25, took silver, and Zhang Yufei and Wang Shun cheered.";
    let got = names(text);
    for person in ["Zhou Lanting", "Zhang Yufei", "Wang Shun"] {
        assert!(
            has_written(&got, person, Class::Person),
            "{person}: {got:?}"
        );
    }
    assert!(
        got.iter()
            .any(|(n, c)| n == "Zhou = Zhou Lanting" && *c == Class::Person),
        "{got:?}"
    );
    // English words after a family name are no given name.
    let got = names("Shares in Sun Life rose 4% on Monday.");
    assert!(!has_written(&got, "Sun Life", Class::Person), "{got:?}");
    assert!(!named(&got, "Life"), "{got:?}");
}

#[test]
fn a_wine_region_s_parts_are_places() {
    // Round i32h, from the practice harvest report (p45, read, not blind; our own sentences).
    let text = "The Haut-Rhin was hit hardest; the Bas-Rhin averaged 61hl/ha.\n\
                Pickers were still at work on the Kalkberg grand cru this week.\n\
                We lost 40% of our Riesling on the Brunnberg vineyard.";
    let got = names(text);
    for place in ["Haut-Rhin", "Bas-Rhin", "Kalkberg", "Brunnberg"] {
        assert!(has_written(&got, place, Class::Place), "{place}: {got:?}");
    }
    // Not a surname that opens so, nor a firm's name.
    let got = names("Pierre Haut-Brion said the Bas-Rhin Wine Company had grown.");
    assert!(!has_written(&got, "Haut-Brion", Class::Place), "{got:?}");
}

#[test]
fn the_fourth_reader_s_names_stay_what_they_were() {
    // English words after a family name are no pinyin given name.
    let text = "The Li Group defaulted on a bond.\nFloods along the Xi River displaced 80,000 \
                people.\nLin Park in Suzhou drew visitors, and shares in Kang Pharma fell 11%.";
    let got = names(text);
    for name in ["Li Group", "Xi River", "Lin Park", "Kang Pharma"] {
        assert!(!has_written(&got, name, Class::Person), "{name}: {got:?}");
    }
    // A contraction of "has" is no firm; "lines" only in names of three words or more.
    let got = names("Swift’s announced a new album on Sunday, her 11th.");
    assert!(!named(&got, "Swift’s"), "{got:?}");
    let text = "Tourists flew over the Nazca Lines.\nHolly Lines, 31, of Swansea, was jailed.\n\
                Wan Hai Lines said it would add a surcharge.";
    let got = names(text);
    assert!(
        !has_written(&got, "Nazca Lines", Class::Organisation),
        "{got:?}"
    );
    assert!(
        !has_written(&got, "Holly Lines", Class::Organisation),
        "{got:?}"
    );
    assert!(
        has_written(&got, "Wan Hai Lines", Class::Organisation),
        "{got:?}"
    );
    // "bound for" after someone's name, or students', is no place.
    let got = names("After the flight was cancelled, Kane, bound for Bayern Munich, took a train.");
    assert!(!has_written(&got, "Bayern Munich", Class::Place), "{got:?}");
}
