//! Rules of round i15y (#15): names of people, places and bodies. Sentences of our own, none
//! from a test article.

use super::tests::names;
use crate::draft::value::Class::{self, *};

fn has(got: &[(String, Class)], name: &str, class: Class) -> bool {
    got.iter()
        .any(|(n, c)| n.split(" = ").next() == Some(name) && *c == class)
}

#[test]
fn a_plural_verb_after_a_preposition_s_object_makes_no_body() {
    let got = names("Clinics in Marrowby were turning patients away on Friday, said Tova Grent.");
    assert!(has(&got, "Marrowby", Place), "{got:?}");
    assert!(!has(&got, "Marrowby", Organisation), "{got:?}");
    assert!(has(&got, "Tova Grent", Person), "{got:?}");
}
