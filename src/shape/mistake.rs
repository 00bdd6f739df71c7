//! Every mistake the shape reader can find, and how each is said to an author: in plain words,
//! with the fix. No message uses the parser's own words ("expected value", "sequence", "EOF").

use std::fmt;

use super::spec::{Field, Object, Shape};
use crate::echo::{quoted, shortened};

/// A value as it was found, for a message that says what it is.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    Null,
    Bool(bool),
    Number(String),
    Text(String),
    List,
    Object,
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Null => write!(f, "null"),
            Found::Bool(b) => write!(f, "{b}"),
            Found::Number(raw) => write!(f, "a plain number ({})", shortened(raw)),
            Found::Text(text) => write!(f, "text ({})", quoted(text)),
            Found::List => write!(f, "a list [ ]"),
            Found::Object => write!(f, "an object {{ }}"),
        }
    }
}

/// Which kind of bracket: for messages about one left open or closed by the other kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bracket {
    List,
    Object,
}

impl Bracket {
    fn open(self) -> char {
        match self {
            Bracket::List => '[',
            Bracket::Object => '{',
        }
    }

    fn close(self) -> char {
        match self {
            Bracket::List => ']',
            Bracket::Object => '}',
        }
    }
}

/// What is wrong at one place of a file.
#[derive(Debug, Clone, PartialEq)]
pub enum Mistake {
    // Writing: the file is not JSON there. The reader goes on after each of these unless noted.
    /// A curly (typographic) quote where a straight one belongs.
    CurlyQuote(char),
    /// Text or a field name in single quotes.
    SingleQuote,
    /// Text with no quotes at all.
    Unquoted(String),
    /// A field name with no quotes.
    UnquotedName(String),
    /// A word where a field belongs, with no colon or value after it: skipped.
    Stray(String),
    /// `True`, `FALSE`, `None`, `NULL`: a word JSON writes in lower case, or not at all.
    Word {
        written: String,
        meant: &'static str,
    },
    MissingComma {
        before_field: bool,
    },
    /// A comma with nothing after it before the closing bracket.
    TrailingComma,
    /// Two commas in a row, or a comma straight after an opening bracket.
    ExtraComma,
    MissingColon(String),
    /// `=` where a colon belongs.
    EqualsForColon,
    /// A field name followed by no value.
    MissingValue(String),
    Comment,
    /// A character that shows as a space (no-break space, zero-width space) outside text.
    InvisibleSpace(char),
    /// A line ends inside text: the closing quote is missing.
    UnclosedText,
    /// A control character (a tab) written raw inside text.
    RawControl(char),
    /// A backslash followed by something JSON does not know.
    BadEscape(String),
    /// A number JSON does not read: "01", "1.", "+5", ".5".
    BadNumber {
        written: String,
        write: Option<String>,
    },
    // Writing mistakes the reader cannot go on after.
    /// The file ends inside text.
    EndInText,
    /// The file ends with this bracket still open (opened at the line and column given).
    Unclosed {
        bracket: Bracket,
        line: usize,
        column: usize,
    },
    /// A closing bracket of the other kind.
    Mismatched {
        found: char,
        open: Bracket,
    },
    /// A character that cannot start a value (or a field name) here.
    Unexpected {
        found: char,
        wanted: &'static str,
    },
    /// Text after the end of the document.
    AfterEnd,
    /// Nothing but spaces and comments.
    NoValue,
    /// The text does not start as JSON does.
    NotJson,
    TooDeep,
    // Shape: the JSON is fine but not what a question file holds.
    /// A field the object does not have; `suggestion` is a close known name.
    UnknownField {
        name: String,
        object: &'static Object,
        suggestion: Option<&'static str>,
    },
    DuplicateField(String),
    MissingField {
        object: &'static Object,
        field: &'static Field,
    },
    /// The value is of the wrong type; `item` when it is an item of the field's list.
    WrongType {
        field: &'static Field,
        found: Found,
        item: bool,
    },
    /// Text that is not one of the values the field allows.
    UnknownValue {
        field: &'static Field,
        found: Found,
        suggestion: Option<&'static str>,
    },
    /// A whole number out of range, or not whole.
    BadWhole {
        field: &'static Field,
        written: String,
        item: bool,
    },
    /// A number too large to be read.
    TooLarge(String),
    /// An object that must have exactly one of its fields has none, or more than one.
    NotOneOf {
        object: &'static Object,
        what: &'static str,
        given: usize,
    },
}

impl Mistake {
    /// Whether the reader stops here: what follows cannot be read with any confidence.
    pub fn is_fatal(&self) -> bool {
        matches!(
            self,
            Mistake::EndInText
                | Mistake::Unclosed { .. }
                | Mistake::Mismatched { .. }
                | Mistake::Unexpected { .. }
                | Mistake::AfterEnd
                | Mistake::NoValue
                | Mistake::NotJson
                | Mistake::TooDeep
        )
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

impl fmt::Display for Mistake {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
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
            Mistake::BadNumber { written, write } => {
                write!(f, "{} is not a number JSON can read", quoted(written))?;
                match write {
                    Some(fixed) => write!(f, ": write {fixed}"),
                    None => Ok(()),
                }
            }
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
            Mistake::UnknownField {
                name,
                object,
                suggestion,
            } => {
                write!(f, "{} is not a field of {}", quoted(name), object.noun)?;
                match suggestion {
                    Some(s) => write!(f, "; did you mean \"{s}\"?"),
                    None => {
                        let names: Vec<&str> = object.fields.iter().map(|f| f.name).collect();
                        write!(f, "; its fields are {}", either(&names))
                    }
                }
            }
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
            } => {
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
            Mistake::BadWhole {
                field,
                written,
                item,
            } => {
                let (min, max) = match pick(field) {
                    Shape::Whole { min, max } => (*min, *max),
                    _ => (0, u64::MAX),
                };
                let why = if written.contains(['.', 'e', 'E']) {
                    "is not a whole number".to_owned()
                } else if written.starts_with('-') || written.parse::<u64>().is_ok_and(|n| n < min)
                {
                    format!("is below {min}")
                } else {
                    format!("is above {max}")
                };
                let written = shortened(written);
                let this = if *item {
                    format!("this item, {written},")
                } else {
                    written
                };
                write!(f, "{} must be {}; {this} {why}", field.name, field.what)
            }
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
        }
    }
}

/// The shape a mistake is about: the field's own, or its list's items'.
fn pick(field: &Field) -> &Shape {
    match &field.shape {
        Shape::List(inner) => inner,
        other => other,
    }
}
