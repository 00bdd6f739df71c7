//! A span of time typed in any of the forms people write one: "1m31.204s", "1:31.204", "1 min
//! 31.204", "one minute 31.204 seconds", "91.204 s", "2h 04m 31s", "87ms". A lap time drafted as
//! text ("1m31.204s") and a gap drafted as a number of seconds (0.087 s) are judged by the length
//! of time typed, whatever its form; a colon form that is no time ("1:31:204") is no such length.

use super::value::same_value as same;
use super::{Accepted, Match};
use crate::model::AnswerType;

/// Seconds in each unit a span may be written in, by the unit's written forms.
const UNITS: [(&[&str], f64); 4] = [
    (&["h", "hr", "hrs", "hour", "hours"], 3600.0),
    (&["m", "min", "mins", "minute", "minutes"], 60.0),
    (&["s", "sec", "secs", "second", "seconds"], 1.0),
    (
        &["ms", "msec", "msecs", "millisecond", "milliseconds"],
        0.001,
    ),
];

fn unit_seconds(word: &str) -> Option<f64> {
    UNITS
        .iter()
        .find(|(names, _)| names.contains(&word))
        .map(|&(_, s)| s)
}

/// How a span was written: with unit words or letters ("1m31.204s"), or with colons ("1:31.204").
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Span {
    pub seconds: f64,
    /// Written with colons: "1:31.204", "2:04:31".
    pub colons: bool,
}

/// `text` in lower case without an article before it or a stop after it, its words one space
/// apart: "The 1:31.204." gives "1:31.204".
fn plain(text: &str) -> String {
    let text = text.trim().to_lowercase();
    let text = text.trim_end_matches(['.', '!', '?', ',']).trim_end();
    let text = ["the ", "a ", "an "]
        .iter()
        .find_map(|article| text.strip_prefix(article))
        .unwrap_or(text);
    let words: Vec<&str> = text
        .split([' ', '\t', '-'])
        .filter(|w| !w.is_empty())
        .collect();
    words.join(" ")
}

/// The length of time `text` writes, if all of it is one.
pub(super) fn read(text: &str) -> Option<Span> {
    // No length of time is less than none: "-2:21:30" is no span (`plain` reads a dash as a gap).
    if text.trim_start().starts_with(['-', '−']) {
        return None;
    }
    let text = &plain(text);
    // "1:34.918s", "2:03 hours": a unit after colons says what the first or last part counts.
    let colons = UNITS
        .iter()
        .flat_map(|&(names, seconds)| names.iter().map(move |name| (*name, seconds)))
        .find_map(|(name, unit)| {
            let rest = text.strip_suffix(name)?.trim_end();
            by_colons(rest, Some(unit))
        })
        .or_else(|| by_colons(text, None));
    colons
        .map(|seconds| Span {
            seconds,
            colons: true,
        })
        .or_else(|| {
            by_units(text).map(|seconds| Span {
                seconds,
                colons: false,
            })
        })
}

/// The words of `text` with a colon between digits, typed as a time or a span whether or not
/// they read as one: "1:31:204" in "about 1:31:204".
fn colon_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().filter(|word| {
        let chars: Vec<char> = word.chars().collect();
        chars
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == ':' && w[2].is_ascii_digit())
    })
}

