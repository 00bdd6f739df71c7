//! A fact: one typed answer about the event, with the statement and question it is asked through.

use compact_str::{CompactString, ToCompactString};
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use super::{AnswerType, Difficulty};
use crate::check::number;

/// The question kinds a fact can be asked as. Claims are always asked as verdicts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum FactKind {
    Short,
    Choice,
    Truefalse,
}

impl FactKind {
    pub const ALL: [FactKind; 3] = [FactKind::Short, FactKind::Choice, FactKind::Truefalse];
}

/// How close a typed number must be: `{"absolute": 100}` or `{"percent": 5}`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Tolerance {
    Absolute(f64),
    Percent(f64),
}

impl Tolerance {
    /// The largest distance from `answer` that still counts.
    pub fn allowed(self, answer: f64) -> f64 {
        match self {
            Tolerance::Absolute(d) => d,
            Tolerance::Percent(p) => answer.abs() * p / 100.0,
        }
    }

    pub fn amount(self) -> f64 {
        match self {
            Tolerance::Absolute(d) | Tolerance::Percent(d) => d,
        }
    }
}

/// The schema's view of an answer: text, or a number.
#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum StringOrNumber {
    Text(String),
    Number(f64),
}

/// The slot a statement template must contain, where the answer (or a distractor) goes.
pub const SLOT: &str = "{answer}";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    #[schemars(with = "String")]
    pub id: CompactString,
    #[serde(rename = "type")]
    pub answer_type: AnswerType,
    /// The answer as it is shown. Numbers may be written as JSON numbers or strings ("7,700").
    #[serde(deserialize_with = "string_or_number")]
    #[schemars(with = "StringOrNumber")]
    pub answer: CompactString,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// How far a typed number may be from the answer and still count; exact when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<Tolerance>,
    /// Judge this fact's typed answers without typo tolerance.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub strict: bool,
    /// What a number counts ("cases"), shown after it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<Box<str>>,
    /// A question asking for the answer; without one, the statement is shown with a blank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<Box<str>>,
    /// The fact as a sentence with `{answer}` where the value goes.
    #[schemars(regex(pattern = r"\{answer\}"))]
    #[schemars(with = "String")]
    pub statement: CompactString,
    #[serde(default)]
    pub distractors: Vec<String>,
    /// Which kinds this fact may be asked as; all three when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kinds: Option<Box<[FactKind]>>,
    #[serde(default)]
    pub difficulty: Difficulty,
    #[serde(default)]
    pub tags: Vec<String>,
    #[schemars(inner(range(min = 1)))]
    pub paragraphs: Vec<u32>,
    #[schemars(with = "String")]
    pub explanation: CompactString,
    /// Worked out from the source rather than stated in it; its prompts say so.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inferred: bool,
    /// Whether the source rules out every other value (the default). `false` for a fact whose
    /// source leaves other values open, such as a list that may be incomplete or a hedged figure:
    /// a distractor in its statement would be "not stated", not false, so it is never asked as
    /// true or false.
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub exclusive: bool,
}

fn yes() -> bool {
    true
}

fn is_yes(value: &bool) -> bool {
    *value
}

impl Fact {
    /// Whether `text` is a number close enough to the answer to be judged right, which would
    /// make it a right answer posing as a distractor.
    pub fn within_tolerance(&self, text: &str) -> bool {
        let Some(tolerance) = self.tolerance else {
            return false;
        };
        let unit = self.unit.as_deref();
        match (number::read(text, unit), number::read(&self.answer, unit)) {
            (Some(given), Some(answer)) => {
                (given.value - answer.value).abs() <= tolerance.allowed(answer.value)
            }
            _ => false,
        }
    }

    /// The kinds the fact may be asked as: those its `kinds` lists (all when absent), without
    /// true or false when its source is not exclusive.
    pub fn allowed_kinds(&self) -> Vec<FactKind> {
        FactKind::ALL
            .into_iter()
            .filter(|k| self.allows(*k))
            .collect()
    }

    /// Whether the fact may be asked as `kind` (one of `allowed_kinds`), without listing them.
    pub fn allows(&self, kind: FactKind) -> bool {
        self.kinds
            .as_ref()
            .is_none_or(|kinds| kinds.contains(&kind))
            && (self.exclusive || kind != FactKind::Truefalse)
    }

    /// The answer, then its aliases.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.answer.as_str()).chain(self.aliases.iter().map(String::as_str))
    }

    /// The statement with `value` in its slot.
    pub fn fill(&self, value: &str) -> String {
        self.statement.replace(SLOT, value)
    }
}

fn string_or_number<'de, D: Deserializer<'de>>(deserializer: D) -> Result<CompactString, D::Error> {
    struct Visitor;
    impl serde::de::Visitor<'_> for Visitor {
        type Value = CompactString;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a string or a number")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<CompactString, E> {
            Ok(v.into())
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<CompactString, E> {
            Ok(v.to_compact_string())
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<CompactString, E> {
            Ok(v.to_compact_string())
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<CompactString, E> {
            Ok(v.to_compact_string())
        }
    }
    deserializer.deserialize_any(Visitor)
}
