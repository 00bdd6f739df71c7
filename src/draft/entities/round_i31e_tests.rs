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
fn the_maker_of_a_work_of_art_or_of_a_film_with_a_given_name_is_someone() {
    for (text, name) in [
        (
            "Ottokar Brenn’s canvas “Dusk at Sea” sold for $3 million.",
            "Ottokar Brenn",
        ),
        (
            "David Lean’s film “Lawrence of Arabia” opened in 1962.",
            "David Lean",
        ),
    ] {
        let got = names(text);
        assert!(has_written(&got, name, Class::Person), "{text}: {got:?}");
    }
    // A label's, a studio's or a channel's (the fifth reader).
    for (text, name) in [
        (
            "Sony Music’s single “Flowers” topped the chart for 10 weeks.",
            "Sony Music",
        ),
        (
            "Working Title’s film “Notting Hill” took $364 million.",
            "Working Title",
        ),
    ] {
        let got = names(text);
        assert!(!has_written(&got, name, Class::Person), "{text}: {got:?}");
    }
}

#[test]
fn a_title_s_possessive_before_a_body_s_word_goes_on() {
    let text = "The exhibition opens at Sir John Soane’s Museum in London on 12 March.";
    let got = names(text);
    assert!(
        !has_written(&got, "John Soane", Class::Person),
        "{text}: {got:?}"
    );
    let text = "Lord Sugar’s Amstrad was sold in 2007.";
    let got = names(text);
    assert!(
        !got.iter().any(|(n, _)| n.starts_with("Sugar’s")),
        "{text}: {got:?}"
    );
}
