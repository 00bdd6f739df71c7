//! Any bytes as a history file: reading it, setting its bad lines aside and saving a game after it
//! must end in a value, never a panic; reading changes nothing; nothing is lost (every line that
//! is not blank is still in the history or in the file its bad lines were set aside in); and a
//! save adds exactly its one record to what was read.
#![no_main]

use std::fs;
use std::path::Path;

use libfuzzer_sys::fuzz_target;

use factquiz::record::{Ending, HISTORY_VERSION, Mode, Options, Record};
use factquiz::store::History;

fn record() -> Record {
    Record {
        version: HISTORY_VERSION,
        time: "2026-11-25T15:30:12Z".into(),
        mode: Mode::Play,
        events: vec!["fuzz".into()],
        seed: 7,
        options: Options {
            count: 1,
            kinds: Vec::new(),
            strict: false,
            streak_bonus: true,
            timed: None,
            events: Vec::new(),
        },
        ending: Ending::Finished,
        score: 0,
        max_score: 1,
        correct: 0,
        answered: 0,
        skipped: 0,
        total: 1,
        questions: Vec::new(),
    }
}

/// The lines of `bytes` that hold anything, sorted.
fn lines(bytes: &[u8]) -> Vec<&[u8]> {
    let mut lines: Vec<&[u8]> = bytes
        .split(|&b| b == b'\n')
        .filter(|l| !l.iter().all(|b| matches!(b, b' ' | b'\t' | b'\r')))
        .collect();
    lines.sort();
    lines
}

fn read(path: &Path) -> Vec<u8> {
    fs::read(path).unwrap_or_default()
}

fuzz_target!(|data: &[u8]| {
    // A memory-backed folder where there is one: every save syncs.
    let base = if Path::new("/dev/shm").is_dir() {
        std::path::PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let dir = tempfile::tempdir_in(base).expect("a temporary folder");
    let history = History::new(dir.path()).with_max_bytes(1 << 20);
    fs::write(history.path(), data).expect("the history is written");

    let looked = history.read(false).expect("a regular file under the cap is read");
    assert_eq!(read(&history.path()), data, "reading changes nothing");

    let repaired = history.read(true).expect("it is read and repaired");
    assert_eq!(repaired.records, looked.records);
    let aside = dir.path().join("history.jsonl.unreadable-1");
    let kept = read(&history.path());
    let set_aside = read(&aside);
    let mut both = lines(&kept);
    both.extend(lines(&set_aside));
    both.sort();
    assert_eq!(both, lines(data), "every line is kept or set aside");

    let saved = record();
    history.append(&saved).expect("the game is saved");
    let after = history.read(false).expect("the history is read");
    let mut expected = looked.records;
    expected.push(saved);
    assert_eq!(after.records, expected, "a save adds its record and nothing else");
});
