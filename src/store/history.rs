//! `history.jsonl` in the data folder: every game's record, one JSON object a line.
//!
//! A save appends one line under an exclusive lock on `history.lock`, with the data synced, so it
//! costs the same however long the history is, and games ending at once all keep their records.
//! Reading goes line by line: a line that cannot be read (torn by a crash, damaged, not UTF-8) is
//! skipped, and set aside on its own in `history.jsonl.unreadable-N` by the next save, which writes
//! the file again (atomically: a temporary file beside it, synced, renamed into place) without it;
//! a line from a newer factquiz is kept as it is and skipped. A history that is a symbolic link is
//! read and written through the link, at its target. Reads are bounded and never wait on a named
//! pipe or a device; only regular files are read or replaced.

mod lines;

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use crate::front::json_safe;
use crate::loader::DEFAULT_MAX_FILE_BYTES;
use crate::record::{HISTORY_VERSION, Record};

use xxhash_rust::xxh3::Xxh3;

use super::cache::Prefix;
use super::file::{self, Kind, OpenError};
use lines::{Bad, Line, Parsed};

const FILE: &str = "history.jsonl";
const LOCK: &str = "history.lock";
/// A history is private: new ones are readable by their owner only.
const MODE: u32 = 0o600;

#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("{path}: cannot {doing}: {source}")]
    Io {
        path: String,
        doing: &'static str,
        #[source]
        source: io::Error,
    },
    #[error("{path}: is {kind}, not a regular file; {advice}")]
    NotRegular {
        path: String,
        kind: Kind,
        advice: &'static str,
    },
    #[error(
        "{path}: is a file, not a folder, but it is where factquiz keeps its data; move the file away, or set FACTQUIZ_DATA_DIR to another folder"
    )]
    NotAFolder { path: String },
    #[error("{path}: larger than the limit of {max_mib} MiB (raise it with --max-file-mib)")]
    TooBig { path: String, max_mib: f64 },
    #[error("the game was not saved: {0}")]
    NotSaved(Box<HistoryError>),
}

/// What reading the history found.
#[derive(Debug, Default)]
pub struct LoadedHistory {
    pub records: Vec<Record>,
    /// Things the user should know (lines skipped or set aside), each a full sentence.
    pub warnings: Vec<String>,
}

/// What `History::read_since` found.
#[derive(Debug, Default)]
pub struct Since {
    /// The records after the known first bytes when `after_known`, else every record.
    pub loaded: LoadedHistory,
    pub after_known: bool,
    /// The file as it is now, when it is all whole lines of records this build reads: the
    /// prefix a new summary can be kept for.
    pub whole: Option<Prefix>,
}

/// The history in the data folder `dir`.
#[derive(Debug, Clone)]
pub struct History {
    dir: PathBuf,
    max_bytes: u64,
}

/// How the last line of the file stands before a save appends to it.
enum Tail {
    /// Nothing, or a line end: append as it is.
    Clean,
    /// A whole record with no line end: end it first.
    Unended,
    /// A line that cannot be read (a save cut short): set it aside first.
    Bad,
}

impl History {
    pub fn new(dir: impl Into<PathBuf>) -> History {
        History {
            dir: dir.into(),
            max_bytes: DEFAULT_MAX_FILE_BYTES,
        }
    }

    /// The most bytes a history may have to be read (as for question files, `--max-file-mib`).
    pub fn with_max_bytes(self, max_bytes: u64) -> History {
        History { max_bytes, ..self }
    }

