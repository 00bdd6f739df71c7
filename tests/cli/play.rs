//! `factquiz play` (and `factquiz` alone): scripted games through stdin.

use predicates::prelude::*;
use serde_json::Value;

use super::{factquiz, fixture, report, wrong};

fn answers(report: &Value) -> Vec<String> {
    report["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["answer"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn an_empty_input_ends_at_once_and_lists_the_drawn_questions() {
    let r = report(&["play", "--seed", "7", "-n", "10"], "");
    assert_eq!(
        (
            r["total"].as_u64(),
            r["answered"].as_u64(),
            r["seed"].as_u64()
        ),
        (Some(10), Some(0), Some(7))
    );
    let questions = r["questions"].as_array().unwrap();
    assert_eq!(questions.len(), 10);
    for q in questions {
        for key in ["id", "kind", "prompt", "answer"] {
            assert!(
                q[key].as_str().is_some_and(|s| !s.is_empty()),
                "{key} in {q}"
            );
        }
        assert!(q["given"].is_null() && q["correct"] == false, "{q}");
    }
}

#[test]
fn feeding_back_the_answers_scores_full_marks() {
    let r = report(&["play", "--seed", "7", "-n", "10"], "");
    let perfect = report(
        &["play", "--seed", "7", "-n", "10"],
        &answers(&r).join("\n"),
    );
    assert_eq!(perfect["correct"], 10);
    assert_eq!(perfect["answered"], 10);
    assert_eq!(perfect["score"], perfect["max_score"]);
    assert!(
        perfect["questions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|q| q["correct"] == true && q["given"].is_string())
    );
}

#[test]
fn the_first_three_answers_then_end_of_input() {
    let r = report(&["play", "--seed", "7", "-n", "10"], "");
    let first_three = answers(&r)[..3].join("\n");
    let partial = report(&["play", "--seed", "7", "-n", "10"], &first_three);
    assert_eq!(
        (partial["answered"].as_u64(), partial["correct"].as_u64()),
        (Some(3), Some(3))
    );
    assert!(partial["questions"][3]["given"].is_null());
}

#[test]
fn an_all_wrong_game() {
    for seed in ["1", "2", "3"] {
        let r = report(&["--seed", seed, "-n", "12"], "");
        let wrong: Vec<String> = r["questions"]
            .as_array()
            .unwrap()
            .iter()
            .map(wrong)
            .collect();
        let played = report(&["--seed", seed, "-n", "12"], &wrong.join("\n"));
        assert_eq!(
            (
                played["answered"].as_u64(),
                played["correct"].as_u64(),
                played["score"].as_u64()
            ),
            (Some(12), Some(0), Some(0))
        );
    }
}

#[test]
fn one_seed_gives_identical_json() {
    let run = || {
        factquiz()
            .args(["play", "--seed", "42", "-n", "10", "--json"])
            .write_stdin("")
            .output()
            .unwrap()
            .stdout
    };
    let (a, b) = (run(), run());
    assert!(!a.is_empty());
    assert_eq!(a, b);
}

#[test]
fn without_a_seed_one_is_chosen_and_replays_the_game() {
    let r = report(&["-n", "5"], "");
    let seed = r["seed"].as_u64().expect("the chosen seed is reported");
    let again = report(&["-n", "5", "--seed", &seed.to_string()], "");
    assert_eq!(r["questions"], again["questions"]);
}

#[test]
fn no_command_means_play() {
    let plain = factquiz()
        .args(["--seed", "9", "-n", "3"])
        .write_stdin("")
        .output()
        .unwrap();
    let play = factquiz()
        .args(["play", "--seed", "9", "-n", "3"])
        .write_stdin("")
        .output()
        .unwrap();
    assert!(plain.status.success());
    assert_eq!(plain.stdout, play.stdout);
}

#[test]
fn the_game_text_shows_progress_feedback_evidence_and_summary() {
    let r = report(&["--seed", "5", "-n", "3"], "");
    let mut input = answers(&r);
    input[1] = wrong(&r["questions"][1]);
    factquiz()
        .args(["--seed", "5", "-n", "3"])
        .write_stdin(input.join("\n"))
        .assert()
        .success()
        .stdout(predicate::str::contains("[1/3] score 0 · streak 0"))
        .stdout(predicate::str::contains("[3/3]"))
        .stdout(predicate::str::contains("✓ Right:"))
        .stdout(predicate::str::contains("✗ Wrong: the answer is"))
        .stdout(predicate::str::contains("Evidence ¶"))
        .stdout(predicate::str::contains(
            "Answers are checked against the source.",
        ))
        .stdout(predicate::str::contains(
            "2 right / 3 answered / 3 questions",
        ))
        .stdout(predicate::str::contains(
            "seed 5 (replay this game with --seed 5 -n 3)",
        ))
        .stdout(predicate::str::contains("Missed:\n   2. "))
        .stdout(predicate::str::contains("\u{1b}").not());
}

#[test]
fn json_mode_keeps_stdout_to_one_document() {
    let out = factquiz()
        .args(["--seed", "5", "-n", "3", "--json"])
        .write_stdin("")
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("[1/3]") && stderr.contains("Game over"),
        "{stderr}"
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.trim_start().starts_with('{') && stdout.trim_end().ends_with('}'));
    serde_json::from_str::<Value>(&stdout).unwrap();
}

#[test]
fn kinds_can_be_chosen() {
    let r = report(
        &[
            "--seed",
            "1",
            "-n",
            "8",
            "--kind",
            "verdict",
            "--kind",
            "truefalse",
        ],
        "",
    );
    let kinds: Vec<&str> = r["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.iter().all(|k| *k == "verdict" || *k == "truefalse"),
        "{kinds:?}"
    );
    assert!(
        kinds.contains(&"verdict") && kinds.contains(&"truefalse"),
        "{kinds:?}"
    );
}

#[test]
fn asking_for_more_than_there_is_plays_what_there_is() {
    factquiz()
        .args(["--kind", "verdict", "-n", "500", "--seed", "1"])
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "You asked for 500 questions, but only 18 can be drawn",
        ));
}

