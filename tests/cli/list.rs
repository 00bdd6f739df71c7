//! `factquiz list`, and where question files are found.

use predicates::prelude::*;
use serde_json::Value;

use super::{factquiz, fixture};

#[test]
fn lists_the_bundled_event_with_its_counts() {
    let data = tempfile::tempdir().unwrap();
    let out = factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["id"], "korea-war-remains-2018");
    let bundled: Value = serde_json::from_str(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/questions/korea-war-remains-2018.json"
        ))
        .unwrap(),
    )
    .unwrap();
    let facts = bundled["facts"].as_array().unwrap().len() as u64;
    let claims = bundled["claims"].as_array().unwrap().len() as u64;
    assert_eq!(
        (rows[0]["facts"].as_u64(), rows[0]["claims"].as_u64()),
        (Some(facts), Some(claims))
    );
    assert!(rows[0]["questions"].as_u64().unwrap() > facts * 2);
    assert!(rows[0]["origin"].as_str().unwrap().contains("bundled"));
}

#[test]
fn a_file_in_the_user_folder_is_listed_and_played() {
    let data = tempfile::tempdir().unwrap();
    let folder = data.path().join("questions");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::copy(fixture("tiny.json"), folder.join("tiny.json")).unwrap();
    factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("korea-war-remains-2018"))
        .stdout(predicate::str::contains("tiny-event  A tiny test event"))
        .stdout(predicate::str::contains(
            folder.join("tiny.json").display().to_string(),
        ));
    let out = factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .args(["--event", "tiny-event", "--seed", "1", "--json"])
        .write_stdin("")
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["total"], 3, "only the chosen event is played");
}

#[test]
fn an_unknown_event_is_named() {
    factquiz()
        .args(["--event", "nope"])
        .env("FACTQUIZ_DATA_DIR", tempfile::tempdir().unwrap().path())
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("no event \"nope\"")
                .and(predicate::str::contains("korea-war-remains-2018")),
        );
}

#[test]
fn questions_replaces_the_default_set() {
    factquiz()
        .args(["list", "--questions", fixture("folder").to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains("folder-event"))
        .stdout(predicate::str::contains("korea").not());
}
