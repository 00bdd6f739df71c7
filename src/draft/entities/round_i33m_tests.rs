//! Round i33m (#15): the tenth reader's findings on round i33l (its own sentences), mended.

use super::tests::{has_written, names};
use crate::draft::value::Class;

#[test]
fn a_country_s_market_parks_or_dates_after_in_the_are_the_country_s() {
    for text in [
        "The US beat Mexico 2-0 in Houston.\nThe shirts will go on sale in the US starting 2026.",
        "The US beat Mexico 2-0 in Houston.\nThe film earned $40 million at the US box office.",
        "The US beat Mexico 2-0 in Houston.\nTicket prices in the US national parks rose 10%.",
        "The UK beat France 3-1.\nOne in five people in the UK senior population plays bowls.",
    ] {
        let got = names(text);
        assert!(
            got.iter()
                .filter(|(n, _)| n.starts_with("US") || n.starts_with("UK"))
                .any(|(_, c)| *c == Class::Place),
            "{text}: {got:?}"
        );
    }
    // The side's own still are the side's.
    let got = names("The US beat Mexico 2-0.\nPulisic was named in the US starting 11 on Monday.");
    assert!(!has_written(&got, "US", Class::Place), "{got:?}");
}
