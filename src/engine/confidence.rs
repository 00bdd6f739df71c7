//! How sure a player says they are of an answer (`--confidence`), and certainty-based marking
//! (Gardner-Medwin): right earns 1, 2 or 3 marks, wrong costs 0, 2 or 6, at levels 1 (a guess),
//! 2 (fairly sure) and 3 (certain).
//!
//! Which level pays best follows from the marks. With a chance `p` of being right, the marks to
//! expect are `p` at level 1, `2p - 2(1 - p) = 4p - 2` at level 2 and `3p - 6(1 - p) = 9p - 6` at
//! level 3. Level 2 beats level 1 when `4p - 2 > p`, that is above `p = 2/3`; level 3 beats level 2
//! when `9p - 6 > 4p - 2`, above `p = 4/5`. So a guess pays best below 67% right, "fairly" from
//! 67% to 80%, and "certain" above 80% (`tests::the_bands_follow_from_the_marks`).

mod read;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "u8", try_from = "u8")]
pub enum Confidence {
    Guess = 1,
    Fairly = 2,
    Certain = 3,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Guess, Confidence::Fairly, Confidence::Certain];

    /// 1, 2 or 3.
    pub fn level(self) -> u8 {
        self as u8
    }

    /// "a guess", "fairly sure", "certain".
    pub fn name(self) -> &'static str {
        match self {
            Confidence::Guess => "a guess",
            Confidence::Fairly => "fairly sure",
            Confidence::Certain => "certain",
        }
    }

    /// The marks an answer at this level earns: right +1/+2/+3, wrong 0/−2/−6.
    pub fn marks(self, right: bool) -> i32 {
        match (self, right) {
            (Confidence::Guess, true) => 1,
            (Confidence::Fairly, true) => 2,
            (Confidence::Certain, true) => 3,
            (Confidence::Guess, false) => 0,
            (Confidence::Fairly, false) => -2,
            (Confidence::Certain, false) => -6,
        }
    }

    /// The share right, in percent, between which this level pays best: from the lower bound,
    /// included for all but level 1's 0, to the upper, included (`[0, 67)`, `[67, 80]`,
    /// `(80, 100]`; see the module's comment). As fractions: 2/3 and 4/5.
    pub fn band(self) -> (f64, f64) {
        match self {
            Confidence::Guess => (0.0, 2.0 / 3.0),
            Confidence::Fairly => (2.0 / 3.0, 0.8),
            Confidence::Certain => (0.8, 1.0),
        }
    }

    /// The level that pays best for a share right of `share` (0 to 1); at a bound where two
    /// levels pay the same, `prefer` when it is one of them, else the lower.
    pub fn best_for(share: f64, prefer: Confidence) -> Confidence {
        let expected = |c: Confidence| {
            share * f64::from(c.marks(true)) + (1.0 - share) * f64::from(c.marks(false))
        };
        let top = Confidence::ALL
            .iter()
            .map(|&c| expected(c))
            .fold(f64::NEG_INFINITY, f64::max);
        let ties = |c: Confidence| (expected(c) - top).abs() < 1e-9;
        if ties(prefer) {
            prefer
        } else {
            Confidence::ALL
                .into_iter()
                .find(|&c| ties(c))
                .unwrap_or(prefer)
        }
    }

    /// The level a line says (`read::read`): a number, a chance, or words of certainty.
    pub fn read(line: &str) -> Option<Confidence> {
        read::read(line)
    }
}

impl From<Confidence> for u8 {
    fn from(c: Confidence) -> u8 {
        c.level()
    }
}

impl TryFrom<u8> for Confidence {
    type Error = String;

    fn try_from(level: u8) -> Result<Confidence, String> {
        match level {
            1 => Ok(Confidence::Guess),
            2 => Ok(Confidence::Fairly),
            3 => Ok(Confidence::Certain),
            _ => Err(format!("a confidence is 1, 2 or 3, not {level}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marks_table() {
        let table: Vec<(u8, i32, i32)> = Confidence::ALL
            .iter()
            .map(|c| (c.level(), c.marks(true), c.marks(false)))
            .collect();
        assert_eq!(table, [(1, 1, 0), (2, 2, -2), (3, 3, -6)]);
    }

    /// The bands are where each level's expected marks are the highest: checked on a fine grid
    /// against the marks themselves, not against the bands' own numbers.
    #[test]
    fn the_bands_follow_from_the_marks() {
        for step in 0..=1000 {
            let p = f64::from(step) / 1000.0;
            let best = Confidence::best_for(p, Confidence::Guess);
            let (low, high) = best.band();
            assert!(
                p >= low - 1e-9 && p <= high + 1e-9,
                "{p} paid best at {best:?}"
            );
            let expected = |c: Confidence| {
                p * f64::from(c.marks(true)) + (1.0 - p) * f64::from(c.marks(false))
            };
            for other in Confidence::ALL {
                assert!(
                    expected(best) >= expected(other) - 1e-9,
                    "{p}: {other:?} pays more"
                );
            }
        }
        // The crossings: 2/3 between a guess and "fairly", 4/5 between "fairly" and "certain".
        assert_eq!(
            Confidence::best_for(0.66, Confidence::Certain),
            Confidence::Guess
        );
        assert_eq!(
            Confidence::best_for(0.67, Confidence::Guess),
            Confidence::Fairly
        );
        assert_eq!(
            Confidence::best_for(0.79, Confidence::Certain),
            Confidence::Fairly
        );
        assert_eq!(
            Confidence::best_for(0.81, Confidence::Guess),
            Confidence::Certain
        );
        // Exactly at a crossing both pay the same: the level used is kept.
        assert_eq!(
            Confidence::best_for(2.0 / 3.0, Confidence::Fairly),
            Confidence::Fairly
        );
        assert_eq!(
            Confidence::best_for(2.0 / 3.0, Confidence::Guess),
            Confidence::Guess
        );
        assert_eq!(
            Confidence::best_for(0.8, Confidence::Certain),
            Confidence::Certain
        );
        assert_eq!(
            Confidence::best_for(0.8, Confidence::Guess),
            Confidence::Fairly
        );
    }

    #[test]
    fn levels_are_read_as_numbers_or_words() {
        for (line, want) in [
            ("1", Some(Confidence::Guess)),
            (" Guess ", Some(Confidence::Guess)),
            ("a guess", Some(Confidence::Guess)),
            ("2", Some(Confidence::Fairly)),
            ("fairly", Some(Confidence::Fairly)),
            ("pretty sure", Some(Confidence::Fairly)),
            ("Not sure", Some(Confidence::Guess)),
            ("Fairly sure", Some(Confidence::Fairly)),
            ("3", Some(Confidence::Certain)),
            ("CERTAIN", Some(Confidence::Certain)),
            ("4", None),
            ("0", None),
            ("sure", Some(Confidence::Certain)),
            ("", None),
            ("12", None),
            ("s", None),
        ] {
            assert_eq!(Confidence::read(line), want, "{line:?}");
        }
    }

    #[test]
    fn it_is_kept_as_a_number() {
        assert_eq!(serde_json::to_string(&Confidence::Fairly).unwrap(), "2");
        let read: Confidence = serde_json::from_str("3").unwrap();
        assert_eq!(read, Confidence::Certain);
        assert!(serde_json::from_str::<Confidence>("4").is_err());
    }
}
