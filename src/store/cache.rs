//! The cache of checked question files (issue #16): a large bank that loaded without errors is
//! kept as compact bytes in the user's cache folder, named by the xxh3-128 digest of the file's
//! bytes and this build's id, so that opening the same bank again skips the parse and the checks.
//! Everything here is best effort: a folder that cannot be read or written gives no entry and no
//! error, and the game goes on exactly as without a cache. An entry is trusted only when its
//! header (format, build, digest, length) and the checksum of its bytes all agree; any other
//! entry is moved aside (one `entry.bad` is kept) and rebuilt from the file.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use std::io::{self, Read, Write};

use xxhash_rust::xxh3::{Xxh3, xxh3_64};

use super::file;
use crate::model::QuestionFile;
use crate::validate::Findings;

mod codec;
mod summary;

pub use codec::{decode, decode_from, encode};
pub use summary::{Prefix, Summary, decode_summary, encode_summary};

mod build {
    include!(concat!(env!("OUT_DIR"), "/build_id.rs"));
}

/// This build's id: a digest of the crate's sources, so that an entry written by another build
/// (whose model or checks may differ) is never read.
pub const BUILD_ID: u64 = build::BUILD_ID;

/// The layout of an entry; raised whenever it changes.
pub const CACHE_FORMAT: u32 = 1;

/// How many entries the folder keeps: the most recently used.
pub const KEEP: usize = 4;

/// Magic, format, build, digest.
const HEADER: usize = 8 + 4 + 8 + 16;
/// The payload's length and checksum.
const TRAILER: usize = 8 + 8;

/// What an entry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A question file that was checked and has no errors.
    Bank,
    /// What `validate` found in a file.
    Findings,
    /// What `--practice` needs from a history's first bytes (keyed by the history's place).
    Summary,
}

impl Kind {
    fn extension(self) -> &'static str {
        match self {
            Kind::Bank => "bank",
            Kind::Findings => "found",
            Kind::Summary => "summary",
        }
    }

    fn magic(self) -> &'static [u8; 8] {
        match self {
            Kind::Bank => b"FQBANK\0\0",
            Kind::Findings => b"FQFOUND\0",
            Kind::Summary => b"FQSUMMRY",
        }
    }
}

/// The cache folder.
#[derive(Debug, Clone)]
pub struct BankCache {
    dir: PathBuf,
}

impl BankCache {
    pub fn new(dir: PathBuf) -> Self {
        BankCache { dir }
    }

    /// Where the checked form of the file whose bytes have `digest` is kept.
    pub fn entry(&self, digest: u128) -> PathBuf {
        self.path(Kind::Bank, digest)
    }

    fn path(&self, kind: Kind, digest: u128) -> PathBuf {
        self.dir.join(format!(
            "{digest:032x}-{BUILD_ID:016x}.{}",
            kind.extension()
        ))
    }

    /// The checked question file stored for `digest`; `None` when there is none, or when the entry
    /// cannot be trusted (then it is moved aside).
    pub fn get(&self, digest: u128) -> Option<QuestionFile> {
        self.read_entry(Kind::Bank, digest, |entry| {
            let size = entry.metadata().ok()?.len();
            unpack_from(entry, size, digest)
        })
    }

    /// What `validate` found in the file whose bytes have `digest`, its problems said of `file`.
    pub fn findings(&self, digest: u128, file: &str) -> Option<Findings> {
        self.read(Kind::Findings, digest, |b| codec::decode_findings(b, file))
    }

    /// The summary kept for the history known by `identity` (a digest of its place); `None`
    /// when there is none, or when the entry cannot be trusted (then it is moved aside).
    pub fn summary(&self, identity: u128) -> Option<Summary> {
        self.read(Kind::Summary, identity, decode_summary)
    }

    /// Stores `summary` for the history known by `identity`, as `put` does.
    pub fn put_summary(&self, identity: u128, summary: &Summary) -> bool {
        let bytes = encode_summary(summary);
        self.write(Kind::Summary, identity, &mut |sink| sink(&bytes))
    }

    fn read<T>(
        &self,
        kind: Kind,
        digest: u128,
        decode: impl FnOnce(&[u8]) -> Option<T>,
    ) -> Option<T> {
        self.read_entry(kind, digest, |entry| {
            let bytes = file::read_capped(entry, u64::MAX).ok().flatten()?;
            decode(unpack_kind(kind, &bytes, digest)?)
        })
    }

