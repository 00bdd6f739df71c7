//! Special files, links, damaged histories, read-only folders and full disks (issue 14): nothing a
//! user keeps is lost or replaced, nothing hangs (every run here is killed after a time limit, and
//! a kill fails the test), and each message names the file and what to do.
//!
//! Device nodes are made with `mknod` and folders are mounted read-only or full with `mount`;
//! both need root, so without it those parts are skipped with the reason printed.

use std::fs;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use serde_json::Value;

use super::factquiz;

/// How long any run may take before it counts as a hang.
const LIMIT: Duration = Duration::from_secs(30);

/// Runs `command` and checks it ended by itself within [`LIMIT`].
#[track_caller]
fn ended(command: &mut assert_cmd::Command) -> Output {
    let out = command.timeout(LIMIT).output().unwrap();
    assert!(
        out.status.code().is_some(),
        "hung: killed after {LIMIT:?}\nstderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// factquiz with `data` as its data folder.
fn with_data(data: &Path) -> assert_cmd::Command {
    let mut command = factquiz();
    command.env("FACTQUIZ_DATA_DIR", data);
    command
}

/// A saved game of two fact-check claims, both answered.
fn play(data: &Path, seed: &str) -> Output {
    ended(
        with_data(data)
            .args(["--seed", seed, "-n", "2", "--kind", "verdict"])
            .write_stdin("s\ns\n"),
    )
}

fn games(data: &Path) -> u64 {
    let out = ended(with_data(data).args(["scores", "--json"]));
    assert!(out.status.success(), "{}", stderr(&out));
    let summary: Value = serde_json::from_slice(&out.stdout).unwrap();
    summary["games"].as_u64().unwrap()
}

/// A history line as factquiz writes it, for a game of `seed`.
fn history_line(seed: u64) -> String {
    let data = tempfile::tempdir().unwrap();
    assert!(play(data.path(), &seed.to_string()).status.success());
    fs::read_to_string(data.path().join("history.jsonl")).unwrap()
}

fn mkfifo(path: &Path) {
    let made = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(made.success(), "mkfifo {}", path.display());
}

/// A character device node like the system's `/dev/{name}` (`null`, `zero`, `full`), or `None`
/// (with the reason printed) when this user cannot make one.
fn device(dir: &Path, name: &str) -> Option<PathBuf> {
    let minor = match name {
        "null" => "3",
        "zero" => "5",
        _ => "7",
    };
    let path = dir.join(format!("dev-{name}"));
    let made = Command::new("mknod")
        .arg(&path)
        .args(["c", "1", minor])
        .output()
        .unwrap();
    if made.status.success() {
        Some(path)
    } else {
        println!(
            "skipped: cannot make a device node (needs root): {}",
            String::from_utf8_lossy(&made.stderr).trim()
        );
        None
    }
}

/// A small tmpfs mounted at a new temporary folder, unmounted when dropped.
struct Mount {
    dir: tempfile::TempDir,
}

impl Mount {
    /// `None` (with the reason printed) where this user cannot mount.
    fn tmpfs(size: &str) -> Option<Mount> {
        let dir = tempfile::tempdir().unwrap();
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .output()
            .ok()?;
        if !out.status.success() {
            println!(
                "skipped: cannot mount a tmpfs (needs root): {}",
                String::from_utf8_lossy(&out.stderr).trim()
            );
            return None;
        }
        Some(Mount { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn read_only(&self) {
        let out = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(self.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.path()).status();
    }
}

#[test]
fn force_never_replaces_a_device_a_pipe_or_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("out.fifo");
    mkfifo(&fifo);
    let folder = dir.path().join("folder");
    fs::create_dir(&folder).unwrap();
    let mut cases = vec![
        (fifo.clone(), "is a named pipe (FIFO), not a regular file"),
        (folder.clone(), "is a folder, not a regular file"),
    ];
    for name in ["null", "full"] {
        if let Some(node) = device(dir.path(), name) {
            cases.push((node, "is a character device, not a regular file"));
        }
    }
    let bank = dir.path().join("bank.json");
    fs::copy(super::fixture("opentdb/html.json"), &bank).unwrap();
    for (path, said) in &cases {
        for force in [true, false] {
            for command in [vec!["new"], vec!["import", bank.to_str().unwrap()]] {
                let out = ended(
                    factquiz()
                        .args(&command)
                        .arg("--output")
                        .arg(path)
                        .args(force.then_some("--force")),
                );
                let err = stderr(&out);
                assert_eq!(out.status.code(), Some(2), "{command:?} {path:?}: {err}");
                assert!(err.contains(&path.display().to_string()), "{err}");
                assert!(err.contains(said), "{err}");
            }
        }
        // Still what it was.
        let kind = fs::symlink_metadata(path).unwrap().file_type();
        assert!(
            kind.is_fifo() || kind.is_char_device() || kind.is_dir(),
            "{path:?}"
        );
    }
    assert_eq!(fs::read_dir(&folder).unwrap().count(), 0);
}

#[test]
fn force_writes_through_a_link_and_keeps_the_mode() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let target = elsewhere.path().join("shared.json");
    fs::write(&target, "old").unwrap();
    fs::set_permissions(&target, fs::Permissions::from_mode(0o664)).unwrap();
    let link = dir.path().join("mine.json");
    std::os::unix::fs::symlink(&target, &link).unwrap();

    // Without --force the link's file is not replaced.
    let out = ended(factquiz().args(["new", "--output"]).arg(&link));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("already exists; pass --force"),
        "{}",
        stderr(&out)
    );
    assert_eq!(fs::read_to_string(&target).unwrap(), "old");

    let out = ended(factquiz().args(["new", "--force", "--output"]).arg(&link));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(&target)
            .unwrap()
            .contains("\"format\": 1")
    );
    let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o664);
    // Nothing left beside either: no temporary file.
    assert_eq!(fs::read_dir(elsewhere.path()).unwrap().count(), 1);
    // Beside the link: the link, and the schema its "$schema" names (written by `new`).
    let mut beside: Vec<String> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    beside.sort();
    assert_eq!(beside, ["mine.json", "question-file.schema.json"]);

    // A plain file keeps its mode too.
    let plain = dir.path().join("plain.json");
    fs::write(&plain, "old").unwrap();
    fs::set_permissions(&plain, fs::Permissions::from_mode(0o644)).unwrap();
    assert!(
        ended(factquiz().args(["new", "--force", "--output"]).arg(&plain))
            .status
            .success()
    );
    assert_eq!(
        fs::metadata(&plain).unwrap().permissions().mode() & 0o777,
        0o644
    );
}