    /// The history as the user finds it in the data folder (perhaps a link).
    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE)
    }

    /// Every record this build reads, oldest first. Lines that cannot be read are skipped with a
    /// warning; with `repair` (under the lock) they are set aside, and the file written without
    /// them. Without `repair` nothing is changed, so a read-only data folder can still be read.
    pub fn read(&self, repair: bool) -> Result<LoadedHistory, HistoryError> {
        let (_lock, target) = self.open(repair)?;
        let Some(bytes) = self.bytes(&target)? else {
            return Ok(LoadedHistory::default());
        };
        let parsed = lines::parse(&bytes);
        self.loaded(&target, &bytes, parsed, repair)
    }

    /// `read`, for `--practice` with a summary of the history's first bytes (`known`, issue
    /// #16): when the file still starts with those bytes (their digest agrees) and every line
    /// after them is a record this build reads, only the records after them, with `after_known`;
    /// otherwise every record and warning, as `read` gives them. A reset or a rewrite (a line set
    /// aside) changes the first bytes, so a summary of the old file is not used.
    pub fn read_since(&self, repair: bool, known: Option<Prefix>) -> Result<Since, HistoryError> {
        let (_lock, target) = self.open(repair)?;
        let Some(bytes) = self.bytes(&target)? else {
            return Ok(Since::default());
        };
        let mut hasher = Xxh3::new();
        if let Some(known) = known
            && let Some(start) = usize::try_from(known.len)
                .ok()
                .filter(|&n| n <= bytes.len())
            && (start == 0 || bytes[start - 1] == b'\n')
        {
            hasher.update(&bytes[..start]);
            if hasher.digest128() == known.digest {
                let tail = lines::parse(&bytes[start..]);
                if tail.bad.is_empty() && tail.newer.is_empty() {
                    hasher.update(&bytes[start..]);
                    return Ok(Since {
                        whole: whole_lines(&bytes, &hasher),
                        loaded: LoadedHistory {
                            records: tail.records,
                            warnings: Vec::new(),
                        },
                        after_known: true,
                    });
                }
            }
            hasher.reset();
        }
        let parsed = lines::parse(&bytes);
        let clean = parsed.bad.is_empty() && parsed.newer.is_empty();
        let whole = clean
            .then(|| {
                hasher.update(&bytes);
                whole_lines(&bytes, &hasher)
            })
            .flatten();
        Ok(Since {
            loaded: self.loaded(&target, &bytes, parsed, repair)?,
            after_known: false,
            whole,
        })
    }

    /// The lock (exclusive to `repair`, else shared and only when it can be had) and the file.
    fn open(&self, repair: bool) -> Result<(Option<File>, PathBuf), HistoryError> {
        if repair {
            let (lock, target) = self.lock()?;
            Ok((Some(lock), target))
        } else {
            self.check_folder()?;
            Ok((file::lock_shared(&self.dir.join(LOCK)), self.target()?))
        }
    }

    /// What `parsed`, the lines of `bytes`, give: records and warnings; with `repair` the lines
    /// that cannot be read are set aside.
    fn loaded(
        &self,
        target: &Path,
        bytes: &[u8],
        parsed: Parsed,
        repair: bool,
    ) -> Result<LoadedHistory, HistoryError> {
        let mut loaded = LoadedHistory::default();
        loaded.warnings.extend(self.newer_warning(&parsed));
        if !parsed.bad.is_empty() {
            loaded.warnings.push(if repair {
                self.set_aside(target, bytes, &parsed, b"")?
            } else {
                format!(
                    "{}: {}; {} skipped and left as {} (the next saved game moves {} to a file of {} own)",
                    self.shown(target),
                    unreadable(&parsed.bad),
                    they(&parsed.bad, "it is", "they are"),
                    they(&parsed.bad, "it is", "they are"),
                    they(&parsed.bad, "it", "them"),
                    they(&parsed.bad, "its", "their"),
                )
            });
        }
        loaded.records = parsed.records;
        Ok(loaded)
    }

    /// Adds `record` as a line at the end; returns warnings (a line cut short set aside first).
    pub fn append(&self, record: &Record) -> Result<Vec<String>, HistoryError> {
        self.save(record)
            .map_err(|e| HistoryError::NotSaved(Box::new(e)))
    }

    fn save(&self, record: &Record) -> Result<Vec<String>, HistoryError> {
        let json = serde_json::to_string(record).map_err(|e| self.io("write", e.into()))?;
        let mut line = json_safe(json).into_bytes();
        line.push(b'\n');
        let (_lock, target) = self.lock()?;
        let existed = target.exists();
        let mut options = OpenOptions::new();
        options.read(true).append(true).create(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, MODE);
        let mut history = match file::open_regular(&target, &mut options) {
            Ok(Some(f)) => f,
            Ok(None) => return Err(self.io("create", io::ErrorKind::NotFound.into())),
            Err(e) => return Err(self.open_error(&target, e, "create")),
        };
        let len = history.metadata().map_err(|e| self.io("read", e))?.len();
        match tail(&mut history, len).map_err(|e| self.io("read", e))? {
            Tail::Clean => {}
            Tail::Unended => line.insert(0, b'\n'),
            Tail::Bad => {
                drop(history);
                let bytes = self.bytes(&target)?.unwrap_or_default();
                let parsed = lines::parse(&bytes);
                return Ok(vec![self.set_aside(&target, &bytes, &parsed, &line)?]);
            }
        }
        let written = history.write_all(&line).and_then(|()| history.sync_data());
        if let Err(e) = written {
            // A full disk: what was written of the line goes, the history stays as it was.
            let _ = history.set_len(len);
            let _ = history.sync_data();
            return Err(self.io("write", e));
        }
        if !existed {
            file::sync_dir(file::folder_of(&target));
        }
        Ok(Vec::new())
    }

    /// Moves the history aside (nothing is deleted) and returns where it went; `None` when there
    /// was none.
    pub fn reset(&self) -> Result<Option<PathBuf>, HistoryError> {
        let (_lock, target) = self.lock()?;
        if std::fs::symlink_metadata(&target).is_err() {
            return Ok(None);
        }
        if let Some(kind) = file::special(&target) {
            return Err(self.not_regular(&target, kind));
        }
        let aside = file::free_name(&target, "cleared");
        std::fs::rename(&target, &aside).map_err(|e| self.io("move", e))?;
        file::sync_dir(file::folder_of(&target));
        Ok(Some(aside))
    }

    /// Writes the `bad` lines to a file of their own, then the history without them (and with
    /// `extra` at the end); returns the warning to show.
    fn set_aside(
        &self,
        target: &Path,
        bytes: &[u8],
        parsed: &Parsed,
        extra: &[u8],
    ) -> Result<String, HistoryError> {
        let aside = file::free_name(target, "unreadable");
        let shown_aside = aside.display().to_string();
        file::create_new(&aside, &lines::bad_text(bytes, &parsed.bad), MODE).map_err(|source| {
            HistoryError::Io {
                path: shown_aside.clone(),
                doing: "set aside the lines that cannot be read",
                source,
            }
        })?;
        let mut kept = lines::kept_text(bytes, &parsed.kept);
        kept.extend_from_slice(extra);
        file::replace(target, &kept, MODE, true).map_err(|e| self.io("write", e))?;
        Ok(format!(
            "{}: {}; {} moved to {shown_aside}, and every other game is kept",
            self.shown(target),
            unreadable(&parsed.bad),
            they(&parsed.bad, "it was", "they were"),
        ))
    }

    fn newer_warning(&self, parsed: &Parsed) -> Option<String> {
        let (first, version) = *parsed.newer.first()?;
        let count = parsed.newer.len();
        let which = if count == 1 {
            format!("line {first} holds a record of version {version}")
        } else {
            format!(
                "{count} lines (the first, line {first}) hold records of versions up to {version}"
            )
        };
        Some(format!(
            "{}: {which}, newer than this factquiz reads (1 to {HISTORY_VERSION}); {} kept and skipped",
            self.shown(&self.target().ok()?),
            if count == 1 { "it is" } else { "they are" }
        ))
    }

    /// The file's bytes, or `None` when there is no history yet.
    fn bytes(&self, target: &Path) -> Result<Option<Vec<u8>>, HistoryError> {
        let history = match file::open_to_read(target) {
            Ok(Some(f)) => f,
            Ok(None) => return Ok(None),
            Err(e) => return Err(self.open_error(target, e, "read")),
        };
        match file::read_capped(history, self.max_bytes) {
            Ok(Some(bytes)) => Ok(Some(bytes)),
            Ok(None) => Err(HistoryError::TooBig {
                path: self.shown(target),
                max_mib: self.max_bytes as f64 / f64::from(1 << 20),
            }),
            Err(e) => Err(self.io("read", e)),
        }
    }

    /// The data folder must be a folder, when it is there at all.
    fn check_folder(&self) -> Result<(), HistoryError> {
        match std::fs::metadata(&self.dir) {
            Ok(meta) if !meta.is_dir() => Err(HistoryError::NotAFolder {
                path: self.dir.display().to_string(),
            }),
            _ => Ok(()),
        }
    }

    /// Takes the lock (making the data folder when needed) and removes what saves that were
    /// killed left behind; returns the lock, held until dropped, and where the history really is.
    fn lock(&self) -> Result<(File, PathBuf), HistoryError> {
        self.check_folder()?;
        std::fs::create_dir_all(&self.dir).map_err(|source| HistoryError::Io {
            path: self.dir.display().to_string(),
            doing: "create the data folder",
            source,
        })?;
        let path = self.dir.join(LOCK);
        let lock = file::lock(&path).map_err(|e| match e {
            OpenError::NotRegular(kind) => HistoryError::NotRegular {
                path: path.display().to_string(),
                kind,
                advice: "remove it, and factquiz makes a new lock file there",
            },
            OpenError::Io(source) => HistoryError::Io {
                path: path.display().to_string(),
                doing: "create or take the lock",
                source,
            },
        })?;
        let target = self.target()?;
        file::remove_stale_temps(&target, Some(&self.dir));
        Ok((lock, target))
    }

    /// Where the history really is: its link followed, if it is one.
    fn target(&self) -> Result<PathBuf, HistoryError> {
        file::resolve(&self.path()).map_err(|e| self.io("follow the link", e))
    }

    /// The history's path for a message, with the link's target when it is a link.
    fn shown(&self, target: &Path) -> String {
        let path = self.path();
        if target == path {
            path.display().to_string()
        } else {
            format!("{} (a link to {})", path.display(), target.display())
        }
    }

    fn open_error(&self, target: &Path, e: OpenError, doing: &'static str) -> HistoryError {
        match e {
            OpenError::NotRegular(kind) => self.not_regular(target, kind),
            OpenError::Io(source) => HistoryError::Io {
                path: self.shown(target),
                doing,
                source,
            },
        }
    }

    fn not_regular(&self, target: &Path, kind: Kind) -> HistoryError {
        HistoryError::NotRegular {
            path: self.shown(target),
            kind,
            advice: "factquiz keeps its history in a regular file: move this one away",
        }
    }

    fn io(&self, doing: &'static str, source: io::Error) -> HistoryError {
        HistoryError::Io {
            path: self.shown(&self.target().unwrap_or_else(|_| self.path())),
            doing,
            source,
        }
    }
}

