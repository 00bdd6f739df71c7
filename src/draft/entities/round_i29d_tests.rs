//! Round i29d (#15): the fourth second reader's findings on round i29c, each sentence the
//! reader's.

use super::tests::{has, has_written, names};
use crate::draft::value::Class;

#[test]
fn a_body_named_after_a_bay_or_an_isle_stays_a_body_and_a_station_a_place() {
    for (text, body) in [
        (
            "The Bay of Plenty Regional Council said on Monday it would act.",
            "Bay of Plenty Regional Council",
        ),
        (
            "The Isle of Wight Council approved the plan on Wednesday.",
            "Isle of Wight Council",
        ),
        (
            "Cape of Good Hope Bank reported a profit of R2bn.",
            "Cape of Good Hope Bank",
        ),
    ] {
        let got = names(text);
        assert!(!has_written(&got, body, Class::Place), "{text}: {got:?}");
    }
    for (text, station) in [
        (
            "Trains at Kings Cross Station (KX) were cancelled.",
            "Kings Cross Station (KX)",
        ),
        (
            "Two astronauts are aboard the International Space Station (ISS) this week.",
            "International Space Station (ISS)",
        ),
    ] {
        let got = names(text);
        assert!(
            !has_written(&got, station, Class::Organisation),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn international_before_an_adverb_a_modal_or_another_verb_is_the_side() {
    for (text, side) in [
        (
            "The England international now plays for Arsenal.",
            "England",
        ),
        (
            "The Wales international could miss the Six Nations opener.",
            "Wales",
        ),
        (
            "The Argentina international moved to Chelsea in 2023.",
            "Argentina",
        ),
    ] {
        let got = names(text);
        assert!(
            has_written(&got, side, Class::Organisation),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn more_loans_scores_figures_and_cities_the_reader_found() {
    let got =
        names("He joined Leeds on a temporary loan from Celtic and scored twice this season.");
    assert!(has_written(&got, "Celtic", Class::Organisation), "{got:?}");
    let got = names("Ballyhale Shamrocks beat a depleted Ballygunner side 2-24 to 1-17 on Sunday.");
    assert!(
        has_written(&got, "Ballyhale Shamrocks", Class::Organisation),
        "{got:?}"
    );
    let got = names("Prices fell, with Melbourne (down 0.4) and Hobart the weakest.");
    assert!(has_written(&got, "Melbourne", Class::Place), "{got:?}");
    let got = names("Dubai is one of the world's busiest aviation hubs.");
    assert!(has_written(&got, "Dubai", Class::Place), "{got:?}");
    // A plural verb after a city is a side's, never the city's.
    let got =
        names("The Broncos beat the Storm 26-24.\nBrisbane have signed Tom Flegler on a new deal.");
    assert!(!has(&got, "Brisbane = Brisbane", Class::Place), "{got:?}");
}

#[test]
fn tackle_after_a_possessive_or_an_adjective_is_a_player_s_place() {
    for (text, name) in [
        (
            "The Chiefs' tackle Jawaan Taylor was flagged twice.",
            "Jawaan Taylor",
        ),
        (
            "Houston acquired swing tackle Cam Robinson on Monday.",
            "Cam Robinson",
        ),
    ] {
        let got = names(text);
        assert!(has_written(&got, name, Class::Person), "{text}: {got:?}");
    }
    let got = names("Ministers want to help the NHS tackle Long Covid.");
    assert!(!has_written(&got, "Long Covid", Class::Person), "{got:?}");
}

#[test]
fn a_city_s_name_as_someone_s_first_name_needs_someone_in_the_sentence() {
    let got = names(
        "Sydney Brown, 19, won the talent show.\nSydney was a talented musician, her family said.",
    );
    assert!(has(&got, "Sydney = Sydney Brown", Class::Person), "{got:?}");
    let got = names(
        "The actress Sydney Sweeney, 27, flew in on Tuesday.\nSydney had 112 days of rain last year.",
    );
    assert!(
        !has(&got, "Sydney = Sydney Sweeney", Class::Person),
        "{got:?}"
    );
}
