//! The reader's view of the text itself: spaces and comments between values, words, numbers
//! and text in quotes, with their escapes, each checked against JSON's grammar and the near misses
//! people write noted as mistakes.

use super::{Reader, Want};
use crate::shape::mistake::{Found, Mistake};

/// Which quotes close a string, by the quote that opened it.
#[derive(Clone, Copy)]
pub(super) enum Quotes {
    Straight,
    Curly,
    Single,
}

impl Quotes {
    pub(super) fn closes(self, c: char) -> bool {
        match self {
            Quotes::Straight => c == '"',
            Quotes::Curly => matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}'),
            Quotes::Single => matches!(c, '\'' | '\u{2018}' | '\u{2019}'),
        }
    }

    /// The kind of quote `c` opens, and the mistake of using it, if any.
    pub(super) fn opened_by(c: char) -> Option<(Quotes, Option<Mistake>)> {
        match c {
            '"' => Some((Quotes::Straight, None)),
            '\u{201C}' | '\u{201D}' | '\u{201E}' => {
                Some((Quotes::Curly, Some(Mistake::CurlyQuote(c))))
            }
            '\u{2018}' | '\u{2019}' => Some((Quotes::Single, Some(Mistake::CurlyQuote(c)))),
            '\'' => Some((Quotes::Single, Some(Mistake::SingleQuote))),
            _ => None,
        }
    }
}

/// Characters that show as a space, or as nothing, but are not JSON's whitespace.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{000B}' | '\u{000C}' | '\u{0085}' | '\u{00A0}' | '\u{1680}' | '\u{180E}' | '\u{2000}'
            ..='\u{200D}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202F}'
                | '\u{205F}'
                | '\u{2060}'
                | '\u{3000}'
                | '\u{FEFF}'
    )
}

/// Ends a word written without quotes.
pub(super) fn ends_word(c: char) -> bool {
    matches!(c, ',' | '}' | ']' | '\n' | '\r')
}