#[test]
fn one_bad_line_costs_only_that_line() {
    let good: String = (1..=3).map(history_line).collect();
    let newer = r#"{"version":9,"from":"a later factquiz"}"#;
    let torn = &history_line(4)[..50];
    for (bad, kept_aside, said) in [
        (format!("{good}{torn}"), true, "line 4 cannot be read ("),
        (
            format!("{good}{newer}\n"),
            false,
            "line 4 holds a record of version 9",
        ),
        (
            format!(
                "{}\u{0}\n{}",
                history_line(1),
                &good[good.find('\n').unwrap() + 1..]
            ),
            true,
            "line 2 cannot be read (",
        ),
    ] {
        let data = tempfile::tempdir().unwrap();
        let history = data.path().join("history.jsonl");
        fs::write(&history, &bad).unwrap();
        // `scores` reads every good line, says which line it skips, and changes nothing.
        let out = ended(with_data(data.path()).args(["scores"]));
        let err = stderr(&out);
        assert!(out.status.success(), "{err}");
        assert!(
            String::from_utf8_lossy(&out.stdout).starts_with("3 games"),
            "{err}"
        );
        assert!(err.contains(&history.display().to_string()), "{err}");
        assert!(err.contains(said), "{err}");
        assert_eq!(fs::read_to_string(&history).unwrap(), bad);
        // A saved game sets the bad line aside on its own and keeps everything else.
        assert!(play(data.path(), "9").status.success());
        assert_eq!(games(data.path()), 4);
        let aside = data.path().join("history.jsonl.unreadable-1");
        assert_eq!(aside.exists(), kept_aside);
        if kept_aside {
            let line = fs::read_to_string(&aside).unwrap();
            assert!(bad.contains(line.trim_end()), "{line:?}");
        } else {
            assert!(fs::read_to_string(&history).unwrap().contains(newer));
        }
    }
    // A byte that is not UTF-8 is a line like the others.
    let data = tempfile::tempdir().unwrap();
    let mut bytes = good.clone().into_bytes();
    bytes.extend_from_slice(b"\xff\xfe\n");
    fs::write(data.path().join("history.jsonl"), &bytes).unwrap();
    let out = ended(with_data(data.path()).args(["--practice", "-n", "2", "--no-save"]));
    assert!(
        stderr(&out).contains("line 4 cannot be read (not UTF-8 text at byte 1)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(games(data.path()), 3);
}

#[test]
fn a_history_that_is_a_link_keeps_getting_the_games() {
    let data = tempfile::tempdir().unwrap();
    let synced = tempfile::tempdir().unwrap();
    let target = synced.path().join("factquiz-history.jsonl");
    let link = data.path().join("history.jsonl");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    for seed in ["1", "2"] {
        let out = play(data.path(), seed);
        assert!(out.status.success(), "{}", stderr(&out));
    }
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&target).unwrap().lines().count(), 2);
    assert_eq!(games(data.path()), 2);
}

