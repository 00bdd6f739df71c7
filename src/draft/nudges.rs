//! The last tier of distractors: values nudged from the answer and written the way it is
//! ("412.5 million" gives "330.5 million", "Aug. 15" gives "Aug. 16", "Friday" gives
//! "Saturday"), kept the right side of a range's other end and far enough from a hedged value.

use super::distractors::{far_enough, in_order};
use super::value::{Class, Found, Hedge, Value};
use crate::check::date::{Date, MONTHS, WEEKDAYS};

/// Values near the answer, written as it is.
pub(super) fn nudges(f: &Found) -> Vec<String> {
    match (&f.value, f.class) {
        (Value::Number(v), Class::Year) => year_nudges(*v, f.hedge),
        (Value::Number(_), _) => number_nudges(f),
        (Value::Span(from, to), _) => span_nudges(&f.answer, *from as i64, *to as i64),
        (Value::Decade(year), _) => [10, -10, 20, -20, 30]
            .iter()
            .map(|d| year + d)
            .filter(|y| (1000..=2100).contains(y))
            .map(|y| format!("{y}s"))
            .collect(),
        (Value::Date(d), _) => date_nudges(&f.answer, *d),
        (Value::DayMonth(month, day), _) => day_month_nudges(&f.answer, *month, *day),
        (Value::MonthYear(year, month), _) => month_year_nudges(&f.answer, *year, *month),
        (Value::Weekday(d), _) => [1, 6, 2, 5, 3]
            .iter()
            .map(|k| WEEKDAYS[(d + k) % 7].to_owned())
            .collect(),
        (Value::Time(minutes), _) => [10i64, -10, 20, -20, 60, -60]
            .iter()
            .map(|d| (*minutes as i64 + d).rem_euclid(24 * 60) as u32)
            .map(|m| time_like(&f.answer, m))
            .collect(),
        (Value::Fraction(n, d), _) => fraction_nudges(&f.answer, *n, *d),
        _ => Vec::new(),
    }
}

/// Nearby years: a year either side first; for a hedged year, five and ten.
fn year_nudges(year: f64, hedge: Hedge) -> Vec<String> {
    let steps: &[i64] = if hedge == Hedge::Exact {
        &[1, -1, 2, -2, 3, 5, -5, 10]
    } else {
        &[5, -5, 10, -10]
    };
    steps
        .iter()
        .map(|d| year as i64 + d)
        .filter(|y| (1000..=2100).contains(y))
        .map(|y| y.to_string())
        .collect()
}

/// Nearby dates, written month first when the answer is ("July 28, 2018") and day first if not.
fn date_nudges(answer: &str, d: Date) -> Vec<String> {
    let month_first = answer.starts_with(|c: char| c.is_alphabetic());
    [1, -1, 2, 7, -7, 30]
        .iter()
        .map(|days| {
            let n = d.plus_days(*days);
            if month_first {
                format!("{} {}, {}", MONTHS[n.month as usize - 1], n.day, n.year)
            } else {
                n.display()
            }
        })
        .collect()
}

/// Nearby months, with the month written as the answer writes it ("Sept 2022", "September 2022").
fn month_year_nudges(answer: &str, year: i32, month: u32) -> Vec<String> {
    let short = answer
        .split_whitespace()
        .next()
        .is_some_and(|w| w.len() <= 4);
    [1i32, -1, 2, -2, 3, 6]
        .iter()
        .map(|d| {
            let index = year * 12 + month as i32 - 1 + d;
            let (y, m) = (index.div_euclid(12), index.rem_euclid(12) as usize);
            let name = if short { &MONTHS[m][..3] } else { MONTHS[m] };
            format!("{name} {y}")
        })
        .collect()
}

