//! Writing files: the ones the user asked for, the game history and the answers a player counted
//! as right (`!`). Besides the loader, the only code that touches the file system.

mod aliases;
mod guarded;
mod history;

pub use aliases::{Aliases, Loaded as LoadedAliases};
pub use guarded::StoreError;
pub use history::{History, Loaded as LoadedHistory};

use std::fs;
use std::io::Write;
use std::path::Path;

use crate::error::Error;

/// Writes `text` to `path`, refusing to replace an existing file unless `force`. The text goes to a
/// temporary file beside the target first and is renamed into place, so a failed write never leaves
/// half a file.
pub fn write_new(path: &Path, text: &str, force: bool) -> Result<(), Error> {
    let shown = || path.display().to_string();
    if !force && fs::symlink_metadata(path).is_ok() {
        return Err(Error::Exists(shown()));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let write = || -> std::io::Result<()> {
        let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
        tmp.write_all(text.as_bytes())?;
        tmp.as_file().sync_all()?;
        if force {
            tmp.persist(path).map_err(|e| e.error)?;
        } else {
            tmp.persist_noclobber(path).map_err(|e| e.error)?;
        }
        Ok(())
    };
    write().map_err(|source| match source.kind() {
        std::io::ErrorKind::AlreadyExists => Error::Exists(shown()),
        _ => Error::Write {
            path: shown(),
            source,
        },
    })
}
