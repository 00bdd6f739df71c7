//! Rules of round i15o (#15): a possessive after a name, one-word names of teams and companies,
//! places with "and" in their names, agencies that speak. Sentences of our own, none from a test
//! article.

use super::tests::{has, names};
use crate::draft::value::Class::*;

#[test]
fn a_possessive_after_a_preposition_says_nothing_of_the_name() {
    // "in Brandt’s slipstream": "in" governs the slipstream; Brandt is the rider named in full.
    let got = names(
        "Oskar Brandt, 31, won the stage.\n\
         Maier sat in Brandt’s slipstream for ten kilometres before Brandt, 31, attacked.",
    );
    assert!(!got.iter().any(|(_, c)| *c == Place), "{got:?}");
    assert!(has(&got, "Brandt = Oskar Brandt", Person), "{got:?}");
    // A part of a place is in the place: "in Dorland’s east".
    let got = names("Fires burned in Dorland’s east, and rain fell in Keswyn’s north.");
    assert!(has(&got, "Dorland = Dorland", Place), "{got:?}");
    assert!(has(&got, "Keswyn = Keswyn", Place), "{got:?}");
}

#[test]
fn a_one_word_team_is_shown_by_its_use() {
    let got = names(
        "Mia Roth won the Dunmore Open for Tessaro on Sunday, ahead of Corvin’s Paul Eady.\n\
         Ian Hale’s Tessaro finished third, and Tessaro team boss Ada Lund was pleased.\n\
         “Corvin have been quick all year,” Lund said. Corvin brought Eady in early.",
    );
    // Two uses show Tessaro ("for", a person's Tessaro, a team boss); one plural verb shows Corvin.
    assert!(has(&got, "Tessaro = Tessaro", Organisation), "{got:?}");
    assert!(has(&got, "Corvin = Corvin", Organisation), "{got:?}");
}

#[test]
fn thin_evidence_for_a_one_word_body_is_left_alone() {
    // One "for" alone, or one owner alone, says nothing sure; a question word is no body.
    let got = names(
        "Mia Roth flew home for Tessaro on Monday.\n\
         Ada Lund’s Marrow was sold. “Where are the buses?” she asked.",
    );
    assert!(!got.iter().any(|(_, c)| *c == Organisation), "{got:?}");
}

#[test]
fn a_name_ending_with_a_country_is_no_one_s() {
    // "Statistics Norway said": a national body, never a person, whatever verb follows.
    let got = names("Prices rose 2 per cent, Statistics Norway said Tuesday.");
    assert!(!got.iter().any(|(_, c)| *c == Person), "{got:?}");
    let got = names("Prices rose, Jonas Berg said Tuesday.");
    assert!(has(&got, "Jonas Berg = Jonas Berg", Person), "{got:?}");
}

#[test]
fn a_common_word_opening_a_sentence_is_no_body_by_its_plural_verb() {
    // Capitalised only because it opens the sentence: "Children were", "Copper have".
    let got = names(
        "Children were among the 40 people hurt when the roof fell.\n\
         Copper have risen for a third week, traders said.",
    );
    assert!(!got.iter().any(|(_, c)| *c == Organisation), "{got:?}");
    // A name of its own opening a sentence still is one.
    let got = names("Tessaro have won four of the five races this year.");
    assert!(has(&got, "Tessaro = Tessaro", Organisation), "{got:?}");
}
