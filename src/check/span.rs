//! Spans of two numbers, such as the years a war was fought: "1950-53", "1950 to 1953".

use super::number::{read, without_approximation};

/// A span of two numbers, such as years: "1950-53", "1950–1953", "1950 to 1953". The second may
/// drop the first's leading digits ("1950-53" is 1950 to 1953). `None` unless both ends read as
/// numbers and the span runs forwards.
pub fn read_span(text: &str) -> Option<(f64, f64)> {
    let text = without_approximation(text);
    const SEPARATORS: [&str; 8] = [
        " to ",
        " through ",
        " until ",
        " till ",
        "\u{2013}",
        "\u{2014}",
        "-",
        "/",
    ];
    let lower = text.to_lowercase();
    for separator in SEPARATORS {
        let Some(at) = lower
            .get(1..)
            .and_then(|l| l.find(separator))
            .map(|i| i + 1)
        else {
            continue;
        };
        if !text.is_char_boundary(at) || !text.is_char_boundary(at + separator.len()) {
            continue;
        }
        // A slash joins years ("1950/53"); between small numbers it makes a fraction ("1/3").
        let digits_before = text[..at].bytes().filter(u8::is_ascii_digit).count();
        if separator == "/" && digits_before != 4 {
            continue;
        }
        let left = text[..at].trim();
        let left = match left.get(..5) {
            Some(head) if head.eq_ignore_ascii_case("from ") => left[5..].trim(),
            _ => left,
        };
        let right = text[at + separator.len()..].trim();
        let (Some(from), Some(to)) = (read(left, None), read(right, None)) else {
            continue;
        };
        let (from, mut to) = (from.value, to.value);
        if from < 0.0 || to < 0.0 || from.fract() != 0.0 || to.fract() != 0.0 {
            return None;
        }
        let digits = right.trim().chars().filter(char::is_ascii_digit).count() as i32;
        if to < from && digits > 0 && digits < 10 {
            let place = 10f64.powi(digits);
            to += from - from.rem_euclid(place);
        }
        return (to > from).then_some((from, to));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans() {
        for text in [
            "1950-53",
            "1950–1953",
            "1950 to 1953",
            "from 1950 to 1953",
            "1950 - 53",
        ] {
            assert_eq!(read_span(text), Some((1950.0, 1953.0)), "{text}");
        }
        assert_eq!(read_span("1999-2001"), Some((1999.0, 2001.0)));
        assert_eq!(read_span("1998-02"), None, "runs backwards: 1998 to 1902");
        assert_eq!(read_span("1953-50"), None);
        assert_eq!(read_span("-3"), None);
        assert_eq!(read_span("1950"), None);
        assert_eq!(read_span("fifty-five"), None);
        assert_eq!(read_span("1950/53"), Some((1950.0, 1953.0)));
        assert_eq!(read_span("1/3"), None, "a fraction");
        assert_eq!(read_span("21 1/2"), None, "a fraction");
    }
}
