//! Open Trivia DB (opentdb.com) responses: `{"response_code": 0, "results": [...]}` with
//! `multiple` and `boolean` questions, in any of the API's three encodings.

use std::collections::HashSet;

use serde::Deserialize;

use super::decode::{Encoding, decode};
use super::{ImportError, ImportOptions, Imported};
use crate::model::parse_truth;
use crate::model::{
    Authored, AuthoredKind, Difficulty, Event, FORMAT_VERSION, QuestionFile, Source,
};
use crate::normalize;

/// A response as the API sends it (`api.php?amount=…`), saved to a file.
#[derive(Debug, Clone, Deserialize)]
pub struct Response {
    #[serde(default)]
    pub response_code: u32,
    pub results: Vec<Item>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Item {
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub difficulty: String,
    #[serde(default)]
    pub category: String,
    pub question: String,
    pub correct_answer: String,
    #[serde(default)]
    pub incorrect_answers: Vec<String>,
}

/// The API's response codes other than 0 (success).
fn meaning(code: u32) -> &'static str {
    match code {
        1 => "no results: the database has too few questions for the query",
        2 => "invalid parameter in the query",
        3 => "session token not found",
        4 => "session token empty: every question was already returned; reset the token",
        5 => "rate limit: too many requests; wait five seconds",
        _ => "a code this version does not know",
    }
}

/// The item's strings, decoded.
struct Plain {
    kind: String,
    difficulty: String,
    category: String,
    question: String,
    correct: String,
    incorrect: Vec<String>,
}

pub fn from_opentdb(response: &Response, options: &ImportOptions) -> Result<Imported, ImportError> {
    if response.response_code != 0 {
        return Err(ImportError::ResponseCode {
            origin: options.origin.clone(),
            code: response.response_code,
            meaning: meaning(response.response_code),
        });
    }
    let encoding = options.encoding.unwrap_or_else(|| {
        let types: Vec<&str> = response.results.iter().map(|i| i.kind.as_str()).collect();
        let texts = response.results.iter().flat_map(|i| {
            [&i.question, &i.correct_answer]
                .into_iter()
                .chain(&i.incorrect_answers)
                .map(String::as_str)
        });
        Encoding::detect(&types, texts)
    });
    let width = response.results.len().to_string().len();
    let mut questions = Vec::new();
    let mut skipped = Vec::new();
    let mut categories: Vec<String> = Vec::new();
    for (index, item) in response.results.iter().enumerate() {
        let plain = decode_item(item, index, encoding, &options.origin)?;
        let id = format!("{}-{:0width$}", options.id, index + 1);
        match authored(id, &plain) {
            Ok(question) => {
                if !plain.category.is_empty() && !categories.contains(&plain.category) {
                    categories.push(plain.category.clone());
                }
                questions.push(question);
            }
            Err(why) => skipped.push(format!("results[{index}]: {why}")),
        }
    }
    if questions.is_empty() {
        return Err(ImportError::Nothing {
            origin: options.origin.clone(),
            skipped,
        });
    }
    let choice = questions
        .iter()
        .filter(|q| q.kind == AuthoredKind::Choice)
        .count();
    let summary = format!(
        "{} trivia questions imported from the Open Trivia DB response {}: {choice} multiple choice, {} true or false.",
        questions.len(),
        options.origin,
        questions.len() - choice,
    );
    let file = QuestionFile {
        schema: None,
        format: FORMAT_VERSION,
        event: Event {
            id: options.id.clone(),
            title: options.title.clone().unwrap_or_else(|| title(&categories)),
            // The day of the import is not the date of anything the questions are about.
            date: None,
            places: Vec::new(),
            summary,
            source: Source {
                kind: "trivia bank".to_owned(),
                paragraphs: 0,
                title: Some("Open Trivia Database".to_owned()),
                reference: Some("https://opentdb.com (questions under CC BY-SA 4.0)".to_owned()),
                text: None,
                digest: None,
            },
        },
        facts: Vec::new(),
        claims: Vec::new(),
        questions,
    };
    Ok(Imported {
        file,
        encoding,
        skipped,
    })
}

fn decode_item(
    item: &Item,
    index: usize,
    encoding: Encoding,
    origin: &str,
) -> Result<Plain, ImportError> {
    let field = |name: &'static str, text: &str| {
        decode(encoding, text).map_err(|message| ImportError::Decode {
            origin: origin.to_owned(),
            index,
            field: name,
            message: format!("{message} (read as {} encoding)", encoding.name()),
        })
    };
    Ok(Plain {
        kind: field("type", &item.kind)?,
        difficulty: field("difficulty", &item.difficulty)?,
        category: field("category", &item.category)?,
        question: field("question", &item.question)?,
        correct: field("correct_answer", &item.correct_answer)?,
        incorrect: item
            .incorrect_answers
            .iter()
            .map(|a| field("incorrect_answers", a))
            .collect::<Result<_, _>>()?,
    })
}

/// The question as a factquiz hand-written question, or why it cannot be one.
fn authored(id: String, item: &Plain) -> Result<Authored, String> {
    if item.question.is_empty() {
        return Err("the question is empty".to_owned());
    }
    if normalize::key(&item.correct).is_empty() {
        return Err("the correct answer is empty".to_owned());
    }
    let mut question = Authored {
        id,
        kind: AuthoredKind::Choice,
        question: item.question.clone(),
        answer: item.correct.clone(),
        aliases: Vec::new(),
        distractors: Vec::new(),
        difficulty: match item.difficulty.to_lowercase().as_str() {
            "easy" => Difficulty::Easy,
            "hard" => Difficulty::Hard,
            _ => Difficulty::Medium,
        },
        tags: if item.category.is_empty() {
            Vec::new()
        } else {
            vec![item.category.clone()]
        },
        paragraphs: Vec::new(),
        explanation: None,
    };
    match item.kind.as_str() {
        "multiple" if normalize::contains_words(&item.question, &item.correct) => {
            return Err(format!(
                "the question contains its own answer, {}",
                crate::echo::quoted(&item.correct)
            ));
        }
        "multiple" => {
            let mut seen: HashSet<String> = HashSet::from([normalize::key(&item.correct)]);
            question.distractors = item
                .incorrect
                .iter()
                .filter(|d| {
                    let key = normalize::key(d);
                    !key.is_empty() && seen.insert(key)
                })
                .cloned()
                .collect();
            if question.distractors.is_empty() {
                return Err("a multiple-choice question with no distinct wrong answers".to_owned());
            }
        }
        "boolean" => {
            let truth = parse_truth(&item.correct).ok_or_else(|| {
                format!(
                    "a true/false question whose answer is {:?}, not True or False",
                    item.correct
                )
            })?;
            question.kind = AuthoredKind::Truefalse;
            question.answer = truth.to_string();
        }
        other => {
            return Err(format!(
                "type {other:?} is not one factquiz knows (multiple or boolean)"
            ));
        }
    }
    Ok(question)
}

fn title(categories: &[String]) -> String {
    match categories {
        [] => "Open Trivia DB questions".to_owned(),
        [one] => format!("Open Trivia DB: {one}"),
        [one, two] => format!("Open Trivia DB: {one} and {two}"),
        [first, rest @ ..] => format!(
            "Open Trivia DB: {first} and {} other categories",
            rest.len()
        ),
    }
}
