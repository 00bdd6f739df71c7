//! Measuring drafts against a labelled key (issue #15): for an article and a key listing every
//! number, date, year, weekday and name with its paragraph, how many drafted facts are right
//! (precision) and how many key entries were drafted (recall). Pure: the caller reads the files.
//!
//! A drafted fact is right when its answer is stated in its cited paragraph and it matches a key
//! entry of that paragraph, of the same type and value, at the same place: the words around the
//! entry's text in the paragraph are the words around the blank in the statement, so the fact
//! means what the key says the value means there.

use serde::Deserialize;

use crate::check::date::{Date, MONTHS, WEEKDAYS};
use crate::check::number;
use crate::model::{Fact, QuestionFile, SLOT};
use crate::normalize;

/// One labelled value of an article.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct KeyEntry {
    pub paragraph: u32,
    /// "number", "year", "date", "day", "person", "place" or "organisation".
    #[serde(rename = "type")]
    pub kind: String,
    /// The value as the article writes it.
    pub text: String,
    /// The value: a number, "2018", "2018-07-27", "--06-14" (no year), "2022-09" (no day),
    /// "14:14" (a time), a weekday, or a name in full.
    pub value: String,
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub meaning: String,
    /// For names: one the article is about, which a draft must find.
    #[serde(default)]
    pub main: bool,
}

impl KeyEntry {
    fn is_name(&self) -> bool {
        matches!(self.kind.as_str(), "person" | "place" | "organisation")
    }
}

/// The figures for one article (or several, added up).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    pub facts: usize,
    pub right: usize,
    /// Key entries that are numbers, dates, years and weekdays, and how many were drafted.
    pub values: usize,
    pub values_drafted: usize,
    /// Main names, and how many were drafted.
    pub names: usize,
    pub names_drafted: usize,
    /// One line for each wrong fact and each missed entry.
    pub wrong: Vec<String>,
    pub missed: Vec<String>,
}

impl Figures {
    pub fn precision(&self) -> f64 {
        ratio(self.right, self.facts)
    }

    pub fn value_recall(&self) -> f64 {
        ratio(self.values_drafted, self.values)
    }

    pub fn name_recall(&self) -> f64 {
        ratio(self.names_drafted, self.names)
    }

