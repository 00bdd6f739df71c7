//! Mends m18b of round i18b's rules (#15, names precision). Sentences of our own, none from a
//! test article.

use super::tests::{has_written, named, names};
use crate::draft::value::Class::*;

#[test]
fn a_language_after_in_is_no_place() {
    let got = names(
        "The minister posted the statement in Persian on Tuesday.\n\
         He answered in Portuguese.\n\
         Signs at the border post are written in Catalan and Spanish.\n\
         She spoke to reporters in Norwegian after the vote.",
    );
    for word in ["Persian", "Portuguese", "Catalan", "Norwegian"] {
        assert!(!has_written(&got, word, Place), "{word}: {got:?}");
    }
    // A town named twice where places stand is still one.
    let got = names(
        "Relief boats reached a clinic in Talisugan on Sunday.\n\
         The mayor spoke to reporters in Talisugan on Monday.",
    );
    assert!(has_written(&got, "Talisugan", Place), "{got:?}");
    assert!(!named(&got, "Persian"), "{got:?}");
}

#[test]
fn a_people_s_word_in_the_plural_is_no_short_form_of_a_body() {
    let got = names(
        "\"This is a betrayal,\" said Ruth Fenley, director of the Alliance for Retired Americans.\n\
         Millions of Americans rely on the payments.\n\
         The Council of Ukrainian Canadians met in Ottawa on Monday.\n\
         Thousands of Canadians signed the petition.",
    );
    for word in ["Americans", "Canadians"] {
        assert!(!named(&got, word), "{word}: {got:?}");
    }
    // A side's plural nickname still stands for the side.
    let got = names(
        "Ana Ruiz scored 20 points as the Easton Rangers beat the Marlow Gulls 88-80 on Saturday.\n\
         The Gulls had led by nine at half-time.",
    );
    assert!(has_written(&got, "Gulls", Organisation), "{got:?}");
}

#[test]
fn a_portfolio_word_before_minister_is_no_short_form_of_the_body_it_ends() {
    let got = names(
        "The Ministry of Fisheries said 12 boats were seized on Monday.\n\
         Fisheries Minister Odile Marchetti told reporters the ban would stay.",
    );
    assert!(!named(&got, "Fisheries"), "{got:?}");
    assert!(has_written(&got, "Odile Marchetti", Person), "{got:?}");
}

#[test]
fn a_unit_before_a_name_makes_a_place_only_after_a_preposition() {
    let got = names(
        "Republicans are targeting a district Halvorsen won twice.\n\
         Democrats hope to flip the county Ann Corliss has held since 2012.",
    );
    assert!(!has_written(&got, "Halvorsen", Place), "{got:?}");
    assert!(!has_written(&got, "Ann Corliss", Place), "{got:?}");
    // After a place's preposition the unit still says a place.
    let got = names("A guide from canton Lerrach was flown to hospital on Monday.");
    assert!(has_written(&got, "Lerrach", Place), "{got:?}");
}
