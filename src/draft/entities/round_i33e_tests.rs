//! Round i33e (#15), from holdout45's errors (read; our own sentences): a name paired by "and"
//! with a company the news names is a company; a body named after the comma is what a name
//! after "at" is.

use super::tests::{has_written, names};
use crate::draft::value::Class;

#[test]
fn a_name_paired_with_a_known_company_is_a_company() {
    let got = names("Torvik wants to be an alternative to Apple and Samsung in Europe.");
    assert!(has_written(&got, "Apple", Class::Organisation), "{got:?}");
    // Only after a word that compares or sets against (the fifth reader: "accuses Altman and
    // Microsoft"), so "Samsung and Apple will have to respond" is left to the other rules.
    // A known place stays one.
    let got = names("The plant employs 400 people between Texas and Samsung’s Korean sites.");
    assert!(!has_written(&got, "Texas", Class::Organisation), "{got:?}");
}

#[test]
fn a_body_named_after_the_comma_is_what_was_there() {
    let got = names("At Bodegas Ruvaldo, the cooperative in Haro, intake fell by a third.");
    assert!(
        has_written(&got, "Bodegas Ruvaldo", Class::Organisation),
        "{got:?}"
    );
    let got = names("At Torvale Hill, the winery near Haro, pickers worked at night.");
    assert!(
        has_written(&got, "Torvale Hill", Class::Organisation),
        "{got:?}"
    );
    // A place described as one stays a place.
    let got = names("At Quel, a village in the hills, hail fell for 20 minutes.");
    assert!(!has_written(&got, "Quel", Class::Organisation), "{got:?}");
}
