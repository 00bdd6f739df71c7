//! Shortening what a message echoes from a file: a key, a value or a line is shown with at most a
//! few hundred characters and then "…", so that a hostile file cannot fill the terminal (or memory)
//! with its error. Pure.

use std::borrow::Cow;

/// The most characters of one name, value or line an error shows.
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

#[cfg(test)]
mod tests {
    use super::*;

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
