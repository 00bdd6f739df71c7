//! Round i31g (#15): from practice articles in the styles of a launch report, a swimming report
//! and a wine harvest report (our own sentences).

use super::tests::{has_written, names};
use crate::draft::value::Class;

#[test]
fn a_wine_region_is_a_place() {
    let text = "Alsace’s harvest was the smallest since 1991, and growers in Burgundy and Rioja \
                picked early.";
    let got = names(text);
    for place in ["Alsace", "Burgundy", "Rioja"] {
        assert!(has_written(&got, place, Class::Place), "{text}: {got:?}");
    }
}
