//! Hostile files and hostile input: escape sequences never reach the terminal raw, limits give
//! clear errors, and a closed pipe or the end of input ends quietly. No command panics.

use std::fs;
use std::io::{Read, Write};
use std::process::{Command, Stdio};

use predicates::prelude::*;

use super::{factquiz, fixture};

/// Characters that must never be written raw: C0 controls other than newline, DEL, C1 controls,
/// bidirectional controls, the Unicode line separators, and characters that take no room
/// (zero-width space and joiners, word joiner, invisible operators, the byte-order mark).
fn raw_controls(bytes: &[u8]) -> Vec<char> {
    String::from_utf8_lossy(bytes)
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
                || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}')
        })
        .collect()
}

#[track_caller]
fn assert_clean(args: &[&str], stdin: &str) {
    let out = factquiz().args(args).write_stdin(stdin).output().unwrap();
    for (name, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let bad = raw_controls(bytes);
        assert!(
            bad.is_empty(),
            "{args:?} wrote {bad:?} raw to {name}:\n{}",
            String::from_utf8_lossy(bytes)
        );
        assert!(
            !String::from_utf8_lossy(bytes).contains("panicked"),
            "{args:?}"
        );
    }
    assert!(
        !out.stdout.is_empty() || !out.stderr.is_empty(),
        "{args:?} said nothing"
    );
}

#[test]
fn no_escape_sequence_from_a_file_or_the_player_reaches_the_terminal() {
    let hostile = fixture("hostile.json").display().to_string();
    let broken = fixture("hostile-broken.json").display().to_string();
    let field = fixture("hostile-field.json").display().to_string();
    // The player types escapes too, and a line far longer than any answer.
    let typed = format!(
        "\u{1b}[2J\u{9b}1m\u{202e}\u{200b}\u{feff}\n{}\nskip\nq\n",
        "\u{1b}x".repeat(5000)
    );
    for args in [
        vec!["--questions", &hostile, "--seed", "1", "-n", "4"],
        vec!["--questions", &hostile, "--seed", "2", "-n", "4", "--json"],
        vec!["preview", &hostile],
        vec!["preview", &hostile, "--json"],
        vec!["list", "--questions", &hostile],
        vec!["list", "--questions", &hostile, "--json"],
        vec!["validate", &hostile, &broken, &field],
        vec!["--questions", &broken],
        vec!["--questions", &field],
        vec!["import", &hostile],
    ] {
        assert_clean(&args, &typed);
    }
    // The game shows the escapes as text, so the player can see something is wrong with the file.
    factquiz()
        .args(["preview", &hostile])
        .assert()
        .success()
        .stdout(predicate::str::contains("\\u{1b}[2J"));
}

