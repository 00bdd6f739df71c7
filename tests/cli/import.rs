//! `factquiz import`: an Open Trivia DB response becomes a question file that validates and plays.

use std::fs;

use predicates::prelude::*;
use serde_json::Value;

use super::{assert_valid, factquiz, fixture, report};

const ENCODINGS: [&str; 4] = ["html", "base64", "url3986", "urllegacy"];

fn import(args: &[&str]) -> Value {
    let out = factquiz().arg("import").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "exit {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn opentdb(name: &str) -> String {
    fixture(&format!("opentdb/{name}.json"))
        .display()
        .to_string()
}

#[test]
fn a_response_imports_validates_and_plays() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trivia.json");
    factquiz()
        .args(["import", "--from", "opentdb", &opentdb("html"), "--output"])
        .arg(&path)
        .assert()
        .success()
        .stdout("")
        .stderr(
            predicate::str::contains("imported 8 questions")
                .and(predicate::str::contains("(html encoding)")),
        );
    assert_valid(&path);
    factquiz()
        .args(["list", "--questions"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("opentdb-html"));

    // Every question comes up, and answering each right scores full marks.
    let questions = path.to_str().unwrap();
    let args = ["--seed", "5", "-n", "8", "--questions", questions];
    let drawn = report(&args, "");
    let answers: Vec<&str> = drawn["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["answer"].as_str().unwrap())
        .collect();
    assert_eq!(answers.len(), 8);
    let played = report(&args, &answers.join("\n"));
    assert_eq!(played["correct"], 8);
    assert_eq!(played["score"], played["max_score"]);
    let kinds: Vec<&str> = played["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["kind"].as_str().unwrap())
        .collect();
    assert!(kinds.contains(&"choice") && kinds.contains(&"truefalse"));
    // The bank cites no source, and the game says so rather than showing an empty citation.
    factquiz()
        .args(args)
        .write_stdin(answers.join("\n"))
        .assert()
        .success()
        .stdout(
            predicate::str::contains("No evidence: the question file cites no source")
                .and(predicate::str::contains("Evidence :").not()),
        );

    // Never overwritten without --force.
    factquiz()
        .args(["import", &opentdb("base64"), "--output"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    factquiz()
        .args(["import", &opentdb("base64"), "--force", "--output"])
        .arg(&path)
        .assert()
        .success()
        .stderr(predicate::str::contains("(base64 encoding)"));
}

#[test]
fn every_encoding_gives_the_same_questions_decoded() {
    let files: Vec<Value> = ENCODINGS
        .iter()
        .map(|e| import(&["--id", "trivia", &opentdb(e)]))
        .collect();
    let html = &files[0];
    for (file, name) in files.iter().zip(ENCODINGS) {
        assert_eq!(file["questions"], html["questions"], "{name}");
        assert_eq!(file["event"]["title"], html["event"]["title"], "{name}");
    }
    let q = &html["questions"];
    assert_eq!(q[2]["question"], "Who composed the opera \"Carmen\"?");
    assert_eq!(q[2]["distractors"][2], "Camille Saint-Saëns");
    assert_eq!(q[2]["difficulty"], "hard");
    assert_eq!(q[2]["tags"][0], "Entertainment: Music");
    assert_eq!(q[4]["answer"], "Québec City");
    assert_eq!(q[0]["tags"][0], "Science & Nature");
    assert_eq!(
        (q[1]["kind"].as_str(), q[1]["answer"].as_str()),
        (Some("truefalse"), Some("true"))
    );
    assert_eq!(q[3]["answer"], "false");
    assert_eq!(q[0]["id"], "trivia-1");
    assert!(
        !serde_json::to_string(html).unwrap().contains("&quot;")
            && !serde_json::to_string(html).unwrap().contains("%20")
    );
}

#[test]
fn standard_input_and_default_ids() {
    let text = fs::read_to_string(opentdb("url3986")).unwrap();
    let out = factquiz()
        .args(["import", "-"])
        .write_stdin(text)
        .output()
        .unwrap();
    assert!(out.status.success());
    let file: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(file["event"]["id"], "opentdb");
    assert!(String::from_utf8_lossy(&out.stderr).contains("from standard input (url encoding)"));
    assert_eq!(import(&[&opentdb("html")])["event"]["id"], "opentdb-html");
}

#[test]
fn a_bad_response_is_refused_with_the_place_and_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        fs::write(&path, text).unwrap();
        path.display().to_string()
    };
    let cases = [
        (
            write("code.json", r#"{"response_code":1,"results":[]}"#),
            "response code 1 (no results",
        ),
        (
            write("syntax.json", "{\"response_code\":0,\n \"results\": [,]}"),
            "syntax.json:2:",
        ),
        (
            write("shape.json", r#"{"results":[{"type":"multiple"}]}"#),
            "shape.json:1:",
        ),
        (
            write("none.json", r#"{"results":[]}"#),
            "no question could be imported",
        ),
        (
            write(
                "unknown.json",
                r#"{"results":[{"type":"open","question":"Q?","correct_answer":"A"}]}"#,
            ),
            "results[0]: type \"open\" is not one factquiz knows",
        ),
        (
            write(
                "b64.json",
                r#"{"results":[{"type":"bXVsdGlwbGU=","question":"@@@","correct_answer":"QQ=="}]}"#,
            ),
            "results[0].question: not base64",
        ),
        (write("empty.json", ""), "empty.json: the file is empty"),
        (
            dir.path().join("missing.json").display().to_string(),
            "missing.json: no such file",
        ),
    ];
    for (path, expected) in cases {
        factquiz()
            .args(["import", &path])
            .assert()
            .code(2)
            .stdout("")
            .stderr(
                predicate::str::contains(expected).and(predicate::str::contains("panicked").not()),
            );
    }
}

#[test]
fn questions_that_cannot_be_played_are_skipped_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mixed.json");
    fs::write(
        &path,
        r#"{"response_code":0,"results":[
            {"type":"boolean","difficulty":"easy","category":"C","question":"Water is wet.","correct_answer":"True","incorrect_answers":["False"]},
            {"type":"boolean","difficulty":"easy","category":"C","question":"Is it?","correct_answer":"Maybe","incorrect_answers":[]},
            {"type":"multiple","difficulty":"easy","category":"C","question":"Pick","correct_answer":"A","incorrect_answers":["a","A."]},
            {"type":"multiple","difficulty":"odd","category":"C","question":"Pick one","correct_answer":"A","incorrect_answers":["B","b","C","D"]}
        ]}"#,
    )
    .unwrap();
    let out = factquiz().arg("import").arg(&path).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("imported 2 questions"), "{stderr}");
    assert!(
        stderr.contains("skipped results[1]: a true/false question whose answer is \"Maybe\""),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "skipped results[2]: a multiple-choice question with no distinct wrong answers"
        ),
        "{stderr}"
    );
    let file: Value = serde_json::from_slice(&out.stdout).unwrap();
    let kept = &file["questions"][1];
    assert_eq!(kept["distractors"], serde_json::json!(["B", "C", "D"]));
    assert_eq!(kept["difficulty"], "medium");
}
