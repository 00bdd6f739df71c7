//! A share written as a ratio of a part to a whole ("one in five", "7 out of 10") is one value,
//! the fraction, answered as written; the game takes it in the forms a player types.

use super::*;
use crate::check::Accepted;
use crate::model::AnswerType;

/// Every value of `text`: answer, value, aliases.
fn values(text: &str) -> Vec<(String, Value, Vec<String>)> {
    let p = Paragraph::new(0, text);
    let mut taken = vec![false; p.tokens.len()];
    numbers(&p, &mut taken, money_of(&p))
        .into_iter()
        .map(|f| (f.answer, f.value, f.aliases))
        .collect()
}

#[test]
fn a_share_written_as_a_ratio_is_one_fraction() {
    for (text, answer, part, whole) in [
        (
            "Almost one in five ferries on the lake now runs on batteries.",
            "one in five",
            1,
            5,
        ),
        (
            "The survey found 7 out of 10 tenants behind on rent.",
            "7 out of 10",
            7,
            10,
        ),
        (
            "Three in every eight orchards lost their blossom to frost.",
            "Three in every eight",
            3,
            8,
        ),
        (
            "Inspectors faulted 1 in 12 of the lifts they checked.",
            "1 in 12",
            1,
            12,
        ),
    ] {
        let all = values(text);
        let want: Vec<(String, Value)> = vec![(answer.into(), Value::Fraction(part, whole))];
        let got: Vec<(String, Value)> =
            all.iter().map(|(a, v, _)| (a.clone(), v.clone())).collect();
        // Neither side drafted as a count of its own.
        assert_eq!(got, want, "{text}");
    }
    // The game takes it as a player writes a share (the statement keeps no unit for it).
    let all = values("Almost one in five ferries on the lake now runs on batteries.");
    let (answer, _, aliases) = &all[0];
    let forms: Vec<String> = std::iter::once(answer.clone())
        .chain(aliases.clone())
        .collect();
    let accepted = Accepted::new(AnswerType::Thing, forms);
    for typed in [
        "one in five",
        "1 in 5",
        "a fifth",
        "one fifth",
        "20%",
        "1/5",
    ] {
        assert!(accepted.matches(typed), "{typed}");
    }
    for typed in ["one in four", "1 in 6", "5", "a quarter", "25%"] {
        assert!(!accepted.matches(typed), "{typed}");
    }
    let (_, _, aliases) = &values("Nearly 1 in 6 buses ran late.")[0];
    assert!(aliases.contains(&"16.7%".to_owned()) && aliases.contains(&"17%".to_owned()));
    let (_, _, aliases) = &values("Nearly 3 in 4 buses ran late.")[0];
    assert!(aliases.contains(&"three quarters".to_owned()) && aliases.contains(&"75%".to_owned()));
}

#[test]
fn no_share_without_a_whole_bigger_than_its_part() {
    // A year after "in", a whole no bigger than the part, a span of time, a score out of a top
    // mark, a percentage: the numbers stay as they were, and none is a fraction.
    for text in [
        "The firm hired 40 in 2019 and 55 the year after.",
        "It has 60 in 12 countries across the region.",
        "She finished in the top ten in three of her last five races.",
        "The striker scored 2 in 5 minutes before the break.",
        "Any driver rated below 3 out of 5 could be dropped.",
        "Prices rose 2 in 10% of the shops.",
    ] {
        let all = values(text);
        assert!(
            all.iter()
                .all(|(_, v, _)| !matches!(v, Value::Fraction(..))),
            "{text}: {all:?}"
        );
    }
    // The counts in them are still drafted.
    let all = values("The firm hired 40 in 2019 and 55 the year after.");
    assert!(all.iter().any(|(a, _, _)| a == "40"), "{all:?}");
    let all = values("It has 60 in 12 countries across the region.");
    assert!(all.iter().any(|(a, _, _)| a == "60"), "{all:?}");
}

#[test]
fn a_shares_wrong_options_are_shares_written_alike() {
    use crate::draft::distractors::distractors;
    use crate::draft::index::Index;
    for (text, like) in [
        ("Almost one in five ferries runs on batteries.", "one in "),
        (
            "The survey found 7 out of 10 tenants behind on rent.",
            " out of 10",
        ),
    ] {
        let p = Paragraph::new(0, text);
        let mut taken = vec![false; p.tokens.len()];
        let all = numbers(&p, &mut taken, money_of(&p));
        let options = distractors(&all[0], 0, &all, &Index::new(&all), "");
        assert_eq!(options.len(), 3, "{text}: {options:?}");
        assert!(
            options
                .iter()
                .all(|o| o.contains(like) && *o != all[0].answer),
            "{text}: {options:?}"
        );
    }
}

