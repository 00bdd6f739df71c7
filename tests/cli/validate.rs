//! `factquiz validate`: every problem in every file, with its place.

use std::fs;

use predicates::prelude::*;

use super::{factquiz, fixture};

#[test]
fn the_bundled_files_are_valid() {
    factquiz()
        .env("FACTQUIZ_DATA_DIR", tempfile::tempdir().unwrap().path())
        .arg("validate")
        .assert()
        .code(0)
        .stdout("1 file checked: 0 errors, 0 warnings\n");
}

/// Each broken file, with what the report must say about it.
#[test]
fn each_broken_file_is_reported_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let tiny = fs::read_to_string(fixture("tiny.json")).unwrap();
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "syntax.json",
            "{\n  \"format\": 1,\n  oops\n}".into(),
            "syntax.json:3:3: error: \"oops\" does not belong here: a field is written \"name\": value",
        ),
        (
            "type.json",
            tiny.replace("\"format\": 1", "\"format\": \"one\""),
            "type.json:2:13: error: format: format must be the format version, the number 1, not text (\"one\")",
        ),
        (
            "dup.json",
            tiny.replace("\"tiny-place\"", "\"tiny-count\""),
            "dup.json:20:13: error: facts[1].id: the id \"tiny-count\" is already used by facts[0]",
        ),
        (
            "slot.json",
            tiny.replace("counts {answer} birds", "counts birds"),
            "slot.json:15:20: error: facts[0].statement: the statement has no {answer} slot",
        ),
        (
            "para.json",
            tiny.replace("\"paragraphs\": [2]", "\"paragraphs\": [9]"),
            "para.json:26:22: error: facts[1].paragraphs[0]: paragraph 9 is outside the source",
        ),
        (
            "unknown.json",
            tiny.replace("\"statement\": \"The birds", "\"statment\": \"The birds"),
            "unknown.json:24:7: error: facts[1].statment: \"statment\" is not a field of this fact; did you mean \"statement\"?",
        ),
        (
            "empty.json",
            String::new(),
            "empty.json: error: the file is empty",
        ),
        (
            "prose.json",
            "These are my notes, not JSON.".into(),
            "prose.json:1:1: error: this is not JSON: the file must be one object, starting with {",
        ),
        (
            "verdict.json",
            tiny.replace("\"not stated\"", "\"maybe\""),
            "verdict.json:34:18: error: claims[0].verdict: verdict must be supported, refuted or not stated (\"maybe\" is not a verdict)",
        ),
        (
            "tolerance.json",
            tiny.replace(
                "\"answer\": \"12\",",
                "\"answer\": \"12\", \"tolerance\": {\"absolute\": -1},",
            ),
            "error: facts[0].tolerance: a tolerance must be zero or more",
        ),
    ];
    for (name, text, expected) in &cases {
        let path = dir.path().join(name);
        fs::write(&path, text).unwrap();
        let out = factquiz().arg("validate").arg(&path).output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{name}: {stdout}");
        assert!(
            stdout.contains(expected),
            "{name}: expected {expected:?} in\n{stdout}"
        );
        assert!(
            stdout.contains(&path.display().to_string()) || stdout.contains(name),
            "{name}"
        );
        assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    }
    // All at once: every file's problems in one run.
    let out = factquiz().arg("validate").arg(dir.path()).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.contains(&format!("{} files checked", cases.len())),
        "{stdout}"
    );
    for (name, _, _) in &cases {
        assert!(
            stdout.contains(name),
            "{name} missing from the combined report:\n{stdout}"
        );
    }
}

#[test]
fn unknown_fields_get_a_suggestion_and_syntax_errors_an_excerpt() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typo.json");
    let tiny = fs::read_to_string(fixture("tiny.json")).unwrap();
    fs::write(
        &path,
        tiny.replace(
            "\"explanation\": \"The first",
            "\"explantion\": \"The first",
        ),
    )
    .unwrap();
    factquiz()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("did you mean \"explanation\"?"))
        .stdout(predicate::str::contains(
            "\"explantion\": \"The first paragraph counts the birds.\"",
        ));
}

#[test]
fn warnings_pass_unless_denied() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("few.json");
    let tiny = fs::read_to_string(fixture("tiny.json")).unwrap();
    fs::write(
        &path,
        tiny.replace("[\"Porto\", \"Faro\", \"Braga\"]", "[\"Porto\"]"),
    )
    .unwrap();
    factquiz()
        .arg("validate")
        .arg(&path)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("warning: facts[1].distractors"));
    factquiz()
        .args(["validate", "--deny-warnings"])
        .arg(&path)
        .assert()
        .code(1);
}

#[test]
fn a_bad_option_is_a_usage_error() {
    factquiz().args(["validate", "--nope"]).assert().code(2);
}
