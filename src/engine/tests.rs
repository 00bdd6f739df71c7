//! Drawing and playing whole games with the bundled bank.

use std::collections::HashSet;

use super::*;
use crate::loader::load_bundled;
use crate::model::QuestionFile;
use crate::question::Kind;

fn bundled() -> Vec<QuestionFile> {
    load_bundled()
        .unwrap()
        .into_iter()
        .map(|l| l.file)
        .collect()
}

fn game(files: &[QuestionFile], seed: u64, count: usize, kinds: &[Kind]) -> Draw {
    let refs: Vec<&QuestionFile> = files.iter().collect();
    let request = DrawRequest {
        count,
        kinds: kinds.to_vec(),
        seed,
        order: Order::Shuffled,
    };
    draw(&refs, &request)
}

#[test]
fn the_same_seed_draws_the_same_game() {
    let files = bundled();
    for seed in [0, 7, 12345] {
        assert_eq!(
            game(&files, seed, 10, &Kind::ALL),
            game(&files, seed, 10, &Kind::ALL)
        );
    }
    let prompts = |seed| -> Vec<String> {
        game(&files, seed, 10, &Kind::ALL)
            .questions
            .into_iter()
            .map(|q| q.prompt)
            .collect()
    };
    assert_ne!(
        prompts(1),
        prompts(2),
        "different seeds should give different games"
    );
}

#[test]
fn a_game_never_asks_a_fact_twice_and_mixes_kinds() {
    let files = bundled();
    let mut from_source: std::collections::HashMap<Kind, usize> = Default::default();
    for seed in 0..50 {
        let drawn = game(&files, seed, 20, &Kind::ALL);
        assert_eq!(drawn.questions.len(), 20);
        let ids: HashSet<&str> = drawn.questions.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids.len(), 20, "seed {seed}: a fact was drawn twice");
        for kind in Kind::ALL {
            let n = drawn.questions.iter().filter(|q| q.kind == kind).count();
            // Six kinds take turns: each at least 20 / 6, rounded down, times. A kind that shows
            // the source is in every game, but may be asked less: such a question that no order
            // of the game can hold (its paragraph names many answers) is drawn again as another
            // kind. Over the games it still takes its turn about as often as the others.
            if Kind::FROM_SOURCE.contains(&kind) {
                assert!(n >= 1, "seed {seed}: {kind} asked {n} times of 20");
                *from_source.entry(kind).or_default() += n;
            } else {
                let least = 20 / Kind::ALL.len();
                assert!(n >= least, "seed {seed}: {kind} asked {n} times of 20");
            }
        }
    }
    for (kind, n) in from_source {
        assert!(n >= 50 * 5 / 2, "{kind} asked {n} times in 50 games of 20");
    }
}

#[test]
fn every_kind_appears_in_the_bundled_bank() {
    let files = bundled();
    let everything = game(&files, 3, 1000, &Kind::ALL);
    let kinds: HashSet<Kind> = everything.questions.iter().map(|q| q.kind).collect();
    assert_eq!(kinds.len(), Kind::ALL.len(), "{kinds:?}");
    let facts: usize = files.iter().map(|f| f.facts.len()).sum();
    let claims: usize = files.iter().map(|f| f.claims.len()).sum();
    assert!(
        facts >= 30 && claims >= 12,
        "{facts} facts, {claims} claims"
    );
    assert_eq!(everything.available, facts + claims);
    assert_eq!(
        everything.questions.len(),
        facts + claims,
        "asking for more than there is plays what there is"
    );
}

#[test]
fn kinds_can_be_restricted() {
    let files = bundled();
    let verdicts = game(&files, 9, 100, &[Kind::Verdict]);
    assert!(verdicts.questions.iter().all(|q| q.kind == Kind::Verdict));
    assert_eq!(
        verdicts.available,
        files.iter().map(|f| f.claims.len()).sum::<usize>()
    );
    let short = game(&files, 9, 100, &[Kind::Short]);
    assert!(short.questions.iter().all(|q| q.kind == Kind::Short));
    assert!(
        short.available < files.iter().map(|f| f.facts.len()).sum::<usize>(),
        "some facts allow no short answer"
    );
}

#[test]
fn about_half_the_truefalse_statements_are_true() {
    let files = bundled();
    for seed in 0..20 {
        let drawn = game(&files, seed, 21, &[Kind::Truefalse]);
        let trues = drawn
            .questions
            .iter()
            .filter(|q| q.answer == "true")
            .count();
        assert!(
            (10..=11).contains(&trues),
            "seed {seed}: {trues} of 21 true"
        );
    }
}

