//! A fact-check claim about the event and its verdict against the source.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Difficulty;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Verdict {
    #[serde(rename = "supported")]
    Supported,
    #[serde(rename = "refuted")]
    Refuted,
    #[serde(rename = "not stated")]
    NotStated,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [Verdict::Supported, Verdict::Refuted, Verdict::NotStated];

    pub fn name(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::Refuted => "refuted",
            Verdict::NotStated => "not stated",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub id: String,
    pub claim: String,
    pub verdict: Verdict,
    #[serde(default)]
    pub difficulty: Difficulty,
    #[serde(default)]
    pub tags: Vec<String>,
    #[schemars(inner(range(min = 1)))]
    pub paragraphs: Vec<u32>,
    pub explanation: String,
}
