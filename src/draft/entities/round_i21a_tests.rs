//! Rules of round i21a (#15: names written the way East Asian news writes them). Sentences of our
//! own, none from a test article.

use super::tests::{has, names};
use crate::draft::value::Class::*;

#[test]
fn a_field_before_a_country_s_name_names_the_country_s_body() {
    let got = names(
        "The figures came from Statistics Korea on Monday.\n\
         Health Canada said the recall covered 12 products.",
    );
    assert!(
        has(&got, "Statistics Korea = Statistics Korea", Organisation),
        "{got:?}"
    );
    assert!(
        !has(&got, "Statistics Korea = Statistics Korea", Place),
        "{got:?}"
    );
    assert!(
        has(&got, "Health Canada = Health Canada", Organisation),
        "{got:?}"
    );
    // A direction before it stays the place.
    let got = names("The figures came from South Korea on Monday.");
    assert!(has(&got, "South Korea = South Korea", Place), "{got:?}");
}
