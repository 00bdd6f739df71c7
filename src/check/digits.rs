//! Times and decimals typed into a text answer: the game reads a text answer word by word with
//! its punctuation dropped, so "13:12.04" would have the same letters and digits as "1:31.204".
//! A person marking it sees another time; so does the game: a typed answer whose digits a colon
//! or a point splits must split them as one of the accepted forms does.

/// The runs of digits in `text`: "1m 31.204s" gives 1, 31, 204.
fn runs(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .collect()
}

/// Whether a colon or a point stands between two digits of `text` ("1:31", "3.5"), or a comma
/// that groups no thousands ("21,7", "1349,18": a decimal comma; "12,000" groups).
fn split_digits(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len().saturating_sub(2)).any(|i| {
        let between = chars[i].is_ascii_digit() && chars[i + 2].is_ascii_digit();
        let run_after = chars[i + 2..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        between && (matches!(chars[i + 1], ':' | '.') || (chars[i + 1] == ',' && run_after != 3))
    })
}

/// Whether `given` is a time or a decimal whose digits none of `forms` splits the same way: it
/// is another value, however its letters and digits compare.
pub(super) fn another_value(given: &str, forms: &[String]) -> bool {
    split_digits(given) && !forms.iter().any(|f| runs(f) == runs(given))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_or_decimal_typed_must_split_its_digits_as_an_accepted_form_does() {
        let forms = ["1m31.204s".to_owned(), "91.204 seconds".to_owned()];
        for other in ["13:12.04", "1312.04", "9.1204", "1:3.1204"] {
            assert!(another_value(other, &forms), "{other}");
        }
        for same in ["1:31.204", "1m 31.204s", "91.204", "1.31.204"] {
            assert!(!another_value(same, &forms), "{same}");
        }
        // A decimal comma splits too; a comma grouping thousands does not.
        let fastest = ["1m34.918s".to_owned(), "94.918 seconds".to_owned()];
        assert!(another_value("1349,18", &fastest));
        assert!(another_value("1:34,91", &fastest));
        assert!(
            !another_value("94,918", &fastest),
            "thousands or a decimal comma: read on"
        );
        // No colon or point between digits: left to the word-by-word reading.
        assert!(!another_value("131204", &forms));
        assert!(!another_value("0800 123 456", &["0800123456".to_owned()]));
    }
}
