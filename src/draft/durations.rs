//! Writing a duration (#15): a race time as the article writes it ("2:06:12", "2hr 04min 31sec",
//! "14min 22sec", "2h 5m"), the other forms a player may type it in, and another duration written
//! the way an answer is, for distractors and nudges.

/// The units a duration's parts are written in, largest first, with how many seconds each is.
const UNITS: [(Unit, u32); 3] = [(Unit::Hours, 3600), (Unit::Minutes, 60), (Unit::Seconds, 1)];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Hours,
    Minutes,
    Seconds,
}

impl Unit {
    /// The unit a short form glued to digits names: "hr" of "2hr", "min" of "04min".
    pub fn of(suffix: &str) -> Option<Unit> {
        match suffix.to_ascii_lowercase().as_str() {
            "h" | "hr" | "hrs" => Some(Unit::Hours),
            "m" | "min" | "mins" => Some(Unit::Minutes),
            "s" | "sec" | "secs" => Some(Unit::Seconds),
            _ => None,
        }
    }

    fn seconds(self) -> u32 {
        UNITS
            .iter()
            .find(|(u, _)| *u == self)
            .map_or(1, |(_, s)| *s)
    }
}

/// How a duration is written: colon-separated parts ("2:06:12", "14:22", their first unit), or
/// parts each glued to a unit ("2hr 04min 31sec": the unit's written form and whether the number
/// is written with two digits).
#[derive(Debug, Clone, PartialEq)]
enum Style {
    Colons(Unit, usize),
    Glued(Vec<(Unit, String, bool)>),
}

/// The style of `answer`, a duration the drafter read: with colons, hours first (the drafter
/// reads a bare "2:05" as a duration only when it is hours and minutes).
fn style(answer: &str) -> Option<Style> {
    if answer.contains(':') {
        return Some(Style::Colons(Unit::Hours, answer.split(':').count()));
    }
    let mut parts = Vec::new();
    for word in answer.split_whitespace() {
        let digits = word.chars().take_while(char::is_ascii_digit).count();
        let suffix = &word[digits..];
        parts.push((Unit::of(suffix)?, suffix.to_owned(), digits == 2));
    }
    (parts.len() >= 2).then_some(Style::Glued(parts))
}

/// `seconds` written in `style`: the first part holds what the parts after it do not ("61min
/// 51sec"); `None` when it does not fit (a style without seconds for a time with some).
fn write(style: &Style, seconds: u32) -> Option<String> {
    let units: Vec<Unit> = match style {
        Style::Colons(first, n) => UNITS
            .iter()
            .map(|(u, _)| *u)
            .filter(|u| u >= first)
            .take(*n)
            .collect(),
        Style::Glued(parts) => parts.iter().map(|(u, _, _)| *u).collect(),
    };
    let smallest = units.last()?.seconds();
    if !seconds.is_multiple_of(smallest) {
        return None;
    }
    let mut rest = seconds;
    let mut values = Vec::new();
    for (k, unit) in units.iter().enumerate() {
        let value = if k == 0 {
            rest / unit.seconds()
        } else {
            (rest / unit.seconds()).min(59)
        };
        rest -= value * unit.seconds();
        values.push(value);
    }
    Some(match style {
        Style::Colons(..) => values
            .iter()
            .enumerate()
            .map(|(k, v)| {
                if k == 0 {
                    v.to_string()
                } else {
                    format!("{v:02}")
                }
            })
            .collect::<Vec<_>>()
            .join(":"),
        Style::Glued(parts) => parts
            .iter()
            .zip(&values)
            .map(|((_, suffix, two), v)| {
                if *two {
                    format!("{v:02}{suffix}")
                } else {
                    format!("{v}{suffix}")
                }
            })
            .collect::<Vec<_>>()
            .join(" "),
    })
}

/// `seconds` written the way `answer` is: "2hr 04min 31sec" and 7572 give "2hr 06min 12sec".
pub fn like(answer: &str, seconds: u32) -> Option<String> {
    write(&style(answer)?, seconds)
}

/// Other ways to type a duration: "2:04:31", "2h 4m 31s", "2hr 4min 31sec" ("14:22", "14m 22s",
/// "14min 22sec" under an hour), leaving out parts that are zero at the end.
pub fn forms(seconds: u32, written: &str) -> Vec<String> {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let colons = if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    };
    let glued = |names: [&str; 3]| {
        let parts = [(h, names[0]), (m, names[1]), (s, names[2])];
        let first = parts.iter().position(|(v, _)| *v > 0).unwrap_or(2);
        let last = parts.iter().rposition(|(v, _)| *v > 0).unwrap_or(2);
        parts[first..=last]
            .iter()
            .map(|(v, name)| format!("{v}{name}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut out = vec![colons, glued(["h", "m", "s"]), glued(["hr", "min", "sec"])];
    out.retain(|f| !f.eq_ignore_ascii_case(written));
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_duration_is_written_again_the_way_its_answer_is() {
        assert_eq!(
            like("2hr 04min 31sec", 7572).as_deref(),
            Some("2hr 06min 12sec")
        );
        assert_eq!(like("2:06:12", 7471).as_deref(), Some("2:04:31"));
        assert_eq!(like("0:01:41", 111).as_deref(), Some("0:01:51"));
        // The first part holds the hours the style has no part for.
        assert_eq!(like("61min 51sec", 3721).as_deref(), Some("62min 01sec"));
        assert_eq!(like("2:05", 7560).as_deref(), Some("2:06"));
        assert_eq!(like("2:05", 7561), None);
        // A style without seconds takes only whole minutes.
        assert_eq!(like("2h 5m", 7560).as_deref(), Some("2h 6m"));
        assert_eq!(like("2h 5m", 7561), None);
        assert_eq!(like("14 minutes", 600), None);
    }

    #[test]
    fn a_duration_may_be_typed_with_colons_or_short_units() {
        assert_eq!(
            forms(7471, "2hr 04min 31sec"),
            ["2:04:31", "2h 4m 31s", "2hr 4min 31sec"]
        );
        assert_eq!(forms(862, "14:22"), ["14m 22s", "14min 22sec"]);
        assert_eq!(forms(7500, "2h 5m"), ["2:05:00", "2hr 5min"]);
    }

    #[test]
    fn the_game_takes_each_form_and_no_other_time() {
        use crate::check::Accepted;
        use crate::model::AnswerType;
        let answer = "2hr 04min 31sec";
        let mut all = vec![answer.to_owned()];
        all.extend(forms(7471, answer));
        let accepted = Accepted::new(AnswerType::Thing, all);
        for typed in ["2:04:31", "2h 4m 31s", "2hr 04min 31sec", "2hr 4min 31sec"] {
            assert!(accepted.matches(typed), "{typed}");
        }
        for typed in ["2:04:32", "2:04:13", "2h 4m 21s", "2:04"] {
            assert!(!accepted.matches(typed), "{typed}");
        }
    }
}
