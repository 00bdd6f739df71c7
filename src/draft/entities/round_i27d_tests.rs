//! Round i27d: the second reader's findings on round i27c and its follow-ups (#15); the
//! reader's own sentences, each seen wrong on the code before its mend.

use super::tests::{has_written, names};
use crate::draft::value::Class::*;

#[test]
fn someone_at_a_firm_named_as_one_before_a_verb_of_speech_is_someone() {
    // The firm must say it is one: a firm of any name ("at Swissquote") let bodies at places
    // through (the third reader's "Virgin Atlantic at Gatwick said"), so it is left out.
    for (text, name) in [
        (
            "Priya Raman at Nomura Securities said the yen would fall.",
            "Priya Raman",
        ),
        ("Marta Ruiz at UBS said the cut was expected.", "Marta Ruiz"),
    ] {
        let got = names(text);
        assert!(has_written(&got, name, Person), "{text}: {got:?}");
    }
    // Not a body at a place, nor a side at its ground.
    for (text, name) in [
        (
            "Aer Lingus at Dublin Airport said 20 flights were cancelled.",
            "Aer Lingus",
        ),
        (
            "Manchester United at Old Trafford said the roof would be repaired by August.",
            "Manchester United",
        ),
        (
            "Virgin Atlantic at Gatwick said 14 flights had been cancelled because of the fog.",
            "Virgin Atlantic",
        ),
        (
            "Glasgow Warriors at Scotstoun said the pitch would be replaced by August.",
            "Glasgow Warriors",
        ),
    ] {
        let got = names(text);
        assert!(!has_written(&got, name, Person), "{text}: {got:?}");
    }
}

#[test]
fn a_state_s_springs_or_falls_or_caucuses_are_no_side() {
    let got = names(
        "The Regina Foxes beat the Kelowna Owls 4-1 on Friday.\n\
         Fans flew in from the Colorado Springs area before the Idaho Falls parade, and many \
         skipped the Iowa Caucuses coverage.",
    );
    for name in ["Colorado Springs", "Idaho Falls", "Iowa Caucuses"] {
        assert!(!has_written(&got, name, Organisation), "{name}: {got:?}");
    }
}

#[test]
fn td_opening_a_sentence_is_the_title_and_norwegian_a_people() {
    let got = names("TD Catherine Connolly said the plan had failed.");
    assert!(has_written(&got, "Catherine Connolly", Person), "{got:?}");
    let got = names("Casper Ruud, the 25-year-old Norwegian, won in three sets.");
    assert!(has_written(&got, "Casper Ruud", Person), "{got:?}");
}
