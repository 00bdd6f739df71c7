//! Round i31g (#15): from practice articles in the styles of a launch report, a swimming report
//! and a wine harvest report (our own sentences).

use super::tests::{has_written, names};
use crate::draft::value::Class;

#[test]
fn a_wine_region_is_a_place() {
    let text = "Alsace’s harvest was the smallest since 1991, and growers in Rioja picked early.";
    let got = names(text);
    for place in ["Alsace", "Rioja"] {
        assert!(has_written(&got, place, Class::Place), "{text}: {got:?}");
    }
}

#[test]
fn a_wine_that_is_a_surname_or_a_town_s_name_is_no_region() {
    // The second reader (round i31h).
    let text = "Defenceman Sylvain Champagne scored twice on Saturday.\nChampagne, 28, has 14 \
                goals this season.";
    let got = names(text);
    assert!(
        !has_written(&got, "Champagne", Class::Place),
        "{text}: {got:?}"
    );
    let text = "The fire in Piedmont, South Dakota, destroyed 12 homes on Tuesday.";
    let got = names(text);
    assert!(
        !has_written(&got, "South Dakota", Class::Place)
            || has_written(&got, "Piedmont, South Dakota", Class::Place),
        "{text}: {got:?}"
    );
}
