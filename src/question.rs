//! A question as the engine asks it: generated from a fact or a claim, never written out by hand.

use std::fmt;

use serde::Serialize;

use crate::check::{Accepted, Context};
use crate::model::{AnswerType, Difficulty, Verdict};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Short,
    Choice,
    Truefalse,
    Verdict,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Short, Kind::Choice, Kind::Truefalse, Kind::Verdict];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Short => "short",
            Kind::Choice => "choice",
            Kind::Truefalse => "truefalse",
            Kind::Verdict => "verdict",
        }
    }

    /// How the kind is named to a player.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Short => "short answer",
            Kind::Choice => "multiple choice",
            Kind::Truefalse => "true or false",
            Kind::Verdict => "fact-check",
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a right answer is, by kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// A typed answer.
    Typed(Accepted),
    /// The index of the right option; each option also has its own accepted forms, so that typing an
    /// option's text picks it.
    Choice {
        correct: usize,
        options: Vec<Accepted>,
    },
    TrueFalse(bool),
    Verdict(Verdict),
}

impl Expected {
    /// Gives every accepted answer the question's context, to read typed phrases with it in mind.
    pub fn give_context(&mut self, context: &Context) {
        match self {
            Expected::Typed(accepted) => accepted.context = context.clone(),
            Expected::Choice { options, .. } => {
                for option in options {
                    option.context = context.clone();
                }
            }
            Expected::TrueFalse(_) | Expected::Verdict(_) => {}
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// The id of the fact or claim the question came from.
    pub id: String,
    pub event_id: String,
    pub kind: Kind,
    /// The question or statement put to the player (options are separate).
    pub prompt: String,
    /// The options of a multiple-choice question, in the order shown; empty for other kinds.
    pub options: Vec<String>,
    pub expected: Expected,
    /// A string that, typed at this prompt, is judged right.
    pub answer: String,
    /// The right answer as shown in feedback ("55 cases", "refuted", "false: it was Wonsan").
    pub solution: String,
    pub answer_type: Option<AnswerType>,
    pub difficulty: Difficulty,
    pub explanation: String,
    pub paragraphs: Vec<u32>,
    pub inferred: bool,
    /// What the question asks the player to know: a fact's answer and its other accepted forms,
    /// or a hand-written choice question's answer and aliases (empty for claims and hand-written
    /// true/false questions). No text the game shows before this question may contain one.
    pub answer_forms: Vec<String>,
}

impl Question {
    /// "¶2, ¶6"
    pub fn cited(&self) -> String {
        self.paragraphs
            .iter()
            .map(|p| format!("¶{p}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}
