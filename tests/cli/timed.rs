//! Timed games (`--timed`): an answer after the limit is late everywhere it shows, the limit
//! takes decimals and refuses nothing or less, and at a terminal the countdown moves on by itself.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use expectrl::{Expect, Session};
use predicates::prelude::*;

use super::{factquiz, report};

#[test]
fn an_answer_after_the_limit_is_late_in_the_feedback_summary_history_and_json() {
    let args = ["--seed", "4", "-n", "1", "--kind", "short", "--timed", "1"];
    let drawn = report(&[&args[..], &["--no-save"]].concat(), "");
    let right = drawn["questions"][0]["answer"].as_str().unwrap().to_owned();
    let data = tempfile::tempdir().unwrap();
    let mut game = Command::new(assert_cmd::cargo::cargo_bin!("factquiz"))
        .args(args)
        .arg("--json")
        .env("FACTQUIZ_DATA_DIR", data.path())
        .env("FACTQUIZ_CACHE_DIR", super::cache_dir())
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = game.stdin.take().unwrap();
    std::thread::sleep(Duration::from_millis(1_500));
    writeln!(stdin, "{right}").unwrap();
    drop(stdin);
    let out = game.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(text.contains("⏱ Too late: the answer is"), "{text}");
    assert!(
        !text.contains("Right"),
        "a late answer is never right: {text}"
    );
    assert!(text.contains("0 right / 1 answered (1 late)"), "{text}");
    assert!(text.contains("too late."), "the review says so: {text}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["questions"][0]["result"], "late");
    assert_eq!(json["questions"][0]["correct"], false);
    assert_eq!(
        (json["correct"].as_u64(), json["late"].as_u64()),
        (Some(0), Some(1))
    );
    assert_eq!(json["score"], 0);
    let history = std::fs::read_to_string(data.path().join("history.jsonl")).unwrap();
    let record: serde_json::Value = serde_json::from_str(history.trim()).unwrap();
    assert_eq!(record["questions"][0]["result"], "late");
    assert_eq!(record["correct"], 0);
    assert_eq!(record["options"]["timed"], 1.0);
    // And the scores count it as a miss, not a right answer.
    factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .args(["scores", "--json"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\"correct\": 0"));
}

#[test]
fn the_limit_takes_decimals_and_refuses_nothing_or_less_in_plain_words() {
    let r = report(
        &["--seed", "4", "-n", "2", "--timed", "2.5", "--no-save"],
        "",
    );
    assert_eq!(r["questions"].as_array().unwrap().len(), 2);
    for bad in ["-1", "0", "-0.5"] {
        factquiz()
            .args(["--timed", bad])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("must be more than 0 seconds"))
            .stderr(predicate::str::contains("unexpected argument").not());
    }
}

#[test]
fn at_a_terminal_the_countdown_ends_a_question_on_its_own() {
    let data = tempfile::tempdir().unwrap();
    let mut command = Command::new(assert_cmd::cargo::cargo_bin!("factquiz"));
    command
        .args(["--seed", "4", "-n", "2", "--timed", "1.5"])
        .env("FACTQUIZ_DATA_DIR", data.path())
        .env("FACTQUIZ_CACHE_DIR", super::cache_dir())
        .env("NO_COLOR", "1")
        .env("TERM", "xterm-256color");
    let mut game = Session::spawn(command).expect("a pseudo-terminal");
    game.set_expect_timeout(Some(Duration::from_secs(20)));
    // The prompt shows the seconds left, then nothing is typed: the question ends by itself.
    game.expect("2 s > ").unwrap();
    game.expect("1 s > ").unwrap();
    game.expect(expectrl::Regex(
        r"(?s)⏱ Time's up: the answer is.*\[2/2\].* s > ",
    ))
    .unwrap();
    // The second is answered in time, as the countdown runs; the answer, sent with its Enter in
    // one piece, stays on the screen after the prompt.
    game.send_line("skip").unwrap();
    // One pattern to the end: what a match leaves unread may not be kept for the next.
    game.expect(expectrl::Regex(
        r"(?s)s > skip\r?\n.*→ Skipped.*Game over:.*0 right / 1 answered\s+\(1 skipped, 1 late\).*no\s+answer\s+in\s+time\.",
    ))
    .unwrap();
}