/// The wrong options of the share in `text`'s first value (its nudges).
fn share_options(text: &str) -> Vec<String> {
    let p = Paragraph::new(0, text);
    let mut taken = vec![false; p.tokens.len()];
    let all = numbers(&p, &mut taken, money_of(&p));
    assert!(
        matches!(all[0].value, Value::Fraction(..)),
        "{text}: {all:?}"
    );
    crate::draft::nudges::nudges(&all[0])
}

#[test]
fn a_shares_options_are_clearly_other_shares() {
    // "1 in 101" for "1 in 100" is the same share to any reader; "2 in 4" no one writes.
    let share = |o: &str| {
        let w: Vec<&str> = o.split_whitespace().collect();
        let n: f64 = w[0].parse().unwrap_or(1.0);
        let d: f64 = w[w.len() - 1].replace(',', "").parse().unwrap();
        n / d
    };
    let options = share_options("In all, 1 in 100 parcels went astray at the depot.");
    assert!(options.len() >= 3, "{options:?}");
    for o in &options {
        let ratio = share(o) / 0.01;
        assert!(
            !(0.9..=1.1).contains(&ratio),
            "{o} is too near 1 in 100: {options:?}"
        );
    }
    // Thousands keep their grouping: no "1 in 1001" beside "1 in 1,000".
    let options = share_options("The gauge failed 1 in 1,000 checks at the mill.");
    assert!(options.len() >= 3, "{options:?}");
    assert!(
        options
            .iter()
            .all(|o| !o.ends_with("1001") && !o.ends_with("999")),
        "{options:?}"
    );
    assert!(options.iter().any(|o| o.ends_with("2,000")), "{options:?}");
    let options = share_options("The crew fixed 3 in 4 of the broken lamps.");
    assert!(!options.contains(&"2 in 4".to_owned()), "{options:?}");
    // Counter-case: a share out of a round whole moves its part by ones, clearly apart.
    let options = share_options("The poll found 7 out of 10 renters behind on bills.");
    assert!(options.contains(&"6 out of 10".to_owned()), "{options:?}");
    assert!(options.contains(&"8 out of 10".to_owned()), "{options:?}");
    let options = share_options("Almost one in five ferries runs on batteries.");
    assert!(
        options.iter().all(|o| o.starts_with("one in ")),
        "{options:?}"
    );
}

