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
    // The repository's copy of the bundled file is that file, not another event with its id.
    factquiz()
        .env("FACTQUIZ_DATA_DIR", tempfile::tempdir().unwrap().path())
        .args(["validate", "--deny-warnings"])
        .arg(
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("questions/korea-war-remains-2018.json"),
        )
        .assert()
        .code(0)
        .stdout(predicate::str::ends_with(
            "1 file checked: 0 errors, 0 warnings\n",
        ));
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

/// A file with a dozen mistakes of different kinds (writing and shape), made from a teacher's real
/// file: one run of `validate` names every one, each with its line, column and field.
#[test]
fn every_structural_mistake_of_a_file_is_reported_in_one_run() {
    let path = fixture("many-mistakes.json");
    let out = factquiz().arg("validate").arg(&path).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let expected = [
        (
            2,
            13,
            "format",
            "format must be the format version, the number 1, not text (\"1\")",
        ),
        (
            5,
            5,
            "event",
            "this is a curly quote “; JSON needs straight quotes \"",
        ),
        (8, 5, "event", "a comma is missing before this field"),
        (
            16,
            20,
            "facts[0].tolerance",
            "tolerance must be {\"absolute\": 1} or {\"percent\": 5}, not a plain number (0.5)",
        ),
        (
            20,
            21,
            "facts[0].paragraphs",
            "paragraphs must be a list of numbers, like [3] or [2, 6], not a plain number (2)",
        ),
        (25, 15, "facts[1].type", "(\"city\" is not a type)"),
        (
            28,
            59,
            "facts[1].distractors",
            "nothing follows this comma: remove it",
        ),
        (
            29,
            17,
            "facts[1].strict",
            "strict must be true or false, without quotes, not text (\"yes\")",
        ),
        (
            31,
            7,
            "facts[1].explantion",
            "\"explantion\" is not a field of this fact; did you mean \"explanation\"?",
        ),
        (
            38,
            18,
            "claims[0].verdict",
            "verdict must be supported, refuted or not stated (true is not a verdict)",
        ),
        (
            42,
            5,
            "claims[1].explanation",
            "this claim needs \"explanation\"",
        ),
        (
            45,
            18,
            "claims[1].verdict",
            "(\"Supported\" is not a verdict; did you mean \"supported\"?)",
        ),
    ];
    let lines: Vec<&str> = stdout.lines().filter(|l| l.contains(": error: ")).collect();
    for (line, column, field, says) in expected {
        let place = format!("{}:{line}:{column}: error: {field}: ", path.display());
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&place) && l.contains(says)),
            "expected {place}…{says} in\n{stdout}"
        );
    }
    assert_eq!(lines.len(), expected.len(), "{stdout}");
    assert!(
        stdout.ends_with("1 file checked: 12 errors, 0 warnings\n"),
        "{stdout}"
    );
}

/// Words from the parser's vocabulary that no message shows an author (issue #12).
const JARGON: [&str; 8] = [
    "expected value",
    "f64",
    "sequence",
    "struct",
    "variant",
    "EOF",
    "invalid type",
    "u32",
];

/// Every fixture, and files broken in every way the other tests break them, give messages in
/// plain words.
#[test]
fn no_message_uses_parser_jargon() {
    let dir = tempfile::tempdir().unwrap();
    let tiny = fs::read_to_string(fixture("tiny.json")).unwrap();
    let broken = [
        "",
        "{",
        "[1, 2]",
        "{\"format\": 1,}",
        "{\"format\": 1 \"event\": {}}",
        "{\"format\": -1, \"event\": []}",
        "\"text\"",
        "{\"format\": 1e999}",
        "{\"format\": 1, \"facts\": [{\"answer\": {}}]}",
    ];
    for (i, text) in broken.iter().enumerate() {
        fs::write(dir.path().join(format!("broken-{i}.json")), text).unwrap();
    }
    for (i, (from, to)) in [
        ("\"not stated\"", "\"maybe\""),
        ("\"paragraphs\": [1]", "\"paragraphs\": [-1]"),
        ("\"paragraphs\": [1]", "\"paragraphs\": [1.5]"),
        ("\"answer\": \"12\"", "\"answer\": null"),
        ("\"answer\": \"12\"", "\"answer\": [12]"),
        ("\"type\": \"place\"", "\"type\": 3"),
        ("\"paragraphs\": 2 }", "\"paragraphs\": 99999999999 }"),
    ]
    .iter()
    .enumerate()
    {
        fs::write(
            dir.path().join(format!("edited-{i}.json")),
            tiny.replace(from, to),
        )
        .unwrap();
    }
    let fixtures = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for folder in [dir.path(), &fixtures] {
        let out = factquiz().arg("validate").arg(folder).output().unwrap();
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(said.contains("error"), "{said}");
        for word in JARGON {
            assert!(!said.contains(word), "{word:?} in\n{said}");
        }
    }
}

/// A digest with a line too few or an empty line is an error naming the file, the field and the
/// counts; the bundled file's digest passes.
#[test]
fn a_digest_must_have_one_line_for_each_paragraph() {
    let dir = tempfile::tempdir().unwrap();
    let bundled = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/questions/korea-war-remains-2018.json"
    );
    let mut file: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(bundled).unwrap()).unwrap();
    let digest = file["event"]["source"]["digest"].as_array_mut().unwrap();
    assert_eq!(digest.len(), 14);
    digest.pop();
    digest[2] = serde_json::Value::from("  ");
    let path = dir.path().join("short-digest.json");
    fs::write(&path, serde_json::to_string_pretty(&file).unwrap()).unwrap();
    let out = factquiz().arg("validate").arg(&path).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("short-digest.json"), "{stdout}");
    assert!(
        stdout.contains(
            "event.source.digest: the digest has 13 lines, but event.source.paragraphs says the source has 14"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains("event.source.digest[2]: must not be empty"),
        "{stdout}"
    );
}
