//! The cache of checked question files (issue #16): a large bank opened again gives exactly the
//! game it gave the first time; a changed file, a damaged entry or a folder that cannot be
//! written changes nothing a player sees.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::factquiz;

/// A synthetic bank large enough to be cached (the loader reads files of 1 MiB and more in
/// pieces, and those are the ones cached), written to `dir`.
fn large_bank(dir: &Path) -> PathBuf {
    let text = factquiz::synthetic::bank(6_000);
    assert!(text.len() > 1 << 20, "{}", text.len());
    let path = dir.join("bank.json");
    fs::write(&path, text).unwrap();
    path
}

/// The whole piped text of a game of `bank` with `cache` as the cache folder (`""`: none), and
/// its exit status; answers given: a wrong one, a skip, then whatever comes.
fn game(bank: &Path, cache: &Path, extra: &[&str]) -> String {
    let out = factquiz()
        .env("FACTQUIZ_CACHE_DIR", cache)
        .args(["--questions"])
        .arg(bank)
        .args(["--seed", "11", "-n", "6", "--no-save"])
        .args(extra)
        .write_stdin("x\n\nb\nt\n1\nzz\n")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    String::from_utf8(out.stdout).unwrap()
}

/// The cache folder's entries.
fn entries(cache: &Path) -> Vec<PathBuf> {
    let mut list: Vec<PathBuf> = fs::read_dir(cache)
        .map(|l| l.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    list.retain(|p| p.extension().is_some_and(|x| x == "bank"));
    list.sort();
    list
}

fn set_old(path: &Path) {
    let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000);
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(old)
        .unwrap();
}

fn modified(path: &Path) -> SystemTime {
    fs::metadata(path).unwrap().modified().unwrap()
}

#[test]
fn a_bank_opened_again_gives_the_same_game_from_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    let bank = large_bank(dir.path());
    let cache = dir.path().join("cache");
    let without = game(&bank, Path::new(""), &[]);
    assert!(without.contains("[1/6]"), "{without}");
    assert!(!cache.exists(), "no cache folder when it is turned off");
    let first = game(&bank, &cache, &[]);
    assert_eq!(first, without);
    let stored = entries(&cache);
    assert_eq!(stored.len(), 1, "{stored:?}");
    set_old(&stored[0]);
    let again = game(&bank, &cache, &[]);
    assert_eq!(again, without);
    // The entry was read (and marked as used now), not written again.
    assert!(modified(&stored[0]) > SystemTime::UNIX_EPOCH + Duration::from_secs(1_000));
    assert_eq!(entries(&cache), stored);
    // Practice and other kinds of game from the cache are the same too.
    for extra in [&["--practice"][..], &["--kind", "choice"][..]] {
        assert_eq!(
            game(&bank, &cache, extra),
            game(&bank, Path::new(""), extra),
            "{extra:?}"
        );
    }
}

#[test]
fn a_changed_file_never_uses_the_old_entry() {
    let dir = tempfile::tempdir().unwrap();
    let bank = large_bank(dir.path());
    let cache = dir.path().join("cache");
    let before = game(&bank, &cache, &[]);
    assert!(before.contains("A synthetic bank"), "{before}");
    // One byte of the event's title, which every game shows, changed.
    let original = fs::read(&bank).unwrap();
    let mut bytes = original.clone();
    let at = bytes.windows(11).position(|w| w == b"A synthetic").unwrap() + 4;
    bytes[at] = b'm';
    fs::write(&bank, &bytes).unwrap();
    let after = game(&bank, &cache, &[]);
    assert!(after.contains("A symthetic bank"), "{after}");
    assert_eq!(after, game(&bank, Path::new(""), &[]));
    assert_eq!(
        entries(&cache).len(),
        2,
        "a second entry, for the new bytes"
    );
    // The first bytes again: their own entry, the first game.
    fs::write(&bank, &original).unwrap();
    assert_eq!(game(&bank, &cache, &[]), before);
    assert_eq!(entries(&cache).len(), 2);
}

