use std::fs;
use std::sync::Arc;
use std::thread;

use super::*;
use crate::history::{Ending, Mode, Options};

fn record(seed: u64) -> Record {
    Record {
        version: HISTORY_VERSION,
        time: "2026-11-25T15:00:00Z".into(),
        mode: Mode::Play,
        events: vec!["e".into()],
        seed,
        options: Options {
            count: 1,
            kinds: Vec::new(),
            strict: false,
            streak_bonus: true,
            timed: None,
        },
        ending: Ending::Finished,
        score: 1,
        max_score: 1,
        correct: 1,
        answered: 1,
        skipped: 0,
        total: 1,
        questions: Vec::new(),
    }
}

fn seeds(history: &History) -> Vec<u64> {
    let loaded = history.read(true).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    loaded.records.iter().map(|r| r.seed).collect()
}

#[test]
fn records_are_kept_in_order_one_line_each() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::new(dir.path().join("data"));
    assert!(history.read(true).unwrap().records.is_empty());
    for seed in 1..=3 {
        assert!(history.append(&record(seed)).unwrap().is_empty());
    }
    assert_eq!(seeds(&history), [1, 2, 3]);
    let text = fs::read_to_string(history.path()).unwrap();
    assert_eq!(text.lines().count(), 3);
    assert!(text.lines().all(|l| l.starts_with("{\"version\":1,")));
    // Only the history and its lock: no temporary file is left behind.
    let mut names: Vec<String> = fs::read_dir(dir.path().join("data"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["history.jsonl", "history.lock"]);
}

#[test]
fn twenty_writers_at_once_keep_twenty_records() {
    let dir = tempfile::tempdir().unwrap();
    let history = Arc::new(History::new(dir.path()));
    let writers: Vec<_> = (0..20)
        .map(|seed| {
            let history = Arc::clone(&history);
            thread::spawn(move || history.append(&record(seed)).unwrap())
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let mut got = seeds(&history);
    got.sort();
    assert_eq!(got, (0..20).collect::<Vec<_>>());
}

#[test]
fn an_unreadable_history_is_moved_aside_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::new(dir.path());
    fs::write(history.path(), "{\"version\":1, this is not JSON\n").unwrap();
    // Reading without repair leaves it alone.
    let looked = history.read(false).unwrap();
    assert!(looked.records.is_empty());
    assert!(looked.warnings[0].contains("left as it is"));
    assert!(history.path().exists());

    let warnings = history.append(&record(9)).unwrap();
    let aside = dir.path().join("history.jsonl.unreadable-1");
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains(&history.path().display().to_string()));
    assert!(warnings[0].contains(&aside.display().to_string()));
    assert_eq!(
        fs::read_to_string(&aside).unwrap(),
        "{\"version\":1, this is not JSON\n"
    );
    assert_eq!(seeds(&history), [9]);

    // A second bad file does not replace the first one moved aside.
    fs::write(history.path(), [0xff, 0xfe, b'\n']).unwrap();
    let warnings = history.read(true).unwrap().warnings;
    assert!(warnings[0].contains("not UTF-8"), "{warnings:?}");
    assert!(dir.path().join("history.jsonl.unreadable-2").exists());
    assert!(aside.exists());
}

#[test]
fn a_record_from_a_newer_version_is_not_read_as_this_one() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::new(dir.path());
    let mut newer = serde_json::to_value(record(1)).unwrap();
    newer["version"] = 2.into();
    fs::write(history.path(), format!("{newer}\n")).unwrap();
    let loaded = history.read(true).unwrap();
    assert!(loaded.records.is_empty());
    assert!(loaded.warnings[0].contains("newer than this factquiz reads"));
}

#[test]
fn reset_moves_the_history_aside() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::new(dir.path());
    assert_eq!(history.reset().unwrap(), None);
    history.append(&record(1)).unwrap();
    let aside = history.reset().unwrap().unwrap();
    assert!(aside.exists() && !history.path().exists());
    assert!(history.read(true).unwrap().records.is_empty());
}
