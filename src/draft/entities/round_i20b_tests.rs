//! Rules of round i20b (#15, precision: the mechanisms behind wrong names). Sentences of our own,
//! none from a test article.

use super::tests::{has, names};
use crate::draft::value::Class::*;

#[test]
fn a_body_s_first_word_the_article_puts_things_in_is_the_place() {
    let got = names(
        "Police ordered the evacuation of Tarvik on Saturday.\n\
         All 80 people staying in Tarvik had left by noon.\n\
         The council will decide whether Tarvik Primary School reopens.",
    );
    assert!(
        !has(&got, "Tarvik = Tarvik Primary School", Organisation),
        "{got:?}"
    );
}
