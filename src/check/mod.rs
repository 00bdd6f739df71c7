//! Deciding whether a typed answer means the same as an expected one. Pure; no I/O.
//!
//! Every answer type has a canonical key: numbers and years by value, dates by calendar day,
//! weekdays by day, everything else by normalised text (`normalize::key`). Two answers are the same
//! when their keys are equal; the generator uses the same test to keep distractors apart. Beyond
//! the key, a typed answer is read the way a person marking it would (#11): by value inside a
//! phrase ("55 small cases"), as a date in any common form, word by word against each accepted
//! form with the question's own words in mind (`phrase`), and with small slips budgeted per word.

mod calendar;
mod clock;
mod context;
pub(crate) mod currencies;
pub mod date;
mod digits;
mod duration;
mod forms;
mod fraction;
mod hundredths;
pub mod initials;
mod lexicon;
mod nearest;
pub mod number;
mod phrase;
#[cfg(test)]
mod props;
mod reading;
mod rivals;
mod share;
mod span;
pub(crate) mod typo;
pub(crate) mod units;
mod value;
mod whose_money;
pub(crate) mod words;

pub use context::Context;
pub use forms::is_english;
pub use nearest::{names_several, nearest};
pub use rivals::{Answers, Rivals};

use crate::model::{AnswerType, Tolerance};
use crate::normalize;

/// The comparison key of `text` read as an answer of type `answer_type`.
pub fn canonical(answer_type: AnswerType, text: &str, unit: Option<&str>) -> String {
    let by_value = match answer_type {
        AnswerType::Number | AnswerType::Year => number::read(text, unit)
            .map(|r| number_key(r.value))
            .or_else(|| number::read_span(text).map(|(from, to)| format!("#{from}..{to}"))),
        AnswerType::Date => date::Date::read(text).map(|d| format!("@{}", d.iso())),
        AnswerType::Day => date::weekday_index(text).map(|i| format!("@{}", date::WEEKDAYS[i])),
        _ => None,
    };
    by_value.unwrap_or_else(|| normalize::key(text))
}

/// `#7700`: whole numbers through the integer formatter, which is much quicker than the float one.
fn number_key(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        number::whole_key(value as i64)
    } else {
        format!("#{value}")
    }
}

/// The words of `text` as the checker compares a typed word with them, short forms written on
/// their own also spelled out ("UN" adds "united nations").
pub fn words_of(text: &str) -> Vec<String> {
    phrase::Words::of(text).with_long_forms()
}

/// What counts as a right answer to a typed question: the answer and its aliases, read as `answer_type`.
#[derive(Debug, Clone, PartialEq)]
pub struct Accepted {
    pub answer_type: AnswerType,
    /// The answer first, then its aliases.
    pub forms: Vec<String>,
    pub unit: Option<String>,
    /// For numbers: how far from the answer still counts.
    pub tolerance: Option<Tolerance>,
    /// Wrong answers a spelling slip must not land on: the question's other options, or the
    /// fact's distractors.
    pub rivals: Rivals,
    /// No spelling slips for this answer (the fact's `strict`).
    pub strict: bool,
    /// What the question says around the answer, to read a typed phrase with it in mind.
    pub context: Context,
}

/// How a typed answer compares with the accepted ones.
#[derive(Debug, Clone, PartialEq)]
pub enum Match {
    /// The answer or an alias, in one of the forms it may be written in.
    Exact,
    /// A number within the fact's tolerance: `off` from the answer.
    Within { off: f64 },
    /// A spelling slip of `spelling`, `edits` away, accepted.
    Slip { spelling: String, edits: usize },
    /// Not right. For a number: how far off it is (`given - answer`), and how far the fact
    /// allows, if it has a tolerance.
    Wrong {
        off: Option<f64>,
        allowed: Option<f64>,
    },
}

impl Match {
    pub fn is_right(&self) -> bool {
        !matches!(self, Match::Wrong { .. })
    }

    /// Wrong, with nothing more to say.
    pub const NO: Match = Match::Wrong {
        off: None,
        allowed: None,
    };
}

impl Accepted {
    pub fn new(answer_type: AnswerType, forms: Vec<String>) -> Accepted {
        Accepted {
            answer_type,
            forms,
            unit: None,
            tolerance: None,
            rivals: Rivals::default(),
            strict: false,
            context: Context::default(),
        }
    }

