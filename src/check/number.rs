//! Reading a number the way people type it: "7,700", "7700", "7 700", "about 7,700", "65th", "55 cases".

/// A number read from text, and whether it was written as an ordinal ("65th").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub value: f64,
    pub ordinal: bool,
}

const APPROXIMATELY: [&str; 7] = [
    "about",
    "around",
    "roughly",
    "approximately",
    "approx",
    "some",
    "nearly",
];

/// Reads `text` as a number. `unit` is the fact's unit ("cases"): a trailing word is allowed only
/// when it is that unit (singular or plural). Returns `None` for anything that is not one number.
pub fn read(text: &str, unit: Option<&str>) -> Option<Reading> {
    let mut rest = text.trim().trim_start_matches('~').trim();
    for word in APPROXIMATELY {
        if let Some(head) = rest.get(..word.len())
            && head.eq_ignore_ascii_case(word)
            && rest[word.len()..].starts_with(char::is_whitespace)
        {
            rest = rest[word.len()..].trim_start();
            break;
        }
    }
    let (number, tail) = split_number(rest)?;
    let tail = tail.trim();
    let (ordinal, tail) = match strip_ordinal_suffix(tail) {
        Some(after) => (true, after.trim()),
        None => (false, tail),
    };
    if !tail.is_empty() && !unit.is_some_and(|u| unit_matches(u, tail)) {
        return None;
    }
    let value = parse_digits(&number)?;
    Some(Reading { value, ordinal })
}

/// Splits a leading number (digits with optional sign, group separators and one decimal point)
/// from the rest of the text.
fn split_number(text: &str) -> Option<(String, &str)> {
    let mut digits = String::new();
    let mut end = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    if let Some(&(_, c)) = chars.first()
        && matches!(c, '-' | '+' | '\u{2212}')
    {
        digits.push(if c == '+' { '+' } else { '-' });
        i = 1;
    }
    while i < chars.len() {
        let (at, c) = chars[i];
        let next_is_digit = chars.get(i + 1).is_some_and(|&(_, n)| n.is_ascii_digit());
        if c.is_ascii_digit() {
            digits.push(c);
            end = at + c.len_utf8();
        } else if is_group_separator(c)
            && next_is_digit
            && digits.ends_with(|d: char| d.is_ascii_digit())
        {
            // A separator only between digits: "7,700", "7 700", "7_700".
        } else if c == '.' && next_is_digit && !digits.contains('.') {
            digits.push('.');
        } else {
            break;
        }
        i += 1;
    }
    if !digits.ends_with(|d: char| d.is_ascii_digit()) {
        return None;
    }
    Some((digits, &text[end..]))
}

fn is_group_separator(c: char) -> bool {
    matches!(
        c,
        ',' | '_' | ' ' | '\u{2009}' | '\u{202F}' | '\u{00A0}' | '\''
    )
}

fn parse_digits(digits: &str) -> Option<f64> {
    let value: f64 = digits.parse().ok()?;
    value.is_finite().then_some(value)
}

fn strip_ordinal_suffix(tail: &str) -> Option<&str> {
    let lower = tail.to_ascii_lowercase();
    ["st", "nd", "rd", "th"].into_iter().find_map(|suffix| {
        let after = lower.strip_prefix(suffix)?;
        (after.is_empty() || after.starts_with(char::is_whitespace)).then(|| &tail[suffix.len()..])
    })
}

fn unit_matches(unit: &str, tail: &str) -> bool {
    let unit = crate::normalize::key(unit);
    let tail = crate::normalize::key(tail);
    let singular = |s: &str| {
        s.strip_suffix('s')
            .map(str::to_owned)
            .unwrap_or_else(|| s.to_owned())
    };
    tail == unit || singular(&tail) == singular(&unit)
}

/// Formats a whole number with comma thousands separators: 7700 -> "7,700".
pub fn group_thousands(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if value < 0 {
        out.insert(0, '-');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn reads(text: &str, unit: Option<&str>, value: f64) {
        let got = read(text, unit).map(|r| r.value);
        assert_eq!(got, Some(value), "{text:?} should read as {value}");
    }

    #[track_caller]
    fn rejects(text: &str, unit: Option<&str>) {
        assert_eq!(
            read(text, unit),
            None,
            "{text:?} should not read as a number"
        );
    }

    #[test]
    fn readings() {
        reads("7,700", None, 7700.0);
        reads("7700", None, 7700.0);
        reads("7 700", None, 7700.0);
        reads("7_700", None, 7700.0);
        reads(" about 7,700 ", None, 7700.0);
        reads("~5300", None, 5300.0);
        reads("65th", None, 65.0);
        reads("55 cases", Some("cases"), 55.0);
        reads("1 case", Some("cases"), 1.0);
        reads("-3", None, -3.0);
        reads("2.5", None, 2.5);
        rejects("55 dogs", Some("cases"));
        rejects("55 cases", None);
        rejects("fifty", None);
        rejects("", None);
        rejects("7,", None);
        rejects("1e999", None);
        rejects("7.7.7", None);
    }

    #[test]
    fn ordinals_are_marked() {
        assert!(read("65th", None).is_some_and(|r| r.ordinal));
        assert!(read("65", None).is_some_and(|r| !r.ordinal));
    }

    #[test]
    fn thousands() {
        assert_eq!(group_thousands(7700), "7,700");
        assert_eq!(group_thousands(36000), "36,000");
        assert_eq!(group_thousands(55), "55");
        assert_eq!(group_thousands(1234567), "1,234,567");
        assert_eq!(group_thousands(-1500), "-1,500");
    }
}
