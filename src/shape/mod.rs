//! The structure of a JSON document, checked against the shape it must have: every writing
//! mistake (a curly quote, a missing comma) and every shape mistake (an unknown field, a wrong
//! type, a missing field, an unknown value) in one pass, each with its place, the field path and a
//! fix in plain words. Pure; it reads text it is given and knows nothing of files.
//!
//! The loader parses with serde at full speed and asks this module only when that fails, so the
//! structure check costs nothing for a valid file; any loader can reuse it the same way.

mod format;
mod mistake;
mod reader;
mod spec;
mod wording;

pub use format::{OPENTDB_RESPONSE, QUESTION_FILE};
pub use mistake::{Bracket, Found, Mistake};
pub use spec::{Field, Object, Shape};

/// Words from the parser's vocabulary that a person writing a question file should never see in a
/// message (issue #12).
pub const JARGON: [&str; 10] = [
    "expected value",
    "f64",
    "u32",
    "u64",
    "sequence",
    "struct",
    "variant",
    "EOF",
    "invalid type",
    "invalid value",
];

/// One mistake and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Spot {
    /// Byte offset in the text.
    pub offset: usize,
    /// The field path: `facts[3].paragraphs[0]`; empty for the document itself.
    pub field: String,
    pub mistake: Mistake,
}

/// Every mistake in `text` against `root`, in the order they occur; none when the text is a JSON
/// document of that shape.
pub fn check(text: &str, root: &'static Field) -> Vec<Spot> {
    let mut spots = reader::Reader::new(text).read(root);
    // A missing field is found when its object closes: put it back in reading order.
    spots.sort_by_key(|s| s.offset);
    spots
}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    (line, before[line_start..].chars().count() + 1)
}

/// The candidate closest to `word`, when it is close enough to be what was meant: the same
/// apart from case, or a few letters apart.
pub fn suggest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    // The distance is at least the difference in length: a word much longer than every name
    // (a 60 MB key) is compared with none of them.
    if word.len() > 64 {
        return None;
    }
    let lower = word.to_lowercase();
    candidates
        .map(|name| {
            (
                strsim::damerau_levenshtein(&lower, &name.to_lowercase()),
                name,
            )
        })
        .filter(|(distance, name)| {
            *distance <= 1.max(name.chars().count() / 3) && *distance < lower.chars().count()
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, name)| name)
}

#[cfg(test)]
mod tests;
