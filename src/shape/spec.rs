//! How the expected shape of a JSON document is described: which fields an object has, which are
//! required, what type each value is, and, for each, the plain words that say so to an author.

/// What a value must be.
#[derive(Debug)]
pub enum Shape {
    /// Anything: the value is read and not checked (an unknown field's value).
    Any,
    /// A string.
    Text,
    /// A string or any number.
    TextOrNumber,
    /// A whole number (no fraction, no exponent) from `min` to `max`.
    Whole {
        min: u64,
        max: u64,
    },
    /// Any finite number.
    Number,
    Bool,
    /// One of these strings; `noun` names what they are ("verdict").
    OneOf {
        values: &'static [&'static str],
        noun: &'static str,
    },
    List(&'static Shape),
    Object(&'static Object),
}

/// An object's fields.
#[derive(Debug)]
pub struct Object {
    /// What the object is, in the words of a message: "the event", "this fact".
    pub noun: &'static str,
    pub fields: &'static [Field],
    /// Fields not listed are allowed (and not checked).
    pub open: bool,
    /// Exactly one of the fields must be given (a tolerance is absolute or percent).
    pub one_of: bool,
}

/// One field of an object.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub shape: Shape,
    pub required: bool,
    /// `null` is accepted (and means the field is not given).
    pub nullable: bool,
    /// What the value must be, with an example, in plain words: "a list of numbers, like [3] or
    /// [2, 6]". Messages say "`name` must be `what`".
    pub what: &'static str,
}

impl Field {
    pub const fn required(name: &'static str, shape: Shape, what: &'static str) -> Field {
        Field {
            name,
            shape,
            required: true,
            nullable: false,
            what,
        }
    }

    /// A field that may be left out, but not set to `null`.
    pub const fn optional(name: &'static str, shape: Shape, what: &'static str) -> Field {
        Field {
            name,
            shape,
            required: false,
            nullable: false,
            what,
        }
    }

    /// A field that may be left out or set to `null`.
    pub const fn nullable(name: &'static str, shape: Shape, what: &'static str) -> Field {
        Field {
            name,
            shape,
            required: false,
            nullable: true,
            what,
        }
    }
}

impl Object {
    pub fn field(&'static self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// Fields and objects are static tables: two are the same when they are the same entry.
impl PartialEq for Field {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl PartialEq for Object {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}
