//! The lean on fact-check claims: accuracy per verdict (supported, refuted, not stated), and
//! whether the player leans towards calling claims false or calling them true.
//!
//! The rule. Among the claims answered with a verdict (right or wrong; not skipped, not late):
//! `sceptical` counts the claims that were not refuted (supported or not stated) that the player
//! called refuted; `trusting` counts the claims that were not supported (refuted or not stated)
//! that the player called supported. The player is **too sceptical** when `sceptical` is at least
//! 2, at least a quarter of the claims that were not refuted, and more than `trusting`; **too
//! trusting** the same way round. Otherwise there is no lean (calling a claim "not stated" that
//! the source settles is a miss, but a lean neither way). The sentence counts the claims so
//! misjudged, naming their verdict when they all had one: "you called 4 of 5 not-stated claims
//! refuted: too sceptical", "you called 3 of 4 supported or not-stated claims refuted".

use std::collections::BTreeMap;

use serde::Serialize;

use crate::engine::read_verdict;
use crate::model::Verdict;
use crate::question::Kind;
use crate::record::{Asked, Outcome};

use super::Tally;

/// At least this many misjudged claims, and this share of those that could have been, to name a
/// lean.
const LEAST: u32 = 2;
const LEAST_SHARE: f64 = 0.25;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Leaning {
    TooSceptical,
    TooTrusting,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Lean {
    /// Right of answered (skips count as answered) for each verdict the claims had.
    pub by_verdict: BTreeMap<&'static str, Tally>,
    /// Claims not refuted called refuted, and claims not supported called supported.
    pub sceptical: u32,
    pub trusting: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leaning: Option<Leaning>,
    /// The sentence that names the lean; none without one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentence: Option<String>,
}

/// What the player called each claim: `calls[truth][said]`, in `Verdict::ALL`'s order.
type Calls = [[u32; 3]; 3];

fn index(v: Verdict) -> usize {
    Verdict::ALL.iter().position(|&x| x == v).unwrap_or(0)
}

/// The lean of the claims among `questions`; `None` when no claim was answered.
pub fn lean<'a>(questions: impl IntoIterator<Item = &'a Asked>) -> Option<Lean> {
    let mut by_verdict: BTreeMap<&'static str, Tally> = BTreeMap::new();
    let mut calls: Calls = [[0; 3]; 3];
    for asked in questions {
        if asked.kind != Kind::Verdict || asked.result == Outcome::Unanswered {
            continue;
        }
        let Some(truth) = read_verdict(&asked.answer) else {
            continue;
        };
        by_verdict.entry(truth.name()).or_default().add(asked);
        let said = asked.given.as_deref().and_then(read_verdict);
        if let (Some(said), Outcome::Right | Outcome::Wrong) = (said, asked.result) {
            calls[index(truth)][index(said)] += 1;
        }
    }
    if by_verdict.is_empty() {
        return None;
    }
    let called = |said: Verdict, truths: [Verdict; 2]| -> u32 {
        truths.iter().map(|&t| calls[index(t)][index(said)]).sum()
    };
    let rows = |truths: [Verdict; 2]| -> u32 {
        truths
            .iter()
            .map(|&t| calls[index(t)].iter().sum::<u32>())
            .sum()
    };
    let not_refuted = [Verdict::NotStated, Verdict::Supported];
    let not_supported = [Verdict::NotStated, Verdict::Refuted];
    let sceptical = called(Verdict::Refuted, not_refuted);
    let trusting = called(Verdict::Supported, not_supported);
    let leans = |n: u32, other: u32, of: u32| {
        n >= LEAST && f64::from(n) >= LEAST_SHARE * f64::from(of) && n > other
    };
    let (leaning, sentence) = if leans(sceptical, trusting, rows(not_refuted)) {
        let said = Verdict::Refuted;
        let line = worst(&calls, said, not_refuted);
        (
            Some(Leaning::TooSceptical),
            Some(format!("{line}: too sceptical")),
        )
    } else if leans(trusting, sceptical, rows(not_supported)) {
        let said = Verdict::Supported;
        let line = worst(&calls, said, not_supported);
        (
            Some(Leaning::TooTrusting),
            Some(format!("{line}: too trusting")),
        )
    } else {
        (None, None)
    };
    Some(Lean {
        by_verdict,
        sceptical,
        trusting,
        leaning,
        sentence,
    })
}

