//! Writing files: the ones the user asked for, the game history and the answers a player counted
//! as right (`!`), and the cache of checked question files. Besides the loader, the only code that touches the file system; `file` holds
//! what they all need to do it safely.

mod aliases;
pub mod cache;
pub mod file;
mod guarded;
mod history;

pub use aliases::{Aliases, LoadedAliases};
pub use cache::BankCache;
pub use guarded::StoreError;
pub use history::{History, HistoryError, LoadedHistory, Since};

use std::fs;
use std::path::Path;

use file::Kind;

/// Why a file the user named could not be written (`write_new`).
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{0}: already exists; pass --force to overwrite it")]
    Exists(String),
    #[error(
        "{path}: is {kind}, not a regular file; give the path of a new file or of one to replace"
    )]
    NotAFile { path: String, kind: Kind },
    #[error("{path}: cannot write: {source}")]
    Write {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

/// Writes `text` to `path`, refusing to replace an existing file unless `force`. Only a new path or
/// a regular file is written (a folder, a named pipe or a device is refused, `--force` or not); a
/// symbolic link is followed and its target written. The text goes to a temporary file beside the
/// target first and is renamed into place, so a failed write never leaves half a file; a replaced
/// file keeps its permissions, and a new one gets the usual ones (the umask's).
pub fn write_new(path: &Path, text: &str, force: bool) -> Result<(), WriteError> {
    let write_error = |source: std::io::Error| WriteError::Write {
        path: path.display().to_string(),
        source,
    };
    let target = file::resolve(path).map_err(write_error)?;
    let shown = || {
        if target == path {
            path.display().to_string()
        } else {
            format!("{} (a link to {})", path.display(), target.display())
        }
    };
    if let Some(kind) = file::special(&target) {
        return Err(WriteError::NotAFile {
            path: shown(),
            kind,
        });
    }
    if !force && fs::symlink_metadata(path).is_ok() {
        return Err(WriteError::Exists(shown()));
    }
    file::replace(&target, text.as_bytes(), 0o666, force).map_err(|source| match source.kind() {
        std::io::ErrorKind::AlreadyExists => WriteError::Exists(shown()),
        _ => WriteError::Write {
            path: shown(),
            source,
        },
    })
}
