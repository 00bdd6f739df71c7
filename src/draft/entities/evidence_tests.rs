//! The holdout6/7 rules: positive evidence of a class (a firm's ampersand, a gallery's word, a
//! life's years, company use after "in") and abstaining where a name names an event or begins a
//! clause of its own. Sentences of my own, not the articles'.

use super::tests::names;
use super::*;

fn has(got: &[(String, Class)], want: &str, class: Class) {
    assert!(got.contains(&(want.to_owned(), class)), "{want}: {got:?}");
}

fn lacks(got: &[(String, Class)], text: &str) {
    assert!(
        !got.iter().any(|(t, _)| t.starts_with(text)),
        "{text}: {got:?}"
    );
}

#[test]
fn a_firm_joined_by_an_ampersand_and_a_gallery_are_organisations() {
    use Class::*;
    let got = names(
        "The vase was sold at Hollins & Barr in Leeds for a record sum.\n\
         It was bought by the Marlow Gallery, whose director spoke. The Marlow will show it.",
    );
    has(&got, "Hollins & Barr = Hollins & Barr", Organisation);
    has(&got, "Leeds = Leeds", Place);
    has(&got, "Marlow Gallery = Marlow Gallery", Organisation);
}

#[test]
fn years_of_life_in_brackets_speak_of_a_person() {
    use Class::*;
    let got = names(
        "The sketch is by Agnes Thorold (1712–1780), a pupil of the school.\n\
         Thorold painted little else. Another is by Piet Ulrik (c.1650–1702).",
    );
    has(&got, "Agnes Thorold = Agnes Thorold", Person);
    has(&got, "Piet Ulrik = Piet Ulrik", Person);
    // Not a record or a score: "Harlan (71-58)" says nothing of a life.
    let got = names("The Harlan Bears (71-58) lost again.");
    assert!(!got.iter().any(|(_, c)| *c == Person), "{got:?}");
}

#[test]
fn the_name_of_an_event_is_no_place() {
    let got =
        names("The Harwick Ridge fire burnt for a week. Crews said the Danby Creek blaze was out.");
    lacks(&got, "Harwick Ridge");
    lacks(&got, "Danby Creek");
    // The place alone still is one.
    let got = names("Crews camped at Danby Creek overnight.");
    has(&got, "Danby Creek = Danby Creek", Class::Place);
}

#[test]
fn shares_in_a_company_known_by_its_full_name_are_its_shares() {
    let got = names(
        "Pellmore Holdings Plc raised its forecast.
         Shares in Pellmore rose 3% on Monday.",
    );
    has(
        &got,
        "Pellmore = Pellmore Holdings Plc",
        Class::Organisation,
    );
    assert!(!got.iter().any(|(_, c)| *c == Class::Place), "{got:?}");
}

#[test]
fn a_name_a_verb_follows_is_no_item_of_a_list_of_places() {
    let got = names("Roads are shut in Ardlow and Kemble, and RoadsWest has warned drivers.");
    has(&got, "Kemble = Kemble", Class::Place);
    assert!(
        !got.iter()
            .any(|(t, c)| t.starts_with("RoadsWest") && *c == Class::Place),
        "{got:?}"
    );
}

#[test]
fn a_controller_is_a_title_and_a_council_member_opens_a_sentence() {
    use Class::*;
    let got = names(
        "Duty Controller Ben Okafor said crews were ready. Mr Okafor spoke again later.\n\
         Council Member Iris Vane will chair the panel, the council said.",
    );
    has(&got, "Ben Okafor = Ben Okafor", Person);
    has(&got, "Okafor = Ben Okafor", Person);
    has(&got, "Iris Vane = Iris Vane", Person);
    lacks(&got, "Member");
}

#[test]
fn across_a_place_that_an_organisation_names_is_the_place() {
    let got =
        names("Tessaly Water Board said so. Rain fell across Tessaly, and in Tessaly itself.");
    has(&got, "Tessaly = Tessaly", Class::Place);
}
