//! How a game was started: a plain game, a practice round or a retry of an earlier game.

use serde::{Deserialize, Serialize};

/// Written in the history as `"play"`, `"practice"` or `"retry"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Play,
    Practice,
    Retry,
}
