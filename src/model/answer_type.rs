//! The type of a fact's answer, which decides how answers are compared and where distractors come from.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum AnswerType {
    Number,
    Year,
    Date,
    Day,
    Place,
    Person,
    Organisation,
    Thing,
    Text,
}

impl AnswerType {
    /// Numbers and years are compared as values and shown in ascending order among options.
    pub fn is_numeric(self) -> bool {
        matches!(self, AnswerType::Number | AnswerType::Year)
    }
}