/// "1:31.204" (minutes and seconds) or "2:04:31" (hours, minutes, seconds): every part after the
/// first below 60, of one or two digits, a fraction only on the last. `unit`, the unit written
/// after it: hours make "2:03 hours" hours and minutes; seconds only name the last part.
fn by_colons(text: &str, unit: Option<f64>) -> Option<f64> {
    let parts: Vec<&str> = text.split(':').collect();
    if !(2..=3).contains(&parts.len()) {
        return None;
    }
    // The unit of the last part: seconds, or minutes for "2:03 hours".
    let last_unit = match unit {
        None | Some(1.0) => 1.0,
        Some(3600.0) if parts.len() == 2 => 60.0,
        Some(60.0) if parts.len() == 2 => 1.0,
        Some(_) => return None,
    };
    let (last, whole) = parts.split_last()?;
    // After the seconds a comma is a decimal comma ("1:34,918"): no thousands are grouped there.
    let last = &last.replacen(',', ".", 1);
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let mut total = 0.0;
    for (i, part) in whole.iter().enumerate() {
        if part.is_empty() || !digits(part) || (i > 0 && part.len() > 2) {
            return None;
        }
        let value: f64 = part.parse().ok()?;
        if i > 0 && value >= 60.0 {
            return None;
        }
        total = total * 60.0 + value;
    }
    let (int, fraction) = last.split_once('.').unwrap_or((last, ""));
    // Seconds with a fraction have both digits ("1:31.204"; "1:3.1204" is no time).
    let widths = if fraction.is_empty() { 1..=2 } else { 2..=2 };
    if !widths.contains(&int.len())
        || !digits(int)
        || !digits(fraction)
        || (last.contains('.') && fraction.is_empty())
        || (last_unit != 1.0 && last.contains('.'))
    {
        return None;
    }
    let value: f64 = last.parse().ok()?;
    (value < 60.0).then_some((total * 60.0 + value) * last_unit)
}

/// Numbers each followed by a unit, largest first ("1m31.204s", "1 min 31.204 sec", "one minute
/// 34.918 seconds"); a last number without one is in the next smaller unit ("1 min 31.204").
fn by_units(text: &str) -> Option<f64> {
    let words = pieces(text);
    // A span in words is short ("two hours forty-five minutes and ten seconds"); a long line is
    // no span, and is not read a run of words at a time.
    if words.len() > 16 {
        return None;
    }
    let mut seconds = 0.0;
    let mut last_unit = f64::INFINITY;
    let mut number: Option<f64> = None;
    let mut i = 0;
    let mut units = 0;
    let mut letter_only = false;
    while i < words.len() {
        let word = words[i].as_str();
        if let Some(unit) = unit_seconds(word) {
            let value = number.take()?;
            if unit >= last_unit {
                return None;
            }
            seconds += value * unit;
            last_unit = unit;
            units += 1;
            letter_only = word.len() == 1;
            i += 1;
            continue;
        }
        if number.is_some() {
            return None;
        }
        if word == "and" && i > 0 {
            i += 1;
            continue;
        }
        // A number: digits with a point, or number words (as many as read as one number).
        if let Ok(value) = word.parse::<f64>() {
            if !word.chars().all(|c| c.is_ascii_digit() || c == '.') {
                return None;
            }
            number = Some(value);
            i += 1;
            continue;
        }
        let (end, value) = (i + 1..=words.len()).rev().find_map(|end| {
            let run: Vec<&str> = words[i..end].iter().map(String::as_str).collect();
            let (value, ordinal) = super::words::read(&run)?;
            (!ordinal).then_some((end, value))
        })?;
        number = Some(value);
        i = end;
    }
    // "100m", "1990s", "2h": a lone letter may be metres, a decade or a half; it takes two units
    // ("1m31s", "2h03") or a word ("100 min") to write a span.
    if units == 0 || (units == 1 && letter_only && number.is_none()) {
        return None;
    }
    if let Some(value) = number {
        // "1 min 31.204": the next smaller unit.
        let next = UNITS
            .iter()
            .map(|&(_, s)| s)
            .find(|&s| s < last_unit && s >= 1.0)?;
        seconds += value * next;
    }
    Some(seconds)
}

/// The words and numbers of `text`, a number glued to its unit cut from it ("1m31.204s" gives
/// 1, m, 31.204, s); commas and hyphens between words dropped.
fn pieces(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || c == ',' || c == '-') {
        let mut current = String::new();
        let mut digit = None;
        for c in word.chars() {
            let is_digit = c.is_ascii_digit() || (c == '.' && digit == Some(true));
            if digit.is_some_and(|d| d != is_digit) && !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            digit = Some(is_digit);
            current.push(c);
        }
        if !current.is_empty() {
            out.push(current);
        }
    }
    out
}

