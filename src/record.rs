//! The record of a played game as it is kept on disk: one JSON object a line in
//! `history.jsonl`, each with its format version. Plain data; `store` reads and writes it, `stats`
//! and `practice` read it.

use serde::{Deserialize, Serialize};

pub use crate::engine::{Confidence, Ending, Mode, Outcome, Totals};
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
    /// `score`, `max_score`, `correct`, `answered` (skips included), `skipped` and `total`.
    #[serde(flatten)]
    pub totals: Totals,
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
    /// `--confidence`: answers earned certainty-based marks.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub confidence: bool,
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
    /// What it earned: points, or with `--confidence` its marks (below zero for a sure miss).
    pub points: i32,
    /// Typed, judged wrong, and counted as right at the player's word (`!`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub overridden: bool,
    /// How sure the player said they were, 1 to 3 (`--confidence`); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
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
                    points: answer.map_or(0, |a| a.earned()),
                    overridden: answer.is_some_and(|a| a.overridden),
                    confidence: answer.and_then(|a| a.confidence),
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
            totals: game.totals(),
            questions,
        }
    }

    /// The best score before this one among games of the same mode, events, length and marking
    /// (points, or marks with `--confidence`); `None` when there is none to compare with.
    pub fn previous_best<'a>(&self, earlier: impl IntoIterator<Item = &'a Record>) -> Option<i32> {
        earlier
            .into_iter()
            .filter(|r| {
                r.mode == self.mode
                    && r.events == self.events
                    && r.totals.total == self.totals.total
                    && r.options.confidence == self.options.confidence
            })
            .map(|r| r.totals.score)
            .max()
    }
}
