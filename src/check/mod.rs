//! Deciding whether a typed answer means the same as an expected one. Pure; no I/O.
//!
//! Every answer type has a canonical key: numbers and years by value, dates by calendar day,
//! weekdays by day, everything else by normalised text (`normalize::key`). Two answers are the same
//! when their keys are equal; the generator uses the same test to keep distractors apart. Beyond
//! the key, a typed answer is read the way a person marking it would (#11): by value inside a
//! phrase ("55 small cases"), as a date in any common form, word by word against each accepted
//! form with the question's own words in mind (`phrase`), and with small slips budgeted per word.

mod context;
pub mod date;
mod lexicon;
mod nearest;
pub mod number;
mod phrase;
#[cfg(test)]
mod props;
mod typo;
mod units;
mod words;

pub use context::Context;
pub use nearest::nearest;

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
        format!("#{}", value as i64)
    } else {
        format!("#{value}")
    }
}

/// The words of `text` as the checker compares them word by word ("UN" spelled out).
pub fn words_of(text: &str) -> Vec<String> {
    phrase::tokens(text)
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
    pub rivals: Vec<String>,
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
            rivals: Vec::new(),
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
        if key.is_empty() {
            return Match::NO;
        }
        if self.keys().any(|k| k == key) {
            return Match::Exact;
        }
        let slips = !(strict || self.strict);
        match self.answer_type {
            AnswerType::Number | AnswerType::Year => self.by_value(given),
            AnswerType::Date => self.by_date(given),
            _ => self
                .by_words(given, slips)
                .or_else(|| self.by_calendar(given))
                .unwrap_or(Match::NO),
        }
    }

    /// A number that is not written as the answer: the same value in a phrase or another form,
    /// within the tolerance, or how far off.
    fn by_value(&self, given: &str) -> Match {
        let answer = self.forms.first().and_then(|f| self.value_of(f));
        let Some(values) = self.typed_values(given) else {
            return Match::NO;
        };
        let own: Vec<f64> = self.forms.iter().filter_map(|f| self.value_of(f)).collect();
        if values.iter().any(|v| own.contains(v)) {
            return Match::Exact;
        }
        let Some(answer) = answer else {
            return Match::NO;
        };
        let allowed = self.tolerance.map(|t| t.allowed(answer));
        // The reading nearest the answer speaks for the player ("21,5" may be 21.5 or 215).
        let Some(off) = values
            .iter()
            .map(|v| v - answer)
            .min_by(|a, b| a.abs().total_cmp(&b.abs()))
        else {
            return Match::NO;
        };
        match allowed {
            Some(allowed) if off.abs() <= allowed => Match::Within { off },
            _ => Match::Wrong {
                off: Some(off),
                allowed,
            },
        }
    }

    /// The values the typed answer gives for the one number asked: the whole of it read as a
    /// number, a year in a date ("July 1953") or shortened ("'61"), or the one number of a phrase
    /// whose other words the question allows ("55 small cases"). `None` when it gives none, or
    /// two that differ.
    fn typed_values(&self, given: &str) -> Option<Vec<f64>> {
        let unit = self.unit.as_deref();
        let whole = number::read_all(given, unit);
        if !whole.is_empty() {
            return Some(whole);
        }
        if self.answer_type == AnswerType::Year
            && let Some(year) = self.year_in(given)
        {
            return Some(vec![f64::from(year)]);
        }
        let found = number::find(given, unit);
        let mut numbers = found
            .numbers
            .iter()
            .zip(&found.typed)
            .filter(|(_, typed)| !self.context.asked.iter().any(|w| w == *typed))
            .map(|(values, _)| values);
        let first = numbers.next()?;
        if numbers.any(|other| other != first) {
            return None;
        }
        let own = self.own_words();
        let rivals = self.rival_words();
        let rules = self.phrase_rules(false, &own, &rivals);
        let words: Vec<String> = found.words.iter().flat_map(|w| phrase::tokens(w)).collect();
        let words_ok = words.iter().all(|w| {
            lexicon::is_approximation(w)
                || unit.is_some_and(|u| number::unit_matches(u, w))
                || phrase::extra_ok(w, &rules)
        });
        words_ok.then(|| first.clone())
    }

    /// A year typed inside a date ("July 1953", "20/7/1969") or by its last two digits ("'61",
    /// taken in the answer's century).
    fn year_in(&self, given: &str) -> Option<i32> {
        let parts = date::read_parts(given);
        if let Some(first) = parts.first()
            && let Some(date::YearPart::Full(year)) = first.year
            && parts.iter().all(|p| p.year == first.year)
        {
            return Some(year);
        }
        let short = given
            .trim()
            .trim_start_matches(|c: char| c.is_alphabetic() || c.is_whitespace());
        let digits = short.strip_prefix(['\'', '\u{2019}'])?;
        if digits.len() != 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let answer = self.forms.first().and_then(|f| self.value_of(f))? as i32;
        let yy: i32 = digits.parse().ok()?;
        answer.checked_sub(answer.rem_euclid(100))?.checked_add(yy)
    }

    /// A date in another form: every way the typed date reads must fit the answer ("7/8/2018" is
    /// no answer for 7 August when it may be 8 July), and a date without its year is in the
    /// event's year.
    fn by_date(&self, given: &str) -> Match {
        let Some(answer) = self.forms.iter().find_map(|f| date::Date::read(f)) else {
            return Match::NO;
        };
        let year_known = self.context.year == Some(answer.year);
        let readings = date::read_parts(given);
        if !readings.is_empty() && readings.iter().all(|p| p.fit(answer, year_known)) {
            Match::Exact
        } else {
            Match::NO
        }
    }

    /// A month or weekday answer given as a fuller date: "June 2018" for June in the event's
    /// year, "Sunday 20 July" for Sunday when 20 July of the event's year was one.
    fn by_calendar(&self, given: &str) -> Option<Match> {
        let readings = date::read_parts(given);
        if readings.is_empty() {
            return None;
        }
        let year_fits = |p: &date::Parts| {
            p.year
                .is_none_or(|y| self.context.year.is_some_and(|e| y.is(e)))
        };
        if self.answer_type == AnswerType::Day {
            let day = self.forms.iter().find_map(|f| date::weekday_index(f))?;
            let fits = readings.iter().all(|p| {
                p.weekday == Some(day)
                    && year_fits(p)
                    && match (p.day, self.context.year) {
                        (Some(d), Some(year)) => date::Date::new(year, p.month, d)
                            .is_some_and(|date| date.weekday() == date::WEEKDAYS[day]),
                        _ => true,
                    }
            });
            return fits.then_some(Match::Exact);
        }
        let month = self.forms.iter().find_map(|f| {
            let f = f.trim();
            date::MONTHS
                .iter()
                .position(|m| m.eq_ignore_ascii_case(f))
                .map(|i| i as u32 + 1)
        })?;
        let fits = readings
            .iter()
            .all(|p| p.month == month && p.weekday.is_none() && year_fits(p));
        fits.then_some(Match::Exact)
    }

    /// Word by word against each form (`phrase`): the best fit, exact or by slips.
    fn by_words(&self, given: &str, slips: bool) -> Option<Match> {
        let own = self.own_words();
        let rivals = self.rival_words();
        let rules = self.phrase_rules(slips, &own, &rivals);
        let variants = if self.answer_type == AnswerType::Person {
            name_variants(given)
        } else {
            vec![given.to_owned()]
        };
        let (edits, index) = variants
            .iter()
            .map(|v| phrase::tokens(v))
            .flat_map(|typed| {
                let rules = &rules;
                self.forms.iter().enumerate().filter_map(move |(i, form)| {
                    phrase::fit(&typed, &phrase::tokens(form), rules).map(|e| (e, i))
                })
            })
            .min()?;
        Some(if edits == 0 {
            Match::Exact
        } else {
            Match::Slip {
                spelling: self.forms[index].clone(),
                edits,
            }
        })
    }

    fn phrase_rules<'a>(
        &'a self,
        slips: bool,
        own: &'a [String],
        rivals: &'a [Vec<String>],
    ) -> phrase::Rules<'a> {
        phrase::Rules {
            context: &self.context,
            slips,
            person: self.answer_type == AnswerType::Person,
            own,
            rivals,
        }
    }

    /// The words of every accepted form.
    fn own_words(&self) -> Vec<String> {
        let mut own: Vec<String> = self.forms.iter().flat_map(|f| phrase::tokens(f)).collect();
        own.sort();
        own.dedup();
        own
    }

    /// The words of each rival that is not itself an accepted form.
    fn rival_words(&self) -> Vec<Vec<String>> {
        let forms: Vec<String> = self.forms.iter().map(|f| normalize::key(f)).collect();
        self.rivals
            .iter()
            .filter(|r| !forms.contains(&normalize::key(r)))
            .map(|r| phrase::tokens(r))
            .filter(|r| !r.is_empty())
            .collect()
    }

    fn value_of(&self, text: &str) -> Option<f64> {
        self.answer_type
            .is_numeric()
            .then(|| number::read(text, self.unit.as_deref()).map(|r| r.value))
            .flatten()
    }

    fn keys(&self) -> impl Iterator<Item = String> + '_ {
        self.forms
            .iter()
            .map(|form| canonical(self.answer_type, form, self.unit.as_deref()))
    }
}

/// The ways a typed name may be meant: as typed, and with a nickname in quotes either way round
/// ("Edwin 'Buzz' Aldrin" is also "Edwin Aldrin" and "Buzz Aldrin").
fn name_variants(given: &str) -> Vec<String> {
    let mut variants = vec![given.to_owned()];
    let quotes = |c: char| {
        matches!(
            c,
            '\'' | '"' | '\u{2018}' | '\u{2019}' | '\u{201c}' | '\u{201d}'
        )
    };
    let Some(open) = given.find(quotes) else {
        return variants;
    };
    let after = open + given[open..].chars().next().map_or(1, char::len_utf8);
    let Some(len) = given[after..].find(quotes) else {
        return variants;
    };
    let close = after + len;
    let nickname = &given[after..close];
    let rest = &given[close + given[close..].chars().next().map_or(1, char::len_utf8)..];
    let before = given[..open].trim_end();
    variants.push(format!("{before} {rest}"));
    let without_first = before.rsplit_once(' ').map_or("", |(head, _)| head);
    variants.push(format!("{without_first} {nickname} {rest}"));
    variants
}

#[cfg(test)]
mod tests;