#[test]
fn answering_every_question_with_its_answer_scores_the_maximum() {
    let files = bundled();
    for seed in 0..30 {
        let drawn = game(&files, seed, 15, &Kind::ALL);
        let mut g = Game::new(seed, drawn.questions, Rules::default());
        while let Some((_, q)) = g.current() {
            let answer = q.answer.clone();
            assert!(
                matches!(g.respond(&answer, 0), Step::Answered(ref f) if f.answer.correct),
                "seed {seed}: {answer:?}"
            );
        }
        assert_eq!(g.score().points, g.max_score());
        assert_eq!(g.score().best_streak, 15);
        assert_eq!(g.missed().count(), 0);
    }
}

#[test]
fn quitting_ends_the_game_and_keeps_what_was_answered() {
    let files = bundled();
    let drawn = game(&files, 4, 10, &Kind::ALL);
    let mut g = Game::new(4, drawn.questions, Rules::default());
    let first = g.current().unwrap().1.answer.clone();
    g.respond(&first, 0);
    assert_eq!(g.respond("", 0), Step::Empty);
    assert_eq!(g.respond("q", 0), Step::Quit);
    assert!(g.is_over() && g.ended_early());
    assert_eq!((g.score().answered, g.score().correct), (1, 1));
}

#[test]
fn a_timed_game_pays_for_speed_and_nothing_after_the_limit() {
    let files = bundled();
    let drawn = game(&files, 8, 3, &Kind::ALL);
    let rules = Rules {
        time_limit: Some(10_000),
        streak_bonus: false,
        ..Rules::default()
    };
    let mut g = Game::new(8, drawn.questions, rules);
    let worth: Vec<u32> = g
        .questions()
        .iter()
        .map(|q| q.difficulty.points())
        .collect();
    let answer = |g: &Game| g.current().unwrap().1.answer.clone();
    let Step::Answered(fast) = g.respond(&answer(&g), 0) else {
        panic!()
    };
    assert_eq!(fast.answer.points, 2 * worth[0]);
    let Step::Answered(late) = g.respond(&answer(&g), 11_000) else {
        panic!()
    };
    assert!(late.answer.correct && late.answer.late);
    assert_eq!((late.answer.points, late.score.streak), (0, 0));
    let Step::Answered(at_limit) = g.respond(&answer(&g), 10_000) else {
        panic!()
    };
    assert_eq!(
        at_limit.answer.points,
        worth[2] + (worth[2] as f64 / 2.0).round() as u32
    );
    assert_eq!(g.max_score(), 2 * worth.iter().sum::<u32>());
}

#[test]
fn a_late_answer_is_never_right_and_a_time_up_moves_on() {
    let files = bundled();
    let drawn = game(&files, 8, 4, &Kind::ALL);
    let rules = Rules {
        time_limit: Some(1_000),
        ..Rules::default()
    };
    let mut g = Game::new(8, drawn.questions, rules);
    let answer = |g: &Game| g.current().unwrap().1.answer.clone();
    let Step::Answered(late) = g.respond(&answer(&g), 1_500) else {
        panic!()
    };
    assert_eq!(late.answer.outcome(), Outcome::Late);
    assert_eq!((late.score.correct, late.score.answered), (0, 1));
    let Step::Answered(out) = g.time_up(1_000) else {
        panic!()
    };
    assert_eq!(out.answer.outcome(), Outcome::Late);
    assert!(out.answer.given.is_empty() && out.answer.points == 0);
    assert_eq!(
        g.current().map(|(i, _)| i),
        Some(2),
        "on to the next question"
    );
    assert_eq!(g.missed().count(), 2, "late answers are misses");
    assert!(
        !g.can_count(0) && !g.override_answer(0),
        "! does not make late right"
    );
    let Step::Answered(right) = g.respond(&answer(&g), 200) else {
        panic!()
    };
    assert_eq!(right.answer.outcome(), Outcome::Right);
    assert_eq!(g.score().correct, 1);
}

/// Every question of `kind` the bundled bank gives with this seed.
fn of_kind(files: &[QuestionFile], kind: Kind) -> Vec<crate::question::Question> {
    game(files, 3, 100, &[kind]).questions
}

#[test]
fn a_wrong_typed_answer_counts_as_right_at_the_players_word() {
    let files = bundled();
    let questions = of_kind(&files, Kind::Short);
    let mut g = Game::new(3, questions[..4].to_vec(), Rules::default());
    let right = |g: &Game| g.current().unwrap().1.answer.clone();
    assert!(
        matches!(g.respond("!", 0), Step::AskAgain(_)),
        "nothing to count yet"
    );
    g.respond(&right(&g), 0);
    g.respond("certainly wrong", 0);
    g.respond(&right(&g), 0);
    assert_eq!((g.score().correct, g.score().streak), (2, 1));
    assert!(
        matches!(g.respond("!", 0), Step::AskAgain(_)),
        "the last answer was right"
    );
    assert!(g.can_override(1) && !g.can_override(0) && !g.can_override(2));
    assert!(g.override_answer(1));
    let a = &g.answers()[1];
    assert!(a.correct && a.overridden && a.points > 0);
    assert_eq!(
        (g.score().correct, g.score().streak),
        (3, 3),
        "worked out again in order"
    );
    assert!(!g.override_answer(1), "once");
    g.respond("certainly wrong", 0);
    assert_eq!(
        g.respond("!", 0),
        Step::Quit,
        "the game is over: the front end asks at the end"
    );
    assert_eq!(
        g.overridable().map(|(i, _, _)| i).collect::<Vec<_>>(),
        vec![3]
    );
    assert!(g.override_answer(3));
    assert_eq!(
        g.score().points,
        g.max_score(),
        "every answer right, in a row"
    );
}

