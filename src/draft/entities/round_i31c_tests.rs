//! Round i31c (#15): from two more practice auction reports (a single-owner evening sale, a
//! half-year market story; written for us, read, not blind). Our own sentences.

use super::tests::{has_written, named, names};
use crate::draft::value::Class;

#[test]
fn a_possessive_after_a_title_ends_the_name() {
    for (text, name) in [
        (
            "In London on Oct. 2, Ms. Hart’s Japanese prints totaled $4 million.",
            "Hart",
        ),
        ("Mr Hale’s Lakeland home sold for £2m on Friday.", "Hale"),
    ] {
        let got = names(text);
        assert!(has_written(&got, name, Class::Person), "{text}: {got:?}");
        assert!(
            !got.iter().any(|(n, _)| n.starts_with(&format!("{name}’s"))),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn the_art_world_s_nouns_name_someone() {
    for (text, name) in [
        (
            "The record belongs to the Hungarian-born painter Zoltan Barsi, who died in 1987.",
            "Zoltan Barsi",
        ),
        (
            "It sold for $35 million to the Chicago dealer Amos Vreeland, bidding in the room.",
            "Amos Vreeland",
        ),
    ] {
        let got = names(text);
        assert!(has_written(&got, name, Class::Person), "{text}: {got:?}");
    }
}

#[test]
fn the_maker_of_a_work_named_in_quotes_is_someone_and_the_title_names_nothing() {
    let text = "Lot 9, Ottokar Brenn’s still life “Pears and a Copper Pot” (1891), sold for \
                $2 million, and Lot 10, “The Harbour at Low Tide in Grey Weather,” did not.";
    let got = names(text);
    assert!(
        has_written(&got, "Ottokar Brenn", Class::Person),
        "{text}: {got:?}"
    );
    assert!(!named(&got, "Copper Pot"), "{text}: {got:?}");
    let text = "The top lot, Sabine Korr’s “The Garden in Pale Rain” (1902), made $9 million.";
    let got = names(text);
    assert!(!named(&got, "Pale Rain"), "{text}: {got:?}");
    // A studio's name keeps its word and stays a studio's.
    let text = "Focus Features’ “Hamnet” opened in 1,800 theaters on Friday.";
    let got = names(text);
    assert!(
        !has_written(&got, "Focus Features", Class::Person),
        "{text}: {got:?}"
    );
}

#[test]
fn an_owner_s_name_with_an_ampersand_before_a_role_says_someone() {
    let text = "The bid came by phone through Odile Marchand-Lui, Harlow & Finch’s chairman of \
                modern art.";
    let got = names(text);
    assert!(
        has_written(&got, "Odile Marchand-Lui", Class::Person),
        "{text}: {got:?}"
    );
}
