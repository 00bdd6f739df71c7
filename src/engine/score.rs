//! Points, streaks and the running tally of a game.

/// From this many right answers in a row on, each right answer earns one bonus point.
pub const STREAK_BONUS_FROM: u32 = 3;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    pub points: u32,
    pub correct: u32,
    /// Questions answered, skips included.
    pub answered: u32,
    pub skipped: u32,
    pub streak: u32,
    pub best_streak: u32,
    /// `--confidence`: the certainty-based marks so far (`Confidence::marks`).
    pub marks: i32,
}

impl Score {
    /// Records one answer that earns `points` when right, plus the streak bonus when `bonus`;
    /// returns the points it earned.
    pub fn record(&mut self, correct: bool, points: u32, bonus: bool) -> u32 {
        self.answered += 1;
        if !correct {
            self.streak = 0;
            return 0;
        }
        self.correct += 1;
        if points == 0 {
            // Right but too late (timed): no points, and the streak ends.
            self.streak = 0;
            return 0;
        }
        self.streak += 1;
        self.best_streak = self.best_streak.max(self.streak);
        let earned = points + if bonus { streak_bonus(self.streak) } else { 0 };
        self.points += earned;
        earned
    }

    /// Records a skipped question: no points, and the streak ends.
    pub fn skip(&mut self) {
        self.answered += 1;
        self.skipped += 1;
        self.streak = 0;
    }

    /// Right answers as a share of answered questions, 0 when none were answered.
    pub fn accuracy(&self) -> f64 {
        if self.answered == 0 {
            0.0
        } else {
            f64::from(self.correct) / f64::from(self.answered)
        }
    }
}

pub fn streak_bonus(streak: u32) -> u32 {
    u32::from(streak >= STREAK_BONUS_FROM)
}

/// The most points a game of questions worth `bests` can give: every answer right, in a row, with
/// the streak bonus when `bonus`.
pub fn max_points(bests: impl IntoIterator<Item = u32>, bonus: bool) -> u32 {
    bests
        .into_iter()
        .zip(1..)
        .map(|(best, streak)| best + if bonus { streak_bonus(streak) } else { 0 })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streaks_and_bonus() {
        let mut score = Score::default();
        assert_eq!(score.record(true, 2, true), 2);
        assert_eq!(score.record(true, 1, true), 1);
        assert_eq!(
            score.record(true, 3, true),
            4,
            "third in a row earns the bonus"
        );
        assert_eq!(score.record(false, 3, true), 0);
        assert_eq!(score.record(true, 1, true), 1, "a miss resets the streak");
        assert_eq!(
            score,
            Score {
                points: 8,
                correct: 4,
                answered: 5,
                streak: 1,
                best_streak: 3,
                skipped: 0,
                marks: 0,
            }
        );
        assert_eq!(score.accuracy(), 0.8);
        score.skip();
        assert_eq!(
            (score.answered, score.skipped, score.streak, score.points),
            (6, 1, 0, 8)
        );
        assert_eq!(score.record(true, 1, true), 1, "a skip ends the streak");
    }

    #[test]
    fn no_streak_bonus_and_late_answers() {
        let mut score = Score::default();
        for _ in 0..4 {
            assert_eq!(score.record(true, 2, false), 2, "no bonus when it is off");
        }
        assert_eq!(max_points([2, 2, 2, 2], false), 8);
        assert_eq!(score.record(true, 0, true), 0, "right but late");
        assert_eq!((score.correct, score.streak, score.points), (5, 0, 8));
    }

    #[test]
    fn max_points_is_the_all_right_score() {
        let bases = [2, 1, 3, 3, 1];
        let mut score = Score::default();
        for b in bases {
            score.record(true, b, true);
        }
        assert_eq!(max_points(bases, true), score.points);
        assert_eq!(max_points([], true), 0);
        assert_eq!(Score::default().accuracy(), 0.0);
    }
}
