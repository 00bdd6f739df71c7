//! Files on disk, handled safely: the ground under the history, the files a user asks us to write,
//! and the loader's reads. Nothing here blocks on a named pipe or a device, reads without a bound,
//! replaces anything but a regular file, or breaks a symbolic link (a link is followed and its
//! target written, in the target's folder). General on purpose: any file factquiz keeps uses these.

use std::ffi::OsString;
use std::fmt;
use std::fs::{self, File, Metadata, OpenOptions, Permissions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// What is at a path that is not a regular file, in words for a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Folder,
    Fifo,
    CharDevice,
    BlockDevice,
    Socket,
    Other,
}

impl Kind {
    fn of(meta: &Metadata) -> Kind {
        let t = meta.file_type();
        if t.is_dir() {
            return Kind::Folder;
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if t.is_fifo() {
                return Kind::Fifo;
            } else if t.is_char_device() {
                return Kind::CharDevice;
            } else if t.is_block_device() {
                return Kind::BlockDevice;
            } else if t.is_socket() {
                return Kind::Socket;
            }
        }
        Kind::Other
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Folder => "a folder",
            Kind::Fifo => "a named pipe (FIFO)",
            Kind::CharDevice => "a character device",
            Kind::BlockDevice => "a block device",
            Kind::Socket => "a socket",
            Kind::Other => "a special file",
        })
    }
}

/// Why a file could not be opened.
#[derive(Debug)]
pub enum OpenError {
    /// Something other than a regular file is there; it was not read or written.
    NotRegular(Kind),
    Io(io::Error),
}

impl From<io::Error> for OpenError {
    fn from(e: io::Error) -> OpenError {
        OpenError::Io(e)
    }
}

/// Opens `path` (links followed) with `options` when it is a regular file; `Ok(None)` when there
/// is nothing there (and `options` does not create). The open never waits: a named pipe with no
/// writer or a device is refused, not read.
pub fn open_regular(path: &Path, options: &mut OpenOptions) -> Result<Option<File>, OpenError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Without it, opening a named pipe waits for the other end for ever. Regular files ignore
        // the flag, so reads and writes of the file itself are unchanged.
        options.custom_flags(libc::O_NONBLOCK);
    }
    #[cfg(not(unix))]
    if let Ok(meta) = fs::metadata(path)
        && !meta.is_file()
    {
        return Err(OpenError::NotRegular(Kind::of(&meta)));
    }
    let file = match options.open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            // A folder opened for writing, or a pipe with no reader: name what is there.
            return Err(match fs::metadata(path) {
                Ok(meta) if !meta.is_file() => OpenError::NotRegular(Kind::of(&meta)),
                _ => OpenError::Io(e),
            });
        }
    };
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(OpenError::NotRegular(Kind::of(&meta)));
    }
    Ok(Some(file))
}

/// Opens `path` for reading when it is a regular file; see [`open_regular`].
pub fn open_to_read(path: &Path) -> Result<Option<File>, OpenError> {
    open_regular(path, OpenOptions::new().read(true))
}

/// All of `file`, or `None` when it holds more than `max` bytes (only `max + 1` are read).
pub fn read_capped(file: File, max: u64) -> io::Result<Option<Vec<u8>>> {
    // Room for the whole file at once, so that a large file is not held in a buffer twice its size.
    let size = file
        .metadata()
        .map_or(0, |m| m.len())
        .min(max.saturating_add(1));
    let mut bytes = Vec::new();
    bytes.reserve_exact(usize::try_from(size).unwrap_or(0));
    crate::huge_pages::advise(&mut bytes);
    file.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= max).then_some(bytes))
}

/// Where `path` really is: symbolic links followed to their end. A target that does not exist yet
/// is where a file would be created.
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    let mut at = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&at)?;
                at = match at.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => return Ok(at),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// What is at `path` (links followed) when it is not a regular file.
pub fn special(path: &Path) -> Option<Kind> {
    fs::metadata(path)
        .ok()
        .filter(|m| !m.is_file())
        .map(|m| Kind::of(&m))
}

/// The folder a file is in (`.` for a bare name).
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// How a temporary file for `target` starts: `.NAME.tmp-`, so that leftovers are recognised as
/// ours and as belonging to that file.
fn temp_prefix(target: &Path) -> OsString {
    let mut prefix = OsString::from(".");
    prefix.push(target.file_name().unwrap_or_default());
    prefix.push(".tmp-");
    prefix
}

/// Writes `bytes` as the regular file `target` (links already followed) atomically: a temporary
/// file beside it is written, synced, given the old file's permissions and owner (`new_mode`,
/// less the umask, for a new file), renamed into place, and the folder synced. With `clobber`
/// false an existing file is never replaced (`AlreadyExists`).
pub fn replace(target: &Path, bytes: &[u8], new_mode: u32, clobber: bool) -> io::Result<()> {
    replace_with(target, new_mode, clobber, |out| out.write_all(bytes))
}

