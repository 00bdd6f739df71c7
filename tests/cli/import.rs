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
                .and(predicate::str::contains("Evidence :").not())
                .and(predicate::str::contains("checked against the source").not()),
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

/// Importing the same response twice into the user folder: the second import is refused before it
/// writes anything, with an id to use instead, and `list` keeps working (issue #12).
#[test]
fn importing_the_same_bank_twice_never_breaks_the_game() {
    let data = tempfile::tempdir().unwrap();
    let folder = data.path().join("questions");
    fs::create_dir_all(&folder).unwrap();
    let (first, second) = (folder.join("trivia.json"), folder.join("trivia-again.json"));
    let run = |args: &[&str], output: &std::path::Path| {
        factquiz()
            .env("FACTQUIZ_DATA_DIR", data.path())
            .arg("import")
            .arg(opentdb("html"))
            .args(args)
            .arg("--output")
            .arg(output)
            .assert()
    };
    run(&[], &first).success();
    run(&[], &second).code(2).stderr(predicate::str::contains(format!(
        "the event id \"opentdb-html\" is already the id of {}, which a game loads; give the import another id, like --id opentdb-html-2",
        first.display()
    )));
    assert!(!second.exists());
    let list = || {
        factquiz()
            .env("FACTQUIZ_DATA_DIR", data.path())
            .args(["list", "--json"])
            .output()
            .unwrap()
    };
    let out = list();
    assert!(out.status.success() && out.stderr.is_empty());
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 2);
    // Replacing the file that holds the event is no clash; another id is none either.
    run(&["--force"], &first).success();
    run(&["--id", "opentdb-html-2"], &second).success();
    let rows: Value = serde_json::from_slice(&list().stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 3);
}

/// A trivia bank has no event date (the day of the import is not one), and its year and number
/// options are listed in ascending order, as a number fact's are.
#[test]
fn an_imported_bank_has_no_date_and_sorted_number_options() {
    let dir = tempfile::tempdir().unwrap();
    let bank = dir.path().join("years.json");
    fs::write(
        &bank,
        r#"{"response_code":0,"results":[
            {"type":"multiple","difficulty":"easy","category":"History","question":"In which year did Apollo 11 land on the Moon?","correct_answer":"1969","incorrect_answers":["1971","1965","1968"]},
            {"type":"multiple","difficulty":"easy","category":"Maths","question":"What is 7 times 8?","correct_answer":"56","incorrect_answers":["64","48","54"]}
        ]}"#,
    )
    .unwrap();
    let path = dir.path().join("out.json");
    factquiz()
        .arg("import")
        .arg(&bank)
        .arg("--output")
        .arg(&path)
        .assert()
        .success();
    let file: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    assert!(file["event"].get("date").is_none(), "{file}");
    let questions = path.to_str().unwrap();
    factquiz()
        .args(["list", "--questions", questions])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "opentdb-years  Open Trivia DB: History and Maths\n",
        ));
    for seed in 1..6 {
        let played = report(
            &[
                "--seed",
                &seed.to_string(),
                "-n",
                "2",
                "--questions",
                questions,
            ],
            "",
        );
        for q in played["questions"].as_array().unwrap() {
            let options: Vec<u32> = q["options"]
                .as_array()
                .unwrap()
                .iter()
                .map(|o| o.as_str().unwrap().parse().unwrap())
                .collect();
            let mut sorted = options.clone();
            sorted.sort_unstable();
            assert_eq!(options, sorted, "seed {seed}");
        }
    }
    factquiz()
        .args(["--seed", "1", "-n", "1", "--questions", questions])
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Open Trivia DB: History and Maths\n",
        ));
}
