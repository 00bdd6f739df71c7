use std::fs;
use std::sync::Arc;
use std::thread;

use std::path::Path;

use super::*;
use crate::record::{Asked, Ending, Mode, Options, Outcome, Totals};

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
            events: Vec::new(),
            confidence: false,
        },
        ending: Ending::Finished,
        totals: Totals {
            score: 1,
            max_score: 1,
            correct: 1,
            answered: 1,
            skipped: 0,
            total: 1,
        },
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

fn line(seed: u64) -> String {
    serde_json::to_string(&record(seed)).unwrap() + "\n"
}

#[cfg(unix)]
fn inode(path: &Path) -> u64 {
    std::os::unix::fs::MetadataExt::ino(&fs::metadata(path).unwrap())
}

#[test]
fn a_save_appends_to_the_file_it_does_not_write_it_again() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::new(dir.path());
    history.append(&record(1)).unwrap();
    let before = fs::read(history.path()).unwrap();
    #[cfg(unix)]
    let file = inode(&history.path());
    history.append(&record(2)).unwrap();
    let after = fs::read(history.path()).unwrap();
    assert_eq!(&after[..before.len()], &before[..]);
    assert_eq!(after.len() - before.len(), line(2).len());
    // The same file, not a new one renamed over it.
    #[cfg(unix)]
    assert_eq!(inode(&history.path()), file);
}

#[test]
fn a_torn_last_line_is_read_around_then_set_aside_by_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::new(dir.path());
    let torn = &line(4)[..40];
    let text = format!("{}{}{}{torn}", line(1), line(2), line(3));
    fs::write(history.path(), &text).unwrap();

    // Reading keeps every whole record, says which line is cut, and changes nothing.
    let loaded = history.read(false).unwrap();
    assert_eq!(
        loaded.records.iter().map(|r| r.seed).collect::<Vec<_>>(),
        [1, 2, 3]
    );
    assert_eq!(loaded.warnings.len(), 1);
    assert!(
        loaded.warnings[0].contains("line 4 cannot be read ("),
        "{:?}",
        loaded.warnings
    );
    assert!(
        loaded.warnings[0].contains("no line end"),
        "{:?}",
        loaded.warnings
    );
    assert_eq!(fs::read_to_string(history.path()).unwrap(), text);

    // The next save keeps the cut line on its own, and the new record is whole.
    let warnings = history.append(&record(5)).unwrap();
    let aside = dir.path().join("history.jsonl.unreadable-1");
    assert!(
        warnings[0].contains(&aside.display().to_string()),
        "{warnings:?}"
    );
    assert!(
        warnings[0].contains("line 4 cannot be read ("),
        "{warnings:?}"
    );
    assert_eq!(fs::read_to_string(&aside).unwrap(), format!("{torn}\n"));
    assert_eq!(seeds(&history), [1, 2, 3, 5]);
}

#[test]
fn a_whole_last_record_without_a_line_end_is_kept_and_ended() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::new(dir.path());
    fs::write(history.path(), line(1).trim_end()).unwrap();
    assert!(history.append(&record(2)).unwrap().is_empty());
    assert_eq!(seeds(&history), [1, 2]);
    assert_eq!(
        fs::read_to_string(history.path()).unwrap(),
        line(1) + &line(2)
    );
}

#[test]
fn a_line_from_a_newer_version_is_kept_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::new(dir.path());
    let newer = r#"{"version":7,"played":"in the future","questions":{"shape":"unknown"}}"#;
    fs::write(history.path(), format!("{}{newer}\n{}", line(1), line(3))).unwrap();
    let loaded = history.read(true).unwrap();
    assert_eq!(
        loaded.records.iter().map(|r| r.seed).collect::<Vec<_>>(),
        [1, 3]
    );
    assert_eq!(loaded.warnings.len(), 1);
    assert!(loaded.warnings[0].contains("line 2 holds a record of version 7"));
    assert!(loaded.warnings[0].contains("kept and skipped"));
    history.append(&record(4)).unwrap();
    let text = fs::read_to_string(history.path()).unwrap();
    assert_eq!(text, format!("{}{newer}\n{}{}", line(1), line(3), line(4)));
    assert!(!dir.path().join("history.jsonl.unreadable-1").exists());
}

