//! Round i30d (#15): the third second reader's findings on round i30c, each sentence the
//! reader's.

use super::tests::{has_written, named, names};
use crate::draft::value::Class;

#[test]
fn a_journal_after_a_study_is_no_place() {
    for (text, journal) in [
        (
            "A 2019 study in Nature found that 40 per cent of insects were in decline.",
            "Nature",
        ),
        ("The study in Cell examined 400 mice.", "Cell"),
    ] {
        let got = names(text);
        assert!(!has_written(&got, journal, Class::Place), "{text}: {got:?}");
    }
}

#[test]
fn a_director_s_possessive_without_a_title_is_no_studio() {
    for (text, name) in [
        (
            "Spielberg’s film took $50 million domestically in its first week.",
            "Spielberg",
        ),
        ("Nolan’s epic earned $950 million worldwide.", "Nolan"),
    ] {
        let got = names(text);
        assert!(
            !has_written(&got, name, Class::Organisation),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_country_s_side_of_a_named_place_is_the_country() {
    for (text, place) in [
        (
            "The Gaza side of the Rafah crossing was shut for 10 days.",
            "Gaza",
        ),
        (
            "The Argentina side of the Andes received 40 cm of snow.",
            "Argentina",
        ),
    ] {
        let got = names(text);
        assert!(
            !has_written(&got, place, Class::Organisation),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn the_pronoun_after_camp_stays_a_pronoun() {
    for (text, wrong) in [
        (
            "When we finally got to Camp I was too tired to eat.",
            "Camp I",
        ),
        ("At Boot Camp I was woken at 5am every day.", "Boot Camp I"),
        ("At Camp I the Sherpas fixed 2 ropes.", "Camp I the Sherpas"),
    ] {
        let got = names(text);
        assert!(!named(&got, wrong), "{text}: {got:?}");
    }
}

#[test]
fn tours_in_a_list_is_the_city() {
    let text = "Flights to Tours and Poitiers rose 12 per cent in 2023.";
    let got = names(text);
    assert!(
        !has_written(&got, "Tours and Poitiers", Class::Organisation),
        "{text}: {got:?}"
    );
}

#[test]
fn a_number_that_names_a_thing_keeps_its_name_whole() {
    for (text, cut) in [
        (
            "He raced in Formula 1 years before joining the team in 2015.",
            "Formula",
        ),
        ("He was moved to Ward 7 days after the operation.", "Ward"),
        (
            "She presented on BBC Radio 4 years before joining Sky in 2010.",
            "BBC Radio",
        ),
    ] {
        let got = names(text);
        assert!(!named(&got, cut), "{text}: {got:?}");
    }
}

#[test]
fn a_joiner_before_a_small_word_joins_nothing() {
    // Round i30e lets a known place open a joined name again ("Newcastle-under-Lyme", the fourth
    // reader's), so "Liverpool-under-Klopp" is read whole and left out, not "Liverpool".
    let text = "The Gaza-under-siege narrative dominated 40 front pages.";
    let got = names(text);
    assert!(!named(&got, "Gaza-under"), "{text}: {got:?}");
}

#[test]
fn people_named_with_ages_after_addresses_are_people() {
    let text = "The songs, all of Abbey Road, Paul McCartney said, were written in 1969.";
    let got = names(text);
    assert!(
        !has_written(&got, "Paul McCartney", Class::Place),
        "{text}: {got:?}"
    );
    let text = "Jordan Smith, 23, of Mill Lane, Kevin Brown, 31, of Church Street, and Lee Hart, \
                40, were jailed.";
    let got = names(text);
    for person in ["Kevin Brown", "Lee Hart"] {
        assert!(
            !has_written(&got, person, Class::Place),
            "{person}: {got:?}"
        );
    }
}
