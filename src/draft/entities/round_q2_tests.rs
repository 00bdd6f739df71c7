//! Rules of round i15q (#15, holdout24 names): initials spelling a name with a comma in it, a
//! company's name without its legal endings, a point of the compass "of" a place, post-nominal
//! "SC", an age between commas after a name, the noun of an appositive before "at". Sentences of
//! our own, none from a test article.

use super::tests::{named, names};
use crate::draft::value::Class::*;

#[test]
fn initials_spell_a_name_over_its_comma() {
    let got =
        names("The Ministry of Fisheries, Forests and Parks (MFFP) closed the lake on Monday.");
    assert!(
        got.iter().any(
            |(n, c)| n.ends_with(" = Ministry of Fisheries, Forests and Parks")
                && *c == Organisation
        ),
        "{got:?}"
    );
    assert!(!named(&got, "Ministry of Fisheries"), "{got:?}");
    assert!(!named(&got, "Parks"), "{got:?}");
}