#[test]
fn a_damaged_line_inside_is_set_aside_byte_for_byte_and_the_rest_kept() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::new(dir.path());
    let mut bytes = line(1).into_bytes();
    bytes.extend_from_slice(b"{\"version\":1,\"time\":\"caf\xe9\"}\n");
    bytes.extend_from_slice(b"garbage\n");
    bytes.extend_from_slice(line(3).as_bytes());
    fs::write(history.path(), &bytes).unwrap();
    let loaded = history.read(true).unwrap();
    assert_eq!(
        loaded.records.iter().map(|r| r.seed).collect::<Vec<_>>(),
        [1, 3]
    );
    let warning = &loaded.warnings[0];
    assert!(warning.contains("2 lines cannot be read"), "{warning}");
    assert!(
        warning.contains("line 2 (not UTF-8 text at byte 25)"),
        "{warning}"
    );
    assert!(warning.contains("line 3 ("), "{warning}");
    let aside = fs::read(dir.path().join("history.jsonl.unreadable-1")).unwrap();
    assert_eq!(aside, b"{\"version\":1,\"time\":\"caf\xe9\"}\ngarbage\n");
    assert_eq!(
        fs::read_to_string(history.path()).unwrap(),
        line(1) + &line(3)
    );
    assert_eq!(seeds(&history), [1, 3]);
}

#[test]
fn control_characters_are_stored_as_json_escapes() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::new(dir.path());
    let mut hostile = record(1);
    hostile.time = "\u{1b}[2J\u{7}\u{9b}1m\u{202e}\u{200b}\u{feff}\u{2028}".into();
    history.append(&hostile).unwrap();
    let text = fs::read_to_string(history.path()).unwrap();
    assert!(
        !text
            .trim_end()
            .chars()
            .any(|c| c.is_control() || ('\u{2000}'..'\u{2070}').contains(&c) || c == '\u{feff}'),
        "{text:?}"
    );
    assert!(text.contains("\\u202e"), "{text}");
    assert_eq!(history.read(false).unwrap().records, [hostile]);
}

