//! Rules of round i15y (#15): names of people, places and bodies. Sentences of our own, none
//! from a test article.

use super::tests::{has_written as has, names};
use crate::draft::value::Class::*;

#[test]
fn a_plural_verb_after_a_preposition_s_object_makes_no_body() {
    let got = names("Clinics in Marrowby were turning patients away on Friday, said Tova Grent.");
    assert!(has(&got, "Marrowby", Place), "{got:?}");
    assert!(!has(&got, "Marrowby", Organisation), "{got:?}");
    assert!(has(&got, "Tova Grent", Person), "{got:?}");
}

#[test]
fn a_name_ending_in_law_after_a_year_or_the_is_a_law() {
    let got = names(
        "Owners may be fined under the 2014 Renewable Energy Law, said Mira Tolen.\n\
         The Public Media Law took effect in May.",
    );
    assert!(!got.iter().any(|(_, c)| *c == Organisation), "{got:?}");
    assert!(has(&got, "Mira Tolen", Person), "{got:?}");
    // A body with "Law" inside its name, and a person called Law, are still named.
    let got = names("The Law Society of Ardmore backed the plan, said Denise Law, who chairs it.");
    assert!(has(&got, "Denise Law", Person), "{got:?}");
    assert!(
        got.iter()
            .any(|(n, c)| n.starts_with("Law Society") && *c == Organisation),
        "{got:?}"
    );
}

#[test]
fn a_person_called_law_and_a_school_of_law_are_no_law() {
    // A year before the name with no "the" before it: the name is a person's.
    let got = names("In 1971 Dennis Law said the club would move.");
    assert!(has(&got, "Dennis Law", Person), "{got:?}");
    // "of Law" after a school's word is a body.
    let got = names("Orla Penn teaches at the School of Law in Dunmore, said Ivo Sarne.");
    assert!(has(&got, "School of Law", Organisation), "{got:?}");
    assert!(has(&got, "Ivo Sarne", Person), "{got:?}");
    // A law's own name is still no body.
    let got = names(
        "The Shipping Law, which the 2019 Harbour Safety Law replaced, is gone, said Ivo Sarne.",
    );
    assert!(!got.iter().any(|(_, c)| *c == Organisation), "{got:?}");
    assert!(has(&got, "Ivo Sarne", Person), "{got:?}");
}

#[test]
fn a_company_named_motor_is_a_body_and_so_is_its_short_name() {
    // "Motor" ends a carmaker's name as "Motors" does; the short name later is the same body.
    let got = names(
        "Sorell Motor cut its forecast on Tuesday, said Ivo Sarne.\n\
         In Canada, Sorell’s biggest market, sales fell, and Sorell said it would cut prices.",
    );
    assert!(has(&got, "Sorell Motor", Organisation), "{got:?}");
    assert!(
        !got.iter()
            .any(|(n, c)| n.starts_with("Sorell") && *c == Place),
        "{got:?}"
    );
}

#[test]
fn a_preposition_or_conjunction_opening_a_sentence_is_no_word_of_a_name() {
    let got = names(
        "Under Harlan Group rules, each player earns a fee, said Ivo Sarne.\n\
         Although the Marvel Group cut prices, Sorell Motor held its own, said Ivo Sarne.",
    );
    assert!(has(&got, "Harlan Group", Organisation), "{got:?}");
    assert!(has(&got, "Marvel Group", Organisation), "{got:?}");
    assert!(
        !got.iter()
            .any(|(n, _)| n.starts_with("Under") || n.starts_with("Although")),
        "{got:?}"
    );
}
