//! Fractions as people type them (#11): "1/3", "21 1/2", "a third", "one-third", "two thirds",
//! "three quarters", "half". Read only from what a player types: a file writes its numbers as
//! decimals, so a fraction never becomes a key that two answers are compared by.

use super::number::{Reading, approximation, unit_matches};

/// `text` read as a fraction or a whole number and a fraction, after an optional approximation
/// word and before an optional unit: "about one-third", "21 1/2 kg".
pub fn read(text: &str, unit: Option<&str>) -> Option<Reading> {
    let text = text.trim();
    let text = approximation(text).unwrap_or(text);
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .collect();
    (1..=words.len().min(2)).rev().find_map(|n| {
        let tail = words[n..].join(" ");
        if !tail.is_empty() && !unit.is_some_and(|u| unit_matches(u, &tail)) {
            return None;
        }
        value(&words[..n])
    })
}

/// The value of one or two words that make a fraction.
fn value(words: &[&str]) -> Option<Reading> {
    let pure = |value: f64| Reading {
        value,
        ordinal: false,
        fraction: true,
    };
    match words {
        [one] => digits(one)
            .or_else(|| (one.eq_ignore_ascii_case("half")).then_some(0.5))
            .map(pure),
        [whole, part] if whole.bytes().all(|b| b.is_ascii_digit()) && part.contains('/') => {
            let whole: f64 = whole.parse().ok()?;
            Some(Reading::of(whole + digits(part)?))
        }
        [count, part] => {
            let part = part.to_lowercase();
            let (denominator, plural) = denominator(&part)?;
            let count = numerator(&count.to_lowercase())?;
            (plural == (count > 1)).then(|| pure(f64::from(count) / f64::from(denominator)))
        }
        _ => None,
    }
}

/// "1/3", "3/4": a numerator smaller than its denominator, which is at most 100.
fn digits(text: &str) -> Option<f64> {
    let (top, bottom) = text.split_once('/')?;
    let top: u32 = top.parse().ok()?;
    let bottom: u32 = bottom.parse().ok()?;
    (top < bottom && (2..=100).contains(&bottom)).then(|| f64::from(top) / f64::from(bottom))
}

/// The count before a fraction's word: "a", "one", "two" ... "nine", or a digit.
fn numerator(word: &str) -> Option<u32> {
    const WORDS: [&str; 9] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    match word {
        "a" | "an" => Some(1),
        _ => WORDS
            .iter()
            .position(|w| *w == word)
            .map(|i| i as u32 + 1)
            .or_else(|| word.parse().ok().filter(|n| (1..10).contains(n))),
    }
}

/// The denominator of a plural fraction's word in `text` ("to thirds": 3), which says a count of
/// parts above one: no way to write one part ("a third").
pub fn plural_parts(text: &str) -> Option<u32> {
    text.split(|c: char| c.is_whitespace() || c == '-')
        .find_map(|w| denominator(&w.to_lowercase()).filter(|(_, plural)| *plural))
        .map(|(d, _)| d)
}

/// The denominator a fraction's word says, and whether the word is plural ("thirds").
fn denominator(word: &str) -> Option<(u32, bool)> {
    const PARTS: [(&str, u32); 12] = [
        ("half", 2),
        ("third", 3),
        ("quarter", 4),
        ("fourth", 4),
        ("fifth", 5),
        ("sixth", 6),
        ("seventh", 7),
        ("eighth", 8),
        ("ninth", 9),
        ("tenth", 10),
        // "three-hundredths of a second" (#15).
        ("hundredth", 100),
        ("thousandth", 1000),
    ];
    if word == "halves" {
        return Some((2, true));
    }
    let (singular, plural) = match word.strip_suffix('s') {
        Some(head) => (head, true),
        None => (word, false),
    };
    PARTS
        .iter()
        .find(|(w, _)| *w == singular)
        .map(|(_, d)| (*d, plural))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Option<f64> {
        read(text, Some("kilograms")).map(|r| r.value)
    }

    #[test]
    fn fractions() {
        let third = Some(1.0 / 3.0);
        for text in [
            "1/3",
            "a third",
            "one third",
            "one-third",
            "about one-third",
            "A Third",
        ] {
            assert_eq!(value(text), third, "{text}");
            assert!(read(text, None).is_some_and(|r| r.fraction), "{text}");
        }
        assert_eq!(value("two thirds"), Some(2.0 / 3.0));
        assert_eq!(value("three-hundredths"), Some(0.03));
        assert_eq!(value("three quarters"), Some(0.75));
        assert_eq!(value("half"), Some(0.5));
        assert_eq!(value("a half"), Some(0.5));
        assert_eq!(value("21 1/2"), Some(21.5));
        assert_eq!(value("21 1/2 kg"), Some(21.5));
        assert!(read("21 1/2", None).is_some_and(|r| !r.fraction));
        for text in [
            "3/1",
            "1/0",
            "1/200",
            "two third",
            "a thirds",
            "third",
            "1950/53",
            "21 1/2 lb",
            "",
        ] {
            assert_eq!(value(text), None, "{text}");
        }
    }
}
