//! A history's bytes, line by line: each line is a record this build reads, a record from a newer
//! factquiz (kept as it is and skipped), or a line that cannot be read (torn by a crash, damaged,
//! not UTF-8), which is set aside on its own while every other line stays in use. Pure.

use std::ops::Range;

use serde::Deserialize;

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
        _ => Line::Bad(format!("{}, at column {}", why(&error), error.column())),
    }
}

/// Why a line is no record, in plain words (none of the parser's: "expected value").
fn why(error: &serde_json::Error) -> &'static str {
    use serde_json::error::Category;
    match error.classify() {
        Category::Eof => "the record is cut off",
        Category::Syntax => "not written as JSON",
        Category::Data => "not a game record this factquiz reads",
        Category::Io => "not readable",
    }
}

/// Every line of `bytes`. A last line with no line end that cannot be read is a save cut short.
/// A long history is read in parts, one a core, cut at line ends, and put back together in order.
pub fn parse(bytes: &[u8]) -> Parsed {
    /// A history shorter than this is read on one core.
    const ALONE: usize = 1 << 20;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if bytes.len() < ALONE || cores == 1 {
        return parse_part(bytes).0;
    }
    let mut cuts = vec![0];
    for part in 1..cores {
        let from = (bytes.len() * part / cores).max(cuts[cuts.len() - 1]);
        match bytes[from..].iter().position(|&b| b == b'\n') {
            Some(at) if from + at + 1 < bytes.len() => cuts.push(from + at + 1),
            _ => break,
        }
    }
    cuts.push(bytes.len());
    let parts: Vec<(Parsed, usize)> = std::thread::scope(|scope| {
        let workers: Vec<_> = cuts
            .windows(2)
            .map(|w| scope.spawn(move || parse_part(&bytes[w[0]..w[1]])))
            .collect();
        workers
            .into_iter()
            .map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    let mut parsed = Parsed::default();
    let mut lines = 0;
    for ((part, count), start) in parts.into_iter().zip(cuts) {
        let moved = |r: Range<usize>| r.start + start..r.end + start;
        parsed.records.extend(part.records);
        parsed
            .newer
            .extend(part.newer.into_iter().map(|(n, v)| (n + lines, v)));
        parsed.bad.extend(part.bad.into_iter().map(|b| Bad {
            number: b.number + lines,
            range: moved(b.range),
            why: b.why,
        }));
        parsed.kept.extend(part.kept.into_iter().map(moved));
        lines += count;
    }
    parsed
}

/// `parse` on one part of a history that starts at a line's start, with how many lines it has.
fn parse_part(bytes: &[u8]) -> (Parsed, usize) {
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
    (parsed, number)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A history long enough to be read in parts, with every kind of line spread through it:
    /// the parts put back together are the history read in one go, line numbers and places too.
    #[test]
    fn a_long_history_read_in_parts_is_read_as_one() {
        let record = r#"{"version":1,"time":"2026-01-01T00:00:00Z","mode":"play","events":["e"],"seed":SEED,"options":{"count":1,"kinds":[],"strict":false,"streak_bonus":true},"ending":"finished","score":1,"max_score":1,"correct":1,"answered":1,"skipped":0,"total":1,"questions":[]}"#;
        let mut text = String::new();
        for i in 0..12_000 {
            match i % 1000 {
                7 => text.push_str("{\"version\": 99, \"later\": true}\n"),
                500 => text.push_str("not a record\n"),
                900 => text.push_str("  \n"),
                _ => text.push_str(&format!("{}\n", record.replace("SEED", &i.to_string()))),
            }
        }
        text.push_str("{\"version\":1,\"ti");
        let bytes = text.as_bytes();
        assert!(bytes.len() > 2 * (1 << 20));
        let (whole, lines) = parse_part(bytes);
        assert_eq!(lines, 12_001);
        assert_eq!(whole.records.len(), 12_000 - 36);
        assert_eq!(whole.newer.len(), 12);
        assert_eq!(whole.bad.len(), 13);
        assert!(
            whole.bad[12].why.contains("cut short"),
            "{:?}",
            whole.bad[12]
        );
        let parts = parse(bytes);
        assert_eq!(parts.records, whole.records);
        assert_eq!(parts.newer, whole.newer);
        assert_eq!(parts.bad, whole.bad);
        assert_eq!(parts.kept, whole.kept);
    }
}
