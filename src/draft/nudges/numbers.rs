//! Numbers nudged from the answer, and any number written in the answer's style: digits or
//! words, its separators and decimals, a multiplier word, an ordinal.

use super::super::distractors::{far_enough, in_order};
use super::super::value::{Class, Found, Hedge, Value};

/// How the answer writes its number: in words, with grouped thousands, with decimals, with a
/// word after it ("million", "bn") or an ordinal suffix.
pub(in crate::draft) struct Style {
    words: bool,
    capital: bool,
    grouped: bool,
    decimals: usize,
    /// What follows the digits: " million", "bn", "st".
    suffix: String,
    ordinal: bool,
    /// The value of the digits alone: 412.5 of "412.5 million".
    base: f64,
    /// A currency's code before the digits: "Rs " of "Rs 800", "RM" of "RM25 million".
    prefix: String,
}

impl Style {
    /// What one of the answer's digits is worth: a million for "412.5 million" of 412,500,000.
    pub(in crate::draft) fn scale(&self, value: f64) -> f64 {
        if self.base == 0.0 {
            1.0
        } else {
            value / self.base
        }
    }
}

/// The currency's code an answer opens with ("Rs " of "Rs 800"), up to its digits.
pub(in crate::draft) fn code_prefix(answer: &str) -> Option<&str> {
    let at = answer.find(|c: char| c.is_ascii_digit())?;
    (at > 0 && crate::check::number::currency_code_first(answer)).then(|| &answer[..at])
}

pub(in crate::draft) fn style(answer: &str) -> Option<Style> {
    if let Some(prefix) = code_prefix(answer) {
        let mut style = style(&answer[prefix.len()..])?;
        style.prefix = prefix.to_owned();
        return Some(style);
    }
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
            prefix: String::new(),
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
        prefix: String::new(),
    })
}

/// Nudged numbers: in the answer's own steps for an exact value ("7,700" moves in hundreds),
/// by a quarter or more for a hedged one ("about 9,000"), kept the right side of a range's other
/// end, positive, and a percentage at most 100.
pub(super) fn number_nudges(f: &Found) -> Vec<String> {
    // "double", "tenfold": other multiples, said the same way ("triple", "fivefold").
    if crate::check::number::multiple_of(&f.answer).is_some() {
        return multiple_nudges(&f.answer);
    }
    // "twice": other counts of times, in words ("once", "three times").
    if let Some(n) = crate::check::number::times(&f.answer) {
        return [n + 1, n.saturating_sub(1), n + 2, n + 3]
            .iter()
            .filter(|&&k| k >= 1 && k != n)
            .filter_map(|&k| {
                crate::draft::numbers::times_word_of(k)
                    .map(str::to_owned)
                    .or_else(|| {
                        crate::check::words::small_number_word(k as usize, false)
                            .map(|w| format!("{w} times"))
                    })
            })
            .collect();
    }
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

pub(in crate::draft) fn render(style: &Style, v: f64) -> Option<String> {
    if style.words {
        let n = usize::try_from(v as i64)
            .ok()
            .filter(|_| v.fract() == 0.0)?;
        let word = crate::check::words::small_number_word(n, style.ordinal)?;
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
        let suffix = crate::check::number::ordinal_suffix(v as i64);
        return Some(format!("{digits}{suffix}"));
    }
    Some(format!("{}{digits}{}", style.prefix, style.suffix))
}

/// Other multiples written as `answer` is: "double" gives "triple" and "quadruple"; "tenfold"
/// gives "eightfold", "fivefold" and the like, in the answer's case.
fn multiple_nudges(answer: &str) -> Vec<String> {
    let lower = answer.to_lowercase();
    let words: Vec<String> = if lower.ends_with("fold") {
        let n = crate::check::number::multiple_of(&lower).unwrap_or(2) as i64;
        [-2i64, 2, -1, 1, -3, 3]
            .iter()
            .map(|d| n + d)
            .filter(|k| (2..=10).contains(k))
            .filter_map(|k| crate::check::words::small_number_word(k as usize, false))
            .map(|word| format!("{word}fold"))
            .collect()
    } else {
        ["double", "triple", "quadruple"]
            .into_iter()
            .filter(|w| *w != lower)
            .map(str::to_owned)
            .collect()
    };
    // In the answer's case, as `render` writes a number's word.
    if answer.starts_with(char::is_uppercase) {
        words
            .into_iter()
            .map(|w| w[..1].to_uppercase() + &w[1..])
            .collect()
    } else {
        words
    }
}
