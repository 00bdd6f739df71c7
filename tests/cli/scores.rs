//! The history: `factquiz scores`, personal bests, `--practice`, `--retry`, and games saved safely.

use std::collections::HashSet;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

use predicates::prelude::*;
use serde_json::Value;

use super::{factquiz, report_with, wrong};

/// A game against the history in `data`, with `stdin` as the answers; the JSON report.
fn game(data: &Path, args: &[&str], stdin: &str) -> Value {
    let mut command = factquiz();
    command.env("FACTQUIZ_DATA_DIR", data);
    report_with(command, args, stdin)
}

fn questions(report: &Value) -> &Vec<Value> {
    report["questions"].as_array().unwrap()
}

/// The answers to `report`'s questions: right, except at the indexes in `wrong_at`.
fn answers(report: &Value, wrong_at: &[usize]) -> String {
    questions(report)
        .iter()
        .enumerate()
        .map(|(i, q)| {
            if wrong_at.contains(&i) {
                wrong(q)
            } else {
                q["answer"].as_str().unwrap().to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn scores(data: &Path) -> Value {
    let out = factquiz()
        .env("FACTQUIZ_DATA_DIR", data)
        .args(["scores", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

fn ids(report: &Value) -> Vec<String> {
    questions(report)
        .iter()
        .map(|q| q["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn two_games_show_up_in_scores_and_a_personal_best_is_reported() {
    let data = tempfile::tempdir().unwrap();
    let args = ["--seed", "5", "-n", "4"];
    let drawn = game(data.path(), &args, "");
    let all_wrong = answers(&drawn, &[0, 1, 2, 3]);
    let first = game(data.path(), &args, &all_wrong);
    assert_eq!(
        (first["score"].as_u64(), first["new_best"].as_bool()),
        (Some(0), Some(false))
    );
    // Two games so far (the empty one and the wrong one); now a perfect one, in text mode.
    factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .args(args)
        .write_stdin(answers(&drawn, &[]))
        .assert()
        .success()
        .stdout(predicate::str::contains("New personal best:"))
        .stdout(predicate::str::contains("(your best before was 0)"))
        .stdout(predicate::str::contains("By kind:"));
    let s = scores(data.path());
    assert_eq!(s["games"], 3);
    let last = s["last"].as_array().unwrap();
    assert_eq!(last[0]["score"], drawn["max_score"], "newest first");
    assert_eq!(
        (last[0]["correct"].as_u64(), last[0]["answered"].as_u64()),
        (Some(4), Some(4))
    );
    assert_eq!(
        (last[1]["score"].as_u64(), last[1]["answered"].as_u64()),
        (Some(0), Some(4))
    );
    assert_eq!(last[2]["answered"], 0);
    assert_eq!(s["best"][0]["score"], drawn["max_score"]);
    assert_eq!(s["overall"]["answered"], 8);
    assert_eq!(s["overall"]["correct"], 4);
    // The same again does not beat it.
    let again = game(data.path(), &args, &answers(&drawn, &[]));
    assert_eq!(again["new_best"], false);
    // The text form names every section.
    factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .args(["scores", "--limit", "1"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "4 games · 12 answered · accuracy 67%",
        ))
        .stdout(predicate::str::contains("Best scores"))
        .stdout(predicate::str::contains("Accuracy by day"))
        .stdout(predicate::str::contains("By answer type (weakest first)"));
}

#[test]
fn twenty_games_at_once_leave_twenty_records() {
    let data = tempfile::tempdir().unwrap();
    let binary = assert_cmd::cargo::cargo_bin!("factquiz");
    let children: Vec<_> = (0..20)
        .map(|seed| {
            Command::new(binary)
                .env("FACTQUIZ_DATA_DIR", data.path())
                .env("FACTQUIZ_CACHE_DIR", super::cache_dir())
                .args(["--seed", &seed.to_string(), "-n", "3", "--json"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let text = fs::read_to_string(data.path().join("history.jsonl")).unwrap();
    let seeds: HashSet<u64> = text
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["seed"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(text.lines().count(), 20);
    assert_eq!(seeds, (0..20).collect());
    assert_eq!(scores(data.path())["games"], 20);
}

#[test]
fn a_corrupted_history_is_moved_aside_and_the_game_still_saves() {
    let data = tempfile::tempdir().unwrap();
    let history = data.path().join("history.jsonl");
    fs::write(&history, "not a history\n").unwrap();
    let out = factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .args(["--seed", "3", "-n", "2"])
        .write_stdin("")
        .output()
        .unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let aside = data.path().join("history.jsonl.unreadable-1");
    assert!(stderr.contains("warning:"), "{stderr}");
    assert!(stderr.contains(&history.display().to_string()), "{stderr}");
    assert!(stderr.contains(&aside.display().to_string()), "{stderr}");
    assert_eq!(fs::read_to_string(&aside).unwrap(), "not a history\n");
    assert_eq!(fs::read_to_string(&history).unwrap().lines().count(), 1);
    assert_eq!(scores(data.path())["games"], 1);
}

#[test]
fn practice_asks_the_missed_facts_first_then_the_unseen() {
    let data = tempfile::tempdir().unwrap();
    let args = ["--seed", "5", "-n", "6"];
    let drawn = game(data.path(), &["--seed", "5", "-n", "6", "--no-save"], "");
    let played = game(data.path(), &args, &answers(&drawn, &[1, 3, 4]));
    let asked = ids(&played);
    let missed: HashSet<String> = [1, 3, 4].map(|i| asked[i].clone()).into();
    let known: HashSet<String> = [0, 2, 5].map(|i| asked[i].clone()).into();

    let practice = game(data.path(), &["--practice", "--seed", "9", "-n", "8"], "");
    let order = ids(&practice);
    assert_eq!(
        order[..3].iter().cloned().collect::<HashSet<_>>(),
        missed,
        "{order:?}"
    );
    assert!(
        order[3..]
            .iter()
            .all(|id| !known.contains(id) && !missed.contains(id)),
        "{order:?}"
    );
    // The same seed and history give the same order.
    let data2 = tempfile::tempdir().unwrap();
    game(data2.path(), &args, &answers(&drawn, &[1, 3, 4]));
    let again = game(data2.path(), &["--practice", "--seed", "9", "-n", "8"], "");
    assert_eq!(ids(&again), order);
}

#[test]
fn retry_asks_exactly_the_questions_missed_in_the_last_game() {
    let data = tempfile::tempdir().unwrap();
    let args = ["--seed", "11", "-n", "8"];
    let drawn = game(data.path(), &["--seed", "11", "-n", "8", "--no-save"], "");
    let played = game(data.path(), &args, &answers(&drawn, &[0, 2, 7]));
    let retry = game(data.path(), &["--retry"], "");
    let shown = |q: &Value| {
        (
            q["id"].clone(),
            q["kind"].clone(),
            q["prompt"].clone(),
            q["options"].clone(),
            q["answer"].clone(),
        )
    };
    let missed: Vec<_> = [0, 2, 7].map(|i| shown(&questions(&played)[i])).into();
    let again: Vec<_> = questions(&retry).iter().map(shown).collect();
    assert_eq!(again, missed);
    // Answering them all right leaves nothing to retry.
    game(data.path(), &["--retry"], &answers(&retry, &[]));
    factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .arg("--retry")
        .assert()
        .success()
        .stderr(predicate::str::contains("had no misses: nothing to retry"));
    // With no history at all, there is nothing to retry either.
    factquiz()
        .arg("--retry")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no earlier game to retry"))
        .stderr(predicate::str::contains("history.jsonl"));
}

#[test]
fn no_save_leaves_no_history_and_reset_moves_it_aside() {
    let data = tempfile::tempdir().unwrap();
    game(data.path(), &["--seed", "1", "-n", "2", "--no-save"], "");
    assert!(!data.path().join("history.jsonl").exists());
    game(data.path(), &["--seed", "1", "-n", "2"], "");
    factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .args(["scores", "--reset"])
        .write_stdin("n\n")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("Clear the history of 1 game?"))
        .stdout(predicate::str::contains("Nothing cleared."));
    assert_eq!(scores(data.path())["games"], 1);
    factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .args(["scores", "--reset", "--yes"])
        .assert()
        .success()
        .stdout(predicate::str::contains("History cleared"));
    assert_eq!(scores(data.path())["games"], 0);
    assert!(data.path().join("history.jsonl.cleared-1").exists());
    factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .arg("scores")
        .assert()
        .success()
        .stdout(predicate::str::contains("No games yet."));
}

#[test]
fn timed_games_and_no_streak_bonus_change_the_points() {
    let data = tempfile::tempdir().unwrap();
    let base = game(data.path(), &["--seed", "4", "-n", "5", "--no-save"], "");
    let plain = base["max_score"].as_u64().unwrap();
    let no_bonus = game(
        data.path(),
        &["--seed", "4", "-n", "5", "--no-save", "--no-streak-bonus"],
        "",
    );
    assert_eq!(
        no_bonus["max_score"].as_u64().unwrap(),
        plain - 3,
        "bonus from the third of five"
    );
    let timed = game(
        data.path(),
        &["--seed", "4", "-n", "5", "--no-save", "--timed", "30"],
        "",
    );
    assert_eq!(
        timed["max_score"].as_u64().unwrap(),
        2 * (plain - 3) + 3,
        "a full time bonus doubles each base"
    );
    // Piped answers come at once: each right answer earns its full time bonus.
    let fast = game(
        data.path(),
        &["--seed", "4", "-n", "5", "--no-save", "--timed", "30"],
        &answers(&base, &[]),
    );
    assert_eq!(fast["score"], timed["max_score"]);
}

/// `scores` over two games with `--confidence` and one without: the calibration of the answers
/// given a level, in all and by day, and a lean named from claims called refuted.
#[test]
fn scores_show_calibration_over_time_and_the_lean() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let args = [
        "--seed",
        "11",
        "-n",
        "6",
        "--kind",
        "verdict",
        "--confidence",
    ];
    let drawn = game(data, &args, "");
    // Every claim called refuted, and certain each time.
    let all_refuted: String = questions(&drawn).iter().map(|_| "r\n3\n").collect();
    let first = game(data, &args, &all_refuted);
    let refuted = questions(&first)
        .iter()
        .filter(|q| q["answer"] == "refuted")
        .count();
    let not_refuted = questions(&first).len() - refuted;
    assert!(not_refuted >= 2, "the draw has claims that are not refuted");
    // A plain game with no confidence adds nothing to the calibration.
    game(data, &["--seed", "12", "-n", "3"], "skip\nskip\nskip\n");
    let s = scores(data);
    let levels = s["calibration"]["levels"].as_array().unwrap();
    assert_eq!(levels[2]["answers"].as_u64(), Some(6));
    assert_eq!(levels[2]["right"].as_u64(), Some(refuted as u64));
    assert_eq!(levels[0]["answers"].as_u64(), Some(0));
    assert_eq!(s["calibration_by_day"].as_array().unwrap().len(), 1);
    assert_eq!(s["lean"]["leaning"], "too-sceptical");
    assert_eq!(s["lean"]["sceptical"].as_u64(), Some(not_refuted as u64));
    let text = factquiz()
        .env("FACTQUIZ_DATA_DIR", data)
        .arg("scores")
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("Calibration (6 answers with --confidence):"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "  3 certain       6 {:>5}  above 80%",
            format!("{}%", (100 * refuted + 3) / 6)
        )),
        "{text}"
    );
    assert!(text.contains("Over-confident"), "{text}");
    assert!(text.contains("Lean: you called"), "{text}");
    assert!(text.contains("claims refuted: too sceptical."), "{text}");
    assert!(text.contains("(confidence)"), "{text}");
}

#[test]
fn a_retry_without_the_file_the_misses_came_from_says_which_files_to_give() {
    let data = tempfile::tempdir().unwrap();
    let file = super::fixture("apollo-11.json");
    let file = file.to_str().unwrap();
    // Every question skipped: all missed.
    let played = game(
        data.path(),
        &["--questions", file, "--seed", "3", "-n", "2"],
        "skip\nskip\n",
    );
    assert_eq!(questions(&played).len(), 2);
    factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .arg("--retry")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "none of the last game's 2 missed questions is in the question files loaded now",
        ))
        .stderr(predicate::str::contains("--retry --questions FILE"));
    let retry = game(data.path(), &["--retry", "--questions", file], "");
    assert_eq!(questions(&retry).len(), 2);
}
