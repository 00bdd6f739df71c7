//! A fact read straight from a large file's text (issue #16: serde's generic reading of a fact,
//! field names and values through visitors, was most of a cold start's parse). Only the plain
//! shape is read here: texts without escapes, whole numbers of paragraphs, the fields' usual JSON
//! types. Anything else (an escape, a `null`, a number as the answer, a tolerance, an unknown or
//! repeated field, a missing one, any mistake, a text that ends inside the fact) gives `None`,
//! and serde reads the fact as before: what this reads is always what serde would read.

use compact_str::CompactString;

use crate::model::{AnswerType, Difficulty, Fact, FactKind};

/// The fact whose `{` starts `text`, and how many bytes it takes (up to and with its `}`); `None`
/// for anything but the plain shape (see the module's note).
pub fn fact(text: &str) -> Option<(Fact, usize)> {
    let mut read = Reader { text, at: 0 };
    let mut fact = Fact {
        id: CompactString::default(),
        answer_type: AnswerType::Text,
        answer: CompactString::default(),
        aliases: Vec::new(),
        tolerance: None,
        strict: false,
        unit: None,
        question: None,
        statement: CompactString::default(),
        distractors: Vec::new(),
        kinds: None,
        difficulty: Difficulty::default(),
        tags: Vec::new(),
        paragraphs: Vec::new(),
        explanation: CompactString::default(),
        inferred: false,
        exclusive: true,
    };
    read.eat(b'{')?;
    read.space();
    if read.peek()? == b'}' {
        return None;
    }
    // Which fields were read: a field written twice is serde's mistake, not read here.
    let mut seen = 0u32;
    loop {
        let key = read.text()?;
        read.space();
        read.eat(b':')?;
        read.space();
        let field = Field::of(key)?;
        let bit = 1 << field as u32;
        if seen & bit != 0 {
            return None;
        }
        seen |= bit;
        match field {
            Field::Id => fact.id = read.text()?.into(),
            Field::Type => fact.answer_type = answer_type(read.text()?)?,
            Field::Answer => fact.answer = read.text()?.into(),
            Field::Aliases => fact.aliases = read.texts()?,
            Field::Strict => fact.strict = read.boolean()?,
            Field::Unit => fact.unit = Some(read.text()?.into()),
            Field::Question => fact.question = Some(read.text()?.into()),
            Field::Statement => fact.statement = read.text()?.into(),
            Field::Distractors => fact.distractors = read.texts()?,
            Field::Kinds => fact.kinds = Some(read.kinds()?),
            Field::Difficulty => fact.difficulty = difficulty(read.text()?)?,
            Field::Tags => fact.tags = read.texts()?,
            Field::Paragraphs => fact.paragraphs = read.numbers()?,
            Field::Explanation => fact.explanation = read.text()?.into(),
            Field::Inferred => fact.inferred = read.boolean()?,
            Field::Exclusive => fact.exclusive = read.boolean()?,
        }
        read.space();
        match read.next()? {
            b',' => read.space(),
            b'}' => break,
            _ => return None,
        }
    }
    (seen & REQUIRED == REQUIRED).then_some((fact, read.at))
}

/// The fields this reads; `tolerance` is left to serde.
#[derive(Clone, Copy)]
enum Field {
    Id,
    Type,
    Answer,
    Aliases,
    Strict,
    Unit,
    Question,
    Statement,
    Distractors,
    Kinds,
    Difficulty,
    Tags,
    Paragraphs,
    Explanation,
    Inferred,
    Exclusive,
}

/// The fields a fact must have (those without a default).
const REQUIRED: u32 = 1 << Field::Id as u32
    | 1 << Field::Type as u32
    | 1 << Field::Answer as u32
    | 1 << Field::Statement as u32
    | 1 << Field::Paragraphs as u32
    | 1 << Field::Explanation as u32;

impl Field {
    /// The field named `key` as serde names it; `None` for any other key.
    fn of(key: &str) -> Option<Field> {
        Some(match key {
            "id" => Field::Id,
            "type" => Field::Type,
            "answer" => Field::Answer,
            "aliases" => Field::Aliases,
            "strict" => Field::Strict,
            "unit" => Field::Unit,
            "question" => Field::Question,
            "statement" => Field::Statement,
            "distractors" => Field::Distractors,
            "kinds" => Field::Kinds,
            "difficulty" => Field::Difficulty,
            "tags" => Field::Tags,
            "paragraphs" => Field::Paragraphs,
            "explanation" => Field::Explanation,
            "inferred" => Field::Inferred,
            "exclusive" => Field::Exclusive,
            _ => return None,
        })
    }
}

