//! A question written out by hand, with no fact behind it: trivia banks and imports keep their own
//! multiple-choice and true/false questions as they are.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Difficulty;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum AuthoredKind {
    /// The answer among its distractors.
    Choice,
    /// `question` is a statement; `answer` is "true" or "false".
    Truefalse,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Authored {
    pub id: String,
    pub kind: AuthoredKind,
    /// The question (for `truefalse`, the statement to judge).
    pub question: String,
    /// The right option; for `truefalse`, "true" or "false".
    pub answer: String,
    /// Other spellings of the right option that also count when typed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The wrong options of a `choice` question (at least three).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub distractors: Vec<String>,
    #[serde(default)]
    pub difficulty: Difficulty,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Paragraphs of the source that support the answer, if the bank has a source.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(inner(range(min = 1)))]
    pub paragraphs: Vec<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

/// A hand-written true/false answer's truth: "true" or "false", in any case.
pub fn parse_truth(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}
