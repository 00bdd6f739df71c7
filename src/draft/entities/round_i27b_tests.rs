//! Rules of round i27b (#15: from articles of our own in the styles of holdout40's outlets, an
//! ice hockey game in The Globe and Mail's and hospital trolley counts in The Irish Times'; never
//! from holdout40's errors).

use super::tests::{has_written, names};
use crate::draft::value::Class::*;

#[test]
fn a_known_city_s_name_and_a_plural_nickname_is_a_side_in_a_match_report() {
    // A wrong program leaves out a side the report names once, with nothing of a match around.
    let got = names(
        "The Regina Foxes beat the Kelowna Owls 4-1 on Friday.\n\
         The Foxes acquired Ruiz from the Denver Peaks in March.\n\
         Regina last won the cup in 2004, when it beat the Boston Bruins in six games.",
    );
    assert!(has_written(&got, "Denver Peaks", Organisation), "{got:?}");
    assert!(has_written(&got, "Boston Bruins", Organisation), "{got:?}");
}

#[test]
fn a_city_and_a_plural_is_no_side_outside_a_match_report() {
    // Nothing in the article is a match's: "the Boston Bruins" alone is left to other rules.
    let got = names("Tourists visited the Chicago Heights on Friday and the Toronto Islands.");
    assert!(
        !has_written(&got, "Chicago Heights", Organisation),
        "{got:?}"
    );
    assert!(
        !has_written(&got, "Toronto Islands", Organisation),
        "{got:?}"
    );
}

#[test]
fn an_ice_hockey_position_before_a_name_says_someone() {
    let got = names(
        "Foxes goaltender Arvo Kalnins stopped 31 shots, and Owls goalie Tim Roe made 22 saves.",
    );
    assert!(has_written(&got, "Arvo Kalnins", Person), "{got:?}");
    assert!(has_written(&got, "Tim Roe", Person), "{got:?}");
}

#[test]
fn an_age_in_brackets_after_a_name_says_someone() {
    // The Irish Times' "Mary Keane (81), from Castletroy,".
    let got = names("One patient, Nora Dunne (81), from Castletroy, said she waited 42 hours.");
    assert!(has_written(&got, "Nora Dunne", Person), "{got:?}");
}

#[test]
fn ireland_s_head_of_government_before_a_name_says_someone() {
    let got =
        names("The Taoiseach, Cian Mulvey, told the Dáil on Tuesday that the plan had worked.");
    assert!(has_written(&got, "Cian Mulvey", Person), "{got:?}");
}

#[test]
fn our_lady_opens_a_name_of_the_faith_s() {
    // A wrong program takes "Our" for a pronoun and drafts "Lady of Lourdes Hospital".
    for text in [
        "The count found 64 at Our Lady of Knock Hospital in Castlebar.",
        "Our Lady of Knock Hospital in Castlebar had 64 on trolleys.",
    ] {
        let got = names(text);
        assert!(
            has_written(&got, "Our Lady of Knock Hospital", Organisation),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_party_named_by_no_party_s_word_and_ireland_s_chambers_are_bodies() {
    let got = names(
        "Speaking in the Dáil, Sinn Féin’s spokesman on health, Cian Mulvey, said the plan had \
         failed. Fine Gael senators raised it in the Seanad on Tuesday.",
    );
    assert!(has_written(&got, "Dáil", Organisation), "{got:?}");
    assert!(has_written(&got, "Sinn Féin", Organisation), "{got:?}");
    assert!(has_written(&got, "Fine Gael", Organisation), "{got:?}");
    assert!(has_written(&got, "Seanad", Organisation), "{got:?}");
}

#[test]
fn a_hospital_named_last_for_its_town_leaves_the_town_its_name() {
    // "University Hospital Galway": the town ends the name; "at Galway" alone is the town.
    let got = names(
        "Ninety people waited at University Hospital Kilkee on Wednesday.\n\
         Patients waited an average of 19 hours at Kilkee, and the minister will travel to \
         Kilkee on Friday.",
    );
    assert!(
        has_written(&got, "University Hospital Kilkee", Organisation),
        "{got:?}"
    );
    assert!(has_written(&got, "Kilkee", Place), "{got:?}");
    assert!(!has_written(&got, "Kilkee", Organisation), "{got:?}");
}

#[test]
fn a_nickname_in_men_and_a_state_s_side_are_sides() {
    let got = names(
        "The Regina Rivermen beat the Kelowna Owls 4-2 on Friday.\n\
         The winner will face the Florida Panthers in the final.",
    );
    assert!(
        has_written(&got, "Regina Rivermen", Organisation),
        "{got:?}"
    );
    assert!(
        has_written(&got, "Florida Panthers", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_counterpart_named_between_commas_is_someone() {
    let got = names("Foxes goalie Tim Roe made 38 saves. His counterpart, Ilya Varga, stopped 31.");
    assert!(has_written(&got, "Ilya Varga", Person), "{got:?}");
}

#[test]
fn a_member_of_the_dail_before_a_name_says_someone() {
    // "Galway West TD Catherine Connolly" (our own Irish Times-style report).
    let got = names("Kerry TD Niamh Rourke called for action at the hospital on Monday.");
    assert!(has_written(&got, "Niamh Rourke", Person), "{got:?}");
    // A bank's or an arena's name opened by "TD" is no one's.
    let got = names("The Hawks beat the Owls at TD Garden, and TD Bank Group said profit rose.");
    assert!(!got.iter().any(|(_, c)| *c == Person), "{got:?}");
}
