//! `validate`'s fairness warnings (validate/fairness.rs). (The bundled file against its audits and
//! its source's wording, as the game shows it, is tested in `engine::bundled`.)

use super::*;
use crate::loader::{Origin, parse};

fn problems_with(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<Problem> {
    let mut value = serde_json::json!({
        "format": 1,
        "event": {"id": "e", "title": "Remains returned", "date": {"value": "2018-07-27"},
                  "summary": "S", "source": {"kind": "article", "paragraphs": 3}},
        "facts": [
            {"id": "city", "type": "place", "answer": "Wonsan", "statement": "It left {answer}.",
             "distractors": ["Kaesong", "Sinuiju", "Hamhung"], "paragraphs": [1],
             "explanation": "Paragraph one."},
            {"id": "base", "type": "place", "answer": "Osan", "statement": "It landed at {answer}.",
             "distractors": ["Kunsan", "Suwon", "Gimhae"], "paragraphs": [2],
             "explanation": "Paragraph two."}
        ]
    });
    edit(&mut value);
    let loaded = parse(Origin::File("t.json".into()), value.to_string()).unwrap();
    validate(&[loaded])
}

/// The one warning, on `field`, whose message contains `says`.
#[track_caller]
fn one_warning(edit: impl FnOnce(&mut serde_json::Value), field: &str, says: &str) {
    let problems = problems_with(edit);
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].severity, Severity::Warning);
    assert_eq!(problems[0].field, field);
    assert!(
        problems[0].message.contains(says),
        "{}",
        problems[0].message
    );
}

#[test]
fn the_base_file_is_fair() {
    assert_eq!(problems_with(|_| {}), vec![]);
}

#[test]
fn a_fact_that_borrows_distractors_is_named_with_what_it_borrows() {
    let problems = problems_with(|v| {
        v["facts"][1]["distractors"] = serde_json::json!(["Kunsan"]);
        v["facts"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"id": "capital",
            "type": "place", "answer": "Seoul", "statement": "It is near {answer}.",
            "distractors": ["Busan", "Daegu", "Incheon"], "paragraphs": [2],
            "explanation": "Two."}));
    });
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].field, "facts[1].distractors");
    assert!(
        problems[0].message.contains(
            "only 1 distractor of its own, so its questions borrow the answers of other facts of \
             this event (\"Wonsan\", \"Seoul\")"
        ),
        "{}",
        problems[0].message
    );
    // A number borrows only from numbers of its unit: none here, so nothing is borrowed and the
    // nearby values make up the options.
    let problems = problems_with(|v| {
        v["facts"][0] = serde_json::json!({"id": "n", "type": "number", "answer": "55",
            "unit": "cases", "statement": "It had {answer} cases.", "paragraphs": [1],
            "explanation": "One."});
        v["facts"][1] = serde_json::json!({"id": "m", "type": "number", "answer": "7,700",
            "unit": "soldiers", "statement": "{answer} are missing.", "paragraphs": [1],
            "distractors": ["6,700", "9,700", "17,700"], "explanation": "One."});
    });
    assert_eq!(problems, vec![]);
}

#[test]
fn an_answer_that_stands_out_by_its_form_is_a_warning() {
    one_warning(
        |v| {
            v["facts"][0] = serde_json::json!({"id": "a", "type": "number", "answer": "65th",
                "statement": "The {answer} anniversary.", "distractors": ["50th", "60th", "70th"],
                "paragraphs": [1], "explanation": "One."});
        },
        "facts[0].distractors",
        "\"65th\" is the only number that is not round",
    );
    one_warning(
        |v| {
            v["facts"][0] = serde_json::json!({"id": "c", "type": "thing",
                "answer": "the UN insignia", "statement": "Covered with {answer}.",
                "distractors": ["the US flag", "the South Korean flag", "the North Korean flag"],
                "paragraphs": [1], "explanation": "One."});
        },
        "facts[0].distractors",
        "the only one without the word \"flag\"",
    );
    // With a fourth distractor of the answer's form, a fair set exists: no warning.
    let problems = problems_with(|v| {
        v["facts"][0] = serde_json::json!({"id": "a", "type": "number", "answer": "65th",
            "statement": "The {answer} anniversary.",
            "distractors": ["50th", "60th", "70th", "63rd"], "paragraphs": [1],
            "explanation": "One."});
    });
    assert_eq!(problems, vec![]);
}

