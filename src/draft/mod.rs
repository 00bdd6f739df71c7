//! Drafting a question file from a plain-text article (issue #15): the article's numbers, dates,
//! years, weekdays and names become facts with the value blanked from their sentence, with
//! distractors of the same type and unit, and claims are made by restating or falsifying a
//! sentence; the best are kept. Pure: text in, a question file out, checked by the validator. No
//! language model, no network, no model files.
//!
//! The stages, each in its own file: `article` (paragraphs), `paragraph` (tokens, sentences,
//! quotations), `dateline`, `dates`, `numbers`, `mentions` and `entities` (names), `facts`
//! (statements, questions), `distractors`, `claims`, `rank`.

mod article;
mod claims;
mod computed;
mod dateline;
mod dates;
mod distractors;
mod durations;
mod entities;
mod facts;
mod grouping;
mod index;
mod lexicon;
mod mentions;
mod nudges;
mod numbers;
mod paragraph;
pub mod quality;
mod rank;
mod sentences;
mod tokens;
mod value;

use std::collections::HashMap;

use crate::check::date::Date;
use crate::loader::{Loaded, Origin};
use crate::model::{Event, EventDate, FORMAT_VERSION, QuestionFile, Source};
use crate::normalize;
use crate::validate::{Severity, validate};

use paragraph::Paragraph;
use value::Found;

/// How many items a draft keeps unless told otherwise: enough for a game of about 20 questions,
/// with room for the draw to leave out the few whose answer another item would show first.
pub const DEFAULT_MAX: usize = 30;

/// What the drafted file is called and how much of it to keep.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftOptions {
    /// The event id; fact and claim ids are made from it.
    pub id: String,
    pub title: String,
    /// The event's date (`YYYY-MM-DD`) when the author gives it.
    pub date: Option<String>,
    /// Where the article came from, kept as the source's reference.
    pub reference: Option<String>,
    /// How many facts and claims to keep, the best first.
    pub max: usize,
}

/// A drafted question file, and what drafting saw on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub file: QuestionFile,
    /// Facts and claims drafted before ranking kept the best.
    pub candidates: usize,
    /// Items the validator refused and the draft left out (none, when the rules work).
    pub refused: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    #[error("the article is empty: it has no text to draft questions from")]
    Empty,
    #[error(
        "nothing to ask: the article's {paragraphs} {} no number, date or name that a question could be made of",
        if *.paragraphs == 1 { "paragraph holds" } else { "paragraphs hold" }
    )]
    NothingToAsk { paragraphs: usize },
}

/// Drafts a question file from the plain text of an article.
/// Every item drafted from `text`, unranked (`--max` as large as it goes): for the drafter's
/// own unit tests.
#[cfg(test)]
pub(crate) fn draft_all(text: &str) -> QuestionFile {
    let options = DraftOptions {
        id: "t".into(),
        title: "Test".into(),
        date: None,
        reference: None,
        max: usize::MAX,
    };
    draft(text, &options).unwrap().file
}

pub fn draft(text: &str, options: &DraftOptions) -> Result<Draft, DraftError> {
    let texts = article::paragraphs(text);
    if texts.is_empty() {
        return Err(DraftError::Empty);
    }
    let drafted = sample(texts.len());
    let mut paragraphs: Vec<Paragraph> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if drafted(i) {
                Paragraph::new(i, t)
            } else {
                Paragraph::skipped(i)
            }
        })
        .collect();
    if grouping::spaced_thousands(&texts) {
        paragraphs.iter_mut().for_each(grouping::join);
    }
    let (found, dateline_date) = find(&mut paragraphs);
    let look = index::Index::new(&found);
    let asked = sentences(&found);
    let mut facts: Vec<facts::Drafted> = (0..found.len())
        .filter(|&i| asked(&found[i]))
        .filter_map(|i| facts::fact(&paragraphs, &found, &look, i, &options.id))
        .collect();
    // The game's header shows the title: a fact whose answer it contains is never asked.
    facts.retain(|d| !in_title(&options.title, &d.fact));
    unique_ids(&mut facts);
    let claims = claims::claims(&facts, &found);
    let candidates = facts.len() + claims.len();
    let kept = rank::select(&facts, &claims, &found, options.max);
    let mut file = QuestionFile {
        schema: None,
        format: FORMAT_VERSION,
        event: event(options, &texts, &found, dateline_date),
        facts: kept.facts.iter().map(|&i| facts[i].fact.clone()).collect(),
        claims: kept
            .claims
            .iter()
            .map(|&i| claims[i].claim.clone())
            .collect(),
        questions: Vec::new(),
    };
    file.event.summary = summary(options, &file);
    let refused = check(&mut file);
    if file.facts.is_empty() && file.claims.is_empty() {
        return Err(DraftError::NothingToAsk {
            paragraphs: texts.len(),
        });
    }
    file.event.summary = summary(options, &file);
    Ok(Draft {
        file,
        candidates,
        refused,
    })
}

