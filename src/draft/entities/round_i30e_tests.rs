//! Round i30e (#15): the fourth second reader's findings on round i30d, each sentence the
//! reader's.

use super::tests::{has_written, named, names};
use crate::draft::value::Class;

#[test]
fn a_side_named_for_its_star_or_manager_is_the_team() {
    for (text, side) in [
        (
            "The Brazil side of Pelé won the World Cup in 1970.",
            "Brazil",
        ),
        (
            "The France side of Deschamps won the World Cup in 2018.",
            "France",
        ),
    ] {
        let got = names(text);
        assert!(!has_written(&got, side, Class::Place), "{text}: {got:?}");
    }
}

#[test]
fn a_known_place_opens_a_joined_name() {
    let text = "He moved to Newcastle-under-Lyme in 1990.";
    let got = names(text);
    assert!(!named(&got, "Newcastle"), "{text}: {got:?}");
}

#[test]
fn camp_one_opening_its_clause_and_no_preposition_glued_to_camp() {
    for text in [
        "Camp I was pitched at 6,100 metres on the glacier.",
        "Mingma said Camp I was safer than it had been in 2014.",
    ] {
        let got = names(text);
        assert!(has_written(&got, "Camp I", Class::Place), "{text}: {got:?}");
    }
    for (text, wrong) in [
        (
            "Between Camp I and Camp II the route rises 500 metres.",
            "Between Camp",
        ),
        (
            "From Camp I the Sherpas fixed ropes to 6,400 metres.",
            "From Camp",
        ),
        ("At Camp I the Sherpas fixed 2 ropes.", "Camp I the Sherpas"),
    ] {
        let got = names(text);
        assert!(!named(&got, wrong), "{text}: {got:?}");
    }
}

#[test]
fn an_address_town_named_like_someone_is_the_town() {
    let text = "Ben Fox, 26, of Orchard Way, Bradley Stoke, was banned for 3 years.";
    let got = names(text);
    assert!(
        !has_written(&got, "Bradley Stoke", Class::Person),
        "{text}: {got:?}"
    );
}

#[test]
fn the_verb_study_says_where_and_a_city_keeps_its_name_before_a_count() {
    let text = "She left home at 18 to study in Salamanca.";
    let got = names(text);
    assert!(
        has_written(&got, "Salamanca", Class::Place),
        "{text}: {got:?}"
    );
    let text = "She has visited Paris 3 times since 2019.";
    let got = names(text);
    assert!(has_written(&got, "Paris", Class::Place), "{text}: {got:?}");
}
