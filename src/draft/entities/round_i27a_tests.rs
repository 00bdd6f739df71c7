//! Rules of round i27a (#15: read after holdout39, a carmaker's results, a Grand Prix and a
//! derailment in eastern India, measured unread on three drafters; the sentences are our own).

use super::tests::{has_written, names};
use crate::draft::value::Class::*;

/// How many of `got`'s names are written `name` as a `class`.
fn count(
    got: &[(String, crate::draft::value::Class)],
    name: &str,
    class: crate::draft::value::Class,
) -> usize {
    got.iter()
        .filter(|(n, c)| n.split(" = ").next() == Some(name) && *c == class)
        .count()
}

#[test]
fn a_district_s_name_stays_the_place_beside_a_hospital_named_for_it() {
    // A wrong program takes "Korba" for the hospital's short form and drafts neither.
    let got = names(
        "Floods cut roads across Chhattisgarh’s Korba district on Monday.\n\
         Forty people were taken to Korba Mission Hospital, and Korba deputy collector Anil Sahu \
         said more were expected.\n\
         “We have beds for 60,” said Dr Meena Toppo, civil surgeon of Korba.",
    );
    assert!(
        has_written(&got, "Korba Mission Hospital", Organisation),
        "{got:?}"
    );
    assert!(count(&got, "Korba", Place) >= 3, "{got:?}");
    assert!(!has_written(&got, "Korba", Organisation), "{got:?}");
}

#[test]
fn a_body_s_first_word_is_still_its_short_form_where_no_place_is_so_named() {
    // Nothing puts things in Korba or names its district: "Korba" is the hospital.
    let got = names(
        "Forty people were taken to Korba Mission Hospital on Monday.\n\
         Korba said it had beds for 60 and had called in staff on leave.",
    );
    assert!(!has_written(&got, "Korba", Place), "{got:?}");
}

#[test]
fn the_district_seat_s_hospital_is_named_for_the_town() {
    let got = names(
        "Twelve were admitted to Ramgarh Sadar Hospital overnight.\n\
         The Ramgarh police said the bus had been speeding.",
    );
    assert!(
        has_written(&got, "Ramgarh Sadar Hospital", Organisation),
        "{got:?}"
    );
    assert!(has_written(&got, "Ramgarh", Place), "{got:?}");
}

#[test]
fn the_dateline_s_town_stays_a_place_beside_a_hospital_named_for_it() {
    let file = crate::draft::draft_all(
        "KORBA: Forty people were hurt when a bus overturned on Monday.\n\
         Most were taken to Korba Mission Hospital.\n\
         “We have beds for 60,” said Dr Meena Toppo, civil surgeon of Korba.",
    );
    assert!(
        file.facts
            .iter()
            .any(|f| f.answer == "Korba" && f.statement.contains("civil surgeon of")),
        "{:?}",
        file.facts
            .iter()
            .map(|f| (f.answer.to_string(), f.statement.clone()))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_community_named_so_is_its_people_as_much_as_a_place() {
    // holdout24's land claim: "the KaMadlala community" is no district, so its name before
    // "claimants" is not made a place.
    let got = names(
        "The court handed 900 hectares back to the Dlamini community on Thursday.\n\
         The Dlamini claimants will also receive R12 million, to be paid to the Dlamini Communal \
         Property Association.",
    );
    assert!(!has_written(&got, "Dlamini", Place), "{got:?}");
}

#[test]
fn a_body_s_division_named_for_its_seat_is_not_the_town() {
    // A wrong program drafts "Sambalpur" as a place in "the Sambalpur division", a railway's unit.
    let got = names(
        "Relief trains came from Sambalpur and Titlagarh.\n\
         The line falls under the zone’s Sambalpur division, whose manager said 30% of posts in \
         the Sambalpur division were vacant.",
    );
    assert_eq!(count(&got, "Sambalpur", Place), 1, "{got:?}");
    // A country's division, written without "the", is a place.
    let got = names("Two died in Rangpur division and one in Sylhet division on Monday.");
    assert!(has_written(&got, "Rangpur", Place), "{got:?}");
}

#[test]
fn a_man_or_a_woman_of_a_people_after_the_name_is_someone() {
    // A wrong program leaves out a name whose first word is no known given name.
    let got = names(
        "Tavio Renshaw, the 41-year-old Dutchman in the second Orsa, retired on lap 12.\n\
         Ilse Varda, a Scotswoman who lives in Oslo, finished ninth.",
    );
    assert!(has_written(&got, "Tavio Renshaw", Person), "{got:?}");
    assert!(has_written(&got, "Ilse Varda", Person), "{got:?}");
}

#[test]
fn someone_at_the_body_they_work_for_before_the_verb_is_someone() {
    let got = names("Tavio Renshaw at Jefferies said the cut was expected.");
    assert!(has_written(&got, "Tavio Renshaw", Person), "{got:?}");
    assert!(has_written(&got, "Jefferies", Organisation), "{got:?}");
    // Not a body at a place ("Harlow Foods at Dover"), with no verb of speech after it.
    let got = names("Harlow Foods at Dover cut 200 jobs.");
    assert!(!has_written(&got, "Harlow Foods", Person), "{got:?}");
}