/// Whether the title's words hold the fact's answer or an alias, word for word ("Marlcombe" in
/// "Marlcombe cup upset").
fn in_title(title: &str, fact: &crate::model::Fact) -> bool {
    let words = normalize::words(title);
    fact.forms()
        .map(normalize::words)
        .any(|form| !form.is_empty() && words.windows(form.len()).any(|w| w == form.as_slice()))
}

/// The most paragraphs a draft looks into: a longer text (a book, a whole feed) is drafted from
/// this many paragraphs spread evenly over it, the first among them, so that drafting takes the
/// same short time however long the text is. A news article has far fewer.
const MOST_PARAGRAPHS: usize = 200;

/// Whether the paragraph at each index is one the draft looks into.
fn sample(count: usize) -> impl Fn(usize) -> bool {
    move |i| count <= MOST_PARAGRAPHS || (i * MOST_PARAGRAPHS) % count < MOST_PARAGRAPHS
}

/// The most sentences a draft makes facts from, spread evenly over those with values; the values
/// of the others still serve as distractors.
const MOST_SENTENCES: usize = 400;

/// Whether a found value's sentence is one the draft makes facts from.
fn sentences(found: &[Found]) -> impl Fn(&Found) -> bool {
    let mut all: Vec<(usize, usize)> = found.iter().map(|f| (f.paragraph, f.sentence)).collect();
    all.dedup();
    let count = all.len();
    let chosen: std::collections::HashSet<(usize, usize)> = all
        .into_iter()
        .enumerate()
        .filter(|(i, _)| count <= MOST_SENTENCES || (i * MOST_SENTENCES) % count < MOST_SENTENCES)
        .map(|(_, at)| at)
        .collect();
    move |f| chosen.contains(&(f.paragraph, f.sentence))
}

/// Every value of the article, in paragraph order, and the dateline's date if it has one.
fn find(paragraphs: &mut [Paragraph]) -> (Vec<Found>, Option<usize>) {
    let mut found = Vec::new();
    let mut seeds = Vec::new();
    if let Some(first) = paragraphs.first_mut()
        && let Some((entity, place)) = dateline::dateline(first)
    {
        seeds.push(entity);
        found.push(place);
    }
    let vocabulary = mentions::vocabulary(paragraphs);
    let money = numbers::Money::of(paragraphs);
    let products = numbers::Products::of(paragraphs);
    let mut all_mentions = Vec::new();
    for p in paragraphs.iter() {
        // The dateline's place is taken already.
        let place = found
            .first()
            .filter(|f| f.dateline && f.paragraph == p.index)
            .map(|f| f.slot.clone());
        let mut taken: Vec<bool> = p
            .tokens
            .iter()
            .map(|t| {
                place
                    .as_ref()
                    .is_some_and(|s| s.start <= t.start && t.end <= s.end)
            })
            .collect();
        let mut here = dates::dates(p, &mut taken);
        here.extend(numbers::numbers(p, &mut taken, money));
        // "the Vale 3 Pro", "Android 16": a model's number is no value (#15).
        here.retain(|f| {
            f.class != value::Class::Number || !products.model(p, p.token_at(f.slot.start))
        });
        for f in &mut here {
            f.dateline = f.slot.end <= p.body;
            // A bound keeps its wrong options on the side where they are wrong ("more than 930":
            // above it); a time or date said as a limit ("before 07:00") is hedged.
            if let Some(order) = value::bound_order(p, f) {
                f.order = Some(order);
            }
            if value::limit(p, f) {
                f.hedge = value::Hedge::Bound;
            }
        }
        value::keep_dates_in_order(&mut here);
        found.extend(here.into_iter().filter(|f| !f.answer.is_empty()));
        all_mentions.extend(mentions::mentions(p, &taken, &vocabulary));
    }
    found.extend(entities::resolve(paragraphs, &all_mentions, seeds));
    // Bare "2:05"s among race times of two hours are race times too.
    let hours: Vec<u32> = found
        .iter()
        .filter_map(|f| match f.value {
            value::Value::Duration(s) if s >= 3600 => Some(s / 3600),
            _ => None,
        })
        .collect();
    if hours.len() >= 2 {
        let bare: Vec<Found> = paragraphs
            .iter()
            .flat_map(|p| numbers::bare_durations(p, &hours, &found))
            .collect();
        found.extend(bare);
    }
    found.sort_by_key(|f| (f.paragraph, f.slot.start));
    let dateline_date = found
        .iter()
        .position(|f| f.dateline && f.class == value::Class::Date);
    (found, dateline_date)
}