#[test]
fn a_question_file_of_ones_own_is_played() {
    let r = report(
        &[
            "--questions",
            fixture("tiny.json").to_str().unwrap(),
            "--seed",
            "1",
            "-n",
            "10",
        ],
        "",
    );
    assert_eq!(r["total"], 3);
    assert!(
        r["questions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|q| q["event"] == "tiny-event")
    );
    let folder = report(
        &[
            "--questions",
            fixture("folder").to_str().unwrap(),
            "--seed",
            "1",
        ],
        "",
    );
    assert_eq!(folder["total"], 2);
}

#[test]
fn a_broken_question_file_stops_the_game_before_it_starts() {
    let path = fixture("broken-syntax.json");
    factquiz()
        .args(["--questions", path.to_str().unwrap()])
        .write_stdin("55\n")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(format!(
            "{}:4:19: event: nothing follows this comma: remove it",
            path.display()
        )))
        .stderr(predicate::str::contains("panicked").not());
}

#[test]
fn a_file_that_does_not_mean_anything_names_the_field() {
    let path = fixture("bad-slot.json");
    factquiz()
        .args(["--questions", path.to_str().unwrap()])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains(format!(
            "{}:20:20: error: facts[0].statement: the statement has no {{answer}} slot",
            path.display()
        )));
}

#[test]
fn a_missing_file_is_named() {
    factquiz()
        .args(["--questions", "no/such/file.json"])
        .assert()
        .code(2)
        .stderr("factquiz: no/such/file.json: no such file or folder\n");
}

#[test]
fn help_and_version() {
    factquiz()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("--count").and(predicate::str::contains("--seed")));
    factquiz()
        .args(["play", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--kind"));
    factquiz()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("factquiz {}\n", env!("CARGO_PKG_VERSION")));
    factquiz()
        .args(["--kind", "essay"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("essay"));
}

/// Each fact of answer-forms.json answered in a form other than the one in the file.
const OTHER_FORMS: [(&str, &str, bool); 10] = [
    // id, what the player types, whether it is a spelling slip
    ("count", "seven thousand seven hundred soldiers", false),
    ("grouped", "36 000", false),
    ("ordinal", "sixty-fifth", false),
    ("span", "1950 to 1953", false),
    ("approx", "about 5.3 thousand", false),
    ("leader", "Kim Jon Un", true),
    ("city", "Pyeongteak", true),
    ("org", "white house", false),
    ("accent", "SAO PAULO", false),
    ("date", "July 27th, 2018", false),
];

fn other_forms_game(strict: bool) -> Value {
    let forms = fixture("answer-forms.json").display().to_string();
    let mut args = vec!["--seed", "3", "-n", "10", "--questions", &forms];
    if strict {
        args.push("--strict");
    }
    let drawn = report(&args, "");
    let typed: Vec<&str> = drawn["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            let id = q["id"].as_str().unwrap();
            OTHER_FORMS.iter().find(|(f, _, _)| *f == id).unwrap().1
        })
        .collect();
    assert_eq!(typed.len(), OTHER_FORMS.len());
    report(&args, &typed.join("\n"))
}

#[test]
fn answers_in_other_forms_score_full_marks() {
    let r = other_forms_game(false);
    assert_eq!(r["correct"], 10, "{r:#}");
    assert_eq!(r["score"], r["max_score"]);
    for q in r["questions"].as_array().unwrap() {
        let id = q["id"].as_str().unwrap();
        let slip = OTHER_FORMS.iter().any(|(f, _, slip)| *f == id && *slip);
        assert_eq!(q["spelling"].is_string(), slip, "{q}");
    }
    let leader = r["questions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"] == "leader")
        .unwrap();
    assert_eq!(leader["spelling"], "Kim Jong-un");
}

