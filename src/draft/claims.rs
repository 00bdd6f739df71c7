//! Fact-check claims from drafted facts: a supported claim restates a sentence as the article
//! gives it; a refuted one puts another value of the same type and unit in its place, as FEVER
//! built its refuted claims, and only where the article rules that value out (an exact number,
//! date or day, not a hedged one or a name). No "not stated" claims: nothing in a sentence tells
//! what an article leaves out. No claim is made of a credit line ("(Reporting by …)"), which
//! states nothing to check, nor of a sentence that speaks of someone only by a pronoun (issue
//! 15's fourth audit), and no false one of a share of a whole whose shares add up to 100, which
//! would show its own falsity by arithmetic (the second audit).

use super::facts::Drafted;
use super::value::{Class, Found, Value};
use crate::model::{Claim, Difficulty, SLOT, UNREVIEWED, Verdict};
use crate::normalize;

/// A drafted claim and the fact it was made from.
#[derive(Debug, Clone)]
pub struct DraftedClaim {
    pub claim: Claim,
    /// Index of the fact in the drafted facts.
    pub from: usize,
}

/// The claims that can be made from `facts`: one supported claim a sentence, and a refuted one
/// for each fact whose value the article rules out.
pub fn claims(facts: &[Drafted], found: &[Found]) -> Vec<DraftedClaim> {
    let mut out = Vec::new();
    let mut sentences = std::collections::HashSet::new();
    for (i, d) in facts.iter().enumerate() {
        let f = &d.fact;
        if d.dependent || d.dateline || credit_line(&d.evidence) || nameless(&d.evidence) {
            continue;
        }
        let paragraph = f.paragraphs[0];
        if sentences.insert((d.paragraph, d.sentence)) {
            out.push(DraftedClaim {
                claim: Claim {
                    id: format!("{}-supported", f.id),
                    claim: d.evidence.clone(),
                    verdict: Verdict::Supported,
                    difficulty: Difficulty::Easy,
                    tags: vec![UNREVIEWED.to_owned()],
                    paragraphs: vec![paragraph],
                    explanation: format!("Paragraph {paragraph} says so in these words."),
                },
                from: i,
            });
        }
        let allows_false = f
            .kinds
            .as_ref()
            .is_none_or(|k| k.contains(&crate::model::FactKind::Truefalse));
        // Nor of a count its sentence counts off: "three tranches, the first ... and the second"
        // refutes itself.
        if d.exclusive
            && allows_false
            && !d.counted_off
            && !shares_of_a_whole(found, d.found)
            && let Some(other) = f.distractors.first()
        {
            let slots = f.statement.matches(SLOT).count();
            out.push(DraftedClaim {
                claim: Claim {
                    id: format!("{}-refuted", f.id),
                    claim: f.fill(other),
                    verdict: Verdict::Refuted,
                    difficulty: Difficulty::Medium,
                    tags: vec![UNREVIEWED.to_owned()],
                    paragraphs: vec![paragraph],
                    explanation: format!(
                        "Paragraph {paragraph} gives {}, not {other}{}: {}",
                        f.answer,
                        if slots > 1 { " (in both places)" } else { "" },
                        d.evidence
                    ),
                },
                from: i,
            });
        }
    }
    out
}

