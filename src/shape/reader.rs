//! A tolerant reader of JSON text: it walks the text once, checks each value against the shape
//! expected at its place, and notes every mistake with its byte offset and field path. After the
//! writing mistakes people make most (a curly quote, a missing or extra comma, a word without
//! quotes) it goes on as if the text were written right, so one run finds them all; after a
//! mistake it cannot read past (a bracket never closed) it stops. It builds no tree: memory stays
//! flat however large the file.

use std::fmt::Write as _;

use super::mistake::{Bracket, Found, Mistake};
use super::spec::{Field, Object, Shape};
use super::{Spot, suggest};
use crate::quote::shortened;

/// How deep brackets may nest, as serde_json allows.
const MAX_DEPTH: usize = 127;

/// What the value at hand must be, and the field it belongs to (for messages). `field` is `None`
/// when anything goes (the value of an unknown field).
#[derive(Clone, Copy)]
struct Want {
    shape: &'static Shape,
    field: Option<&'static Field>,
    /// The value is an item of the field's list.
    item: bool,
    /// The value follows a field name, so a comma right after it cannot start another item.
    after_key: bool,
}

const ANY: Want = Want {
    shape: &Shape::Any,
    field: None,
    item: false,
    after_key: false,
};

/// What stands where a field name belongs.
enum Key {
    Name(String),
    /// A word with no colon after it: noted and skipped.
    Stray,
    /// Nothing the reader can go on after.
    Stop,
}

enum Segment {
    Key(String),
    Index(usize),
}

/// Which quotes close a string, by the quote that opened it.
#[derive(Clone, Copy)]
enum Quotes {
    Straight,
    Curly,
    Single,
}

impl Quotes {
    fn closes(self, c: char) -> bool {
        match self {
            Quotes::Straight => c == '"',
            Quotes::Curly => matches!(c, '"' | '\u{201C}' | '\u{201D}' | '\u{201E}'),
            Quotes::Single => matches!(c, '\'' | '\u{2018}' | '\u{2019}'),
        }
    }

    /// The kind of quote `c` opens, and the mistake of using it, if any.
    fn opened_by(c: char) -> Option<(Quotes, Option<Mistake>)> {
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
fn ends_word(c: char) -> bool {
    matches!(c, ',' | '}' | ']' | '\n' | '\r')
}

pub(super) struct Reader<'t> {
    text: &'t str,
    pos: usize,
    path: Vec<Segment>,
    spots: Vec<Spot>,
    stopped: bool,
    depth: usize,
    /// The last text read ran to the end of its line and ended in a comma: the comma was meant
    /// to follow it, so the next item needs none.
    comma_in_text: bool,
}

impl<'t> Reader<'t> {
    pub(super) fn new(text: &'t str) -> Self {
        Reader {
            text,
            pos: 0,
            path: Vec::new(),
            spots: Vec::new(),
            stopped: false,
            depth: 0,
            comma_in_text: false,
        }
    }

    /// Reads the whole text as one value of `root`'s shape; every mistake found, in order.
    pub(super) fn read(mut self, root: &'static Field) -> Vec<Spot> {
        let want = Want {
            shape: &root.shape,
            field: Some(root),
            item: false,
            after_key: false,
        };
        self.skip_space();
        if let Some(c) = self.peek()
            && !matches!(c, '{' | '[')
            && Quotes::opened_by(c).is_none()
            && matches!(root.shape, Shape::Object(_))
        {
            // Not JSON at all (notes, a list of questions in prose): one mistake says so.
            self.report(self.pos, Mistake::NotJson);
            return self.spots;
        }
        if !self.value(want) && !self.stopped {
            match self.peek() {
                Some(found) => self.report(
                    self.pos,
                    Mistake::Unexpected {
                        found,
                        wanted: "the file must start with {",
                    },
                ),
                None => self.report(self.pos, Mistake::NoValue),
            }
        }
        if !self.stopped {
            self.skip_space();
            if self.pos < self.text.len() {
                self.report(self.pos, Mistake::AfterEnd);
            }
        }
        self.spots
    }

    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn peek_at(&self, ahead: usize) -> Option<char> {
        self.text[self.pos..].chars().nth(ahead)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.pos += c.len_utf8();
        Some(c)
    }

