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

/// `seconds` written the way `answer` is, where `answer` holds `of` seconds: a bare "4:12" that
/// holds 252 seconds (a game clock) is minutes and seconds and gives "4:22", where "2:05" that
/// holds two hours and five minutes gives "2:06".
pub fn like_from(answer: &str, of: u32, seconds: u32) -> Option<String> {
    let minutes_seconds = answer.split_once(':').is_some_and(|(m, s)| {
        !s.contains(':')
            && m.parse::<u32>().ok().zip(s.parse::<u32>().ok()) == Some((of / 60, of % 60))
    });
    if minutes_seconds {
        return write(&Style::Colons(Unit::Minutes, 2), seconds);
    }
    like(answer, seconds)
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

/// A lap or split time as motor racing writes it, "1m31.204s": whole minutes glued to "m" (or
/// "min"), then seconds below 60 with two digits and decimals glued to "s" (or "sec"); or as
/// swimming and athletics write it, "1:52.34", a colon between them and no unit. Its
/// minutes, seconds in units of its last decimal, the decimals, and the two units as written.
fn lap_parts(text: &str) -> Option<(u64, u64, usize, &str, &str)> {
    let minutes_end = text.find(|c: char| !c.is_ascii_digit())?;
    let after_minutes = &text[minutes_end..];
    let unit_end = after_minutes.find(|c: char| c.is_ascii_digit())?;
    // "1min 46.902sec": a space may follow the minutes' unit, and is written again with it.
    let (m_unit, rest) = after_minutes.split_at(unit_end);
    let seconds_end = rest
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(rest.len());
    let (seconds, s_unit) = rest.split_at(seconds_end);
    let (whole, decimals) = seconds.split_once('.')?;
    // "1m31.204s", or with a colon and no unit after: "1:52.34" (a swim or a mile).
    // Or spelt out, as the AP writes a swim: "2 minutes, 1.49 seconds" (#15).
    // "2 minutes, 1.49 seconds", "3 minutes and 58.12 seconds" (fourth reader).
    let joined = m_unit.trim().trim_end_matches(" and").trim_end_matches(',');
    let spoken = matches!(joined, "minute" | "minutes")
        && m_unit.starts_with(' ')
        && matches!(s_unit, " second" | " seconds");
    let units = (Unit::of(m_unit.trim_end()) == Some(Unit::Minutes)
        && Unit::of(s_unit) == Some(Unit::Seconds))
        || (m_unit == ":" && s_unit.is_empty())
        || spoken;
    let ok = units
        && (whole.len() == 2 || (spoken && whole.len() == 1))
        && (1..=3).contains(&decimals.len())
        && decimals.bytes().all(|b| b.is_ascii_digit());
    let whole: u64 = whole.parse().ok()?;
    if !ok || whole >= 60 || minutes_end > 3 {
        return None;
    }
    let scale = 10u64.pow(decimals.len() as u32);
    let minutes: u64 = text[..minutes_end].parse().ok()?;
    Some((
        minutes,
        whole * scale + decimals.parse::<u64>().ok()?,
        decimals.len(),
        m_unit,
        s_unit,
    ))
}

/// Whether `text` is a lap time ("1m31.204s").
pub fn is_lap(text: &str) -> bool {
    lap_parts(text).is_some()
}

/// A lap time written in units of its last decimal (`total`), the way `answer` is written.
fn lap_write(answer: &str, total: u64) -> Option<String> {
    let (_, _, decimals, m_unit, s_unit) = lap_parts(answer)?;
    let scale = 10u64.pow(decimals as u32);
    let (minutes, rest) = (total / (60 * scale), total % (60 * scale));
    let (whole, part) = (rest / scale, rest % scale);
    // Spelt out, the seconds take no leading zero and the minutes their number: "2 minutes,
    // 1.49 seconds", "1 minute, 59.87 seconds" (fourth reader).
    if m_unit.starts_with(' ') {
        let m_unit = if minutes == 1 {
            m_unit.replacen("minutes", "minute", 1)
        } else if m_unit.contains("minutes") {
            m_unit.to_owned()
        } else {
            m_unit.replacen("minute", "minutes", 1)
        };
        return Some(format!(
            "{minutes}{m_unit}{whole}.{part:0decimals$}{s_unit}"
        ));
    }
    Some(format!(
        "{minutes}{m_unit}{whole:02}.{part:0decimals$}{s_unit}"
    ))
}

/// Lap times a little quicker and slower than `answer`, written as it is: by a tenth, a
/// quarter, half a second and a second.
pub fn lap_nudges(answer: &str) -> Vec<String> {
    let Some((minutes, seconds, decimals, ..)) = lap_parts(answer) else {
        return Vec::new();
    };
    let scale = 10i64.pow(decimals as u32);
    let total = (minutes * 60 * scale as u64 + seconds) as i64;
    [100i64, -100, 250, -250, 500, -500, 1000, -1000]
        .iter()
        .map(|thousandths| total + thousandths * scale / 1000)
        .filter(|&t| t > 0)
        .filter_map(|t| lap_write(answer, t as u64))
        .collect()
}

/// `other`, a lap time of the article, written the way `answer` is, when both are lap times
/// with the same decimals.
pub fn lap_like(answer: &str, other: &str) -> Option<String> {
    let (_, _, decimals, ..) = lap_parts(answer)?;
    let (minutes, seconds, theirs, ..) = lap_parts(other)?;
    let scale = 10u64.pow(decimals as u32);
    (theirs == decimals).then(|| lap_write(answer, minutes * 60 * scale + seconds))?
}

/// Other ways to type a lap time: "1:31.204", "1m 31.204s", "1min 31.204sec", and all in
/// seconds, "91.204s", "91.204 seconds", "91.204".
pub fn lap_forms(written: &str) -> Option<Vec<String>> {
    let (minutes, seconds, decimals, ..) = lap_parts(written)?;
    let scale = 10u64.pow(decimals as u32);
    let (whole, part) = (seconds / scale, seconds % scale);
    let all = (minutes * 60 * scale + seconds) as f64 / scale as f64;
    let all = format!("{all:.decimals$}");
    let mut out = vec![
        format!("{minutes}:{whole:02}.{part:0decimals$}"),
        format!("{minutes}m{whole:02}.{part:0decimals$}s"),
        format!("{minutes}m {whole:02}.{part:0decimals$}s"),
        format!("{minutes}min {whole:02}.{part:0decimals$}sec"),
        format!("{all}s"),
        format!("{all} seconds"),
        all,
    ];
    out.retain(|f| !f.eq_ignore_ascii_case(written));
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lap_with_a_space_is_written_again_with_it() {
        assert_eq!(
            lap_like("1min 46.902sec", "1min 44.117sec").as_deref(),
            Some("1min 44.117sec")
        );
        assert!(lap_nudges("1min 46.902sec").contains(&"1min 47.002sec".to_owned()));
    }

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
        // A game clock holds minutes and seconds.
        assert_eq!(like_from("4:12", 252, 262).as_deref(), Some("4:22"));
        assert_eq!(like_from("0:37", 37, 97).as_deref(), Some("1:37"));
        assert_eq!(like_from("2:05", 7500, 7560).as_deref(), Some("2:06"));
        assert_eq!(
            like_from("2hr 04min 31sec", 7471, 7572).as_deref(),
            Some("2hr 06min 12sec")
        );
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

    #[test]
    fn a_lap_time_is_written_typed_and_nudged_in_its_own_form() {
        assert!(is_lap("1m31.204s"));
        assert!(is_lap("2min 05.3sec".replace(' ', "").as_str()));
        for not in [
            "1m61.204s",
            "1m1.204s",
            "1m31s",
            "1m31.2045s",
            "31.204s",
            "1h31.204s",
        ] {
            assert!(!is_lap(not), "{not}");
        }
        assert_eq!(
            lap_forms("1m31.204s").unwrap(),
            [
                "1:31.204",
                "1m 31.204s",
                "1min 31.204sec",
                "91.204s",
                "91.204 seconds",
                "91.204"
            ]
        );
        assert_eq!(
            lap_nudges("1m59.950s")[..4],
            ["2m00.050s", "1m59.850s", "2m00.200s", "1m59.700s"]
        );
        assert_eq!(
            lap_like("1m31.204s", "1m34.918s").as_deref(),
            Some("1m34.918s")
        );
        assert_eq!(lap_like("1m31.204s", "1m34.9s"), None);
        // With a colon: a swim or a mile.
        assert!(is_lap("1:52.34"));
        assert!(!is_lap("1:52") && !is_lap("1:72.34") && !is_lap("1:52.34s"));
        assert_eq!(
            lap_forms("1:52.34").unwrap(),
            [
                "1m52.34s",
                "1m 52.34s",
                "1min 52.34sec",
                "112.34s",
                "112.34 seconds",
                "112.34"
            ]
        );
        assert_eq!(lap_nudges("1:52.34")[..2], ["1:52.44", "1:52.24"]);
    }

    #[test]
    fn the_game_takes_a_lap_time_in_each_form_and_no_other_time() {
        use crate::check::Accepted;
        use crate::model::AnswerType;
        let answer = "1m31.204s";
        let mut all = vec![answer.to_owned()];
        all.extend(lap_forms(answer).unwrap());
        let accepted = Accepted::new(AnswerType::Thing, all);
        for typed in [
            "1:31.204",
            "1m31.204s",
            "91.204 seconds",
            "91.204",
            "1m 31.204s",
        ] {
            assert!(accepted.matches(typed), "{typed}");
        }
        for typed in [
            "1:31.205",
            "1:31.2",
            "91.2",
            "1:32.204",
            "1m31.240s",
            "92.204 seconds",
            "13:12.04",
            "131.204",
        ] {
            assert!(!accepted.matches(typed), "{typed}");
        }
    }
}
