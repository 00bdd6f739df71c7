//! The last tier of distractors: plausible wrong values near a number, year, day or date.

use crate::check::date::{self, Date};
use crate::check::number;
use crate::model::{AnswerType, Fact};

/// Plausible wrong values near a number, year, day or date, formatted like the answer.
pub(super) fn perturbations(fact: &Fact) -> Vec<String> {
    let text = fact.answer.as_str();
    match fact.answer_type {
        AnswerType::Number => number_perturbations(text),
        AnswerType::Year => match number::read(text, None) {
            Some(r) if r.value.fract() == 0.0 && r.value.abs() < 1e6 => {
                [-10, -5, -3, -2, -1, 1, 2, 3, 5, 10]
                    .iter()
                    .map(|d| (r.value as i64 + d).to_string())
                    .collect()
            }
            _ => Vec::new(),
        },
        AnswerType::Day => match date::weekday_index(text) {
            Some(i) => (1..7)
                .map(|d| date::WEEKDAYS[(i + d) % 7].to_owned())
                .collect(),
            None => Vec::new(),
        },
        AnswerType::Date => match Date::read(text) {
            Some(d) => [-365, -30, -7, -2, -1, 1, 2, 7, 30, 365]
                .iter()
                .map(|days| d.plus_days(*days).display())
                .collect(),
            None => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn number_perturbations(text: &str) -> Vec<String> {
    // "twice": bare digits are no options for a count of times.
    if number::counts_times(text.trim()) {
        return Vec::new();
    }
    let Some(reading) = number::read(text, None) else {
        return Vec::new();
    };
    let value = reading.value;
    if value.fract() != 0.0 || value.abs() >= 1e15 {
        return [0.5, 0.8, 0.9, 1.1, 1.25, 1.5, 2.0]
            .iter()
            .map(|f| format!("{}", (value * f * 10.0).round() / 10.0))
            .collect();
    }
    let whole = value as i64;
    // Step in the answer's own granularity: 7,700 moves in hundreds, 55 in fives or tens.
    let mut step = 1i64;
    while whole != 0 && whole % (step * 10) == 0 {
        step *= 10;
    }
    if step == 1 && whole.abs() >= 20 {
        step = 5;
    }
    let grouped = text.contains(',');
    let format = |n: i64| {
        let digits = if grouped {
            number::group_thousands(n)
        } else {
            n.to_string()
        };
        if reading.ordinal {
            format!("{digits}{}", crate::check::number::ordinal_suffix(n))
        } else {
            digits
        }
    };
    let mut candidates: Vec<i64> = [-3, -2, -1, 1, 2, 3]
        .iter()
        .map(|k| whole + k * step)
        .collect();
    for f in [0.5, 0.75, 1.5, 2.0] {
        candidates.push(((whole as f64 * f) / step as f64).round() as i64 * step);
    }
    candidates
        .into_iter()
        .filter(|n| *n != whole && (*n > 0 || whole <= 0))
        .map(format)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::number_perturbations;

    #[test]
    fn a_count_of_times_in_a_word_gets_no_bare_digits() {
        assert!(number_perturbations("twice").is_empty());
        assert!(!number_perturbations("2").is_empty());
    }
}