/// Whether `text` is one number with a decimal point or comma and nothing else ("2.03"): a
/// number of no stated unit, not a span.
fn bare_decimal(text: &str) -> bool {
    let text = text.trim();
    let mut seps = text.chars().filter(|c| matches!(c, '.' | ','));
    let one = seps.next().is_some() && seps.next().is_none();
    one && text
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && text.starts_with(|c: char| c.is_ascii_digit())
        && text.ends_with(|c: char| c.is_ascii_digit())
}

impl Accepted {
    /// The length of time the answer is, when one of its forms surely writes a span: with units
    /// ("2h 3m" beside "2:03"), or colons and a fraction of a second ("1:31.204"). "10:30" alone
    /// may be a time of day, "2:04:31" one with seconds.
    fn span(&self) -> Option<f64> {
        self.forms.iter().find_map(|f| {
            read(f)
                .filter(|s| !s.colons || f.contains(['.', ',']))
                .map(|s| s.seconds)
        })
    }

    /// A text answer that is a span of time ("1m31.204s"): a span typed in any form is right
    /// when it is as long, a number with no unit ("2.03") or a time with colons that is not this
    /// span ("1:31:204") is wrong. `None`: leave the answer to the other readings (an accepted
    /// form typed as it is, say).
    pub(super) fn by_duration(&self, given: &str) -> Option<Match> {
        if !matches!(self.answer_type, AnswerType::Thing | AnswerType::Text) {
            return None;
        }
        let answer = self.span()?;
        // No length of time is less than none ("-1:31.204"), though its digits are the answer's.
        if given.trim_start().starts_with(['-', '−']) {
            return Some(Match::NO);
        }
        let typed = plain(given);
        if self.forms.iter().any(|f| plain(f) == typed) {
            return None;
        }
        // "about 61:51": a hedge before the exact length takes nothing from it.
        let given = super::number::without_approximation(given);
        if let Some(typed) = read(given) {
            return Some(if same(typed.seconds, answer) {
                Match::Exact
            } else {
                Match::NO
            });
        }
        if bare_decimal(given) {
            return Some(Match::NO);
        }
        // Words around a time with colons: the time must be this span, and the words are left
        // to the other readings.
        colon_words(given)
            .any(|word| !read(word).is_some_and(|t| same(t.seconds, answer)))
            .then_some(Match::NO)
    }

