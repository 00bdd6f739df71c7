//! How a reader of a race report reads its timing: gaps and stops in seconds glued to an "s",
//! positions and stops said as "second", and a penalty of so many seconds.

use super::*;

#[test]
fn digits_glued_to_an_s_are_seconds_where_no_decade_or_age_can_be_meant() {
    use Class::*;
    use Hedge::*;
    case(
        "She won the stage by 3.6s.",
        "3.6",
        Number,
        Some("s"),
        Exact,
    );
    case(
        "His stop took 2.95s in the end.",
        "2.95",
        Number,
        Some("s"),
        Exact,
    );
    // Whole seconds, when a word of a gap or a time follows.
    case(
        "He rejoined some 40s down on the pack.",
        "40",
        Number,
        Some("s"),
        Approximate,
    );
    case("She took a 10s penalty.", "10", Number, Some("s"), Exact);
    // "sec", as British sports pages write it (#15).
    case(
        "He won by 4.321sec from his teammate.",
        "4.321",
        Number,
        Some("sec"),
        Exact,
    );
    case(
        "She finished 12sec behind.",
        "12",
        Number,
        Some("sec"),
        Exact,
    );
    // An age or a decade, or whole digits with no gap after them, are no seconds.
    assert!(found("He is in his 40s down south.").is_empty());
    assert!(found("Rents in the 90s behind the station fell.").is_empty());
    assert!(found("Both 40s were sold.").is_empty());
    // Something glued after the "s" makes it another thing.
    assert!(found("It used 3.5s-class tyres.").is_empty());
}

#[test]
fn the_game_takes_seconds_glued_spelt_out_or_bare() {
    use crate::check::Accepted;
    use crate::model::AnswerType;
    let accepted = Accepted {
        unit: Some("s".into()),
        ..Accepted::new(AnswerType::Number, vec!["3.6".into()])
    };
    for typed in ["3.6", "3.6s", "3.6 seconds", "3.6 secs"] {
        assert!(accepted.matches(typed), "{typed}");
    }
    for typed in ["3.7", "36", "3.6 minutes"] {
        assert!(!accepted.matches(typed), "{typed}");
    }
    // The same with the unit written "sec" (#15).
    let accepted = Accepted {
        unit: Some("sec".into()),
        ..Accepted::new(AnswerType::Number, vec!["4.321".into()])
    };
    for typed in ["4.321", "4.321s", "4.321 seconds", "4.321sec"] {
        assert!(accepted.matches(typed), "{typed}");
    }
    assert!(!accepted.matches("4.321 minutes"));
}

#[test]
fn second_hyphened_after_a_count_is_its_unit_of_time() {
    use Class::*;
    use Hedge::*;
    case(
        "He was given a ten-second penalty.",
        "ten",
        Number,
        Some("seconds"),
        Exact,
    );
    // An ordinal of tens and "second" is one number; a position name of two number words stays
    // none.
    case(
        "It was the twenty-second day.",
        "twenty-second",
        Ordinal,
        Some("day"),
        Exact,
    );
    assert!(found("She plays at first-five.").is_empty());
}

