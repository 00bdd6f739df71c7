use super::*;
use crate::check::{Accepted, Match};
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
        answer_forms: Vec::new(),
    }
}

fn accepted(answer_type: AnswerType, forms: &[&str]) -> Accepted {
    Accepted::new(answer_type, forms.iter().map(|s| s.to_string()).collect())
}

fn choice(options: &[&str], correct: usize, answer_type: AnswerType) -> Question {
    // As the generator builds them: each option's rivals are the other options.
    let accepts = options
        .iter()
        .map(|o| Accepted {
            rivals: options
                .iter()
                .filter(|r| *r != o)
                .map(|r| r.to_string())
                .collect(),
            ..accepted(answer_type, &[o])
        })
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
    Skip,
}

fn outcome(q: &Question, line: &str) -> Out {
    outcome_with(q, line, Rules::default())
}

fn outcome_with(q: &Question, line: &str, rules: Rules) -> Out {
    match judge(q, line, rules) {
        Reply::Judged(j) if j.correct => Out::Right,
        Reply::Judged(_) => Out::Wrong,
        Reply::AskAgain(_) => Out::Again,
        Reply::Empty => Out::Empty,
        Reply::Quit => Out::Quit,
        Reply::Skip => Out::Skip,
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
        (&unstated, "ns", Right),
        (&unstated, "not enough info", Right),
        (&unstated, "Unknown", Right),
        (&yes, "correct", Right),
        (&yes, "incorrect", Wrong),
        (&no, "Incorrect", Right),
        // skip, and s where s is not a verdict
        (&short, "skip", Skip),
        (&short, "s", Skip),
        (&places, "s", Skip),
        (&places, "SKIP", Skip),
        (&yes, "s", Skip),
        (&refuted, "skip", Skip),
        (&refuted, "s", Wrong),
        // an option's text with a slip, unless the slip is nearer another option
        (&places, "Wonsna", Right),
        (&places, "Pyongyng", Wrong),
        (&places, "Kaesongg", Wrong),
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
    let Reply::Judged(j) = judge(&places, "a", Rules::default()) else {
        panic!()
    };
    assert_eq!((j.correct, j.read_as.as_deref()), (false, Some("Kaesong")));
    let Reply::Judged(j) = judge(&places, "Wonsan", Rules::default()) else {
        panic!()
    };
    assert_eq!(j.read_as, None);
}

#[test]
fn strict_refuses_slips_but_not_other_forms() {
    let places = choice(
        &["Kaesong", "Pyongyang", "Sinuiju", "Wonsan"],
        3,
        AnswerType::Place,
    );
    let strict = Rules {
        strict: true,
        ..Rules::default()
    };
    assert_eq!(outcome_with(&places, "Wonsna", strict), Out::Wrong);
    assert_eq!(outcome_with(&places, "WONSAN", strict), Out::Right);
    assert_eq!(outcome_with(&places, "d", strict), Out::Right);
    let Reply::Judged(j) = judge(&places, "Wonsna", Rules::default()) else {
        panic!()
    };
    assert_eq!(
        j.how,
        Match::Slip {
            spelling: "Wonsan".into(),
            edits: 1
        }
    );
    assert_eq!(j.read_as.as_deref(), Some("Wonsan"));
}

#[test]
fn a_number_says_how_far_off_it_is() {
    let mut typed = accepted(AnswerType::Number, &["7,700"]);
    typed.tolerance = Some(crate::model::Tolerance::Absolute(50.0));
    let short = question(
        Kind::Short,
        Expected::Typed(typed),
        &[],
        Some(AnswerType::Number),
    );
    let how = |line| match judge(&short, line, Rules::default()) {
        Reply::Judged(j) => (j.correct, j.how),
        other => panic!("{other:?}"),
    };
    assert_eq!(how("7,650"), (true, Match::Within { off: -50.0 }));
    assert_eq!(
        how("7,600"),
        (
            false,
            Match::Wrong {
                off: Some(-100.0),
                allowed: Some(50.0)
            }
        )
    );
    assert_eq!(how("seven thousand seven hundred"), (true, Match::Exact));
}