#[test]
fn an_answer_in_the_header_is_a_warning() {
    one_warning(
        |v| v["event"]["title"] = "Remains flown out of Wonsan".into(),
        "facts[0].answer",
        "the game's header (\"Remains flown out of Wonsan (27 July 2018)\") contains \"Wonsan\"",
    );
    // An answer of several words, found from its first.
    one_warning(
        |v| {
            v["event"]["title"] = "Remains flown out of Wonsan City".into();
            v["facts"][0]["answer"] = "Wonsan City".into();
            v["facts"][0]["distractors"] =
                serde_json::json!(["Kaesong City", "Sinuiju City", "Hamhung City"]);
        },
        "facts[0].answer",
        "contains \"Wonsan City\"",
    );
    // A worked-out date is not in the header, so it gives nothing away.
    let problems = problems_with(|v| {
        v["event"]["date"]["inferred"] = true.into();
        v["facts"][0] = serde_json::json!({"id": "d", "type": "date", "answer": "2018-07-27",
            "statement": "It was on {answer}.", "paragraphs": [1], "explanation": "One.",
            "distractors": ["2018-07-26", "2018-07-25", "2018-07-28"]});
    });
    assert_eq!(problems, vec![]);
}

#[test]
fn a_fact_that_is_not_exclusive_is_not_asked_as_true_or_false() {
    one_warning(
        |v| {
            v["facts"][0]["exclusive"] = false.into();
            v["facts"][0]["kinds"] = serde_json::json!(["short", "truefalse"]);
        },
        "facts[0].kinds",
        "never asked as true or false",
    );
    let problems = problems_with(|v| {
        v["facts"][0]["exclusive"] = false.into();
        v["facts"][0]["kinds"] = serde_json::json!(["truefalse"]);
    });
    assert!(
        problems.iter().any(|p| p.severity == Severity::Error
            && p.field == "facts[0].kinds"
            && p.message.contains("never asked")),
        "{problems:#?}"
    );
    assert_eq!(
        problems_with(|v| v["facts"][0]["exclusive"] = false.into()),
        vec![]
    );
}

#[test]
fn a_yes_no_question_with_options_is_a_warning() {
    one_warning(
        |v| v["facts"][0]["question"] = "Had the plane left by then?".into(),
        "facts[0].question",
        "reads as a yes/no question",
    );
    // Whatever the case of its letters; a word that only starts like one, or that is one only
    // without its accent, is not one.
    one_warning(
        |v| v["facts"][0]["question"] = "SHOULD it have left?".into(),
        "facts[0].question",
        "reads as a yes/no question",
    );
    for question in [
        "Shoulders of which city?",
        "Hadn't it left?",
        "\u{130}s it there?",
    ] {
        let problems = problems_with(|v| v["facts"][0]["question"] = question.into());
        assert_eq!(problems, vec![], "{question}");
    }
}

/// A fact short of distractors is weighed by the first three of its pool, its own and what it
/// borrows: the answer alone of its form among them (its own keyed here, the borrowed ones keyed
/// once for the event) is a warning; and only answers it borrows, not nearby values, make it a
/// fact that borrows.
#[test]
fn a_fact_short_of_distractors_is_weighed_by_what_it_borrows() {
    let problems = problems_with(|v| {
        v["facts"] = serde_json::json!([
            {"id": "cover", "type": "thing", "answer": "the UN insignia",
             "statement": "Covered with {answer}.", "distractors": ["the US flag"],
             "paragraphs": [1], "explanation": "One."},
            {"id": "south", "type": "thing", "answer": "the South Korean flag",
             "statement": "Beside {answer}.", "distractors": ["a map", "a wreath", "a photo"],
             "paragraphs": [1], "explanation": "One."},
            {"id": "north", "type": "thing", "answer": "the North Korean flag",
             "statement": "Under {answer}.", "distractors": ["a map", "a wreath", "a photo"],
             "paragraphs": [1], "explanation": "One."}
        ]);
    });
    // (The others are the only ones of three words among theirs, which is not weighed here.)
    let first: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.field.starts_with("facts[0]"))
        .collect();
    assert_eq!(first.len(), 2, "{problems:#?}");
    assert!(
        first[0].message.contains(
            "borrow the answers of other facts of this event (\"the South Korean flag\", \
             \"the North Korean flag\")"
        ),
        "{}",
        first[0].message
    );
    assert!(
        first[1]
            .message
            .contains("the only one without the word \"flag\""),
        "{}",
        first[1].message
    );
    // Nearby values alone: nothing borrowed, no warning.
    let problems = problems_with(|v| {
        v["facts"][0] = serde_json::json!({"id": "n", "type": "number", "answer": "55",
            "statement": "It had {answer} cases.", "distractors": ["56"], "paragraphs": [1],
            "explanation": "One."});
    });
    assert_eq!(problems, vec![]);
}