#[test]
fn bang_at_the_next_prompt_counts_the_last_answer() {
    let files = bundled();
    let questions = of_kind(&files, Kind::Short);
    let mut g = Game::new(3, questions[..3].to_vec(), Rules::default());
    g.respond("certainly wrong", 0);
    assert_eq!(g.respond("!", 0), Step::Overridden(0));
    assert_eq!(g.current().map(|(i, _)| i), Some(1), "the question stands");
    assert_eq!(g.score().correct, 1);
    // At the next prompt, only text the player typed: a letter is what it is there.
    let choice = of_kind(&files, Kind::Choice);
    let mut g = Game::new(3, choice[..3].to_vec(), Rules::default());
    let q = g.current().unwrap().1.clone();
    let wrong = q.options.iter().position(|o| *o != q.answer).unwrap();
    g.respond(&char::from(b'a' + wrong as u8).to_string(), 0);
    assert!(matches!(g.respond("!", 0), Step::AskAgain(_)));
    assert!(!g.answers()[0].typed && !g.can_override(0));
    // At the end of the game any missed question may be counted (#11): the letter too, for that
    // game only (it is not typed text, so nothing remembers it).
    assert_eq!(g.overridable().map(|(i, _, _)| i).collect::<Vec<_>>(), [0]);
    assert!(g.can_count(0));
    // An option's text typed and marked wrong counts at the next prompt, like a short answer.
    let q = g.current().unwrap().1.clone();
    let other = q.options.iter().find(|o| **o != q.answer).unwrap().clone();
    let Step::Answered(f) = g.respond(&other, 0) else {
        panic!("an option's text is an answer")
    };
    assert!(!f.answer.correct && f.answer.typed);
    assert_eq!(g.respond("!", 0), Step::Overridden(1));
    assert!(g.answers()[1].correct && g.answers()[1].overridden);
    // A skipped question is no answer to count.
    g.respond("skip", 0);
    assert!(!g.can_count(2) && g.overridable().all(|(i, _, _)| i == 0));
    assert!(g.override_answer(0) && g.answers()[0].overridden && !g.answers()[0].typed);
}

#[test]
fn a_did_you_mean_is_confirmed_or_not() {
    let files = bundled();
    let choice = of_kind(&files, Kind::Choice);
    let q = choice
        .iter()
        .find(|q| q.answer == "Wonsan")
        .expect("the departure city is asked as a choice")
        .clone();
    let answer = q.answer.clone();
    let slip = "Wonsna";
    // Yes: judged as that option, with the slip shown.
    let mut g = Game::new(3, vec![q.clone()], Rules::default());
    assert_eq!(
        g.respond(slip, 0),
        Step::Confirm(q.options.iter().position(|o| *o == answer).unwrap())
    );
    let Step::Answered(f) = g.respond("y", 0) else {
        panic!()
    };
    assert!(f.answer.correct);
    assert_eq!(f.answer.read_as.as_deref(), Some("Wonsan"));
    assert_eq!(f.answer.given, slip, "what was typed, not the y (#11)");
    assert!(f.answer.typed);
    assert!(matches!(f.answer.how, crate::check::Match::Slip { .. }));
    // No: asked again, not counted.
    let mut g = Game::new(3, vec![q.clone()], Rules::default());
    g.respond(slip, 0);
    assert!(matches!(g.respond("n", 0), Step::AskAgain(_)));
    assert_eq!(g.score().answered, 0);
    assert!(
        matches!(g.respond("y", 0), Step::AskAgain(_)),
        "y is no option now"
    );
    // Another line: read as a new answer.
    let mut g = Game::new(3, vec![q.clone()], Rules::default());
    g.respond(slip, 0);
    let Step::Answered(f) = g.respond("Wonsan", 0) else {
        panic!()
    };
    assert!(f.answer.correct && f.answer.read_as.is_none());
    // A text that is no option: asked again and not counted.
    assert!(!q.options.iter().any(|o| o == "Chongjin"));
    let mut g = Game::new(3, vec![q], Rules::default());
    assert!(matches!(g.respond("Chongjin", 0), Step::AskAgain(_)));
    assert_eq!(g.score().answered, 0);
}
