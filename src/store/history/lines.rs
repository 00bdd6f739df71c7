//! A history's bytes, line by line: each line is a record this build reads, a record from a newer
//! factquiz (kept as it is and skipped), or a line that cannot be read (torn by a crash, damaged,
//! not UTF-8), which is set aside on its own while every other line stays in use. Pure.

use std::ops::Range;

use serde::Deserialize;

use crate::echo::cap_quoted;
use crate::record::{HISTORY_VERSION, Record};

/// What one line holds.
#[derive(Debug)]
pub enum Line {
    Record(Box<Record>),
    /// A record of this version, newer than this build reads.
    Newer(u64),
    /// Why it cannot be read.
    Bad(String),
    /// Only white space (spaces, tabs, a carriage return): nothing to keep.
    Blank,
}

/// A line that cannot be read: its number (from 1), where it is, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bad {
    pub number: usize,
    pub range: Range<usize>,
    pub why: String,
}

/// Every line of a history, sorted.
#[derive(Debug, Default)]
pub struct Parsed {
    pub records: Vec<Record>,
    /// Lines from a newer factquiz: number and version.
    pub newer: Vec<(usize, u64)>,
    pub bad: Vec<Bad>,
    /// The lines to keep when the file is written again (records and newer ones), without their
    /// line ends.
    pub kept: Vec<Range<usize>>,
}

/// Only the version of a record, for a line this build cannot read as a whole.
#[derive(Deserialize)]
struct Versioned {
    version: u64,
}

/// What `line` (without its line end) holds.
pub fn classify(line: &[u8]) -> Line {
    // What JSON reads as white space (a form feed is not, and is kept aside like other junk).
    if line.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r')) {
        return Line::Blank;
    }
    let text = match std::str::from_utf8(line) {
        Ok(text) => text,
        Err(e) => return Line::Bad(format!("not UTF-8 text at byte {}", e.valid_up_to() + 1)),
    };
    let error = match serde_json::from_str::<Record>(text) {
        Ok(record) if u64::from(record.version) > u64::from(HISTORY_VERSION) => {
            return Line::Newer(record.version.into());
        }
        Ok(record) if record.version == 0 => {
            return Line::Bad("record version 0 is not a version".into());
        }
        Ok(record) => return Line::Record(Box::new(record)),
        Err(e) => e,
    };
    match serde_json::from_str::<Versioned>(text) {
        Ok(v) if v.version > u64::from(HISTORY_VERSION) => Line::Newer(v.version),
        _ => {
            let message = error.to_string();
            let message = message
                .rfind(" at line ")
                .map_or(message.as_str(), |at| &message[..at]);
            Line::Bad(format!(
                "{} at column {}",
                cap_quoted(message),
                error.column()
            ))
        }
    }
}

/// Every line of `bytes`. A last line with no line end that cannot be read is a save cut short.
pub fn parse(bytes: &[u8]) -> Parsed {
    let mut parsed = Parsed::default();
    let mut start = 0;
    let mut number = 0;
    while start < bytes.len() {
        number += 1;
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |at| start + at);
        let range = start..end;
        match classify(&bytes[range.clone()]) {
            Line::Record(record) => {
                parsed.records.push(*record);
                parsed.kept.push(range);
            }
            Line::Newer(version) => {
                parsed.newer.push((number, version));
                parsed.kept.push(range);
            }
            Line::Bad(mut why) => {
                if end == bytes.len() {
                    why.push_str("; it has no line end, so a save was probably cut short");
                }
                parsed.bad.push(Bad { number, range, why });
            }
            Line::Blank => {}
        }
        start = end + 1;
    }
    parsed
}

/// `bytes` with only the `kept` lines, each ended.
pub fn kept_text(bytes: &[u8], kept: &[Range<usize>]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    for range in kept {
        out.extend_from_slice(&bytes[range.clone()]);
        out.push(b'\n');
    }
    out
}

/// The `bad` lines of `bytes` exactly as they were, each ended.
pub fn bad_text(bytes: &[u8], bad: &[Bad]) -> Vec<u8> {
    let mut out = Vec::new();
    for line in bad {
        out.extend_from_slice(&bytes[line.range.clone()]);
        out.push(b'\n');
    }
    out
}