/// "you called 4 of 5 not-stated claims refuted": the claims of `truths` called `said`, out of
/// those answered, named by their verdict when they all had one ("supported or not-stated"
/// when both).
fn worst(calls: &Calls, said: Verdict, truths: [Verdict; 2]) -> String {
    let name = |v: Verdict| match v {
        Verdict::NotStated => "not-stated",
        other => other.name(),
    };
    let called = |t: Verdict| calls[index(t)][index(said)];
    let answered = |t: Verdict| calls[index(t)].iter().sum::<u32>();
    let (n, of, what) = match truths.map(called) {
        [_, 0] => (
            called(truths[0]),
            answered(truths[0]),
            name(truths[0]).to_owned(),
        ),
        [0, _] => (
            called(truths[1]),
            answered(truths[1]),
            name(truths[1]).to_owned(),
        ),
        [a, b] => (
            a + b,
            answered(truths[0]) + answered(truths[1]),
            format!("{} or {}", name(truths[1]), name(truths[0])),
        ),
    };
    let s = if of == 1 { "" } else { "s" };
    format!("you called {n} of {of} {what} claim{s} {}", said.name())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A claim whose verdict is `truth`, answered `said` (`None`: skipped).
    fn claim(truth: &str, said: Option<&str>) -> Asked {
        let right = said.is_some_and(|s| read_verdict(s) == read_verdict(truth));
        Asked {
            event: "e".into(),
            id: "c".into(),
            kind: Kind::Verdict,
            answer_type: None,
            answer: truth.into(),
            given: Some(said.unwrap_or("skip").into()),
            result: match (said, right) {
                (None, _) => Outcome::Skipped,
                (_, true) => Outcome::Right,
                _ => Outcome::Wrong,
            },
            points: 0,
            overridden: false,
            confidence: None,
        }
    }

    fn planted(pattern: &[(&str, &str, usize)]) -> Lean {
        let claims: Vec<Asked> = pattern
            .iter()
            .flat_map(|&(truth, said, n)| vec![claim(truth, Some(said)); n])
            .collect();
        lean(&claims).unwrap()
    }

    #[test]
    fn calling_not_stated_claims_refuted_is_too_sceptical() {
        let l = planted(&[
            ("not stated", "r", 4),
            ("not stated", "n", 1),
            ("supported", "s", 3),
            ("refuted", "r", 3),
        ]);
        assert_eq!(l.leaning, Some(Leaning::TooSceptical));
        assert_eq!(
            l.sentence.as_deref(),
            Some("you called 4 of 5 not-stated claims refuted: too sceptical")
        );
        assert_eq!(
            l.by_verdict["not stated"],
            Tally {
                answered: 5,
                correct: 1
            }
        );
        assert_eq!(
            l.by_verdict["refuted"],
            Tally {
                answered: 3,
                correct: 3
            }
        );
    }

    #[test]
    fn calling_refuted_claims_supported_is_too_trusting() {
        let l = planted(&[
            ("refuted", "supported", 3),
            ("refuted", "r", 1),
            ("not stated", "true", 1),
            ("supported", "s", 2),
        ]);
        assert_eq!((l.sceptical, l.trusting), (0, 4));
        assert_eq!(l.leaning, Some(Leaning::TooTrusting));
        assert_eq!(
            l.sentence.as_deref(),
            Some("you called 4 of 5 refuted or not-stated claims supported: too trusting")
        );
    }

    #[test]
    fn the_sentence_names_the_one_verdict_misjudged_when_there_is_one() {
        let l = planted(&[
            ("supported", "r", 2),
            ("supported", "s", 1),
            ("refuted", "r", 2),
        ]);
        assert_eq!(
            l.sentence.as_deref(),
            Some("you called 2 of 3 supported claims refuted: too sceptical")
        );
        let l = planted(&[
            ("refuted", "s", 1),
            ("refuted", "r", 2),
            ("not stated", "s", 1),
        ]);
        assert_eq!(
            l.sentence.as_deref(),
            Some("you called 2 of 4 refuted or not-stated claims supported: too trusting")
        );
    }

    #[test]
    fn one_slip_or_an_even_mix_names_no_lean() {
        // One claim called refuted that was not: too few to name a lean.
        let l = planted(&[("supported", "r", 1), ("supported", "s", 4)]);
        assert_eq!((l.sceptical, l.leaning), (1, None));
        // As many each way.
        let l = planted(&[("supported", "r", 2), ("refuted", "s", 2)]);
        assert_eq!((l.sceptical, l.trusting, l.leaning), (2, 2, None));
        // Two of twelve is under a quarter.
        let l = planted(&[("supported", "r", 2), ("supported", "s", 10)]);
        assert_eq!(l.leaning, None);
        // "Not stated" for what the source settles is a miss, not a lean.
        let l = planted(&[("supported", "n", 3), ("refuted", "n", 3)]);
        assert_eq!((l.sceptical, l.trusting, l.leaning), (0, 0, None));
        assert_eq!(l.sentence, None);
    }

    #[test]
    fn skips_count_in_accuracy_and_not_in_the_lean() {
        let mut claims = vec![claim("supported", None); 3];
        claims.push(claim("supported", Some("r")));
        let l = lean(&claims).unwrap();
        assert_eq!(
            l.by_verdict["supported"],
            Tally {
                answered: 4,
                correct: 0
            }
        );
        assert_eq!((l.sceptical, l.leaning), (1, None));
        assert!(lean(&[]).is_none());
    }
}
