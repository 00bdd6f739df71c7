//! How text from a file is echoed in a message: a key, a value or a line is shown with at most a
//! few hundred characters and then "…", so that a hostile file cannot fill the terminal (or memory)
//! with its error; a value echoed on its own is in double quotes with escapes shown, so a control
//! character never reaches the terminal raw. Pure.

use std::borrow::Cow;

/// The most characters of one name, value or line a message echoes.
pub const MAX_ECHO: usize = 200;

/// `text` cut to `max` characters, with "…" when it was longer.
pub fn cap(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some((at, _)) => Cow::Owned(format!("{}…", &text[..at])),
    }
}

/// `message` with every run of text between quotes (backticks or double quotes) cut to
/// [`MAX_ECHO`] characters: serde's messages quote the names and values they echo
/// (``unknown field `…` ``, `invalid type: string "…"`), and their own words are short.
pub fn cap_quoted(message: &str) -> Cow<'_, str> {
    let quote = |c: char| c == '`' || c == '"';
    if message.split(quote).all(|run| run.len() <= MAX_ECHO) {
        return Cow::Borrowed(message);
    }
    let mut out = String::with_capacity(MAX_ECHO * 4);
    let mut rest = message;
    loop {
        match rest.find(quote) {
            Some(at) => {
                out.push_str(&cap(&rest[..at], MAX_ECHO));
                out.push_str(&rest[at..=at]);
                rest = &rest[at + 1..];
            }
            None => {
                out.push_str(&cap(rest, MAX_ECHO));
                return Cow::Owned(out);
            }
        }
    }
}

/// `text` cut to [`MAX_ECHO`] characters, with "…" when it was longer.
pub fn shortened(text: &str) -> String {
    cap(text, MAX_ECHO).into_owned()
}

/// `text` in double quotes, shortened, with quotes, backslashes and control characters escaped.
pub fn quoted(text: &str) -> String {
    match text.char_indices().nth(MAX_ECHO) {
        Some((at, _)) => format!("{:?}…", &text[..at]),
        None => format!("{text:?}"),
    }
}

/// A word as a shell reads it back, for a command we suggest: as it is when it holds nothing a
/// shell treats specially, else in single quotes ("my event.json" is 'my event.json'; a "~" that
/// opens a word would be expanded, so it is quoted too).
pub fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && !word.starts_with('~')
        && word
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./=:,+@%~".contains(c));
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_are_cut_and_controls_escaped() {
        assert_eq!(quoted("Lisbon"), "\"Lisbon\"");
        assert_eq!(quoted("a\u{1b}[2J\"b"), "\"a\\u{1b}[2J\\\"b\"");
        let long = "é".repeat(MAX_ECHO + 50);
        let shown = quoted(&long);
        assert!(shown.ends_with("\"…"), "{shown}");
        assert_eq!(shown.chars().count(), MAX_ECHO + 3);
        assert_eq!(shortened(&long).chars().count(), MAX_ECHO + 1);
        assert_eq!(shortened("12"), "12");
    }

    #[test]
    fn long_echoes_are_cut_short_ones_kept() {
        assert_eq!(cap("abc", 3), "abc");
        assert_eq!(cap("abcd", 3), "abc…");
        assert_eq!(cap("ééé", 2), "éé…");
        let short = "unknown field `evnt`, expected one of `id`, `event`";
        assert_eq!(cap_quoted(short), short);
        let key = "k".repeat(1_000_000);
        let long = format!("unknown field `{key}`, expected `id` or `title`");
        let cut = cap_quoted(&long);
        assert_eq!(
            cut,
            format!(
                "unknown field `{}…`, expected `id` or `title`",
                "k".repeat(MAX_ECHO)
            )
        );
        let value = format!("invalid type: string \"{key}\", expected u32");
        assert!(cap_quoted(&value).len() < 300);
        assert!(cap_quoted(&value).ends_with("…\", expected u32"));
    }
}
