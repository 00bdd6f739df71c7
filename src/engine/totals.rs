//! The result of a game as a whole: the one type the history record, `scores`' list of games and
//! the `--json` report all embed, so each shows the same figures under the same names.

use serde::{Deserialize, Serialize};

/// A game's score and counts. In the history these are the record's top-level `score`,
/// `max_score`, `correct`, `answered`, `skipped` and `total`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// Points earned; with `--confidence`, the certainty-based marks, which may be below zero.
    pub score: i32,
    pub max_score: u32,
    /// Right answers (late ones are not right).
    pub correct: u32,
    /// Questions answered, skips included.
    pub answered: u32,
    pub skipped: u32,
    /// Questions in the game, reached or not.
    pub total: u32,
}

impl Totals {
    /// Questions answered, skips left out: a skip is no answer.
    pub fn answers(&self) -> u32 {
        self.answered.saturating_sub(self.skipped)
    }

    /// `self` as the `--json` report writes it: `answered` without the skips (the history keeps
    /// them in). For `#[serde(serialize_with)]`.
    pub fn without_skips<S: serde::Serializer>(totals: &Totals, s: S) -> Result<S::Ok, S::Error> {
        Totals {
            answered: totals.answers(),
            ..*totals
        }
        .serialize(s)
    }
}
