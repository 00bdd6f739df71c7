//! Round i25a (#15): the second reader's findings on round i24a, each a sentence of our own
//! that a rule of that round read wrong.

use super::tests::{has_written, names};
use crate::draft::value::Class::*;

#[test]
fn a_surname_an_ordinal_counts_stays_the_person_s() {
    // A family's plural is written too ("the Harts"), but "Hart" ends a person's name.
    let got = names(
        "Ruth Hart is the third Hart in the Senate.\n\
         The Harts have held the seat since 1950.\n\
         Hart said the family would run again.",
    );
    assert!(has_written(&got, "Ruth Hart", Person), "{got:?}");
    assert!(has_written(&got, "Hart", Person), "{got:?}");
}

#[test]
fn a_name_the_article_titles_has_no_officer_of_a_body() {
    // A title says someone's, though the name is never written in full.
    let got = names(
        "Mr Starmer spoke on Monday.\n\
         A spokesperson for Starmer said the plan would stand.",
    );
    assert!(!has_written(&got, "Starmer", Organisation), "{got:?}");
    let got = names(
        "President Biden flew in on Friday.\n\
         Biden spokesman Andrew Bates said the plan would stand.",
    );
    assert!(!has_written(&got, "Biden", Organisation), "{got:?}");
    // A name with no title stays a body.
    let got = names("Flights were held, said Ragna Holt, a spokesperson for Aviora.");
    assert!(has_written(&got, "Aviora", Organisation), "{got:?}");
}

#[test]
fn an_owner_s_role_needs_the_officer_named() {
    // "Musk’s chief executive role": a role of the person, no body's officer.
    let got = names("Musk’s chief executive role at Tesla ended in 2030.");
    assert!(!has_written(&got, "Musk", Organisation), "{got:?}");
    let got = names("He left Vellan’s chief executive team in May.");
    assert!(!has_written(&got, "Vellan", Organisation), "{got:?}");
    let got = names("Einar Brandsson, Orkuvar’s chief executive, said the walls held.");
    assert!(has_written(&got, "Orkuvar", Organisation), "{got:?}");
}

#[test]
fn what_only_a_government_body_is_for_stands_for_it() {
    let got = names(
        "She studied at the University of East Anglia before she moved.\n\
         Farms in East Anglia were flooded on Monday.",
    );
    assert!(!has_written(&got, "East Anglia", Organisation), "{got:?}");
    let got = names(
        "The European Court of Human Rights ruled on Tuesday.\n\
         Human Rights groups welcomed the ruling.",
    );
    assert!(!has_written(&got, "Human Rights", Organisation), "{got:?}");
}

#[test]
fn a_portfolio_alone_is_no_miner() {
    // Without "Minister for" before it, only the portfolio's first word says so.
    let got = names("Water Resources said permits for the dam were issued in May.");
    assert!(
        !has_written(&got, "Water Resources", Organisation),
        "{got:?}"
    );
}
