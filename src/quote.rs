//! How text from a file is echoed in a message: in double quotes with escapes shown (so a control
//! character never reaches the terminal raw), and cut at a few hundred characters with "…", so
//! that a megabyte-long field name never floods the screen.

/// The most characters of one value a message echoes.
pub const MOST: usize = 200;

/// `text` cut to `MOST` characters, with "…" when it was longer.
pub fn shortened(text: &str) -> String {
    match text.char_indices().nth(MOST) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// `text` in double quotes, shortened, with quotes, backslashes and control characters escaped.
pub fn quoted(text: &str) -> String {
    match text.char_indices().nth(MOST) {
        Some((at, _)) => format!("{:?}…", &text[..at]),
        None => format!("{text:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_are_cut_and_controls_escaped() {
        assert_eq!(quoted("Lisbon"), "\"Lisbon\"");
        assert_eq!(quoted("a\u{1b}[2J\"b"), "\"a\\u{1b}[2J\\\"b\"");
        let long = "é".repeat(MOST + 50);
        let shown = quoted(&long);
        assert!(shown.ends_with("\"…"), "{shown}");
        assert_eq!(shown.chars().count(), MOST + 3);
        assert_eq!(shortened(&long).chars().count(), MOST + 1);
        assert_eq!(shortened("12"), "12");
    }
}
