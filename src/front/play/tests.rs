//! Whole games played in memory: a `&[u8]` for the keyboard and a `Vec<u8>` for the screen.

use super::*;
use crate::front::Lines;
use crate::front::summary;
use crate::model::Verdict;
use crate::question::{Expected, Kind, Question};
use crate::record::Record;
use crate::record::{Mode, Options};

fn new_game(seed: u64, count: usize) -> Game {
    crate::engine::testing::bundled_game(seed, count, crate::engine::Rules::default())
}

fn header(asked: usize) -> Header {
    Header {
        title: "Test event (27 July 2018)".into(),
        asked,
        available: 60,
        mode: Mode::Play,
    }
}

/// Plays `game` on `input` and prints the summary, as `factquiz play` does.
fn run(game: &mut Game, input: &str, style: Style) -> (Ending, String) {
    let mut out = Vec::new();
    let mut lines = Lines {
        reader: input.as_bytes(),
        echo: true,
    };
    let ending = play(
        game,
        &header(game.questions().len()),
        style,
        &mut lines,
        &mut out,
    )
    .unwrap();
    let options = Options {
        count: game.questions().len() as u32,
        kinds: Kind::ALL.to_vec(),
        strict: false,
        streak_bonus: true,
        timed: None,
        events: Vec::new(),
        confidence: false,
    };
    let record = Record::of(game, Mode::Play, options, ending, String::new());
    summary(&mut out, style, game, &record, None, &[]).unwrap();
    (ending, String::from_utf8(out).unwrap())
}

fn right_answers(game: &Game) -> Vec<String> {
    game.questions().iter().map(|q| q.answer.clone()).collect()
}

fn wrong_answer(q: &Question) -> String {
    match &q.expected {
        Expected::Typed(_) => "definitely not this".into(),
        Expected::Choice { correct, .. } => {
            char::from(b'a' + ((*correct + 1) % q.options.len()) as u8).to_string()
        }
        Expected::TrueFalse(truth) => if *truth { "f" } else { "t" }.into(),
        Expected::Verdict(v) => if *v == Verdict::Supported { "r" } else { "s" }.into(),
        Expected::Paragraph { cited, count } => (1..=*count)
            .find(|p| !cited.contains(p))
            .unwrap_or(1)
            .to_string(),
    }
}

#[test]
fn a_perfect_game() {
    let mut game = new_game(7, 10);
    let input = right_answers(&game).join("\n");
    let (ending, screen) = run(&mut game, &input, Style::PLAIN);
    assert_eq!(ending, Ending::Finished);
    let max = game.max_score();
    assert!(screen.contains(&format!("Game over: {max} of {max} points · 10 right / 10 answered / 10 questions\nAccuracy 100% · best streak 10")), "{screen}");
    assert_eq!(screen.matches("✓ Right").count(), 10);
    assert_eq!(
        screen.matches("Evidence ¶").count(),
        10,
        "evidence after every answer"
    );
    assert!(screen.contains("No misses.") && !screen.contains("Missed:"));
    assert!(screen.contains("[10/10] score"));
    assert!(screen.contains("seed 7") && screen.contains("--seed 7"));
    assert!(
        !screen.contains('\u{1b}'),
        "plain output has no escape codes"
    );
}

#[test]
fn an_all_wrong_game_reviews_every_question() {
    let mut game = new_game(11, 8);
    let input: Vec<String> = game.questions().iter().map(wrong_answer).collect();
    let (ending, screen) = run(&mut game, &input.join("\n"), Style::PLAIN);
    assert_eq!(ending, Ending::Finished);
    assert_eq!(game.score().points, 0);
    assert_eq!(screen.matches("✗ Wrong: the answer is").count(), 8);
    assert!(
        screen.contains("0 right / 8 answered / 8 questions\nAccuracy 0% · best streak 0"),
        "{screen}"
    );
    let review = &screen[screen.find("Missed:").expect("a review")..];
    for (i, q) in game.questions().iter().enumerate() {
        assert!(
            review.contains(&format!("{:>2}. ", i + 1)),
            "question {} missing from the review",
            i + 1
        );
        assert!(
            review.contains(&format!("answer: {};", q.solution)),
            "{review}"
        );
    }
}

