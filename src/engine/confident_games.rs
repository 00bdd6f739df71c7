//! Games played with `--confidence`: each judged answer waits for how sure the player is, then
//! earns certainty-based marks in place of points.

use super::*;
use crate::question::Expected;

fn game(seed: u64, count: usize, rules: Rules) -> Game {
    super::testing::bundled_game(seed, count, rules)
}

fn confident() -> Rules {
    Rules {
        confidence: true,
        ..Rules::default()
    }
}

fn right(g: &Game) -> String {
    g.current().unwrap().1.answer.clone()
}

/// A wrong answer to the current question, whatever its kind.
fn wrong(g: &Game) -> String {
    match &g.current().unwrap().1.expected {
        Expected::Choice { correct, .. } => if *correct == 0 { "b" } else { "a" }.to_owned(),
        Expected::TrueFalse(truth) => if *truth { "f" } else { "t" }.to_owned(),
        Expected::Verdict(crate::model::Verdict::Refuted) => "s".to_owned(),
        Expected::Verdict(_) => "r".to_owned(),
        Expected::Typed(_) => "certainly not this".to_owned(),
        Expected::Paragraph { cited, count } => (1..=*count)
            .find(|n| !cited.contains(n))
            .map_or("0".to_owned(), |n| n.to_string()),
    }
}

/// Answers the current question (`right` or wrong), then says `level`; the feedback.
fn answer(g: &mut Game, right_answer: bool, level: &str) -> Feedback {
    let line = if right_answer { right(g) } else { wrong(g) };
    assert_eq!(g.respond(&line, 0), Step::Sure, "{line}");
    assert!(g.is_unsure());
    match g.respond(level, 0) {
        Step::Answered(f) => f,
        other => panic!("{level}: {other:?}"),
    }
}

#[test]
fn marks_replace_points() {
    let mut g = game(4, 6, confident());
    let mut marks = Vec::new();
    for (right_answer, level) in [
        (true, "1"),
        (true, "fairly"),
        (true, "3"),
        (false, "guess"),
        (false, "2"),
        (false, "certain"),
    ] {
        let f = answer(&mut g, right_answer, level);
        assert_eq!(f.answer.outcome().is_right(), right_answer);
        marks.push(f.answer.earned());
    }
    assert_eq!(marks, [1, 2, 3, 0, -2, -6]);
    assert_eq!(g.points(), -2);
    let totals = g.totals();
    assert_eq!(
        (
            totals.score,
            totals.max_score,
            totals.correct,
            totals.answered
        ),
        (-2, 18, 3, 6)
    );
    assert!(g.is_over());
}

#[test]
fn the_level_is_asked_again_until_given_and_the_question_stands_meanwhile() {
    let mut g = game(5, 2, confident());
    let first = right(&g);
    assert_eq!(g.respond(&first, 0), Step::Sure);
    assert!(matches!(g.respond("4", 0), Step::AskAgain(_)));
    assert!(matches!(g.respond("meh", 0), Step::AskAgain(_)));
    assert_eq!(g.respond("  ", 0), Step::Empty);
    // Still the first question, and nothing counted yet.
    assert_eq!(g.current().map(|(i, _)| i), Some(0));
    assert_eq!((g.answers().len(), g.score().answered), (0, 0));
    let Step::Answered(f) = g.respond("3", 0) else {
        panic!()
    };
    assert_eq!(
        (f.answer.confidence, f.answer.earned()),
        (Some(Confidence::Certain), 3)
    );
    assert_eq!(g.current().map(|(i, _)| i), Some(1));
}

#[test]
fn quitting_at_the_level_withdraws_the_answer() {
    let mut g = game(6, 3, confident());
    answer(&mut g, true, "2");
    let second = right(&g);
    assert_eq!(g.respond(&second, 0), Step::Sure);
    assert_eq!(g.respond("q", 0), Step::Quit);
    assert!(g.is_over() && !g.is_unsure());
    assert_eq!(g.answers().len(), 1, "the second question was not answered");
    assert_eq!(g.totals().score, 2);
    // The end of input does the same.
    let mut g = game(6, 3, confident());
    assert_eq!(g.respond(&right(&g), 0), Step::Sure);
    g.end();
    assert!(g.answers().is_empty());
}

#[test]
fn skips_and_late_answers_are_not_asked_and_earn_nothing() {
    let rules = Rules {
        confidence: true,
        time_limit: Some(1_000),
        ..Rules::default()
    };
    let mut g = game(7, 3, rules);
    let Step::Answered(skip) = g.respond("skip", 0) else {
        panic!()
    };
    assert_eq!((skip.answer.confidence, skip.answer.earned()), (None, 0));
    let late = right(&g);
    let Step::Answered(late) = g.respond(&late, 5_000) else {
        panic!("a late answer is not asked how sure")
    };
    assert_eq!(
        (late.answer.outcome(), late.answer.earned()),
        (Outcome::Late, 0)
    );
    // In time, the level is asked, and the time the answer took is what counts.
    assert_eq!(g.respond(&right(&g), 500), Step::Sure);
    let Step::Answered(f) = g.respond("2", 99_000) else {
        panic!()
    };
    assert_eq!(
        (f.answer.outcome(), f.answer.elapsed, f.answer.earned()),
        (Outcome::Right, 500, 2)
    );
}

#[test]
fn an_answer_counted_at_the_players_word_earns_its_level() {
    let mut g = game(8, 2, confident());
    answer(&mut g, false, "3");
    assert_eq!(g.points(), -6);
    assert!(g.override_answer(0));
    assert_eq!(g.answers()[0].earned(), 3);
    assert_eq!(g.points(), 3);
}

#[test]
fn without_confidence_nothing_is_asked() {
    let mut g = game(9, 1, Rules::default());
    let line = right(&g);
    let Step::Answered(f) = g.respond(&line, 0) else {
        panic!()
    };
    assert_eq!(f.answer.confidence, None);
    assert_eq!(f.answer.earned(), f.answer.points as i32);
    assert_eq!(g.totals().score, g.score().points as i32);
}