/// Makes something special at a path.
type Maker = Box<dyn Fn(&Path)>;

#[test]
fn nothing_waits_on_a_pipe_or_reads_a_device_for_ever() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("questions.json");
    mkfifo(&fifo);
    for args in [
        vec!["validate"],
        vec!["--questions"],
        vec!["preview"],
        vec!["import"],
    ] {
        let out = ended(factquiz().args(&args).arg(&fifo));
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
        assert!(matches!(out.status.code(), Some(1 | 2)), "{args:?}: {all}");
        assert!(all.contains(&fifo.display().to_string()), "{args:?}: {all}");
        assert!(
            all.contains("is a named pipe (FIFO), not a regular file"),
            "{args:?}: {all}"
        );
    }
    // `-` still reads standard input.
    let bank = fs::read_to_string(super::fixture("opentdb/html.json")).unwrap();
    assert!(
        ended(factquiz().args(["import", "-"]).write_stdin(bank))
            .status
            .success()
    );

    // A history or a lock that is a pipe, or a history that links to an endless device.
    let mut cases: Vec<(&str, Maker, &str)> = vec![
        ("history.jsonl", Box::new(mkfifo), "is a named pipe (FIFO)"),
        ("history.lock", Box::new(mkfifo), "is a named pipe (FIFO)"),
    ];
    if let Some(zero) = device(dir.path(), "zero") {
        cases.push((
            "history.jsonl",
            Box::new(move |p: &Path| std::os::unix::fs::symlink(&zero, p).unwrap()),
            "is a character device",
        ));
    }
    for (name, make, said) in &cases {
        let data = tempfile::tempdir().unwrap();
        let path = data.path().join(name);
        make(&path);
        let out = play(data.path(), "1");
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{name}: {err}");
        assert!(err.contains(&path.display().to_string()), "{err}");
        assert!(err.contains(said), "{err}");
        assert!(err.contains("--no-save"), "{err}");
        // Without saving, the game is played.
        let out = ended(
            with_data(data.path())
                .args(["--seed", "1", "-n", "1", "--kind", "verdict", "--no-save"])
                .write_stdin("s\n"),
        );
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        assert!(String::from_utf8_lossy(&out.stdout).contains("Game over"));
        if *name == "history.jsonl" {
            let out = ended(with_data(data.path()).arg("scores"));
            assert_eq!(out.status.code(), Some(1));
            assert!(stderr(&out).contains(said), "{}", stderr(&out));
        }
        // Still what it was.
        assert!(!fs::metadata(&path).unwrap().is_file());
    }
}