/// Ids stay unique when two values of a paragraph read alike.
fn unique_ids(facts: &mut [facts::Drafted]) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for d in facts {
        let n = seen.entry(d.fact.id.to_string()).or_default();
        *n += 1;
        if *n > 1 {
            d.fact.id = format!("{}-{n}", d.fact.id).into();
        }
    }
}

/// The event: its date is the author's, else a full date in the dateline, else none (see `date`).
fn event(
    options: &DraftOptions,
    texts: &[String],
    found: &[Found],
    dateline_date: Option<usize>,
) -> Event {
    Event {
        id: options.id.clone(),
        title: options.title.clone(),
        date: date(options, found, dateline_date),
        places: Vec::new(),
        summary: String::new(),
        source: Source {
            kind: "news article".into(),
            paragraphs: texts.len() as u32,
            title: None,
            reference: options.reference.clone(),
            text: Some(texts.to_vec()),
            digest: None,
        },
    }
}

/// The event's date: the author's, else a full date in the dateline (marked as worked out), else
/// none: the article gives no full date.
fn date(
    options: &DraftOptions,
    found: &[Found],
    dateline_date: Option<usize>,
) -> Option<EventDate> {
    match (&options.date, dateline_date.map(|i| &found[i].value)) {
        (Some(date), _) => Some(EventDate {
            value: date.clone(),
            inferred: false,
            basis: None,
        }),
        (None, Some(value::Value::Date(d))) => Some(EventDate {
            value: d.iso(),
            inferred: true,
            basis: Some(
                "the date in the article's dateline, taken as the event's date by the draft".into(),
            ),
        }),
        _ => None,
    }
}

fn summary(options: &DraftOptions, file: &QuestionFile) -> String {
    format!(
        "Drafted by factquiz from {} ({}): {}, each tagged \"unreviewed\" until its author has checked it against the article.",
        options.reference.as_deref().unwrap_or("an article"),
        count(file.event.source.paragraphs as usize, "paragraph"),
        counts(file)
    )
}

/// "7 facts and 1 claim".
pub fn counts(file: &QuestionFile) -> String {
    format!(
        "{} and {}",
        count(file.facts.len(), "fact"),
        count(file.claims.len(), "claim")
    )
}

/// "1 claim", "7 facts".
fn count(n: usize, what: &str) -> String {
    format!("{n} {what}{}", if n == 1 { "" } else { "s" })
}

/// Runs the validator on the draft and leaves out any item it refuses, so that a draft always
/// validates; returns how many were left out. The rules are built so that this finds nothing
/// (a test holds them to it); it is the net under them.
fn check(file: &mut QuestionFile) -> usize {
    let mut refused = 0;
    for _ in 0..3 {
        let loaded = Loaded {
            origin: Origin::File("draft".into()),
            text: String::new(),
            file: file.clone(),
            digest: None,
            checked: false,
        };
        let problems = validate(std::slice::from_ref(&loaded));
        let mut bad_facts = Vec::new();
        let mut bad_claims = Vec::new();
        for p in problems.iter().filter(|p| p.severity == Severity::Error) {
            let index = |list: &str| {
                p.field
                    .strip_prefix(list)
                    .and_then(|rest| rest.strip_prefix('['))
                    .and_then(|rest| rest.split(']').next())
                    .and_then(|n| n.parse::<usize>().ok())
            };
            if let Some(i) = index("facts") {
                bad_facts.push(i);
            } else if let Some(i) = index("claims") {
                bad_claims.push(i);
            }
        }
        if bad_facts.is_empty() && bad_claims.is_empty() {
            break;
        }
        refused += remove(&mut file.facts, &bad_facts) + remove(&mut file.claims, &bad_claims);
    }
    refused
}

fn remove<T>(items: &mut Vec<T>, bad: &[usize]) -> usize {
    let before = items.len();
    let mut index = 0;
    items.retain(|_| {
        index += 1;
        !bad.contains(&(index - 1))
    });
    before - items.len()
}

/// The event's date from `--date`: a calendar date in any form the game reads, as `YYYY-MM-DD`.
pub fn parse_date(text: &str) -> Result<String, String> {
    Date::read(text)
        .map(Date::iso)
        .ok_or_else(|| format!("{text:?} is not a date; give one such as 2018-07-27"))
}

#[cfg(test)]
mod bound_tests;
#[cfg(test)]
mod order_tests;
#[cfg(test)]
mod props;
#[cfg(test)]
pub(crate) mod tests;