    /// Whether `given` is right, spelling slips included.
    pub fn matches(&self, given: &str) -> bool {
        self.judge(given, false).is_right()
    }

    /// Whether `given` may mean this answer when nothing around the question is assumed: a date
    /// without its year fits a date of any year ("4 October" may be 4 October 1958). At a
    /// multiple-choice question, a text that may mean two options means neither.
    pub fn could_be(&self, given: &str) -> bool {
        if self.answer_type == AnswerType::Date
            && let Some(answer) = self.forms.iter().find_map(|f| date::Date::read(f))
        {
            let readings = date::read_parts(given);
            if !readings.is_empty() {
                return readings.iter().all(|p| p.fit(answer, true));
            }
        }
        self.judge(given, true).is_right()
    }

    /// How `given` compares with the accepted forms; `strict` (the player's `--strict`) refuses
    /// spelling slips.
    pub fn judge(&self, given: &str, strict: bool) -> Match {
        let key = canonical(self.answer_type, given, self.unit.as_deref());
        if key.is_empty() || self.ordinal_for_a_count(given) {
            return Match::NO;
        }
        let slips = !(strict || self.strict);
        // An amount typed in the answer's currency's hundredths ("96c" for $0.96, "8 P" for 8p:
        // no peso) or the other way round ("$0.96" for 96 cents): judged by its value in the
        // answer's unit.
        if let Some(how) = self.by_hundredths(given, slips) {
            return how;
        }
        if self.another_currency(given) {
            return Match::NO;
        }
        // A span of time ("1m31.204s") typed in any form ("1 min 31.204"): judged by its length.
        if let Some(how) = self.by_duration(given) {
            return how;
        }
        // A text answer typed as a time or a decimal ("13:12.04" for "1:31.204"): its digits
        // must be split as an accepted form splits them, or read as the same date or clock time.
        let by_text = !self.answer_type.is_numeric() && self.answer_type != AnswerType::Date;
        // A text answer that is a share ("7 in 10") typed as a share ("70%"): judged by its value.
        if by_text && let Some(how) = self.by_share(given, slips) {
            return how;
        }
        if by_text && digits::another_value(given, &self.forms) {
            return self
                .by_calendar(given)
                .or_else(|| self.by_clock(given))
                .unwrap_or(Match::NO);
        }
        if self.keys().any(|k| k == key) || self.by_initials(given) {
            return Match::Exact;
        }
        match self.answer_type {
            AnswerType::Number | AnswerType::Year => match self.by_value(given) {
                wrong @ Match::Wrong { .. } => self
                    .by_duration_value(given)
                    .or_else(|| slips.then(|| self.by_scale_slip(given)).flatten())
                    .unwrap_or(wrong),
                how => how,
            },
            AnswerType::Date => self.by_date(given, slips),
            _ => self
                .by_words(given, slips)
                .or_else(|| self.by_calendar(given))
                .or_else(|| self.by_clock(given))
                .unwrap_or(Match::NO),
        }
    }

    fn value_of(&self, text: &str) -> Option<f64> {
        self.answer_type
            .is_numeric()
            .then(|| number::read(text, self.unit.as_deref()).map(|r| r.value))
            .flatten()
    }

    /// The keys of the accepted forms, but of a person's form that a wrong answer's name has all
    /// of (an alias "Mr Kim" when Kim Jong-il is an option): that one is read word by word, where
    /// it is no answer.
    fn keys(&self) -> impl Iterator<Item = String> + '_ {
        let rivals = if self.answer_type == AnswerType::Person {
            self.rival_words()
        } else {
            Vec::new()
        };
        self.forms
            .iter()
            .filter(move |form| {
                let words = phrase::tokens(form);
                let named = |w: &String| !lexicon::is_filler(w) && !lexicon::is_title(w);
                let name: Vec<&String> = words.iter().filter(|w| named(w)).collect();
                !rivals
                    .iter()
                    .any(|r| !name.is_empty() && name.iter().all(|w| phrase::in_words(w, r)))
            })
            .map(|form| canonical(self.answer_type, form, self.unit.as_deref()))
    }
}

#[cfg(test)]
mod tests;
