//! How each mistake is said to an author: in plain words, with the fix. No message uses the
//! parser's own words ("expected value", "sequence", "EOF").

use std::fmt;

use super::mistake::{Found, Mistake};
use super::spec::{Field, Object, Shape};
use crate::echo::{quoted, shortened};

impl fmt::Display for Mistake {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Each mistake is in exactly one of the three groups (`every_mistake_is_said` holds them to
        // it); should one be in none, it is still said in plain words.
        self.writing(f)
            .or_else(|| self.stopping(f))
            .or_else(|| self.shape(f))
            .unwrap_or_else(|| write!(f, "this part of the file cannot be read"))
    }
}

impl Mistake {
    /// A writing mistake the reader goes on after: the file is not JSON there.
    fn writing(&self, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
        Some(match self {
            Mistake::CurlyQuote(c) => write!(
                f,
                "this is a curly quote {c}; JSON needs straight quotes \" around text and field names"
            ),
            Mistake::SingleQuote => write!(
                f,
                "JSON needs double quotes \" around text and field names, not single quotes '"
            ),
            Mistake::Unquoted(text) => {
                write!(f, "text must be in double quotes: write {}", quoted(text))
            }
            Mistake::UnquotedName(name) => write!(
                f,
                "field names must be in double quotes: write {}",
                quoted(name)
            ),
            Mistake::Stray(word) => write!(
                f,
                "{} does not belong here: a field is written \"name\": value",
                quoted(word)
            ),
            Mistake::Word { written, meant } => write!(
                f,
                "JSON writes {} as {meant}, in small letters and without quotes",
                quoted(written)
            ),
            Mistake::MissingComma { before_field: true } => {
                write!(f, "a comma is missing before this field")
            }
            Mistake::MissingComma {
                before_field: false,
            } => write!(f, "a comma is missing before this item"),
            Mistake::TrailingComma => write!(
                f,
                "nothing follows this comma: remove it (JSON allows no comma after the last item)"
            ),
            Mistake::ExtraComma => write!(f, "one comma too many: remove this one"),
            Mistake::MissingColon(name) => write!(
                f,
                "a colon : is missing after the field name {}",
                quoted(name)
            ),
            Mistake::EqualsForColon => write!(
                f,
                "write a colon : between a field name and its value, not ="
            ),
            Mistake::MissingValue(name) => write!(
                f,
                "{} has no value after its colon: give one, or leave the field out",
                quoted(name)
            ),
            Mistake::Comment => write!(f, "JSON has no comments: remove this one"),
            Mistake::InvisibleSpace(c) => write!(
                f,
                "an invisible character (U+{:04X}) outside text: replace it with a plain space",
                u32::from(*c)
            ),
            Mistake::UnclosedText => write!(
                f,
                "this text has no closing quote \" before the end of its line"
            ),
            Mistake::RawControl('\t') => write!(f, "a tab inside text must be written \\t"),
            Mistake::RawControl(c) => write!(
                f,
                "the invisible character U+{:04X} inside text must be written \\u{:04x}",
                u32::from(*c),
                u32::from(*c)
            ),
            Mistake::BadEscape(written) => write!(
                f,
                "{} is not a backslash code JSON knows (\\n, \\t, \\\", \\\\ or \\u followed by four hex digits); write \\\\ for a backslash",
                quoted(written)
            ),
            Mistake::BadNumber { written, write } => bad_number(f, written, write.as_deref()),
            _ => return None,
        })
    }

