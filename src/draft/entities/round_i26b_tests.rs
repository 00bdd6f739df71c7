//! Rules of round i26b (#15: read after holdout38, a wildfire, a Grand Slam final and a typhoon,
//! measured unread on two drafters; the sentences are our own).

use super::tests::{has, has_written, names};
use crate::draft::value::Class::*;

#[test]
fn a_district_named_for_what_it_runs_is_a_body() {
    let got = names(
        "The orders covered most of Marlow north of Pine Street and east of Santa Ines.\n\
         The Marlow Unified School District canceled classes, and Santa Ines Unified closed four \
         schools. The Kern Valley Water District cut deliveries.",
    );
    assert!(
        has_written(&got, "Marlow Unified School District", Organisation),
        "{got:?}"
    );
    assert!(
        has_written(&got, "Santa Ines Unified", Organisation),
        "{got:?}"
    );
    assert!(
        has_written(&got, "Kern Valley Water District", Organisation),
        "{got:?}"
    );
    // The town a district serves stays the town.
    assert!(has(&got, "Marlow = Marlow", Place), "{got:?}");
    assert!(has(&got, "Santa Ines = Santa Ines", Place), "{got:?}");
}
