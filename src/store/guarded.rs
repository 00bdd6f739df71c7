//! One file of the data folder kept safe: every change under an exclusive lock on a lock file
//! beside it, and written atomically (a temporary file beside it, written, synced and renamed into
//! place, then the folder synced), so that two games ending at once both keep what they wrote and a
//! crash never leaves half a file. A file that cannot be read is moved aside, never overwritten.
//! The ground under it is `store::file`: a link is followed to its target, a named pipe or a device
//! is refused without waiting, and a read is bounded.

use std::fs;
use std::io;
use std::path::PathBuf;

use super::file::{self, Kind, OpenError};
use crate::loader::DEFAULT_MAX_FILE_BYTES;

/// A file the player keeps is private: new ones are readable by their owner only.
const MODE: u32 = 0o600;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: cannot {doing}: {source}")]
    Io {
        path: String,
        doing: &'static str,
        #[source]
        source: io::Error,
    },
    #[error(
        "{path}: is {kind}, not a regular file; move it away, or set FACTQUIZ_DATA_DIR to another folder"
    )]
    NotRegular { path: String, kind: Kind },
    #[error("{path}: larger than the limit of {max_mib} MiB, so it is not read; move it away")]
    TooBig { path: String, max_mib: u64 },
}

/// What reading a guarded file found: what it holds, parsed (`None` when there is no file, or
/// it could not be read), and the warnings for the user (a file moved aside), each a sentence.
#[derive(Debug)]
pub struct Read<T> {
    pub value: Option<T>,
    pub warnings: Vec<String>,
}

/// The file `file` in the data folder `dir`, guarded by the lock file `lock`.
#[derive(Debug, Clone)]
pub struct Guarded {
    dir: PathBuf,
    file: &'static str,
    lock: &'static str,
    /// What the file holds, in the warning when it is moved aside ("history").
    noun: &'static str,
}

impl Guarded {
    pub fn new(
        dir: PathBuf,
        file: &'static str,
        lock: &'static str,
        noun: &'static str,
    ) -> Guarded {
        Guarded {
            dir,
            file,
            lock,
            noun,
        }
    }

    /// The file as the user finds it in the data folder (perhaps a link).
    pub fn path(&self) -> PathBuf {
        self.dir.join(self.file)
    }

    /// Where the file really is: a link followed to its target.
    fn target(&self) -> Result<PathBuf, StoreError> {
        file::resolve(&self.path()).map_err(|e| self.io("find", e))
    }

    /// The file read and parsed by `parse` (which says why bytes are not what it reads). A file
    /// that cannot be read is moved aside, under the lock, when `repair` (with a warning naming
    /// both paths), and otherwise only reported and left as it is.
    pub fn read<T>(
        &self,
        repair: bool,
        parse: impl FnOnce(&[u8]) -> Result<T, String>,
    ) -> Result<Read<T>, StoreError> {
        let _lock = if repair { Some(self.lock()?) } else { None };
        self.read_locked(repair, parse)
    }

    /// `read` by a caller that holds the lock already (when `repair`).
    pub fn read_locked<T>(
        &self,
        repair: bool,
        parse: impl FnOnce(&[u8]) -> Result<T, String>,
    ) -> Result<Read<T>, StoreError> {
        let mut read = Read {
            value: None,
            warnings: Vec::new(),
        };
        let Some(bytes) = self.bytes()? else {
            return Ok(read);
        };
        match parse(&bytes) {
            Ok(value) => read.value = Some(value),
            Err(why) if repair => read.warnings.push(self.move_aside(&why)?),
            Err(why) => read.warnings.push(format!(
                "{} cannot be read ({why}); it is left as it is",
                self.path().display()
            )),
        }
        Ok(read)
    }

    /// The file's bytes, or `None` when there is no file yet. Never waits on a named pipe, never
    /// reads a device, and reads no more than the size limit of question files.
    pub fn bytes(&self) -> Result<Option<Vec<u8>>, StoreError> {
        let target = self.target()?;
        let opened = file::open_to_read(&target).map_err(|e| self.open_error(e))?;
        let Some(opened) = opened else {
            return Ok(None);
        };
        match file::read_capped(opened, DEFAULT_MAX_FILE_BYTES) {
            Ok(Some(bytes)) => Ok(Some(bytes)),
            Ok(None) => Err(StoreError::TooBig {
                path: self.path().display().to_string(),
                max_mib: DEFAULT_MAX_FILE_BYTES >> 20,
            }),
            Err(e) => Err(self.io("read", e)),
        }
    }

    /// Moves the unreadable file aside (beside its target); returns the warning to show.
    pub fn move_aside(&self, why: &str) -> Result<String, StoreError> {
        let target = self.target()?;
        let aside = file::free_name(&target, "unreadable");
        fs::rename(&target, &aside).map_err(|e| self.io("move aside", e))?;
        file::sync_dir(file::folder_of(&target));
        Ok(format!(
            "{} could not be read ({why}); it was moved to {} and a new {} was started",
            self.path().display(),
            aside.display(),
            self.noun
        ))
    }

    /// Replaces the file with `text`, atomically, at the link's target when it is a link, keeping
    /// the old file's permissions; temporary files of earlier writes that were killed go first.
    /// Call it under the lock.
    pub fn replace(&self, text: &str) -> Result<(), StoreError> {
        let target = self.target()?;
        if let Some(kind) = file::special(&target) {
            return Err(StoreError::NotRegular {
                path: self.path().display().to_string(),
                kind,
            });
        }
        file::remove_stale_temps(&target, None);
        file::replace(&target, text.as_bytes(), MODE, true).map_err(|e| self.io("write", e))
    }

    /// Holds the lock until the returned file is dropped.
    pub fn lock(&self) -> Result<fs::File, StoreError> {
        fs::create_dir_all(&self.dir).map_err(|e| StoreError::Io {
            path: self.dir.display().to_string(),
            doing: "create the data folder",
            source: e,
        })?;
        let path = self.dir.join(self.lock);
        file::lock(&path).map_err(|e| match e {
            OpenError::NotRegular(kind) => StoreError::NotRegular {
                path: path.display().to_string(),
                kind,
            },
            OpenError::Io(source) => StoreError::Io {
                path: path.display().to_string(),
                doing: "lock",
                source,
            },
        })
    }

    fn open_error(&self, e: OpenError) -> StoreError {
        match e {
            OpenError::NotRegular(kind) => StoreError::NotRegular {
                path: self.path().display().to_string(),
                kind,
            },
            OpenError::Io(source) => self.io("read", source),
        }
    }

    pub fn io(&self, doing: &'static str, source: io::Error) -> StoreError {
        StoreError::Io {
            path: self.path().display().to_string(),
            doing,
            source,
        }
    }
}
