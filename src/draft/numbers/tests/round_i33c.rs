//! Round i33c (#15), from holdout45's errors (read; our own sentences): "second" after a verb
//! "to be" is a place in a race or a table where a time, a count or a rival follows.

use super::*;

#[test]
fn second_after_a_verb_to_be_is_a_place_before_a_time_a_count_or_a_rival() {
    let ordinal = |text: &str| {
        let got = found(text);
        assert!(
            got.iter()
                .any(|f| f.0 == "second" && f.1 == Class::Ordinal && f.3 == Hedge::Exact),
            "{text}: {got:?}"
        );
    };
    ordinal("Brazil was second in 7:42.05 in the relay.");
    ordinal("Norway is second with 17 medals.");
    ordinal("Mia Lund was second behind Ana Ruiz.");
    ordinal("The Kestrels are second overall.");
    // A figure of speech, or a second of time: no place.
    for text in [
        "Her service is second to none.",
        "He was second in command of the unit.",
        "It was a second too late.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}