    /// What `get` makes of the entry of `kind` for `digest`, opened; `None` when there is no
    /// entry, and when `get` gives none the entry is moved aside.
    fn read_entry<T>(
        &self,
        kind: Kind,
        digest: u128,
        get: impl FnOnce(fs::File) -> Option<T>,
    ) -> Option<T> {
        let path = self.path(kind, digest);
        let entry = match file::open_to_read(&path) {
            Ok(Some(entry)) => entry,
            Ok(None) => return None,
            Err(_) => {
                self.move_aside(&path);
                return None;
            }
        };
        let found = get(entry);
        // Used now: kept longest when the folder is trimmed.
        if found.is_some()
            && let Ok(Some(entry)) = file::open_to_read(&path)
        {
            let _ = entry.set_modified(SystemTime::now());
        }
        if found.is_none() {
            self.move_aside(&path);
        }
        found
    }

    /// Stores `checked` for `digest`, under the folder's lock, written whole or not at all, and
    /// trims the folder to the `KEEP` entries used last. Whether it was stored; a failure is not
    /// an error (the next start reads the file again).
    pub fn put(&self, digest: u128, checked: &QuestionFile) -> bool {
        self.write(Kind::Bank, digest, &mut |sink| {
            codec::encode_to(checked, sink)
        })
    }

    /// Stores what `validate` found in the file whose bytes have `digest`, as `put` does.
    pub fn put_findings(&self, digest: u128, found: &Findings) -> bool {
        let bytes = codec::encode_findings(found);
        self.write(Kind::Findings, digest, &mut |sink| sink(&bytes))
    }

    fn write(&self, kind: Kind, digest: u128, encode: Encode) -> bool {
        let Some(_lock) = self.lock() else {
            return false;
        };
        let path = self.path(kind, digest);
        file::remove_stale_temps(&path, None);
        let stored = file::replace_with(&path, 0o600, true, |out| {
            pack_kind(kind, digest, encode, out)
        })
        .is_ok();
        self.trim(kind);
        stored
    }

    fn lock(&self) -> Option<fs::File> {
        if !self.dir.is_dir() {
            create_private_dir(&self.dir).ok()?;
        }
        file::lock(&self.dir.join("lock")).ok()
    }

    /// Moves an entry that cannot be trusted out of the way, as `entry.bad` (the last one only).
    fn move_aside(&self, path: &Path) {
        if let Some(_lock) = self.lock() {
            let _ = fs::rename(path, self.dir.join("entry.bad"));
        }
    }

    /// Removes all but the `KEEP` entries of `kind` used last, and the temporary files of
    /// entries whose writing was cut short (no write is under way: the lock is held). Only names
    /// this program gives its entries are touched: a folder named by `FACTQUIZ_CACHE_DIR` may
    /// hold other files.
    fn trim(&self, kind: Kind) {
        let Ok(list) = fs::read_dir(&self.dir) else {
            return;
        };
        let mut entries: Vec<(SystemTime, PathBuf)> = list
            .flatten()
            .filter(|e| {
                let name = e.file_name();
                let name = name.to_string_lossy();
                if let Some(entry) = name.strip_prefix('.').and_then(|n| n.split_once(".tmp-"))
                    && is_entry(entry.0, kind)
                    && e.metadata().is_ok_and(|m| m.is_file())
                {
                    let _ = fs::remove_file(e.path());
                    return false;
                }
                is_entry(&name, kind)
            })
            .filter_map(|e| {
                let meta = e.metadata().ok().filter(fs::Metadata::is_file)?;
                Some((meta.modified().ok()?, e.path()))
            })
            .collect();
        entries.sort_by_key(|e| std::cmp::Reverse(e.0));
        for (_, path) in entries.into_iter().skip(KEEP) {
            let _ = fs::remove_file(path);
        }
    }
}

