//! Wrong options for a drafted fact, of its type and unit: values the article gives elsewhere
//! first (the nearest in size first), then values nudged from the answer and written the way it
//! is ("412.5 million" gives "330.5 million", "June 14" gives "June 15", "Friday" gives
//! "Saturday"). A value from the fact's own sentence is never used: the sentence would then
//! contradict itself or make the option plainly wrong.

use std::cmp::Ordering;

use super::index::Index;
use super::value::{Class, Found, Hedge, Value};
use crate::check::canonical;
use crate::check::date::{Date, MONTHS, WEEKDAYS};

/// How many wrong options a multiple-choice question needs.
pub const WANTED: usize = 3;

/// How many of the article's values a fact looks at for its distractors: the nearest ones.
const LOOK_AT: usize = 200;

/// Up to three distractors for value `i` of `all` (every value of the article), then nudges.
pub fn distractors(i: usize, all: &[Found], index: &Index) -> Vec<String> {
    let f = &all[i];
    // Told apart as the game tells answers apart: "3.8" is "03.8".
    let key = |text: &str| canonical(f.class.answer_type(), text, f.unit.as_deref());
    let mut taken: Vec<String> = std::iter::once(&f.answer)
        .chain(&f.aliases)
        .map(|a| key(a))
        .collect();
    let mut out: Vec<String> = Vec::new();
    let mut keep = |text: String, out: &mut Vec<String>| {
        let key = key(&text);
        if !key.is_empty() && !taken.contains(&key) {
            taken.push(key);
            out.push(text);
        }
    };
    let sentence_keys: Vec<&String> = index
        .by_sentence
        .get(&(f.paragraph, f.sentence))
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .map(|&g| &index.keys[g])
        .collect();
    let mut from_article: Vec<&Found> = index
        .near(i, LOOK_AT)
        .iter()
        .filter(|&&g| index.keys[g] != index.keys[i] && !sentence_keys.contains(&&index.keys[g]))
        .map(|&g| &all[g])
        .filter(|g| !g.answer.is_empty())
        .filter(|g| far_enough(f, &g.value) && same_size(f, &g.value) && in_order(f, &g.value))
        .collect();
    from_article.sort_by(|a, b| closeness(f, &a.value).total_cmp(&closeness(f, &b.value)));
    for g in from_article {
        if out.len() == WANTED {
            break;
        }
        if let Some(text) = shown(f, g) {
            keep(text, &mut out);
        }
    }
    if out.len() < WANTED {
        for text in nudges(f) {
            if out.len() == WANTED {
                break;
            }
            keep(text, &mut out);
        }
    }
    out
}

/// A number so close to the answer that it may be the same quantity rounded ($412 million next
/// to $412.5 million) is no distractor; for a hedged answer ("about 9,000") the margin is wider.
fn far_enough(f: &Found, value: &Value) -> bool {
    let (Value::Number(a), Value::Number(b)) = (&f.value, value) else {
        return true;
    };
    let margin = if f.hedge == Hedge::Exact { 0.05 } else { 0.2 };
    (a - b).abs() > margin * a.abs().max(b.abs())
}

/// A value of the article of another order of size ("2,300" for "Two") is plainly wrong.
fn same_size(f: &Found, value: &Value) -> bool {
    match (&f.value, value) {
        (Value::Number(a), Value::Number(b)) if *a > 0.0 && *b > 0.0 => {
            (a / b).ln().abs() <= 10f64.ln()
        }
        _ => true,
    }
}

/// For one end of a range, a value that keeps the range the right way round.
fn in_order(f: &Found, value: &Value) -> bool {
    match (f.order, value) {
        (Some((Ordering::Less, other)), Value::Number(v)) => *v < other,
        (Some((Ordering::Greater, other)), Value::Number(v)) => *v > other,
        _ => true,
    }
}

fn closeness(f: &Found, value: &Value) -> f64 {
    match (&f.value, value) {
        (Value::Number(a), Value::Number(b)) if *a > 0.0 && *b > 0.0 => (a / b).ln().abs(),
        _ => 0.0,
    }
}

