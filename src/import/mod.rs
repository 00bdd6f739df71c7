//! Turning a question bank in another format into a factquiz question file. Pure: the caller reads
//! the bank (see `loader`) and writes the result (see `store`).

mod decode;
mod opentdb;

pub use decode::Encoding;
pub use opentdb::{Response, from_opentdb};

use crate::model::QuestionFile;

/// What the imported file is called, and when it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOptions {
    /// The event id; question ids are made from it.
    pub id: String,
    /// The event title; `None` makes one from the bank's categories.
    pub title: Option<String>,
    /// Where the bank came from, as the user named it (a file name), for the summary.
    pub origin: String,
    /// How the bank's strings are encoded; `None` works it out.
    pub encoding: Option<Encoding>,
}

/// A converted bank, and what was left out of it and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub file: QuestionFile,
    pub encoding: Encoding,
    /// One line per question left out: which one, and why.
    pub skipped: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error(
        "{origin}: Open Trivia DB answered with response code {code} ({meaning}), so it holds no questions"
    )]
    ResponseCode {
        origin: String,
        code: u32,
        meaning: &'static str,
    },
    #[error("{origin}: results[{index}].{field}: {message}")]
    Decode {
        origin: String,
        index: usize,
        field: &'static str,
        message: String,
    },
    #[error("{origin}: no question could be imported{}", reasons(.skipped))]
    Nothing {
        origin: String,
        skipped: Vec<String>,
    },
}

fn reasons(skipped: &[String]) -> String {
    if skipped.is_empty() {
        " (the results list is empty)".to_owned()
    } else {
        format!(":\n  {}", skipped.join("\n  "))
    }
}

/// A lowercase id made of letters, digits and hyphens, from any text (a file name, say).
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "imported".to_owned()
    } else {
        trimmed.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_lowercase_words_joined_by_hyphens() {
        assert_eq!(
            slug("Open Trivia (Science) 2024.json"),
            "open-trivia-science-2024-json"
        );
        assert_eq!(slug("--Québec--"), "québec");
        assert_eq!(slug("???"), "imported");
    }
}
