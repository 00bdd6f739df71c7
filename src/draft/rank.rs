//! Keeping the best drafted items (Heilman and Smith 2010: over-generate, then rank): specific,
//! checkable values first, sentences that stand on their own, spread over the article, one item
//! a sentence before a second, and as few items as can be whose sentence shows another item's
//! answer (a game must not show an answer before its question).

use std::collections::{HashMap, HashSet};

use super::claims::DraftedClaim;
use super::facts::Drafted;
use super::value::{Class, Found, Hedge};
use crate::model::Verdict;

/// What was kept: indexes into the drafted facts and claims.
#[derive(Debug, Default)]
pub struct Kept {
    pub facts: Vec<usize>,
    pub claims: Vec<usize>,
}

/// How much a fact is worth asking, before spreading.
fn fact_score(d: &Drafted, f: &Found) -> f64 {
    let mut score = match f.class {
        Class::Number if f.unit.is_some() => 3.0,
        Class::Number => 1.5,
        Class::Money | Class::Percent | Class::Date | Class::DayMonth => 3.0,
        Class::Year | Class::YearSpan | Class::MonthYear | Class::Person => 2.5,
        Class::Organisation | Class::Place | Class::Fraction | Class::Time | Class::Decade => 2.0,
        Class::Duration => 2.5,
        Class::Ordinal | Class::Weekday => 1.5,
    };
    if d.fact.question.is_some() {
        score += 0.5;
    }
    if f.hedge != Hedge::Exact {
        score -= 0.5;
    }
    if f.quoted {
        score -= 1.0;
    }
    if d.dependent {
        score -= 2.0;
    }
    if d.counted_off {
        score -= 3.0;
    }
    if d.dateline {
        score -= 1.0;
    }
    if d.fact.statement.len() > 300 {
        score -= 1.0;
    }
    score + 0.2 * d.fact.distractors.len() as f64
}

fn claim_score(c: &DraftedClaim) -> f64 {
    match c.claim.verdict {
        Verdict::Refuted => 2.5,
        _ => 2.0,
    }
}

enum Item {
    Fact(usize),
    /// A claim, and whether it is refuted.
    Claim(usize, bool),
}

/// An item that may be kept: its score before spreading, its sentence, its answer's value.
struct Candidate {
    item: Item,
    score: f64,
    at: (usize, usize),
    value: String,
}

/// What has been kept so far, for spreading the next item.
#[derive(Default)]
struct Spread {
    sentences: HashMap<(usize, usize), usize>,
    paragraphs: HashMap<usize, usize>,
    answers: HashSet<String>,
    /// Supported and refuted claims kept.
    verdicts: [usize; 2],
}

impl Spread {
    /// The candidate's score, less what it would repeat: its sentence, its paragraph, an answer
    /// already kept, answers its sentence shows. `None` when it may not be kept now.
    fn adjusted(
        &self,
        c: &Candidate,
        shown: &HashMap<(usize, usize), HashSet<String>>,
    ) -> Option<f64> {
        // Two items a sentence at most: a short article gives fewer items rather than the same
        // sentence three times over.
        let in_sentence = self.sentences.get(&c.at).copied().unwrap_or(0);
        if in_sentence >= 2 {
            return None;
        }
        if let Item::Claim(_, refuted) = c.item {
            let (mine, other) = (
                self.verdicts[usize::from(refuted)],
                self.verdicts[usize::from(!refuted)],
            );
            if mine > other + 1 {
                return None;
            }
        }
        let overlap = shown.get(&c.at).map_or(0, |values| {
            values.iter().filter(|v| self.answers.contains(*v)).count()
        });
        Some(
            c.score
                - 3.0 * in_sentence as f64
                - 0.7 * self.paragraphs.get(&c.at.0).copied().unwrap_or(0) as f64
                - if self.answers.contains(&c.value) {
                    2.0
                } else {
                    0.0
                }
                - 0.8 * overlap as f64,
        )
    }

    fn keep(&mut self, c: &Candidate) {
        *self.sentences.entry(c.at).or_default() += 1;
        *self.paragraphs.entry(c.at.0).or_default() += 1;
        self.answers.insert(c.value.clone());
        if let Item::Claim(_, refuted) = c.item {
            self.verdicts[usize::from(refuted)] += 1;
        }
    }
}

/// The best `max` items of `facts` and `claims`, two a sentence at most (so fewer for a short
/// article); every one when `max` is `usize::MAX` (to measure what drafting finds).
pub fn select(facts: &[Drafted], claims: &[DraftedClaim], found: &[Found], max: usize) -> Kept {
    if max == usize::MAX {
        return Kept {
            facts: (0..facts.len()).collect(),
            claims: (0..claims.len()).collect(),
        };
    }
    // The values each sentence shows, to see which items would show another's answer.
    let mut shown: HashMap<(usize, usize), HashSet<String>> = HashMap::new();
    for f in found {
        shown
            .entry((f.paragraph, f.sentence))
            .or_default()
            .insert(f.value.key());
    }
    let candidate = |item: Item, score: f64, d: &Drafted| Candidate {
        item,
        score,
        at: (d.paragraph, d.sentence),
        value: found[d.found].value.key(),
    };
    let mut candidates: Vec<Candidate> = facts
        .iter()
        .enumerate()
        .map(|(i, d)| candidate(Item::Fact(i), fact_score(d, &found[d.found]), d))
        .collect();
    candidates.extend(claims.iter().enumerate().map(|(i, c)| {
        let refuted = c.claim.verdict == Verdict::Refuted;
        candidate(Item::Claim(i, refuted), claim_score(c), &facts[c.from])
    }));
    // About one item in five is a claim: enough for a few verdicts in a game, few enough that
    // the facts (three kinds of question each) stay most of it.
    let claim_share = (max / 5).max(1);
    let mut kept = Kept::default();
    let mut spread = Spread::default();
    let mut taken = vec![false; candidates.len()];
    while kept.facts.len() + kept.claims.len() < max {
        // A claim's turn: every fifth item, while claims are left.
        let count = kept.facts.len() + kept.claims.len() + 1;
        let claims_left = candidates
            .iter()
            .zip(&taken)
            .any(|(c, t)| !t && matches!(c.item, Item::Claim(..)));
        let claims_due = claims_left && kept.claims.len() * max < claim_share * count;
        let claims_full = kept.claims.len() >= claim_share;
        let best = candidates
            .iter()
            .enumerate()
            .filter(|(k, c)| match c.item {
                _ if taken[*k] => false,
                Item::Fact(_) => !claims_due || claims_full,
                Item::Claim(..) => !claims_full,
            })
            .filter_map(|(k, c)| spread.adjusted(c, &shown).map(|score| (k, score)))
            .fold(None, |best: Option<(usize, f64)>, (k, score)| match best {
                Some((_, b)) if b >= score => best,
                _ => Some((k, score)),
            });
        let Some((k, _)) = best else { break };
        taken[k] = true;
        spread.keep(&candidates[k]);
        match candidates[k].item {
            Item::Fact(i) => kept.facts.push(i),
            Item::Claim(i, _) => kept.claims.push(i),
        }
    }
    kept.facts.sort_unstable();
    kept.claims.sort_unstable();
    kept
}