/// How the last line of `history` (`len` bytes) stands. Reads back from the end only as far as
/// the start of that line, so the cost does not grow with the history.
fn tail(history: &mut File, len: u64) -> io::Result<Tail> {
    if len == 0 {
        return Ok(Tail::Clean);
    }
    let mut window: u64 = 4096;
    loop {
        let start = len.saturating_sub(window);
        history.seek(SeekFrom::Start(start))?;
        let mut buffer = Vec::new();
        Read::by_ref(history)
            .take(len - start)
            .read_to_end(&mut buffer)?;
        let ended = buffer.last() == Some(&b'\n');
        let body = if ended {
            &buffer[..buffer.len() - 1]
        } else {
            &buffer[..]
        };
        let line_start = body.iter().rposition(|&b| b == b'\n').map(|at| at + 1);
        if line_start.is_none() && start > 0 {
            window = window.saturating_mul(4);
            continue;
        }
        return Ok(match lines::classify(&body[line_start.unwrap_or(0)..]) {
            Line::Bad(_) => Tail::Bad,
            _ if !ended => Tail::Unended,
            _ => Tail::Clean,
        });
    }
}

/// "line 3 cannot be read (why)", or several with their numbers and why (at most five named).
fn unreadable(bad: &[Bad]) -> String {
    let named: Vec<String> = bad
        .iter()
        .take(5)
        .map(|b| format!("line {} ({})", b.number, b.why))
        .collect();
    match bad.len() {
        1 => format!("line {} cannot be read ({})", bad[0].number, bad[0].why),
        n if n <= 5 => format!("{n} lines cannot be read: {}", named.join(", ")),
        n => format!(
            "{n} lines cannot be read: {}, and {} more",
            named.join(", "),
            n - 5
        ),
    }
}

fn they<'a>(bad: &[Bad], one: &'a str, many: &'a str) -> &'a str {
    if bad.len() == 1 { one } else { many }
}

#[cfg(test)]
mod tests;

/// `bytes` as a prefix (their digest the state of `hasher`, which has read all of them) when
/// they end at a line end.
fn whole_lines(bytes: &[u8], hasher: &Xxh3) -> Option<Prefix> {
    (bytes.last().is_none_or(|&b| b == b'\n')).then(|| Prefix {
        len: bytes.len() as u64,
        digest: hasher.digest128(),
    })
}
