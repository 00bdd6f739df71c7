//! Counts and words at the end of a game: what is counted as answered, plurals, the replay hint,
//! the header, and the few words a player reads that once said too much or too little.

use predicates::prelude::*;

use super::{factquiz, fixture, report};

#[test]
fn more_than_the_bank_plays_what_can_be_drawn() {
    factquiz()
        .args(["-n", "100000", "--seed", "1", "--no-save"])
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "You asked for 100000 questions, but only",
        ));
}

#[test]
fn a_skipped_question_is_not_counted_as_answered() {
    let args = ["--seed", "3", "-n", "3", "--no-save"];
    factquiz()
        .args(args)
        .write_stdin("skip\nskip\nskip\n")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "0 right / 0 answered (3 skipped) / 3 questions",
        ))
        .stdout(predicate::str::contains("No answers, so no accuracy"));
    let r = report(&args, "skip\nskip\nskip\n");
    assert_eq!(
        (r["answered"].as_u64(), r["skipped"].as_u64()),
        (Some(0), Some(3))
    );
}

#[test]
fn one_is_singular() {
    factquiz()
        .args(["--seed", "3", "-n", "1", "--no-save"])
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::contains("· 1 question · seed 3"))
        .stdout(predicate::str::contains(
            "Input ended after 0 of 1 question.",
        ))
        .stdout(predicate::str::contains("/ 1 question\n"));
}

#[test]
fn the_replay_hint_gives_every_option_that_shapes_the_game() {
    let out = factquiz()
        .args(["--seed", "190318", "--strict", "--kind", "short", "-n", "4"])
        .args(["--timed", "20", "--no-streak-bonus", "--no-save"])
        .write_stdin("skip\n")
        .output()
        .unwrap();
    // The hint may wrap: its lines joined.
    let text = String::from_utf8_lossy(&out.stdout).replace("\n ", " ");
    assert!(
        text.contains(
            "(replay this game with --seed 190318 -n 4 --kind short --strict --timed 20 \
             --no-streak-bonus)"
        ),
        "{text}"
    );
}

#[test]
fn a_game_ended_before_any_answer_has_no_accuracy() {
    factquiz()
        .args(["--seed", "3", "-n", "2", "--no-save"])
        .write_stdin("q\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("No answers, so no accuracy"))
        .stdout(predicate::str::contains("Accuracy 0%").not());
}

#[test]
fn strict_and_timed_show_in_the_header() {
    factquiz()
        .args([
            "--seed",
            "3",
            "-n",
            "2",
            "--strict",
            "--timed",
            "7.5",
            "--no-save",
        ])
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "2 questions · strict · timed 7.5 s · seed 3",
        ));
}

#[test]
fn true_and_false_at_a_claim_read_as_supported_and_refuted() {
    let args = ["--seed", "3", "-n", "4", "--kind", "verdict", "--no-save"];
    let drawn = report(&args, "");
    let said: Vec<&str> = drawn["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            if q["answer"] == "supported" {
                "true"
            } else {
                "false"
            }
        })
        .collect();
    let r = report(&args, &said.join("\n"));
    for q in r["questions"].as_array().unwrap() {
        let right = q["answer"] != "not stated";
        assert_eq!(q["correct"], right, "{q}");
    }
}

#[test]
fn evidence_does_not_repeat_that_a_fact_is_inferred() {
    let apollo = fixture("apollo-11.json").display().to_string();
    let out = factquiz()
        .args([
            "--questions",
            &apollo,
            "-n",
            "30",
            "--kind",
            "short",
            "--seed",
            "1",
        ])
        .write_stdin("skip\n".repeat(30))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    // The question says it is worked out; the evidence says why, not that again.
    let text = text.replace("\n      ", " ").replace("\n    ", " ");
    assert!(
        text.contains("(Worked out from the source, not stated in it.)"),
        "{text}"
    );
    assert!(!text.contains("(inferred"), "{text}");
}

#[test]
fn scores_list_kinds_weakest_first() {
    let data = tempfile::tempdir().unwrap();
    let args = [
        "--seed",
        "3",
        "-n",
        "8",
        "--kind",
        "truefalse",
        "--kind",
        "verdict",
    ];
    let drawn = report(&[&args[..], &["--no-save"]].concat(), "");
    // Every true-or-false question right, every claim wrong.
    let said: Vec<String> = drawn["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| match (q["kind"].as_str(), q["answer"].as_str()) {
            (Some("truefalse"), Some(answer)) => answer.to_owned(),
            (_, Some("supported")) => "r".to_owned(),
            _ => "s".to_owned(),
        })
        .collect();
    factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .args(args)
        .write_stdin(said.join("\n") + "\n\n")
        .assert()
        .success();
    let out = factquiz()
        .env("FACTQUIZ_DATA_DIR", data.path())
        .arg("scores")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let kinds = &text[text.find("By kind (weakest first):").expect("by kind")..];
    let (verdict, truefalse) = (kinds.find("verdict"), kinds.find("truefalse"));
    assert!(verdict.is_some() && truefalse.is_some(), "{text}");
    assert!(verdict < truefalse, "the weakest first: {text}");
}

#[test]
fn the_replay_hint_names_the_question_file_or_article_played() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("my event.json");
    std::fs::copy(fixture("apollo-11.json"), &file).unwrap();
    let replay_of = |args: &[&str]| {
        let out = factquiz()
            .current_dir(dir.path())
            .args(args)
            .args(["--seed", "4", "-n", "1", "--no-save"])
            .write_stdin("skip\n")
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).replace("\n ", " ")
    };
    let text = replay_of(&["--questions", "my event.json"]);
    assert!(
        text.contains("(replay this game with --questions 'my event.json' --seed 4 -n 1)"),
        "{text}"
    );
    std::fs::write(
        dir.path().join("tunnel.txt"),
        "OSLO – The council voted 31-18 on Monday to close the tunnel, open since 1987.\n",
    )
    .unwrap();
    let text = replay_of(&["--article", "tunnel.txt"]);
    assert!(
        text.contains("(replay this game with --article tunnel.txt --seed 4 -n 1)"),
        "{text}"
    );
    // Too long for a line, the hint is still one line, never wrapped inside a quoted path.
    let long = "the questions of my long weekend quiz about the harbour.json";
    std::fs::copy(fixture("apollo-11.json"), dir.path().join(long)).unwrap();
    let out = factquiz()
        .current_dir(dir.path())
        .args(["--questions", long, "--seed", "4", "-n", "1", "--no-save"])
        .write_stdin("skip\n")
        .output()
        .unwrap();
    let printed = String::from_utf8_lossy(&out.stdout);
    let whole = format!("(replay this game with --questions '{long}' --seed 4 -n 1)");
    assert!(printed.lines().any(|l| l == whole), "{printed}");
}
