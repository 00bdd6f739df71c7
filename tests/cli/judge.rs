//! `factquiz judge`: typed answers to one fact, judged as a game judges them (#11).

use predicates::prelude::*;
use serde_json::Value;

use super::{factquiz, fixture};

#[test]
fn answers_are_judged_with_the_reason() {
    factquiz()
        .args(["judge", "cases-count", "55 small cases", "65", "fifty five"])
        .assert()
        .success()
        .stdout(predicate::str::contains("(answer: 55)"))
        .stdout(predicate::str::contains("right    55 small cases"))
        .stdout(predicate::str::contains("wrong    65  +10 from the answer"))
        .stdout(predicate::str::contains("right    fifty five"));
    factquiz()
        .args(["judge", "base-city", "Pyeongteak"])
        .assert()
        .success()
        .stdout(predicate::str::contains("spelling slip of Pyeongtaek"));
}

#[test]
fn answers_come_one_a_line_from_stdin_and_json_says_how() {
    let out = factquiz()
        .args(["judge", "--json", "--questions"])
        .arg(fixture("answering.json"))
        .arg("city")
        .write_stdin("Pyeongtaek\nBusan\nPyeongteak\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let verdicts: Vec<(&str, &str)> = report["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["verdict"].as_str().unwrap(), r["how"].as_str().unwrap()))
        .collect();
    assert_eq!(
        verdicts,
        [("right", "exact"), ("wrong", "wrong"), ("right", "slip")]
    );
}

#[test]
fn a_multiple_choice_line_with_the_options_as_printed() {
    let out = factquiz()
        .args(["judge", "--json", "--questions"])
        .arg(fixture("answering.json"))
        .args([
            "covering",
            "--option",
            "the US flag",
            "--option",
            "the United Nations insignia",
        ])
        .args([
            "--option",
            "the South Korean flag",
            "--option",
            "the North Korean flag",
        ])
        .args(["--", "b)", "a", "UN flag", "Korean flag", "-x"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let verdicts: Vec<String> = report["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["verdict"].as_str().unwrap(),
                r["option"].as_str().unwrap_or("-")
            )
        })
        .collect();
    assert_eq!(
        verdicts,
        ["right b", "wrong a", "confirm b", "again -", "again -"]
    );
}

#[test]
fn an_unknown_fact_or_options_without_the_answer_are_named() {
    factquiz()
        .args(["judge", "no-such-fact", "x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no fact \"no-such-fact\""));
    factquiz()
        .args([
            "judge",
            "cases-count",
            "--option",
            "1",
            "--option",
            "2",
            "x",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "none of the options given is the answer",
        ));
}
