//! Rules of round i17c (#15, abstain on weak evidence): a post held "at" a name, after a
//! person's name and its comma, names an employer. Sentences of our own, none from a test
//! article.

use super::tests::{has_written, names};
use crate::draft::value::Class::*;

#[test]
fn a_post_held_at_a_name_makes_the_name_an_employer() {
    let got = names(
        "Ines Varga, senior partner at Tallow Brook, said the fund would wait.\n\
         Dr. Owen Pask, head of paediatric surgery at Marren Vale, said two wards were closed.",
    );
    for body in ["Tallow Brook", "Marren Vale"] {
        assert!(has_written(&got, body, Organisation), "{body}: {got:?}");
        assert!(!has_written(&got, body, Place), "{body}: {got:?}");
    }
    // A clause or a verb's phrase before "at" says where something happened: a place.
    let got = names(
        "The rocket, built by Orla Dynamics, left the pad at Vennmoor on Friday.\n\
         Tomas Rell, who won at Skerrow in 2024, finished third.",
    );
    for place in ["Vennmoor", "Skerrow"] {
        assert!(!has_written(&got, place, Organisation), "{place}: {got:?}");
    }
}
