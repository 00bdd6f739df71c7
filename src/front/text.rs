//! Making text from question files and from the player safe to print: no escape sequences, no other
//! control characters, no bidirectional overrides reach the terminal; they are shown escaped.

use std::borrow::Cow;

/// `text` with every control character other than newline and tab, and every bidirectional
/// control, replaced by a visible escape such as `\u{1b}`.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| unsafe_char(c) && c != '\n' && c != '\t')
    {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if unsafe_char(c) && c != '\n' && c != '\t' {
                    escaped(c)
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// `clean`, and newlines and tabs turned into spaces, for text that must stay on one line.
pub fn clean_line(text: &str) -> String {
    clean(&text.replace(['\n', '\t', '\r'], " ")).into_owned()
}

/// Word-wraps `text` (already on one line) to `width` columns, by display width (see `columns`).
/// `used` is how many columns the first line's prefix takes; later lines start with `indent`. A
/// line breaks only between words: a word longer than a whole line stands on a line of its own.
pub fn wrap(text: &str, width: usize, used: usize, indent: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut column = used;
    let mut first = true;
    // The spaces between the last word and the next: a double space within a line is kept.
    let mut spaces = 1;
    for word in text.split(' ') {
        if word.is_empty() {
            spaces += usize::from(!first);
            continue;
        }
        let len = columns(word);
        if !first && column + spaces + len > width {
            out.push('\n');
            out.push_str(indent);
            column = columns(indent);
        } else if !first {
            out.push_str(&" ".repeat(spaces));
            column += spaces;
        }
        out.push_str(word);
        column += len;
        first = false;
        spaces = 1;
    }
    out
}

/// `line` (which may start with spaces, and may hold our own colour codes) wrapped to `width`,
/// later lines indented with `indent`.
pub fn fill(line: &str, width: usize, indent: &str) -> String {
    let body = line.trim_start_matches(' ');
    let lead = &line[..line.len() - body.len()];
    format!("{lead}{}", wrap(body, width, lead.len(), indent))
}

/// How many columns `text` takes on a terminal: wide characters (CJK, most emoji) count two,
/// combining marks none, and the colour codes `Style` adds (ESC `[` ... `m`) nothing.
pub fn columns(text: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    if !text.contains('\u{1b}') {
        return text.width();
    }
    let mut total = 0;
    let mut rest = text;
    while let Some(at) = rest.find('\u{1b}') {
        total += rest[..at].width();
        let tail = &rest[at + 1..];
        let end = match tail.strip_prefix('[') {
            Some(csi) => csi
                .find(|c: char| ('\u{40}'..='\u{7e}').contains(&c))
                .map_or(tail.len(), |i| i + 2),
            None => 0,
        };
        rest = &tail[end..];
    }
    total + rest.width()
}

/// `n` and `noun`, in the plural unless `n` is 1: "1 question", "5 questions".
pub fn count(n: impl Into<u64>, noun: &str) -> String {
    match n.into() {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

/// Control characters (C0, DEL, C1: a lone ESC or CSI starts an escape sequence), bidirectional
/// marks, embeddings, overrides and isolates (they reorder what follows), the Unicode line and
/// paragraph separators, and the characters that take no room (zero-width space, joiners, word
/// joiner and invisible operators, the byte-order mark), which hide text from the reader.
pub(super) fn unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
        || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
}

/// How `clean` shows a character it does not send: `\u{1b}`.
fn escaped(c: char) -> String {
    format!("\\u{{{:x}}}", u32::from(c))
}

/// Serialised JSON with every character `clean` would escape written as a `\uXXXX` escape. Such
/// characters can only stand inside strings, where the escape means the same, so the JSON is
/// unchanged but safe to print; serde_json escapes C0 controls itself, not C1 or bidi controls.
pub fn json_safe(json: String) -> String {
    if !json.chars().any(unsafe_char) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if unsafe_char(c) && c != '\n' && c != '\t' {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_controls_are_shown_not_sent() {
        assert_eq!(clean("plain ¶5 text"), "plain ¶5 text");
        assert_eq!(clean("\u{1b}[31mred"), "\\u{1b}[31mred");
        assert_eq!(clean("a\u{9b}b\u{7}c"), "a\\u{9b}b\\u{7}c");
        assert_eq!(clean("x\u{202E}y"), "x\\u{202e}y");
        assert_eq!(clean("two\nlines"), "two\nlines");
        assert_eq!(clean_line("two\nlines\tand\r"), "two lines and ");
        assert_eq!(clean("a\u{2028}b"), "a\\u{2028}b");
        // Characters that take no room are shown too: they hide text or split a word unseen.
        assert_eq!(
            clean("\u{feff}zero\u{200b}width\u{2060}"),
            "\\u{feff}zero\\u{200b}width\\u{2060}"
        );
    }

    #[test]
    fn json_keeps_its_meaning_and_loses_its_controls() {
        let value = serde_json::json!({"t": "\u{9b}31m\u{1b}]52;c;x\u{7}\u{202e}evil\u{2029}"});
        let text = json_safe(serde_json::to_string_pretty(&value).unwrap());
        assert!(!text.chars().any(|c| unsafe_char(c) && c != '\n'), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn wrapping() {
        assert_eq!(wrap("aaa bbb ccc ddd", 9, 0, "  "), "aaa bbb\n  ccc ddd");
        assert_eq!(wrap("aaa bbb", 8, 4, ".."), "aaa\n..bbb");
        assert_eq!(
            wrap("averyveryverylongword x", 5, 0, ""),
            "averyveryverylongword\nx"
        );
        assert_eq!(wrap("", 5, 0, ""), "");
    }

    #[test]
    fn counts_are_singular_for_one() {
        assert_eq!(count(1u32, "question"), "1 question");
        assert_eq!(count(0u32, "point"), "0 points");
        assert_eq!(count(12u32, "game"), "12 games");
    }

    #[test]
    fn wrapping_counts_columns_not_characters() {
        // Each of these CJK characters takes two columns: three of them fill six.
        assert_eq!(columns("東京都"), 6);
        assert_eq!(wrap("By kind:  a 1/2", 40, 0, ""), "By kind:  a 1/2");
        assert_eq!(columns("e\u{301}"), 1, "a combining accent takes no room");
        assert_eq!(
            columns("\u{1b}[1;32mok\u{1b}[0m"),
            2,
            "colour codes take none"
        );
        assert_eq!(wrap("東京都 東京都 ab", 13, 0, ""), "東京都 東京都\nab");
        assert_eq!(wrap("東京都 東京都", 12, 0, ""), "東京都\n東京都");
        assert_eq!(
            fill("  ✗ Wrong: the answer is Seoul", 16, "    "),
            "  ✗ Wrong: the\n    answer is\n    Seoul"
        );
    }
}
