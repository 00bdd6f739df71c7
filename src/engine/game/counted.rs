//! `!` in a game: counting an answer marked wrong as right, and the score worked out again.

use super::{Answer, Game};
use crate::engine::outcome::Outcome;
use crate::engine::score::Score;
use crate::question::Question;

impl Game {
    /// Whether `!` at the next prompt may count the answer at `index` as right: text the player
    /// typed (a short answer, or an option's text), judged wrong, not already counted.
    pub fn can_override(&self, index: usize) -> bool {
        self.can_count(index) && self.answers[index].typed
    }

    /// Whether `!N` at the end of the game may count the answer at `index` as right: any question
    /// answered and judged wrong (not skipped, not already counted).
    pub fn can_count(&self, index: usize) -> bool {
        self.answers
            .get(index)
            .is_some_and(|a| a.outcome() == Outcome::Wrong && !a.overridden)
    }

    /// The answers that `!N` may still count as right at the end, with their questions, in order.
    pub fn overridable(&self) -> impl Iterator<Item = (usize, &Question, &Answer)> {
        self.questions
            .iter()
            .zip(&self.answers)
            .enumerate()
            .filter(|(i, _)| self.can_count(*i))
            .map(|(i, (q, a))| (i, q, a))
    }

    /// Counts the answer at `index` as right (`!`): its points are earned and the score worked
    /// out again in order, streaks included. `false` when it cannot be (`can_count`).
    pub fn override_answer(&mut self, index: usize) -> bool {
        if !self.can_count(index) {
            return false;
        }
        let answer = &mut self.answers[index];
        answer.correct = true;
        answer.overridden = true;
        self.rescore();
        true
    }

    /// The score and each answer's points worked out again from the answers, in order.
    fn rescore(&mut self) {
        let mut score = Score::default();
        for (i, (question, answer)) in self.questions.iter().zip(&mut self.answers).enumerate() {
            if answer.skipped {
                score.skip();
                continue;
            }
            let worth = super::worth_of(self.rules, &self.hinted, i, question, answer.elapsed);
            let right = answer.outcome().is_right();
            answer.points = score.record(right, worth, self.rules.streak_bonus);
            if let Some(level) = answer.confidence {
                score.marks += level.marks(right);
            }
        }
        self.score = score;
    }
}
