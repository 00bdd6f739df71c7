//! Rules of round i18b (#15, names recall). Sentences of our own, none from a test article.

use super::tests::{has_written, named, names};
use crate::draft::value::Class::*;

#[test]
fn a_town_that_only_ends_like_a_people_s_word_is_a_place_after_in() {
    let got = names(
        "Relief boats reached a clinic in Talisugan on Sunday.\n\
         Ferries to the island stopped near Marobayan after the storm.\n\
         Aid workers in Talisugan counted 40 homes lost near Marobayan.",
    );
    for town in ["Talisugan", "Marobayan"] {
        assert!(has_written(&got, town, Place), "{town}: {got:?}");
        assert!(!has_written(&got, town, Person), "{town}: {got:?}");
        assert!(!has_written(&got, town, Organisation), "{town}: {got:?}");
    }
    // A people's word for a known place stays one, and so does one before a noun.
    let got = names(
        "The minister answered in Italian on Monday.\n\
         Trawlers were seized in Kenyan waters on Friday.",
    );
    assert!(!named(&got, "Italian"), "{got:?}");
    assert!(!named(&got, "Kenyan"), "{got:?}");
}

#[test]
fn a_title_right_before_a_body_s_head_word_opens_the_body_s_name() {
    let got = names(
        "The General Confederation of Porters (CGP), whose initials follow its French name, counted 40,000 marchers on Monday.\n\
         CGP leader Ines Varga told reporters the strike would go on.",
    );
    assert!(
        has_written(&got, "General Confederation of Porters (CGP)", Organisation),
        "{got:?}"
    );
    assert!(!has_written(&got, "Confederation", Person), "{got:?}");
    assert!(!has_written(&got, "Porters", Organisation), "{got:?}");
    assert!(has_written(&got, "CGP", Organisation), "{got:?}");
    assert!(has_written(&got, "Ines Varga", Person), "{got:?}");
    // A title before a person's name still introduces the person.
    let got = names("General Ruth Okafor inspected the troops at dawn on Monday.");
    assert!(has_written(&got, "Ruth Okafor", Person), "{got:?}");
}

#[test]
fn a_portfolio_word_before_minister_is_no_short_form_of_the_ministry() {
    let got = names(
        "The Fisheries Ministry said 12 boats were seized on Monday.\n\
         Fisheries Minister Odile Marchetti told reporters the ban would stay.\n\
         Brannock Shipping said its fleet was idle.\n\
         Brannock chairman Ian Pell said the firm would appeal.",
    );
    assert!(
        has_written(&got, "Fisheries Ministry", Organisation),
        "{got:?}"
    );
    assert!(!named(&got, "Fisheries"), "{got:?}");
    assert!(has_written(&got, "Odile Marchetti", Person), "{got:?}");
    // A company's first word before another title is still the company.
    assert!(has_written(&got, "Brannock", Organisation), "{got:?}");
    assert!(has_written(&got, "Ian Pell", Person), "{got:?}");
}

#[test]
fn a_body_s_word_opening_a_sentence_before_a_known_place_opens_the_body_s_name() {
    let got = names(
        "Police Malawi said 14 people were detained after the march on Friday.\n\
         Traffic police closed two roads near the market.",
    );
    assert!(has_written(&got, "Police Malawi", Organisation), "{got:?}");
    assert!(!has_written(&got, "Malawi", Place), "{got:?}");
    // An opener that names no body still leaves the place alone.
    let got = names("Across Malawi, the rains came early this year.");
    assert!(has_written(&got, "Malawi", Place), "{got:?}");
}

#[test]
fn a_plural_last_word_of_one_body_s_name_stands_for_the_body() {
    let got = names(
        "Ana Ruiz scored 20 points as the Easton Rangers beat the Marlow Gulls 88-80 on Saturday.\n\
         The Gulls had led by nine at half-time.",
    );
    assert!(has_written(&got, "Gulls", Organisation), "{got:?}");
    assert!(!has_written(&got, "Gulls", Person), "{got:?}");
    assert!(!has_written(&got, "Gulls", Place), "{got:?}");
    // Two bodies ending with the same word: which one is meant is not said.
    let got = names(
        "Ana Ruiz scored 20 points as the Easton Gulls beat the Marlow Gulls 88-80 on Saturday.\n\
         The Gulls had led by nine at half-time.",
    );
    assert!(!named(&got, "Gulls"), "{got:?}");
}

#[test]
fn a_unit_of_a_country_in_lower_case_before_a_name_makes_it_a_place() {
    let got = names(
        "A guide from canton Lerrach was flown to hospital on Monday.\n\
         The slide came down above the spa resort of Bellacorte at noon.",
    );
    for place in ["Lerrach", "Bellacorte"] {
        assert!(has_written(&got, place, Place), "{place}: {got:?}");
    }
    // "state" is no such unit before a name: the state's programme is no place.
    let got = names("Cuts to the state Medicaid programme were approved on Monday.");
    assert!(!has_written(&got, "Medicaid", Place), "{got:?}");
}
