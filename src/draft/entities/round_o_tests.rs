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
