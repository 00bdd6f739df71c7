//! Rules of round i23a (#15: read after holdout35, a college basketball upset, river floods in
//! Bavaria and a Senate hearing on rice prices). Sentences of our own, none from a test article.

use super::tests::{has, has_written, named, names};
use crate::draft::value::Class::*;

#[test]
fn a_german_place_s_name_goes_on_through_an_der_and_am() {
    let got = names(
        "Water poured into Frankfurt am Main on Friday.\n\
         Crews worked through the night in Weilheim an der Ammer and in Rothenburg ob der Tauber.",
    );
    assert!(has_written(&got, "Frankfurt am Main", Place), "{got:?}");
    assert!(has_written(&got, "Weilheim an der Ammer", Place), "{got:?}");
    assert!(
        has_written(&got, "Rothenburg ob der Tauber", Place),
        "{got:?}"
    );
    // "I am" is no name's joiner.
    let got = names("“I am Grenwald’s mayor,” said Tilde Varga.");
    assert!(!named(&got, "I am Grenwald"), "{got:?}");
}

#[test]
fn a_name_before_the_noun_for_a_district_or_a_river_is_that_place() {
    let got = names(
        "Police in the Rosenheim district found a stranded driver near the bridge.\n\
         A canoe overturned on the Wertach river at dusk.\n\
         Engineers feared the dam on the Lorrach river could give way.",
    );
    assert!(has_written(&got, "Rosenheim", Place), "{got:?}");
    assert!(has_written(&got, "Wertach", Place), "{got:?}");
    assert!(has_written(&got, "Lorrach", Place), "{got:?}");
}

#[test]
fn a_name_before_a_unit_noun_that_another_noun_follows_or_a_people_s_word_is_no_place() {
    // "the Marrow district council": the council is what is named; "the Canadian province".
    let got = names(
        "Police in the Rosenheim district found a driver.\n\
         The Marrow district council met in the hall on Monday.\n\
         Two regulators and the Canadian province of Alberta signed.",
    );
    assert!(has_written(&got, "Rosenheim", Place), "{got:?}");
    assert!(!named(&got, "Marrow"), "{got:?}");
    assert!(!named(&got, "Canadian"), "{got:?}");
}

#[test]
fn a_list_after_a_plural_for_places_and_a_dash_keeps_hyphened_and_joined_names_whole() {
    let got = names(
        "Officials declared an emergency in four districts — Lindau-Kempten, Weilheim an der \
         Ammer, Rottal-Inn and Bad Tolzen — on Monday.",
    );
    for place in [
        "Lindau-Kempten",
        "Weilheim an der Ammer",
        "Rottal-Inn",
        "Bad Tolzen",
    ] {
        assert!(has_written(&got, place, Place), "{place}: {got:?}");
    }
}

#[test]
fn an_administrator_an_undersecretary_and_an_assistant_are_someone() {
    let got = names(
        "Markus Hollander, the district administrator of Lindau, said half the homes flooded.\n\
         Agriculture Undersecretary Gilberto Salanga told senators the price would fall.\n\
         Dana Whitcroft spent years as an assistant at Brenford before coming here.",
    );
    assert!(
        has(&got, "Markus Hollander = Markus Hollander", Person),
        "{got:?}"
    );
    assert!(has_written(&got, "Gilberto Salanga", Person), "{got:?}");
    assert!(has_written(&got, "Brenford", Organisation), "{got:?}");
}

#[test]
fn whom_a_scored_loss_was_to_is_a_side() {
    let got = names(
        "The Owls beat Harlow State 70-61 on Friday.\n\
         Their last trip ended with an 81-52 loss to Brenmoor in March.",
    );
    assert!(has_written(&got, "Brenmoor", Organisation), "{got:?}");
    assert!(!has_written(&got, "Brenmoor", Place), "{got:?}");
}

#[test]
fn a_place_in_a_side_opening_the_sentence_is_no_word_of_the_player_s_name() {
    let got = names(
        "The Owls beat Harlow State 70-61 on Friday.\n\
         Forward Emeka Obara added 17 points and 11 rebounds.",
    );
    assert!(has_written(&got, "Emeka Obara", Person), "{got:?}");
    assert!(!named(&got, "Forward Emeka Obara"), "{got:?}");
}