/// `replace`, the bytes written by `write` (so that a large file need not be held in memory).
pub fn replace_with(
    target: &Path,
    new_mode: u32,
    clobber: bool,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let old = fs::metadata(target).ok().filter(Metadata::is_file);
    let dir = folder_of(target);
    let prefix = temp_prefix(target);
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(Permissions::from_mode(new_mode));
    }
    #[cfg(not(unix))]
    let _ = new_mode;
    let mut tmp = builder.tempfile_in(dir)?;
    {
        let mut out = io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
        write(&mut out)?;
        out.flush()?;
    }
    if let Some(old) = &old {
        keep_owner_and_mode(tmp.as_file(), old)?;
    }
    tmp.as_file().sync_all()?;
    if clobber {
        tmp.persist(target).map_err(|e| e.error)?;
    } else {
        tmp.persist_noclobber(target).map_err(|e| e.error)?;
    }
    sync_dir(dir);
    Ok(())
}

/// The replacement keeps what the user set on the file it replaces.
fn keep_owner_and_mode(file: &File, old: &Metadata) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        // Only possible for the owner or root; when another user's file is replaced by someone
        // allowed to write the folder, it becomes theirs, as with any editor.
        let _ = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()));
    }
    file.set_permissions(old.permissions())
}

/// Creates `path`, which must not exist, with `bytes`, synced, and syncs its folder.
pub fn create_new(path: &Path, bytes: &[u8], mode: u32) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    sync_dir(folder_of(path));
    Ok(())
}

/// `PATH.<why>-N` for the first N with nothing there.
pub fn free_name(path: &Path, why: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(format!(".{why}-"));
    (1u32..)
        .map(|n| {
            let mut candidate = name.clone();
            candidate.push(n.to_string());
            path.with_file_name(candidate)
        })
        .find(|p| fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| path.with_extension(why))
}

/// Removes what earlier writes of `target` that were killed or crashed left behind: our temporary
/// files for it, and (in `legacy_dir`) temporary files of the unnamed kind older builds made,
/// when over an hour old. Call it under the lock that guards `target`.
pub fn remove_stale_temps(target: &Path, legacy_dir: Option<&Path>) {
    let prefix = temp_prefix(target);
    let prefix = prefix.to_string_lossy();
    remove_regular_files(folder_of(target), |name, _| name.starts_with(&*prefix));
    if let Some(dir) = legacy_dir {
        let hour_ago = SystemTime::now() - Duration::from_secs(3600);
        remove_regular_files(dir, |name, meta| {
            name.len() == 10
                && name.starts_with(".tmp")
                && name[4..].chars().all(|c| c.is_ascii_alphanumeric())
                && meta.modified().is_ok_and(|t| t < hour_ago)
        });
    }
}

fn remove_regular_files(dir: &Path, matches: impl Fn(&str, &Metadata) -> bool) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        if let Ok(meta) = entry.metadata()
            && meta.is_file()
            && matches(name, &meta)
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// An exclusive lock on the file `path` (created when missing), held until the file is dropped.
pub fn lock(path: &Path) -> Result<File, OpenError> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true).truncate(false);
    let file = open_regular(path, &mut options)?.ok_or_else(|| {
        OpenError::Io(io::Error::new(io::ErrorKind::NotFound, "cannot be created"))
    })?;
    file.lock()?;
    Ok(file)
}

/// A shared lock on `path` when it is a regular file that can be opened; `None` otherwise (a
/// read-only folder with no lock file, say), and reading goes ahead without it.
pub fn lock_shared(path: &Path) -> Option<File> {
    let file = open_to_read(path).ok().flatten()?;
    file.lock_shared().ok()?;
    Some(file)
}

/// Makes a rename in `dir` durable. Not every platform can open a folder; there it is skipped.
pub fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_followed_to_their_end() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.txt");
        let one = dir.path().join("one");
        let two = dir.path().join("two");
        fs::write(&real, "x").unwrap();
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink("real.txt", &one).unwrap();
            std::os::unix::fs::symlink(&one, &two).unwrap();
            assert_eq!(resolve(&two).unwrap(), real);
            let dangling = dir.path().join("dangling");
            std::os::unix::fs::symlink("sub/new.txt", &dangling).unwrap();
            assert_eq!(resolve(&dangling).unwrap(), dir.path().join("sub/new.txt"));
            let looped = dir.path().join("loop");
            std::os::unix::fs::symlink("loop", &looped).unwrap();
            assert!(resolve(&looped).is_err());
        }
        assert_eq!(resolve(&real).unwrap(), real);
    }

    #[test]
    fn a_replacement_keeps_the_mode_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f.json");
        fs::write(&path, "old").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&path, Permissions::from_mode(0o640)).unwrap();
            replace(&path, b"new", 0o600, true).unwrap();
            let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o7777;
            assert_eq!(mode, 0o640);
        }
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        let err = replace(&path, b"newer", 0o600, false).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn reads_stop_at_the_cap() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        fs::write(&path, b"0123456789").unwrap();
        let read = |max| read_capped(open_to_read(&path).unwrap().unwrap(), max).unwrap();
        assert_eq!(read(10).as_deref(), Some(&b"0123456789"[..]));
        assert_eq!(read(9), None);
        assert!(open_to_read(&dir.path().join("none")).unwrap().is_none());
        assert!(matches!(
            open_to_read(dir.path()),
            Err(OpenError::NotRegular(Kind::Folder))
        ));
    }

    #[test]
    fn stale_temporary_files_of_a_file_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("history.jsonl");
        for name in [".history.jsonl.tmp-abc123", "history.jsonl", ".other.tmp-x"] {
            fs::write(dir.path().join(name), "x").unwrap();
        }
        remove_stale_temps(&target, Some(dir.path()));
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, [".other.tmp-x", "history.jsonl"]);
    }
}
