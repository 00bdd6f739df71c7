//! Rules of round i22a (#15: read after holdout34, a drug trial, a rugby test and a fuel price
//! rise). Sentences of our own, none from a test article.

use super::tests::{has, has_written, named, names};
use crate::draft::value::Class::*;

#[test]
fn an_official_or_a_lone_competitor_before_a_name_makes_it_someone() {
    let got = names(
        "Welsh referee Owen Pryddech then sent off the captain.\n\
         The race went to jockey Mara Tennick on a wet track.",
    );
    assert!(
        has(&got, "Owen Pryddech = Owen Pryddech", Person),
        "{got:?}"
    );
    assert!(has(&got, "Mara Tennick = Mara Tennick", Person), "{got:?}");
}
