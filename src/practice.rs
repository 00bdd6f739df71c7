//! Practice: a Leitner schedule per fact, claim or hand-written question, worked out from the
//! history. Pure; the caller passes the records and a seeded RNG.
//!
//! Every item sits in a box from 1 to 5. Answered right, it moves up a box; missed (wrong, skipped
//! or too late), it goes back to box 1. An item in box `b` comes due `2^(b-1)` games after it was
//! last asked: box 1 at the next game, box 2 two games on, then 4, 8 and 16. A practice game asks,
//! in this order: the items due in box 1 (the ones missed), then items never asked, then the other
//! items due (lowest box first), then the rest by how soon they come due.
//!
//! `--retry` is worked out here too: the questions missed in the last game.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use rand::Rng;
use rand::seq::SliceRandom;

use crate::engine::{ItemKey, Replay};
use crate::record::{Mode, Outcome, Record};

pub const BOXES: u8 = 5;

/// Where an item stands in the schedule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Card {
    /// 1 to `BOXES`.
    pub r#box: u8,
    /// The game (counting every recorded game from 0) at which it comes due.
    pub due: usize,
    /// The game at which it was last asked.
    pub last: usize,
}

/// Games between an item's last asking and its next, by box.
pub fn interval(r#box: u8) -> usize {
    1 << (r#box.clamp(1, BOXES) - 1)
}

/// Every item's card, by its key. Hashed with foldhash: a long history has a card for every
/// fact of a large bank, and SipHash was most of the time spent on them (issue #16).
pub type Cards = HashMap<ItemKey, Card, foldhash::fast::RandomState>;

/// Every item's card after the games of `records`, oldest first.
pub fn schedule(records: &[Record]) -> Cards {
    let mut cards = Cards::default();
    fold(&mut cards, records, 0);
    cards
}

/// Moves `cards`, the schedule after the first `before` games of a history, on by the games of
/// `records` that followed them: a summary of the history's start plus the games appended since
/// gives the cards of the whole history (issue #16).
pub fn fold(cards: &mut Cards, records: &[Record], before: usize) {
    for (game, record) in (before..).zip(records) {
        for asked in &record.questions {
            let right = match asked.result {
                Outcome::Right => true,
                Outcome::Unanswered => continue,
                _ => false,
            };
            let entry = cards.entry(asked.key());
            let r#box = match &entry {
                Entry::Occupied(card) if right => (card.get().r#box + 1).min(BOXES),
                Entry::Vacant(_) if right => 2,
                _ => 1,
            };
            let card = Card {
                r#box,
                due: game + interval(r#box),
                last: game,
            };
            // One lookup an answer: the card is made or replaced where the key was found.
            match entry {
                Entry::Occupied(mut old) => {
                    old.insert(card);
                }
                Entry::Vacant(new) => {
                    new.insert(card);
                }
            }
        }
    }
}

/// `items` in the order a practice game should ask them, as of the next game (`now`, the number of
/// recorded games): due in box 1, never asked, due in a higher box, then the rest by due game.
/// Ties are broken at random, so that practice games differ.
pub fn ranking<R: Rng + ?Sized>(
    items: &[ItemKey],
    cards: &Cards,
    now: usize,
    rng: &mut R,
) -> Vec<ItemKey> {
    ranked(items.to_vec(), cards, now, rng)
}

/// `ranking`, taking the items: a large bank's keys are moved into the order, not copied.
pub fn ranked<R: Rng + ?Sized>(
    items: Vec<ItemKey>,
    cards: &Cards,
    now: usize,
    rng: &mut R,
) -> Vec<ItemKey> {
    let ranks: Vec<(u8, usize, u8)> = items
        .iter()
        .map(|key| match cards.get(key) {
            Some(c) if c.due <= now && c.r#box == 1 => (0, c.due, 1),
            None => (1, 0, 0),
            Some(c) if c.due <= now => (2, usize::from(c.r#box), c.r#box),
            Some(c) => (3, c.due, c.r#box),
        })
        .collect();
    // The places are shuffled and sorted, not the keys: the same shuffle (it depends only on the
    // length) and, with the place in the shuffle breaking ties, the order of a stable sort.
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.shuffle(rng);
    let mut items: Vec<Option<ItemKey>> = items.into_iter().map(Some).collect();
    // The place in the shuffle is unique, so it settles every tie: each rank and place packed
    // into one number sorts as the tuple would, in less room and time (issue #16).
    if let Some(mut packed) = (order.iter().enumerate())
        .map(|(at, &i)| pack(ranks[i], at))
        .collect::<Option<Vec<u128>>>()
    {
        // Each number is unique, so a stable sort gives the same order; it takes the runs a
        // history leaves (most items of one rank, in shuffle order) as they are.
        packed.sort();
        return (packed.into_iter())
            .filter_map(|p| items[order[(p & u128::from(u32::MAX)) as usize]].take())
            .collect();
    }
    let mut keyed: Vec<((u8, usize, u8), usize, usize)> = order
        .into_iter()
        .enumerate()
        .map(|(at, i)| (ranks[i], at, i))
        .collect();
    keyed.sort_unstable();
    keyed
        .into_iter()
        .filter_map(|(_, _, i)| items[i].take())
        .collect()
}

/// `(rank, at)` as one number in the same order: the rank's three parts above the place, which
/// must fit in 32 bits (`None` for a larger bank, which is sorted as tuples).
fn pack((class, value, r#box): (u8, usize, u8), at: usize) -> Option<u128> {
    let at = u32::try_from(at).ok()?;
    let value = u64::try_from(value).ok()?;
    Some(
        u128::from(class) << 104
            | u128::from(value) << 40
            | u128::from(r#box) << 32
            | u128::from(at),
    )
}

/// What `--retry` can replay.
#[derive(Debug, PartialEq)]
pub enum Retry<'r> {
    /// No game in the history has an answer.
    NoGame,
    /// The last game had no misses.
    NoMisses(&'r Record),
    /// The questions to ask again, with the seed that built them.
    Questions { seed: u64, asked: Vec<Replay> },
}

/// The questions to ask again from the last game in which anything was answered (a game left at
/// once changes nothing): those missed, wrong, skipped or late; and, when that game was itself a
/// retry left early, the ones it did not reach.
pub fn retry(records: &[Record]) -> Retry<'_> {
    let Some(last) = records.iter().rev().find(|r| r.totals.answered > 0) else {
        return Retry::NoGame;
    };
    let owed = |result: Outcome| {
        result.is_miss() || (last.mode == Mode::Retry && result == Outcome::Unanswered)
    };
    let asked: Vec<Replay> = last
        .questions
        .iter()
        .filter(|q| owed(q.result))
        .map(|q| Replay {
            key: q.key(),
            kind: q.kind,
            truth: q.answer == "true",
        })
        .collect();
    if asked.is_empty() {
        Retry::NoMisses(last)
    } else {
        Retry::Questions {
            seed: last.seed,
            asked,
        }
    }
}

#[cfg(test)]
mod tests;
