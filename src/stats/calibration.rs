//! Calibration (`--confidence`): how often the player was right at each level of certainty they
//! gave, against the share right at which that level pays best, and one plain word on it.
//!
//! The rule for the word. For each level `L` used, with `n` answers of which `r` were right (share
//! `p = r / n`), the level `B` that pays best at `p` (`Confidence::best_for`, keeping `L` when two
//! tie) is found, and the marks lost by giving `L` rather than `B` to those answers,
//! `r·(B right − L right) + (n − r)·(B wrong − L wrong)`, are put down to over-confidence when
//! `B` is lower than `L` and to under-confidence when it is higher. More marks lost to
//! over-confidence than to under-confidence: over-confident; the other way: under-confident;
//! the same (none at all, most often): well calibrated.

use serde::Serialize;

use crate::engine::Confidence;
use crate::record::{Asked, Outcome};

/// The answers given at one level of certainty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Level {
    pub level: Confidence,
    pub answers: u32,
    pub right: u32,
}

impl Level {
    /// The share right, 0 to 1; `None` with no answers.
    pub fn share(&self) -> Option<f64> {
        (self.answers > 0).then(|| f64::from(self.right) / f64::from(self.answers))
    }

    /// The marks these answers earned at their level, and what they would have earned at the
    /// level that pays best for their share right.
    fn marks(&self) -> (i32, i32, Confidence) {
        let wrong = (self.answers - self.right) as i32;
        let right = self.right as i32;
        let at = |c: Confidence| right * c.marks(true) + wrong * c.marks(false);
        let best = self
            .share()
            .map_or(self.level, |p| Confidence::best_for(p, self.level));
        (at(self.level), at(best), best)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    OverConfident,
    UnderConfident,
    WellCalibrated,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Calibration {
    /// Levels 1, 2 and 3, in order, used or not.
    pub levels: Vec<Level>,
    /// Marks lost by being surer than the share right paid for, and by being less sure.
    pub lost_over: i32,
    pub lost_under: i32,
    pub verdict: Verdict,
}

/// The calibration of the answers among `questions` given a confidence (right or wrong; a skip or
/// a late answer has none); `None` when there is none.
pub fn calibration<'a>(questions: impl IntoIterator<Item = &'a Asked>) -> Option<Calibration> {
    let mut levels = Confidence::ALL.map(|level| Level {
        level,
        answers: 0,
        right: 0,
    });
    for asked in questions {
        let Some(level) = asked.confidence else {
            continue;
        };
        if !matches!(asked.result, Outcome::Right | Outcome::Wrong) {
            continue;
        }
        let at = &mut levels[usize::from(level.level() - 1)];
        at.answers += 1;
        at.right += u32::from(asked.result.is_right());
    }
    if levels.iter().all(|l| l.answers == 0) {
        return None;
    }
    let (mut lost_over, mut lost_under) = (0, 0);
    for level in &levels {
        let (earned, best, at) = level.marks();
        if at < level.level {
            lost_over += best - earned;
        } else if at > level.level {
            lost_under += best - earned;
        }
    }
    let verdict = match lost_over.cmp(&lost_under) {
        std::cmp::Ordering::Greater => Verdict::OverConfident,
        std::cmp::Ordering::Less => Verdict::UnderConfident,
        std::cmp::Ordering::Equal => Verdict::WellCalibrated,
    };
    Some(Calibration {
        levels: levels.to_vec(),
        lost_over,
        lost_under,
        verdict,
    })
}

impl Calibration {
    /// The plain sentence: over-confident, under-confident or well calibrated, and what it cost.
    pub fn sentence(&self) -> String {
        let points = |n: i32| {
            if n == 1 {
                "1 more point".to_owned()
            } else {
                format!("{n} more points")
            }
        };
        match self.verdict {
            Verdict::OverConfident => format!(
                "Over-confident: you were right less often than your certainty pays for \
                 (being less sure would have earned {}).",
                points(self.lost_over - self.lost_under)
            ),
            Verdict::UnderConfident => format!(
                "Under-confident: you were right more often than you claimed \
                 (being surer would have earned {}).",
                points(self.lost_under - self.lost_over)
            ),
            Verdict::WellCalibrated => {
                "Well calibrated: at each level you were right about as often as it pays for."
                    .to_owned()
            }
        }
    }
}

/// Where a level pays best, as the table shows it: "below 67%", "67% to 80%", "above 80%".
pub fn band_text(level: Confidence) -> &'static str {
    match level {
        Confidence::Guess => "below 67%",
        Confidence::Fairly => "67% to 80%",
        Confidence::Certain => "above 80%",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::question::Kind;

    /// `right` right and `wrong` wrong answers at `level`.
    fn at(level: u8, right: usize, wrong: usize) -> Vec<Asked> {
        let one = |result| Asked {
            event: "e".into(),
            id: "x".into(),
            kind: Kind::Short,
            answer_type: None,
            answer: String::new(),
            given: Some("a".into()),
            result,
            points: 0,
            overridden: false,
            confidence: Some(Confidence::try_from(level).unwrap()),
        };
        let mut all = vec![one(Outcome::Right); right];
        all.extend(vec![one(Outcome::Wrong); wrong]);
        all
    }

    fn verdict(groups: &[Vec<Asked>]) -> (Verdict, i32, i32) {
        let c = calibration(groups.iter().flatten()).unwrap();
        (c.verdict, c.lost_over, c.lost_under)
    }

    #[test]
    fn each_level_inside_its_band_is_well_calibrated() {
        // 1 of 2 at a guess (50%), 3 of 4 fairly (75%), 9 of 10 certain (90%).
        let groups = [at(1, 1, 1), at(2, 3, 1), at(3, 9, 1)];
        assert_eq!(verdict(&groups), (Verdict::WellCalibrated, 0, 0));
        let c = calibration(groups.iter().flatten()).unwrap();
        let table: Vec<(u32, u32)> = c.levels.iter().map(|l| (l.answers, l.right)).collect();
        assert_eq!(table, [(2, 1), (4, 3), (10, 9)]);
        assert!(c.sentence().starts_with("Well calibrated"));
    }

    #[test]
    fn certain_and_often_wrong_is_over_confident() {
        // Certain, right 2 of 4 (50%): a guess pays best there. At "certain": 2·3 − 2·6 = −6; as
        // guesses: 2·1 + 0 = 2; 8 marks lost to over-confidence.
        let groups = [at(3, 2, 2)];
        assert_eq!(verdict(&groups), (Verdict::OverConfident, 8, 0));
        let sentence = calibration(groups.iter().flatten()).unwrap().sentence();
        assert!(sentence.starts_with("Over-confident"), "{sentence}");
        assert!(sentence.contains("earned 8 more points"), "{sentence}");
    }

    #[test]
    fn guesses_that_are_always_right_are_under_confident() {
        // Guesses right 5 of 5: certain pays best. 5 marks as guesses, 15 as certain.
        let groups = [at(1, 5, 0), at(3, 1, 0)];
        assert_eq!(verdict(&groups), (Verdict::UnderConfident, 0, 10));
        let sentence = calibration(groups.iter().flatten()).unwrap().sentence();
        assert!(sentence.starts_with("Under-confident"), "{sentence}");
    }

    #[test]
    fn the_larger_loss_names_the_lean_and_a_tie_is_calibrated() {
        // Over at "certain" (1 of 2: loses 3 − 6 = −3 against 1 as guesses, 4 lost) and under at
        // a guess (4 of 4 right: 4 against 12 certain, 8 lost): under wins.
        assert_eq!(
            verdict(&[at(3, 1, 1), at(1, 4, 0)]),
            (Verdict::UnderConfident, 4, 8)
        );
        // 4 lost each way: neither outweighs the other.
        assert_eq!(
            verdict(&[at(3, 1, 1), at(1, 2, 0)]),
            (Verdict::WellCalibrated, 4, 4)
        );
    }

    #[test]
    fn at_a_band_edge_the_level_used_is_not_blamed() {
        // "Fairly" right 4 of 5 (80%): "fairly" and "certain" pay the same there.
        assert_eq!(verdict(&[at(2, 4, 1)]), (Verdict::WellCalibrated, 0, 0));
        // A guess right 2 of 3 (67%): a guess and "fairly" pay the same.
        assert_eq!(verdict(&[at(1, 2, 1)]), (Verdict::WellCalibrated, 0, 0));
    }

    #[test]
    fn answers_without_a_confidence_are_left_out() {
        let mut plain = at(2, 1, 0);
        plain[0].confidence = None;
        assert_eq!(calibration(&plain), None);
        let mut skipped = at(3, 0, 1);
        skipped[0].result = Outcome::Skipped;
        assert_eq!(calibration(&skipped), None);
    }
}
