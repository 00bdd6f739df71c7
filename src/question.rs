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
    /// Which paragraph of the source supports or refutes a claim or a fact's statement (#17).
    Evidence,
    /// Which detail of a source paragraph has been changed (#17).
    Altered,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Short,
        Kind::Choice,
        Kind::Truefalse,
        Kind::Verdict,
        Kind::Evidence,
        Kind::Altered,
    ];

    /// The kinds that show the source's paragraphs, so only a file with its text or digest has them.
    pub const FROM_SOURCE: [Kind; 2] = [Kind::Evidence, Kind::Altered];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Short => "short",
            Kind::Choice => "choice",
            Kind::Truefalse => "truefalse",
            Kind::Verdict => "verdict",
            Kind::Evidence => "evidence",
            Kind::Altered => "altered",
        }
    }

    /// How the kind is named to a player.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Short => "short answer",
            Kind::Choice => "multiple choice",
            Kind::Truefalse => "true or false",
            Kind::Verdict => "fact-check",
            Kind::Evidence => "evidence",
            Kind::Altered => "altered detail",
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
    /// The number of a paragraph: right when it is one of `cited`; a number outside 1..=`count`
    /// is no paragraph and is asked again.
    Paragraph {
        cited: Vec<u32>,
        count: u32,
    },
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
            Expected::TrueFalse(_) | Expected::Verdict(_) | Expected::Paragraph { .. } => {}
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
    /// The paragraphs of the source shown with the question (an evidence or altered-detail
    /// question), numbered: a text the player reads before answering, like the prompt.
    pub passages: Vec<Passage>,
    /// The cited paragraphs, as the file has them (text or digest), for `hint`; empty when the
    /// file has neither.
    pub cited_text: Vec<Passage>,
    /// A question the game may ask after a right answer to this one: for a claim the source
    /// decides, in a file with its paragraphs, its evidence question (the FEVER-strict bonus).
    pub follow_up: Option<Box<Question>>,
}

/// One paragraph of the source as the game shows it: its number and its text (or digest line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub number: u32,
    pub text: String,
}

impl Passage {
    /// The paragraphs numbered `cited` of `shown` (a source's text or digest), those that exist.
    pub fn cited(shown: Option<&[String]>, cited: &[u32]) -> Vec<Passage> {
        let Some(shown) = shown else {
            return Vec::new();
        };
        cited
            .iter()
            .filter_map(|&p| {
                let text = shown.get((p as usize).checked_sub(1)?)?;
                Some(Passage {
                    number: p,
                    text: text.clone(),
                })
            })
            .collect()
    }
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
