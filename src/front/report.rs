//! The machine-readable summary of a game printed by `--json`.

use serde::Serialize;

use crate::check::Match;
use crate::engine::{Confidence, Game, Outcome, Totals};

#[derive(Debug, Serialize)]
pub struct Report {
    /// `score`, `max_score`, `correct`, `answered` (here without the skips), `skipped`, `total`.
    #[serde(flatten, serialize_with = "Totals::without_skips")]
    pub totals: Totals,
    /// Answered after the time limit, or not before it (`--timed`): not right.
    pub late: u32,
    /// `--confidence`: the certainty-based score (then the same as `score`); absent without it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cbm_score: Option<i32>,
    /// This game beat the best score of earlier games like it.
    pub new_best: bool,
    pub seed: u64,
    pub questions: Vec<ReportQuestion>,
}

#[derive(Debug, Serialize)]
pub struct ReportQuestion {
    /// The fact or claim the question came from.
    pub id: String,
    pub event: String,
    pub kind: &'static str,
    pub prompt: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    /// What the player typed; `null` for questions not reached.
    pub given: Option<String>,
    /// A string that, typed at this prompt, is judged right.
    pub answer: String,
    /// Right, and in time.
    pub correct: bool,
    /// right, wrong, skipped, late or unanswered.
    pub result: Outcome,
    /// The player typed `skip`.
    pub skipped: bool,
    /// Set when a slip was accepted: the right spelling.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spelling: Option<String>,
    /// Points earned; with `--confidence`, the marks.
    pub points: i32,
    /// Typed, judged wrong, and counted as right at the player's word (`!`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub overridden: bool,
    /// How sure the player said they were, 1 to 3 (`--confidence`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// The paragraphs of the source the question cites (for an evidence question, the right
    /// answers).
    pub paragraphs: Vec<u32>,
    /// The player asked for a hint (`hint`): a right answer earned half its points.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hinted: bool,
}

impl Report {
    pub fn of(game: &Game) -> Report {
        let answers = game.answers();
        let totals = game.totals();
        Report {
            totals,
            cbm_score: game.rules().confidence.then_some(totals.score),
            late: answers
                .iter()
                .filter(|a| a.outcome() == Outcome::Late)
                .count() as u32,
            new_best: false,
            seed: game.seed(),
            questions: game
                .questions()
                .iter()
                .enumerate()
                .map(|(i, q)| {
                    let answer = answers.get(i);
                    ReportQuestion {
                        id: q.id.clone(),
                        event: q.event_id.clone(),
                        kind: q.kind.name(),
                        prompt: q.prompt.clone(),
                        options: q.options.clone(),
                        given: answer.map(|a| a.given.clone()),
                        answer: q.answer.clone(),
                        correct: answer.is_some_and(|a| a.outcome().is_right()),
                        result: answer.map_or(Outcome::Unanswered, |a| a.outcome()),
                        skipped: answer.is_some_and(|a| a.skipped),
                        spelling: answer.and_then(|a| match &a.how {
                            Match::Slip { spelling, .. } => Some(spelling.clone()),
                            _ => None,
                        }),
                        points: answer.map_or(0, |a| a.earned()),
                        overridden: answer.is_some_and(|a| a.overridden),
                        confidence: answer.and_then(|a| a.confidence),
                        paragraphs: q.paragraphs.clone(),
                        hinted: game.hinted(i),
                    }
                })
                .collect(),
        }
    }
}
