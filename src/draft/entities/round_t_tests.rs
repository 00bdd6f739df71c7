//! Rules of round i15t (#15): a name is drafted when its class has evidence of its own, and left
//! out when the class would be a guess. Sentences of our own, none from a test article.

use super::tests::{has_written as has, named, names};
use crate::draft::value::Class::*;

#[test]
fn a_one_word_speaker_who_has_done_something_is_no_one_named() {
    // A body speaks and "has" worked somewhere as well as someone does: "who has" says nothing
    // of a person. "who heads" still does.
    let got = names(
        "“The wells are dry,” said Brightwater, who has worked in the valley since 1994.\n\
         “We need rain,” said Darmo, who heads the district office.",
    );
    assert!(!has(&got, "Brightwater", Person), "{got:?}");
    assert!(has(&got, "Darmo", Person), "{got:?}");
}
