//! One question file: the event, its facts and its claims.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Authored, Claim, Event, Fact};

/// The format version this build writes; it reads every version up to this one.
pub const FORMAT_VERSION: u32 = 1;

/// The tag `factquiz draft` puts on every item it writes; the author removes it once the item has
/// been checked against the source.
pub const UNREVIEWED: &str = "unreviewed";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub format: u32,
    pub event: Event,
    #[serde(default)]
    pub facts: Vec<Fact>,
    #[serde(default)]
    pub claims: Vec<Claim>,
    /// Questions written out by hand, with no fact behind them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub questions: Vec<Authored>,
}

impl QuestionFile {
    /// How many facts, claims and hand-written questions still carry the `unreviewed` tag.
    pub fn unreviewed(&self) -> usize {
        let marked = |tags: &[String]| tags.iter().any(|t| t == UNREVIEWED);
        self.facts.iter().filter(|f| marked(&f.tags)).count()
            + self.claims.iter().filter(|c| marked(&c.tags)).count()
            + self.questions.iter().filter(|q| marked(&q.tags)).count()
    }
}
