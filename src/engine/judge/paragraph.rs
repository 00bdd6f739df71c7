//! Reading a paragraph's number as a player writes it (issue #17): `3`, `¶3`, `#3`, `§ 3`,
//! `p3`, `p. 3`, `para 3`, `paragraph 3`, `Paragraph three`. The line is read, not matched against
//! a list: a mark or an abbreviation of "paragraph" may come first, then a whole number, in
//! digits or words.

use crate::check::number;

/// The signs that may stand before a paragraph's number.
fn is_sign(c: char) -> bool {
    matches!(c, '¶' | '#' | '§') || c.is_whitespace()
}

/// The paragraph number `line` names, if it names one.
pub fn read(line: &str) -> Option<u32> {
    let lower = line.trim().to_lowercase();
    let rest = lower.trim_start_matches(is_sign);
    // A leading word: any abbreviation of "paragraph" ("p", "para", "par."), or the word itself.
    let word_end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    let word = &rest[..word_end];
    let rest = if !word.is_empty() && "paragraph".starts_with(word) {
        rest[word_end..]
            .trim_start_matches('.')
            .trim_start_matches(is_sign)
    } else {
        rest
    };
    let rest = rest.trim_end_matches(['.', ')', ':']).trim();
    if rest.is_empty() {
        return None;
    }
    if rest.bytes().all(|b| b.is_ascii_digit()) {
        return rest.parse().ok().filter(|&n| n > 0);
    }
    // A number in words, and nothing else: "three", "twelve".
    if rest
        .chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == ' ')
    {
        let reading = number::read(rest, None)?;
        let value = reading.value;
        if reading.ordinal || reading.fraction || value.fract() != 0.0 || value < 1.0 {
            return None;
        }
        return u32::try_from(value as u64).ok();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::read;

    #[test]
    fn a_paragraph_number_is_read_in_the_forms_a_player_writes() {
        for line in [
            "3",
            " 3 ",
            "¶3",
            "¶ 3",
            "#3",
            "§3",
            "p3",
            "P3",
            "p. 3",
            "p.3",
            "para 3",
            "Para. 3",
            "par 3",
            "paragraph 3",
            "Paragraph 3.",
            "¶3.",
            "three",
            "Paragraph three",
            "para three",
        ] {
            assert_eq!(read(line), Some(3), "{line:?}");
        }
        assert_eq!(read("12"), Some(12));
        assert_eq!(read("¶14"), Some(14));
        assert_eq!(read("fourteen"), Some(14));
    }

    #[test]
    fn a_line_that_names_no_one_paragraph_is_not_read_as_one() {
        for line in [
            "",
            "¶",
            "para",
            "0",
            "¶0",
            "3 and 5",
            "3, 5",
            "3.5",
            "third",
            "banana 3",
            "3 apples",
            "pp",
            "-3",
            "x3",
            "paragraphs 3 4",
            "a half",
        ] {
            assert_eq!(read(line), None, "{line:?}");
        }
    }
}