    fn field_path(&self) -> String {
        let mut out = String::new();
        for segment in &self.path {
            match segment {
                Segment::Key(key) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    // A field name from the file may be of any length: the path shows a few
                    // hundred characters of it.
                    out.push_str(&shortened(key));
                }
                Segment::Index(i) => {
                    let _ = write!(out, "[{i}]");
                }
            }
        }
        out
    }

    fn report(&mut self, offset: usize, mistake: Mistake) {
        self.report_in(offset, self.field_path(), mistake);
    }

    fn report_in(&mut self, offset: usize, field: String, mistake: Mistake) {
        if self.stopped {
            return;
        }
        self.stopped = mistake.is_fatal();
        self.spots.push(Spot {
            offset,
            field,
            mistake,
        });
    }

    /// Skips JSON's whitespace, and notes (then skips) comments and invisible characters.
    fn skip_space(&mut self) {
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
    fn value(&mut self, want: Want) -> bool {
        if self.stopped {
            return true;
        }
        self.skip_space();
        let start = self.pos;
        let Some(c) = self.peek() else {
            return false;
        };
        match c {
            ',' | '}' | ']' => return false,
            '{' => self.object(want, start),
            '[' => self.list(want, start),
            ':' => self.report(
                start,
                Mistake::Unexpected {
                    found: c,
                    wanted: "a value belongs here: text in double quotes, a number, true, false, null, a list [ ] or an object { }",
                },
            ),
            '-' | '+' | '.' | '0'..='9' => self.number(want, start),
            c => match Quotes::opened_by(c) {
                Some((quotes, mistake)) => {
                    if let Some(mistake) = mistake {
                        self.report(start, mistake);
                    }
                    let text = self.string(quotes);
                    self.check(start, want, Found::Text(text));
                }
                None => self.word(want, start),
            },
        }
        true
    }

    /// A value written without quotes: `true`, `false` and `null`, or a mistake.
    fn word(&mut self, want: Want, start: usize) {
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
    fn number(&mut self, want: Want, start: usize) {
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
    fn string(&mut self, quotes: Quotes) -> String {
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

    fn depth_ok(&mut self, start: usize) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.report(start, Mistake::TooDeep);
            return false;
        }
        true
    }

    fn object(&mut self, want: Want, start: usize) {
        let spec: Option<&'static Object> = match want.shape {
            Shape::Object(object) => Some(object),
            Shape::Any => None,
            _ => {
                self.check(start, want, Found::Object);
                None
            }
        };
        if !self.depth_ok(start) {
            return;
        }
        self.bump();
        let mut names: Vec<String> = Vec::new();
        // Names suggested for unknown fields: a field suggested is not reported missing too.
        let mut suggested: Vec<&'static str> = Vec::new();
        let (mut expect_member, mut last_comma, mut unknown) = (true, None, 0);
        loop {
            self.skip_space();
            if self.stopped {
                return;
            }
            let at = self.pos;
            match self.peek() {
                None => return self.unclosed(Bracket::Object, start),
                Some('}') => {
                    if let Some(comma) = last_comma {
                        self.report(comma, Mistake::TrailingComma);
                    }
                    self.bump();
                    break;
                }
                Some(']') => {
                    return self.report(
                        at,
                        Mistake::Mismatched {
                            found: ']',
                            open: Bracket::Object,
                        },
                    );
                }
                Some(',') => {
                    if expect_member {
                        self.report(at, Mistake::ExtraComma);
                    }
                    last_comma = Some(at);
                    expect_member = true;
                    self.bump();
                }
                Some(c) => {
                    if !expect_member {
                        if !could_start_key(c) {
                            return self.report(
                                at,
                                Mistake::Unexpected {
                                    found: c,
                                    wanted: "a comma , or the closing } belongs here",
                                },
                            );
                        }
                        self.report(at, Mistake::MissingComma { before_field: true });
                    }
                    let name = match self.key() {
                        Key::Name(name) => name,
                        Key::Stray => {
                            expect_member = false;
                            last_comma = None;
                            continue;
                        }
                        Key::Stop => return,
                    };
                    let field = spec.and_then(|o| o.field(&name));
                    if let (Some(object), None) = (spec, field)
                        && !object.open
                    {
                        unknown += 1;
                        let suggestion = suggest(&name, object.fields.iter().map(|f| f.name));
                        suggested.extend(suggestion);
                        self.path.push(Segment::Key(name.clone()));
                        self.report(
                            at,
                            Mistake::UnknownField {
                                name: name.clone(),
                                object,
                                suggestion,
                            },
                        );
                        self.path.pop();
                    }
                    if names.contains(&name) {
                        self.path.push(Segment::Key(name.clone()));
                        self.report(at, Mistake::DuplicateField(name.clone()));
                        self.path.pop();
                    }
                    self.member(&name, field);
                    names.push(name);
                    expect_member = std::mem::take(&mut self.comma_in_text);
                    last_comma = None;
                }
            }
        }
        self.depth -= 1;
        if let Some(object) = spec {
            names.extend(suggested.iter().map(|s| (*s).to_owned()));
            self.complete(object, want, start, &names, unknown);
        }
    }

    /// After a field name: the colon and the value.
    fn member(&mut self, name: &str, field: Option<&'static Field>) {
        self.skip_space();
        match self.peek() {
            Some(':') => self.pos += 1,
            Some('=') => {
                self.report(self.pos, Mistake::EqualsForColon);
                self.pos += 1;
            }
            _ => self.report(self.pos, Mistake::MissingColon(name.to_owned())),
        }
        let want = match field {
            Some(field) => Want {
                shape: &field.shape,
                field: Some(field),
                item: false,
                after_key: true,
            },
            None => ANY,
        };
        self.path.push(Segment::Key(name.to_owned()));
        if !self.value(want) {
            self.skip_space();
            self.report(self.pos, Mistake::MissingValue(name.to_owned()));
        }
        self.path.pop();
    }

    /// The checks on an object once it is read: its required fields are there, and a one-of
    /// object has exactly one.
    fn complete(
        &mut self,
        object: &'static Object,
        want: Want,
        start: usize,
        names: &[String],
        unknown: usize,
    ) {
        if self.stopped {
            return;
        }
        for field in object.fields.iter().filter(|f| f.required) {
            if !names.iter().any(|n| n == field.name) {
                let mut path = self.field_path();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(field.name);
                self.report_in(start, path, Mistake::MissingField { object, field });
            }
        }
        if object.one_of {
            let given = names.iter().filter(|n| object.field(n).is_some()).count();
            if given > 1 || (given == 0 && unknown == 0) {
                let what = want.field.map_or("", |f| f.what);
                self.report(
                    start,
                    Mistake::NotOneOf {
                        object,
                        what,
                        given,
                    },
                );
            }
        }
    }

    /// A field name: in double quotes, or (noted as a mistake) in other quotes or none.
    fn key(&mut self) -> Key {
        let start = self.pos;
        let Some(c) = self.peek() else {
            return Key::Stop;
        };
        if let Some((quotes, mistake)) = Quotes::opened_by(c) {
            if let Some(mistake) = mistake {
                self.report(start, mistake);
            }
            let name = self.string(quotes);
            return if self.stopped {
                Key::Stop
            } else {
                Key::Name(name)
            };
        }
        if c.is_alphabetic() || c == '_' || c == '$' {
            let rest = &self.text[start..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '$')))
                .unwrap_or(rest.len());
            let name = rest[..end].to_owned();
            self.pos += end;
            if rest[end..].trim_start().starts_with([':', '=']) {
                self.report(start, Mistake::UnquotedName(name.clone()));
                return Key::Name(name);
            }
            self.report(start, Mistake::Stray(name));
            return Key::Stray;
        }
        self.report(
            start,
            Mistake::Unexpected {
                found: c,
                wanted: "a field name in double quotes belongs here, like \"id\"",
            },
        );
        Key::Stop
    }

    fn list(&mut self, want: Want, start: usize) {
        let item = match want.shape {
            Shape::List(inner) => Want {
                shape: inner,
                field: want.field,
                item: true,
                after_key: false,
            },
            Shape::Any => ANY,
            _ => {
                self.check(start, want, Found::List);
                ANY
            }
        };
        if !self.depth_ok(start) {
            return;
        }
        self.bump();
        let (mut index, mut expect_item, mut last_comma) = (0, true, None);
        loop {
            self.skip_space();
            if self.stopped {
                return;
            }
            let at = self.pos;
            match self.peek() {
                None => return self.unclosed(Bracket::List, start),
                Some(']') => {
                    if let Some(comma) = last_comma {
                        self.report(comma, Mistake::TrailingComma);
                    }
                    self.bump();
                    break;
                }
                Some('}') => {
                    return self.report(
                        at,
                        Mistake::Mismatched {
                            found: '}',
                            open: Bracket::List,
                        },
                    );
                }
                Some(',') => {
                    if expect_item {
                        self.report(at, Mistake::ExtraComma);
                    }
                    last_comma = Some(at);
                    expect_item = true;
                    self.bump();
                }
                Some(c) => {
                    if !expect_item {
                        if !could_start_value(c) {
                            return self.report(
                                at,
                                Mistake::Unexpected {
                                    found: c,
                                    wanted: "a comma , or the closing ] belongs here",
                                },
                            );
                        }
                        self.report(
                            at,
                            Mistake::MissingComma {
                                before_field: false,
                            },
                        );
                    }
                    self.path.push(Segment::Index(index));
                    self.value(item);
                    self.path.pop();
                    index += 1;
                    expect_item = std::mem::take(&mut self.comma_in_text);
                    last_comma = None;
                }
            }
        }
        self.depth -= 1;
    }

    fn unclosed(&mut self, bracket: Bracket, start: usize) {
        let (line, column) = super::line_and_column(self.text, start);
        self.report(
            self.pos,
            Mistake::Unclosed {
                bracket,
                line,
                column,
            },
        );
    }

    /// Notes a mistake when a value is not what `want` asks.
    fn check(&mut self, at: usize, want: Want, found: Found) {
        if let Some(mistake) = self.judge(want, &found) {
            self.report(at, mistake);
        }
    }

    /// Whether a value (an object or a list as it opens) is what `want` asks, and if not why.
    fn judge(&self, want: Want, found: &Found) -> Option<Mistake> {
        let field = want.field?;
        if *found == Found::Null && field.nullable && !want.item {
            return None;
        }
        let mistake = match (want.shape, found) {
            (Shape::Any, _)
            | (Shape::Text, Found::Text(_))
            | (Shape::Bool, Found::Bool(_))
            | (Shape::TextOrNumber, Found::Text(_))
            | (Shape::Object(_), Found::Object)
            | (Shape::List(_), Found::List) => return None,
            (Shape::Number | Shape::TextOrNumber, Found::Number(written)) => {
                if written.parse::<f64>().is_ok_and(f64::is_finite) {
                    return None;
                }
                Mistake::TooLarge(written.clone())
            }
            (Shape::Whole { min, max }, Found::Number(written)) => {
                // serde_json reads "-0" as a floating point number, never as a whole one.
                let whole = !written.contains(['.', 'e', 'E']) && written != "-0";
                match written.parse::<i128>() {
                    Ok(n) if whole && n >= i128::from(*min) && n <= i128::from(*max) => {
                        return None;
                    }
                    _ => Mistake::BadWhole {
                        field,
                        written: written.clone(),
                        item: want.item,
                    },
                }
            }
            (Shape::OneOf { values, .. }, found) => {
                let suggestion = match found {
                    Found::Text(text) if values.contains(&text.as_str()) => return None,
                    Found::Text(text) => suggest(text, values.iter().copied()),
                    _ => None,
                };
                Mistake::UnknownValue {
                    field,
                    found: found.clone(),
                    suggestion,
                }
            }
            _ => Mistake::WrongType {
                field,
                found: found.clone(),
                item: want.item,
            },
        };
        Some(mistake)
    }
}

fn could_start_key(c: char) -> bool {
    Quotes::opened_by(c).is_some() || c.is_alphabetic() || c == '_' || c == '$'
}

fn could_start_value(c: char) -> bool {
    could_start_key(c) || matches!(c, '{' | '[' | '-' | '+' | '.' | '0'..='9')
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
