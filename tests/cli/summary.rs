//! `--practice` from a summary of the history in the cache folder (issue #16): a summary plus the
//! games saved since gives the game a whole read of the history gives; a history changed at its
//! start, a torn last line, a damaged summary or a cache folder that cannot be made changes
//! nothing a player sees.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::factquiz;

/// A piped game with `data` as the data folder and `cache` as the cache folder (`""`: none);
/// its whole output and its warnings.
fn run(data: &Path, cache: &Path, args: &[&str]) -> (String, String) {
    let out = factquiz()
        .env("FACTQUIZ_DATA_DIR", data)
        .env("FACTQUIZ_CACHE_DIR", cache)
        .args(args)
        .write_stdin("x\n\nb\nt\n1\nzz\nc\nf\n")
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(out.status.success(), "{stderr}");
    (String::from_utf8(out.stdout).unwrap(), stderr)
}

/// The practice game the tests compare, not saved.
fn practice(data: &Path, cache: &Path) -> (String, String) {
    run(
        data,
        cache,
        &["--practice", "--no-save", "--seed", "9", "-n", "8"],
    )
}

/// The summaries in the cache folder.
fn summaries(cache: &Path) -> Vec<PathBuf> {
    let mut list: Vec<PathBuf> = fs::read_dir(cache)
        .map(|l| l.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    list.retain(|p| p.extension().is_some_and(|x| x == "summary"));
    list
}

#[test]
fn a_summary_and_the_games_saved_since_give_the_game_the_whole_history_gives() {
    let data = tempfile::tempdir().unwrap();
    let folder = tempfile::tempdir().unwrap();
    let cache = folder.path().join("cache");
    let off = Path::new("");
    for seed in ["1", "2", "3"] {
        run(data.path(), off, &["--seed", seed, "-n", "6"]);
    }
    let whole = practice(data.path(), off);
    // The history changes the practice game, so the games compared below can differ.
    let fresh = tempfile::tempdir().unwrap();
    assert_ne!(practice(fresh.path(), off).0, whole.0);
    // Read whole, then kept; then read from the summary.
    assert!(summaries(&cache).is_empty());
    assert_eq!(practice(data.path(), &cache), whole);
    assert_eq!(summaries(&cache).len(), 1);
    assert_eq!(practice(data.path(), &cache), whole);
    // Practice games saved one after another: each starts from the summary the one before kept.
    for seed in ["4", "5", "6"] {
        let args = ["--practice", "--seed", seed, "-n", "6"];
        let before = run(data.path(), off, &[&args[..], &["--no-save"]].concat());
        assert_eq!(run(data.path(), &cache, &args), before);
    }
    let now = practice(data.path(), off);
    assert_ne!(now.0, whole.0);
    assert_eq!(practice(data.path(), &cache), now);
    assert_eq!(summaries(&cache).len(), 1);

    // A damaged summary is moved aside, and a new one kept.
    let kept = summaries(&cache).remove(0);
    let mut bytes = fs::read(&kept).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    fs::write(&kept, &bytes).unwrap();
    assert_eq!(practice(data.path(), &cache), now);
    assert_eq!(fs::read(cache.join("entry.bad")).unwrap(), bytes);
    assert_eq!(summaries(&cache).len(), 1);
    assert_eq!(practice(data.path(), &cache), now);

    // The same games in another order (the same length, another start): read whole again.
    let history = data.path().join("history.jsonl");
    let text = fs::read_to_string(&history).unwrap();
    let games: Vec<&str> = text.lines().collect();
    assert_eq!(games.len(), 6);
    let swapped = [&games[3..], &games[..3]].concat().join("\n") + "\n";
    assert_eq!(swapped.len(), text.len());
    fs::write(&history, swapped).unwrap();
    let reordered = practice(data.path(), off);
    assert_ne!(reordered.0, now.0);
    assert_eq!(practice(data.path(), &cache), reordered);

    // A save cut short after the summarised games: the same game and the same warning.
    fs::OpenOptions::new()
        .append(true)
        .open(&history)
        .unwrap()
        .write_all(b"{\"version\":1,\"ti")
        .unwrap();
    let torn = practice(data.path(), off);
    assert!(torn.1.contains("warning"), "{}", torn.1);
    assert_eq!(practice(data.path(), &cache), torn);
    assert_eq!(torn.0, reordered.0);
}

#[test]
fn a_cache_folder_that_cannot_be_made_changes_no_practice_game() {
    let data = tempfile::tempdir().unwrap();
    let off = Path::new("");
    for seed in ["1", "2"] {
        run(data.path(), off, &["--seed", seed, "-n", "6"]);
    }
    let whole = practice(data.path(), off);
    // A file where the cache folder would be: nothing can be kept in it.
    let folder = tempfile::tempdir().unwrap();
    let blocked = folder.path().join("cache");
    fs::write(&blocked, "mine").unwrap();
    assert_eq!(practice(data.path(), &blocked), whole);
    assert_eq!(practice(data.path(), &blocked.join("below")), whole);
    assert_eq!(fs::read_to_string(&blocked).unwrap(), "mine");
}