/// Whether `name` is one this program gives an entry of `kind`: the digest and the build id in
/// lower-case hex, "<32>-<16>.bank".
fn is_entry(name: &str, kind: Kind) -> bool {
    let Some(stem) = name
        .strip_suffix(kind.extension())
        .and_then(|s| s.strip_suffix('.'))
    else {
        return false;
    };
    let hex = |s: &str| {
        s.bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    stem.split_once('-').is_some_and(|(digest, build)| {
        digest.len() == 32 && build.len() == 16 && hex(digest) && hex(build)
    })
}

/// How an entry's payload is made: handed to the sink a chunk at a time.
type Encode<'e> = &'e mut dyn FnMut(codec::Sink) -> io::Result<()>;

/// The cache folder is the user's own: readable by them only.
fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

/// An entry for a checked file: the header, the file's bytes (`codec`), then their length and
/// checksum.
pub fn pack(digest: u128, checked: &QuestionFile) -> Vec<u8> {
    let mut bytes = Vec::new();
    let _ = pack_kind(
        Kind::Bank,
        digest,
        &mut |sink| codec::encode_to(checked, sink),
        &mut bytes,
    );
    bytes
}

/// The summary of an entry for a history (see `unpack`).
pub fn unpack_summary(bytes: &[u8], identity: u128) -> Option<Summary> {
    decode_summary(unpack_kind(Kind::Summary, bytes, identity)?)
}

fn pack_kind(kind: Kind, digest: u128, encode: Encode, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(kind.magic())?;
    out.write_all(&CACHE_FORMAT.to_le_bytes())?;
    out.write_all(&BUILD_ID.to_le_bytes())?;
    out.write_all(&digest.to_le_bytes())?;
    let (mut hasher, mut length) = (Xxh3::new(), 0u64);
    encode(&mut |chunk| {
        hasher.update(chunk);
        length += chunk.len() as u64;
        out.write_all(chunk)
    })?;
    out.write_all(&length.to_le_bytes())?;
    out.write_all(&hasher.digest().to_le_bytes())
}

/// The question file of an entry for a checked file, when the entry is whole, of this format and
/// build, for `digest`, and its bytes have the length and checksum it gives. Never panics,
/// whatever the bytes.
pub fn unpack(bytes: &[u8], digest: u128) -> Option<QuestionFile> {
    unpack_from(bytes, bytes.len() as u64, digest)
}

/// The question file of the entry for a checked file of `size` bytes that `entry` reads, as
/// `unpack` gives it, decoded as it is read (the entry is never held whole): the file is given
/// only once the length and checksum at the end agree with the bytes decoded.
fn unpack_from(mut entry: impl Read, size: u64, digest: u128) -> Option<QuestionFile> {
    let payload = size.checked_sub((HEADER + TRAILER) as u64)?;
    let mut header = [0; HEADER];
    entry.read_exact(&mut header).ok()?;
    if !header_agrees(Kind::Bank, &header, digest) {
        return None;
    }
    let (file, checksum) = codec::decode_from(&mut entry, payload)?;
    // Exactly the trailer is left: no byte more.
    let mut trailer = Vec::with_capacity(TRAILER + 1);
    entry
        .take(TRAILER as u64 + 1)
        .read_to_end(&mut trailer)
        .ok()?;
    let u64_of = |b: &[u8]| Some(u64::from_le_bytes(b.try_into().ok()?));
    let whole = trailer.len() == TRAILER
        && u64_of(&trailer[..8])? == payload
        && u64_of(&trailer[8..])? == checksum;
    whole.then_some(file)
}

/// Whether `header` is one of an entry of `kind`, of this format and build, for `digest`.
fn header_agrees(kind: Kind, header: &[u8], digest: u128) -> bool {
    let u64_of = |b: &[u8]| b.try_into().ok().map(u64::from_le_bytes);
    header.len() == HEADER
        && header[..8] == kind.magic()[..]
        && header[8..12] == CACHE_FORMAT.to_le_bytes()
        && u64_of(&header[12..20]) == Some(BUILD_ID)
        && header[20..36] == digest.to_le_bytes()
}

/// The payload of an entry of `kind`, when it is whole (see `unpack`).
fn unpack_kind(kind: Kind, bytes: &[u8], digest: u128) -> Option<&[u8]> {
    let (header, rest) = bytes.split_at_checked(HEADER)?;
    let (payload, trailer) = rest.split_at_checked(rest.len().checked_sub(TRAILER)?)?;
    let u64_of = |b: &[u8]| Some(u64::from_le_bytes(b.try_into().ok()?));
    let whole = header_agrees(kind, header, digest)
        && u64_of(&trailer[..8])? == payload.len() as u64
        && u64_of(&trailer[8..])? == xxh3_64(payload);
    whole.then_some(payload)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::load_bundled;

    fn bundled() -> QuestionFile {
        load_bundled().unwrap().remove(0).file
    }

    #[test]
    fn an_entry_is_read_back_only_for_its_own_digest() {
        let file = bundled();
        let bytes = pack(7, &file);
        assert_eq!(unpack(&bytes, 7), Some(file));
        assert_eq!(unpack(&bytes, 8), None);
    }

    #[test]
    fn any_changed_or_missing_byte_is_refused() {
        let bytes = pack(7, &bundled());
        let end = bytes.len();
        for at in [
            0,
            8,
            12,
            20,
            HEADER,
            end / 2,
            end - TRAILER,
            end - 8,
            end - 1,
        ] {
            let mut changed = bytes.clone();
            changed[at] ^= 1;
            assert_eq!(unpack(&changed, 7), None, "byte {at} changed");
        }
        for cut in [0, HEADER - 1, HEADER, HEADER + TRAILER, end - 1] {
            assert_eq!(unpack(&bytes[..cut], 7), None, "cut at {cut}");
        }
        // A byte after the trailer: the entry is not the one written.
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(unpack(&longer, 7), None);
    }

    #[test]
    fn a_history_summary_is_kept_by_its_key_and_a_damaged_one_moved_aside() {
        let dir = tempfile::tempdir().unwrap();
        let cache = BankCache::new(dir.path().join("cache"));
        let mut cards = crate::practice::Cards::default();
        let key = crate::engine::ItemKey {
            event: "e".into(),
            id: "f".into(),
        };
        let card = crate::practice::Card {
            r#box: 3,
            due: 9,
            last: 5,
        };
        cards.insert(key, card);
        let prefix = Prefix { len: 10, digest: 4 };
        let summary = Summary {
            prefix,
            games: 6,
            cards,
        };
        assert_eq!(cache.summary(1), None);
        assert!(cache.put_summary(1, &summary));
        assert_eq!(cache.summary(1), Some(summary.clone()));
        assert_eq!(cache.summary(2), None);
        // Another kind of entry under the same key is not a summary.
        assert!(cache.put(1, &bundled()));
        assert_eq!(cache.summary(1), Some(summary.clone()));
        let path = cache.path(Kind::Summary, 1);
        assert!(path.to_string_lossy().ends_with(".summary"));
        let mut bytes = fs::read(&path).unwrap();
        bytes[HEADER] ^= 1;
        fs::write(&path, &bytes).unwrap();
        assert_eq!(cache.summary(1), None);
        assert!(!path.exists());
        assert_eq!(fs::read(dir.path().join("cache/entry.bad")).unwrap(), bytes);
        assert_eq!(unpack_summary(&bytes, 1), None);
        assert!(cache.put_summary(1, &summary));
        assert_eq!(cache.summary(1), Some(summary));
    }

    #[test]
    fn the_folder_keeps_the_entries_used_last_and_moves_a_bad_one_aside() {
        let dir = tempfile::tempdir().unwrap();
        let cache = BankCache::new(dir.path().join("cache"));
        let file = bundled();
        assert_eq!(cache.get(1), None);
        for digest in 1..=(KEEP as u128 + 2) {
            assert!(cache.put(digest, &file));
            // Distinct times, so that the order of use is clear.
            let old = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(digest as u64);
            fs::File::options()
                .write(true)
                .open(cache.entry(digest))
                .unwrap()
                .set_modified(old)
                .unwrap();
        }
        let kept = |c: &BankCache| {
            (1..=KEEP as u128 + 2)
                .filter(|d| c.entry(*d).exists())
                .count()
        };
        assert_eq!(kept(&cache), KEEP);
        assert!(!cache.entry(1).exists() && cache.entry(KEEP as u128 + 2).exists());
        // A garbled entry is not used, and is moved aside.
        let path = cache.entry(KEEP as u128 + 2);
        let mut bytes = fs::read(&path).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 0xff;
        fs::write(&path, &bytes).unwrap();
        assert_eq!(cache.get(KEEP as u128 + 2), None);
        assert!(!path.exists());
        assert_eq!(fs::read(dir.path().join("cache/entry.bad")).unwrap(), bytes);
        assert_eq!(cache.get(KEEP as u128 + 1), Some(file.clone()));
        // Files of the user's own in the folder are never touched, however named; the temporary
        // file of an entry whose writing was cut short is removed.
        let own = ["ledger1.bank", "ledger2.bank", "notes.found", "ABC-1.bank"];
        for name in own {
            fs::write(dir.path().join("cache").join(name), "mine").unwrap();
        }
        let torn = dir.path().join("cache").join(format!(
            ".{}.tmp-x1y2",
            cache.entry(9).file_name().unwrap().to_string_lossy()
        ));
        fs::write(&torn, "half an entry").unwrap();
        for digest in 10..=(10 + KEEP as u128) {
            assert!(cache.put(digest, &file));
        }
        for name in own {
            assert!(dir.path().join("cache").join(name).exists(), "{name}");
        }
        assert!(!torn.exists());
    }
}
