//! `factquiz new`, `preview` and `schema`: writing a file and seeing what it gives.

use std::fs;

use predicates::prelude::*;
use serde_json::Value;

use super::{assert_valid, factquiz, fixture};

fn schema() -> Value {
    let out = factquiz().arg("schema").output().unwrap();
    assert!(out.status.success());
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn new_prints_a_file_that_validates_and_plays() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mine.json");
    factquiz()
        .args(["new", "--output"])
        .arg(&path)
        .assert()
        .success();
    assert_valid(&path);
    factquiz()
        .args(["new", "--output"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    fs::write(&path, "changed").unwrap();
    factquiz()
        .args(["new", "--force", "--output"])
        .arg(&path)
        .assert()
        .success();
    assert!(fs::read_to_string(&path).unwrap().contains("\"format\": 1"));
    let printed = factquiz().arg("new").output().unwrap().stdout;
    assert_eq!(printed, fs::read(&path).unwrap());
    factquiz()
        .args(["--seed", "1", "--questions"])
        .arg(&path)
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::contains("5 questions"));
}

#[test]
fn preview_lists_every_question_of_the_bundled_file() {
    let bundled = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/questions/korea-war-remains-2018.json"
    );
    let out = factquiz()
        .args(["preview", "--json", bundled])
        .output()
        .unwrap();
    assert!(out.status.success());
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let listed = factquiz()
        .args(["list", "--json", "--questions", bundled])
        .output()
        .unwrap();
    let listed: Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(
        rows.as_array().unwrap().len() as u64,
        listed[0]["questions"].as_u64().unwrap()
    );
    let row = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "cases-count" && r["kind"] == "choice")
        .unwrap();
    assert_eq!(row["distractors"], serde_json::json!(["45", "50", "75"]));
    factquiz()
        .args(["preview", bundled])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("== short ==").and(predicate::str::contains("== verdict ==")),
        )
        .stdout(predicate::str::contains(
            "accepts:     Osan Air Base | Osan | Osan AB | Osan airbase",
        ));
}

#[test]
fn the_schema_is_in_sync_accepts_good_files_and_rejects_broken_ones() {
    let schema = schema();
    let committed: Value = serde_json::from_str(
        &fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/questions/schema/question-file.schema.json"
        ))
        .unwrap(),
    )
    .unwrap();
    assert_eq!(
        schema, committed,
        "run `cargo run -- schema > questions/schema/question-file.schema.json`"
    );
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    let validator = jsonschema::draft202012::new(&schema).expect("a valid JSON Schema");
    let load =
        |p: &str| -> Value { serde_json::from_str(&fs::read_to_string(p).unwrap()).unwrap() };
    let good = [
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/questions/korea-war-remains-2018.json"
        )
        .to_owned(),
        fixture("tiny.json").display().to_string(),
        fixture("folder/one.json").display().to_string(),
    ];
    for path in &good {
        let errors: Vec<String> = validator
            .iter_errors(&load(path))
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{path}: {errors:?}");
    }
    let starter: Value =
        serde_json::from_slice(&factquiz().arg("new").output().unwrap().stdout).unwrap();
    assert!(validator.is_valid(&starter));
    let tiny = load(&fixture("tiny.json").display().to_string());
    let broken = |edit: &dyn Fn(&mut Value)| {
        let mut v = tiny.clone();
        edit(&mut v);
        v
    };
    let bad = [
        broken(&|v| v["facts"][0]["statement"] = "no slot".into()),
        broken(&|v| v["facts"][0]["explantion"] = "typo".into()),
        broken(&|v| v["claims"][0]["verdict"] = "maybe".into()),
        broken(&|v| v["format"] = "one".into()),
        broken(&|v| v["facts"][0]["type"] = "colour".into()),
        broken(&|v| {
            v["event"]
                .as_object_mut()
                .unwrap()
                .remove("title")
                .map(|_| ())
                .unwrap()
        }),
        Value::String("not an object".into()),
    ];
    for (i, v) in bad.iter().enumerate() {
        assert!(!validator.is_valid(v), "broken case {i} was accepted");
    }
}

/// The complete small file in the README's "Adding a question file" validates as shown.
#[test]
fn the_readme_example_file_validates() {
    let readme = include_str!("../../README.md");
    let start = readme
        .find("A complete small file:\n\n```json\n")
        .expect("the README shows a file")
        + "A complete small file:\n\n```json\n".len();
    let example = &readme[start..start + readme[start..].find("```").unwrap()];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("example.json");
    fs::write(&path, example).unwrap();
    assert_valid(&path);
}
