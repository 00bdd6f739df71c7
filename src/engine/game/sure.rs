//! `--confidence` in a game: the line that says how sure the player is of the answer waiting,
//! and counting an answer once it is settled.

use super::{Answer, Feedback, Game, Step};
use crate::engine::confidence::Confidence;

impl Game {
    /// Takes the line that says how sure the player is of the answer waiting (`Step::Sure`):
    /// a level settles it; `q` ends the game, the answer withdrawn; anything else asks again.
    pub(super) fn confide(&mut self, line: &str) -> Step {
        let trimmed = line.trim().to_lowercase();
        if trimmed.is_empty() {
            return Step::Empty;
        }
        if matches!(trimmed.as_str(), "q" | "quit" | "exit") {
            self.end();
            return Step::Quit;
        }
        let Some(level) = Confidence::read(&trimmed) else {
            return Step::AskAgain(
                "type 1 for a guess, 2 for fairly sure, or 3 for certain".to_owned(),
            );
        };
        let Some(mut answer) = self.unsure.take() else {
            return Step::Empty;
        };
        answer.confidence = Some(level);
        let worth = self
            .current()
            .map_or(0, |(i, q)| self.worth(i, q, answer.elapsed));
        self.settle(answer, worth)
    }

    /// Counts `answer` to the current question, worth `worth` points when right (before any
    /// streak bonus), and its marks when it has a confidence.
    pub(super) fn settle(&mut self, mut answer: Answer, worth: u32) -> Step {
        let right = answer.outcome().is_right();
        answer.points = self.score.record(
            answer.correct && !answer.late,
            worth,
            self.rules.streak_bonus,
        );
        if let Some(level) = answer.confidence {
            self.score.marks += level.marks(right);
        }
        self.answers.push(answer.clone());
        if right {
            self.open_bonus(self.answers.len() - 1);
        }
        Step::Answered(Feedback {
            answer,
            score: self.score,
        })
    }
}
