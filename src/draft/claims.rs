//! Fact-check claims from drafted facts: a supported claim restates a sentence as the article
//! gives it; a refuted one puts another value of the same type and unit in its place, as FEVER
//! built its refuted claims, and only where the article rules that value out (an exact number,
//! date or day, not a hedged one or a name). No "not stated" claims: nothing in a sentence tells
//! what an article leaves out.

use super::facts::Drafted;
use crate::model::{Claim, Difficulty, SLOT, UNREVIEWED, Verdict};

/// A drafted claim and the fact it was made from.
#[derive(Debug, Clone)]
pub struct DraftedClaim {
    pub claim: Claim,
    /// Index of the fact in the drafted facts.
    pub from: usize,
}

/// The claims that can be made from `facts`: one supported claim a sentence, and a refuted one
/// for each fact whose value the article rules out.
pub fn claims(facts: &[Drafted]) -> Vec<DraftedClaim> {
    let mut out = Vec::new();
    let mut sentences = std::collections::HashSet::new();
    for (i, d) in facts.iter().enumerate() {
        let f = &d.fact;
        if d.dependent || d.dateline {
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
        if d.exclusive
            && allows_false
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
