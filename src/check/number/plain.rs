//! The commonest number of a question file, written as plain digits ("1613"), read without the
//! general reader's passes (issue #16: a bank of 200,000 facts reads hundreds of thousands of
//! them, and the general reader costs thousands of instructions each). Gives exactly what the
//! general reader gives, or `None` to leave the text to it.

use super::Reading;

/// The most digits read here: every whole number of up to 15 digits is exact in an `f64`, so
/// its value is the one the general reader's float parse gives.
const MOST: usize = 15;

/// `text` read as a number when it is only ASCII digits (1 to 15 of them, no sign, space,
/// separator or suffix); `None` for anything else.
pub(super) fn read(text: &str) -> Option<Reading> {
    let bytes = text.as_bytes();
    if bytes.is_empty() || bytes.len() > MOST || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let value = bytes
        .iter()
        .fold(0u64, |n, &b| n * 10 + u64::from(b - b'0'));
    // Up to 15 digits: below 2^53, so the conversion is exact.
    Some(Reading::of(value as f64))
}

/// `#` and the whole number `n` in decimal: what `format!("#{n}")` writes, without the
/// formatting machinery (a bank's keys are hundreds of thousands of these).
pub fn whole_key(n: i64) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n.unsigned_abs();
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut key = String::with_capacity(2 + digits.len() - at);
    key.push('#');
    if n < 0 {
        key.push('-');
    }
    key.extend(digits[at..].iter().map(|&d| char::from(d)));
    key
}

#[cfg(test)]
mod tests {
    use super::super::general;
    use super::*;

    /// The fast reading is the general reader's, for every kind of plain digits, whatever the
    /// unit; a general reader fed the same text would notice a wrong value, an ordinal flag or
    /// a reading of text that is not plain digits.
    #[test]
    fn plain_digits_read_as_the_general_reader_reads_them() {
        let mut texts: Vec<String> = (0..20_000).map(|n| n.to_string()).collect();
        texts.extend(
            [
                "0",
                "00",
                "007",
                "0000000000001",
                "999999999999999",
                "100000000000000",
                "123456789012345",
                "9007199254740",
                "1953",
                "2024",
                "65",
            ]
            .map(String::from),
        );
        for text in &texts {
            for unit in [None, Some("cases"), Some("km"), Some("th"), Some("")] {
                assert_eq!(
                    read(text),
                    general(text, unit),
                    "{text:?} with unit {unit:?}"
                );
                assert!(read(text).is_some(), "{text:?}");
            }
        }
    }

    #[test]
    fn anything_but_plain_digits_is_left_to_the_general_reader() {
        for text in [
            "",
            " 7",
            "7 ",
            "-3",
            "+3",
            "7,700",
            "7.5",
            "65th",
            "1e3",
            "٣",
            "7k",
            "1234567890123456",
            "7\u{a0}700",
            "seven",
        ] {
            assert_eq!(read(text), None, "{text:?}");
        }
    }

    #[test]
    fn whole_keys_are_written_as_the_formatter_writes_them() {
        let mut values: Vec<i64> = (-2_000..2_000).collect();
        values.extend([
            i64::MIN,
            i64::MAX,
            i64::MIN + 1,
            999_999_999_999_999,
            -999_999_999_999_999,
            1_000_000_000_000_000,
            10,
            -10,
            100,
        ]);
        for n in values {
            assert_eq!(whole_key(n), format!("#{n}"), "{n}");
        }
    }
}
