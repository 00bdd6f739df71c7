//! Round i31e (#15): the third and fourth second readers' gaps, each sentence the reader's.

use super::tests::{has_written, names};
use crate::draft::value::Class;

#[test]
fn a_possessive_after_any_title_ends_the_name() {
    for (text, name, cut) in [
        (
            "Mr John Smith’s Leeds home sold on Friday.",
            "John Smith",
            "John Smith’s Leeds",
        ),
        (
            "Dr. Anne Hart’s London clinic closed in May.",
            "Anne Hart",
            "Anne Hart’s London",
        ),
        ("Sir Keir’s Labour won 412 seats.", "Keir", "Keir’s Labour"),
        (
            "Prof. Whitty’s Oxford team spoke on Monday.",
            "Whitty",
            "Whitty’s Oxford",
        ),
    ] {
        let got = names(text);
        assert!(has_written(&got, name, Class::Person), "{text}: {got:?}");
        assert!(
            !got.iter().any(|(n, _)| n.starts_with(cut)),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn an_art_world_noun_after_the_names_someone_whatever_its_ending() {
    for (text, name) in [
        (
            "The architect Zaha Hadid died in Miami in 2016.",
            "Zaha Hadid",
        ),
        (
            "The collector Teodor Vasiliu lent 14 paintings to the museum.",
            "Teodor Vasiliu",
        ),
    ] {
        let got = names(text);
        assert!(has_written(&got, name, Class::Person), "{text}: {got:?}");
    }
}

#[test]
fn two_towns_after_to_or_from_are_no_pair_of_people() {
    for (text, town) in [
        (
            "Ferries from Douglas and Port Erin were cancelled on Friday.",
            "Douglas",
        ),
        (
            "Buses to Nelson and Palmerston North resumed on Monday.",
            "Nelson",
        ),
    ] {
        let got = names(text);
        assert!(!has_written(&got, town, Class::Person), "{text}: {got:?}");
    }
    let text = "The painting was sold to Walter and Ruth Brandt for $12 million.";
    assert!(has_written(&names(text), "Walter", Class::Person));
}

#[test]
fn the_maker_of_a_film_a_song_or_a_play_named_in_quotes_is_someone() {
    for (text, name) in [
        (
            "Bob Dylan’s song “Hurricane” was released in 1975.",
            "Bob Dylan",
        ),
        (
            "Ridley Scott’s film “Napoleon” cost $200 million.",
            "Ridley Scott",
        ),
    ] {
        let got = names(text);
        assert!(has_written(&got, name, Class::Person), "{text}: {got:?}");
    }
}