    /// A writing mistake the reader cannot go on after.
    fn stopping(&self, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
        Some(match self {
            Mistake::EndInText => write!(
                f,
                "the file ends inside this text: its closing quote \" is missing"
            ),
            Mistake::Unclosed {
                bracket,
                line,
                column,
            } => write!(
                f,
                "the file ends here, but the {} at line {line}, column {column} is never closed with {}",
                bracket.open(),
                bracket.close()
            ),
            Mistake::Mismatched { found, open } => write!(
                f,
                "this {found} does not match the open {}: close it with {} (or look for a bracket missing before)",
                open.open(),
                open.close()
            ),
            Mistake::Unexpected { found, wanted } => {
                write!(f, "{} cannot be here: {wanted}", quoted(&found.to_string()))
            }
            Mistake::AfterEnd => write!(
                f,
                "the file's object has already ended: this text after it does not belong (a bracket closed too early?)"
            ),
            Mistake::NotJson => write!(
                f,
                "this is not JSON: the file must be one object, starting with {{ (`factquiz new` prints one to start from)"
            ),
            Mistake::NoValue => write!(f, "the file holds nothing but spaces and comments"),
            Mistake::TooDeep => write!(f, "brackets are nested more than 128 deep here"),
            _ => return None,
        })
    }

    /// A shape mistake: the JSON is fine but not what the file holds.
    fn shape(&self, f: &mut fmt::Formatter<'_>) -> Option<fmt::Result> {
        Some(match self {
            Mistake::UnknownField {
                name,
                object,
                suggestion,
            } => unknown_field(f, name, object, *suggestion),
            Mistake::DuplicateField(name) => {
                write!(f, "{} is given twice here: keep one", quoted(name))
            }
            Mistake::MissingField { object, field } => write!(
                f,
                "{} needs \"{}\": {}",
                object.noun, field.name, field.what
            ),
            Mistake::WrongType {
                field,
                found,
                item: false,
            } => write!(f, "{} must be {}, not {found}", field.name, field.what),
            Mistake::WrongType {
                field,
                found,
                item: true,
            } => write!(
                f,
                "{} must be {}; this item is {found}",
                field.name, field.what
            ),
            Mistake::UnknownValue {
                field,
                found,
                suggestion,
            } => unknown_value(f, field, found, *suggestion),
            Mistake::BadWhole {
                field,
                written,
                item,
            } => bad_whole(f, field, written, *item),
            Mistake::TooLarge(written) => {
                write!(f, "{} is too large a number to read", shortened(written))
            }
            Mistake::NotOneOf {
                object,
                what,
                given,
            } => write!(
                f,
                "{} must be {what}: {}",
                object.noun,
                if *given == 0 {
                    "give one of the two"
                } else {
                    "give only one of the two"
                }
            ),
            _ => return None,
        })
    }
}