/// Past the first ten facts of a file that borrow, one line says how many more do, naming the
/// first of them; eleven are still shown one by one.
#[test]
fn many_borrowing_facts_of_a_file_are_grouped() {
    let borrowing = |n: usize| {
        problems_with(|v| {
            v["facts"] = (0..n)
                .map(|i| {
                    serde_json::json!({"id": format!("f{i}"), "type": "text",
                        "answer": format!("answer{i}"), "statement": "It is {answer}.",
                        "paragraphs": [1], "explanation": "One."})
                })
                .collect();
        })
    };
    let says = |p: &Problem| p.message.contains("so its questions borrow the answers");
    let eleven = borrowing(11);
    assert_eq!(eleven.iter().filter(|p| says(p)).count(), 11, "{eleven:#?}");
    let many = borrowing(40);
    let shown: Vec<&Problem> = many.iter().filter(|p| says(p)).collect();
    assert_eq!(shown.len(), 10, "{many:#?}");
    assert_eq!(shown[9].field, "facts[9].distractors");
    let grouped: Vec<&Problem> = many
        .iter()
        .filter(|p| p.message.contains("more facts"))
        .collect();
    assert_eq!(grouped.len(), 1, "{many:#?}");
    assert_eq!(grouped[0].field, "facts[10].distractors");
    assert!(grouped[0].place.is_some());
    // The summary still counts every fact's warning.
    let counted: usize = many.iter().map(|p| p.counts).sum();
    assert_eq!(counted, many.len() - 1 + 30, "{many:#?}");
    assert!(
        grouped[0]
            .message
            .starts_with("30 more facts (facts[10], facts[11], facts[12], ...) have too few"),
        "{}",
        grouped[0].message
    );
}

/// The borrowing warnings are put where their facts' warnings are, among the other problems: in
/// fact order, in a file before another and in a file large enough to be checked on several cores,
/// each file's own ten shown and the rest grouped on the line of the eleventh.
#[test]
fn borrowing_lines_stay_in_fact_order_among_other_problems() {
    let file = |event: &str, n: usize| {
        let facts: Vec<serde_json::Value> = (0..n)
            .map(|i| {
                let mut fact = serde_json::json!({"id": format!("p{i}"), "type": "place",
                    "answer": format!("Town{i}"), "statement": "It left {answer}.",
                    "paragraphs": [1], "explanation": "Paragraph one."});
                if i % 7 == 0 {
                    fact["explanation"] = " ".into();
                }
                if i % 2 == 0 {
                    fact["question"] = "Did it leave from there?".into();
                    fact["distractors"] = serde_json::json!(["Kaesong", "Sinuiju", "Hamhung"]);
                }
                fact
            })
            .collect();
        let value = serde_json::json!({"format": 1,
            "event": {"id": event, "title": "Ferries", "summary": "S",
                      "source": {"kind": "article", "paragraphs": 1}},
            "facts": facts});
        parse(
            Origin::File(format!("{event}.json").into()),
            value.to_string(),
        )
        .unwrap()
    };
    let sizes = [("small", 30), ("large", 5000)];
    let problems = validate(&sizes.map(|(event, n)| file(event, n)));
    let mut expected = Vec::new();
    for (event, n) in sizes {
        let name = format!("{event}.json");
        let mut borrowing = 0;
        for i in 0..n {
            if i % 7 == 0 {
                expected.push((name.clone(), format!("facts[{i}].explanation"), 1));
            }
            if i % 2 == 0 {
                expected.push((name.clone(), format!("facts[{i}].question"), 1));
                continue;
            }
            borrowing += 1;
            let more = n / 2 - 10;
            match borrowing {
                1..=10 => expected.push((name.clone(), format!("facts[{i}].distractors"), 1)),
                11 => expected.push((name.clone(), format!("facts[{i}].distractors"), more)),
                _ => {}
            }
        }
    }
    let found: Vec<(String, String, usize)> = problems
        .iter()
        .map(|p| (p.file.clone(), p.field.clone(), p.counts))
        .collect();
    assert_eq!(found, expected);
    let grouped: Vec<&Problem> = problems.iter().filter(|p| p.counts > 1).collect();
    assert!(
        grouped[1]
            .message
            .starts_with("2490 more facts (facts[21], facts[23], facts[25], ...)"),
        "{}",
        grouped[1].message
    );
    assert!(
        problems[2].message.starts_with(
            "only 0 distractors of its own, so its questions borrow the answers of \
                          other facts of this event (\"Town0\", \"Town2\", \"Town3\", ...)"
        ),
        "{}",
        problems[2].message
    );
    assert!(problems.iter().all(|p| p.place.is_some()));
}