fn answer_type(name: &str) -> Option<AnswerType> {
    AnswerType::ALL.into_iter().find(|t| t.name() == name)
}

fn difficulty(name: &str) -> Option<Difficulty> {
    [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard]
        .into_iter()
        .find(|d| d.name() == name)
}

fn kind(name: &str) -> Option<FactKind> {
    Some(match name {
        "short" => FactKind::Short,
        "choice" => FactKind::Choice,
        "truefalse" => FactKind::Truefalse,
        _ => return None,
    })
}

/// A place in the text being read.
struct Reader<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Reader<'t> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    fn eat(&mut self, byte: u8) -> Option<()> {
        (self.next()? == byte).then_some(())
    }

    /// JSON's white space.
    fn space(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    /// A text without escapes or control characters (which serde refuses unescaped).
    fn text(&mut self) -> Option<&'t str> {
        self.eat(b'"')?;
        let bytes = self.text.as_bytes();
        let mut end = self.at;
        // Eight bytes at a time past those that need no look, then straight to the first that
        // may (the lowest byte `may_end` marks is always one).
        while let Some(eight) = bytes.get(end..end + 8) {
            let word = u64::from_le_bytes(eight.try_into().ok()?);
            let marked = may_end(word);
            if marked != 0 {
                end += marked.trailing_zeros() as usize / 8;
                break;
            }
            end += 8;
        }
        loop {
            match *bytes.get(end)? {
                b'"' => break,
                b'\\' | 0..0x20 => return None,
                _ => end += 1,
            }
        }
        // Both ends are ASCII quotes, so the text between is whole characters.
        let text = &self.text[self.at..end];
        self.at = end + 1;
        Some(text)
    }

    fn boolean(&mut self) -> Option<bool> {
        let rest = &self.text.as_bytes()[self.at..];
        let (value, len) = if rest.starts_with(b"true") {
            (true, 4)
        } else if rest.starts_with(b"false") {
            (false, 5)
        } else {
            return None;
        };
        self.at += len;
        Some(value)
    }

    /// A list's elements, each read by `one` after white space.
    fn list<T>(&mut self, mut one: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        self.eat(b'[')?;
        self.space();
        let mut items = Vec::new();
        if self.peek()? == b']' {
            self.at += 1;
            return Some(items);
        }
        loop {
            items.push(one(self)?);
            self.space();
            match self.next()? {
                b',' => self.space(),
                b']' => return Some(items),
                _ => return None,
            }
        }
    }

    fn texts(&mut self) -> Option<Vec<String>> {
        self.list(|read| read.text().map(str::to_owned))
    }

    fn kinds(&mut self) -> Option<Box<[FactKind]>> {
        self.list(|read| kind(read.text()?))
            .map(Vec::into_boxed_slice)
    }

    fn numbers(&mut self) -> Option<Vec<u32>> {
        self.list(Self::number)
    }

    /// A whole number that fits a `u32`, written as JSON writes one (no sign, no leading zero,
    /// no fraction or exponent, which serde would not read as one).
    fn number(&mut self) -> Option<u32> {
        let rest = &self.text.as_bytes()[self.at..];
        let len = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        if len == 0 || (len > 1 && rest[0] == b'0') || len > 10 {
            return None;
        }
        if let Some(b'.' | b'e' | b'E') = rest.get(len) {
            return None;
        }
        let value = rest[..len].iter().try_fold(0u32, |n, &d| {
            n.checked_mul(10)?.checked_add(u32::from(d - b'0'))
        })?;
        self.at += len;
        Some(value)
    }
}

/// The high bit of each of the eight bytes of `word` (from its lowest) that is a quote, a
/// backslash or a control character, and maybe of bytes after the first such one (the usual
/// tests for a zero byte, and for a byte below 0x20, whose borrow runs only upwards): none when
/// no byte is one, and the lowest marked byte always one.
fn may_end(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let quote = zero(word ^ (ONES * u64::from(b'"')));
    let backslash = zero(word ^ (ONES * u64::from(b'\\')));
    let control = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    quote | backslash | control
}

#[cfg(test)]
mod tests;
