//! Round i30g (#15): the sixth second reader's findings on round i30f, each sentence the
//! reader's.

use super::tests::{has_written, named, names};
use crate::draft::value::Class;

#[test]
fn a_country_s_side_of_a_bare_place_name_or_a_pass_is_the_country() {
    for (text, place) in [
        (
            "The Nepal side of Everest was closed to climbers on Tuesday after the avalanche, \
             officials said.",
            "Nepal",
        ),
        (
            "The Canada side of Lake Erie recorded its highest water levels in 1986, the agency \
             said.",
            "Canada",
        ),
        (
            "The Chile side of the pass was closed by snow on Monday, stranding 300 drivers.",
            "Chile",
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
fn a_side_of_an_era_is_the_team() {
    let text = "The Wales side of the Gatland years won four Six Nations titles.";
    let got = names(text);
    assert!(!has_written(&got, "Wales", Class::Place), "{text}: {got:?}");
}

#[test]
fn a_roman_one_ends_a_name_before_a_country() {
    let text = "After World War I Britain owed the United States $4 billion.";
    let got = names(text);
    assert!(
        has_written(&got, "Britain", Class::Place),
        "{text}: {got:?}"
    );
    let text = "In World War I Canada sent 620,000 troops overseas.";
    let got = names(text);
    assert!(!named(&got, "World War I Canada"), "{text}: {got:?}");
}

#[test]
fn an_employer_is_no_place_named_with_its_word_first() {
    let text = "About 12,000 staff work at Apple Park in Cupertino.\nShe spent 14 years as an \
                engineer at Apple before joining Google.";
    let got = names(text);
    assert!(
        got.iter()
            .any(|(n, c)| n == "Apple = Apple" && *c == Class::Organisation),
        "{text}: {got:?}"
    );
}

#[test]
fn a_possessive_after_a_street_is_someone() {
    let text = "All of Elm Grove, Kevin Brown's childhood street, was sold for £2 million.";
    let got = names(text);
    assert!(
        !has_written(&got, "Kevin Brown", Class::Place),
        "{text}: {got:?}"
    );
}
