//! Round i29e (#15): the fifth second reader's findings on round i29d, each sentence the
//! reader's.

use super::tests::{has, has_written, names};
use crate::draft::value::Class;

#[test]
fn international_before_a_noun_it_describes_leaves_the_place() {
    for (text, place) in [
        (
            "Passenger numbers on the Dubai international flights rose by 12 per cent in March.",
            "Dubai",
        ),
        (
            "Inspectors visited the Qatar international licensed bars in 2022.",
            "Qatar",
        ),
        (
            "The Dubai international supply chain forum opened on Monday.",
            "Dubai",
        ),
    ] {
        let got = names(text);
        assert!(
            !has_written(&got, place, Class::Organisation),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn longer_water_names_and_stations_named_for_their_work() {
    for (text, place) in [
        (
            "The tanker sank off the Cape of Good Hope on Tuesday.",
            "Cape of Good Hope",
        ),
        (
            "Ice covered the Gulf of St Lawrence for a month.",
            "Gulf of St Lawrence",
        ),
    ] {
        let got = names(text);
        assert!(has_written(&got, place, Class::Place), "{text}: {got:?}");
    }
    let got = names("She joined the Welsh Plant Breeding Station (WPBS) in Aberystwyth in 1962.");
    assert!(
        has_written(
            &got,
            "Welsh Plant Breeding Station (WPBS)",
            Class::Organisation
        ),
        "{got:?}"
    );
}

#[test]
fn tackle_after_a_college_s_initials_and_not_after_that_or_you() {
    let got = names("The Patriots drafted LSU tackle Will Campbell with the 4th pick.");
    assert!(has_written(&got, "Will Campbell", Class::Person), "{got:?}");
    for (text, name) in [
        (
            "Ministers promised measures that tackle Universal Credit fraud worth £6bn.",
            "Universal Credit",
        ),
        (
            "How do you tackle Long Covid when clinics close?",
            "Long Covid",
        ),
    ] {
        let got = names(text);
        assert!(!has_written(&got, name, Class::Person), "{text}: {got:?}");
    }
}

#[test]
fn a_gallery_s_or_a_firm_s_loan_and_a_range_after_beat_are_no_club_s() {
    for (text, name) in [
        (
            "The Vermeer, on a temporary loan from Amsterdam, is the highlight of the gallery's autumn season.",
            "Amsterdam",
        ),
        (
            "The club survived on an emergency loan from Mike Ashley in 2019.",
            "Mike Ashley",
        ),
        (
            "Mexico City beat its water rationing target this summer after 10-12 days of heavy rain.",
            "Mexico City",
        ),
        (
            "Kansas City beat the deadline to submit its bid for the 2030-31 funding round.",
            "Kansas City",
        ),
    ] {
        let got = names(text);
        assert!(
            !has_written(&got, name, Class::Organisation),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn up_or_down_without_a_figure_and_was_without_a_description_say_no_city() {
    let got = names(
        "Collingwood are level on 40 points with Brisbane (up two places after Saturday's win).",
    );
    assert!(!has_written(&got, "Brisbane", Class::Place), "{got:?}");
    for text in [
        "Beijing was quick to insist that the disputed area belonged to China.",
        "Moscow was blamed for the drone that struck the port on Tuesday.",
    ] {
        let got = names(text);
        let city = text.split(' ').next().unwrap_or_default();
        assert!(!has_written(&got, city, Class::Place), "{text}: {got:?}");
    }
    let got = names("Toronto was the worst-performing housing market in Canada last year.");
    assert!(has_written(&got, "Toronto", Class::Place), "{got:?}");
}

#[test]
fn a_city_first_name_with_a_pronoun_elsewhere_is_the_city_and_a_city_in_a_like_list_stays() {
    let got = names(
        "Florence Pugh, 28, arrived for the premiere.\n\
         Florence was flooded in 1966, when the Arno burst its banks, her grandmother recalled.",
    );
    assert!(
        !has(&got, "Florence = Florence Pugh", Class::Person),
        "{got:?}"
    );
    let got = names("Cities like Lagos are growing by 5 per cent a year.");
    assert!(has_written(&got, "Lagos", Class::Place), "{got:?}");
}

#[test]
fn the_sixth_reader_s_cities_described_and_stations_named_for_their_work() {
    for text in [
        "Lagos is Nigeria's commercial capital and largest city.",
        "Nairobi was long the region's main financial hub.",
        "Toronto was home to 2.8 million people in 2021.",
    ] {
        let got = names(text);
        let city = text.split(' ').next().unwrap_or_default();
        assert!(has_written(&got, city, Class::Place), "{text}: {got:?}");
    }
    let got = names("Trains were halted at Clapham Junction Station (CLJ) in May 2024.");
    assert!(
        !has_written(&got, "Clapham Junction Station (CLJ)", Class::Organisation),
        "{got:?}"
    );
    let got = names("He spent 20 years at the Marine Biological Station (MBS) at Millport.");
    assert!(
        has_written(&got, "Marine Biological Station (MBS)", Class::Organisation),
        "{got:?}"
    );
}

#[test]
fn an_event_named_after_an_isle_or_a_sea_is_no_place() {
    for (text, event) in [
        (
            "The Isle of Wight Festival drew 60,000 fans in 2023.",
            "Isle of Wight Festival",
        ),
        (
            "The Sea of Galilee Marathon was held in January 2023.",
            "Sea of Galilee Marathon",
        ),
    ] {
        let got = names(text);
        assert!(!has_written(&got, event, Class::Place), "{text}: {got:?}");
    }
}

#[test]
fn a_plural_verb_after_a_name_counts_only_when_the_name_ends_no_list() {
    use crate::draft::mentions::{mentions, vocabulary};
    use crate::draft::paragraph::Paragraph;
    let verb_after = |text: &str, name: &str, joiners: &[&str]| {
        let p = Paragraph::new(0, text);
        let paragraphs = [Paragraph::new(0, text)];
        let vocabulary = vocabulary(&paragraphs);
        mentions(&p, &vec![false; p.tokens.len()], &vocabulary)
            .iter()
            .find(|m| m.text == name)
            .is_some_and(|m| super::context::plural_verb_after(&p, m, joiners))
    };
    assert!(verb_after(
        "Harwood were fined on Friday.",
        "Harwood",
        &["and"]
    ));
    assert!(!verb_after(
        "Smith & Harwood were fined.",
        "Harwood",
        &["and"]
    ));
    assert!(!verb_after(
        "Fines for Leeds, Harwood were paid.",
        "Harwood",
        &["and"]
    ));
    assert!(!verb_after(
        "Cities like Lagos are growing.",
        "Lagos",
        &["like"]
    ));
    assert!(verb_after(
        "Cities like Lagos are growing.",
        "Lagos",
        &["and"]
    ));
    assert!(!verb_after("Harwood was fined.", "Harwood", &["and"]));
}