#[test]
fn second_is_a_position_or_the_one_after_the_first_where_no_count_of_time_fits() {
    use Class::*;
    use Hedge::*;
    let ordinal = |text: &str, unit: Option<&str>| case(text, "second", Ordinal, unit, Exact);
    ordinal("Kovac's second serve was slow.", Some("serve"));
    ordinal("The riders’ second lap was wet.", Some("lap"));
    ordinal("She finished second at Hamar.", None);
    ordinal("He settled for second, again.", None);
    ordinal("It climbed to second in the table.", None);
    ordinal("They made a costly second change.", Some("change"));
    // A second of time: counted, or after a word that counts time, or before a comparison or
    // a gap.
    for text in [
        "It lasted a second or so.",
        "He was a full second quicker.",
        "She was a split second late.",
        "He lost a precious second there.",
        "He was a second behind.",
        "Wait for a second, she said.",
        "She seemed to second the motion.",
        "He came to second-guess it.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}
#[test]
fn a_lap_time_in_minutes_and_seconds_with_decimals_is_one_duration() {
    let all = found("Her best lap was a 1m29.407s, and 2min05.3sec later she pitted.");
    let laps: Vec<(&str, Class)> = all.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        laps,
        [
            ("1m29.407s", Class::Duration),
            ("2min05.3sec", Class::Duration)
        ]
    );
    // With a space after the minutes, as The Guardian writes a lap (#15).
    let spaced = found("He set the fastest lap, 1min 46.902sec, on lap 38.");
    assert_eq!(
        (spaced[0].0.as_str(), spaced[0].1),
        ("1min 46.902sec", Class::Duration)
    );
    let swim = found("She touched in 1:52.34, a national record.");
    assert_eq!(
        (swim[0].0.as_str(), swim[0].1),
        ("1:52.34", Class::Duration)
    );
    // Seconds of 60 or more, no decimals, money, or more glued after: no lap time.
    for text in [
        "a lap of 1m61.204s.",
        "a lap of 1m31s.",
        "it cost $1m31.5s.",
        "a 1m31.204s-long lap",
    ] {
        assert!(
            found(text).iter().all(|f| f.1 != Class::Duration),
            "{text}: {:?}",
            found(text)
        );
    }
}

#[test]
fn minutes_and_seconds_before_a_word_of_a_gap_are_a_duration() {
    for (text, written, seconds) in [
        ("She came home 1:27 behind the winner.", "1:27", 87),
        ("He lies 3:05 down on the race leader.", "3:05", 185),
        ("The Dane sits at 2:18 overall.", "2:18", 138),
    ] {
        let p = Paragraph::new(0, text);
        let mut taken = vec![false; p.tokens.len()];
        let all = numbers(&p, &mut taken, money_of(&p));
        assert_eq!(all.len(), 1, "{text}");
        assert_eq!(all[0].answer, written, "{text}");
        assert_eq!(all[0].class, Class::Duration, "{text}");
        assert_eq!(all[0].value, Value::Duration(seconds), "{text}");
    }
    // A clock time stays one, also after a word that places a moment.
    assert_eq!(one("The stage began at 1:15 p.m.").1, Class::Time);
    for text in [
        "Doors open at 7:30 ahead of the evening show.",
        "Trading resumed at 9:30 back on the floor.",
    ] {
        let p = Paragraph::new(0, text);
        let mut taken = vec![false; p.tokens.len()];
        let all = numbers(&p, &mut taken, money_of(&p));
        assert!(all.iter().all(|n| n.class != Class::Duration), "{text}");
    }
}

#[test]
fn a_time_spelt_out_to_the_second_is_one_length_of_time() {
    use Class::*;
    use Hedge::*;
    let duration = |text: &str| {
        let p = Paragraph::new(0, text);
        let mut taken = vec![false; p.tokens.len()];
        numbers(&p, &mut taken, money_of(&p))
            .into_iter()
            .map(|f| (f.answer, f.class, f.value))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        duration("The lift took 12 minutes and 35 seconds to reach the roof."),
        [(
            "12 minutes and 35 seconds".to_owned(),
            Duration,
            Value::Duration(755)
        )]
    );
    assert_eq!(
        duration("Rescuers arrived in six minutes and forty-one seconds."),
        [(
            "six minutes and forty-one seconds".to_owned(),
            Duration,
            Value::Duration(401)
        )]
    );
    assert_eq!(
        duration("The vote lasted 1 hour, 4 minutes and 7 seconds."),
        [(
            "1 hour, 4 minutes and 7 seconds".to_owned(),
            Duration,
            Value::Duration(3847)
        )]
    );
    // Two counts of one unit, a part of 60 or more, or no seconds: no such span.
    assert_eq!(
        found("They waited 40 minutes and 15 minutes more."),
        [
            ("40".to_owned(), Number, Some("minutes".to_owned()), Exact),
            ("15".to_owned(), Number, Some("minutes".to_owned()), Exact)
        ]
    );
    assert_eq!(found("It took 3 minutes and 75 seconds.").len(), 2);
    assert_eq!(found("The final lasted two hours and 17 minutes.").len(), 2);
}

#[test]
fn a_comma_and_and_join_two_times_not_the_parts_of_one() {
    use Class::*;
    // ", and" opens a new clause: two separate times, not one of 23 minutes 40 seconds.
    let all = found("He scored after 23 minutes, and 40 seconds later he added another.");
    assert!(all.iter().all(|f| f.1 != Duration), "{all:?}");
    assert_eq!(
        all.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(),
        ["23", "40"]
    );
    // A list of three parts keeps its comma, with or without one before its "and".
    for text in [
        "The vote lasted 2 hours, 5 minutes and 3 seconds.",
        "The vote lasted 2 hours, 5 minutes, and 3 seconds.",
    ] {
        let all = found(text);
        assert_eq!(all.len(), 1, "{text}");
        assert_eq!(all[0].1, Duration, "{text}");
    }
}

#[test]
fn a_bare_hour_opening_a_range_of_times_is_a_time_of_the_same_half_of_day() {
    let times = |text: &str| {
        let p = Paragraph::new(0, text);
        let mut taken = vec![false; p.tokens.len()];
        numbers(&p, &mut taken, money_of(&p))
            .into_iter()
            .map(|f| (f.answer, f.class, f.value))
            .collect::<Vec<_>>()
    };
    let all = times("The pantry opens between about 4 and 7 p.m. on weekdays.");
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(all[0].1, Class::Time, "{all:?}");
    assert_eq!(all[0].2, Value::Time(16 * 60), "{all:?}");
    let all = times("Divers searched from 9 to 11 a.m. near the pier.");
    assert_eq!(all[0].1, Class::Time, "{all:?}");
    assert_eq!(all[0].2, Value::Time(9 * 60), "{all:?}");
    // Across noon the first end's half is unsure: neither a time nor a count of eleven.
    let all = times("The road closed between 11 and 2 p.m. for repairs.");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].2, Value::Time(14 * 60), "{all:?}");
    // A count before "to" and a time that says no half stays a count.
    let all = times("Turnout rose from 6 to 8 percent.");
    assert!(
        all.iter().all(|(_, class, _)| *class != Class::Time),
        "{all:?}"
    );
}

#[test]
fn a_distance_before_a_time_is_no_lap() {
    // Second reader of round i26c, finding 10: only "min" takes a space before the seconds.
    assert!(
        found("Bolt's 200m 19.19sec world record still stands.")
            .iter()
            .all(|f| f.1 != Class::Duration)
    );
}

#[test]
fn the_game_takes_kmph_as_kilometres_per_hour() {
    // Second reader of round i26c, finding 9.
    use crate::check::Accepted;
    use crate::model::AnswerType;
    let accepted = Accepted {
        unit: Some("kmph".into()),
        ..Accepted::new(AnswerType::Number, vec!["105".into()])
    };
    for typed in [
        "105",
        "105kmph",
        "105 km/h",
        "105 kph",
        "105 kilometres per hour",
    ] {
        assert!(accepted.matches(typed), "{typed}");
    }
    assert!(!accepted.matches("105 mph"));
}
