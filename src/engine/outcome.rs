//! What became of one question of a game: the one result type that the feedback, the summary,
//! the history and `--json` all show.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    Right,
    Wrong,
    Skipped,
    /// After the time limit (`--timed`), or no answer before it: never right, no points.
    Late,
    /// Not reached: the game ended first.
    Unanswered,
}

impl Outcome {
    /// Answered and not right: what practice and `--retry` go after.
    pub fn is_miss(self) -> bool {
        matches!(self, Outcome::Wrong | Outcome::Skipped | Outcome::Late)
    }

    /// Right in time: the only outcome that counts as right.
    pub fn is_right(self) -> bool {
        self == Outcome::Right
    }
}