#[test]
fn characters_that_take_no_room_are_shown_escaped() {
    let valid = fs::read_to_string(fixture("tiny.json")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hidden.json");
    let claim = "The birds were pigeons.";
    assert!(valid.contains(claim));
    fs::write(
        &path,
        valid.replace(claim, "The birds were\u{200b} pige\u{feff}ons\u{2060}."),
    )
    .unwrap();
    let path = path.display().to_string();
    for args in [vec!["preview", &path], vec!["preview", &path, "--json"]] {
        assert_clean(&args, "");
    }
    factquiz()
        .args(["preview", &path])
        .assert()
        .success()
        .stdout(predicate::str::contains("were\\u{200b} pige\\u{feff}ons"));
}

#[test]
fn the_json_output_still_means_what_the_file_says() {
    let hostile = fixture("hostile.json").display().to_string();
    let out = factquiz()
        .args(["preview", &hostile, "--json"])
        .output()
        .unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = serde_json::to_string(&rows).unwrap();
    assert!(
        text.contains("\\u001b]52;c;"),
        "the escapes survive as JSON escapes"
    );
    assert!(rows.to_string().contains('\u{202e}') || text.contains('\u{202e}'));
}

#[test]
fn limits_give_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        fs::write(&path, bytes).unwrap();
        path.display().to_string()
    };
    let valid = fs::read_to_string(fixture("tiny.json")).unwrap();
    let nested = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let long = valid.replace(
        "The first paragraph counts the birds.",
        &"very long ".repeat(200_000),
    );
    let huge = valid.replace("\"paragraphs\": 2", "\"paragraphs\": 99999999999999999999");
    let mut non_utf8 = valid.clone().into_bytes();
    non_utf8.splice(40..40, [0xff, 0xfe]);
    let cases: Vec<(String, Vec<&str>, &str)> = vec![
        (
            write("nested.json", nested.as_bytes()),
            vec![],
            "nested.json:1:1: ",
        ),
        (
            write("long.json", long.as_bytes()),
            vec![],
            "facts[0].explanation: is 2000000 characters long; the most a text may have is 10000",
        ),
        (write("huge.json", huge.as_bytes()), vec![], "huge.json:"),
        (
            write("bytes.json", &non_utf8),
            vec![],
            "not UTF-8 text (invalid byte at offset 40)",
        ),
        (write("empty.json", b""), vec![], "the file is empty"),
        (
            write("big.json", valid.as_bytes()),
            vec!["--max-file-mib", "1"],
            "",
        ),
        (
            dir.path().join("missing.json").display().to_string(),
            vec![],
            "no such file or folder",
        ),
    ];
    for (path, extra, expected) in cases {
        for command in [vec!["validate"], vec!["preview"], vec!["--questions"]] {
            let out = factquiz()
                .args(&command)
                .arg(&path)
                .args(&extra)
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            let all = format!("{}{stderr}", String::from_utf8_lossy(&out.stdout));
            assert!(!all.contains("panicked"), "{command:?} {path}: {all}");
            if expected.is_empty() {
                assert!(
                    out.status.success() || command == ["preview"] || command == ["validate"],
                    "{all}"
                );
            } else {
                assert!(
                    matches!(out.status.code(), Some(1 | 2)),
                    "{command:?} {path}: {all}"
                );
                assert!(
                    all.contains(expected),
                    "{command:?} {path}: expected {expected:?} in {all}"
                );
            }
        }
    }
    // A file over the size limit is refused, naming the limit and the way to raise it.
    let big = write("big.json", &vec![b' '; 2 << 20]);
    factquiz()
        .args(["validate", &big, "--max-file-mib", "1"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "larger than the limit of 1 MiB (raise it with --max-file-mib)",
        ));
    // Deep nesting inside a value that is skipped is read without recursion: no stack overflow.
    let deep = write(
        "deep.json",
        format!(
            r#"{{"results":[{{"type":"multiple","question":"q","correct_answer":"a","extra":{nested}}}]}}"#
        )
        .as_bytes(),
    );
    factquiz()
        .args(["import", &deep])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "deep.json: no question could be imported",
        ));
    // A byte-order mark is fine; a folder where a file is wanted is named.
    let bom = write("bom.json", format!("\u{feff}{valid}").as_bytes());
    factquiz().args(["validate", &bom]).assert().code(0);
    factquiz()
        .args(["import", &dir.path().display().to_string()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is a folder; give a file"));
}

#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let binary = assert_cmd::cargo::cargo_bin!("factquiz");
    let data = tempfile::tempdir().unwrap();
    for args in [
        vec!["list"],
        vec!["preview", "questions/korea-war-remains-2018.json"],
        vec!["schema"],
        vec!["new"],
        vec!["--seed", "1", "-n", "30"],
        vec!["scores"],
    ] {
        let mut child = Command::new(binary)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("FACTQUIZ_DATA_DIR", data.path())
            .env("FACTQUIZ_CACHE_DIR", super::cache_dir())
            .args(&args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Read one byte, like `| head -c 1`, then close the pipe and feed answers.
        let mut first = [0u8; 1];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap();
        let _ = child
            .stdin
            .take()
            .unwrap()
            .write_all("a\n".repeat(100).as_bytes());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{args:?}: {:?} {stderr}", out.status);
        assert!(
            !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn end_of_input_ends_the_game_with_its_summary() {
    // The first question's answer, whatever its kind, then the end of input.
    let drawn = super::report(&["--seed", "3", "-n", "3"], "");
    let first = drawn["questions"][0]["answer"].as_str().unwrap().to_owned();
    factquiz()
        .args(["--seed", "3", "-n", "3"])
        .write_stdin(format!("{first}\n"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Input ended after 1 of 3 questions.",
        ))
        .stdout(predicate::str::contains("Game over:"));
}

#[test]
fn output_that_cannot_be_written_is_exit_status_1() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("Linux has /dev/full");
    let out = Command::new(assert_cmd::cargo::cargo_bin!("factquiz"))
        .arg("schema")
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("cannot write output"), "{stderr}");
}

#[test]
fn endless_lines_that_are_not_answers_end_the_game() {
    // `yes t | factquiz`: a verdict question is never answered by "t".
    let t = "t\n".repeat(10_000);
    let out = factquiz()
        .args(["--seed", "1", "-n", "5", "--kind", "verdict"])
        .write_stdin(t)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(
        stdout.contains("20 lines in a row were not answers; ending the game."),
        "{stdout}"
    );
    assert!(
        stdout.contains("Input ended after 0 of 5 questions."),
        "{stdout}"
    );
}

#[test]
fn a_problem_in_every_fact_of_a_large_bank_is_reported_with_its_line() {
    // 20,000 facts, each citing a paragraph the source does not have: every problem is located
    // in one pass over the file, not one pass a problem.
    let text =
        factquiz::synthetic::bank(20_000).replace("\"paragraphs\":[", "\"paragraphs\":[5000,");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.json");
    fs::write(&path, text).unwrap();
    let out = factquiz().arg("validate").arg(&path).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.ends_with("1 file checked: 25000 errors, 0 warnings\n"),
        "{}",
        &stdout[stdout.len().saturating_sub(300)..]
    );
    assert!(stdout.contains(":20003:"), "facts are located by line");
}

#[test]
fn a_large_bank_places_a_problem_alike_near_its_start_and_at_its_end() {
    // A large bank is not kept as text: its problems are placed from its first bytes read again
    // when they all lie there, and from the whole file when one lies further on (issue #16).
    let bank = factquiz::synthetic::bank(20_000);
    assert!(bank.len() > 4 << 20, "{}", bank.len());
    let early = bank.replacen("\"id\":\"f2\",", "\"id\":\"f1\",", 1);
    let both = early.replacen("\"id\":\"f19999\",", "\"id\":\"f7\",", 1);
    let dir = tempfile::tempdir().unwrap();
    for (text, lines) in [(&early, &[":4:"][..]), (&both, &[":4:", ":20001:"][..])] {
        let path = dir.path().join("large.json");
        fs::write(&path, text).unwrap();
        let out = factquiz().arg("validate").arg(&path).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{stdout}");
        let errors: Vec<&str> = stdout.lines().filter(|l| l.contains(": error: ")).collect();
        assert_eq!(errors.len(), lines.len(), "{stdout}");
        for (error, line) in errors.iter().zip(lines) {
            assert!(error.contains(&format!("large.json{line}")), "{error}");
        }
    }
}
