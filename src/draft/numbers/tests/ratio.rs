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
        let options = distractors(0, &all, &Index::new(&all), "");
        assert_eq!(options.len(), 3, "{text}: {options:?}");
        assert!(
            options
                .iter()
                .all(|o| o.contains(like) && *o != all[0].answer),
            "{text}: {options:?}"
        );
    }
}
