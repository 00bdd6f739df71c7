use super::*;
use crate::check::Accepted;
use crate::engine::{Game, Rules, Step};
use crate::model::{AnswerType, Difficulty};
use crate::question::{Expected, Kind};

/// A short-answer question with `answer`, citing `cited` of a source whose paragraphs are `text`.
fn short(id: &str, answer: &str, cited: &[u32], text: &[&str], difficulty: Difficulty) -> Question {
    let text: Vec<String> = text.iter().map(|t| t.to_string()).collect();
    Question {
        id: id.into(),
        event_id: "e".into(),
        kind: Kind::Short,
        prompt: format!("Where? ({id})"),
        options: Vec::new(),
        expected: Expected::Typed(Accepted::new(AnswerType::Place, vec![answer.into()])),
        answer: answer.into(),
        solution: answer.into(),
        answer_type: Some(AnswerType::Place),
        difficulty,
        explanation: String::new(),
        paragraphs: cited.to_vec(),
        inferred: false,
        answer_forms: vec![answer.into()],
        passages: Vec::new(),
        cited_text: Passage::cited(Some(&text), cited),
        follow_up: None,
    }
}

const SOURCE: [&str; 2] = [
    "The plane left Wonsan for Osan Air Base, near Seoul.",
    "A ceremony was held on Wednesday.",
];

#[test]
fn a_hint_halves_the_points_of_a_right_answer_and_only_of_that_question() {
    let questions = vec![
        short("from", "Wonsan", &[1], &SOURCE, Difficulty::Hard),
        short("day", "Wednesday", &[2], &SOURCE, Difficulty::Medium),
    ];
    let rules = Rules {
        streak_bonus: false,
        ..Rules::default()
    };
    let mut game = Game::new(1, questions, rules);
    let Step::Hint(hint) = game.respond("hint", 10) else {
        panic!("hint shows a hint");
    };
    assert_eq!(hint.shown.len(), 1);
    assert!(hint.shown[0].text.contains("Wonsan"));
    let Step::Answered(first) = game.respond("Wonsan", 20) else {
        panic!("Wonsan answers");
    };
    // Hard is 3 points: half, rounded up, is 2.
    assert!(first.answer.correct);
    assert_eq!(first.answer.points, 2);
    assert!(game.hinted(0) && !game.hinted(1));
    let Step::Answered(second) = game.respond("Wednesday", 20) else {
        panic!("Wednesday answers");
    };
    assert_eq!(second.answer.points, 2);
    assert_eq!(game.score().points, 4);
    // The hint is taken whatever the answer: a second hint costs nothing more.
    assert_eq!(halved(3), 2);
    assert_eq!(halved(2), 1);
    assert_eq!(halved(1), 1);
    assert_eq!(halved(0), 0);
}

#[test]
fn a_hint_blanks_out_the_answers_of_later_questions_but_not_its_own() {
    let questions = vec![
        short("from", "Wonsan", &[1], &SOURCE, Difficulty::Easy),
        short("to", "Osan Air Base", &[1], &SOURCE, Difficulty::Easy),
        short("near", "Seoul", &[1], &SOURCE, Difficulty::Easy),
    ];
    let first = hint(&questions, 0);
    assert_eq!(
        first.shown[0].text, "The plane left Wonsan for …, near ….",
        "later answers are blanked, this one's is not"
    );
    // At the last question nothing is left to give away.
    assert_eq!(hint(&questions, 2).shown[0].text, SOURCE[0]);
}

#[test]
fn a_hint_holds_back_a_paragraph_that_decides_a_later_claim() {
    let mut claim = short("claim", "", &[2], &SOURCE, Difficulty::Easy);
    claim.kind = Kind::Verdict;
    claim.answer_forms = Vec::new();
    let both = short("both", "Wonsan", &[1, 2], &SOURCE, Difficulty::Easy);
    let questions = vec![both, claim];
    let got = hint(&questions, 0);
    assert_eq!(got.held_back, vec![2]);
    assert_eq!(got.shown.len(), 1);
    assert_eq!(got.shown[0].number, 1);
}

#[test]
fn blanking_keeps_punctuation_and_reads_words_as_the_game_does() {
    let forms = vec![vec!["kim".to_owned(), "jong".to_owned(), "un".to_owned()]];
    assert_eq!(
        blank_out("He thanked Kim Jong-un, and left.", &forms),
        "He thanked …, and left."
    );
    assert_eq!(blank_out("Nothing here.", &forms), "Nothing here.");
}