    /// A number of a unit of time (0.087 s, 21 seconds) typed in another unit or form ("87ms",
    /// "0:21"): right when it is as long.
    pub(super) fn by_duration_value(&self, given: &str) -> Option<Match> {
        let unit = unit_seconds(&self.unit.as_deref()?.to_lowercase())?;
        let answer = self.forms.first().and_then(|f| self.value_of(f))? * unit;
        let typed = read(super::number::without_approximation(given))?;
        same(typed.seconds, answer).then_some(Match::Exact)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seconds(text: &str) -> Option<f64> {
        read(text).map(|s| s.seconds)
    }

    #[test]
    fn a_span_is_read_in_its_usual_forms() {
        let lap = 91.204;
        for text in [
            "1m31.204s",
            "1m 31.204s",
            "1:31.204",
            "01:31.204",
            "1:31.204s",
            "1:31.204 sec",
            "1 min 31.204",
            "1 min 31.204 sec",
            "one minute 31.204 seconds",
            "1 minute, 31.204 seconds",
            "91.204 seconds",
        ] {
            let got = seconds(text);
            assert!(got.is_some_and(|g| same(g, lap)), "{text}: {got:?}");
        }
        assert_eq!(seconds("2h 04m 31s"), Some(7471.0));
        assert_eq!(seconds("2:04:31"), Some(7471.0));
        assert_eq!(seconds("two hours and four minutes"), Some(7440.0));
        assert!(seconds("87ms").is_some_and(|s| same(s, 0.087)));
    }

    #[test]
    fn what_is_no_span_is_not_read_as_one() {
        for text in [
            "1:31:204",
            "1:3.1204",
            "13:12.04:",
            "91.204",
            "1 31.204",
            "31 s 1 min",
            "the first minute",
            "1 min 2 min",
            "minutes",
            "1m31.204s later",
            &"one minute ".repeat(40),
            "",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn a_lap_time_is_judged_by_its_length() {
        let lap = Accepted::new(
            AnswerType::Thing,
            vec!["1m31.204s".to_owned(), "1:31.204".to_owned()],
        );
        for right in ["1 min 31.204", "one minute 31.204 seconds", "01:31.204"] {
            assert_eq!(lap.judge(right, false), Match::Exact, "{right}");
        }
        for wrong in [
            "1:31:204",
            "1 min 31.2",
            "1:13.204",
            "2 min 31.204",
            "-1:31.204",
        ] {
            assert!(!lap.judge(wrong, false).is_right(), "{wrong}");
        }
        assert_eq!(
            lap.judge("1:31,204", false),
            Match::Exact,
            "a decimal comma"
        );
        assert_eq!(lap.judge("The 1:31.204.", true), Match::Exact);
        assert!(!lap.judge("about 1:31:204", false).is_right());
        // A text answer that is no span is not read as one: a clock time stays a clock time,
        // and colons alone may be one.
        for answer in ["7:30 a.m.", "10:30", "2:04:31"] {
            let clock = Accepted::new(AnswerType::Thing, vec![answer.to_owned()]);
            assert_eq!(clock.by_duration("7 min 30 s"), None, "{answer}");
            assert_eq!(clock.by_duration("10:30am"), None, "{answer}");
        }
    }

    #[test]
    fn a_race_time_with_its_units_among_its_forms_is_a_span() {
        let forms = |f: &[&str]| f.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let third = Accepted::new(AnswerType::Thing, forms(&["2:21:30", "2h 21m 30s"]));
        for right in [
            "02:21:30",
            "2h21m30s",
            "2 hours 21 minutes 30 seconds",
            "141:30",
            "8490 seconds",
            "about 2:21:30",
        ] {
            assert_eq!(third.judge(right, true), Match::Exact, "{right}");
        }
        for wrong in ["2:21", "2:12:30", "2:21:03"] {
            assert!(!third.judge(wrong, false).is_right(), "{wrong}");
        }
        // "2:03" beside "2h 3m": hours and minutes, as its other forms say.
        let target = Accepted::new(AnswerType::Thing, forms(&["2:03", "2:03:00", "2h 3m"]));
        for right in [
            "2:03",
            "2hr 03min",
            "2 hours 3 minutes",
            "2h03",
            "2:03 hours",
            "123 minutes",
        ] {
            assert_eq!(target.judge(right, true), Match::Exact, "{right}");
        }
        for wrong in ["2.03", "2:03 minutes", "3 minutes"] {
            assert!(!target.judge(wrong, false).is_right(), "{wrong}");
        }
        // A lone letter is no unit of time: a distance and a decade stay text.
        for text in ["100m", "1990s", "2h"] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    #[test]
    fn a_number_of_seconds_takes_the_same_length_in_another_unit() {
        let mut gap = Accepted::new(AnswerType::Number, vec!["0.087".to_owned()]);
        gap.unit = Some("s".to_owned());
        assert!(gap.judge("87ms", false).is_right());
        assert!(gap.judge("0.087 seconds", false).is_right());
        assert!(!gap.judge("87 s", false).is_right());
        assert!(!gap.judge("870ms", false).is_right());
        let mut margin = Accepted::new(AnswerType::Number, vec!["21".to_owned()]);
        margin.unit = Some("seconds".to_owned());
        assert!(margin.judge("0:21", false).is_right());
        assert!(!margin.judge("0:12", false).is_right());
        // Not a unit of time: no span is read.
        let mut laps = Accepted::new(AnswerType::Number, vec!["58".to_owned()]);
        laps.unit = Some("laps".to_owned());
        assert!(!laps.judge("58 min", false).is_right());
    }
}
