//! Fair games with a second event in the user folder, as a new user would set it up: no option
//! or statement of one event built from another's answers, `preview` showing every distractor a
//! game can give, a header that shows only a date the source states, and a worked-out fact that
//! says so.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use predicates::prelude::*;
use serde_json::Value;

use super::{factquiz, fixture, report_with};

const BUNDLED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/questions/korea-war-remains-2018.json"
);

/// A data folder whose user questions folder holds the Apollo 11 fixture.
fn data_with_apollo() -> tempfile::TempDir {
    let data = tempfile::tempdir().unwrap();
    let questions = data.path().join("questions");
    fs::create_dir(&questions).unwrap();
    fs::copy(fixture("apollo-11.json"), questions.join("apollo-11.json")).unwrap();
    data
}

fn game(data: &Path, seed: u64, count: usize) -> Vec<Value> {
    let mut command = factquiz();
    command.env("FACTQUIZ_DATA_DIR", data);
    let (seed, count) = (seed.to_string(), count.to_string());
    let r = report_with(command, &["--seed", &seed, "-n", &count, "--no-save"], "");
    r["questions"].as_array().unwrap().clone()
}

/// The words of `text` as the game compares them.
fn words(text: &str) -> Vec<String> {
    factquiz::normalize::words(text)
}

fn contains(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// The answers and aliases of the facts of `path`.
fn answers(path: &str) -> Vec<Vec<String>> {
    let file: Value = serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    file["facts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| {
            let aliases = f["aliases"].as_array().cloned().unwrap_or_default();
            std::iter::once(f["answer"].clone()).chain(aliases)
        })
        .map(|a| words(a.as_str().unwrap()))
        .collect()
}

#[test]
fn no_option_or_statement_of_one_event_comes_from_another() {
    let data = data_with_apollo();
    let apollo = fixture("apollo-11.json").display().to_string();
    let texts: HashMap<&str, Vec<String>> = HashMap::from([
        (
            "korea-war-remains-2018",
            words(&fs::read_to_string(BUNDLED).unwrap()),
        ),
        ("apollo-11", words(&fs::read_to_string(&apollo).unwrap())),
    ]);
    // Each event's answers that the other event's file never mentions: seen in the other event's
    // questions, they could only have been borrowed across events.
    let foreign: HashMap<&str, Vec<Vec<String>>> = HashMap::from([
        ("korea-war-remains-2018", answers(&apollo)),
        ("apollo-11", answers(BUNDLED)),
    ]);
    let mut asked = HashMap::new();
    for seed in 0..25 {
        for q in game(data.path(), seed, 40) {
            let event = q["event"].as_str().unwrap().to_owned();
            *asked.entry(event.clone()).or_insert(0) += 1;
            let own = &texts[event.as_str()];
            let options = q["options"].as_array().cloned().unwrap_or_default();
            for text in options.iter().chain([&q["prompt"]]) {
                let shown = words(text.as_str().unwrap());
                for answer in foreign[event.as_str()].iter().filter(|a| !contains(own, a)) {
                    assert!(
                        !contains(&shown, answer),
                        "seed {seed}: {} of {event} shows {:?}, an answer of the other event",
                        q["id"],
                        answer.join(" ")
                    );
                }
            }
        }
    }
    assert!(asked.len() == 2, "both events are played: {asked:?}");
}

#[test]
fn preview_shows_every_distractor_a_game_can_give() {
    let data = data_with_apollo();
    let apollo = fixture("apollo-11.json").display().to_string();
    let mut previewed: HashMap<(String, String), Value> = HashMap::new();
    for path in [BUNDLED, apollo.as_str()] {
        let out = factquiz()
            .env("FACTQUIZ_DATA_DIR", data.path())
            .args(["preview", "--json", path])
            .output()
            .unwrap();
        assert!(out.status.success());
        let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
        for row in rows.as_array().unwrap() {
            let key = (
                row["id"].as_str().unwrap().to_owned(),
                row["kind"].as_str().unwrap().to_owned(),
            );
            previewed.insert(key, row.clone());
        }
    }
    let mut checked = 0;
    for seed in 0..20 {
        for q in game(data.path(), seed, 80) {
            let kind = q["kind"].as_str().unwrap();
            let id = q["id"].as_str().unwrap();
            let row = &previewed[&(id.to_owned(), kind.to_owned())];
            let distractors: Vec<&str> = row["distractors"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d.as_str().unwrap())
                .collect();
            match kind {
                "choice" => {
                    for option in q["options"].as_array().unwrap() {
                        let option = option.as_str().unwrap();
                        assert!(
                            option == q["answer"] || distractors.contains(&option),
                            "seed {seed}: {id} offers {option:?}, which preview does not show"
                        );
                        checked += 1;
                    }
                }
                "truefalse" if q["answer"] == "false" => {
                    let template = row["prompt"].as_str().unwrap();
                    let prompt = q["prompt"].as_str().unwrap();
                    let body = prompt
                        .strip_suffix(factquiz::generate::WORKED_OUT)
                        .map_or(prompt, str::trim_end);
                    assert!(
                        distractors
                            .iter()
                            .any(|d| template.replace("{answer}", d) == body),
                        "seed {seed}: {id} states {prompt:?}, with no distractor preview shows"
                    );
                    checked += 1;
                }
                _ => {}
            }
        }
    }
    assert!(
        checked > 500,
        "only {checked} options and statements checked"
    );
}

#[test]
fn the_header_shows_only_a_date_the_source_states() {
    // The bundled event's date is worked out, not stated: no date in the header.
    factquiz()
        .args(["--seed", "1", "-n", "1"])
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "North Korea returns remains believed to be of Korean War soldiers\n",
        ));
    factquiz()
        .args(["--seed", "1", "-n", "1", "--questions"])
        .arg(fixture("apollo-11.json"))
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(
            "Apollo 11 lands on the Moon (20 July 1969)\n",
        ));
}

#[test]
fn a_worked_out_fact_says_so_in_its_prompt() {
    let apollo = fixture("apollo-11.json").display().to_string();
    let mut seen = 0;
    for seed in 0..10 {
        let mut command = factquiz();
        command.arg("--questions").arg(&apollo);
        let seed = seed.to_string();
        let r = report_with(command, &["--seed", &seed, "-n", "14", "--no-save"], "");
        for q in r["questions"].as_array().unwrap() {
            let marked = q["prompt"]
                .as_str()
                .unwrap()
                .ends_with("(Worked out from the source, not stated in it.)");
            assert_eq!(marked, q["id"] == "apollo-days-to-land", "{q}");
            seen += usize::from(marked);
        }
    }
    assert!(
        seen >= 5,
        "the worked-out fact was asked {seen} times in 10 games"
    );
}
