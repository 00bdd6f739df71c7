use super::*;
use crate::check::Accepted;
use crate::model::{AnswerType, Difficulty};
use crate::question::Kind;

fn question(
    kind: Kind,
    expected: Expected,
    options: &[&str],
    answer_type: Option<AnswerType>,
) -> Question {
    Question {
        id: "q".into(),
        event_id: "e".into(),
        kind,
        prompt: "?".into(),
        options: options.iter().map(|s| s.to_string()).collect(),
        expected,
        answer: String::new(),
        solution: String::new(),
        answer_type,
        difficulty: Difficulty::Easy,
        explanation: String::new(),
        paragraphs: vec![1],
        inferred: false,
    }
}

fn accepted(answer_type: AnswerType, forms: &[&str]) -> Accepted {
    Accepted::new(answer_type, forms.iter().map(|s| s.to_string()).collect())
}

fn choice(options: &[&str], correct: usize, answer_type: AnswerType) -> Question {
    let accepts = options
        .iter()
        .map(|o| accepted(answer_type, &[o]))
        .collect();
    question(
        Kind::Choice,
        Expected::Choice {
            correct,
            options: accepts,
        },
        options,
        Some(answer_type),
    )
}

#[derive(Debug, PartialEq)]
enum Out {
    Right,
    Wrong,
    Again,
    Empty,
    Quit,
}

fn outcome(q: &Question, line: &str) -> Out {
    match judge(q, line) {
        Reply::Judged(j) if j.correct => Out::Right,
        Reply::Judged(_) => Out::Wrong,
        Reply::AskAgain(_) => Out::Again,
        Reply::Empty => Out::Empty,
        Reply::Quit => Out::Quit,
    }
}

#[test]
fn replies_by_kind() {
    use Out::*;
    let short = question(
        Kind::Short,
        Expected::Typed(accepted(AnswerType::Number, &["7,700"])),
        &[],
        Some(AnswerType::Number),
    );
    let places = choice(
        &["Kaesong", "Pyongyang", "Sinuiju", "Wonsan"],
        3,
        AnswerType::Place,
    );
    let numbers = choice(&["2", "3", "4", "5"], 2, AnswerType::Number);
    let yes = question(Kind::Truefalse, Expected::TrueFalse(true), &[], None);
    let no = question(Kind::Truefalse, Expected::TrueFalse(false), &[], None);
    let refuted = question(
        Kind::Verdict,
        Expected::Verdict(Verdict::Refuted),
        &[],
        None,
    );
    let unstated = question(
        Kind::Verdict,
        Expected::Verdict(Verdict::NotStated),
        &[],
        None,
    );
    let cases: &[(&Question, &str, Out)] = &[
        (&short, "7700", Right),
        (&short, " 7,700 ", Right),
        (&short, "7,600", Wrong),
        (&short, "", Empty),
        (&short, "   ", Empty),
        (&short, "q", Quit),
        (&short, "QUIT", Quit),
        (&places, "d", Right),
        (&places, "D", Right),
        (&places, "4", Right),
        (&places, "wonsan", Right),
        (&places, "a", Wrong),
        (&places, "Pyongyang", Wrong),
        (&places, "Hamhung", Wrong),
        (&places, "e", Again),
        (&places, "z", Again),
        (&places, "5", Again),
        (&numbers, "4", Right),
        (&numbers, "c", Right),
        (&numbers, "3", Wrong),
        (&numbers, "1", Wrong),
        (&yes, "t", Right),
        (&yes, "True", Right),
        (&yes, "yes", Right),
        (&yes, "y", Right),
        (&yes, "f", Wrong),
        (&yes, "maybe", Again),
        (&no, "F", Right),
        (&no, "false", Right),
        (&no, "no", Right),
        (&no, "n", Right),
        (&no, "t", Wrong),
        (&refuted, "r", Right),
        (&refuted, "Refuted", Right),
        (&refuted, "s", Wrong),
        (&refuted, "supported", Wrong),
        (&refuted, "x", Again),
        (&unstated, "n", Right),
        (&unstated, "not stated", Right),
        (&unstated, "Not  stated.", Right),
        (&unstated, "r", Wrong),
    ];
    for (q, line, expected) in cases {
        assert_eq!(
            &outcome(q, line),
            expected,
            "{:?} {:?}: {line:?}",
            q.kind,
            q.options
        );
    }
}

#[test]
fn a_letter_is_read_as_its_option() {
    let places = choice(&["Kaesong", "Wonsan"], 1, AnswerType::Place);
    let Reply::Judged(j) = judge(&places, "a") else {
        panic!()
    };
    assert_eq!((j.correct, j.read_as.as_deref()), (false, Some("Kaesong")));
    let Reply::Judged(j) = judge(&places, "Wonsan") else {
        panic!()
    };
    assert_eq!(j.read_as, None);
}
