//! Round i28a (#15), read from holdout40 once it moved to tuning; every sentence here is our own.

use super::tests::{has_written, names};
use crate::draft::value::Class;

#[test]
fn a_given_name_and_a_surname_that_nothing_around_classes_are_someone_s() {
    for (text, name) in [
        ("The referee was Anthony Taylor.", "Anthony Taylor"),
        ("Referee: Anthony Taylor (England).", "Anthony Taylor"),
        (
            "Baptiste and Marc-André Pelletier assisted.",
            "Marc-André Pelletier",
        ),
        (
            "Among the first in line was Siobhán Keaveney.",
            "Siobhán Keaveney",
        ),
    ] {
        let got = names(text);
        assert!(has_written(&got, name, Class::Person), "{text}: {got:?}");
    }
}

#[test]
fn a_name_of_a_place_or_a_firm_that_opens_with_a_given_name_is_no_one_s() {
    for (text, name) in [
        (
            "Agents at Ray White said auction volumes rose.",
            "Ray White",
        ),
        ("The Lee Valley flooded again.", "Lee Valley"),
        (
            "Staff at Florence Nightingale Hospital agreed.",
            "Florence Nightingale Hospital",
        ),
        ("Her broker was Charles Schwab.", "Charles Schwab"),
    ] {
        let got = names(text);
        assert!(!has_written(&got, name, Class::Person), "{text}: {got:?}");
    }
}

#[test]
fn a_town_and_a_singular_nickname_that_wins_by_a_score_is_a_side_and_so_is_its_nickname() {
    // holdout40's hockey report named "the Hamilton Forge"; these sentences are our own.
    let text = "The Dartmouth Surge beat the Moncton Kestrels 5-3 on Friday.\n\
                The Kestrels outshot the Surge 30-22, and Surge goaltender Ana Reyes made 27 saves.";
    let got = names(text);
    assert!(
        has_written(&got, "Dartmouth Surge", Class::Organisation),
        "{got:?}"
    );
    assert!(has_written(&got, "Surge", Class::Organisation), "{got:?}");
}

#[test]
fn a_town_and_a_singular_word_with_no_score_is_no_side() {
    let text = "The Dartmouth Surge opened in 1890 beside the harbour.\n\
                Visitors to the Surge now pay 12 dollars.";
    let got = names(text);
    assert!(!has_written(&got, "Surge", Class::Organisation), "{got:?}");
}

#[test]
fn a_count_in_brackets_after_a_place_is_no_age() {
    // holdout40's hospitals report gave counts in brackets after towns; these are our own.
    for (text, place) in [
        ("The worst hit was the clinic in Ballina (47).", "Ballina"),
        (
            "Queues were longest at Newcastle (52) and Leeds (40).",
            "Leeds",
        ),
    ] {
        let got = names(text);
        assert!(has_written(&got, place, Class::Place), "{text}: {got:?}");
    }
    // An age in brackets after a name still says someone.
    let got = names("Among them was Nora Quill (84), from Ballina.");
    assert!(has_written(&got, "Nora Quill", Class::Person), "{got:?}");
}
