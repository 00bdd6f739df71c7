//! The last tier of distractors: values nudged from the answer and written the way it is
//! ("412.5 million" gives "330.5 million", "Aug. 15" gives "Aug. 16", "Friday" gives
//! "Saturday"), kept the right side of a range's other end and far enough from a hedged value.

use super::distractors::in_order;
use super::value::{Class, Found, Hedge, Value};
use crate::check::date::{Date, MONTHS, WEEKDAYS};

/// Values near the answer, written as it is.
pub(super) fn nudges(f: &Found) -> Vec<String> {
    match (&f.value, f.class) {
        (Value::Number(v), Class::Year) => year_nudges(*v, f.hedge)
            .into_iter()
            .filter(|(y, _)| in_order(f, &Value::Number(*y as f64)))
            .map(|(_, text)| text)
            .collect(),
        (Value::Number(_), Class::Duration) => super::durations::lap_nudges(&f.answer),
        // "38.4 overs": overs and balls, six balls an over, so no nudge past ".5" (#15).
        (Value::Number(_), _) if counts_overs(f) => number_nudges(f)
            .into_iter()
            .filter(|n| {
                n.split_once('.')
                    .is_none_or(|(_, balls)| balls.len() == 1 && balls <= "5")
            })
            .collect(),
        (Value::Number(_), _) => number_nudges(f),
        (Value::Span(from, to), _) => span_nudges(&f.answer, *from as i64, *to as i64),
        (Value::Decade(year), _) => [10, -10, 20, -20, 30]
            .iter()
            .map(|d| year + d)
            .filter(|y| (1000..=2100).contains(y))
            .map(|y| format!("{y}s"))
            .collect(),
        (Value::Date(d), _) => date_nudges(&f.answer, *d)
            .into_iter()
            .filter(|(n, _)| in_order(f, &Value::Date(*n)))
            .map(|(_, text)| text)
            .collect(),
        (Value::DayMonth(month, day), _) => day_month_nudges(&f.answer, *month, *day)
            .into_iter()
            .filter(|((m, d), _)| in_order(f, &Value::DayMonth(*m, *d)))
            .map(|(_, text)| text)
            .collect(),
        (Value::MonthYear(year, month), _) => month_year_nudges(&f.answer, *year, *month)
            .into_iter()
            .filter(|((y, m), _)| in_order(f, &Value::MonthYear(*y, *m)))
            .map(|(_, text)| text)
            .collect(),
        (Value::Weekday(d), _) => [1, 6, 2, 5, 3]
            .iter()
            .map(|k| WEEKDAYS[(d + k) % 7].to_owned())
            .collect(),
        (Value::Time(minutes), _) if f.answer.to_lowercase().starts_with("half ") => {
            half_hour_nudges(&f.answer, *minutes)
        }
        // "midnight", "12 noon": other hours, written on the clock ("11 p.m.", "1 a.m."), never
        // a bare hour that says no half of the day.
        (Value::Time(minutes), _) if noon_or_midnight(&f.answer) => [60i64, -60, 120, -120, 180]
            .iter()
            .map(|d| (*minutes as i64 + d).rem_euclid(24 * 60) / 60)
            .map(|h| {
                let twelve = if h % 12 == 0 { 12 } else { h % 12 };
                format!("{twelve} {}", if h < 12 { "a.m." } else { "p.m." })
            })
            .collect(),
        // "7" of "7 o’clock at night", "5" of "at 5 in the morning": other hours of the same
        // half of the day, written as the answer is.
        (Value::Time(minutes), _) if !f.answer.contains([':', '.']) => {
            hour_nudges(&f.answer, *minutes)
        }
        (Value::Time(minutes), _) => [10i64, -10, 20, -20, 60, -60]
            .iter()
            .map(|d| (*minutes as i64 + d).rem_euclid(24 * 60) as u32)
            .map(|m| time_like(&f.answer, m))
            .collect(),
        (Value::Duration(seconds), _) => duration_nudges(&f.answer, *seconds),
        (Value::Fraction(n, d), _) if ratio(&f.answer) => ratio_nudges(&f.answer, *n, *d, f.hedge),
        (Value::Fraction(n, d), _) => fraction_nudges(&f.answer, *n, *d),
        _ => Vec::new(),
    }
}

/// Whether a number counts a cricket innings' overs ("101.2 overs"): whole overs, a dot, and
/// the balls of the next.
fn counts_overs(f: &Found) -> bool {
    f.unit
        .as_deref()
        .is_some_and(|u| matches!(u, "overs" | "over"))
}

