//! `history.jsonl` in the data folder: every game's record, one JSON object a line. Each change
//! happens under an exclusive lock on `history.lock`, and replaces the file atomically (a temporary
//! file beside it, written, synced and renamed into place, then the folder synced), so two games
//! ending at once both keep their records and a crash never leaves half a file. A file that cannot
//! be read is moved aside, never overwritten.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::history::{HISTORY_VERSION, Record};

const FILE: &str = "history.jsonl";
const LOCK: &str = "history.lock";

#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("{path}: cannot {doing}: {source}")]
    Io {
        path: String,
        doing: &'static str,
        #[source]
        source: std::io::Error,
    },
}

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
    dir: PathBuf,
}

impl History {
    pub fn new(dir: impl Into<PathBuf>) -> History {
        History { dir: dir.into() }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE)
    }

    /// Every record, oldest first. An unreadable file is moved aside (with a warning naming both
    /// paths) when `repair`, and otherwise only reported; either way it reads as empty.
    pub fn read(&self, repair: bool) -> Result<Loaded, HistoryError> {
        let _lock = if repair { Some(self.lock()?) } else { None };
        let mut loaded = Loaded::default();
        let Some(bytes) = self.bytes()? else {
            return Ok(loaded);
        };
        match records(&bytes) {
            Ok(records) => loaded.records = records,
            Err(why) if repair => loaded.warnings.push(self.move_aside(&why)?),
            Err(why) => loaded.warnings.push(format!(
                "{} cannot be read ({why}); it is left as it is",
                self.path().display()
            )),
        }
        Ok(loaded)
    }

    /// Adds `record` to the history; returns warnings (an unreadable file moved aside first).
    pub fn append(&self, record: &Record) -> Result<Vec<String>, HistoryError> {
        let _lock = self.lock()?;
        let mut warnings = Vec::new();
        let mut text = match self.bytes()? {
            None => String::new(),
            Some(bytes) => match records(&bytes) {
                // `records` has checked that the bytes are UTF-8.
                Ok(_) => String::from_utf8(bytes).unwrap_or_default(),
                Err(why) => {
                    warnings.push(self.move_aside(&why)?);
                    String::new()
                }
            },
        };
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&serde_json::to_string(record).map_err(|e| self.io("write", e.into()))?);
        text.push('\n');
        self.replace(&text)?;
        Ok(warnings)
    }

    /// Moves the history aside (nothing is deleted) and returns where it went; `None` when there
    /// was none.
    pub fn reset(&self) -> Result<Option<PathBuf>, HistoryError> {
        let _lock = self.lock()?;
        if !self.path().exists() {
            return Ok(None);
        }
        let aside = self.aside_path("cleared");
        fs::rename(self.path(), &aside).map_err(|e| self.io("move", e))?;
        sync_dir(&self.dir);
        Ok(Some(aside))
    }

    /// The file's bytes, or `None` when there is no history yet.
    fn bytes(&self) -> Result<Option<Vec<u8>>, HistoryError> {
        match fs::read(self.path()) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(self.io("read", source)),
        }
    }

    /// Moves the unreadable history aside; returns the warning to show.
    fn move_aside(&self, why: &str) -> Result<String, HistoryError> {
        let aside = self.aside_path("unreadable");
        fs::rename(self.path(), &aside).map_err(|e| self.io("move aside", e))?;
        sync_dir(&self.dir);
        Ok(format!(
            "{} could not be read ({why}); it was moved to {} and a new history was started",
            self.path().display(),
            aside.display()
        ))
    }

    /// `history.jsonl.<why>-N` for the first N not taken.
    fn aside_path(&self, why: &str) -> PathBuf {
        (1..)
            .map(|n| self.dir.join(format!("{FILE}.{why}-{n}")))
            .find(|p| fs::symlink_metadata(p).is_err())
            .unwrap_or_else(|| self.dir.join(format!("{FILE}.{why}")))
    }

    /// Replaces the history with `text`: temporary file, sync, rename, sync the folder.
    fn replace(&self, text: &str) -> Result<(), HistoryError> {
        let mut tmp =
            tempfile::NamedTempFile::new_in(&self.dir).map_err(|e| self.io("write", e))?;
        tmp.write_all(text.as_bytes())
            .and_then(|()| tmp.as_file().sync_all())
            .map_err(|e| self.io("write", e))?;
        tmp.persist(self.path())
            .map_err(|e| self.io("write", e.error))?;
        sync_dir(&self.dir);
        Ok(())
    }

    /// Holds the history's lock until the returned file is dropped.
    fn lock(&self) -> Result<File, HistoryError> {
        fs::create_dir_all(&self.dir).map_err(|e| HistoryError::Io {
            path: self.dir.display().to_string(),
            doing: "create the data folder",
            source: e,
        })?;
        let path = self.dir.join(LOCK);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|source| HistoryError::Io {
                path: path.display().to_string(),
                doing: "open the lock",
                source,
            })?;
        file.lock().map_err(|source| HistoryError::Io {
            path: path.display().to_string(),
            doing: "lock",
            source,
        })?;
        Ok(file)
    }

    fn io(&self, doing: &'static str, source: std::io::Error) -> HistoryError {
        HistoryError::Io {
            path: self.path().display().to_string(),
            doing,
            source,
        }
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

/// Makes a rename in `dir` durable. Not every platform can open a folder; there it is skipped.
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests;
