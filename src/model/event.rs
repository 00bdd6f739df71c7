//! The news event a question file is about, and the source its paragraph numbers refer to.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub title: String,
    /// When the event happened; a trivia bank has no date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<EventDate>,
    #[serde(default)]
    pub places: Vec<String>,
    pub summary: String,
    pub source: Source,
}

/// When the event happened. `inferred` marks a date worked out rather than read in the source,
/// and `basis` says how.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EventDate {
    /// The date, written `YYYY-MM-DD`.
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub value: String,
    #[serde(default)]
    pub inferred: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub basis: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// What the source is: "news article", "report", ...
    pub kind: String,
    /// How many paragraphs it has; every cited paragraph number must lie in 1..=paragraphs.
    pub paragraphs: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// The source's own paragraphs, in order, when the file carries them (a drafted file does):
    /// the evidence of every fact can then be checked against its cited paragraphs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Vec<String>>,
    /// One line for each paragraph of the source, in the author's own words, for a source whose
    /// text may not be copied: the game shows it where it would show the text (evidence, altered
    /// detail and hint questions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<Vec<String>>,
}

impl Source {
    /// The paragraphs the game can show: the text when the file carries it, else the digest.
    pub fn shown(&self) -> Option<&[String]> {
        self.text.as_deref().or(self.digest.as_deref())
    }
}