/// Nearby years: a year either side first; for a hedged year, five and ten (each with its text).
fn year_nudges(year: f64, hedge: Hedge) -> Vec<(i64, String)> {
    let steps: &[i64] = if hedge == Hedge::Exact {
        &[1, -1, 2, -2, 3, 5, -5, 10, -3, -10]
    } else {
        &[5, -5, 10, -10, 15, -15]
    };
    steps
        .iter()
        .map(|d| year as i64 + d)
        .filter(|y| (1000..=2100).contains(y))
        .map(|y| (y, y.to_string()))
        .collect()
}

/// Nearby dates, written month first when the answer is ("July 28, 2018") and day first if not.
fn date_nudges(answer: &str, d: Date) -> Vec<(Date, String)> {
    let month_first = answer.starts_with(|c: char| c.is_alphabetic());
    // The steps back come last: they are there for a date kept before another (second reader).
    [1, -1, 2, 7, -7, 30, -2, -14, -30]
        .iter()
        .map(|days| {
            let n = d.plus_days(*days);
            let text = if month_first {
                format!("{} {}, {}", MONTHS[n.month as usize - 1], n.day, n.year)
            } else {
                n.display()
            };
            (n, text)
        })
        .collect()
}

/// Nearby months, with the month written as the answer writes it ("Sept 2022", "September 2022").
fn month_year_nudges(answer: &str, year: i32, month: u32) -> Vec<((i32, u32), String)> {
    let short = answer
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() <= 4);
    [1i32, -1, 2, -2, 3, 6, -3, -6]
        .iter()
        .map(|d| {
            let index = year * 12 + month as i32 - 1 + d;
            let (y, m) = (index.div_euclid(12), index.rem_euclid(12) as usize);
            let name = if short { &MONTHS[m][..3] } else { MONTHS[m] };
            ((y, m as u32 + 1), format!("{name} {y}"))
        })
        .collect()
}

/// Durations a little longer and shorter, written as the answer is: by ten seconds and more
/// when it gives seconds, by minutes when it does not ("2h 5m" gives "2h 6m").
fn duration_nudges(answer: &str, seconds: u32) -> Vec<String> {
    let of = seconds;
    let seconds = i64::from(seconds);
    [10i64, -10, 30, -30, 60, -60, 120, -120, 300, -300]
        .iter()
        .filter_map(|d| u32::try_from(seconds + d).ok().filter(|&s| s > 0))
        .filter_map(|s| super::durations::like_from(answer, of, s))
        .collect()
}

/// Whether a fraction's answer is a share written as a ratio: "one in four", "9 out of 10".
fn ratio(answer: &str) -> bool {
    let words: Vec<&str> = answer.split_whitespace().collect();
    matches!(words.get(1), Some(&"in") | Some(&"out"))
}

/// Other shares written as the ratio is, clearly different from it ("one in four" gives "one in
/// eight", "one in two"; "9 out of 10" gives "8 out of 10"; "1 in 1,000" gives "1 in 2,000"):
/// the whole moves by the number nudges' factors in its own round steps, and a part bigger than
/// one also moves in its own steps. None written as nobody writes a share ("2 in 4": a whole that
/// is not round takes only a share in lowest terms), none within a tenth of the answer's share
/// or another option's (a quarter for a hedged share); fewer than three such, none at all.
fn ratio_nudges(answer: &str, n: u32, d: u32, hedge: Hedge) -> Vec<String> {
    let words: Vec<&str> = answer.split_whitespace().collect();
    let (Some(part), Some(whole)) = (words.first(), words.last()) else {
        return Vec::new();
    };
    let (Some(part_style), Some(whole_style)) = (style(part), style(whole)) else {
        return Vec::new();
    };
    let joiner = words[1..words.len() - 1].join(" ");
    let exact = hedge == Hedge::Exact;
    let factors: &[f64] = if exact {
        &[2.0, 0.5, 1.5, 0.75, 3.0, 1.25]
    } else {
        &[2.0, 0.5, 3.0, 1.5]
    };
    let margin = if exact { 1.1 } else { 1.25 };
    let (n, d) = (u64::from(n), u64::from(d));
    let mut shares: Vec<(u64, u64)> = Vec::new();
    if n > 1 {
        let step = round_step(n);
        let near = [1i64, -1, 2, -2, 3, -3].map(|k| n as i64 + k * step as i64);
        shares.extend(
            near.iter()
                .filter_map(|&a| u64::try_from(a).ok())
                .map(|a| (a, d)),
        );
        shares.extend(moved(n, factors).into_iter().map(|a| (a, d)));
    }
    shares.extend(moved(d, factors).into_iter().map(|b| (n, b)));
    let share = |(a, b): (u64, u64)| a as f64 / b as f64;
    let apart = |x: f64, y: f64| x.max(y) / x.min(y) >= margin;
    let mut kept: Vec<(u64, u64)> = Vec::new();
    for (a, b) in shares {
        let written = gcd(a, b) == 1 || b.is_multiple_of(10);
        if a >= 1
            && b > a
            && written
            && apart(share((a, b)), share((n, d)))
            && kept.iter().all(|&k| apart(share(k), share((a, b))))
        {
            kept.push((a, b));
        }
    }
    if kept.len() < 3 {
        return Vec::new();
    }
    let write =
        |style: &numbers::Style, v: u64| render(style, v as f64).unwrap_or_else(|| v.to_string());
    kept.into_iter()
        .map(|(a, b)| {
            format!(
                "{} {joiner} {}",
                write(&part_style, a),
                write(&whole_style, b)
            )
        })
        .collect()
}

