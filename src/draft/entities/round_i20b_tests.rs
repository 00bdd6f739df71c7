//! Rules of round i20b (#15, precision: the mechanisms behind wrong names). Sentences of our own,
//! none from a test article.

use super::tests::{has, names};
use crate::draft::value::Class::*;

#[test]
fn a_body_s_first_word_the_article_puts_things_in_is_the_place() {
    let got = names(
        "Police ordered the evacuation of Tarvik on Saturday.\n\
         All 80 people staying in Tarvik had left by noon.\n\
         The council will decide whether Tarvik Primary School reopens.",
    );
    assert!(
        !has(&got, "Tarvik = Tarvik Primary School", Organisation),
        "{got:?}"
    );
}

#[test]
fn the_opening_words_of_a_longer_name_are_no_place_of_their_own() {
    let got = names(
        "The round was led by Harwick Crest Capital, at a valuation of $1 billion.\n\
         Ravi Rao, managing partner at Harwick Crest, said the fund had tracked it.",
    );
    assert!(
        has(&got, "Harwick Crest = Harwick Crest Capital", Organisation),
        "{got:?}"
    );
    // The longer name is no body the draft takes (a building as much as a body): left out.
    let got = names(
        "The girl was admitted to Marlow Regional Medical Center on Feb. 27 with measles.\n\
         Dr. Ann Pike, chief of pediatrics at Marlow Regional, said the hospital treated six.",
    );
    assert!(
        !has(&got, "Marlow Regional = Marlow Regional", Place),
        "{got:?}"
    );
    // A known place opening a body's name is the place.
    let got = names(
        "The New York Police Department said on Monday it was investigating.\n\
         Officers in the north of New York made two arrests.",
    );
    assert!(
        !has(&got, "New York = New York Police Department", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_body_of_people_named_after_a_thing_does_not_take_its_name() {
    let got = names(
        "The Tarra Vale Mineworkers’ Union called a strike on Monday.\n\
         Work at Tarra Vale was suspended, and Tarra Vale produced 9,000 tonnes last year.",
    );
    assert!(
        !has(
            &got,
            "Tarra Vale = Tarra Vale Mineworkers’ Union",
            Organisation
        ),
        "{got:?}"
    );
}

#[test]
fn a_title_s_word_opening_a_place_the_article_is_in_is_the_place_s() {
    let got = names(
        "Ports in Halden and Prince Tarrow sat idle on Tuesday.\n\
         In Prince Tarrow, some 750 kilometres up the coast, the terminal was shut.",
    );
    assert!(!named_person(&got, "Tarrow"), "{got:?}");
    assert!(has(&got, "Prince Tarrow = Prince Tarrow", Place), "{got:?}");
    // Once only, or never where something is: the title's person.
    let got = names("Prince Tarrow opened the terminal on Tuesday.\nPrince Tarrow said so.");
    assert!(has(&got, "Tarrow = Tarrow", Person), "{got:?}");
}

fn named_person(got: &[(String, crate::draft::value::Class)], name: &str) -> bool {
    got.iter()
        .any(|(n, c)| n.split(" = ").next() == Some(name) && *c == Person)
}

#[test]
fn the_other_side_of_a_fixture_is_a_side() {
    let got = names(
        "Harlow ended last season with a 3-1 win at Tarrant Rovers on 24 May.\n\
         They begin the new campaign at home to Coldbrook on Saturday.",
    );
    assert!(
        has(&got, "Tarrant Rovers = Tarrant Rovers", Organisation),
        "{got:?}"
    );
    assert!(has(&got, "Coldbrook = Coldbrook", Organisation), "{got:?}");
    assert!(!has(&got, "Coldbrook = Coldbrook", Place), "{got:?}");
}

#[test]
fn a_place_s_institution_does_not_take_the_place_s_name_before_a_noun() {
    let got = names(
        "The Tarvik High Court ruled on Monday that the land be returned.\n\
         The farmers’ Tarvik chairperson, Ann Pike, said the ruling was unfair.",
    );
    assert!(
        !has(&got, "Tarvik = Tarvik High Court", Organisation),
        "{got:?}"
    );
    // A company's first word before a noun is still the company.
    let got = names(
        "Norvane Aerospace said on Monday it would build a launch site.\n\
         The Norvane chief executive, Ann Pike, said the site would open in 2027.",
    );
    assert!(
        has(&got, "Norvane = Norvane Aerospace", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_body_s_word_alone_before_a_title_is_the_title_s() {
    let got = names(
        "The Tarvik Police ordered the evacuation on Saturday.\n\
         Police Commissioner Ann Hale said all 96 people had left.",
    );
    assert!(!has(&got, "Police = Police", Organisation), "{got:?}");
    assert!(has(&got, "Ann Hale = Ann Hale", Person), "{got:?}");
}
