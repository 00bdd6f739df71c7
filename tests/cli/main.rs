//! The one integration-test binary: factquiz run as a program, a module per command.

mod answering;
mod authoring;
mod cache;
mod confidence;
mod corpus;
mod counts;
mod draft;
mod draft_audit;
mod fairness;
mod files;
mod import;
mod install;
mod judge;
mod list;
mod play;
mod safety;
mod scores;
mod summary;
mod terminal;
mod timed;
mod validate;

use std::path::PathBuf;

use assert_cmd::Command;

/// The factquiz binary with a clean environment for colour, and a new, empty data folder and
/// cache folder of its own, so neither the tester's files nor other tests' games change what a
/// test sees, and no test writes to the tester's cache. A test that plays several games against
/// one history sets `FACTQUIZ_DATA_DIR` itself (and one about the cache `FACTQUIZ_CACHE_DIR`).
pub fn factquiz() -> Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("factquiz");
    let fresh = tempfile::Builder::new()
        .prefix("data-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap()
        .keep();
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env("FACTQUIZ_DATA_DIR", fresh)
        .env("FACTQUIZ_CACHE_DIR", cache_dir());
    cmd
}

/// A new, empty cache folder, for the runs that do not go through [`factquiz`].
pub fn cache_dir() -> PathBuf {
    tempfile::Builder::new()
        .prefix("cache-")
        .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
        .unwrap()
        .keep()
}

/// `factquiz validate PATH` finds nothing wrong: exit 0, no error and no warning.
#[track_caller]
pub fn assert_valid(path: &std::path::Path) {
    factquiz()
        .arg("validate")
        .arg(path)
        .assert()
        .code(0)
        .stdout(predicates::str::contains("0 errors, 0 warnings"));
}

/// A file under tests/fixtures.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Runs a scripted game and returns its JSON report, checking it exits 0.
pub fn report(args: &[&str], stdin: &str) -> serde_json::Value {
    report_with(factquiz(), args, stdin)
}

/// `report` with a command set up by the caller (a shared data folder, say).
pub fn report_with(mut command: Command, args: &[&str], stdin: &str) -> serde_json::Value {
    let out = command
        .args(args)
        .arg("--json")
        .write_stdin(stdin)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "exit {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON document: {e}\n{}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

/// A wrong answer for a question of the JSON report.
pub fn wrong(q: &serde_json::Value) -> String {
    let answer = q["answer"].as_str().unwrap();
    match q["kind"].as_str().unwrap() {
        "short" => "certainly wrong".into(),
        "evidence" => {
            let cited = q["paragraphs"].as_array().unwrap();
            let other = (1..).find(|p| !cited.iter().any(|c| c == p)).unwrap();
            other.to_string()
        }
        "choice" | "altered" => {
            let options = q["options"].as_array().unwrap();
            let right = options.iter().position(|o| o == answer).unwrap();
            char::from(b'a' + ((right + 1) % options.len()) as u8).to_string()
        }
        "truefalse" => if answer == "true" { "f" } else { "t" }.into(),
        _ => if answer == "supported" { "r" } else { "s" }.into(),
    }
}

/// `factquiz judge --json` on the fact `id` of the question file at `questions`, with `options`
/// as printed (none for its short-answer question), for each of `answers`: the results, one an
/// answer, and the letter of the right option among `options`.
pub fn judge_json(
    questions: &std::path::Path,
    id: &str,
    options: &[String],
    answers: &[&str],
) -> (Vec<serde_json::Value>, Option<char>) {
    let mut command = factquiz();
    command
        .args(["judge", "--json", "--questions"])
        .arg(questions);
    for option in options {
        command.arg("--option").arg(option);
    }
    command.arg(id).arg("--").args(answers);
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{id}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let answer = report["answer"].as_str().unwrap();
    let right = options
        .iter()
        .position(|o| o == answer)
        .map(|i| char::from(b'a' + i as u8));
    let results = report["results"].as_array().unwrap().clone();
    assert_eq!(results.len(), answers.len(), "{id}: one result an answer");
    (results, right)
}