/// "a, b or c".
fn either(values: &[&str]) -> String {
    match values {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// The shape a mistake is about: the field's own, or its list's items'.
fn pick(field: &Field) -> &Shape {
    match &field.shape {
        Shape::List(inner) => inner,
        other => other,
    }
}

/// A number JSON does not read, with the fix when there is one.
fn bad_number(f: &mut fmt::Formatter<'_>, written: &str, write: Option<&str>) -> fmt::Result {
    write!(f, "{} is not a number JSON can read", quoted(written))?;
    match write {
        Some(fixed) => write!(f, ": write {fixed}"),
        None => Ok(()),
    }
}

/// A field the object does not have: a close known name, or all of them.
fn unknown_field(
    f: &mut fmt::Formatter<'_>,
    name: &str,
    object: &Object,
    suggestion: Option<&str>,
) -> fmt::Result {
    write!(f, "{} is not a field of {}", quoted(name), object.noun)?;
    match suggestion {
        Some(s) => write!(f, "; did you mean \"{s}\"?"),
        None => {
            let names: Vec<&str> = object.fields.iter().map(|f| f.name).collect();
            write!(f, "; its fields are {}", either(&names))
        }
    }
}

/// Text that is not one of the values the field allows, with them and a close one.
fn unknown_value(
    f: &mut fmt::Formatter<'_>,
    field: &Field,
    found: &Found,
    suggestion: Option<&str>,
) -> fmt::Result {
    let Shape::OneOf { values, noun } = pick(field) else {
        return write!(f, "{} must be {}", field.name, field.what);
    };
    let shown = match found {
        Found::Text(text) => quoted(text),
        other => other.to_string(),
    };
    write!(
        f,
        "{} must be {} ({shown} is not a {noun}",
        field.name,
        either(values)
    )?;
    match suggestion {
        Some(s) => write!(f, "; did you mean \"{s}\"?)"),
        None => write!(f, ")"),
    }
}

/// A whole number out of range, or not whole.
fn bad_whole(f: &mut fmt::Formatter<'_>, field: &Field, written: &str, item: bool) -> fmt::Result {
    let (min, max) = match pick(field) {
        Shape::Whole { min, max } => (*min, *max),
        _ => (0, u64::MAX),
    };
    let why = if written.contains(['.', 'e', 'E']) {
        "is not a whole number".to_owned()
    } else if written.starts_with('-') || written.parse::<u64>().is_ok_and(|n| n < min) {
        format!("is below {min}")
    } else {
        format!("is above {max}")
    };
    let written = shortened(written);
    let this = if item {
        format!("this item, {written},")
    } else {
        written
    };
    write!(f, "{} must be {}; {this} {why}", field.name, field.what)
}

#[cfg(test)]
mod tests {
    use super::super::format::QUESTION_FILE;
    use super::super::mistake::Bracket;
    use super::*;

    /// One of every mistake: each is in one of the three groups, so none falls through to the
    /// fallback, and each says something of its own.
    #[test]
    fn every_mistake_is_said() {
        let Shape::Object(object) = &QUESTION_FILE.shape else {
            panic!("the file is an object")
        };
        let field = &object.fields[0];
        let text = || "x".to_owned();
        let found = || Found::Text(text());
        let all = [
            Mistake::CurlyQuote('“'),
            Mistake::SingleQuote,
            Mistake::Unquoted(text()),
            Mistake::UnquotedName(text()),
            Mistake::Stray(text()),
            Mistake::Word {
                written: text(),
                meant: "true",
            },
            Mistake::MissingComma { before_field: true },
            Mistake::MissingComma {
                before_field: false,
            },
            Mistake::TrailingComma,
            Mistake::ExtraComma,
            Mistake::MissingColon(text()),
            Mistake::EqualsForColon,
            Mistake::MissingValue(text()),
            Mistake::Comment,
            Mistake::InvisibleSpace('\u{a0}'),
            Mistake::UnclosedText,
            Mistake::RawControl('\t'),
            Mistake::RawControl('\u{1}'),
            Mistake::BadEscape(text()),
            Mistake::BadNumber {
                written: "01".into(),
                write: Some("1".into()),
            },
            Mistake::EndInText,
            Mistake::Unclosed {
                bracket: Bracket::List,
                line: 1,
                column: 1,
            },
            Mistake::Mismatched {
                found: ']',
                open: Bracket::Object,
            },
            Mistake::Unexpected {
                found: '?',
                wanted: "a value",
            },
            Mistake::AfterEnd,
            Mistake::NoValue,
            Mistake::NotJson,
            Mistake::TooDeep,
            Mistake::UnknownField {
                name: text(),
                object,
                suggestion: None,
            },
            Mistake::DuplicateField(text()),
            Mistake::MissingField { object, field },
            Mistake::WrongType {
                field,
                found: found(),
                item: false,
            },
            Mistake::UnknownValue {
                field,
                found: found(),
                suggestion: Some("y"),
            },
            Mistake::BadWhole {
                field,
                written: "-1".into(),
                item: true,
            },
            Mistake::TooLarge("1e999".into()),
            Mistake::NotOneOf {
                object,
                what: "absolute or percent",
                given: 0,
            },
        ];
        let said: Vec<String> = all.iter().map(ToString::to_string).collect();
        for (mistake, words) in all.iter().zip(&said) {
            assert!(
                !words.is_empty() && words != "this part of the file cannot be read",
                "{mistake:?}: {words:?}"
            );
        }
        let mut distinct = said.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), said.len(), "{said:#?}");
    }
}
