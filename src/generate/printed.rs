//! A fact's multiple-choice question with its options given, in the order they were printed:
//! `factquiz judge --option` judges a line typed at a question someone saw (#11). Hand-written
//! multiple-choice questions likewise.

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::{Generator, accepted, authored_question, display, rival_options};
use crate::check::{Accepted, Context, canonical};
use crate::model::{AnswerType, Authored, AuthoredKind, Event, Fact};
use crate::normalize;
use crate::question::{Expected, Kind, Question};

impl Generator<'_> {
    /// The multiple-choice question of `fact` with `options` as printed, one of which must be its
    /// answer. `None` when none is.
    pub fn choice_as_printed(
        &self,
        event: &Event,
        fact: &Fact,
        options: &[String],
    ) -> Option<Question> {
        let mut open = fact.clone();
        open.kinds = None;
        let mut rng = StdRng::seed_from_u64(0);
        let mut question = self.fact_question(event, &open, Kind::Short, true, &mut rng)?;
        let unit = fact.unit.as_deref();
        let shown = display(fact.answer_type, &fact.answer);
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
        question.kind = Kind::Choice;
        question.options = options.to_vec();
        question.expected = Expected::Choice {
            correct,
            options: rival_options(accepts, options),
        };
        question
            .expected
            .give_context(&Context::of_fact(event, fact));
        Some(question)
    }
}

/// A hand-written multiple-choice question with `options` as printed, one of which must be its
/// answer. `None` when none is, or when it is a true/false question.
pub fn authored_as_printed(
    event: &Event,
    authored: &Authored,
    options: &[String],
) -> Option<Question> {
    if authored.kind != AuthoredKind::Choice {
        return None;
    }
    let mut rng = StdRng::seed_from_u64(0);
    let mut question = authored_question(event, authored, &mut rng)?;
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
    question.options = options.to_vec();
    question.expected = Expected::Choice {
        correct,
        options: rival_options(accepts, options),
    };
    question
        .expected
        .give_context(&Context::of_question(event, &authored.question));
    Some(question)
}
