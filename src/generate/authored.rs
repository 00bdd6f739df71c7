//! Questions written out by hand (`questions[]` in a file): asked as written, with their own
//! options or statement.

use rand::Rng;
use rand::seq::SliceRandom;

use super::{OPTIONS, parse_truth, rival_options};
use crate::check::Accepted;
use crate::model::{AnswerType, Authored, AuthoredKind, Event};
use crate::question::{Expected, Kind, Question};

/// The question for a hand-written entry: its own options (three of its distractors, drawn at
/// random when it has more) or its own statement. `None` when it cannot be asked as written.
pub fn authored_question<R: Rng + ?Sized>(
    event: &Event,
    authored: &Authored,
    rng: &mut R,
) -> Option<Question> {
    let mut question = Question {
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
    };
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
            let correct = options.iter().position(|o| *o == authored.answer)?;
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
            question.answer_forms = std::iter::once(&authored.answer)
                .chain(&authored.aliases)
                .cloned()
                .collect();
            question.expected = Expected::Choice {
                correct,
                options: rival_options(accepts, &options),
            };
            question.options = options;
        }
        AuthoredKind::Truefalse => {
            let truth = parse_truth(&authored.answer)?;
            question.kind = Kind::Truefalse;
            question.answer_type = None;
            question.expected = Expected::TrueFalse(truth);
            question.answer = if truth { "true" } else { "false" }.to_owned();
            question.solution = question.answer.clone();
        }
    }
    Some(question)
}
