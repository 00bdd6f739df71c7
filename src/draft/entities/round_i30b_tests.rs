//! Round i30b (#15): the first second reader's findings on round i30a, each sentence the
//! reader's.

use super::tests::{has_written, named, names};
use crate::draft::value::Class;

#[test]
fn a_person_s_possessive_before_a_quote_or_an_album_stays_the_person() {
    let text = "Rachel Reeves delivered her Budget on Wednesday.\nReeves’s “iron-clad” fiscal \
                rules allow £10 billion of headroom.\nReeves said taxes would rise by £26 \
                billion.";
    let got = names(text);
    assert!(!named(&got, "Reeves") || !has_written(&got, "Reeves", Class::Organisation));
    assert!(
        !got.iter().any(|(_, c)| *c == Class::Organisation),
        "{text}: {got:?}"
    );
    let text = "Taylor Swift played three nights at Wembley Stadium in June.\nSwift’s album \
                “Midnights” sold 1.5 million copies in its first week.";
    let got = names(text);
    assert!(
        !has_written(&got, "Swift", Class::Organisation),
        "{text}: {got:?}"
    );
}

#[test]
fn a_city_s_possessive_before_a_film_word_or_a_direction_stays_the_city() {
    for (text, city) in [
        (
            "The Tube strike hit London’s western suburbs on Friday.\nIn London, 3 lines were \
             shut for the day.",
            "London",
        ),
        (
            "Mumbai’s film industry made 1,800 films last year.",
            "Mumbai",
        ),
    ] {
        let got = names(text);
        assert!(
            !has_written(&got, city, Class::Organisation),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn the_pronoun_after_a_place_is_no_roman_numeral() {
    for (text, wrong) in [
        ("“From the South Col I could see Lhotse,” she said.", "I"),
        (
            "“In Central Park I run 5 miles a day,” he said.",
            "Central Park I",
        ),
        (
            "When I got back to Base Camp I slept for 14 hours.",
            "Base Camp I",
        ),
    ] {
        let got = names(text);
        assert!(!named(&got, wrong), "{text}: {got:?}");
    }
}

#[test]
fn a_name_after_a_street_that_is_no_one_s_address_stays_what_it_is() {
    let text = "One neighbour of Elm Road, Ann Cole, said she heard 3 bangs on Friday.";
    let got = names(text);
    assert!(
        has_written(&got, "Ann Cole", Class::Person),
        "{text}: {got:?}"
    );
}

#[test]
fn a_national_side_named_with_side_stays_a_side() {
    let text = "Ireland thrashed Italy 45-5 in Dublin on Sunday.\nThe Ireland side flew to \
                Paris on Monday, with Andy Farrell naming 3 new caps.";
    let got = names(text);
    assert!(
        !has_written(&got, "Ireland", Class::Place),
        "{text}: {got:?}"
    );
}

#[test]
fn bands_and_clubs_featured_are_no_people() {
    for (text, band) in [
        (
            "The festival, featuring London Grammar and Arctic Monkeys, sold 40,000 tickets.",
            "London Grammar",
        ),
        (
            "The match, featuring Real Madrid and Manchester City, drew 70,000 fans.",
            "Real Madrid",
        ),
    ] {
        let got = names(text);
        assert!(!has_written(&got, band, Class::Person), "{text}: {got:?}");
    }
}

#[test]
fn a_party_s_word_is_the_party_not_a_longer_name_it_opens() {
    let text = "The Labour Court ruled on Tuesday that the dismissal was unfair.\nLabour members \
                in the Dail voted against the motion on Thursday.";
    let got = names(text);
    assert!(
        got.iter()
            .any(|(n, c)| n == "Labour = Labour" && *c == Class::Organisation),
        "{text}: {got:?}"
    );
    let text = "In all, 40 Labour councillors signed the letter.";
    let got = names(text);
    assert!(
        has_written(&got, "Labour", Class::Organisation),
        "{text}: {got:?}"
    );
}

#[test]
fn a_month_nickname_after_a_given_name_stays_inside_the_name() {
    let text = "Margaret “May” Hollis, 91, died at home in Leeds on Sunday.";
    let got = names(text);
    assert!(
        got.iter().any(|(n, _)| n.ends_with("= Margaret Hollis")),
        "{text}: {got:?}"
    );
}

#[test]
fn a_french_city_named_tours_is_the_city() {
    let text = "The match in Tours drew 12,000 fans.";
    let got = names(text);
    assert!(has_written(&got, "Tours", Class::Place), "{text}: {got:?}");
}
