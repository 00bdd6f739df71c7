//! Numbers that are part of a name between its words (#15, round i29a).

use super::*;

#[test]
fn a_number_between_a_name_of_two_words_and_a_capitalised_word_is_part_of_the_name() {
    // holdout41 named a radio station so; these names are our own.
    for text in [
        "She told BBC Radio 4 Today that the fee was fair.",
        "The final is shown on Sky Sports 2 Action from 8pm.",
        "He spoke to Virgin Radio 1 Breakfast afterwards.",
    ] {
        let got = answers(text);
        assert!(
            !got.iter().any(|(a, _)| a == "4" || a == "2" || a == "1"),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_number_after_one_capitalised_word_or_before_a_score_s_second_number_stays_a_count() {
    // "Game 6" and a score written with the sides' names count.
    assert_eq!(one("Game 6 Thursday was a sellout.").0, "6");
    assert!(
        answers("The final ended Harwood Town 2 Almancil 1 after extra time.")
            .iter()
            .any(|(a, _)| a == "2"),
    );
}

#[test]
fn a_score_between_longer_names_and_a_headline_s_count_stay_numbers() {
    // The second reader's sentences.
    for (text, n) in [
        (
            "Harwood Town 2 Desportivo Almancil 1 was the final score on a wet night.",
            "2",
        ),
        (
            "Leeds Rhinos 24 Wigan Warriors 12 was the half-time score at Headingley.",
            "24",
        ),
        ("Rory McIlroy 67 Tiger Woods 70 read the scoreboard.", "67"),
    ] {
        let got = answers(text);
        assert!(got.iter().any(|(a, _)| a == n), "{text}: {got:?}");
    }
    // A year after an event's name is no score's second number; a headline's capitals and a
    // sentence's look alike, and the name's number is left out in both (second reader, i29b).
    for text in [
        "The BBC Radio 1 Big Weekend 2025 will be held in Liverpool in May.",
        "Former Nasa Apollo 11 Astronaut Dies Aged 93",
        "Coverage on BBC Radio 5 Live from 7pm.",
    ] {
        let got = answers(text);
        assert!(
            !got.iter().any(|(a, _)| a == "1" || a == "11" || a == "5"),
            "{text}: {got:?}"
        );
    }
}
