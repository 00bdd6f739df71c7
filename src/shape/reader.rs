//! A tolerant reader of JSON text: it walks the text once, checks each value against the shape
//! expected at its place, and notes every mistake with its byte offset and field path. After the
//! writing mistakes people make most (a curly quote, a missing or extra comma, a word without
//! quotes) it goes on as if the text were written right, so one run finds them all; after a
//! mistake it cannot read past (a bracket never closed) it stops. It builds no tree: memory stays
//! flat however large the file.

use std::fmt::Write as _;

use super::Spot;
use super::mistake::{Bracket, Found, Mistake};
use super::spec::{Field, Shape};
use crate::echo::shortened;
use lexis::Quotes;

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

enum Segment {
    Key(String),
    Index(usize),
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

    fn depth_ok(&mut self, start: usize) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.report(start, Mistake::TooDeep);
            return false;
        }
        true
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
}

fn could_start_key(c: char) -> bool {
    Quotes::opened_by(c).is_some() || c.is_alphabetic() || c == '_' || c == '$'
}

fn could_start_value(c: char) -> bool {
    could_start_key(c) || matches!(c, '{' | '[' | '-' | '+' | '.' | '0'..='9')
}

mod judge;
mod lexis;
mod object;
