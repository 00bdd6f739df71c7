//! Measuring drafts against a labelled key (issue #15): for an article and a key listing every
//! number, date, year, weekday and name with its paragraph, how many drafted facts are right
//! (precision) and how many key entries were drafted (recall). Pure: the caller reads the files.
//!
//! A drafted fact is right when its answer is stated in its cited paragraph and it matches a key
//! entry of that paragraph, of the same type and value, at the same place: the words around the
//! entry's text in the paragraph are the words around the blank in the statement, so the fact
//! means what the key says the value means there.

use serde::Deserialize;

use crate::model::{Fact, QuestionFile};

mod matching;
mod read;

use matching::matches;

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

    /// A date keyed as a month alone, "--02" ("in February"): the conventions leave a month
    /// named alone unkeyed (the game has no month-only date), so such an entry from a key
    /// written before that is not counted in recall.
    fn is_month_only(&self) -> bool {
        self.kind == "date"
            && self.value.strip_prefix("--").is_some_and(|m| {
                (1..=2).contains(&m.len()) && m.bytes().all(|b| b.is_ascii_digit())
            })
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
    /// Key dates written "--MM" (a month alone), left out of recall.
    pub months_left_out: usize,
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
        self.months_left_out += other.months_left_out;
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
            if let Some(whole) = matches(fact, entry, &text) {
                drafted[k] |= whole;
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
        let counted = if entry.is_month_only() {
            figures.months_left_out += 1;
            false
        } else if entry.is_name() {
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
pub(super) fn kind_of(fact: &Fact) -> &'static str {
    let tag = fact.tags.iter().find_map(|t| match t.as_str() {
        "number" | "percent" | "money" | "ordinal" | "fraction" | "time" | "duration" => {
            Some("number")
        }
        "year" | "years" | "decade" => Some("year"),
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

#[cfg(test)]
mod tests {
    use super::matching::tests::entry;
    use super::*;
    use crate::draft::{DraftOptions, draft};

    #[test]
    fn a_month_keyed_alone_is_left_out_of_recall_and_counted() {
        let article = "Bus fares in Dunmore rose 4 per cent in February, the council said on \
                       March 9, 2026, and again in April.";
        let options = DraftOptions {
            id: "m".into(),
            title: "Measured".into(),
            date: None,
            reference: None,
            max: usize::MAX,
        };
        let file = draft(article, &options).unwrap().file;
        let key = [
            entry("number", "4 per cent", "4"),
            entry("date", "February", "--02"),
            entry("date", "March 9, 2026", "2026-03-09"),
            entry("date", "April", "--04"),
        ];
        let figures = measure(&file, &key);
        assert_eq!(figures.months_left_out, 2);
        assert_eq!((figures.values_drafted, figures.values), (2, 2));
        assert!(figures.missed.is_empty(), "{:?}", figures.missed);
        // A day of a month with no year ("--03-09") and a month of a year ("2026-04") still
        // count: neither is what the draft states, so both are missed.
        let key = [
            entry("date", "March 9", "--03-09"),
            entry("date", "April", "2026-04"),
        ];
        let figures = measure(&file, &key);
        assert_eq!(figures.months_left_out, 0);
        assert_eq!(figures.values, 2);
        assert_eq!(figures.missed.len(), 2, "{:?}", figures.missed);
    }
}
