//! What keeps a drawn game even: about half of its true/false statements true, and its claims
//! taking turns by verdict.

use rand::seq::SliceRandom;
use rand::{Rng, RngExt};

use super::{Item, Pool};
use crate::model::Verdict;
use crate::question::{Expected, Kind, Question};

/// How many of `questions` are true/false statements that are true, and how many false.
pub(super) fn truths_so_far(questions: &[Question]) -> (usize, usize) {
    questions.iter().fold((0, 0), |(t, f), q| match q.expected {
        Expected::TrueFalse(true) if q.kind == Kind::Truefalse => (t + 1, f),
        Expected::TrueFalse(false) if q.kind == Kind::Truefalse => (t, f + 1),
        _ => (t, f),
    })
}

/// How many of `questions` are claims of each verdict, in `Verdict::ALL`'s order.
pub(super) fn verdicts_so_far(questions: &[Question]) -> [usize; 3] {
    let mut counts = [0; 3];
    for q in questions {
        if let Expected::Verdict(v) = q.expected {
            counts[verdict_index(v)] += 1;
        }
    }
    counts
}

pub(super) fn verdict_index(v: Verdict) -> usize {
    Verdict::ALL.iter().position(|&x| x == v).unwrap_or(0)
}

/// The claim to ask for a verdict turn, found first at `at`: the first claim in the pool, from
/// `at` on, whose verdict has been asked least so far (`asked`) among the verdicts still left, so
/// that supported, refuted and not-stated claims come in turn as far as the bank allows (a
/// player who leans one way cannot score by it). Only claims are looked at, and nothing random is
/// drawn: a game with one verdict question draws what it always drew.
pub(super) fn balanced_claim(pool: &Pool<'_>, at: usize, asked: &[usize; 3]) -> usize {
    let claims = || {
        pool.left
            .iter()
            .enumerate()
            .skip(at)
            .filter_map(|(i, place)| match place {
                Some(Item::Claim(_, claim, _)) => Some((i, asked[verdict_index(claim.verdict)])),
                _ => None,
            })
    };
    let Some(least) = claims().map(|(_, n)| n).min() else {
        return at;
    };
    claims().find(|&(_, n)| n == least).map_or(at, |(i, _)| i)
}

/// For true/false questions, half carry the true value (the odd one out decided at random),
/// counting the `already` (true, false) statements of the game.
pub(super) fn assign_truths<R: Rng + ?Sized>(
    kinds: &[Kind],
    already: (usize, usize),
    rng: &mut R,
) -> Vec<bool> {
    let count = kinds.iter().filter(|k| **k == Kind::Truefalse).count();
    let total = already.0 + already.1 + count;
    let trues = (total / 2).saturating_sub(already.0).min(count);
    let mut truths: Vec<bool> = (0..count).map(|i| i < trues).collect();
    if total % 2 == 1 && trues < count {
        truths[count - 1] = rng.random_bool(0.5);
    }
    truths.shuffle(rng);
    let mut truths = truths.into_iter();
    kinds
        .iter()
        .map(|k| *k == Kind::Truefalse && truths.next().unwrap_or(true))
        .collect()
}