/// A sentence of fewer than three words outside brackets: a credit line ("(Reporting by Ann Lee
/// in Oslo; Editing by Tom Holm)", "ab/cd (dpa, AFP)"), not a statement.
fn credit_line(sentence: &str) -> bool {
    let mut depth = 0usize;
    let outside: String = sentence
        .chars()
        .filter(|&c| match c {
            '(' => {
                depth += 1;
                false
            }
            ')' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect();
    normalize::words(&outside).len() < 3
}

/// Whether a sentence speaks of someone only by a pronoun and names no one ("The jury cleared
/// her of one count of fraud."): as a claim, whose acquittal it asserts cannot be told (the
/// fourth blind audit). "They", "them" and "their" are left alone: they are as often a group the
/// sentence names in lower case ("450 beds, 50 of them", second reader).
fn nameless(sentence: &str) -> bool {
    let words: Vec<&str> = sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let someone = words.iter().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "he" | "she" | "him" | "her" | "his"
        )
    });
    // A day's or a month's capital names no one ("on Tuesday").
    let capital = |w: &str| {
        w.starts_with(char::is_uppercase)
            && crate::check::date::weekday_index(w).is_none()
            && crate::check::date::month_number(&w.to_lowercase()).is_none()
    };
    // The first word's capital is the sentence's: a name ("Sunak said he") unless a small word,
    // an adverb or a group's noun ("The jury", "Meanwhile, he", "Police said he", "Prosecutors
    // said she") (second readers).
    let first_names = words.first().is_some_and(|w| {
        let lower = w.to_lowercase();
        capital(w)
            && !crate::draft::value::is_function_word(&lower)
            && !crate::draft::lexicon::plural_shape(&lower)
            && !lower.ends_with("ly")
            && !matches!(
                lower.as_str(),
                "police"
                    | "staff"
                    | "people"
                    | "meanwhile"
                    | "however"
                    | "yesterday"
                    | "today"
                    | "tomorrow"
                    | "earlier"
                    | "later"
                    | "but"
                    | "when"
                    | "while"
                    | "after"
                    | "before"
                    | "then"
                    | "still"
                    | "now"
                    | "last"
                    | "next"
                    | "once"
                    | "since"
                    | "although"
                    | "though"
                    | "because"
                    | "if"
                    | "so"
                    | "yet"
                    | "instead"
                    | "also"
            )
    });
    let named = first_names || words.iter().skip(1).any(|w| capital(w));
    someone && !named
}

/// Whether the percentage `found[i]` is one of two or more in its sentence that add up to 100
/// (give or take rounding): "61% backed the plans, 33% opposed them and 6% were undecided".
pub(super) fn shares_of_a_whole(found: &[Found], i: usize) -> bool {
    let f = &found[i];
    if f.class != Class::Percent {
        return false;
    }
    let shares: Vec<f64> = found
        .iter()
        .filter(|g| {
            g.paragraph == f.paragraph && g.sentence == f.sentence && g.class == Class::Percent
        })
        .filter_map(|g| match g.value {
            Value::Number(v) => Some(v),
            _ => None,
        })
        .collect();
    shares.len() >= 2 && (shares.iter().sum::<f64>() - 100.0).abs() <= 1.0
}

#[cfg(test)]
mod tests {
    use crate::draft::draft_all;
    use crate::model::{Claim, Verdict};

    fn claims(text: &str) -> Vec<Claim> {
        draft_all(text).claims
    }

    #[test]
    fn a_share_of_a_whole_is_never_asked_true_or_false() {
        // A wrong program fills "_____% opposed it" with a nudge: the shares beside it no longer
        // add up to 100 and give the false version away (review 173).
        let text = "Of the 900 members polled, 58% backed the merger, 37% opposed it and 5% did not answer.";
        let facts = draft_all(text).facts;
        let share = |answer: &str| facts.iter().find(|f| f.answer.as_str() == answer);
        assert!(share("37").is_some_and(|f| !f.exclusive), "{facts:?}");
        assert!(share("900").is_some_and(|f| f.exclusive), "{facts:?}");
    }

    #[test]
    fn no_false_share_of_a_whole_that_adds_up_to_100() {
        // A wrong program swaps 58% for a nudge, and the shares no longer add up to 100.
        let all = claims(
            "Of the 900 members polled, 58% backed the merger, 37% opposed it and 5% did not answer.",
        );
        let refuted: Vec<&str> = all
            .iter()
            .filter(|c| c.verdict == Verdict::Refuted)
            .map(|c| c.claim.as_str())
            .collect();
        assert!(
            refuted
                .iter()
                .all(|c| c.contains("58% backed the merger, 37% opposed it and 5%")),
            "{refuted:?}"
        );
        assert!(
            !refuted.is_empty(),
            "the count of members may still be falsified"
        );
        // Shares that do not add up to 100 may be falsified.
        let all = claims("Sales rose 12% in March and 7% in April, the company said.");
        assert!(all.iter().any(|c| c.verdict == Verdict::Refuted));
    }

    #[test]
    fn no_claim_is_made_of_a_credit_line() {
        let text = "The Tarn bridge reopened on Monday after 14 weeks of repairs.\n\n(Reporting by Mei Tanaka in Toulouse; Editing by Paul Okafor)\n\nkt/mo (AFP, dpa)";
        let all = claims(text);
        assert!(all.iter().any(|c| c.claim.contains("Tarn bridge")));
        assert!(
            all.iter()
                .all(|c| !c.claim.contains("Reporting") && !c.claim.contains("AFP")),
            "{all:?}"
        );
    }
}
