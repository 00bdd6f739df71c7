//! Reading the values a key and a draft write: times, fractions and dates with parts left out.

use crate::check::date::{Date, MONTHS, WEEKDAYS};
use crate::normalize;

/// "14:14" as minutes after midnight.
pub(super) fn time(text: &str) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    Some(h.parse::<u32>().ok()? * 60 + m.parse::<u32>().ok()?)
}

/// A duration "H:MM:SS" or "MM:SS" ("2:06:12", "14:22") as its total seconds; minutes and
/// seconds after the first part stay below 60.
pub(super) fn duration(text: &str) -> Option<f64> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    // "2:02.06": a race's time to the hundredth has a fraction after its seconds (#15).
    let (whole, fraction) = match parts.last().and_then(|l| l.split_once('.')) {
        Some((seconds, hundredths))
            if !hundredths.is_empty() && hundredths.bytes().all(|b| b.is_ascii_digit()) =>
        {
            (seconds, format!("0.{hundredths}").parse::<f64>().ok()?)
        }
        _ => (*parts.last()?, 0.0),
    };
    let mut parts = parts;
    let last = parts.len() - 1;
    parts[last] = whole;
    if !(2..=3).contains(&parts.len())
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let numbers: Vec<u32> = parts
        .iter()
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    if numbers[1..].iter().any(|&n| n >= 60) || parts[1..].iter().any(|p| p.len() != 2) {
        return None;
    }
    Some(f64::from(numbers.iter().fold(0, |total, &n| total * 60 + n)) + fraction)
}

/// Whether a key's entry is a duration: its unit names one ("duration (h:mm:ss)", "game
/// clock") or the parts of its colons ("minutes:seconds", "hours:minutes:seconds (race time)"),
/// as the conventions ask, or its value has three parts ("2:03:17"). Not when the unit's
/// "time" is a clock's, whatever parts it names: the unit's first word ("time (HH:MM)", "time
/// of day"), unless a race's word follows ("time behind"), or after a clock's word ("local time
/// (hh:mm:ss)", "kick-off time", "clock time"). Any other time is a race's, a lap's or a
/// finish's ("winner’s time", "personal best time (h:mm:ss)"), and so are a gap and a margin.
pub(super) fn is_duration(unit: &str, value: &str) -> bool {
    let unit = unit.to_lowercase();
    let words: Vec<&str> = unit
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let clock_time = words.iter().enumerate().any(|(k, w)| {
        *w == "time"
            && match k.checked_sub(1) {
                None => !words.get(1).is_some_and(|next| {
                    matches!(*next, "behind" | "ahead" | "taken" | "elapsed" | "gap")
                }),
                Some(b) => matches!(
                    words[b],
                    "local"
                        | "clock"
                        | "kick-off"
                        | "kickoff"
                        | "tip-off"
                        | "start"
                        | "starting"
                        | "arrival"
                        | "departure"
                        | "opening"
                        | "closing"
                        | "landing"
                        | "take-off"
                        | "takeoff"
                        | "launch"
                        | "sunrise"
                        | "sunset"
                ),
            }
    });
    // Named as one, or by its parts' names: "minutes:seconds (time gap)".
    let named = unit.contains("duration")
        || unit.contains("game clock")
        || unit.contains("minutes:seconds")
        || words.iter().any(|w| matches!(*w, "gap" | "margin"));
    named || (!clock_time && (unit.contains("m:ss") || value.matches(':').count() == 2))
}

/// A time as written in a draft: "2:14 p.m.", "14:14", "7.15am".
pub(super) fn time_of(text: &str) -> Option<u32> {
    let lower = text
        .to_lowercase()
        .replace("a.m.", "am")
        .replace("p.m.", "pm")
        .replace('.', ":");
    let (clock, half) = match lower.split_once(' ') {
        Some((clock, half)) => (clock.to_owned(), Some(half.to_owned())),
        None => (lower.clone(), None),
    };
    let minutes = time(clock.trim_end_matches("pm").trim_end_matches("am"))?;
    let (h, m) = (minutes / 60, minutes % 60);
    let pm = half.as_deref() == Some("pm") || lower.ends_with("pm");
    let am = half.as_deref() == Some("am") || lower.ends_with("am");
    let h = if pm {
        h % 12 + 12
    } else if am {
        h % 12
    } else {
        h
    };
    Some(h * 60 + m)
}

/// "a third", "two thirds", "1/3" as a number.
pub(super) fn fraction(text: &str) -> Option<f64> {
    if let Some((a, b)) = text.split_once('/') {
        return Some(a.trim().parse::<f64>().ok()? / b.trim().parse::<f64>().ok()?);
    }
    let words = normalize::words(text);
    let [count, part] = words.as_slice() else {
        return None;
    };
    let n = match count.as_str() {
        "a" | "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        _ => return None,
    };
    let d = match part.trim_end_matches('s') {
        "half" | "halve" => 2.0,
        "third" => 3.0,
        "quarter" => 4.0,
        "fifth" => 5.0,
        _ => return None,
    };
    Some(n / d)
}

/// Year, month and day, any of which a key may leave out.
pub(super) type Calendar = (Option<i32>, Option<u32>, Option<u32>);