#[test]
fn what_is_not_a_history_is_named_and_never_read_or_replaced() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the data folder should be.
    let not_folder = dir.path().join("data");
    fs::write(&not_folder, "x").unwrap();
    let err = History::new(&not_folder)
        .read(false)
        .unwrap_err()
        .to_string();
    assert!(err.contains("is a file, not a folder"), "{err}");
    assert!(err.contains("FACTQUIZ_DATA_DIR"), "{err}");
    let err = History::new(&not_folder)
        .append(&record(1))
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("the game was not saved: "), "{err}");
    assert_eq!(fs::read_to_string(&not_folder).unwrap(), "x");

    // A folder where the history should be.
    let history = History::new(dir.path());
    fs::create_dir(history.path()).unwrap();
    let err = history.read(false).unwrap_err().to_string();
    assert!(
        err.contains("history.jsonl: is a folder, not a regular file"),
        "{err}"
    );
    assert!(history.append(&record(1)).is_err());
    assert!(history.reset().is_err());
    assert!(history.path().is_dir());

    // Larger than the limit.
    let small = tempfile::tempdir().unwrap();
    let history = History::new(small.path()).with_max_bytes(100);
    fs::write(history.path(), line(1) + &line(2)).unwrap();
    let err = history.read(false).unwrap_err().to_string();
    assert!(err.contains("larger than the limit"), "{err}");
    assert!(err.contains("--max-file-mib"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_history_that_is_a_link_is_written_at_its_target() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let synced = tempfile::tempdir().unwrap();
    let target = synced.path().join("games.jsonl");
    fs::write(&target, line(1) + "torn").unwrap();
    fs::set_permissions(&target, fs::Permissions::from_mode(0o640)).unwrap();
    let history = History::new(dir.path());
    std::os::unix::fs::symlink(&target, history.path()).unwrap();

    // The torn line makes this save write the file again: through the link, keeping the mode.
    let warnings = history.append(&record(2)).unwrap();
    assert!(warnings[0].contains("a link to"), "{warnings:?}");
    assert!(
        fs::symlink_metadata(history.path())
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&target).unwrap(), line(1) + &line(2));
    assert_eq!(
        fs::metadata(&target).unwrap().permissions().mode() & 0o777,
        0o640
    );
    assert_eq!(
        fs::read_to_string(synced.path().join("games.jsonl.unreadable-1")).unwrap(),
        "torn\n"
    );
    history.append(&record(3)).unwrap();
    assert_eq!(seeds(&history), [1, 2, 3]);
    assert!(
        fs::symlink_metadata(history.path())
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[cfg(unix)]
#[test]
fn leftovers_of_killed_saves_are_removed_under_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::new(dir.path());
    let ours = dir.path().join(".history.jsonl.tmp-Ab12Cd");
    let legacy = dir.path().join(".tmpXy12Zw");
    let fresh = dir.path().join(".tmpNew123");
    for path in [&ours, &legacy, &fresh] {
        fs::write(path, "half a history").unwrap();
    }
    let day_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(86_400);
    fs::File::options()
        .write(true)
        .open(&legacy)
        .unwrap()
        .set_modified(day_ago)
        .unwrap();
    // Reading does not touch them; a save does.
    history.read(false).unwrap();
    assert!(ours.exists());
    history.append(&record(1)).unwrap();
    assert!(!ours.exists() && !legacy.exists());
    // One as young as a save that may be running now (an older build's) stays.
    assert!(fresh.exists());
}

/// A line as factquiz wrote it before `--confidence` and the one result type (`Totals`).
const OLD_LINE: &str = r#"{"version":1,"time":"2026-11-25T15:30:12Z","mode":"play","events":["korea-war-remains-2018"],"seed":603,"options":{"count":2,"kinds":["short","choice","truefalse","verdict"],"strict":false,"streak_bonus":true},"ending":"finished","score":2,"max_score":5,"correct":1,"answered":2,"skipped":0,"total":2,"questions":[{"event":"korea-war-remains-2018","id":"claim-ceremony-in-north","kind":"verdict","answer":"refuted","given":"r","result":"right","points":2},{"event":"korea-war-remains-2018","id":"base-city","kind":"short","answer_type":"place","answer":"Pyeongtaek","given":"Osan","result":"wrong","points":0}]}"#;

#[test]
fn an_old_line_without_confidence_reads_and_writes_back_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::new(dir.path());
    fs::write(history.path(), format!("{OLD_LINE}\n")).unwrap();
    let loaded = history.read(true).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    let old = &loaded.records[0];
    assert_eq!(
        (
            old.totals.score,
            old.totals.max_score,
            old.totals.answered,
            old.totals.total
        ),
        (2, 5, 2, 2)
    );
    assert!(!old.options.confidence);
    assert!(old.questions.iter().all(|q| q.confidence.is_none()));
    // The format is unchanged: the record is written back byte for byte.
    assert_eq!(serde_json::to_string(old).unwrap(), OLD_LINE);
}