/// How another found value is shown as an option for `f`: as the article writes it, but in
/// words when `f` is ("Seven" among "Eight" and "Six", not "28"), or not at all.
fn shown(f: &Found, g: &Found) -> Option<String> {
    let words = |text: &str| text.starts_with(char::is_alphabetic);
    match (&g.value, f.class.is_name()) {
        (Value::Number(v), false) if words(&f.answer) && !words(&g.answer) => {
            render(&style(&f.answer)?, *v)
        }
        (Value::Number(_), false) if !words(&f.answer) && words(&g.answer) => None,
        _ => Some(g.answer.clone()),
    }
}

/// Values near the answer, written as it is.
fn nudges(f: &Found) -> Vec<String> {
    match (&f.value, f.class) {
        (Value::Number(v), Class::Year) => {
            let steps: &[i64] = if f.hedge == Hedge::Exact {
                &[1, -1, 2, -2, 3, 5, -5, 10]
            } else {
                &[5, -5, 10, -10]
            };
            steps
                .iter()
                .map(|d| *v as i64 + d)
                .filter(|y| (1000..=2100).contains(y))
                .map(|y| y.to_string())
                .collect()
        }
        (Value::Number(_), _) => number_nudges(f),
        (Value::Span(from, to), _) => span_nudges(&f.answer, *from as i64, *to as i64),
        (Value::Date(d), _) => {
            let month_first = f.answer.starts_with(|c: char| c.is_alphabetic());
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
        (Value::DayMonth(month, day), _) => day_month_nudges(&f.answer, *month, *day),
        (Value::MonthYear(year, month), _) => [1i32, -1, 2, -2, 3, 6]
            .iter()
            .map(|d| {
                let index = *year * 12 + *month as i32 - 1 + d;
                let (y, m) = (index.div_euclid(12), index.rem_euclid(12) as usize);
                let name = if f
                    .answer
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.len() <= 4)
                {
                    &MONTHS[m][..3]
                } else {
                    MONTHS[m]
                };
                format!("{name} {y}")
            })
            .collect(),
        (Value::Weekday(d), _) => [1, 6, 2, 5, 3]
            .iter()
            .map(|k| WEEKDAYS[(d + k) % 7].to_owned())
            .collect(),
        (Value::Time(minutes), _) => [10i64, -10, 20, -20, 60, -60]
            .iter()
            .map(|d| (*minutes as i64 + d).rem_euclid(24 * 60) as u32)
            .map(|m| time_like(&f.answer, m))
            .collect(),
        (Value::Fraction(n, d), _) => {
            let all = [
                (1, 2, "a half"),
                (1, 3, "a third"),
                (1, 4, "a quarter"),
                (2, 3, "two thirds"),
                (3, 4, "three quarters"),
                (1, 5, "a fifth"),
            ];
            all.iter()
                .filter(|(a, b, _)| (a, b) != (n, d))
                .map(|(_, _, text)| {
                    if f.answer.starts_with("one ") {
                        text.replacen("a ", "one ", 1)
                    } else {
                        (*text).to_owned()
                    }
                })
                .collect()
        }
        _ => Vec::new(),
    }
}

