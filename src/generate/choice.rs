//! Building a fact's question once its options are known (#11): the multiple-choice question a
//! game draws, and the same question with the options someone saw printed (`factquiz judge
//! --option`), through one function, so that `judge` judges exactly as a game does.

use super::{WORKED_OUT, accepted};
use crate::check::{Accepted, Context, canonical};
use crate::model::{AnswerType, Event, Fact};
use crate::question::{Expected, Kind, Passage, Question};

/// Where the answer goes in a question without one: "_____".
const BLANK: &str = "_____";

/// The multiple-choice question of `fact` with `options` in the order shown, one of which is its
/// answer (in any form that reads as it). `None` when none is.
pub fn fact_choice(event: &Event, fact: &Fact, options: Vec<String>) -> Option<Question> {
    let unit = fact.unit.as_deref();
    let shown = fact.answer_type.display(&fact.answer);
    let key = canonical(fact.answer_type, &shown, unit);
    let correct = options
        .iter()
        .position(|o| canonical(fact.answer_type, o, unit) == key)?;
    let accepts = options
        .iter()
        .enumerate()
        .map(|(i, option)| {
            if i == correct {
                accepted(fact, option)
            } else {
                Accepted {
                    unit: unit.map(str::to_owned),
                    ..Accepted::new(fact.answer_type, vec![option.clone()])
                }
            }
        })
        .collect();
    let expected = Expected::Choice {
        correct,
        options: rival_options(accepts, &options),
    };
    let solution = solution(fact, &shown);
    Some(fact_question_of(
        event,
        fact,
        (Kind::Choice, asked(fact), options),
        expected,
        (shown, solution),
    ))
}

/// A fact's question of `kind` with its prompt and options, what counts as right (given the
/// fact's context), and the answer and solution to show.
pub(super) fn fact_question_of(
    event: &Event,
    fact: &Fact,
    (kind, prompt, options): (Kind, String, Vec<String>),
    mut expected: Expected,
    (answer, solution): (String, String),
) -> Question {
    expected.give_context(&Context::of_fact(event, fact));
    // A fact worked out from the source says so wherever it is asked (#10).
    let prompt = if fact.inferred {
        format!("{prompt} {WORKED_OUT}")
    } else {
        prompt
    };
    let shown = fact.answer_type.display(&fact.answer);
    Question {
        id: fact.id.to_string(),
        event_id: event.id.clone(),
        kind,
        prompt,
        options,
        expected,
        answer,
        solution,
        answer_type: Some(fact.answer_type),
        difficulty: fact.difficulty,
        explanation: fact.explanation.to_string(),
        paragraphs: fact.paragraphs.clone(),
        inferred: fact.inferred,
        answer_forms: accepted(fact, &shown).forms,
        passages: Vec::new(),
        cited_text: Passage::cited(event.source.shown(), &fact.paragraphs),
        follow_up: None,
    }
}

/// The question a fact asks: its own, or its statement with a blank for the answer.
pub(super) fn asked(fact: &Fact) -> String {
    match &fact.question {
        Some(question) => question.to_string(),
        None => fact.fill(BLANK),
    }
}

/// The answer as the feedback shows it: for a number, with the hedge its statement puts before
/// it ("about", "more than") and its unit, so the answer line says no more than the source.
pub(super) fn solution(fact: &Fact, shown: &str) -> String {
    if fact.answer_type != AnswerType::Number {
        return shown.to_owned();
    }
    let hedged = match crate::model::hedge::before_slot(&fact.statement) {
        Some(hedge) => format!("{hedge} {shown}"),
        None => shown.to_owned(),
    };
    match &fact.unit {
        // "twice", "double", "three times": a count of times says its unit in its own words;
        // "P45", "Rs 3.2 crore": an amount written with its currency's sign or code says it too.
        Some(unit)
            if crate::check::number::counts_times(shown)
                || shown.to_lowercase().ends_with(&unit.to_lowercase())
                || signed_in(shown, unit) =>
        {
            hedged
        }
        Some(unit) => format!("{hedged} {}", one_of(shown, unit)),
        None => hedged,
    }
}

/// The unit as one of it says it after "1" or "one": "1 dollar", "1 year", not "1 dollars"
/// (seen in play, twenty-eighth session); a unit no plain plural "s" ends is kept ("1 km", "1
/// people", "1 bus", "1 series", "1 casualties" rather than a wrong singular).
fn one_of<'u>(shown: &str, unit: &'u str) -> &'u str {
    let one = shown == "1" || shown.eq_ignore_ascii_case("one");
    // Not a plural made with "es" or "ves" ("matches", "taxes", "buses", "lives"), whose
    // singular is not the word less its "s" (sixth reader).
    let plain = unit.len() >= 4
        && unit.ends_with('s')
        && ![
            "ss", "us", "is", "as", "os", "ies", "ics", "ches", "shes", "xes", "ses", "zes", "ves",
        ]
        .iter()
        .any(|end| unit.ends_with(end));
    match unit.strip_suffix('s') {
        Some(single) if one && plain => single,
        _ => unit,
    }
}

/// Whether `shown` opens with a sign or the code of a currency whose unit is `unit`: "P45" in
/// pesos, "Rs 3.2 crore" in rupees.
fn signed_in(shown: &str, unit: &str) -> bool {
    crate::check::currencies::CURRENCIES
        .iter()
        .filter(|c| c.unit == unit)
        .flat_map(|c| c.signs.iter().chain(std::iter::once(&c.code)))
        .any(|sign| {
            shown.strip_prefix(sign).is_some_and(|rest| {
                rest.trim_start()
                    .starts_with(|ch: char| ch.is_ascii_digit())
            })
        })
}

/// Each option's accepted forms, with the other options as the rivals a spelling slip must not land on.
pub(super) fn rival_options(accepts: Vec<Accepted>, options: &[String]) -> Vec<Accepted> {
    accepts
        .into_iter()
        .enumerate()
        .map(|(i, accepted)| Accepted {
            rivals: options
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, o)| o.clone())
                .collect(),
            ..accepted
        })
        .collect()
}
