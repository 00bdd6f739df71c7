//! Clock times typed otherwise than the answer is written (a drafted "3.12 a.m." is a text
//! answer): "03:12", "3:12am" or "3.12 AM" for 3.12 a.m., "15:40" for 3.40 p.m. The answer must
//! say which half of the day it is (a.m./p.m., or a 24-hour form); a typed time that does not
//! ("3:12") fits either half, as a person marking it would let it pass, while a 24-hour form
//! ("03:12", "15:12", "0:30") names one.

use super::{Accepted, Match};
use crate::model::AnswerType;

/// Minutes in half a day.
const HALF_DAY: u32 = 12 * 60;

/// A time of day read from a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Clock {
    /// Minutes after midnight, 0 to 1439.
    minutes: u32,
    /// Whether the text says which half of the day (a.m./p.m., a 24-hour form, noon).
    half_known: bool,
}

impl Clock {
    /// `text` read as a time of day: "3.12 a.m.", "3:12pm", "03:12", "15:40", "3 pm", "noon".
    /// `None` for anything else ("3.12", a number, has no reading; nor has "25:00").
    pub(super) fn read(text: &str) -> Option<Clock> {
        let lower = text.trim().to_lowercase();
        let lower = lower.trim_end_matches('.').trim();
        match lower {
            "noon" | "midday" | "12 noon" => return Clock::known(12 * 60),
            "midnight" | "12 midnight" => return Clock::known(0),
            _ => {}
        }
        let (digits, half) = split_half(lower);
        let digits = digits.trim();
        let (hour, minute) = match digits.split_once([':', '.']) {
            Some((h, m)) if m.len() == 2 => (h, m),
            Some(_) => return None,
            None if half.is_some() => (digits, "00"),
            None => return None,
        };
        if hour.is_empty()
            || hour.len() > 2
            || !hour.bytes().all(|b| b.is_ascii_digit())
            || !minute.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let (h, m): (u32, u32) = (hour.parse().ok()?, minute.parse().ok()?);
        if m >= 60 {
            return None;
        }
        match half {
            Some(pm) if (1..=12).contains(&h) => {
                Clock::known((h % 12 + if pm { 12 } else { 0 }) * 60 + m)
            }
            Some(_) => None,
            None if h >= 24 => None,
            // "03:12", "15:40", "0:30": a 24-hour form says which half.
            None if hour.starts_with('0') || h == 0 || h >= 13 => Clock::known(h * 60 + m),
            None => Some(Clock {
                minutes: h * 60 + m,
                half_known: false,
            }),
        }
    }

    fn known(minutes: u32) -> Option<Clock> {
        Some(Clock {
            minutes,
            half_known: true,
        })
    }

    /// Whether this typed time may be `answer`: the same minute of the day, or of either half
    /// when the typed time does not say which.
    fn fits(self, answer: Clock) -> bool {
        if self.half_known {
            self.minutes == answer.minutes
        } else {
            self.minutes % HALF_DAY == answer.minutes % HALF_DAY
        }
    }
}

/// `text` without its a.m./p.m. ("3.12 a.m.", "3:12pm"), and whether that was p.m.
fn split_half(text: &str) -> (&str, Option<bool>) {
    for (suffix, pm) in [("a.m", false), ("p.m", true), ("am", false), ("pm", true)] {
        if let Some(rest) = text.strip_suffix(suffix)
            && rest.ends_with(|c: char| c.is_ascii_digit() || c == ' ')
        {
            return (rest, Some(pm));
        }
    }
    (text, None)
}

impl Accepted {
    /// A time of day in another form than the answer's: the answer must name its half of the
    /// day ("3.12 a.m."), the typed time must be the same minute (of either half when it does
    /// not say which).
    pub(super) fn by_clock(&self, given: &str) -> Option<Match> {
        if !matches!(self.answer_type, AnswerType::Thing | AnswerType::Text) {
            return None;
        }
        // The answer itself, not an alias: an alias may add a half of the day the source does
        // not give ("half past two" drafted with "2:30 am").
        let answer = self
            .forms
            .first()
            .and_then(|f| Clock::read(f))
            .filter(|c| c.half_known)?;
        Clock::read(given)
            .filter(|typed| typed.fits(answer))
            .map(|_| Match::Exact)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn time(answer: &str) -> Accepted {
        Accepted::new(AnswerType::Thing, vec![answer.to_owned()])
    }

    #[test]
    fn a_time_is_read_with_its_half_of_the_day() {
        let at = |h: u32, m: u32| Some(h * 60 + m);
        let minutes = |t: &str| Clock::read(t).map(|c| c.minutes);
        assert_eq!(minutes("6.45 a.m."), at(6, 45));
        assert_eq!(minutes("6:45PM"), at(18, 45));
        assert_eq!(minutes("12.05 am"), at(0, 5));
        assert_eq!(minutes("12:05 p.m."), at(12, 5));
        assert_eq!(minutes("9 pm"), at(21, 0));
        assert_eq!(minutes("07:30"), at(7, 30));
        assert_eq!(minutes("23:59"), at(23, 59));
        assert_eq!(minutes("noon"), at(12, 0));
        for no_time in [
            "6.4",
            "6.450",
            "25:00",
            "13 pm",
            "7:61",
            "7",
            "0 am",
            "page 7:30",
            "",
        ] {
            assert_eq!(Clock::read(no_time), None, "{no_time}");
        }
        assert!(!Clock::read("7:30").unwrap().half_known);
        assert!(Clock::read("07:30").unwrap().half_known);
    }

    #[test]
    fn a_time_typed_another_way_is_the_same_time() {
        let morning = time("6.45 a.m.");
        for right in ["06:45", "6:45", "6.45am", "6:45 AM", "6.45 a.m"] {
            assert_eq!(morning.by_clock(right), Some(Match::Exact), "{right}");
        }
        for wrong in ["18:45", "6:45 pm", "6:40", "7.45 a.m.", "6.45 hours", "645"] {
            assert_eq!(morning.by_clock(wrong), None, "{wrong}");
        }
        let evening = time("9.10 p.m.");
        assert_eq!(evening.by_clock("21:10"), Some(Match::Exact));
        assert_eq!(evening.by_clock("9:10"), Some(Match::Exact));
        assert_eq!(
            evening.by_clock("09:10"),
            None,
            "a 24-hour 09:10 is morning"
        );
        // An answer that does not say its half of the day is left to the other readings, though
        // an alias says one.
        assert_eq!(time("6.45").by_clock("06:45"), None);
        let mut half_past = time("half past six");
        half_past.forms.push("6:30 am".to_owned());
        assert_eq!(half_past.by_clock("06:30"), None);
        assert_eq!(half_past.by_clock("18:30"), None);
        let place = Accepted::new(AnswerType::Place, vec!["6.45 a.m.".to_owned()]);
        assert_eq!(place.by_clock("06:45"), None);
    }

    #[test]
    fn the_judge_reads_a_typed_time_by_the_clock() {
        let morning = time("3.20 a.m.");
        assert!(morning.matches("03:20"));
        assert!(!morning.matches("15:20"));
        assert!(!morning.matches("3:25 am"));
    }
}