#[test]
fn a_huge_key_gives_a_short_error() {
    let dir = tempfile::tempdir().unwrap();
    let key = "k".repeat(60 << 20);
    let valid = fs::read_to_string(super::fixture("tiny.json")).unwrap();
    let path = dir.path().join("key.json");
    fs::write(&path, valid.replacen("{", &format!("{{\"{key}\": 1,"), 1)).unwrap();
    let value = dir.path().join("value.json");
    fs::write(
        &value,
        valid.replacen("\"not stated\"", &format!("\"{key}\""), 1),
    )
    .unwrap();
    assert!(
        valid.contains("\"not stated\""),
        "the fixture has a verdict to spoil"
    );
    for (file, args, says) in [
        (&path, vec!["validate"], "is not a field of the file"),
        (&path, vec!["--questions"], "is not a field of the file"),
        (
            &value,
            vec!["validate"],
            "verdict must be supported, refuted or not stated",
        ),
    ] {
        let out = ended(factquiz().args(&args).arg(file));
        let all = format!("{}{}", String::from_utf8_lossy(&out.stdout), stderr(&out));
        assert!(matches!(out.status.code(), Some(1 | 2)), "{args:?}");
        // 120 MB before: the key was echoed whole, twice.
        assert!(all.len() < 4000, "{args:?}: {} bytes of output", all.len());
        assert!(all.contains(&file.display().to_string()), "{all}");
        // Echoed, but cut short, with the mark that it was cut.
        assert!(all.contains(&"k".repeat(100)) && all.contains('…'), "{all}");
        let longest = all.split(|c| c != 'k').map(str::len).max().unwrap_or(0);
        assert!(longest < 1000, "{args:?}: a run of {longest} k");
        // It still says what is wrong (the wording of issue 12's plain messages).
        assert!(all.contains(says), "{all}");
    }
}

#[test]
fn a_file_where_the_data_folder_should_be_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("factquiz");
    fs::write(&data, "not a folder").unwrap();
    for args in [vec!["scores"], vec!["--seed", "1", "-n", "1"]] {
        let out = ended(with_data(&data).args(&args).write_stdin("s\n"));
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(1), "{err}");
        assert!(
            err.contains(&format!("{}: is a file, not a folder", data.display())),
            "{err}"
        );
        assert!(err.contains("FACTQUIZ_DATA_DIR"), "{err}");
        assert!(!err.contains("File exists"), "{err}");
    }
    assert_eq!(fs::read_to_string(&data).unwrap(), "not a folder");
}

#[test]
fn a_read_only_data_folder_is_read_and_a_game_suggests_no_save() {
    let Some(mount) = Mount::tmpfs("1m") else {
        return;
    };
    let history = mount.path().join("history.jsonl");
    fs::write(&history, history_line(1) + &history_line(2)).unwrap();
    mount.read_only();
    assert_eq!(games(mount.path()), 2);
    let out = play(mount.path(), "3");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("Read-only file system"), "{err}");
    assert!(err.contains("add --no-save"), "{err}");
    let out = ended(
        with_data(mount.path())
            .args(["--seed", "3", "-n", "1", "--kind", "verdict", "--no-save"])
            .write_stdin("s\n"),
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_full_disk_says_the_game_was_not_saved_and_keeps_the_history() {
    let Some(mount) = Mount::tmpfs("64k") else {
        return;
    };
    assert!(play(mount.path(), "1").status.success());
    let history = mount.path().join("history.jsonl");
    // Blank lines (read as nothing) up to the end of the file's last page of memory, so that the
    // next record does not fit in what the file already holds: the save starts, then fails.
    let mut before = fs::read(&history).unwrap();
    before.resize(before.len().next_multiple_of(4096) - 1, b'\n');
    fs::write(&history, &before).unwrap();
    // Fill the disk.
    let filler = vec![b'x'; 4096];
    let mut file = fs::File::create(mount.path().join("filler")).unwrap();
    while std::io::Write::write_all(&mut file, &filler).is_ok() {}
    drop(file);
    let out = play(mount.path(), "2");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Game over"));
    assert!(
        err.contains(&format!("the game was not saved: {}", history.display())),
        "{err}"
    );
    // No temporary file is named (the folder's own name is a temporary one).
    let named = err.replace(&mount.path().display().to_string(), "");
    assert!(!named.contains(".tmp"), "{err}");
    assert_eq!(fs::read(&history).unwrap(), before);
}

#[test]
fn a_save_into_a_missing_folder_names_the_history() {
    let data = tempfile::tempdir().unwrap();
    let link = data.path().join("history.jsonl");
    let gone = data.path().join("gone/history.jsonl");
    std::os::unix::fs::symlink(&gone, &link).unwrap();
    let out = play(data.path(), "1");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("the game was not saved"), "{err}");
    assert!(err.contains(&link.display().to_string()), "{err}");
    assert!(err.contains(&gone.display().to_string()), "{err}");
}

