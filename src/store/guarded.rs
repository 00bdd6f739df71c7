//! One file of the data folder kept safe: every change under an exclusive lock on a lock file
//! beside it, and written atomically (a temporary file beside it, written, synced and renamed into
//! place, then the folder synced), so that two games ending at once both keep what they wrote and a
//! crash never leaves half a file. A file that cannot be read is moved aside, never overwritten.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: cannot {doing}: {source}")]
    Io {
        path: String,
        doing: &'static str,
        #[source]
        source: std::io::Error,
    },
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

    pub fn path(&self) -> PathBuf {
        self.dir.join(self.file)
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

    /// The file's bytes, or `None` when there is no file yet.
    pub fn bytes(&self) -> Result<Option<Vec<u8>>, StoreError> {
        match fs::read(self.path()) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(source) => Err(self.io("read", source)),
        }
    }

    /// Moves the unreadable file aside; returns the warning to show.
    pub fn move_aside(&self, why: &str) -> Result<String, StoreError> {
        let aside = self.aside_path("unreadable");
        fs::rename(self.path(), &aside).map_err(|e| self.io("move aside", e))?;
        sync_dir(&self.dir);
        Ok(format!(
            "{} could not be read ({why}); it was moved to {} and a new {} was started",
            self.path().display(),
            aside.display(),
            self.noun
        ))
    }

    /// `<file>.<why>-N` for the first N not taken.
    pub fn aside_path(&self, why: &str) -> PathBuf {
        (1..)
            .map(|n| self.dir.join(format!("{}.{why}-{n}", self.file)))
            .find(|p| fs::symlink_metadata(p).is_err())
            .unwrap_or_else(|| self.dir.join(format!("{}.{why}", self.file)))
    }

    /// Moves the file to `aside` (nothing is deleted).
    pub fn rename_to(&self, aside: &Path) -> Result<(), StoreError> {
        fs::rename(self.path(), aside).map_err(|e| self.io("move", e))?;
        sync_dir(&self.dir);
        Ok(())
    }

    /// Replaces the file with `text`: temporary file, sync, rename, sync the folder.
    pub fn replace(&self, text: &str) -> Result<(), StoreError> {
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

    /// Holds the lock until the returned file is dropped.
    pub fn lock(&self) -> Result<File, StoreError> {
        fs::create_dir_all(&self.dir).map_err(|e| StoreError::Io {
            path: self.dir.display().to_string(),
            doing: "create the data folder",
            source: e,
        })?;
        let path = self.dir.join(self.lock);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|source| StoreError::Io {
                path: path.display().to_string(),
                doing: "open the lock",
                source,
            })?;
        file.lock().map_err(|source| StoreError::Io {
            path: path.display().to_string(),
            doing: "lock",
            source,
        })?;
        Ok(file)
    }

    pub fn io(&self, doing: &'static str, source: std::io::Error) -> StoreError {
        StoreError::Io {
            path: self.path().display().to_string(),
            doing,
            source,
        }
    }
}

/// Makes a rename in `dir` durable. Not every platform can open a folder; there it is skipped.
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}
