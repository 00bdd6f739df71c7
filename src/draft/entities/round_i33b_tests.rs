//! Round i33b (#15): the second reader's findings on round i33a (its own sentences), mended; and
//! a body's word alone after "the" as the one body whose name it heads or ends ("the Consejo"
//! after "the Consejo Regulador"), from holdout45's errors (our own sentences).

use super::tests::{assert_no_one, has_written, named, names};
use crate::draft::value::Class;

#[test]
fn a_firm_or_a_club_after_a_country_s_possessive_is_no_competitor() {
    assert_no_one(&[
        "Xiaomi sold 40 million phones, well ahead of Taiwan’s Hon Hai.",
        "Nvidia’s shares rose 4 percent, behind Japan’s Tokyo Electron, and Samsung beat South \
         Korea’s SK Hynix on memory.",
        "By revenue, Taiwan’s Quanta Computer was second in 2023 among contract manufacturers.",
        "Arsenal beat Germany’s Bayern Munich 2-1, and Liverpool beat Italy’s Inter Milan.",
        "Britain’s Aston Martin was third in 1:31.204 in qualifying, behind Austria’s Red Bull.",
    ]);
    // A swimmer beside a race's words still is someone.
    let got = names(
        "In the 200m freestyle final, Lia Moreau was second in 1:55.20, edging Ethiopia’s \
         Gudaf Tsegay.",
    );
    assert!(has_written(&got, "Gudaf Tsegay", Class::Person), "{got:?}");
}

#[test]
fn vietnamese_places_are_no_chinese_names() {
    let got = names(
        "A factory fire in Dong Nai province killed 12 workers, and landslides in Cao Bang cut \
         roads.",
    );
    for place in ["Dong Nai", "Cao Bang"] {
        assert!(!has_written(&got, place, Class::Person), "{place}: {got:?}");
    }
}

#[test]
fn a_politician_s_staff_make_no_body() {
    for (text, name) in [
        (
            "Kamala Harris spoke on Monday.\nHarris’s head of the White House Gender Policy \
             Council, Jennifer Klein, attended.",
            "Harris",
        ),
        (
            "Keir Starmer met staff.\nStarmer’s head of communications, Matthew Doyle, said so.",
            "Starmer",
        ),
        (
            "Thunder Bay’s chief medical officer of health, Janet DeMille, said so, and Cumbria’s \
             head of highways agreed.",
            "Cumbria",
        ),
    ] {
        let got = names(text);
        assert!(
            !has_written(&got, name, Class::Organisation),
            "{text}: {got:?}"
        );
    }
    let got = names("Thunder Bay’s chief medical officer of health, Janet DeMille, said so.");
    assert!(
        !has_written(&got, "Thunder Bay", Class::Organisation),
        "{got:?}"
    );
    // A body's initials have a head of something; no person is written in capitals.
    let got = names("“Prices are too low,” said Ana Ruiz, UAGR-COAG’s head of wine.");
    assert!(
        has_written(&got, "UAGR-COAG", Class::Organisation),
        "{got:?}"
    );
}

#[test]
fn a_medal_makes_a_team_of_its_own_mention_only() {
    let text = "Kenya took gold in the 800m in 1:43.20.\n\
                Kenya is East Africa’s largest economy, and Kenya’s president, William Ruto, \
                declared a holiday.";
    let got = names(text);
    assert!(has_written(&got, "Kenya", Class::Organisation), "{got:?}");
    assert!(has_written(&got, "Kenya", Class::Place), "{got:?}");
    // A country's initials before a team's noun make no team of the country.
    let got = names(
        "A US team of astronomers said on Monday it had found a comet.\n\
         The US plans a follow-up mission, and the US has spent $2 billion.",
    );
    assert!(!has_written(&got, "US", Class::Organisation), "{got:?}");
    // A market's ranking is no race.
    let got = names(
        "China was the world’s largest gold producer last year. Australia was second with 310 \
         tonnes and Russia was third with 300 tonnes.",
    );
    for country in ["Australia", "Russia"] {
        assert!(
            !has_written(&got, country, Class::Organisation),
            "{country}: {got:?}"
        );
    }
}

#[test]
fn a_span_at_a_camp_is_at_a_place() {
    let got = names("He joined the firm after two decades at Camp Lejeune.");
    assert!(
        !has_written(&got, "Camp Lejeune", Class::Organisation),
        "{got:?}"
    );
}

#[test]
fn a_unit_glued_to_a_number_before_initials_measures_them() {
    let got = names("The laptop has 16GB RAM, a 1TB SSD and a 50MP Sony sensor.");
    assert!(!named(&got, "RAM"), "{got:?}");
    assert!(!has_written(&got, "Sony", Class::Person), "{got:?}");
}

#[test]
fn a_body_s_word_alone_after_the_is_the_one_body_it_heads() {
    let text = "Figures released by the Consejo Ribera showed a smaller crop.\n\
                Growers blamed the Consejo for the cut.";
    let got = names(text);
    assert!(
        got.iter()
            .any(|(n, c)| n == "Consejo = Consejo Ribera" && *c == Class::Organisation),
        "{got:?}"
    );
    // A word a longer body's name opens without heading it is no short form of it.
    let got = names(
        "The Government Parliamentary Committee for Finance met.\nThe share that the \
         Government can spend is capped.",
    );
    assert!(!named(&got, "Government"), "{got:?}");
}