#[test]
fn strict_marks_the_spelling_slips_wrong_and_nothing_else() {
    let r = other_forms_game(true);
    let mut wrong: Vec<&str> = r["questions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|q| q["correct"] == false)
        .map(|q| q["id"].as_str().unwrap())
        .collect();
    wrong.sort();
    assert_eq!(wrong, ["city", "leader"]);
}

#[test]
fn feedback_names_the_spelling_and_how_far_off_a_number_is() {
    let forms = fixture("answer-forms.json").display().to_string();
    let args = ["--seed", "3", "-n", "10", "--questions", &forms];
    let drawn = report(&args, "");
    let typed: Vec<&str> = drawn["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| match q["id"].as_str().unwrap() {
            "city" => "Pyeongteak",
            "count" => "7,600",
            _ => "skip",
        })
        .collect();
    factquiz()
        .args(args)
        .write_stdin(typed.join("\n"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Spelling slip accepted: it is spelled Pyeongtaek.",
        ))
        .stdout(predicate::str::contains("you said 7,600 (100 too low)"))
        .stdout(predicate::str::contains("→ Skipped: the answer is"))
        .stdout(predicate::str::contains("answered (8 skipped)"));
}

/// The game shown at the top of the README is what the game prints for that seed and input.
#[test]
fn the_readme_transcript_is_what_the_game_prints() {
    let readme = include_str!("../../README.md");
    let command = "$ cargo run --release -- --seed 85 -n 5\n";
    let start = readme.find(command).expect("the README shows a game") + command.len();
    let shown = &readme[start..start + readme[start..].find("```").unwrap()];
    let out = factquiz()
        .args(["--seed", "85", "-n", "5"])
        .write_stdin("t\nair force\nn\nPyeongteak\nhint\nd\n\n")
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), shown);
}

/// The kinds that show the source (#17): asked with --kind, judged, scored and recorded by name;
/// a file with neither text nor digest has none of them.
#[test]
fn evidence_and_altered_questions_are_judged_scored_and_recorded() {
    let data = tempfile::tempdir().unwrap();
    for kind in ["evidence", "altered"] {
        let args = ["--seed", "4", "-n", "3", "--kind", kind];
        let drawn = report(&args, "");
        let questions = drawn["questions"].as_array().unwrap();
        assert_eq!(questions.len(), 3, "{drawn}");
        assert!(questions.iter().all(|q| q["kind"] == kind), "{drawn}");
        let right = answers(&drawn).join("\n");
        let mut saved = factquiz();
        saved.env("FACTQUIZ_DATA_DIR", data.path());
        let played = super::report_with(saved, &args, &right);
        assert_eq!(played["correct"].as_u64(), Some(3), "{played}");
        let wrong: Vec<String> = questions.iter().map(wrong).collect();
        let missed = report(&args, &wrong.join("\n"));
        assert_eq!(
            (missed["answered"].as_u64(), missed["correct"].as_u64()),
            (Some(3), Some(0)),
            "{missed}"
        );
    }
    let history = std::fs::read_to_string(data.path().join("history.jsonl")).unwrap();
    assert!(history.contains("\"kind\":\"evidence\""), "{history}");
    assert!(history.contains("\"kind\":\"altered\""), "{history}");
    // The paragraph number is read in the forms a player writes it.
    let drawn = report(&["--seed", "4", "-n", "1", "--kind", "evidence"], "");
    let answer = drawn["questions"][0]["answer"].as_str().unwrap().to_owned();
    for form in [
        format!("¶{answer}"),
        format!("para {answer}"),
        format!("p{answer}"),
    ] {
        let r = report(&["--seed", "4", "-n", "1", "--kind", "evidence"], &form);
        assert_eq!(r["correct"].as_u64(), Some(1), "{form}: {r}");
    }
    // Apollo 11's file has neither the source's text nor a digest.
    let apollo = fixture("apollo-11.json");
    factquiz()
        .args(["--kind", "evidence", "--kind", "altered", "--questions"])
        .arg(&apollo)
        .write_stdin("")
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "no questions of the kinds asked for",
        ))
        .stderr(predicate::str::contains(
            "only a file with source.text or source.digest has them",
        ));
    let all = report(
        &[
            "--seed",
            "1",
            "-n",
            "40",
            "--questions",
            apollo.to_str().unwrap(),
        ],
        "",
    );
    assert!(
        all["questions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|q| q["kind"] != "evidence" && q["kind"] != "altered"),
        "{all}"
    );
}

/// `hint` halves the points of the question it is asked at, and the feedback and summary say so.
#[test]
fn a_hint_halves_the_points_and_says_so() {
    let args = [
        "--seed",
        "3",
        "-n",
        "1",
        "--kind",
        "short",
        "--no-streak-bonus",
    ];
    let drawn = report(&args, "");
    let q = &drawn["questions"][0];
    let answer = q["answer"].as_str().unwrap();
    let full = report(&args, answer)["score"].as_u64().unwrap();
    let hinted = report(&args, &format!("hint\n{answer}"));
    assert_eq!(hinted["score"].as_u64(), Some(full.div_ceil(2)), "{hinted}");
    assert!(full >= 2, "a question worth {full}: halving must show");
    assert_eq!(hinted["questions"][0]["hinted"], true);
    factquiz()
        .args(args)
        .write_stdin(format!("hint\n{answer}\n"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Hint: the question now earns half its points.",
        ))
        .stdout(predicate::str::contains("(hint taken: half the points)"))
        .stdout(predicate::str::contains("Hints:    1 taken (question 1)"));
}
