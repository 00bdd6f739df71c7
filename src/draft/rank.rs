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
        Class::Organisation | Class::Place | Class::Fraction | Class::Time => 2.0,
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
    Claim(usize),
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
    let mut candidates: Vec<(Item, f64, (usize, usize), String)> = Vec::new();
    for (i, d) in facts.iter().enumerate() {
        let f = &found[d.found];
        candidates.push((
            Item::Fact(i),
            fact_score(d, f),
            (d.paragraph, d.sentence),
            f.value.key(),
        ));
    }
    for (i, c) in claims.iter().enumerate() {
        let d = &facts[c.from];
        candidates.push((
            Item::Claim(i),
            claim_score(c),
            (d.paragraph, d.sentence),
            found[d.found].value.key(),
        ));
    }
    // About one item in five is a claim: enough for a few verdicts in a game, few enough that
    // the facts (three kinds of question each) stay most of it.
    let claim_share = (max / 5).max(1);
    let mut kept = Kept::default();
    let mut used_sentences: HashMap<(usize, usize), usize> = HashMap::new();
    let mut used_paragraphs: HashMap<usize, usize> = HashMap::new();
    let mut answers: HashSet<String> = HashSet::new();
    let mut taken = vec![false; candidates.len()];
    let mut verdicts = [0usize; 2];
    while kept.facts.len() + kept.claims.len() < max {
        let mut best: Option<(usize, f64)> = None;
        // A claim's turn: every fifth item, while claims are left.
        let count = kept.facts.len() + kept.claims.len() + 1;
        let claims_due =
            kept.claims.len() < claim_share && kept.claims.len() * max < claim_share * count;
        let claims_left = candidates
            .iter()
            .zip(&taken)
            .any(|((item, ..), t)| !t && matches!(item, Item::Claim(_)));
        for (k, (item, score, at, value)) in candidates.iter().enumerate() {
            if taken[k] || (claims_due && claims_left && matches!(item, Item::Fact(_))) {
                continue;
            }
            if let Item::Claim(i) = item {
                let refuted = claims[*i].claim.verdict == Verdict::Refuted;
                let (mine, other) = if refuted {
                    (verdicts[1], verdicts[0])
                } else {
                    (verdicts[0], verdicts[1])
                };
                if kept.claims.len() >= claim_share || mine > other + 1 {
                    continue;
                }
            }
            // Two items a sentence at most: a short article gives fewer items rather than the
            // same sentence three times over.
            if used_sentences.get(at).is_some_and(|&n| n >= 2) {
                continue;
            }
            let mut adjusted = *score;
            adjusted -= 3.0 * *used_sentences.get(at).unwrap_or(&0) as f64;
            adjusted -= 0.7 * *used_paragraphs.get(&at.0).unwrap_or(&0) as f64;
            if answers.contains(value) {
                adjusted -= 2.0;
            }
            // This item's sentence shows answers already kept.
            let overlap = shown.get(at).map_or(0, |values| {
                values.iter().filter(|v| answers.contains(*v)).count()
            });
            adjusted -= 0.8 * overlap as f64;
            if best.is_none_or(|(_, b)| adjusted > b) {
                best = Some((k, adjusted));
            }
        }
        let Some((k, _)) = best else { break };
        taken[k] = true;
        let (item, _, at, value) = &candidates[k];
        *used_sentences.entry(*at).or_default() += 1;
        *used_paragraphs.entry(at.0).or_default() += 1;
        answers.insert(value.clone());
        match item {
            Item::Fact(i) => kept.facts.push(*i),
            Item::Claim(i) => {
                let refuted = claims[*i].claim.verdict == Verdict::Refuted;
                verdicts[usize::from(refuted)] += 1;
                kept.claims.push(*i);
            }
        }
    }
    kept.facts.sort_unstable();
    kept.claims.sort_unstable();
    kept
}
