//! The type of a fact's answer, which decides how answers are compared and where distractors come from.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::check::date::Date;

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
    /// Every answer type, in the order the bank cache numbers them (never reorder: an entry
    /// written by a build is read only by the same build, but keep it stable all the same).
    pub const ALL: [AnswerType; 9] = [
        AnswerType::Number,
        AnswerType::Year,
        AnswerType::Date,
        AnswerType::Day,
        AnswerType::Place,
        AnswerType::Person,
        AnswerType::Organisation,
        AnswerType::Thing,
        AnswerType::Text,
    ];

    /// How a value of this type is shown: dates written out ("27 July 2018"), the rest as written.
    pub fn display(self, text: &str) -> String {
        self.shown(text).into_owned()
    }

    /// `display`, borrowing `text` when it is shown as it is (every type but a date).
    pub fn shown(self, text: &str) -> std::borrow::Cow<'_, str> {
        match self {
            AnswerType::Date => Date::read(text).map_or(text.into(), |d| d.display().into()),
            _ => text.into(),
        }
    }

    /// The name used in files and reports: "number", "place", ...
    pub fn name(self) -> &'static str {
        match self {
            AnswerType::Number => "number",
            AnswerType::Year => "year",
            AnswerType::Date => "date",
            AnswerType::Day => "day",
            AnswerType::Place => "place",
            AnswerType::Person => "person",
            AnswerType::Organisation => "organisation",
            AnswerType::Thing => "thing",
            AnswerType::Text => "text",
        }
    }

    /// Numbers and years are compared as values and shown in ascending order among options.
    pub fn is_numeric(self) -> bool {
        matches!(self, AnswerType::Number | AnswerType::Year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_serde_names() {
        for t in AnswerType::ALL {
            assert_eq!(serde_json::to_value(t).unwrap(), t.name());
        }
    }
}
