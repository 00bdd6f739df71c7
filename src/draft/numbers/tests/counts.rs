//! Counts said with a multiple ("two dozen"), positions said with "second", and clock times
//! said with "o'clock".

use super::*;

#[test]
fn a_count_of_dozens_is_one_number() {
    use Class::*;
    use Hedge::*;
    case(
        "The club sold two dozen season tickets.",
        "24",
        Number,
        Some("tickets"),
        Exact,
    );
    case(
        "Rescuers freed some three dozen miners.",
        "36",
        Number,
        Some("miners"),
        Approximate,
    );
    case(
        "The storm felled half a dozen trees.",
        "6",
        Number,
        Some("trees"),
        Exact,
    );
    case(
        "Only a dozen stalls opened.",
        "12",
        Number,
        Some("stalls"),
        Exact,
    );
    // The written words stay an accepted form of the answer.
    let p = Paragraph::new(0, "The club sold two dozen season tickets.");
    let mut taken = vec![false; p.tokens.len()];
    let all = numbers(&p, &mut taken, money_of(&p));
    assert_eq!(all[0].aliases, ["two dozen"]);
    assert_eq!(&p.text[all[0].slot.clone()], "two dozen");
    // A vague count of dozens, or dozens, is no number.
    for text in [
        "Several dozen people waited outside.",
        "A few dozen people waited outside.",
        "Dozens of people waited outside.",
        "Many dozen people waited outside.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

/// The value and aliases of the one number of `text`.
fn time_of(text: &str) -> (String, Value, Vec<String>) {
    let p = Paragraph::new(0, text);
    let mut taken = vec![false; p.tokens.len()];
    let all = numbers(&p, &mut taken, money_of(&p));
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    let f = all.into_iter().next().unwrap_or_else(|| unreachable!());
    (f.answer, f.value, f.aliases)
}

#[test]
fn an_hour_said_o_clock_is_a_time_when_the_words_after_say_which_half_of_the_day() {
    let at = |h: u32| Value::Time(h * 60);
    let (answer, value, aliases) = time_of("The gates open at 8 o’clock in the morning.");
    assert_eq!((answer.as_str(), value), ("8", at(8)));
    for form in ["08:00", "8 am", "8am", "8:00 am"] {
        assert!(aliases.contains(&form.to_owned()), "{form}: {aliases:?}");
    }
    let (answer, value, aliases) = time_of("The vigil began at nine o'clock in the evening.");
    assert_eq!((answer.as_str(), value), ("nine", at(21)));
    assert!(aliases.contains(&"21:00".to_owned()) && aliases.contains(&"9pm".to_owned()));
    assert_eq!(
        time_of("The street was as dark as 10 o’clock at night.").1,
        at(22)
    );
    assert_eq!(time_of("The ferry sails at 11 o’clock tonight.").1, at(23));
    // The small hours and midnight are before noon.
    assert_eq!(
        time_of("The alarm went off at 2 o’clock at night.").1,
        at(2)
    );
    assert_eq!(time_of("The bells rang at 12 o’clock at night.").1, at(0));
    // Nothing says which half of the day, or the hour is no hour: no time, and no count either.
    for text in [
        "The talks resume at 7 o’clock on Monday.",
        "The fair shuts at 5 o’clock at night.",
        "We met at seven o'clock, she said.",
        "It chimed 13 o’clock in the evening.",
        "The 3 o’clock in the morning session was full.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

#[test]
fn second_is_a_finishing_place_before_with_and_a_rank_hyphened_to_its_tier() {
    use Class::*;
    use Hedge::*;
    let got = found("The Farmers’ Union came second with 19 percent.");
    assert!(
        got.contains(&("second".to_owned(), Ordinal, None, Exact)),
        "{got:?}"
    );
    let got = found("She signed for second-tier Dunmore on Friday.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!((got[0].0.as_str(), got[0].1), ("second", Ordinal));
    let got = found("It was the country’s second-biggest port.");
    assert_eq!((got[0].0.as_str(), got[0].1), ("second", Ordinal));
    // A second of time, or "second" in a word of its own, is no place.
    assert!(found("They second-guess every call.").is_empty());
    assert!(found("He bought second-hand boots.").is_empty());
    assert!(found("Wait a second with me.").is_empty());
}

#[test]
fn a_figure_that_makes_a_noun_naming_a_kind_of_thing_is_no_count() {
    for text in [
        "She hit a 3-pointer with a minute left.",
        "They made 9 of 20 3-pointers in the half.",
        "The club bought a two-seater for the pilot.",
        "He landed a 10-pounder, his best of the year.",
    ] {
        let all = found(text);
        assert!(
            all.iter()
                .all(|(answer, ..)| !matches!(answer.as_str(), "3" | "two" | "10")),
            "{text}: {all:?}"
        );
    }
    // A hyphened measure or count before its noun still counts.
    let all = found("A 20-member panel chose a three-letter code.");
    assert!(all.iter().any(|(answer, ..)| answer == "20"), "{all:?}");
    assert!(all.iter().any(|(answer, ..)| answer == "three"), "{all:?}");
    assert!(
        found("They made 9 of 20 3-pointers.")
            .iter()
            .any(|(a, ..)| a == "9")
    );
}

#[test]
fn what_a_shot_is_worth_names_the_kind_of_shot_and_counts_nothing() {
    // "its 3-point attempts", "from three-point range": the kind of shot (#15).
    for text in [
        "The Owls made fewer than a third of their 3-point attempts.",
        "She went 5 of 9 from three-point range.",
        "He finished a three-point play at the rim.",
    ] {
        let all = found(text);
        assert!(
            all.iter()
                .all(|(answer, ..)| !matches!(answer.as_str(), "3" | "three")),
            "{text}: {all:?}"
        );
    }
    // "a 3-point lead" counts points.
    let all = found("They built a 3-point lead at halftime.");
    assert!(all.iter().any(|(answer, ..)| answer == "3"), "{all:?}");
}

#[test]
fn a_hyphened_word_before_the_noun_a_number_counts_describes_it() {
    // "25 three-point shots" counts shots, not "three"; "40 cross-border raids" counts raids.
    let all = found("The Owls made 7 of 25 three-point shots.");
    let of = all.iter().find(|(answer, ..)| answer == "25");
    assert_eq!(of.and_then(|f| f.2.as_deref()), Some("shots"), "{all:?}");
    let all = found("The army reported 40 cross-border raids.");
    assert_eq!(all[0].2.as_deref(), Some("raids"), "{all:?}");
}

/// The answers drafted from `text`, with their classes.
fn answers(text: &str) -> Vec<(String, Class)> {
    found(text).into_iter().map(|f| (f.0, f.1)).collect()
}

#[test]
fn an_ordinal_that_opens_a_rank_or_title_is_part_of_it() {
    use Class::*;
    assert_eq!(
        answers("First Lt. Dana Roe and Second Officer Ben Kay began their third tour."),
        [("third".to_owned(), Ordinal)]
    );
    assert_eq!(
        answers("She met the First Minister and the First Lady on Monday."),
        []
    );
    // An ordinal before a word that is no title, or in lower case, stays a position.
    assert_eq!(
        answers("Third Division sides paid the first fee."),
        [("Third".to_owned(), Ordinal), ("first".to_owned(), Ordinal)]
    );
}

#[test]
fn an_ordinal_opens_a_possessive_title_or_one_with_vice_or_deputy() {
    use Class::*;
    // "Minister’s" is the title "Minister" with a possessive; the ordinal is part of it.
    assert_eq!(
        answers("The First Minister’s office said the third bid failed."),
        [("third".to_owned(), Ordinal)]
    );
    assert_eq!(
        answers("The First Minister's aide left on the second day."),
        [("second".to_owned(), Ordinal)]
    );
    // A vice or deputy between the ordinal and the title is part of the title too.
    assert_eq!(
        answers(
            "First Vice President Ola Berg and First Deputy Prime Minister Ann Lee met in Oslo."
        ),
        []
    );
}

#[test]
fn a_count_of_places_after_top_and_a_hyphen_is_a_number() {
    use Class::*;
    assert_eq!(
        answers("She has four top-5 finishes this year."),
        [("four".to_owned(), Number), ("5".to_owned(), Number)]
    );
    // Glued to another word, digits are still part of a name or code.
    assert_eq!(answers("The COVID-19 ward reopened."), []);
}

#[test]
fn half_before_a_phrase_of_time_is_a_share() {
    use Class::*;
    assert_eq!(
        answers("Bookings dropped by nearly half in the spring."),
        [("half".to_owned(), Fraction)]
    );
    assert_eq!(
        answers("Prices fell by half over the last decade."),
        [("half".to_owned(), Fraction)]
    );
    // A year after "in", and "overnight" on its own, are phrases of time too.
    assert!(answers("Sales fell by half in 2023.").contains(&("half".to_owned(), Fraction)));
    assert_eq!(
        answers("Shares fell by half overnight."),
        [("half".to_owned(), Fraction)]
    );
    // Not without a word that measures it, nor before a noun.
    assert_eq!(answers("He paid about half in cash."), []);
    assert_eq!(answers("It took half in the end."), []);
}

#[test]
fn a_unit_of_length_made_a_noun_is_a_length() {
    let all = found("She sank a 30-footer at the last and a six-footer before it.");
    let answers: Vec<&str> = all.iter().map(|(a, ..)| a.as_str()).collect();
    assert_eq!(answers, ["30", "six"], "{all:?}");
    // A weight or a count made a noun still names a kind of thing.
    assert!(found("He landed a 10-pounder.").is_empty());
}

#[test]
fn first_after_a_word_of_time_with_no_article_is_no_position() {
    use Class::*;
    use Hedge::*;
    // "since first light": the start of the day, no rank; the count stays.
    case(
        "Since first light, divers have pulled 14 crates from the harbour.",
        "14",
        Number,
        Some("crates"),
        Exact,
    );
    assert!(
        answers("The ferry will wait until first light to sail.").is_empty(),
        "until first light"
    );
    // With an article, or hyphened to its noun, "first" keeps its place.
    assert_eq!(
        answers("Since the first storm, the dunes have moved."),
        [("first".to_owned(), Ordinal)]
    );
}

#[test]
fn noon_before_the_noun_it_times_and_midnight_after_a_word_of_time_are_clock_times() {
    use Class::*;
    let (noon, value, _) = time_of("The mayor spoke at a noon briefing on Friday.");
    assert_eq!((noon.as_str(), value), ("noon", Value::Time(12 * 60)));
    let (midnight, value, forms) = time_of("The party went on past midnight in the square.");
    assert_eq!((midnight.as_str(), value), ("midnight", Value::Time(0)));
    assert!(forms.iter().any(|f| f == "00:00"), "{forms:?}");
    let (_, value, _) = time_of("Bars must close by midnight under the new rule.");
    assert_eq!(value, Value::Time(0));
    // The midnight sun, a Midnight Express and a noon-day meal time nothing.
    assert!(answers("Tourists came for the midnight sun.").is_empty());
    assert!(answers("They rode the Midnight Express at dawn.").is_empty());
    assert!(answers("We ate a noon-day meal.").is_empty());
    assert_eq!(
        answers("Crowds gathered at noon for the parade."),
        [("noon".to_owned(), Time)]
    );
}

#[test]
fn noon_and_midnight_time_the_noun_of_a_scheduled_thing_and_nothing_else() {
    use Class::*;
    // One rule for both words: before the noun of a thing held or due at a set time.
    for (text, word) in [
        (
            "Ministers face a midnight deadline on the levy.",
            "midnight",
        ),
        ("The town kept the midnight curfew all week.", "midnight"),
        ("The council called a noon meeting on the levy.", "noon"),
        (
            "Police gave a midnight press conference at the depot.",
            "midnight",
        ),
        ("Crowds waited By Noon outside the depot.", "Noon"),
    ] {
        assert_eq!(answers(text), [(word.to_owned(), Time)], "{text}");
    }
    // Weather, light and a name are timed by nothing.
    for text in [
        "Walkers rested out of the noon heat.",
        "Farmers worked under the noon sun.",
        "Tourists came for the midnight sun.",
        "They rode the Midnight Express at dawn.",
        "Critics praised the Midnight Rally album.",
    ] {
        assert!(answers(text).is_empty(), "{text}: {:?}", answers(text));
    }
}

#[test]
fn a_measure_hyphened_in_brackets_after_another_is_its_other_form() {
    use Class::*;
    use Hedge::*;
    // "(12-meter)" converts the "40-foot" before it; the noun after the bracket is the head.
    let all = found("Crews lifted a 40-foot (12-meter) mast onto the barge.");
    let values: Vec<(&str, Class, Option<&str>)> = all
        .iter()
        .map(|f| (f.0.as_str(), f.1, f.2.as_deref()))
        .collect();
    assert_eq!(
        values,
        [("40", Number, Some("feet")), ("12", Number, Some("meters"))]
    );
    case(
        "They moved a (30-kilometer) stretch of road.",
        "30",
        Number,
        Some("kilometers"),
        Exact,
    );
    // A kind of thing hyphened in brackets and ending them stays no count: "(a 3-pointer)".
    assert!(answers("He scored late (a 3-pointer).").is_empty());
    // In brackets of its own, the kind noun's head is looked for after the bracket: a function
    // word there, and it still names a kind ("(3-pointers) at the end"); a noun there, and
    // the bracket is another form of a measure and counts ("(30-kilometer) stretch" above).
    assert!(answers("She hit them late (3-pointers) at the end.").is_empty());
}

#[test]
fn one_hyphened_to_a_unit_it_counts_is_a_number() {
    use Class::*;
    use Hedge::*;
    case(
        "Berg took a one-stroke lead into the last round.",
        "one",
        Number,
        Some("strokes"),
        Exact,
    );
    case(
        "The club signed him on a one-year deal.",
        "one",
        Number,
        Some("years"),
        Exact,
    );
    // A one-off, a one-time fee and a one-sided game count nothing.
    assert!(answers("It was a one-off payment and a one-time fee.").is_empty());
    assert!(answers("It was a one-sided game.").is_empty());
}

#[test]
fn the_number_of_a_road_named_with_its_road_word_is_no_count() {
    let all = answers("Crews shut Highway 61 and State Route 14 after 9 trucks jackknifed.");
    for left in ["61", "14"] {
        assert!(all.iter().all(|(a, _)| a != left), "{left}: {all:?}");
    }
    assert!(all.iter().any(|(a, _)| a == "9"), "{all:?}");
    let all = answers("Traffic on Interstate 35 backed up for 12 miles.");
    assert!(all.iter().all(|(a, _)| a != "35"), "{all:?}");
    assert!(all.iter().any(|(a, _)| a == "12"), "{all:?}");
    // In lower case the word names no road: "the highway 40 times" counts.
    let all = answers("Inspectors drove the highway 40 times in May.");
    assert!(all.iter().any(|(a, _)| a == "40"), "{all:?}");
    // A unit of measure or "times" after it: the number measures or counts (review 175 3).
    let all = answers("The slide closed the Coast Highway 20 kilometres south of Ardmore.");
    assert!(all.iter().any(|(a, _)| a == "20"), "{all:?}");
    let all = answers("She has driven the Pacific Coast Highway 14 times since May.");
    assert!(all.iter().any(|(a, _)| a == "14"), "{all:?}");
    // A word of time after it says when: the number is still the road's (review 177 7).
    let all = answers("Crews reopened Highway 1 hours after the crash on Route 66 years ago.");
    assert!(all.iter().all(|(a, _)| a != "1" && a != "66"), "{all:?}");
}

#[test]
fn twelve_before_noon_or_midnight_is_that_clock_time() {
    let (twelve, value, _) = time_of("The new fares took effect from 12 midnight on Monday.");
    assert_eq!((twelve.as_str(), value), ("12 midnight", Value::Time(0)));
    let (twelve, value, _) = time_of("The vote closes at 12 noon on Friday.");
    assert_eq!((twelve.as_str(), value), ("12 noon", Value::Time(12 * 60)));
    // No other hour is so said, and no "12" is a count of midnights.
    assert!(
        !answers("The fares rose from 12 midnight.")
            .iter()
            .any(|(a, _)| a == "12"),
        "a bare 12"
    );
}

#[test]
fn noon_and_midnight_are_nudged_to_hours_on_the_clock() {
    for (text, answer) in [
        (
            "The new fares took effect from 12 midnight on Monday.",
            "12 midnight",
        ),
        ("The strike began at midnight on Monday.", "midnight"),
        ("The vote closes at 12 noon on Friday.", "12 noon"),
    ] {
        let facts = crate::draft::draft_all(text).facts;
        let fact = facts
            .iter()
            .find(|f| &*f.answer == answer)
            .unwrap_or_else(|| panic!("{answer}: {facts:?}"));
        assert!(!fact.distractors.is_empty(), "{answer}");
        for d in &fact.distractors {
            assert!(d.ends_with("a.m.") || d.ends_with("p.m."), "{answer}: {d}");
        }
    }
}

#[test]
fn a_multiple_is_a_count_of_times_where_it_measures_something() {
    for (text, answer) in [
        ("Rain fell at more than double the June average.", "double"),
        ("Sales rose to nearly triple that of May.", "triple"),
        (
            "Solar capacity grew almost tenfold in three years.",
            "tenfold",
        ),
    ] {
        let all = found(text);
        assert!(
            all.iter()
                .any(|(a, _, unit, _)| a == answer && unit.as_deref() == Some("times")),
            "{text}: {all:?}"
        );
    }
    // A kind of murder, a width of figures, a hit and a game of two a side are no multiples.
    for text in [
        "Police are treating it as a double murder.",
        "Prices saw a double-digit rise in May.",
        "Ruiz hit a triple in the ninth.",
        "She won the doubles title in May.",
        // Second reader, round i22a: an adjective and set phrases.
        "The problem facing hospitals is twofold: too few nurses and too little money.",
        "Lenders have adopted a threefold strategy.",
        "They chose to compromise rather than double down.",
        "Talks about double taxation stalled.",
        "Exporters warned about triple taxation.",
    ] {
        assert!(
            !found(text)
                .iter()
                .any(|(_, _, unit, _)| unit.as_deref() == Some("times")),
            "{text}"
        );
    }
}

#[test]
fn half_a_unit_is_a_share_of_the_unit() {
    // "by half a percentage point", "within half a second": half of a unit, as "a half-point
    // cut" is (the tuned keys give them; a wrong program leaves them out).
    use Class::*;
    for text in [
        "The bank cut its rate by half a percentage point on Tuesday.",
        "Benedetti got within half a second of the leader.",
        "The port is half an hour from the nearest freight hub.",
        "A draw is worth half a point.",
    ] {
        assert!(
            answers(text).contains(&("half".to_owned(), Fraction)),
            "{text}: {:?}",
            answers(text)
        );
    }
    // A part of something is no share: "the second half a year later" keeps its ordinal only.
    assert!(
        !answers("the other half a team had")
            .iter()
            .any(|(a, _)| a == "half")
    );
}

#[test]
fn a_whole_number_glued_to_a_fraction_sign_is_no_count() {
    // "4½" is four and a half; "4" alone would be a wrong answer (the twenty-ninth session's
    // reading of holdout42's "11 1/2 sacks"; the numbers are our own).
    for text in [
        "He has 4½ sacks this season.",
        "The trail runs 2¾ miles.",
        // The sixth second reader's: a space before the sign.
        "He has 4 ½ sacks and 30 tackles.",
    ] {
        let got = answers(text);
        assert!(
            !got.iter().any(|(a, _)| a == "4" || a == "2"),
            "{text}: {got:?}"
        );
    }
}
