//! Every mistake the shape reader can find, and how each is said to an author: in plain words,
//! with the fix. No message uses the parser's own words ("expected value", "sequence", "EOF").

use std::fmt;

use super::spec::{Field, Object};
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
    pub(super) fn open(self) -> char {
        match self {
            Bracket::List => '[',
            Bracket::Object => '{',
        }
    }

    pub(super) fn close(self) -> char {
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