/// The fractions of `text`, as (answer, part, whole).
fn fractions(text: &str) -> Vec<(String, u32, u32)> {
    values(text)
        .into_iter()
        .filter_map(|(a, v, _)| match v {
            Value::Fraction(n, d) => Some((a, n, d)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_share_out_of_a_whole_followed_by_a_verb_or_nothing_is_still_a_share() {
    // Review i18a 4: "Nine out of 10 said ..." drafted the two numbers apart.
    for (text, answer, n, d) in [
        (
            "Nine out of 10 said they would ride the tram again.",
            "Nine out of 10",
            9,
            10,
        ),
        (
            "Of the new nurses, 3 out of 5 were men.",
            "3 out of 5",
            3,
            5,
        ),
        ("The hatchery lost 4 out of 7.", "4 out of 7", 4, 7),
    ] {
        assert_eq!(fractions(text), vec![(answer.into(), n, d)], "{text}");
        // Neither number drafted alone.
        assert_eq!(values(text).len(), 1, "{text}: {:?}", values(text));
    }
}

#[test]
fn a_score_or_a_count_in_events_is_no_share() {
    // Review i18a 4 and 6: what is scored or counted in games is two numbers, no share.
    for (text, first, second) in [
        ("The inn was rated 4 out of 5 stars by guests.", "4", "5"),
        ("Her essay scored 28 out of 30 at the fair.", "28", "30"),
        ("The striker has scored 7 in 9 games this spring.", "7", "9"),
        ("The rebels mounted 2 in 3 attacks at night.", "2", "3"),
    ] {
        assert!(fractions(text).is_empty(), "{text}: {:?}", values(text));
        let answers: Vec<String> = values(text).into_iter().map(|(a, _, _)| a).collect();
        assert!(
            answers.contains(&first.to_owned()) && answers.contains(&second.to_owned()),
            "{text}: {answers:?}"
        );
    }
    // A capitalised number word in mid-sentence is a name's: "the charity One in Four".
    assert!(fractions("She gave to the charity One in Four last year.").is_empty());
    // Counter-cases: a share of people or seats stays a share.
    assert_eq!(
        fractions("The party won one in five seats in the north.").len(),
        1
    );
    assert_eq!(fractions("One in four voters stayed home.").len(), 1);
    // A quotation opens with its capital, after a colon too (round i29a).
    assert_eq!(
        fractions("The organiser said: “One in three of our drivers has quit.”"),
        [("One in three".to_owned(), 1, 3)]
    );
    assert_eq!(
        fractions("Her verdict: One in ten schools failed.").len(),
        1
    );
    // "every" makes a share of what would be counted: points, games (#15).
    assert_eq!(
        fractions("She won four out of every five points on her first serve."),
        [("four out of every five".to_owned(), 4, 5)]
    );
    // So does "in" before the part: a share of the occasions.
    assert_eq!(
        fractions("Sides winning the toss have batted first in four out of five Tests here."),
        [("four out of five".to_owned(), 4, 5)]
    );
}

#[test]
fn a_large_whole_is_part_of_the_share_and_no_year() {
    // Review i18a 7: the scale word or four digits took the share apart into two wrong facts.
    assert_eq!(
        fractions("The fault hits 1 in 10 million chips, the maker said."),
        vec![("1 in 10 million".into(), 1, 10_000_000)]
    );
    assert_eq!(
        fractions("The defect affects about 1 in 2000 births in the region."),
        vec![("1 in 2000".into(), 1, 2000)]
    );
    let all = values("The defect affects about 1 in 2000 births in the region.");
    assert_eq!(all.len(), 1, "{all:?}");
    // No percentage that rounds it into another share ("0%", "0.1%").
    let (_, _, aliases) = &all[0];
    assert!(aliases.iter().all(|a| !a.ends_with('%')), "{aliases:?}");
    let (_, _, aliases) = &values("It fails 1 in 1,000 times.")[0];
    assert!(aliases.contains(&"0.1%".to_owned()), "{aliases:?}");
    // Counter-case: a year after "in" stays a year.
    assert!(fractions("The firm hired 40 in 2019 and 55 the year after.").is_empty());
}

#[test]
fn a_record_of_successes_in_tries_is_one_share() {
    // holdout40's hockey report keyed "went 1-for-4 on the power play" as one share; these
    // sentences are our own.
    for (text, answer, part, whole) in [
        (
            "The Comets went 2-for-6 on the power play and killed all four penalties.",
            "2-for-6",
            2,
            6,
        ),
        (
            "“We were 0-for-5 last night,” the coach said.",
            "0-for-5",
            0,
            5,
        ),
        ("Okafor shot 9-of-14 from the field.", "9-of-14", 9, 14),
        ("She went 3-for-3, with a double.", "3-for-3", 3, 3),
        // Baseball bats and has innings too; only cricket's own words leave figures alone.
        (
            "Lee went 2-for-4 batting leadoff, with a double in the ninth inning.",
            "2-for-4",
            2,
            4,
        ),
    ] {
        let got = values(text);
        assert!(
            got.iter()
                .any(|(a, v, _)| a == answer && *v == Value::Fraction(part, whole)),
            "{text}: {got:?}"
        );
        // Neither number is a value of its own.
        let (p, w) = (part.to_string(), whole.to_string());
        assert!(
            got.iter().all(|(a, ..)| *a != p && *a != w),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_score_or_a_part_bigger_than_its_whole_is_no_record() {
    for text in [
        "The Comets won 2-6 on the road.",
        "He was listed as 5-for-3 in the box score, a misprint.",
        "The board approved a 1-for-10 reverse split of the stock.",
        "Holders get new stock in a 1-for-5 share consolidation.",
        // The first second reader of the twenty-seventh session: cricket figures, an
        // entitlement offer, a bonus issue, a replacement policy.
        "Starc finished with 4-for-52 from 18 overs.",
        "At stumps Australia were 3-for-120.",
        "The miner launched a 1-for-4 pro-rata entitlement at 50 cents a share.",
        "Holders receive a 1-for-10 bonus issue.",
        "The council approved a 1-for-1 replacement policy for trees felled in the city.",
    ] {
        let got = values(text);
        assert!(
            got.iter()
                .all(|(_, v, _)| !matches!(v, Value::Fraction(..))),
            "{text}: {got:?}"
        );
    }
}
