//! Round i31a (#15), from practice articles in the styles of an exam results report, a lunar
//! launch report and an auction report (our own sentences): a number joined to "and a half" by
//! hyphens, an ordinal that names a kind or is a word of a name, an age after a country's
//! initials.

use super::*;

#[test]
fn a_number_and_a_half_joined_by_hyphens_is_one_number() {
    let text = "The probe faces a three-and-a-half-day cruise before it reaches orbit.";
    let all = found(text);
    assert!(
        all.iter()
            .any(|f| f.0 == "three-and-a-half" && f.1 == Class::Number),
        "{text}: {all:?}"
    );
    assert!(
        !all.iter().any(|f| f.0.contains("half") && f.0.len() < 10),
        "{text}: {all:?}"
    );
    // And the game reads it as the player would type it.
    let read = crate::check::number::read("three-and-a-half", None).map(|r| r.value);
    assert_eq!(read, Some(3.5));
}

#[test]
fn an_ordinal_hyphened_to_a_kind_counts_nothing() {
    for text in [
        "She bought a first-class ticket for the trip.",
        "The insurer paid a third-party claim last year.",
        "The minister promised more sixth-form places.",
        "The college said about one in four of its 164 sixth-formers came from abroad.",
    ] {
        let all = answers(text);
        assert!(
            !all.iter().any(|(_, c)| *c == Class::Ordinal),
            "{text}: {all:?}"
        );
    }
    // "a first-grader" still says the grade, which writers key.
    let text = "The prize went to a first-grader from Leeds.";
    assert!(
        answers(text).iter().any(|(a, _)| a == "first"),
        "{text}: {:?}",
        answers(text)
    );
    // "a second-floor flat" still ranks a floor.
    let text = "Fire broke out in a fourth-floor flat.";
    assert!(
        answers(text).iter().any(|(a, _)| a == "fourth"),
        "{text}: {:?}",
        answers(text)
    );
}

#[test]
fn an_ordinal_inside_a_name_is_a_word_of_the_name() {
    let text = "The minister visited Hill Top Sixth Form College in Leeds on Friday.";
    let file = crate::draft::draft_all(text);
    let answers: Vec<&str> = file.facts.iter().map(|f| f.answer.as_str()).collect();
    assert!(!answers.contains(&"Sixth"), "{answers:?}");
    assert!(
        answers.contains(&"Hill Top Sixth Form College"),
        "{answers:?}"
    );
    // At the start of a sentence the capital is the sentence's.
    let text = "Third place went to Ana Lotu, who ran 2:31.";
    assert!(
        answers_of(text).contains(&"third".to_owned())
            || answers_of(text).contains(&"Third".to_owned()),
        "{:?}",
        answers_of(text)
    );
}

fn answers_of(text: &str) -> Vec<String> {
    answers(text).into_iter().map(|(a, _)| a).collect()
}

#[test]
fn an_age_after_a_country_s_initials_is_a_number_and_they_are_no_unit() {
    let text = "Officials said 182,400 UK 18-year-olds were placed, up 2.4% on last year.";
    let all = found(text);
    assert!(all.iter().any(|f| f.0 == "18"), "{text}: {all:?}");
    assert_eq!(unit(text, "182,400"), None, "{text}: {all:?}");
    assert_eq!(
        unit("About 2,000 US troops were sent.", "2,000").as_deref(),
        Some("troops")
    );
}

#[test]
fn an_ordinal_in_a_name_after_the_is_a_word_of_the_name() {
    // The third reader (round i31d): "the Second World War", "the Eighth Army" are names, as
    // i31a had them; i31b's "between two capitals" asked them again.
    for (text, answer) in [
        (
            "The house was bombed during the Second World War and rebuilt in 1952.",
            "Second",
        ),
        (
            "He served in the Eighth Army in North Africa in 1942.",
            "Eighth",
        ),
    ] {
        assert!(
            !answers_of(text).contains(&answer.to_owned()),
            "{text}: {:?}",
            answers_of(text)
        );
    }
}

#[test]
fn hyphened_fractions_of_every_kind_read_whole_or_not_at_all() {
    // The second reader (round i31b).
    let text = "The one-and-a-half-hour meeting ended early.";
    assert!(
        answers_of(text).contains(&"one-and-a-half".to_owned()),
        "{:?}",
        answers_of(text)
    );
    for text in [
        "They approved a five-and-a-quarter-mile route.",
        "The firm signed a six-and-a-half-million-pound deal.",
    ] {
        let all = found(text);
        assert!(
            !all.iter().any(|f| f.2.as_deref() == Some("ands")
                || f.0.starts_with("five")
                || f.0.starts_with("six")),
            "{text}: {all:?}"
        );
    }
}

#[test]
fn an_ordinal_before_a_place_s_word_is_a_word_of_the_name() {
    // Round i31c: "the Fifth Avenue apartment".
    let text = "They moved into the Fifth Avenue apartment in 1962.";
    assert!(
        !answers_of(text).contains(&"Fifth".to_owned()),
        "{:?}",
        answers_of(text)
    );
}

#[test]
fn a_phone_s_and_a_harvest_s_glued_units_are_read() {
    // Round i31g, from practice articles in a launch report's and a harvest report's styles.
    for (text, answer, want) in [
        ("The phone packs a 6,100mAh battery.", "6,100", "mAh"),
        ("The laptop has a 70Wh battery.", "70", "Wh"),
        ("The chip is built on a 3nm process.", "3", "nm"),
        ("Average yields fell to 53hl/ha this year.", "53", "hl/ha"),
    ] {
        assert_eq!(
            unit(text, answer).as_deref(),
            Some(want),
            "{text}: {:?}",
            found(text)
        );
    }
}

#[test]
fn a_glued_w_is_no_watts() {
    // The second reader (round i31h): coordinates and a bus route.
    for text in [
        "The storm was centred near 25.1N 65.3W on Sunday, forecasters said.",
        "The 12W bus runs every 10 minutes.",
    ] {
        assert!(
            !found(text).iter().any(|f| f.2.as_deref() == Some("W")),
            "{text}: {:?}",
            found(text)
        );
    }
}

#[test]
fn a_year_before_a_noun_of_one_ending_in_as_is_a_year() {
    // holdout44, read: "A shimmering 1957 canvas by ...".
    for text in [
        "A shimmering 1957 canvas by Ruth Cole sold for $7 million.",
        "A large 1986 canvas failed to sell.",
    ] {
        let all = answers(text);
        assert!(
            all.iter().any(|(a, c)| a.len() == 4 && *c == Class::Year),
            "{text}: {all:?}"
        );
    }
    // A count before a plural is still a count, and so is one before "canvas" describing a
    // plural (the second reader); a year before a holiday stays a year.
    for text in [
        "A further 1957 canvases were catalogued.",
        "Volunteers handed out 1957 canvas bags.",
    ] {
        let all = answers(text);
        assert!(
            all.iter().any(|(a, c)| a.len() == 4 && *c == Class::Number),
            "{text}: {all:?}"
        );
    }
    let text = "He attended two 2020 Christmas parties in Whitehall.";
    let all = answers(text);
    assert!(all.contains(&("2020".to_owned(), Class::Year)), "{all:?}");
}
