//! `factquiz --confidence`: how sure after each answer, certainty-based marks, the calibration
//! in the summary, `--json` and the history.

use std::fs;

use predicates::prelude::*;
use serde_json::Value;

use super::{factquiz, report, report_with, wrong};

const ARGS: [&str; 5] = ["--seed", "603", "-n", "5", "--confidence"];

/// Each question's answer (right or wrong, as `plan` says) followed by its level.
fn script(drawn: &Value, plan: &[(bool, &str)]) -> String {
    let questions = drawn["questions"].as_array().unwrap();
    questions
        .iter()
        .zip(plan)
        .map(|(q, (right, level))| {
            let answer = if *right {
                q["answer"].as_str().unwrap().to_owned()
            } else {
                wrong(q)
            };
            format!("{answer}\n{level}\n")
        })
        .collect()
}

/// Right and certain, right and fairly sure (after a line that is no level), a right guess,
/// wrong and certain, a wrong guess.
const PLAN: [(bool, &str); 5] = [
    (true, "3"),
    (true, "maybe\nfairly"),
    (true, "guess"),
    (false, "certain"),
    (false, "1"),
];

#[test]
fn each_answer_earns_its_marks_and_json_keeps_each_level() {
    let drawn = report(&ARGS, "");
    let played = report(&ARGS, &script(&drawn, &PLAN));
    let points: Vec<i64> = played["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["points"].as_i64().unwrap())
        .collect();
    assert_eq!(points, [3, 2, 1, -6, 0]);
    let levels: Vec<i64> = played["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["confidence"].as_i64().unwrap())
        .collect();
    assert_eq!(levels, [3, 2, 1, 3, 1]);
    assert_eq!(played["score"], 0);
    assert_eq!(played["cbm_score"], 0);
    assert_eq!(played["max_score"], 15);
    assert_eq!(
        (played["correct"].as_u64(), played["answered"].as_u64()),
        (Some(3), Some(5))
    );
    // Without --confidence there is neither.
    let plain = report(&ARGS[..4], "");
    assert!(plain.get("cbm_score").is_none());
    assert!(plain["questions"][0].get("confidence").is_none());
}

#[test]
fn the_summary_shows_the_calibration_and_its_sentence() {
    let drawn = report(&ARGS, "");
    factquiz()
        .args(ARGS)
        .write_stdin(script(&drawn, &PLAN))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "How sure? 1 (a guess), 2 (fairly), 3 (certain)",
        ))
        .stdout(predicate::str::contains(
            "(type 1 for a guess, 2 for fairly sure, or 3 for certain)",
        ))
        .stdout(predicate::str::contains("−6 points (you said certain)"))
        .stdout(predicate::str::contains(
            "5 questions · confidence · seed 603",
        ))
        .stdout(predicate::str::contains("Game over: 0 of 15 points"))
        .stdout(predicate::str::contains(
            "(replay this game with --seed 603 -n 5 --confidence)",
        ))
        // A guess right 1 of 2 (in its band), fairly sure 1 of 1 (above it), certain 1 of 2
        // (below it): 4 points lost by being too sure, 1 by not being sure enough.
        .stdout(predicate::str::contains(
            "How sure  answers right  pays best\n\
             1 a guess       2   50%  below 67%\n\
             2 fairly        1  100%  67% to 80%\n\
             3 certain       2   50%  above 80%\n\
             Over-confident: you were right less often than your certainty pays for (being\n  \
             less sure would have earned 3 more points).",
        ));
}

#[test]
fn quitting_or_ending_the_input_at_how_sure_leaves_the_question_unanswered() {
    let drawn = report(&ARGS, "");
    let first = script(&drawn, &PLAN[..1]);
    let second = drawn["questions"][1]["answer"].as_str().unwrap();
    for end in ["q\n", ""] {
        let data = tempfile::tempdir().unwrap();
        let mut command = factquiz();
        command.env("FACTQUIZ_DATA_DIR", data.path());
        let played = report_with(command, &ARGS, &format!("{first}{second}\n{end}"));
        let results: Vec<&str> = played["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["result"].as_str().unwrap())
            .collect();
        assert_eq!(results[..2], ["right", "unanswered"], "{end:?}");
        assert_eq!(played["score"], 3);
        let history = fs::read_to_string(data.path().join("history.jsonl")).unwrap();
        let ending = if end.is_empty() {
            "end-of-input"
        } else {
            "quit"
        };
        assert!(
            history.contains(&format!(r#""ending":"{ending}""#)),
            "{history}"
        );
        assert!(history.contains(r#""confidence":true"#), "{history}");
    }
}

#[test]
fn a_timed_game_asks_how_sure_without_the_clock() {
    let drawn = report(&ARGS, "");
    let mut args = ARGS.to_vec();
    args.extend(["--timed", "30"]);
    let played = report(&args, &script(&drawn, &PLAN));
    assert_eq!(played["score"], 0);
    assert_eq!(played["questions"][0]["result"], "right");
}

/// The README's transcripts of `--confidence` and of the lean are what the game prints.
#[test]
fn the_readme_transcripts_are_what_the_game_prints() {
    let readme = include_str!("../../README.md");
    let shown = |command: &str| {
        let start = readme.find(command).expect("the README shows it") + command.len();
        readme[start..start + readme[start..].find("```").unwrap()].to_owned()
    };
    let out = factquiz()
        .args(["--seed", "603", "-n", "3", "--confidence"])
        .write_stdin("b\n2\nr\n3\nc\ncertain\n\n")
        .output()
        .unwrap();
    let game = shown("$ cargo run --release -- --seed 603 -n 3 --confidence\n");
    assert_eq!(String::from_utf8_lossy(&out.stdout), game);
    let out = factquiz()
        .args(["--seed", "7", "-n", "3", "--kind", "verdict"])
        .write_stdin("r\nr\nr\n\n")
        .output()
        .unwrap();
    let lean = shown("$ cargo run --release -- --seed 7 -n 3 --kind verdict\n");
    let summary = lean.split("...\n").nth(1).unwrap();
    assert!(summary.contains("too sceptical"), "{summary}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains(summary),
        "{summary}"
    );
}
