//! Reading an object: its field names (quoted or not), each field's value against the field's
//! shape, names given twice or unknown (with a close known one), and the fields missing at its end.

use super::lexis::Quotes;
use super::{ANY, Reader, Segment, Want, could_start_key};
use crate::shape::mistake::{Bracket, Found, Mistake};
use crate::shape::spec::{Field, Object, Shape};
use crate::shape::suggest;

/// What stands where a field name belongs.
enum Key {
    Name(String),
    /// A word with no colon after it: noted and skipped.
    Stray,
    /// Nothing the reader can go on after.
    Stop,
}

/// The names read so far in one object.
#[derive(Default)]
struct Seen {
    names: Vec<String>,
    /// Names suggested for unknown fields: a field suggested is not reported missing too.
    suggested: Vec<&'static str>,
    unknown: usize,
}

impl Reader<'_> {
    pub(super) fn object(&mut self, want: Want, start: usize) {
        let spec = self.object_spec(want, start);
        if !self.depth_ok(start) {
            return;
        }
        self.bump();
        let mut seen = Seen::default();
        let (mut expect_member, mut last_comma) = (true, None);
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
                    let field = self.field_named(spec, &name, at, &mut seen);
                    self.member(&name, field);
                    seen.names.push(name);
                    expect_member = std::mem::take(&mut self.comma_in_text);
                    last_comma = None;
                }
            }
        }
        self.depth -= 1;
        if let Some(object) = spec {
            self.complete_seen(object, want, start, seen);
        }
    }

    /// The fields an object at `start` should have, or `None` for any object; noting an object
    /// where something else belongs.
    fn object_spec(&mut self, want: Want, start: usize) -> Option<&'static Object> {
        match want.shape {
            Shape::Object(object) => Some(object),
            Shape::Any => None,
            _ => {
                self.check(start, want, Found::Object);
                None
            }
        }
    }

    /// Checks the closed object's fields against `object`: the names seen, with those suggested
    /// for unknown fields (so they are not reported missing too), and how many were unknown.
    fn complete_seen(&mut self, object: &'static Object, want: Want, start: usize, seen: Seen) {
        let Seen {
            mut names,
            suggested,
            unknown,
        } = seen;
        names.extend(suggested.iter().map(|s| (*s).to_owned()));
        self.complete(object, want, start, &names, unknown);
    }

    /// The field of `spec` called `name` (at `at`), noting a name it does not have (with a
    /// suggestion) or one given twice.
    fn field_named(
        &mut self,
        spec: Option<&'static Object>,
        name: &str,
        at: usize,
        seen: &mut Seen,
    ) -> Option<&'static Field> {
        let field = spec.and_then(|o| o.field(name));
        self.path.push(Segment::Key(name.to_owned()));
        if let (Some(object), None) = (spec, field)
            && !object.open
        {
            seen.unknown += 1;
            let suggestion = suggest(name, object.fields.iter().map(|f| f.name));
            seen.suggested.extend(suggestion);
            let name = name.to_owned();
            self.report(
                at,
                Mistake::UnknownField {
                    name,
                    object,
                    suggestion,
                },
            );
        }
        if seen.names.iter().any(|n| n == name) {
            self.report(at, Mistake::DuplicateField(name.to_owned()));
        }
        self.path.pop();
        field
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
}
