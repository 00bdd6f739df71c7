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
        passages: Vec::new(),
        cited_text: Vec::new(),
        follow_up: None,
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
    Help,
    Override,
    Hint,
}

fn outcome(q: &Question, line: &str) -> Out {
    outcome_with(q, line, Rules::default())
}

/// How a line comes out; a "did you mean" is answered yes (it is tested on its own below).
fn outcome_with(q: &Question, line: &str, rules: Rules) -> Out {
    match judge(q, line, rules) {
        Reply::Judged(j) if j.correct => Out::Right,
        Reply::Judged(_) => Out::Wrong,
        Reply::Confirm { option, .. } => match &q.expected {
            Expected::Choice { correct, .. } if *correct == option => Out::Right,
            _ => Out::Wrong,
        },
        Reply::Help => Out::Help,
        Reply::Override => Out::Override,
        Reply::AskAgain(_) => Out::Again,
        Reply::Empty => Out::Empty,
        Reply::Quit => Out::Quit,
        Reply::Skip => Out::Skip,
        Reply::Hint => Out::Hint,
    }
}

#[test]
fn an_evidence_answer_is_right_when_it_names_a_cited_paragraph_in_any_form() {
    use Out::*;
    let q = question(
        Kind::Evidence,
        Expected::Paragraph {
            cited: vec![3, 12],
            count: 14,
        },
        &[],
        None,
    );
    for line in [
        "3",
        "¶3",
        "¶ 3",
        "para 3",
        "paragraph 3",
        "p3",
        "#3",
        "P. 12",
        "twelve",
        "¶12.",
        // Ordinals and hedges, as a blind player wrote them (tests/fixtures/blind/evidence.jsonl).
        "the third",
        "3rd",
        "I think 12",
    ] {
        assert_eq!(outcome(&q, line), Right, "{line:?}");
    }
    for line in ["4", "¶4", "para 5", "p14", "one"] {
        assert_eq!(outcome(&q, line), Wrong, "{line:?}");
    }
    // No paragraph of the source, or no one number: asked again, not counted.
    for line in [
        "15",
        "¶0",
        "3 and 12",
        "3, 12",
        "paragraph",
        "the 65th",
        "Wonsan",
        "C-17",
    ] {
        assert_eq!(outcome(&q, line), Again, "{line:?}");
    }
    assert_eq!(outcome(&q, "hint"), Hint);
    assert_eq!(outcome(&q, "skip"), Skip);
    // What the line was read as is said when it was not written as a plain number.
    let Reply::Judged(j) = judge(&q, "para 3", Rules::default()) else {
        panic!("para 3 is an answer");
    };
    assert_eq!(j.read_as.as_deref(), Some("¶3"));
    assert!(!j.typed);
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
    // A decimal that starts with an option's number is that value, not that option.
    let decimals = choice(&["1.5", "1.9", "12", "14.2"], 1, AnswerType::Number);
    let money = choice(
        &["550 million", "0.8bn", "1.1bn", "1.7bn"],
        2,
        AnswerType::Number,
    );
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
        // A text that is no option asks again (#11; it was judged wrong before).
        (&places, "Hamhung", Again),
        (&places, "e", Again),
        (&places, "z", Again),
        (&places, "5", Again),
        (&numbers, "4", Right),
        (&numbers, "c", Right),
        (&numbers, "3", Wrong),
        // "1" is no option's value among 2 to 5, so it is the first option's position (#11).
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
        (&decimals, "1.9", Right),
        (&decimals, "b", Right),
        (&decimals, "1.", Wrong),
        (&decimals, "2", Right),
        (&money, "1.1bn", Right),
        (&money, "c", Right),
        (&money, "1", Wrong),
        // At a claim, "true" says the source supports it and "false" that it refutes it.
        (&refuted, "false", Right),
        (&refuted, "False.", Right),
        (&refuted, "true", Wrong),
        (&unstated, "true", Wrong),
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
fn a_question_asked_again_says_why_without_brackets() {
    // The front end shows the reason in brackets: brackets in it would nest.
    let places = choice(
        &["Kaesong", "Pyongyang", "Sinuiju", "Wonsan"],
        3,
        AnswerType::Place,
    );
    let yes = question(Kind::Truefalse, Expected::TrueFalse(true), &[], None);
    let claim = question(
        Kind::Verdict,
        Expected::Verdict(Verdict::Refuted),
        &[],
        None,
    );
    for (q, line) in [
        (&places, "x"),
        (&places, "f"),
        (&places, "Tokyo"),
        (&yes, "perhaps"),
        (&claim, "maybe"),
    ] {
        let Reply::AskAgain(why) = judge(q, line, Rules::default()) else {
            panic!("{line:?} is not an answer")
        };
        assert!(!why.contains(['(', ')']), "{line:?}: {why}");
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
    // Not --strict, a slip of an option's text is confirmed before it is judged (#11); the
    // game then judges it as that option, the slip shown (`a_did_you_mean_is_confirmed_or_not`).
    let Reply::Confirm { option, how } = judge(&places, "Wonsna", Rules::default()) else {
        panic!()
    };
    assert_eq!(
        (option, how),
        (
            3,
            Match::Slip {
                spelling: "Wonsan".into(),
                edits: 1
            }
        )
    );
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

#[test]
fn letters_as_printed() {
    use Out::*;
    let places = choice(
        &["Kaesong", "Pyongyang", "Sinuiju", "Wonsan"],
        3,
        AnswerType::Place,
    );
    let numbers = choice(&["2", "3", "4", "5"], 2, AnswerType::Number);
    for line in [
        "d",
        "D",
        "d)",
        "(d)",
        "d.",
        "D.",
        "[d]",
        "d:",
        "(d",
        "option d",
        "d) Wonsan",
        "4",
        "4)",
        "4.",
    ] {
        assert_eq!(outcome(&places, line), Right, "{line:?}");
    }
    for line in ["a)", "(b)", "c.", "1", "a) Kaesong"] {
        assert_eq!(outcome(&places, line), Wrong, "{line:?}");
    }
    for line in ["e)", "(z)", "5.", "a) Wonsan", "Hamhung"] {
        assert_eq!(outcome(&places, line), Again, "{line:?}");
    }
    assert_eq!(outcome(&numbers, "c)"), Right);
    // A digit that is no option's value is its position (#11).
    let minutes = choice(&["5", "15", "45", "90"], 1, AnswerType::Number);
    assert_eq!(outcome(&minutes, "2"), Right);
    assert_eq!(outcome(&minutes, "5"), Wrong, "the option 5");
    assert_eq!(outcome(&minutes, "3."), Wrong, "the third");
    assert_eq!(outcome(&numbers, "4"), Right, "the option's text");
    // A line that is an option's whole text, though it opens like a position or a letter.
    let details = choice(
        &["45", "15", "1:40 a.m.", "a.m. radio", "Marc Thibodeau"],
        2,
        AnswerType::Text,
    );
    assert_eq!(outcome(&details, "1:40 a.m."), Right);
    // A few words that only lead in to a letter.
    for line in [
        "the answer is c",
        "answer: c",
        "its c",
        "it's c)",
        "I think c",
        "my guess: c",
    ] {
        assert_eq!(outcome(&details, line), Right, "{line:?}");
    }
    for line in ["the answer is a", "i say b"] {
        assert_eq!(outcome(&details, line), Wrong, "{line:?}");
    }
    let counts = choice(&["2", "3", "4", "5"], 2, AnswerType::Number);
    assert_eq!(outcome(&counts, "i think 4"), Right, "the option 4");
    assert_eq!(outcome(&counts, "the answer is 3"), Wrong, "the option 3");
    for line in ["the answer is c or d", "think about c and d", "is it c?"] {
        assert_ne!(outcome(&details, line), Right, "{line:?}");
    }
    // A time or a decimal typed otherwise than printed is no position: "1:40am" is the time.
    assert_eq!(outcome(&details, "1:40am"), Right);
    assert_eq!(outcome(&details, "1.40 am"), Right);
    assert_eq!(
        outcome(&details, "1: 45"),
        Wrong,
        "the first, by its number"
    );
    assert_eq!(
        outcome(&details, "a.m. radio"),
        Wrong,
        "the fourth, by its text"
    );
    assert_eq!(outcome(&details, "c"), Right);
    assert_eq!(
        outcome(&numbers, "3."),
        Wrong,
        "the option 3, not the third"
    );
    // A number that is a position and opens another option's text may mean either: ask.
    let hours = choice(
        &["10.15 p.m.", "2 p.m.", "6.05 a.m.", "11 a.m."],
        1,
        AnswerType::Text,
    );
    assert_eq!(
        outcome(&hours, "2"),
        Right,
        "the second option opens with 2 itself"
    );
    assert_eq!(
        outcome(&hours, "1"),
        Wrong,
        "no option opens with the number 1"
    );
    let tolls = choice(&["3 dead", "1 dead", "2 dead"], 0, AnswerType::Text);
    assert_eq!(outcome(&tolls, "1"), Again, "the first, or 1 dead");
    assert_eq!(outcome(&tolls, "a"), Right);
    assert_eq!(outcome(&tolls, "3"), Again, "the third, or 3 dead");
}

#[test]
fn a_text_near_one_option_is_confirmed_never_when_as_near_another() {
    let flags = question(
        Kind::Choice,
        Expected::Choice {
            correct: 1,
            options: vec![
                Accepted {
                    rivals: vec!["the United Nations insignia".into()].into(),
                    ..accepted(AnswerType::Thing, &["the US flag"])
                },
                Accepted {
                    rivals: vec!["the US flag".into()].into(),
                    ..accepted(
                        AnswerType::Thing,
                        &["the United Nations insignia", "UN insignia"],
                    )
                },
                accepted(AnswerType::Thing, &["the South Korean flag"]),
                accepted(AnswerType::Thing, &["the North Korean flag"]),
            ],
        },
        &[
            "the US flag",
            "the United Nations insignia",
            "the South Korean flag",
            "the North Korean flag",
        ],
        Some(AnswerType::Thing),
    );
    let confirm = |line| match judge(&flags, line, Rules::default()) {
        Reply::Confirm { option, .. } => Some(option),
        _ => None,
    };
    assert_eq!(
        confirm("UN flag"),
        Some(1),
        "not read silently as the US flag"
    );
    assert_eq!(confirm("the UN"), Some(1));
    assert_eq!(confirm("Korean flag"), None, "as near two options");
    assert_eq!(outcome(&flags, "Korean flag"), Out::Again);
    assert_eq!(
        outcome(&flags, "un insignia"),
        Out::Right,
        "an option exactly"
    );
    assert_eq!(outcome(&flags, "flag"), Out::Again);
}

#[test]
fn help_and_override_are_not_answers() {
    let places = choice(&["Kaesong", "Wonsan"], 1, AnswerType::Place);
    for line in ["?", "help", " HELP "] {
        assert_eq!(outcome(&places, line), Out::Help, "{line:?}");
    }
    assert_eq!(outcome(&places, "!"), Out::Override);
}

#[test]
fn a_date_that_fits_two_options_fits_neither() {
    let dates = choice(
        &[
            "4 October 1958",
            "4 November 1957",
            "14 October 1957",
            "4 October 1957",
        ],
        3,
        AnswerType::Date,
    );
    let mut options = match dates.expected.clone() {
        Expected::Choice { options, .. } => options,
        _ => unreachable!(),
    };
    for o in &mut options {
        o.context.year = Some(1957);
    }
    let dates = Question {
        expected: Expected::Choice {
            correct: 3,
            options,
        },
        ..dates
    };
    assert_eq!(outcome(&dates, "4 October"), Out::Again);
    assert_eq!(
        outcome(&dates, "4/10/1957"),
        Out::Again,
        "4 October or 10 April"
    );
    assert_eq!(outcome(&dates, "4 October 1957"), Out::Right);
    assert_eq!(outcome(&dates, "14 October"), Out::Wrong);
}

proptest::proptest! {
    /// Any line at a multiple-choice question ends in a reply that holds together: a judged line
    /// keeps what was typed, is right only as the right option, and is typed text only when no
    /// letter was read; a "did you mean" names an option, and never under `--strict`.
    #[test]
    fn any_line_at_a_choice_question_gets_a_reply(line in "\\PC{0,40}", printed in "[\\[(]?[a-z1-9][)\\].:]? ?[a-zA-Z ]{0,12}") {
        let places = choice(&["Kaesong", "Pyongyang", "Sinuiju", "Wonsan"], 3, AnswerType::Place);
        let numbers = choice(&["5", "15", "45", "90"], 1, AnswerType::Number);
        for q in [&places, &numbers] {
            let Expected::Choice { correct, .. } = &q.expected else { unreachable!() };
            for text in [&line, &printed] {
                for strict in [false, true] {
                    match judge(q, text, Rules { strict, ..Rules::default() }) {
                        Reply::Judged(j) => {
                            proptest::prop_assert_eq!(&j.given, text.trim());
                            let read = j.read_as.as_deref().unwrap_or(j.given.as_str());
                            if j.correct {
                                proptest::prop_assert_eq!(read, q.options[*correct].as_str(), "{:?}", text);
                            }
                        }
                        Reply::Confirm { option, .. } => {
                            proptest::prop_assert!(option < q.options.len() && !strict, "{:?}", text);
                        }
                        _ => {}
                    }
                }
            }
        }
    }
}

#[test]
fn a_choice_naming_two_options_is_asked_again_not_offered_one() {
    let q = choice(
        &[
            "the US Army",
            "the US Air Force",
            "the US Navy",
            "the Marine Corps",
        ],
        1,
        AnswerType::Organisation,
    );
    assert_eq!(outcome(&q, "air force"), Out::Right);
    for both in ["air force or navy", "air force, navy", "navy or air force"] {
        assert_eq!(outcome(&q, both), Out::Again, "{both}");
    }
}

#[test]
fn a_choice_line_of_two_letters_asks_for_one_letter() {
    let q = choice(
        &["Wonsan", "Pyongyang", "Kaesong", "Sinuiju"],
        1,
        AnswerType::Place,
    );
    for both in ["c or d", "b/c", "a, b and d", "(b) or (c)", "either 1 or 2"] {
        match judge(&q, both, Rules::default()) {
            Reply::AskAgain(hint) => {
                assert!(hint.contains("more than one option"), "{both}: {hint}")
            }
            other => panic!("{both}: {other:?}"),
        }
    }
    // One letter, or a word that only opens like one, is not two.
    assert_eq!(outcome(&q, "b"), Out::Right);
    match judge(&q, "a or the other", Rules::default()) {
        Reply::AskAgain(hint) => assert!(!hint.contains("more than one option"), "{hint}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_digit_is_a_position_though_it_counts_the_answers_hundredths() {
    // A rise of 3 cents ($0.03, written "3 cents"), printed in dollars among three nudges.
    let options = ["0.01", "0.03", "0.05", "0.07"];
    let mut q = choice(&options, 1, AnswerType::Number);
    if let Expected::Choice {
        options: accepts, ..
    } = &mut q.expected
    {
        for accepted in accepts.iter_mut() {
            accepted.unit = Some("dollars".into());
        }
        accepts[1]
            .forms
            .extend(["3 cents".to_owned(), "$0.03".to_owned()]);
    }
    // "3" is the third option (0.05), not 3 cents.
    assert_eq!(outcome(&q, "3"), Out::Wrong, "the third");
    assert_eq!(outcome(&q, "2"), Out::Right, "the second");
    // Counter-cases: the answer typed as a value is still right.
    for line in ["0.03", "3 cents", "$0.03", "3c"] {
        assert_eq!(outcome(&q, line), Out::Right, "{line:?}");
    }
    assert_eq!(outcome(&q, "5 cents"), Out::Wrong);
}
