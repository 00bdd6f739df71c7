//! Reading a text as one JSON document of a known shape, and when it does not read, naming every
//! mistake in it with its line, column, field path and the line it is on, in plain words.

use super::{LoadError, Located};
use crate::echo::{MAX_ECHO, cap, cap_quoted};
use crate::shape;

/// Parses `text` (the contents of `path`) as one JSON document of type `T`, whose shape is
/// `shape`: a leading byte-order mark is skipped, trailing text is an error, and a text that does
/// not parse has every mistake in it named, with its line, column and field path.
pub fn parse_json<T: serde::de::DeserializeOwned>(
    path: &str,
    text: &str,
    shape: &'static shape::Field,
) -> Result<T, LoadError> {
    let path = path.to_owned();
    let body = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if body.trim().is_empty() {
        return Err(LoadError::Empty { path });
    }
    // Most files are fine: parse at full speed, and only for a broken one read it again, slowly,
    // to find every mistake.
    let error = match serde_json::from_str(body) {
        Ok(value) => return Ok(value),
        Err(error) => error,
    };
    let spots = shape::check(body, shape);
    let mistakes = if spots.is_empty() {
        // The shape check and serde agree (a property test holds them to it); should they not,
        // serde's complaint is still said in plain words.
        let offset = offset_of(body, error.line(), error.column());
        located(body, &[(offset, String::new(), plain(&error))])
    } else {
        let spots: Vec<(usize, String, String)> = spots
            .into_iter()
            .map(|s| (s.offset, s.field, s.mistake.to_string()))
            .collect();
        located(body, &spots)
    };
    Err(LoadError::Malformed { path, mistakes })
}

/// Byte offsets as lines, columns and excerpts, in one walk over the text.
fn located(text: &str, spots: &[(usize, String, String)]) -> Vec<Located> {
    let offsets: Vec<Option<usize>> = spots.iter().map(|s| Some(s.0)).collect();
    let places = crate::locate::places(text, &offsets);
    spots
        .iter()
        .zip(places)
        .map(|((offset, field, message), place)| {
            let (line, column) = place.unwrap_or((1, 1));
            let at = (*offset).min(text.len());
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            Located {
                line,
                column,
                // A file may hold a key of 60 MB: its error must still be a line or two.
                field: cap(field, MAX_ECHO).into_owned(),
                message: cap_quoted(message).into_owned(),
                excerpt: cap(text[start..end].trim_end_matches('\r'), 2 * MAX_ECHO).into_owned(),
            }
        })
        .collect()
}

/// The byte offset of a 1-based line and column (in characters).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    let rest = &text[start.min(text.len())..];
    start
        + rest
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(rest.len(), |(i, _)| i)
}

/// A serde_json error in plain words, with none of the parser's own vocabulary.
pub fn plain(error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let message = strip_position(&error.to_string());
    let said = match error.classify() {
        Category::Eof => {
            "the file ends too soon: a closing quote \" or bracket is missing".to_owned()
        }
        Category::Io => "the file could not be read to its end".to_owned(),
        Category::Syntax => {
            const SYNTAX: [(&str, &str); 10] = [
                ("trailing comma", "nothing follows this comma: remove it"),
                (
                    "key must be a string",
                    "a field name in double quotes belongs here, like \"id\"",
                ),
                (
                    "expected `:`",
                    "a colon : belongs here, after the field name",
                ),
                (
                    "expected `,` or `]`",
                    "a comma , or the closing ] belongs here",
                ),
                (
                    "expected `,` or `}`",
                    "a comma , or the closing } belongs here",
                ),
                (
                    "trailing characters",
                    "the file's object has already ended: this text after it does not belong",
                ),
                (
                    "control character",
                    "a line break or tab inside text must be written \\n or \\t",
                ),
                ("recursion limit", "brackets are nested too deep here"),
                ("number", "this number cannot be read"),
                (
                    "escape",
                    "this backslash code is not one JSON knows; write \\\\ for a backslash",
                ),
            ];
            SYNTAX
                .iter()
                .find(|(serde, _)| message.contains(serde))
                .map_or("this is not written as JSON: a value belongs here (text in double quotes, a number, true, false, null, a list [ ] or an object { })", |(_, plain)| plain)
                .to_owned()
        }
        Category::Data => {
            "this value does not have the form that belongs here (see `factquiz schema`)".to_owned()
        }
    };
    // Whatever serde said, nothing of its vocabulary reaches the author.
    if crate::shape::JARGON.iter().any(|word| said.contains(word)) {
        "this part of the file cannot be read".to_owned()
    } else {
        said
    }
}

/// serde_json ends its messages with " at line L column C"; we print the place first instead.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}