#[test]
fn confidence_and_marks_below_zero_go_round_the_history() {
    use crate::engine::Confidence;
    use crate::question::Kind;
    let dir = tempfile::tempdir().unwrap();
    let history = History::new(dir.path());
    let mut game = record(9);
    game.options.confidence = true;
    game.totals = Totals {
        score: -4,
        max_score: 6,
        correct: 1,
        answered: 2,
        skipped: 0,
        total: 2,
    };
    for (level, points, result) in [
        (Confidence::Fairly, 2, Outcome::Right),
        (Confidence::Certain, -6, Outcome::Wrong),
    ] {
        game.questions.push(Asked {
            event: "e".into(),
            id: format!("q{points}"),
            kind: Kind::Verdict,
            answer_type: None,
            answer: "refuted".into(),
            given: Some("r".into()),
            result,
            points,
            overridden: false,
            confidence: Some(level),
        });
    }
    history.append(&game).unwrap();
    let text = fs::read_to_string(history.path()).unwrap();
    assert!(
        text.contains(r#""streak_bonus":true,"confidence":true}"#),
        "{text}"
    );
    assert!(text.contains(r#""score":-4,"max_score":6"#), "{text}");
    assert!(text.contains(r#""points":-6,"confidence":3}"#), "{text}");
    fs::write(history.path(), format!("{OLD_LINE}\n{text}")).unwrap();
    let loaded = history.read(true).unwrap();
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.records.len(), 2);
    assert_eq!(loaded.records[1], game);
    // A confidence that is no level is a damaged line, not a game.
    let bad = text.replace(r#""confidence":3"#, r#""confidence":4"#);
    fs::write(history.path(), bad).unwrap();
    let loaded = history.read(true).unwrap();
    assert!(loaded.records.is_empty());
    assert_eq!(loaded.warnings.len(), 1);
}

fn seeds_of(records: &[Record]) -> Vec<u64> {
    records.iter().map(|r| r.seed).collect()
}

#[test]
fn a_known_prefix_is_read_past_and_only_the_games_after_it_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::new(dir.path().join("data"));
    // No history: nothing read, nothing to keep a summary of.
    let none = history.read_since(false, None).unwrap();
    assert!(none.loaded.records.is_empty() && !none.after_known && none.whole.is_none());
    for seed in 1..=3 {
        history.append(&record(seed)).unwrap();
    }
    let first = history.read_since(false, None).unwrap();
    assert!(!first.after_known);
    assert_eq!(seeds_of(&first.loaded.records), [1, 2, 3]);
    let prefix = first.whole.unwrap();
    let bytes = fs::read(history.path()).unwrap();
    assert_eq!(prefix.len, bytes.len() as u64);
    assert_eq!(prefix.digest, xxhash_rust::xxh3::xxh3_128(&bytes));
    // Nothing added: no game after the prefix, which is still the whole file.
    let same = history.read_since(true, Some(prefix)).unwrap();
    assert!(same.after_known && same.loaded.records.is_empty());
    assert_eq!(same.whole, Some(prefix));
    for seed in 4..=5 {
        history.append(&record(seed)).unwrap();
    }
    let after = history.read_since(false, Some(prefix)).unwrap();
    assert!(after.after_known);
    assert!(after.loaded.warnings.is_empty());
    assert_eq!(seeds_of(&after.loaded.records), [4, 5]);
    let whole = after.whole.unwrap();
    assert_eq!(whole.len, fs::metadata(history.path()).unwrap().len());
    assert_eq!(
        whole.digest,
        xxhash_rust::xxh3::xxh3_128(&fs::read(history.path()).unwrap())
    );
}

#[test]
fn a_changed_start_or_a_torn_end_is_read_whole_as_read_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let history = History::new(dir.path().join("data"));
    for seed in 1..=3 {
        history.append(&record(seed)).unwrap();
    }
    let prefix = history.read_since(false, None).unwrap().whole.unwrap();
    // The same length, another first game (a reset and new games, or a rewrite).
    let text = fs::read_to_string(history.path()).unwrap();
    fs::write(
        history.path(),
        text.replacen("\"seed\":1,", "\"seed\":9,", 1),
    )
    .unwrap();
    let changed = history.read_since(false, Some(prefix)).unwrap();
    assert!(!changed.after_known);
    assert_eq!(seeds_of(&changed.loaded.records), [9, 2, 3]);
    // Shorter than the prefix (a reset and one game).
    history.reset().unwrap();
    history.append(&record(7)).unwrap();
    let shorter = history.read_since(false, Some(prefix)).unwrap();
    assert!(!shorter.after_known);
    assert_eq!(seeds_of(&shorter.loaded.records), [7]);
    // A prefix that does not end at a line end is never taken, whatever its digest.
    let bytes = fs::read(history.path()).unwrap();
    let cut = Prefix {
        len: 5,
        digest: xxhash_rust::xxh3::xxh3_128(&bytes[..5]),
    };
    assert!(!history.read_since(false, Some(cut)).unwrap().after_known);
    // A save cut short after the known games: read as `read` reads it, with its warning, and
    // no summary of a file that does not end in whole records.
    let prefix = history.read_since(false, None).unwrap().whole.unwrap();
    let mut torn = fs::OpenOptions::new()
        .append(true)
        .open(history.path())
        .unwrap();
    torn.write_all(b"{\"version\":1,\"ti").unwrap();
    let since = history.read_since(false, Some(prefix)).unwrap();
    let read = history.read(false).unwrap();
    assert!(!since.after_known && since.whole.is_none());
    assert_eq!(seeds_of(&since.loaded.records), seeds_of(&read.records));
    assert_eq!(since.loaded.warnings, read.warnings);
    assert_eq!(read.warnings.len(), 1, "{:?}", read.warnings);
    // Under the lock the torn line is set aside, as `read(true)` does.
    let repaired = history.read_since(true, Some(prefix)).unwrap();
    assert_eq!(seeds_of(&repaired.loaded.records), [7]);
    assert!(repaired.loaded.warnings[0].contains("moved to"));
    assert_eq!(
        history.read_since(false, Some(prefix)).unwrap().whole,
        Some(prefix)
    );
}