/// The round step a whole number moves in, as the number nudges move it: its last non-zero
/// digit's place, no larger than a quarter of it; five from a hundred up when that is one.
fn round_step(v: u64) -> u64 {
    let mut step = 1u64;
    while v != 0 && v.is_multiple_of(step * 10) {
        step *= 10;
    }
    while step > 1 && step * 4 > v {
        step /= 10;
    }
    if step == 1 && v >= 100 {
        step = 5;
    }
    step
}

/// `v` times each factor, rounded to `v`'s round step: 100 gives 200, 50, 150, 80.
fn moved(v: u64, factors: &[f64]) -> Vec<u64> {
    let step = round_step(v) as f64;
    factors
        .iter()
        .map(|f| ((v as f64 * f) / step).round() * step)
        .filter(|m| *m >= 1.0)
        .map(|m| m as u64)
        .collect()
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// Other common fractions, with "one" for "a" when the answer says "one third".
fn fraction_nudges(answer: &str, n: u32, d: u32) -> Vec<String> {
    // "three-hundredths": parts of the same size, written the same way ("two-hundredths",
    // "four-hundredths"), not halves and thirds its size gives away (#15).
    // Only hundredths and thousandths: "four-eighths", "two-sixths" are written nowhere (third
    // reader).
    if d >= 100
        && let Some(split) = answer.rfind(['-', ' '])
    {
        const COUNTS: [&str; 9] = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        ];
        let joiner = &answer[split..=split];
        let part = answer[split + 1..].trim_end_matches('s');
        let capital = answer.starts_with(char::is_uppercase);
        return [n.wrapping_sub(1), n + 1, n + 2, n + 3]
            .into_iter()
            .filter(|&m| (1..=9).contains(&m) && m < d)
            .take(3)
            .map(|m| {
                let count = COUNTS[m as usize - 1];
                let count = if capital {
                    let mut c = count.chars();
                    c.next()
                        .map(|f| f.to_uppercase().chain(c).collect())
                        .unwrap_or_default()
                } else {
                    count.to_owned()
                };
                let plural = if m == 1 { "" } else { "s" };
                format!("{count}{joiner}{part}{plural}")
            })
            .collect();
    }
    let all = [
        (1, 2, "a half"),
        (1, 3, "a third"),
        (1, 4, "a quarter"),
        (2, 3, "two thirds"),
        (3, 4, "three quarters"),
        (1, 5, "a fifth"),
    ];
    all.iter()
        .filter(|(a, b, _)| (*a, *b) != (n, d))
        .map(|(_, _, text)| {
            if answer.starts_with("one ") {
                text.replacen("a ", "one ", 1)
            } else {
                (*text).to_owned()
            }
        })
        .collect()
}

/// Spans of years moved by their own length, written as the answer is ("2022-23" gives
/// "2020-21", "2024-25").
fn span_nudges(answer: &str, from: i64, to: i64) -> Vec<String> {
    let length = to - from + 1;
    let short = answer.trim_end().len() >= 2
        && answer
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .count()
            == 2;
    let joiner = if answer.contains(" to ") {
        " to "
    } else if answer.contains('–') {
        "–"
    } else if answer.contains('/') {
        "/" // a season, "2026/27": its neighbours written the same way
    } else {
        "-"
    };
    [-1i64, 1, -2, 2]
        .iter()
        .map(|k| (from + k * length, to + k * length))
        .filter(|(a, _)| *a > 0)
        .map(|(a, b)| {
            // "1999-00" would read as 1999 to 1900: across a century the end is written whole.
            if short && b / 100 == a / 100 {
                format!("{a}{joiner}{:02}", b % 100)
            } else {
                format!("{a}{joiner}{b}")
            }
        })
        .filter(|text| crate::check::number::read_span(text).is_some())
        .collect()
}

