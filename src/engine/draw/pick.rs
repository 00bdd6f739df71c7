//! Choosing which items of the pool a round asks, and as which kinds: kinds take turns in
//! shuffled blocks, and claims take turns by verdict.

use std::collections::BTreeMap;

use rand::Rng;
use rand::seq::SliceRandom;

use super::balance::{balanced_claim, verdict_index};
use super::{Item, Pool, source};
use crate::generate::Generator;
use crate::question::Kind;

/// Takes items strictly in their order (practice: the most due first), each as the kind whose turn
/// it is if it can be asked that way, else as the kind it offers that has been asked least.
pub(super) fn pick_in_order<'a, R: Rng + ?Sized>(
    pool: &mut Pool<'a>,
    generator: &Generator,
    count: usize,
    wanted: &[Kind],
    rng: &mut R,
) -> (Vec<Item<'a>>, Vec<Kind>) {
    let mut used: BTreeMap<Kind, usize> = BTreeMap::new();
    let mut block: Vec<Kind> = Vec::new();
    let mut kinds = Vec::new();
    let mut picked: Vec<Item> = Vec::new();
    for place in pool.left.iter_mut().skip(pool.first) {
        if picked.len() == count {
            break;
        }
        if place
            .as_ref()
            .is_some_and(|item| item.askable(generator, wanted))
        {
            picked.extend(place.take());
        } else {
            *place = None;
        }
    }
    pool.skip_taken();
    for item in &picked {
        if block.is_empty() {
            block = wanted.to_vec();
            block.shuffle(rng);
        }
        // Practice asks in order; a question that shows the source must follow every question
        // whose answer its paragraphs state, so it is asked only of an item no other kind fits.
        let offered = source::in_order(item.offered(generator, wanted));
        let offered = offered.as_slice();
        let kind = match block.iter().rposition(|k| offered.contains(k)) {
            Some(at) => block.remove(at),
            None => least_used(offered, &used),
        };
        *used.entry(kind).or_default() += 1;
        kinds.push(kind);
    }
    (picked, kinds)
}

/// Picks up to `count` distinct items and a kind for each, so that kinds take turns: the
/// game goes through the requested kinds in blocks, each block in a random order, and each turn
/// takes the next item that can be asked as that kind. When no item is left for a kind, the turn
/// goes to any remaining item, as the kind it has been asked as least. A verdict turn takes the
/// next claim of the verdict asked least (`balanced_claim`; `verdicts`: those asked already in the
/// game).
pub(super) fn pick<'a, R: Rng + ?Sized>(
    pool: &mut Pool<'a>,
    generator: &Generator,
    (count, mut verdicts): (usize, [usize; 3]),
    wanted_kinds: &[Kind],
    rng: &mut R,
) -> (Vec<Item<'a>>, Vec<Kind>) {
    let mut picked = Vec::new();
    let mut kinds = Vec::new();
    let mut used: BTreeMap<Kind, usize> = BTreeMap::new();
    let mut block: Vec<Kind> = Vec::new();
    while picked.len() < count {
        if block.is_empty() {
            block = wanted_kinds.to_vec();
            block.shuffle(rng);
        }
        let wanted = block.pop().unwrap_or(Kind::Verdict);
        let mut slot = None;
        let mut fallback = None;
        for (at, place) in pool.left.iter_mut().enumerate().skip(pool.first) {
            let Some(item) = place else { continue };
            if fallback.is_some() && !item.may_offer(wanted) {
                // Neither the slot nor the fallback: only whether it can be asked at all matters
                // (a turn for verdicts does not weigh every fact's distractors).
                if !item.askable(generator, wanted_kinds) {
                    *place = None;
                }
                continue;
            }
            let offered = item.offered(generator, wanted_kinds);
            if offered.is_empty() {
                *place = None; // never askable with these kinds
                continue;
            }
            fallback.get_or_insert_with(|| (at, offered.to_vec()));
            if offered.contains(&wanted) {
                slot = Some(at);
                break;
            }
        }
        pool.skip_taken();
        let (at, kind) = match (slot, fallback) {
            (Some(at), _) => (at, wanted),
            (None, Some((at, offered))) => (at, least_used(&offered, &used)),
            (None, None) => break,
        };
        let at = if kind == Kind::Verdict {
            balanced_claim(pool, at, &verdicts)
        } else {
            at
        };
        // A claim asked for its evidence is no verdict question.
        if let (Kind::Verdict, Some(Item::Claim(_, claim, _))) = (kind, &pool.left[at]) {
            verdicts[verdict_index(claim.verdict)] += 1;
        }
        if let Some(item) = pool.left[at].take() {
            *used.entry(kind).or_default() += 1;
            picked.push(item);
            kinds.push(kind);
        }
    }
    pool.skip_taken();
    (picked, kinds)
}

/// Of the kinds an item `offered`, the one asked least so far in the game.
fn least_used(offered: &[Kind], used: &BTreeMap<Kind, usize>) -> Kind {
    offered
        .iter()
        .copied()
        .min_by_key(|k| used.get(k).copied().unwrap_or(0))
        .unwrap_or(Kind::Short)
}