#[test]
fn a_damaged_entry_is_moved_aside_and_the_game_is_still_right() {
    let dir = tempfile::tempdir().unwrap();
    let bank = large_bank(dir.path());
    let cache = dir.path().join("cache");
    let right = game(&bank, Path::new(""), &[]);
    game(&bank, &cache, &[]);
    let entry = entries(&cache).remove(0);
    let whole = fs::read(&entry).unwrap();
    let mut flipped = whole.clone();
    let middle = flipped.len() / 2;
    flipped[middle] ^= 0x20;
    for damaged in [whole[..whole.len() / 3].to_vec(), flipped, Vec::new()] {
        fs::write(&entry, &damaged).unwrap();
        assert_eq!(game(&bank, &cache, &[]), right);
        assert_eq!(fs::read(cache.join("entry.bad")).unwrap(), damaged);
        assert_eq!(fs::read(&entry).unwrap(), whole, "rebuilt from the file");
    }
}

#[test]
fn a_cache_folder_that_cannot_be_written_still_plays() {
    let dir = tempfile::tempdir().unwrap();
    let bank = large_bank(dir.path());
    let right = game(&bank, Path::new(""), &[]);
    // A folder that cannot be made: its parent is a file.
    let blocker = dir.path().join("blocker");
    fs::write(&blocker, "").unwrap();
    assert_eq!(game(&bank, &blocker.join("cache"), &[]), right);
    assert_eq!(game(&bank, &blocker, &[]), right);
    assert_eq!(fs::read(&blocker).unwrap(), b"");
}

#[test]
fn a_game_without_saving_writes_nothing_to_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let bank = large_bank(dir.path());
    let data = dir.path().join("data");
    fs::create_dir(&data).unwrap();
    let cache = dir.path().join("cache");
    for _ in 0..2 {
        let out = factquiz()
            .env("FACTQUIZ_DATA_DIR", &data)
            .env("FACTQUIZ_CACHE_DIR", &cache)
            .arg("--questions")
            .arg(&bank)
            .args(["--seed", "3", "-n", "2", "--no-save"])
            .write_stdin("a\na\n")
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(fs::read_dir(&data).unwrap().count(), 0);
    }
    assert_eq!(entries(&cache).len(), 1);
}

/// `validate`'s whole output and exit status, with `cache` as the cache folder (`""`: none) and
/// `data` as the data folder.
fn validate(bank: &Path, cache: &Path, data: &Path) -> (String, Option<i32>) {
    let out = factquiz()
        .env("FACTQUIZ_CACHE_DIR", cache)
        .env("FACTQUIZ_DATA_DIR", data)
        .arg("validate")
        .arg(bank)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    (String::from_utf8(out.stdout).unwrap(), out.status.code())
}

#[test]
fn validate_again_prints_the_same_report_from_the_cache() {
    let dir = tempfile::tempdir().unwrap();
    let bank = large_bank(dir.path());
    let cache = dir.path().join("cache");
    let data = dir.path().join("data");
    let right = validate(&bank, Path::new(""), &data);
    assert!(
        right.0.ends_with("1 file checked: 0 errors, 0 warnings\n"),
        "{right:?}"
    );
    assert_eq!(validate(&bank, &cache, &data), right);
    let found: Vec<PathBuf> = fs::read_dir(&cache)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "found"))
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    set_old(&found[0]);
    assert_eq!(validate(&bank, &cache, &data), right);
    assert!(modified(&found[0]) > SystemTime::UNIX_EPOCH + Duration::from_secs(1_000));
    // A file a game loads for the same event is still named, as without the cache.
    let questions = data.join("questions");
    fs::create_dir_all(&questions).unwrap();
    fs::copy(&bank, questions.join("copy.json")).unwrap();
    let both = validate(&bank, Path::new(""), &data);
    assert!(both.0.contains("is also the event id of"), "{both:?}");
    assert_eq!(validate(&bank, &cache, &data), both);
    // A damaged report is not used.
    fs::write(&found[0], b"FQFOUND\0").unwrap();
    assert_eq!(validate(&bank, &cache, &data), both);
    assert_eq!(fs::read(cache.join("entry.bad")).unwrap(), b"FQFOUND\0");
}
