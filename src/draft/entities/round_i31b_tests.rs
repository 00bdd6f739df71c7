//! Round i31b (#15): the second reader's findings on round i31a, each sentence the reader's.

use super::tests::{has_written, named, names};
use crate::draft::value::Class;

#[test]
fn a_world_s_name_is_a_place_only_where_a_mission_goes() {
    for (text, name) in [
        (
            "Venus and Serena Williams won the doubles title in 2000.",
            "Venus",
        ),
        ("Keith Moon, the drummer, died in 1978.", "Keith Moon"),
        ("Bruno Mars won four Grammy awards.", "Bruno Mars"),
        (
            "South Korea's president, Moon Jae-in, arrived on Monday. Moon and Kim Jong Un \
             held talks for 2 hours.",
            "Moon",
        ),
    ] {
        let got = names(text);
        assert!(!has_written(&got, name, Class::Place), "{text}: {got:?}");
    }
    let text = "Keith Moon, the drummer, died in 1978.";
    assert!(has_written(&names(text), "Keith Moon", Class::Person));
    let text = "The Saturn brand was shut down, and the probe flew on to Mars.";
    let got = names(text);
    assert!(has_written(&got, "Mars", Class::Place), "{text}: {got:?}");
    assert!(
        !has_written(&got, "Saturn", Class::Place),
        "{text}: {got:?}"
    );
}

#[test]
fn a_retailer_named_for_its_founder_stays_a_firm() {
    let text = "The retailer John Lewis said it would close eight stores.";
    let got = names(text);
    assert!(
        !has_written(&got, "John Lewis", Class::Person),
        "{text}: {got:?}"
    );
}

#[test]
fn a_pair_after_a_preposition_of_place_is_no_pair_of_people() {
    let text = "Police arrested 14 people in Douglas and Port Erin on Saturday.";
    let got = names(text);
    assert!(
        !has_written(&got, "Douglas", Class::Person),
        "{text}: {got:?}"
    );
    assert!(named(&got, "Port Erin"), "{text}: {got:?}");
    let text = "Analysts at Morgan and Credit Suisse cut their forecasts.";
    let got = names(text);
    assert!(
        !has_written(&got, "Morgan", Class::Person),
        "{text}: {got:?}"
    );
}
