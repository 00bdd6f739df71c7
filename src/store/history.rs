//! `history.jsonl` in the data folder: every game's record, one JSON object a line. Each change
//! happens under an exclusive lock on `history.lock`, and replaces the file atomically (a temporary
//! file beside it, written, synced and renamed into place, then the folder synced), so two games
//! ending at once both keep their records and a crash never leaves half a file. A file that cannot
//! be read is moved aside, never overwritten.

use std::path::PathBuf;

use super::guarded::{Guarded, StoreError};
use crate::history::{HISTORY_VERSION, Record};

const FILE: &str = "history.jsonl";
const LOCK: &str = "history.lock";

/// What reading the history found.
#[derive(Debug, Default)]
pub struct Loaded {
    pub records: Vec<Record>,
    /// Things the user should know (a file moved aside), each a full sentence.
    pub warnings: Vec<String>,
}

/// The history in the data folder `dir`.
#[derive(Debug, Clone)]
pub struct History {
    file: Guarded,
}

impl History {
    pub fn new(dir: impl Into<PathBuf>) -> History {
        History {
            file: Guarded::new(dir.into(), FILE, LOCK, "history"),
        }
    }

    pub fn path(&self) -> PathBuf {
        self.file.path()
    }

    /// Every record, oldest first. An unreadable file is moved aside (with a warning naming both
    /// paths) when `repair`, and otherwise only reported; either way it reads as empty.
    pub fn read(&self, repair: bool) -> Result<Loaded, StoreError> {
        let read = self.file.read(repair, records)?;
        Ok(Loaded {
            records: read.value.unwrap_or_default(),
            warnings: read.warnings,
        })
    }

    /// Adds `record` to the history; returns warnings (an unreadable file moved aside first).
    pub fn append(&self, record: &Record) -> Result<Vec<String>, StoreError> {
        let _lock = self.file.lock()?;
        let mut warnings = Vec::new();
        let mut text = match self.file.bytes()? {
            None => String::new(),
            Some(bytes) => match records(&bytes) {
                // `records` has checked that the bytes are UTF-8.
                Ok(_) => String::from_utf8(bytes).unwrap_or_default(),
                Err(why) => {
                    warnings.push(self.file.move_aside(&why)?);
                    String::new()
                }
            },
        };
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&serde_json::to_string(record).map_err(|e| self.file.io("write", e.into()))?);
        text.push('\n');
        self.file.replace(&text)?;
        Ok(warnings)
    }

    /// Moves the history aside (nothing is deleted) and returns where it went; `None` when there
    /// was none.
    pub fn reset(&self) -> Result<Option<PathBuf>, StoreError> {
        let _lock = self.file.lock()?;
        if !self.path().exists() {
            return Ok(None);
        }
        let aside = self.file.aside_path("cleared");
        self.file.rename_to(&aside)?;
        Ok(Some(aside))
    }
}

/// The records in `bytes`, one a line, or why they are not a history this build reads.
fn records(bytes: &[u8]) -> Result<Vec<Record>, String> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("not UTF-8 text at byte {}", e.valid_up_to()))?;
    let mut records = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: Record =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        if record.version == 0 || record.version > HISTORY_VERSION {
            let which = if record.version == 0 {
                "is not a version"
            } else {
                "is newer than this factquiz reads"
            };
            return Err(format!(
                "line {}: record version {} {which} (it reads 1 to {HISTORY_VERSION})",
                n + 1,
                record.version
            ));
        }
        records.push(record);
    }
    Ok(records)
}

#[cfg(test)]
mod tests;
