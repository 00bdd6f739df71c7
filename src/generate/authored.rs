//! Questions written out by hand (`questions[]` in a file): asked as written, with their own
//! options or statement.

use rand::Rng;
use rand::seq::SliceRandom;

use super::{OPTIONS, numeric, rival_options, sort_numeric};
use crate::check::{Accepted, Context};
use crate::model::parse_truth;
use crate::model::{AnswerType, Authored, AuthoredKind, Event};
use crate::normalize;
use crate::question::{Expected, Kind, Passage, Question};

/// The question for a hand-written entry: its own options (three of its distractors, drawn at
/// random when it has more) or its own statement. `None` when it cannot be asked as written.
pub fn authored_question<R: Rng + ?Sized>(
    event: &Event,
    authored: &Authored,
    rng: &mut R,
) -> Option<Question> {
    match authored.kind {
        AuthoredKind::Choice => {
            let mut distractors = authored.distractors.clone();
            distractors.shuffle(rng);
            distractors.truncate(OPTIONS - 1);
            if distractors.is_empty() {
                return None;
            }
            let mut options = distractors;
            options.push(authored.answer.clone());
            options.shuffle(rng);
            // Options that are all numbers or years are listed in ascending order, as a number
            // fact's are (an imported "In which year...?" question, say).
            if options.iter().all(|o| numeric(o).0 != f64::MAX) {
                sort_numeric(&mut options);
            }
            authored_choice(event, authored, options)
        }
        AuthoredKind::Truefalse => {
            let truth = parse_truth(&authored.answer)?;
            let answer = if truth { "true" } else { "false" }.to_owned();
            Some(Question {
                kind: Kind::Truefalse,
                answer_type: None,
                expected: Expected::TrueFalse(truth),
                solution: answer.clone(),
                answer,
                ..base(event, authored)
            })
        }
    }
}

/// A hand-written multiple-choice question with `options` in the order shown, one of which is
/// its answer: as a game draws it, and as `factquiz judge --option` is given it. `None` when
/// none of them is the answer, or it is a true/false question.
pub fn authored_choice(
    event: &Event,
    authored: &Authored,
    options: Vec<String>,
) -> Option<Question> {
    if authored.kind != AuthoredKind::Choice {
        return None;
    }
    let key = normalize::key(&authored.answer);
    let correct = options.iter().position(|o| normalize::key(o) == key)?;
    let accepts = options
        .iter()
        .enumerate()
        .map(|(i, option)| {
            let mut forms = vec![option.clone()];
            if i == correct {
                forms.extend(authored.aliases.iter().cloned());
            }
            Accepted::new(AnswerType::Text, forms)
        })
        .collect();
    let mut expected = Expected::Choice {
        correct,
        options: rival_options(accepts, &options),
    };
    expected.give_context(&Context::of_question(event, &authored.question));
    Some(Question {
        options,
        expected,
        answer_forms: std::iter::once(&authored.answer)
            .chain(&authored.aliases)
            .cloned()
            .collect(),
        ..base(event, authored)
    })
}

/// What every question of a hand-written entry has.
fn base(event: &Event, authored: &Authored) -> Question {
    Question {
        id: authored.id.clone(),
        event_id: event.id.clone(),
        kind: Kind::Choice,
        prompt: authored.question.clone(),
        options: Vec::new(),
        expected: Expected::TrueFalse(true),
        answer: authored.answer.clone(),
        solution: authored.answer.clone(),
        answer_type: Some(AnswerType::Text),
        difficulty: authored.difficulty,
        explanation: authored.explanation.clone().unwrap_or_default(),
        paragraphs: authored.paragraphs.clone(),
        inferred: false,
        answer_forms: Vec::new(),
        passages: Vec::new(),
        cited_text: Passage::cited(event.source.shown(), &authored.paragraphs),
        follow_up: None,
    }
}
