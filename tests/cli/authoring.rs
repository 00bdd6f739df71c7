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
        .stdout(predicate::str::contains("6 questions"));
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
        broken(&|v| v["facts"][0]["paragraphs"] = serde_json::json!([0])),
        broken(&|v| v["event"]["date"]["value"] = "20/07/1969".into()),
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
    // An event may have no date (an imported trivia bank has none).
    assert!(validator.is_valid(&broken(&|v| {
        v["event"].as_object_mut().unwrap().remove("date");
    })));
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

/// The starter points at its JSON Schema, and `new` writes the schema beside it, once; a folder
/// holding both still loads as question files (the schema is not one).
#[test]
fn the_starter_carries_its_schema() {
    let printed: Value =
        serde_json::from_slice(&factquiz().arg("new").output().unwrap().stdout).unwrap();
    assert_eq!(printed["$schema"], "question-file.schema.json");
    let dir = tempfile::tempdir().unwrap();
    factquiz()
        .args(["new", "--output"])
        .arg(dir.path().join("mine.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "and question-file.schema.json beside it",
        ));
    let written: Value = serde_json::from_str(
        &fs::read_to_string(dir.path().join("question-file.schema.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(written, schema());
    factquiz()
        .args(["new", "--output"])
        .arg(dir.path().join("other.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains("beside it").not());
    fs::remove_file(dir.path().join("other.json")).unwrap();
    let listed = factquiz()
        .args(["list", "--json", "--questions"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(listed.status.success(), "{listed:?}");
    let rows: Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);
}

/// `preview` with no path shows what a game would load, skipping a broken file of the user
/// folder as a game does.
#[test]
fn preview_with_no_path_previews_what_a_game_loads() {
    let data = tempfile::tempdir().unwrap();
    let folder = data.path().join("questions");
    fs::create_dir_all(&folder).unwrap();
    fs::copy(fixture("tiny.json"), folder.join("tiny.json")).unwrap();
    fs::write(folder.join("broken.json"), "{").unwrap();
    let out = factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .args(["preview", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("warning: skipped"),
        "{out:?}"
    );
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let listed = factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .args(["list", "--json"])
        .output()
        .unwrap();
    let listed: Value = serde_json::from_slice(&listed.stdout).unwrap();
    let total: u64 = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["questions"].as_u64().unwrap())
        .sum();
    assert_eq!(rows.as_array().unwrap().len() as u64, total);
    let events: std::collections::BTreeSet<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["event"].as_str().unwrap())
        .collect();
    assert_eq!(events.len(), 2, "{events:?}");
}

/// `preview FILE` lists every distractor a game with the default files gives a fact: a fact
/// with too few of its own borrows the rest, and preview shows those too.
#[test]
fn preview_shows_the_distractors_a_game_gives() {
    let data = tempfile::tempdir().unwrap();
    let folder = data.path().join("questions");
    fs::create_dir_all(&folder).unwrap();
    let mut file: Value =
        serde_json::from_str(&fs::read_to_string(fixture("tiny.json")).unwrap()).unwrap();
    file["facts"].as_array_mut().unwrap().push(serde_json::json!({
        "id": "tiny-counter", "type": "person", "answer": "Ana Costa",
        "question": "Who counted the birds?", "statement": "The birds were counted by {answer}.",
        "distractors": ["Rui Lopes"], "paragraphs": [1],
        "explanation": "The first paragraph names who counted."
    }));
    // Borrowed distractors come from the same event only (#10): two more people of this event.
    for (id, name) in [("tiny-ringer", "Marta Reis"), ("tiny-guide", "Joana Pinto")] {
        file["facts"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({
                "id": id, "type": "person", "answer": name,
                "question": format!("Who was {id}?"), "statement": "The person was {answer}.",
                "distractors": ["Rita Sousa", "Pedro Alves", "Luis Mota"], "paragraphs": [2],
                "explanation": "The second paragraph names the others."
            }));
    }
    let path = folder.join("counter.json");
    fs::write(&path, file.to_string()).unwrap();
    let out = factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .args(["preview", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let listed: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "tiny-counter" && r["kind"] == "choice")
        .expect("the fact is asked as multiple choice")["distractors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d.as_str().unwrap())
        .collect();
    let mut shown = std::collections::BTreeSet::new();
    for seed in 1..15 {
        let out = factquiz()
            .env("FACTQUIZ_DATA_DIR", data.path())
            .args([
                "--kind",
                "choice",
                "-n",
                "60",
                "--no-save",
                "--json",
                "--seed",
            ])
            .arg(seed.to_string())
            .write_stdin("")
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        for q in report["questions"].as_array().unwrap() {
            if q["id"] == "tiny-counter" {
                shown.extend(
                    q["options"]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|o| o.as_str().unwrap().to_owned())
                        .filter(|o| o != "Ana Costa"),
                );
            }
        }
    }
    assert!(shown.len() >= 3, "{shown:?}");
    for option in &shown {
        assert!(
            listed.contains(&option.as_str()),
            "a game showed {option:?}, preview lists {listed:?}"
        );
    }
}

/// `preview` shows the evidence and altered-detail questions of a file with a digest, and none for
/// a file with neither the source's text nor a digest (#17).
#[test]
fn preview_shows_the_questions_that_show_the_source() {
    let bundled = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/questions/korea-war-remains-2018.json"
    );
    let out = factquiz()
        .args(["preview", "--json", bundled])
        .output()
        .unwrap();
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let row = |id: &str, kind: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id && r["kind"] == kind)
            .cloned()
    };
    let evidence = row("claim-still-at-war", "evidence").expect("a claim's evidence");
    assert_eq!(evidence["accepts"], serde_json::json!(["¶11"]));
    assert_eq!(
        evidence["then_asks"],
        "Which paragraph supports or refutes this?"
    );
    assert!(
        row("claim-payment", "evidence").is_none(),
        "not stated: no paragraph"
    );
    let altered = row("departure-city", "altered").expect("an altered detail");
    let asks = altered["prompt"].as_str().unwrap();
    assert!(asks.starts_with("¶5 with one detail changed: "), "{asks}");
    assert!(!asks.contains("Wonsan"), "{asks}");
    assert_eq!(
        altered["then_asks"],
        "One detail of this paragraph has been changed from the source. Which one?"
    );
    let short = row("departure-city", "short").expect("a short-answer question");
    assert!(short.get("then_asks").is_none(), "{short}");
    factquiz()
        .args(["preview", bundled])
        .assert()
        .success()
        .stdout(predicate::str::contains("== evidence =="))
        .stdout(predicate::str::contains(
            "  then asks:   Which paragraph supports or refutes this?",
        ))
        .stdout(predicate::str::contains("== altered =="))
        .stdout(predicate::str::contains(
            "  then asks:   One detail of this paragraph has been changed from the source. Which one?",
        ));
    factquiz()
        .args(["preview"])
        .arg(super::fixture("apollo-11.json"))
        .assert()
        .success()
        .stdout(predicate::str::contains("== evidence ==").not())
        .stdout(predicate::str::contains("== altered ==").not());
}