    pub fn add(&mut self, other: &Figures) {
        self.facts += other.facts;
        self.right += other.right;
        self.values += other.values;
        self.values_drafted += other.values_drafted;
        self.names += other.names;
        self.names_drafted += other.names_drafted;
        self.wrong.extend(other.wrong.iter().cloned());
        self.missed.extend(other.missed.iter().cloned());
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Parses a key file: a JSON list of entries.
pub fn parse_key(json: &str) -> Result<Vec<KeyEntry>, serde_json::Error> {
    serde_json::from_str(json)
}

/// The figures of `file`, drafted from an article whose paragraphs are in its source text,
/// against `key`.
pub fn measure(file: &QuestionFile, key: &[KeyEntry]) -> Figures {
    let text = file.event.source.text.clone().unwrap_or_default();
    let mut figures = Figures::default();
    let mut drafted = vec![false; key.len()];
    for fact in &file.facts {
        figures.facts += 1;
        let stated = fact.paragraphs.iter().all(|&p| {
            text.get((p as usize).wrapping_sub(1))
                .is_some_and(|para| crate::validate::states(para, fact))
        });
        let mut matched = false;
        for (k, entry) in key.iter().enumerate() {
            if matches(fact, entry, &text) {
                drafted[k] = true;
                matched = true;
            }
        }
        if stated && matched {
            figures.right += 1;
        } else {
            figures.wrong.push(format!(
                "¶{:?} {} {:?}: {}{}",
                fact.paragraphs,
                kind_of(fact),
                fact.answer,
                fact.statement,
                if stated {
                    ""
                } else {
                    " (answer not in its paragraph)"
                }
            ));
        }
    }
    for (entry, drafted) in key.iter().zip(drafted) {
        let counted = if entry.is_name() {
            if !entry.main {
                continue;
            }
            figures.names += 1;
            figures.names_drafted += usize::from(drafted);
            true
        } else {
            figures.values += 1;
            figures.values_drafted += usize::from(drafted);
            true
        };
        if counted && !drafted {
            figures.missed.push(format!(
                "¶{} {} {:?} ({})",
                entry.paragraph, entry.kind, entry.text, entry.meaning
            ));
        }
    }
    figures
}

/// The key's type for a drafted fact: from the tag the draft gave it, else from its answer type.
fn kind_of(fact: &Fact) -> &'static str {
    let tag = fact.tags.iter().find_map(|t| match t.as_str() {
        "number" | "percent" | "money" | "ordinal" | "fraction" | "time" => Some("number"),
        "year" | "years" => Some("year"),
        "date" | "day-month" | "month-year" => Some("date"),
        "weekday" => Some("day"),
        "person" => Some("person"),
        "place" => Some("place"),
        "organisation" => Some("organisation"),
        _ => None,
    });
    tag.unwrap_or(match fact.answer_type {
        crate::model::AnswerType::Day => "day",
        other => other.name(),
    })
}

fn matches(fact: &Fact, entry: &KeyEntry, text: &[String]) -> bool {
    fact.paragraphs.contains(&entry.paragraph)
        && kind_of(fact) == entry.kind
        && same_value(fact, entry)
        && text
            .get(entry.paragraph as usize - 1)
            .is_some_and(|paragraph| same_place(fact, entry, paragraph))
}

fn same_value(fact: &Fact, entry: &KeyEntry) -> bool {
    let forms = || std::iter::once(&fact.answer).chain(&fact.aliases);
    match entry.kind.as_str() {
        "number" => {
            if let Some(minutes) = time(&entry.value) {
                return forms().any(|f| time_of(f) == Some(minutes));
            }
            let Ok(want) = entry.value.parse::<f64>() else {
                return false;
            };
            forms().any(|f| {
                let got = number::read(f, fact.unit.as_deref())
                    .map(|r| r.value)
                    .or_else(|| fraction(f));
                got.is_some_and(|v| (v - want).abs() <= 0.002 * want.abs().max(1.0))
            })
        }
        "year" => {
            let Ok(want) = entry.value.parse::<f64>() else {
                return false;
            };
            forms().any(|f| match (number::read(f, None), number::read_span(f)) {
                (Some(r), _) => r.value == want,
                (None, Some((a, b))) => a == want || b == want,
                _ => false,
            })
        }
        "date" => {
            let want = key_date(&entry.value);
            forms().any(|f| want.is_some() && calendar(f) == want)
        }
        "day" => {
            let want = crate::check::date::weekday_index(&entry.value);
            forms().any(|f| want.is_some() && crate::check::date::weekday_index(f) == want)
        }
        _ => {
            let mut names = vec![normalize::key(&entry.value), normalize::key(&entry.text)];
            if let Some((outside, inside)) = entry.value.split_once('(') {
                names.push(normalize::key(outside));
                names.push(normalize::key(inside.trim_end_matches(')')));
            }
            forms().any(|f| names.contains(&normalize::key(f)))
        }
    }
}

/// Whether the key entry's text stands in the paragraph among the same words as the blank in the
/// fact's statement: the three words before it, or the three after, agree.
fn same_place(fact: &Fact, entry: &KeyEntry, paragraph: &str) -> bool {
    // A dateline fact ("The article is datelined {answer}, June 14.") stands for the paragraph's
    // opening words: nothing comes before the dateline.
    let (statement, dateline) = match fact.statement.strip_prefix(DATELINE) {
        Some(rest) => (rest, true),
        None => (fact.statement.as_str(), false),
    };
    let parts: Vec<&str> = statement.split(SLOT).collect();
    let slots: Vec<(Vec<String>, Vec<String>)> = parts
        .windows(2)
        .map(|w| (last_words(w[0]), first_words(w[1])))
        .collect();
    paragraph
        .match_indices(entry.text.as_str())
        .any(|(at, found)| {
            let before = last_words(&paragraph[..at]);
            let mut rest = &paragraph[at + found.len()..];
            // Initials in brackets after a name belong to the blank: "Co. (PG&E) said".
            if let Some(inside) = rest.trim_start().strip_prefix('(') {
                rest = inside.split_once(')').map_or(rest, |(_, after)| after);
            }
            let after = first_words(rest);
            slots.iter().any(|(b, a)| {
                agree_end(b, &before)
                    || agree_start(a, &after)
                    || (dateline && at == 0 && b.is_empty())
            })
        })
}

/// How a drafted statement about the dateline begins.
const DATELINE: &str = "The article is datelined ";

fn last_words(text: &str) -> Vec<String> {
    let words = normalize::words(text);
    words[words.len().saturating_sub(3)..].to_vec()
}

fn first_words(text: &str) -> Vec<String> {
    normalize::words(text).into_iter().take(3).collect()
}

fn agree_end(a: &[String], b: &[String]) -> bool {
    let n = a.len().min(b.len());
    n > 0 && a[a.len() - n..] == b[b.len() - n..]
}

fn agree_start(a: &[String], b: &[String]) -> bool {
    let n = a.len().min(b.len());
    n > 0 && a[..n] == b[..n]
}

/// "14:14" as minutes after midnight.
fn time(text: &str) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    Some(h.parse::<u32>().ok()? * 60 + m.parse::<u32>().ok()?)
}

