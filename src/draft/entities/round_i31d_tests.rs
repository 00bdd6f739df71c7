//! Round i31d (#15): the third second reader's findings on rounds i31b and i31c, each sentence
//! the reader's.

use super::tests::{has_written, names};
use crate::draft::value::Class;

#[test]
fn a_place_s_or_a_firm_s_possessive_before_a_title_makes_no_one() {
    for (text, name) in [
        (
            "Cape Town’s “Day Zero” plan was shelved in 2018.",
            "Cape Town",
        ),
        (
            "Penguin Random House’s “Spare” sold 3.2 million copies.",
            "Penguin Random House",
        ),
        (
            "Manchester United’s “Class of 92” won six titles.",
            "Manchester United",
        ),
    ] {
        let got = names(text);
        assert!(!has_written(&got, name, Class::Person), "{text}: {got:?}");
    }
    let text = "Cape Town’s “Day Zero” plan was shelved in 2018.";
    assert!(has_written(&names(text), "Cape Town", Class::Place));
}

#[test]
fn a_pair_after_to_or_from_is_still_a_pair_of_people() {
    let text = "The painting was sold to Walter and Ruth Brandt for $12 million.";
    let got = names(text);
    assert!(
        has_written(&got, "Walter", Class::Person),
        "{text}: {got:?}"
    );
    assert!(
        has_written(&got, "Ruth Brandt", Class::Person),
        "{text}: {got:?}"
    );
}

#[test]
fn a_city_before_an_art_world_noun_stays_a_place() {
    let text = "The London designer Mary Quant died in 2023.";
    let got = names(text);
    assert!(has_written(&got, "London", Class::Place), "{text}: {got:?}");
    assert!(
        has_written(&got, "Mary Quant", Class::Person),
        "{text}: {got:?}"
    );
    // An art-world noun before a firm's name makes no one.
    let text = "The photographer agency Magnum Photos sold 600 prints, and the architects Herzog \
                & de Meuron designed it.";
    let got = names(text);
    assert!(
        !has_written(&got, "Herzog & de Meuron", Class::Person),
        "{text}: {got:?}"
    );
}
