//! The rules a game is played by: how strictly answers are judged and how points are earned.
//! Times are plain milliseconds, measured by the front end and passed in: the engine has no clock.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// No spelling slips are accepted (`--strict`).
    pub strict: bool,
    /// One bonus point a right answer from the third in a row on (off with `--no-streak-bonus`).
    pub streak_bonus: bool,
    /// `--timed SECS`: a right answer earns a time bonus, and one after the limit earns nothing.
    /// Milliseconds a question.
    pub time_limit: Option<u64>,
    /// `--confidence`: after each answer the player says how sure they are, and the answer earns
    /// certainty-based marks (`Confidence::marks`) in place of points.
    pub confidence: bool,
}

impl Default for Rules {
    fn default() -> Rules {
        Rules {
            strict: false,
            streak_bonus: true,
            time_limit: None,
            confidence: false,
        }
    }
}

impl Rules {
    /// Whether an answer given after `elapsed` is within the time limit (always, untimed).
    pub fn on_time(&self, elapsed: u64) -> bool {
        self.time_limit.is_none_or(|limit| elapsed <= limit)
    }

    /// What a right answer to a question worth `base` earns after `elapsed`, before any streak
    /// bonus. Timed, as Kahoot does: the base plus a time bonus that falls from the full base at
    /// once to half of it at the limit; nothing after the limit.
    pub fn points(&self, base: u32, elapsed: u64) -> u32 {
        match self.time_limit {
            None => base,
            Some(_) if !self.on_time(elapsed) => 0,
            Some(limit) => {
                let used = if limit == 0 {
                    1.0
                } else {
                    elapsed as f64 / limit as f64
                };
                let bonus = (f64::from(base) * (1.0 - used / 2.0)).round() as u32;
                base + bonus
            }
        }
    }

    /// The most a question worth `base` can earn, before any streak bonus.
    pub fn best_points(&self, base: u32) -> u32 {
        self.points(base, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn untimed_points_are_the_base() {
        let rules = Rules::default();
        assert_eq!(rules.points(3, 999_000), 3);
        assert!(rules.on_time(999_000));
    }

    #[test]
    fn the_time_bonus_falls_from_full_to_half_and_is_gone_after_the_limit() {
        let rules = Rules {
            time_limit: Some(20_000),
            ..Rules::default()
        };
        let at = |secs: f64, base| rules.points(base, (secs * 1000.0) as u64);
        assert_eq!(at(0.0, 2), 4, "full bonus at once");
        assert_eq!(at(10.0, 4), 7, "three quarters of the bonus halfway");
        assert_eq!(at(20.0, 2), 3, "half the bonus at the limit");
        assert_eq!(at(20.5, 2), 0, "nothing after it");
        assert_eq!(rules.best_points(3), 6);
        assert!(!rules.on_time(21_000));
    }
}