/// A time as written in a draft: "2:14 p.m.", "14:14".
fn time_of(text: &str) -> Option<u32> {
    let lower = text.to_lowercase().replace('.', "");
    let (clock, half) = match lower.split_once(' ') {
        Some((clock, half)) => (clock.to_owned(), Some(half.to_owned())),
        None => (lower.clone(), None),
    };
    let minutes = time(clock.trim_end_matches("pm").trim_end_matches("am"))?;
    let (h, m) = (minutes / 60, minutes % 60);
    let pm = half.as_deref() == Some("pm") || lower.ends_with("pm");
    let am = half.as_deref() == Some("am") || lower.ends_with("am");
    let h = if pm {
        h % 12 + 12
    } else if am {
        h % 12
    } else {
        h
    };
    Some(h * 60 + m)
}

/// "a third", "two thirds", "1/3" as a number.
fn fraction(text: &str) -> Option<f64> {
    if let Some((a, b)) = text.split_once('/') {
        return Some(a.trim().parse::<f64>().ok()? / b.trim().parse::<f64>().ok()?);
    }
    let words = normalize::words(text);
    let [count, part] = words.as_slice() else {
        return None;
    };
    let n = match count.as_str() {
        "a" | "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        _ => return None,
    };
    let d = match part.trim_end_matches('s') {
        "half" | "halve" => 2.0,
        "third" => 3.0,
        "quarter" => 4.0,
        "fifth" => 5.0,
        _ => return None,
    };
    Some(n / d)
}

/// Year, month and day, any of which a key may leave out.
type Calendar = (Option<i32>, Option<u32>, Option<u32>);

fn key_date(value: &str) -> Option<Calendar> {
    if let Some(rest) = value.strip_prefix("--") {
        let (m, d) = rest.split_once('-')?;
        return Some((None, Some(m.parse().ok()?), Some(d.parse().ok()?)));
    }
    let parts: Vec<&str> = value.split('-').collect();
    match parts.as_slice() {
        [y, m] => Some((Some(y.parse().ok()?), Some(m.parse().ok()?), None)),
        [y, m, d] => Some((
            Some(y.parse().ok()?),
            Some(m.parse().ok()?),
            Some(d.parse().ok()?),
        )),
        _ => None,
    }
}

/// The parts of a date as a draft writes it: "27 July 2018", "June 14", "Aug. 15", "September 2022".
fn calendar(text: &str) -> Option<Calendar> {
    if let Some(d) = Date::read(text) {
        return Some((Some(d.year), Some(d.month), Some(d.day)));
    }
    let (mut year, mut month, mut day) = (None, None, None);
    for word in normalize::words(text) {
        if let Some(m) = MONTHS
            .iter()
            .position(|m| word.len() >= 3 && m.to_lowercase().starts_with(&word))
        {
            month = Some(m as u32 + 1);
        } else if let Ok(n) = word.trim_end_matches(char::is_alphabetic).parse::<i32>() {
            if n > 31 {
                year = Some(n);
            } else {
                day = Some(n as u32);
            }
        } else if WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(&word)) {
            continue;
        } else {
            return None;
        }
    }
    month.map(|_| (year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_fractions_and_partial_dates() {
        assert_eq!(time_of("2:14 p.m."), Some(14 * 60 + 14));
        assert_eq!(time_of("14:14"), Some(14 * 60 + 14));
        assert_eq!(
            fraction("a third").map(|v| (v * 1000.0).round()),
            Some(333.0)
        );
        assert_eq!(calendar("Aug. 15"), Some((None, Some(8), Some(15))));
        assert_eq!(key_date("--08-15"), calendar("15 August"));
        assert_eq!(key_date("2022-09"), calendar("September 2022"));
        assert_eq!(key_date("2018-07-27"), calendar("July 27, 2018"));
        assert!(agree_start(
            &["june".into(), "14".into()],
            &["june".into(), "14".into(), "a".into()]
        ));
        assert!(!agree_end(&[], &["a".into()]));
    }
}
