//! Rules of round i25c (#15: read after a wildfire article of our own in the Los Angeles Times's
//! style, written to find what such a report names; none from a test article).

use super::tests::{has_written, named, names};
use crate::draft::value::Class::*;

#[test]
fn a_name_opening_with_a_direction_is_no_one_s() {
    let got = names(
        "Southern Coast Power said it had cut power to 31,000 customers.\n\
         A Coast Power spokeswoman, Dana Kell, said crews would check the lines.",
    );
    assert!(
        !has_written(&got, "Southern Coast Power", Person),
        "{got:?}"
    );
    assert!(has_written(&got, "Dana Kell", Person), "{got:?}");
}

#[test]
fn a_county_supervisor_and_a_council_member_are_titles() {
    let got = names(
        "Supervisor Kathryn Mendel urged residents to leave early.\n\
         Councilmember Ray Ortiz said the shelters were full.",
    );
    assert!(has_written(&got, "Kathryn Mendel", Person), "{got:?}");
    assert!(has_written(&got, "Ray Ortiz", Person), "{got:?}");
    assert!(!named(&got, "Supervisor Kathryn Mendel"), "{got:?}");
}

#[test]
fn a_patrol_is_a_body() {
    let got = names("The Nevada Highway Patrol shut the road for six hours.");
    assert!(
        has_written(&got, "Nevada Highway Patrol", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_surname_that_looks_plural_is_no_team_s_name() {
    let got = names(
        "Elena Markova beat Sofia Reyes 6-4 3-6 7-6 on Saturday.\n\
         Reyes, 29, the top seed from Spain, had won in 2023.",
    );
    assert!(has_written(&got, "Sofia Reyes", Person), "{got:?}");
    assert!(!has_written(&got, "Reyes", Organisation), "{got:?}");
    // A side's plural name stays the side's.
    let got = names(
        "The Portland Timberjacks beat the Charlotte Comets 4-2.\n\
         Comets manager Ian Hale said the bullpen was tired.",
    );
    assert!(
        has_written(&got, "Charlotte Comets", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_town_a_school_is_named_for_is_the_town() {
    let got = names(
        "Marrone spoke at Castaic High School, which the county had made an evacuation centre.\n\
         Evacuation orders covered Castaic, Val Verde and parts of Stevenson Ranch.",
    );
    assert!(has_written(&got, "Castaic", Place), "{got:?}");
    assert!(
        has_written(&got, "Castaic High School", Organisation),
        "{got:?}"
    );
}

#[test]
fn the_place_of_a_royal_title_is_no_place_of_the_story() {
    let got = names(
        "The crowd, including the Princess of Wales, rose for the final tie-break.\n\
         The Duke of Kent presented the trophy.",
    );
    assert!(!named(&got, "Wales"), "{got:?}");
    assert!(!named(&got, "Kent"), "{got:?}");
    // A place after "of" elsewhere stays one.
    let got = names("Fans came from the south of Wales on Saturday.");
    assert!(has_written(&got, "Wales", Place), "{got:?}");
}

#[test]
fn two_advisers_joined_by_and_are_two_bodies() {
    let got = names(
        "The company has appointed Tarn Capital Advisors and Velu Securities as bankers for the issue.",
    );
    assert!(
        has_written(&got, "Tarn Capital Advisors", Organisation),
        "{got:?}"
    );
    assert!(
        has_written(&got, "Velu Securities", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_court_with_no_word_of_the_law_is_a_venue() {
    let got = names(
        "Markova won on Centre Court on Saturday.\n\
         The appeal went to the Seoul High Court and then the Court of Appeal.\n\
         The ruling of the Harwick County Court stood.",
    );
    assert!(has_written(&got, "Centre Court", Place), "{got:?}");
    assert!(!has_written(&got, "Seoul High Court", Place), "{got:?}");
    assert!(!has_written(&got, "Harwick County Court", Place), "{got:?}");
}

#[test]
fn a_name_that_goes_on_past_a_road_s_number_is_no_road() {
    let got = names(
        "Fans gathered for the Route 91 Harvest festival in Las Vegas.\n\
         The Route 66 Association said the road would reopen.",
    );
    assert!(!named(&got, "Route 91"), "{got:?}");
    assert!(!named(&got, "Route 66"), "{got:?}");
}