pub(super) fn key_date(value: &str) -> Option<Calendar> {
    if let Some(rest) = value.strip_prefix("--") {
        let (m, d) = rest.split_once('-')?;
        return Some((None, Some(m.parse().ok()?), Some(d.parse().ok()?)));
    }
    let parts: Vec<&str> = value.split('-').collect();
    match parts.as_slice() {
        [y, m] => Some((Some(y.parse().ok()?), Some(m.parse().ok()?), None)),
        [y, m, d] => Some((
            Some(y.parse().ok()?),
            Some(m.parse().ok()?),
            Some(d.parse().ok()?),
        )),
        _ => None,
    }
}

/// The parts of a date as a draft writes it: "27 July 2018", "June 14", "Aug. 15", "September 2022".
pub(super) fn calendar(text: &str) -> Option<Calendar> {
    if let Some(d) = Date::read(text) {
        return Some((Some(d.year), Some(d.month), Some(d.day)));
    }
    let (mut year, mut month, mut day) = (None, None, None);
    for word in normalize::words(text) {
        if let Some(m) = MONTHS
            .iter()
            .position(|m| word.len() >= 3 && m.to_lowercase().starts_with(&word))
        {
            month = Some(m as u32 + 1);
        } else if let Ok(n) = word.trim_end_matches(char::is_alphabetic).parse::<i32>() {
            if n > 31 {
                year = Some(n);
            } else {
                day = Some(n as u32);
            }
        } else if WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(&word)) {
            continue;
        } else {
            return None;
        }
    }
    month.map(|_| (year, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_fractions_and_partial_dates() {
        assert_eq!(time_of("2:14 p.m."), Some(14 * 60 + 14));
        assert_eq!(time_of("14:14"), Some(14 * 60 + 14));
        assert_eq!(time_of("7.15am"), Some(7 * 60 + 15));
        assert_eq!(time_of("7.15 p.m."), Some(19 * 60 + 15));
        assert_eq!(
            fraction("a third").map(|v| (v * 1000.0).round()),
            Some(333.0)
        );
        assert_eq!(duration("2:06:12"), Some(f64::from(2 * 3600 + 6 * 60 + 12)));
        assert_eq!(duration("0:01:41"), Some(101.0));
        assert_eq!(duration("14:22"), Some(f64::from(14 * 60 + 22)));
        assert_eq!(duration("61:51"), Some(f64::from(61 * 60 + 51)));
        // A swimmer's time to the hundredth (#15).
        assert_eq!(duration("2:02.06"), Some(122.06));
        assert_eq!(duration("2:02."), None);
        // Not a duration: a part of 60 or more after the first, one digit there, or words.
        assert_eq!(duration("2:61:00"), None);
        assert_eq!(duration("2:6:12"), None);
        assert_eq!(duration("2hr 04min"), None);
        assert_eq!(duration("7"), None);
        assert!(is_duration("duration (h:mm:ss)", "2:06:12"));
        assert!(is_duration("hours:minutes:seconds (race time)", "2:03:17"));
        assert!(is_duration("minutes:seconds", "14:32"));
        assert!(is_duration("game clock", "4:12"));
        assert!(is_duration("", "2:03:17"));
        assert!(!is_duration("time of day", "14:32"));
        assert!(!is_duration("time", "07:30"));
        // A clock time's unit, whatever it names: its parts, "clock" or three parts.
        assert!(!is_duration("time (HH:MM)", "14:32"));
        assert!(!is_duration("clock time", "14:32"));
        assert!(!is_duration("time (with seconds)", "14:32:05"));
        assert!(!is_duration("time of day (hh:mm:ss)", "14:32:05"));
        assert!(!is_duration("local time (hh:mm:ss)", "14:32:05"));
        assert!(!is_duration("kick-off time (HH:MM:SS)", "19:45:00"));
        assert!(is_duration("winning time (h:mm:ss)", "2:03:17"));
        assert!(is_duration("race time", "2:03:17"));
        assert!(is_duration("minutes:seconds (time gap)", "1:12"));
        // A time no clock word names is a race's, whatever word comes before it.
        assert!(is_duration("finish time (h:mm:ss)", "2:08:41"));
        assert!(is_duration("winner’s time (h:mm:ss)", "2:08:41"));
        assert!(is_duration("marathon time", "2:08:41"));
        assert!(is_duration("personal best time (h:mm:ss)", "2:04:10"));
        assert!(is_duration("time behind (m:ss)", "1:42"));
        assert!(is_duration("best time (m:ss)", "3:29"));
        assert!(!is_duration("start time (h:mm)", "8:30"));
        assert!(!is_duration("departure time (hh:mm:ss)", "06:15:00"));
        assert_eq!(calendar("Aug. 15"), Some((None, Some(8), Some(15))));
        assert_eq!(key_date("--08-15"), calendar("15 August"));
        assert_eq!(key_date("2022-09"), calendar("September 2022"));
        assert_eq!(key_date("2018-07-27"), calendar("July 27, 2018"));
        assert!(super::super::matching::agree_start(
            &["june".into(), "14".into()],
            &["june".into(), "14".into(), "a".into()]
        ));
        assert!(!super::super::matching::agree_end(&[], &["a".into()]));
    }
}