/// Other common fractions, with "one" for "a" when the answer says "one third".
fn fraction_nudges(answer: &str, n: u32, d: u32) -> Vec<String> {
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

/// How the answer writes its number: in words, with grouped thousands, with decimals, with a
/// word after it ("million", "bn") or an ordinal suffix.
pub(super) struct Style {
    words: bool,
    capital: bool,
    grouped: bool,
    decimals: usize,
    /// What follows the digits: " million", "bn", "st".
    suffix: String,
    ordinal: bool,
    /// The value of the digits alone: 412.5 of "412.5 million".
    base: f64,
}

pub(super) fn style(answer: &str) -> Option<Style> {
    let digits_end = answer
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(answer.len());
    let digits = &answer[..digits_end];
    if digits.is_empty() {
        let reading = crate::check::number::read(answer, None)?;
        return Some(Style {
            words: true,
            capital: answer.starts_with(char::is_uppercase),
            grouped: false,
            decimals: 0,
            suffix: String::new(),
            ordinal: reading.ordinal,
            base: reading.value,
        });
    }
    let suffix = answer[digits_end..].to_owned();
    let ordinal = matches!(suffix.as_str(), "st" | "nd" | "rd" | "th");
    Some(Style {
        words: false,
        capital: false,
        grouped: digits.contains(','),
        decimals: digits.split_once('.').map_or(0, |(_, d)| d.len()),
        suffix: if ordinal { String::new() } else { suffix },
        ordinal,
        base: digits.replace(',', "").parse().ok()?,
    })
}

/// Nudged numbers: in the answer's own steps for an exact value ("7,700" moves in hundreds),
/// by a quarter or more for a hedged one ("about 9,000"), kept the right side of a range's other
/// end, positive, and a percentage at most 100.
fn number_nudges(f: &Found) -> Vec<String> {
    let Some(style) = style(&f.answer) else {
        return Vec::new();
    };
    let base = style.base;
    let scale = match &f.value {
        Value::Number(v) if base != 0.0 => v / base,
        _ => 1.0,
    };
    let mut values: Vec<f64> = Vec::new();
    if style.decimals > 0 {
        let factors: &[f64] = if f.hedge == Hedge::Exact {
            &[0.8, 1.25, 0.9, 1.1, 1.5, 0.5]
        } else {
            &[0.75, 1.5, 0.5, 2.0]
        };
        let unit = 10f64.powi(-(style.decimals as i32));
        let last = (base / unit).round() % 10.0;
        for factor in factors {
            let mut v = ((base * factor) / unit).round();
            // Keep the last digit as the answer has it, so that the options look alike.
            if v % 10.0 == 0.0 && last != 0.0 {
                v += last;
            }
            values.push(v * unit);
        }
    } else {
        let whole = base.round() as i64;
        let mut step = 1i64;
        while whole != 0 && whole % (step * 10) == 0 {
            step *= 10;
        }
        // A step no larger than a quarter of the value: 10 moves in ones, 50 in tens.
        while step > 1 && step * 4 > whole.abs() {
            step /= 10;
        }
        if step == 1 && whole.abs() >= 100 && !style.ordinal {
            step = 5;
        }
        let near: Vec<i64> = if f.hedge == Hedge::Exact && !style.words || whole <= 20 {
            vec![1, -1, 2, -2, 3, -3]
        } else {
            Vec::new()
        };
        // A round answer moved in ones ("30": 31, 29) needs round options near the first, or it
        // may be the only round one of a set.
        let round = step < 10 && whole.abs() >= 10 && whole % 10 == 0;
        for (i, k) in near.iter().enumerate() {
            values.push((whole + k * step) as f64);
            if round && i < 3 {
                values.push((whole + k * 10) as f64);
            }
        }
        for factor in [1.5, 0.5, 2.0, 0.75] {
            values.push(((whole as f64 * factor) / step as f64).round() * step as f64);
        }
    }
    let percent = f.class == Class::Percent && base <= 100.0;
    values
        .into_iter()
        .filter(|v| *v != base && (*v > 0.0 || base <= 0.0) && !(percent && *v > 100.0))
        .filter(|v| in_order(f, &Value::Number(v * scale)))
        .filter(|v| f.hedge == Hedge::Exact || far_enough(f, &Value::Number(v * scale)))
        .filter_map(|v| render(&style, v))
        .collect()
}

const SMALL: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];
const SMALL_ORDINALS: [&str; 21] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

pub(super) fn render(style: &Style, v: f64) -> Option<String> {
    if style.words {
        let n = usize::try_from(v as i64)
            .ok()
            .filter(|n| *n <= 20 && v.fract() == 0.0)?;
        let word = if style.ordinal {
            SMALL_ORDINALS[n]
        } else {
            SMALL[n]
        };
        let mut out = word.to_owned();
        if style.capital {
            out = word[..1].to_uppercase() + &word[1..];
        }
        return Some(out);
    }
    let mut digits = format!("{v:.*}", style.decimals);
    if style.grouped && style.decimals == 0 {
        digits = crate::check::number::group_thousands(v as i64);
    }
    if style.ordinal {
        let n = v as i64;
        let suffix = match (n % 10, n % 100) {
            (_, 11..=13) => "th",
            (1, _) => "st",
            (2, _) => "nd",
            (3, _) => "rd",
            _ => "th",
        };
        return Some(format!("{digits}{suffix}"));
    }
    Some(format!("{digits}{}", style.suffix))
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
fn day_month_nudges(answer: &str, month: u32, day: u32) -> Vec<String> {
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
    [1, -1, 2, 7, -7]
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
                format!("{}{}", n.day, suffix(n.day))
            } else {
                n.day.to_string()
            };
            if month_first {
                format!("{name} {day}")
            } else {
                format!("{day} {name}")
            }
        })
        .collect()
}

fn suffix(n: u32) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
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
        _ => format!("{h}:{m:02}"),
    }
}
