//! Rules of round i15a (#15, holdout25 names): "v." between a case's two sides ends no sentence,
//! plural titles ("Justices", "Judges"), "Administrator" as a title, a plural opening the
//! sentence before "of" and a body's name, a model's letter glued to its number, a name after
//! an ordinal in figures. Sentences of our own, none from a test article.

use super::tests::{has_written, named, names};
use crate::draft::value::Class::*;

#[test]
fn the_side_after_versus_keeps_its_first_word() {
    let got = names(
        "The case, Orrin Foods Co. v. National Grain Inspection Board, began in 2021.\n\
         The national board said nothing.",
    );
    assert!(
        has_written(&got, "National Grain Inspection Board", Organisation),
        "{got:?}"
    );
    assert!(!named(&got, "Grain Inspection Board"), "{got:?}");
}
