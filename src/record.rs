//! The record of a played game as it is kept on disk: one JSON object a line in
//! `history.jsonl`, each with its format version. Plain data; `store` reads and writes it, `stats`
//! and `practice` read it.

use serde::{Deserialize, Serialize};

pub use crate::engine::{Ending, Mode, Outcome};
use crate::engine::{Game, ItemKey};
use crate::model::AnswerType;
use crate::question::Kind;

/// The version of the record format this build writes (and the newest it reads).
pub const HISTORY_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub version: u32,
    /// When the game ended, UTC, RFC 3339 (`2026-11-25T15:30:12Z`).
    pub time: String,
    pub mode: Mode,
    /// The events the game drew from, by id.
    pub events: Vec<String>,
    pub seed: u64,
    pub options: Options,
    pub ending: Ending,
    pub score: u32,
    pub max_score: u32,
    pub correct: u32,
    /// Questions answered, skips included.
    pub answered: u32,
    pub skipped: u32,
    pub total: u32,
    pub questions: Vec<Asked>,
}

/// The options a game was played with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Options {
    pub count: u32,
    pub kinds: Vec<Kind>,
    pub strict: bool,
    pub streak_bonus: bool,
    /// `--timed` seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timed: Option<f64>,
    /// The events asked for with `--event`; empty: every event loaded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<String>,
}

/// One question of the game and what became of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Asked {
    pub event: String,
    /// The fact, claim or hand-written question it came from.
    pub id: String,
    pub kind: Kind,
    /// The fact's answer type; none for a claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_type: Option<AnswerType>,
    /// What typed at the prompt is right (for true/false, "true" or "false").
    pub answer: String,
    /// What the player typed; `null` for a question not reached.
    pub given: Option<String>,
    pub result: Outcome,
    pub points: u32,
    /// Typed, judged wrong, and counted as right at the player's word (`!`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub overridden: bool,
}

impl Asked {
    pub fn key(&self) -> ItemKey {
        ItemKey {
            event: self.event.clone(),
            id: self.id.clone(),
        }
    }
}

impl Record {
    /// The record of `game`, played in `mode` with `options`, ended as `ending` at `time`.
    pub fn of(game: &Game, mode: Mode, options: Options, ending: Ending, time: String) -> Record {
        let score = game.score();
        let answers = game.answers();
        let mut events: Vec<String> = Vec::new();
        let questions = game
            .questions()
            .iter()
            .enumerate()
            .map(|(i, q)| {
                if !events.contains(&q.event_id) {
                    events.push(q.event_id.clone());
                }
                let answer = answers.get(i);
                let result = answer.map_or(Outcome::Unanswered, |a| a.outcome());
                Asked {
                    event: q.event_id.clone(),
                    id: q.id.clone(),
                    kind: q.kind,
                    answer_type: q.answer_type,
                    answer: q.answer.clone(),
                    given: answer.map(|a| a.given.clone()),
                    result,
                    points: answer.map_or(0, |a| a.points),
                    overridden: answer.is_some_and(|a| a.overridden),
                }
            })
            .collect();
        events.sort();
        Record {
            version: HISTORY_VERSION,
            time,
            mode,
            events,
            seed: game.seed(),
            options,
            ending,
            score: score.points,
            max_score: game.max_score(),
            correct: score.correct,
            answered: score.answered,
            skipped: score.skipped,
            total: game.questions().len() as u32,
            questions,
        }
    }

    /// The best score before this one among games of the same mode, events and length; `None`
    /// when there is none to compare with.
    pub fn previous_best<'a>(&self, earlier: impl IntoIterator<Item = &'a Record>) -> Option<u32> {
        earlier
            .into_iter()
            .filter(|r| r.mode == self.mode && r.events == self.events && r.total == self.total)
            .map(|r| r.score)
            .max()
    }
}
