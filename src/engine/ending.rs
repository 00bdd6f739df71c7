//! How a game ended.

use serde::{Deserialize, Serialize};

/// Written in the history as `"finished"`, `"quit"`, `"end-of-input"` or `"interrupted"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ending {
    Finished,
    Quit,
    EndOfInput,
    Interrupted,
}
