//! What a command runs against: the process's standard streams, the clock, the data folder, the
//! cache folder and the largest file it may read. Built once by `app::run` and passed to the command it runs.

use std::io::{self, Write};
use std::path::PathBuf;

use super::clock;
use crate::front;
use crate::store::BankCache;

pub(super) struct Context {
    /// Standard input: a confirmation, `judge`'s answers, a game's answers (at a terminal, read
    /// through the line editor or the countdown).
    pub(super) stdin: io::Stdin,
    pub(super) stdout: io::StdoutLock<'static>,
    pub(super) stderr: io::Stderr,
    /// Now (UTC) as RFC 3339, read once for a game's record and the answers it counted.
    pub(super) clock: fn() -> String,
    /// The data folder (history, counted answers, the user's questions), when there is one.
    pub(super) data: Option<PathBuf>,
    /// The largest file a command reads, in bytes.
    pub(super) max_bytes: u64,
    /// The cache of checked question files, unless turned off.
    pub(super) cache: Option<BankCache>,
}

impl Context {
    /// The real process's: its streams, the system clock and `data_dir()`.
    pub(super) fn of_process(max_bytes: u64) -> Self {
        Context {
            stdin: io::stdin(),
            stdout: io::stdout().lock(),
            stderr: io::stderr(),
            clock: clock::now,
            data: data_dir(),
            max_bytes,
            cache: cache_dir().map(BankCache::new),
        }
    }

    /// The user's own question folder: `questions` in the data folder.
    pub(super) fn user_questions(&self) -> Option<PathBuf> {
        self.data.as_ref().map(|d| d.join("questions"))
    }

    /// Prints a warning on stderr, once, cleaned of control text.
    pub(super) fn warn(&mut self, warning: &str) -> io::Result<()> {
        writeln!(self.stderr, "factquiz: warning: {}", front::clean(warning))
    }

    /// Prints a warning on stderr on one line (a skipped file's), cleaned of control text.
    pub(super) fn warn_line(&mut self, warning: &str) -> io::Result<()> {
        writeln!(
            self.stderr,
            "factquiz: warning: {}",
            front::clean_line(warning)
        )
    }
}

/// The data folder: `$FACTQUIZ_DATA_DIR`, or the platform's (`~/.local/share/factquiz` on Linux).
fn data_dir() -> Option<PathBuf> {
    match std::env::var_os("FACTQUIZ_DATA_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => Some(PathBuf::from(dir)),
        None => Some(
            directories::ProjectDirs::from("", "", "factquiz")?
                .data_dir()
                .to_path_buf(),
        ),
    }
}

/// The cache folder: `$FACTQUIZ_CACHE_DIR` (set but empty: no cache), or the platform's
/// (`~/.cache/factquiz` on Linux).
fn cache_dir() -> Option<PathBuf> {
    match std::env::var_os("FACTQUIZ_CACHE_DIR") {
        Some(dir) if dir.is_empty() => None,
        Some(dir) => Some(PathBuf::from(dir)),
        None => Some(
            directories::ProjectDirs::from("", "", "factquiz")?
                .cache_dir()
                .to_path_buf(),
        ),
    }
}