/// Nearby days of the month, written as the answer is ("Aug. 15" gives "Aug. 16").
fn day_month_nudges(answer: &str, month: u32, day: u32) -> Vec<((u32, u32), String)> {
    let Some(date) = Date::new(2001, month, day) else {
        return Vec::new();
    };
    let month_first = answer.starts_with(|c: char| c.is_alphabetic());
    let ordinal = answer
        .split_whitespace()
        .any(|w| w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd") || w.ends_with("th"))
        && answer.chars().any(|c| c.is_ascii_digit())
        && {
            let digits_then_letters = answer
                .split_whitespace()
                .find(|w| w.starts_with(|c: char| c.is_ascii_digit()));
            digits_then_letters.is_some_and(|w| w.ends_with(|c: char| c.is_alphabetic()))
        };
    let month_word = answer
        .split_whitespace()
        .find(|w| w.starts_with(|c: char| c.is_alphabetic()))
        .unwrap_or("");
    [1, -1, 2, 7, -7, -2, 14, -14]
        .iter()
        .map(|d| date.plus_days(*d))
        .map(|n| {
            let full = MONTHS[n.month as usize - 1];
            let name = if month_word.trim_end_matches('.').len() < full.len() && n.month == month {
                month_word.to_owned()
            } else if month_word.trim_end_matches('.').len() < full.len() {
                format!("{}.", &full[..3])
            } else {
                full.to_owned()
            };
            let day = if ordinal {
                format!(
                    "{}{}",
                    n.day,
                    crate::check::number::ordinal_suffix(i64::from(n.day))
                )
            } else {
                n.day.to_string()
            };
            let text = if month_first {
                format!("{name} {day}")
            } else {
                format!("{day} {name}")
            };
            ((n.month, n.day), text)
        })
        .collect()
}

/// Other half hours said as `answer` is: "half six" gives "half seven", "half five"; "half past
/// 8" gives "half past 9".
fn half_hour_nudges(answer: &str, minutes: u32) -> Vec<String> {
    let lead = if answer.to_lowercase().starts_with("half past ") {
        "half past ".len()
    } else {
        "half ".len()
    };
    let hour = i64::from(minutes / 60 % 12);
    let digits = answer.ends_with(|c: char| c.is_ascii_digit());
    [1i64, -1, 2, -2, 3]
        .iter()
        .filter_map(|d| {
            let h = ((hour + d - 1).rem_euclid(12) + 1) as usize;
            let name = if digits {
                h.to_string()
            } else {
                crate::check::words::small_number_word(h, false)?.to_owned()
            };
            Some(format!("{}{name}", &answer[..lead]))
        })
        .collect()
}

/// Hours an hour or two from a bare hour `answer` ("7", "seven") in the same half of the day,
/// written as it is (in digits or a word, on the twelve-hour clock).
fn hour_nudges(answer: &str, minutes: u32) -> Vec<String> {
    let hour = i64::from(minutes / 60);
    let digits = answer.starts_with(|c: char| c.is_ascii_digit());
    [1i64, -1, 2, -2, 3, -3]
        .iter()
        .map(|d| hour + d)
        .filter(|h| (0..24).contains(h) && (h / 12 == hour / 12) && h % 12 != 0)
        .filter_map(|h| {
            let twelve = (h % 12) as usize;
            if digits {
                Some(twelve.to_string())
            } else {
                crate::check::words::small_number_word(twelve, false).map(str::to_owned)
            }
        })
        .collect()
}

/// Whether a time is written "noon" or "midnight", with or without its "12".
fn noon_or_midnight(answer: &str) -> bool {
    let lower = answer.to_lowercase();
    matches!(lower.trim_start_matches("12 "), "noon" | "midnight")
}

/// A time written as `answer` is: "2:14 p.m." gives "2:24 p.m.", "14:14" gives "14:24",
/// "7.15am" gives "7.25am".
fn time_like(answer: &str, minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let lower = answer.to_lowercase();
    let twelve = if h % 12 == 0 { 12 } else { h % 12 };
    let dot = !lower.contains(':')
        && lower
            .split(|c: char| !c.is_ascii_digit() && c != '.')
            .next()
            .is_some_and(|d| d.contains('.'));
    let colon = if dot { '.' } else { ':' };
    let dotted = lower.contains("m.");
    let space = if lower.contains(' ') { " " } else { "" };
    match (lower.contains('a') || lower.contains('p'), dotted) {
        (true, true) => format!(
            "{twelve}{colon}{m:02}{space}{}",
            if h < 12 { "a.m." } else { "p.m." }
        ),
        (true, false) => format!(
            "{twelve}{colon}{m:02}{space}{}",
            if h < 12 { "am" } else { "pm" }
        ),
        _ if answer.starts_with('0') => format!("{h:02}:{m:02}"),
        // "9.30 in the evening": written on the twelve-hour clock, nudged so.
        _ if answer
            .split([':', '.'])
            .next()
            .and_then(|d| d.parse::<u32>().ok())
            .is_some_and(|written| written <= 12 && h >= 13) =>
        {
            format!("{twelve}:{m:02}")
        }
        _ => format!("{h}:{m:02}"),
    }
}

mod numbers;

use numbers::number_nudges;
pub(super) use numbers::{code_prefix, render, style};
