//! Dates in one sentence keep their order in the options and the false claims a player gets: a
//! wrong start after the end ("between March 2024 and September 2022") or a wrong day past the
//! end of its window reads as a slip, not a claim to check (the fourth blind audit of drafted
//! quizzes, tests/fixtures/audit/drafts30).

use super::*;
use crate::check::date::month_number;
use crate::model::{Fact, Verdict};

const ARTICLE: &str =
    "The scam ran between April 2019 and June 2019, the court in Leeds heard on Friday.

The first teams reached the top on May 11, and that window held until May 12, the ministry said.

The mill opened in 1998 and shut in 1999, after a fire in its east wing.

Sales rose 12% in March, the company said on Tuesday, June 2, 2026.";

fn fact<'a>(file: &'a QuestionFile, answer: &str) -> &'a Fact {
    file.facts
        .iter()
        .find(|f| f.answer == answer)
        .unwrap_or_else(|| panic!("no fact {answer:?}"))
}

/// Where a date written "April 2019", "May 11" or "1998" stands, to compare with another so
/// written.
fn rank(text: &str) -> u32 {
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        [month, n] => {
            let month = month_number(&month.trim_end_matches('.').to_lowercase())
                .unwrap_or_else(|| panic!("{text}"));
            let n: u32 = n
                .trim_end_matches(|c: char| c.is_alphabetic())
                .parse()
                .unwrap();
            if n > 31 {
                n * 12 + month
            } else {
                month * 32 + n
            }
        }
        [year] => year.parse().unwrap(),
        _ => panic!("cannot read {text:?}"),
    }
}

#[test]
fn a_date_s_wrong_options_stay_on_its_side_of_the_other_date_in_its_sentence() {
    let file = draft_all(ARTICLE);
    for (answer, other, before) in [
        ("April 2019", "June 2019", true),
        ("June 2019", "April 2019", false),
        ("May 11", "May 12", true),
        ("May 12", "May 11", false),
        ("1998", "1999", true),
        ("1999", "1998", false),
    ] {
        let f = fact(&file, answer);
        assert!(!f.distractors.is_empty(), "{f:?}");
        for d in &f.distractors {
            assert_eq!(
                rank(d) < rank(other),
                before,
                "{d} for {answer} is on the wrong side of {other}: {f:?}"
            );
        }
    }
}

#[test]
fn no_false_claim_puts_a_start_after_its_end() {
    let file = draft_all(ARTICLE);
    let refuted: Vec<&str> = file
        .claims
        .iter()
        .filter(|c| c.verdict == Verdict::Refuted && c.claim.contains("between"))
        .map(|c| c.claim.as_str())
        .collect();
    assert!(!refuted.is_empty(), "{:?}", file.claims);
    for claim in refuted {
        let between = claim.split("between ").nth(1).unwrap();
        let (start, rest) = between.split_once(" and ").unwrap();
        let end = rest.split(',').next().unwrap();
        assert!(rank(start) < rank(end), "{claim}");
    }
}

#[test]
fn a_date_kept_before_another_still_has_three_options() {
    // The second reader: the steps mostly went forward, so the earlier of two close dates kept
    // two options and lost its multiple choice (round i31b).
    let article = "Crime fell between 2010 and 2015, the report said.\n\nThe strike began on Jan. 8 and ended on Jan. 9, the union said.\n\nThe plant closed in March 2020 and reopened in April 2020.\n\nVoting began on Nov. 5, 2024, and the result was declared on Nov. 6, 2024.";
    let file = draft_all(article);
    for answer in ["2010", "Jan. 8", "March 2020", "Nov. 5, 2024"] {
        let f = fact(&file, answer);
        assert!(f.distractors.len() >= 3, "{f:?}");
    }
}