/// The counted answers (`!`) are kept like the history: a pipe or an endless device in their place
/// is named and never waited on or read.
#[test]
fn the_counted_answers_never_wait_on_a_pipe_or_read_a_device() {
    let mut cases: Vec<(&str, Maker, &str)> = vec![
        ("aliases.json", Box::new(mkfifo), "is a named pipe (FIFO)"),
        ("aliases.lock", Box::new(mkfifo), "is a named pipe (FIFO)"),
    ];
    let devices = tempfile::tempdir().unwrap();
    if let Some(zero) = device(devices.path(), "zero") {
        cases.push((
            "aliases.json",
            Box::new(move |p: &Path| std::os::unix::fs::symlink(&zero, p).unwrap()),
            "is a character device",
        ));
    }
    for (name, make, said) in &cases {
        let data = tempfile::tempdir().unwrap();
        let path = data.path().join(name);
        make(&path);
        // A game (which reads the counted answers first) and `aliases` stop with a message that
        // names the file and what is there, instead of hanging.
        // (`aliases` only reads, without the lock, so a pipe in the lock's place does not stop it.)
        let mut commands = vec![vec!["--seed", "1", "-n", "1", "--kind", "short"]];
        if *name == "aliases.json" {
            commands.push(vec!["aliases"]);
        }
        for args in commands {
            let out = ended(
                with_data(data.path())
                    .args(&args)
                    .write_stdin("nothing\n!\n"),
            );
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(1), "{name} {args:?}: {err}");
            assert!(err.contains(&path.display().to_string()), "{name}: {err}");
            assert!(err.contains(said), "{name}: {err}");
        }
        assert!(!fs::metadata(&path).unwrap().is_file(), "{name} replaced");
    }
}

/// A counted-answers file or a history line that cannot be read is named in plain words (none
/// of the parser's), and `aliases` does not say there are none yet.
#[test]
fn unreadable_counted_answers_and_history_lines_are_said_in_plain_words() {
    let data = tempfile::tempdir().unwrap();
    fs::write(data.path().join("aliases.json"), "{nope").unwrap();
    let out = ended(with_data(data.path()).arg("aliases"));
    let (said, err) = (String::from_utf8_lossy(&out.stdout), stderr(&out));
    assert!(said.contains("No answers can be listed"), "{said}");
    assert!(!said.contains("yet"), "{said}");
    assert!(
        err.contains("it is not written as JSON, at line 1 column 2"),
        "{err}"
    );
    let listed = ended(with_data(data.path()).args(["aliases", "--json"]));
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(listed["unreadable"], true, "{listed}");
    fs::write(
        data.path().join("history.jsonl"),
        "{\"version\":1}\n{\"version\":1,\"x\"\n",
    )
    .unwrap();
    let err = stderr(&ended(with_data(data.path()).arg("scores")));
    assert!(
        err.contains("line 1 (not a game record this factquiz reads, at column 13)"),
        "{err}"
    );
    assert!(
        err.contains("line 2 (the record is cut off, at column 16)"),
        "{err}"
    );
    for jargon in ["expected", "ident", "missing field", "EOF"] {
        assert!(!err.contains(jargon), "{jargon}: {err}");
    }
}