/// How the answer writes its number: in words, with grouped thousands, with decimals, with a
/// word after it ("million", "bn") or an ordinal suffix.
struct Style {
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

fn style(answer: &str) -> Option<Style> {
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
        for k in near {
            values.push((whole + k * step) as f64);
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

fn render(style: &Style, v: f64) -> Option<String> {
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
            if short {
                format!("{a}{joiner}{:02}", b % 100)
            } else {
                format!("{a}{joiner}{b}")
            }
        })
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

/// A time written as `answer` is: "2:14 p.m." gives "2:24 p.m.", "14:14" gives "14:24".
fn time_like(answer: &str, minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    let lower = answer.to_lowercase();
    let twelve = if h % 12 == 0 { 12 } else { h % 12 };
    let dotted = lower.contains("m.");
    match (lower.contains('a') || lower.contains('p'), dotted) {
        (true, true) => format!("{twelve}:{m:02} {}", if h < 12 { "a.m." } else { "p.m." }),
        (true, false) => format!("{twelve}:{m:02} {}", if h < 12 { "am" } else { "pm" }),
        _ => format!("{h}:{m:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::paragraph::Paragraph;

    /// The distractors of `f` in an article that has no other value.
    fn alone(f: Found) -> Vec<String> {
        let all = [f];
        distractors(0, &all, &Index::new(&all))
    }

    fn value(answer: &str, class: Class, value: Value, hedge: Hedge) -> Found {
        let p = Paragraph::new(0, "x");
        let mut f = Found::new(&p, 0..1, class, answer.to_owned(), value);
        f.hedge = hedge;
        f
    }

    #[test]
    fn nudges_keep_the_answers_form() {
        use Class::*;
        let n = |a: &str, c, v: f64, h| alone(value(a, c, Value::Number(v), h));
        assert_eq!(
            n("412.5 million", Money, 412.5e6, Hedge::Exact),
            ["330.5 million", "515.6 million", "371.3 million"]
        );
        assert_eq!(
            n("7,700", Number, 7700.0, Hedge::Exact),
            ["7,800", "7,600", "7,900"]
        );
        assert_eq!(
            n("9,000", Number, 9000.0, Hedge::Approximate),
            ["14,000", "5,000", "18,000"]
        );
        assert_eq!(
            n("four", Number, 4.0, Hedge::Exact),
            ["five", "three", "six"]
        );
        assert_eq!(
            n("Seven", Number, 7.0, Hedge::Exact),
            ["Eight", "Six", "Nine"]
        );
        assert_eq!(
            n("21st", Ordinal, 21.0, Hedge::Exact),
            ["22nd", "20th", "23rd"]
        );
        assert_eq!(n("75", Percent, 75.0, Hedge::Exact), ["76", "74", "77"]);
        assert_eq!(
            n("2014", Year, 2014.0, Hedge::Exact),
            ["2015", "2013", "2016"]
        );
        let d = |a: &str, v| alone(value(a, DayMonth, v, Hedge::Exact));
        assert_eq!(
            d("Aug. 15", Value::DayMonth(8, 15)),
            ["Aug. 16", "Aug. 14", "Aug. 17"]
        );
        assert_eq!(
            d("1 September", Value::DayMonth(9, 1)),
            ["2 September", "31 August", "3 September"]
        );
        let t = alone(value(
            "2:14 p.m.",
            Time,
            Value::Time(14 * 60 + 14),
            Hedge::Exact,
        ));
        assert_eq!(t, ["2:24 p.m.", "2:04 p.m.", "2:34 p.m."]);
        let s = alone(value(
            "2022-23",
            YearSpan,
            Value::Span(2022.0, 2023.0),
            Hedge::Exact,
        ));
        assert_eq!(s, ["2020-21", "2024-25", "2018-19"]);
        let w = alone(value("Friday", Weekday, Value::Weekday(4), Hedge::Exact));
        assert_eq!(w, ["Saturday", "Thursday", "Sunday"]);
        let f = alone(value(
            "a third",
            Fraction,
            Value::Fraction(1, 3),
            Hedge::Approximate,
        ));
        assert_eq!(f, ["a half", "a quarter", "two thirds"]);
    }

    #[test]
    fn the_article_first_same_unit_not_same_sentence_not_too_close() {
        let p = Paragraph::new(0, "x");
        let mut f = Found::new(
            &p,
            0..1,
            Class::Money,
            "412.5 million".into(),
            Value::Number(412.5e6),
        );
        f.unit = Some("dollars".into());
        let other = |answer: &str, v: f64, sentence: usize, unit: &str| {
            let mut g = Found::new(&p, 0..1, Class::Money, answer.into(), Value::Number(v));
            g.unit = Some(unit.into());
            g.sentence = sentence;
            g
        };
        f.sentence = 0;
        let all = [
            f,
            other("412 million", 412e6, 1, "dollars"),
            other("327 million", 327e6, 1, "dollars"),
            other("6.8bn", 6.8e9, 1, "pounds"),
            other("85 million", 85e6, 0, "dollars"),
            other("9 million", 9e6, 2, "dollars"),
        ];
        assert_eq!(
            distractors(0, &all, &Index::new(&all)),
            ["327 million", "330.5 million", "515.6 million"]
        );
    }
}