impl Reader<'_> {
    /// Skips JSON's whitespace, and notes (then skips) comments and invisible characters.
    pub(super) fn skip_space(&mut self) {
        let mut noted_invisible = false;
        while let Some(c) = self.peek() {
            match c {
                ' ' | '\t' | '\n' | '\r' => self.pos += 1,
                c if invisible(c) => {
                    if !noted_invisible {
                        self.report(self.pos, Mistake::InvisibleSpace(c));
                        noted_invisible = true;
                    }
                    self.pos += c.len_utf8();
                }
                '#' => self.comment_line(),
                '/' if self.peek_at(1) == Some('/') => self.comment_line(),
                '/' if self.peek_at(1) == Some('*') => {
                    self.report(self.pos, Mistake::Comment);
                    match self.text[self.pos + 2..].find("*/") {
                        Some(end) => self.pos += 2 + end + 2,
                        None => self.pos = self.text.len(),
                    }
                }
                _ => return,
            }
        }
    }

    fn comment_line(&mut self) {
        self.report(self.pos, Mistake::Comment);
        match self.text[self.pos..].find('\n') {
            Some(end) => self.pos += end,
            None => self.pos = self.text.len(),
        }
    }

    /// Reads one value; `false` when there is none here (the next character ends a list or an
    /// object, or the text ends), and nothing is consumed.
    /// A value written without quotes: `true`, `false` and `null`, or a mistake.
    pub(super) fn word(&mut self, want: Want, start: usize) {
        let rest = &self.text[start..];
        let end = rest.find(ends_word).unwrap_or(rest.len());
        let word = rest[..end].trim_end();
        self.pos = start + word.len();
        let found = match word {
            "true" => Found::Bool(true),
            "false" => Found::Bool(false),
            "null" => Found::Null,
            _ => {
                let lower = word.to_lowercase();
                let (found, meant) = match lower.as_str() {
                    "true" => (Found::Bool(true), Some("true")),
                    "false" => (Found::Bool(false), Some("false")),
                    "null" | "none" | "nil" | "undefined" => (Found::Null, Some("null")),
                    _ => (Found::Text(word.to_owned()), None),
                };
                match meant {
                    // "True" where text belongs: the wrong type is the mistake to fix.
                    Some(meant) => match self.judge(want, &found) {
                        Some(mistake) => self.report(start, mistake),
                        None => self.report(
                            start,
                            Mistake::Word {
                                written: word.to_owned(),
                                meant,
                            },
                        ),
                    },
                    None => {
                        self.report(start, Mistake::Unquoted(word.to_owned()));
                        self.check(start, want, found);
                    }
                }
                return;
            }
        };
        self.check(start, want, found);
    }

    /// A number, checked against JSON's way of writing one; a few near misses are read as the
    /// number meant ("+5", ".5", "05"), and "7,700" after a field name as the text meant.
    pub(super) fn number(&mut self, want: Want, start: usize) {
        let rest = &self.text[start..];
        let end = rest
            .find(|c: char| ends_word(c) || c.is_whitespace() || c == ':')
            .unwrap_or(rest.len());
        let written = &rest[..end];
        if want.after_key {
            // "answer": 7,700 — a comma then three digits cannot start another field.
            let b = rest.as_bytes();
            let mut grouped = written.len();
            while b.get(grouped) == Some(&b',')
                && b.get(grouped + 1..grouped + 4)
                    .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                && !b.get(grouped + 4).is_some_and(u8::is_ascii_digit)
            {
                grouped += 4;
            }
            if grouped > written.len() && is_json_number(written) {
                let text = &rest[..grouped];
                self.pos = start + grouped;
                self.report(start, Mistake::Unquoted(text.to_owned()));
                self.check(start, want, Found::Text(text.to_owned()));
                return;
            }
        }
        self.pos = start + written.len();
        if is_json_number(written) {
            self.check(start, want, Found::Number(written.to_owned()));
            return;
        }
        match mended_number(written) {
            Some(fixed) => {
                self.report(
                    start,
                    Mistake::BadNumber {
                        written: written.to_owned(),
                        write: Some(fixed.clone()),
                    },
                );
                self.check(start, want, Found::Number(fixed));
            }
            None if written
                .bytes()
                .all(|b| b.is_ascii_digit() || b"+-.eE".contains(&b)) =>
            {
                self.report(
                    start,
                    Mistake::BadNumber {
                        written: written.to_owned(),
                        write: None,
                    },
                );
            }
            None => {
                // "1969-07-20", "3rd", "55 cases": text without its quotes.
                self.pos = start;
                self.word(want, start);
            }
        }
    }

    /// Reads a string whose opening quote is at the cursor, and returns its text.
    pub(super) fn string(&mut self, quotes: Quotes) -> String {
        let start = self.pos;
        self.bump();
        let mut out = String::new();
        loop {
            let at = self.pos;
            let Some(c) = self.bump() else {
                self.report(start, Mistake::EndInText);
                return out;
            };
            match c {
                c if quotes.closes(c) => return out,
                '\\' => self.escape(at, &mut out),
                '\n' | '\r' => {
                    self.pos = at;
                    self.report(start, Mistake::UnclosedText);
                    self.comma_in_text = out.trim_end().ends_with(',');
                    return out;
                }
                c if c < ' ' => {
                    self.report(at, Mistake::RawControl(c));
                    out.push(c);
                }
                c => out.push(c),
            }
        }
    }

    /// A backslash code; the backslash (at `at`) is already read.
    fn escape(&mut self, at: usize, out: &mut String) {
        let Some(c) = self.bump() else {
            return;
        };
        let plain = match c {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\u{8}',
            'f' => '\u{c}',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'u' => {
                match self.code_unit() {
                    Some(unit) => match char::from_u32(unit) {
                        Some(c) => out.push(c),
                        None => self.surrogate(at, unit, out),
                    },
                    None => self.bad_escape(at),
                }
                return;
            }
            _ => {
                self.bad_escape(at);
                return;
            }
        };
        out.push(plain);
    }

    /// Four hex digits after `\u`, as a number.
    fn code_unit(&mut self) -> Option<u32> {
        let digits = self.text.get(self.pos..self.pos + 4)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.pos += 4;
        u32::from_str_radix(digits, 16).ok()
    }

    /// The first half of a surrogate pair must be followed by `\u` and the second half.
    fn surrogate(&mut self, at: usize, high: u32, out: &mut String) {
        let resume = self.pos;
        if (0xD800..0xDC00).contains(&high) && self.text[self.pos..].starts_with("\\u") {
            self.pos += 2;
            if let Some(low) = self.code_unit().filter(|l| (0xDC00..0xE000).contains(l)) {
                let joined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                if let Some(c) = char::from_u32(joined) {
                    out.push(c);
                    return;
                }
            }
        }
        self.pos = resume;
        self.bad_escape(at);
    }

    fn bad_escape(&mut self, at: usize) {
        let end = self.pos.max(at + 1);
        let written = self.text[at..end].to_owned();
        self.report(at, Mistake::BadEscape(written));
    }
}

/// JSON's grammar for a number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
fn is_json_number(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let from = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - from
    };
    match b.get(i) {
        Some(b'0') => i += 1,
        Some(b'1'..=b'9') => {
            digits(&mut i);
        }
        _ => return false,
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// A near miss of a JSON number, written as JSON writes it: "+5" -> "5", ".5" -> "0.5",
/// "5." -> "5", "007" -> "7".
fn mended_number(text: &str) -> Option<String> {
    let (sign, digits) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text.strip_prefix('+').unwrap_or(text)),
    };
    let mut fixed = digits.trim_end_matches('.').to_owned();
    if fixed.starts_with('.') {
        fixed.insert(0, '0');
    }
    let trimmed = fixed.trim_start_matches('0');
    if trimmed.is_empty() || trimmed.starts_with('.') {
        fixed = format!("0{trimmed}");
    } else {
        fixed = trimmed.to_owned();
    }
    let fixed = format!("{sign}{fixed}");
    (fixed != text && is_json_number(&fixed)).then_some(fixed)
}