#[test]
fn the_review_lists_exactly_the_missed_questions() {
    let mut game = new_game(5, 6);
    let mut input = right_answers(&game);
    input[1] = wrong_answer(&game.questions()[1]);
    input[4] = wrong_answer(&game.questions()[4]);
    let (_, screen) = run(&mut game, &input.join("\n"), Style::PLAIN);
    let review = &screen[screen.find("Missed:").unwrap()..];
    let listed: Vec<&str> = review
        .lines()
        // A numbered entry ("  2. "), not a wrapped line that starts with a number ("5,300 are").
        .filter(|l| {
            let l = l.trim_start();
            let digits = l.len() - l.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            digits > 0 && l[digits..].starts_with(". ")
        })
        .collect();
    assert_eq!(listed.len(), 2, "{review}");
    assert!(
        listed[0].trim_start().starts_with("2. ") && listed[1].trim_start().starts_with("5. "),
        "{listed:?}"
    );
}

#[test]
fn end_of_input_ends_early_with_a_summary() {
    let mut game = new_game(3, 10);
    let input = right_answers(&game)[..3].join("\n");
    let (ending, screen) = run(&mut game, &input, Style::PLAIN);
    assert_eq!(ending, Ending::EndOfInput);
    assert!(
        screen.contains("Input ended after 3 of 10 questions."),
        "{screen}"
    );
    assert!(
        screen.contains("3 right / 3 answered / 10 questions"),
        "{screen}"
    );
}

#[test]
fn quit_ends_early_and_empty_lines_ask_again() {
    let mut game = new_game(3, 10);
    let first = game.questions()[0].answer.clone();
    let (ending, screen) = run(
        &mut game,
        &format!("\n   \n{first}\nquit\nnever read\n"),
        Style::PLAIN,
    );
    assert_eq!(ending, Ending::Quit);
    assert_eq!(game.score().answered, 1, "empty lines are not answers");
    assert!(
        screen.contains("You quit after 1 of 10 questions."),
        "{screen}"
    );
    assert!(!screen.contains("never read"));
}

#[test]
fn colour_only_when_asked_for() {
    let mut game = new_game(2, 2);
    let input = right_answers(&game).join("\n");
    let style = Style {
        enabled: true,
        ..Style::PLAIN
    };
    let (_, screen) = run(&mut game, &input, style);
    assert!(screen.contains("\u{1b}["), "a colour session paints");
}

#[test]
fn a_shortfall_is_announced() {
    let mut game = new_game(2, 2);
    let mut out = Vec::new();
    let head = Header {
        title: "T".into(),
        asked: 5,
        available: 2,
        mode: Mode::Play,
    };
    let mut lines = Lines {
        reader: "".as_bytes(),
        echo: false,
    };
    play(&mut game, &head, Style::PLAIN, &mut lines, &mut out).unwrap();
    let screen = String::from_utf8(out).unwrap();
    assert!(
        screen.contains("You asked for 5 questions, but only 2 can be drawn"),
        "{screen}"
    );
}

#[test]
fn the_header_names_a_practice_game_or_a_retry() {
    for (mode, says) in [
        (Mode::Play, "factquiz 0.1.0 · 2 questions"),
        (Mode::Practice, "factquiz 0.1.0 · practice · 2 questions"),
        (Mode::Retry, "retry of the last game's misses · 2 questions"),
    ] {
        let mut game = new_game(2, 2);
        let head = Header { mode, ..header(2) };
        let mut out = Vec::new();
        let mut lines = Lines {
            reader: "".as_bytes(),
            echo: false,
        };
        play(&mut game, &head, Style::PLAIN, &mut lines, &mut out).unwrap();
        let screen = String::from_utf8(out).unwrap();
        assert!(screen.contains(says), "{mode:?}: {screen}");
    }
}
