use super::*;
use crate::loader::{Origin, load_bundled, parse};

fn problems_in(file: &str) -> Vec<Problem> {
    let loaded = parse(Origin::File("t.json".into()), file).expect("test file parses");
    validate(&[loaded])
}

/// A valid file with one fact and one claim; `edit` changes it before validation.
fn file_with(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut value = serde_json::json!({
        "format": 1,
        "event": {"id": "e", "title": "E", "date": {"value": "2018-07-27"}, "summary": "S",
                  "source": {"kind": "article", "paragraphs": 3}},
        "facts": [{"id": "f", "type": "place", "answer": "Wonsan", "statement": "It left {answer}.",
                   "distractors": ["Kaesong", "Sinuiju", "Pyongyang"], "paragraphs": [1],
                   "explanation": "Paragraph one."}],
        "claims": [{"id": "c", "claim": "It flew.", "verdict": "supported", "paragraphs": [2],
                    "explanation": "Paragraph two."}]
    });
    edit(&mut value);
    value.to_string()
}

#[track_caller]
fn one_error(edit: impl FnOnce(&mut serde_json::Value), field: &str, says: &str) {
    let problems = problems_in(&file_with(edit));
    let errors: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{problems:#?}");
    assert_eq!(errors[0].field, field);
    assert!(errors[0].message.contains(says), "{}", errors[0].message);
    assert!(
        errors[0].to_string().starts_with("t.json:1:")
            && errors[0]
                .to_string()
                .contains(&format!(": error: {field}: ")),
        "{}",
        errors[0]
    );
}

#[test]
fn the_base_file_and_the_bundled_files_are_clean() {
    assert_eq!(problems_in(&file_with(|_| {})), vec![]);
    let bundled = load_bundled().unwrap();
    assert_eq!(
        validate(&bundled),
        vec![],
        "the bundled files must have no errors or warnings"
    );
}

#[test]
fn meaning_errors_name_the_field() {
    one_error(
        |v| v["facts"][0]["statement"] = "It left.".into(),
        "facts[0].statement",
        "no {answer} slot",
    );
    one_error(
        |v| v["facts"][0]["paragraphs"] = serde_json::json!([4]),
        "facts[0].paragraphs[0]",
        "paragraph 4 is outside",
    );
    one_error(
        |v| v["claims"][0]["paragraphs"] = serde_json::json!([0]),
        "claims[0].paragraphs[0]",
        "paragraph numbers start at 1",
    );
    one_error(
        |v| v["claims"][0]["paragraphs"] = serde_json::json!([]),
        "claims[0].paragraphs",
        "at least one",
    );
    one_error(
        |v| v["claims"][0]["id"] = "f".into(),
        "claims[0].id",
        "the id \"f\" is already used by facts[0]",
    );
    one_error(
        |v| v["facts"][0]["distractors"][1] = "wonsan!".into(),
        "facts[0].distractors[1]",
        "same as \"Wonsan\"",
    );
    one_error(
        |v| v["facts"][0]["distractors"][2] = "KAESONG".into(),
        "facts[0].distractors[2]",
        "same as \"Kaesong\"",
    );
    one_error(
        |v| v["facts"][0]["explanation"] = " ".into(),
        "facts[0].explanation",
        "empty",
    );
    one_error(
        |v| v["facts"][0]["question"] = "Did it leave Wonsan?".into(),
        "facts[0].question",
        "gives its own answer away",
    );
    one_error(
        |v| v["facts"][0]["statement"] = "Wonsan: it left {answer}.".into(),
        "facts[0].statement",
        "gives its own answer away",
    );
    one_error(
        |v| v["format"] = 2.into(),
        "format",
        "format 2 is not known",
    );
    one_error(
        |v| v["facts"][0]["kinds"] = serde_json::json!([]),
        "facts[0].kinds",
        "no kinds",
    );
    one_error(
        |v| {
            v["facts"][0]["type"] = "number".into();
            v["facts"][0]["distractors"] = serde_json::json!(["1", "2", "3"]);
        },
        "facts[0].answer",
        "is not a number",
    );
    one_error(
        |v| {
            v["facts"][0]["type"] = "day".into();
            v["facts"][0]["distractors"] = serde_json::json!(["Monday", "tue", "Sunday"]);
        },
        "facts[0].answer",
        "not a day of the week",
    );
}

#[test]
fn too_few_distractors_is_a_warning() {
    let problems = problems_in(&file_with(|v| {
        v["facts"][0]["distractors"] = serde_json::json!(["Kaesong"])
    }));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].severity, Severity::Warning);
    assert!(!has_errors(&problems));
}

#[test]
fn ids_are_unique_within_an_event_and_events_within_the_files() {
    let a = parse(Origin::File("a.json".into()), file_with(|_| {})).unwrap();
    let b = parse(Origin::File("b.json".into()), file_with(|_| {})).unwrap();
    let problems = validate(&[a.clone(), b]);
    let dup: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        dup,
        [
            "b.json:1:157: error: event.id: the event id \"e\" is already used by a.json; a game plays that file and skips this one, so give this event its own id"
        ]
    );
    // Another event may reuse the ids of the first.
    let other = parse(
        Origin::File("c.json".into()),
        file_with(|v| v["event"]["id"] = "other".into()),
    )
    .unwrap();
    assert_eq!(validate(&[a, other]), vec![]);
    // Within an event, facts, claims and questions share one namespace.
    one_error(
        |v| v["claims"][0]["id"] = "f".into(),
        "claims[0].id",
        "the id \"f\" is already used by facts[0]",
    );
}

#[test]
fn the_bundled_bank_covers_its_source_and_balances_its_verdicts() {
    use crate::model::Verdict;
    let bundled = load_bundled().unwrap();
    for loaded in &bundled {
        let file = &loaded.file;
        let paragraphs = file.event.source.paragraphs;
        for p in 1..=paragraphs {
            assert!(
                file.facts.iter().any(|f| f.paragraphs.contains(&p)),
                "{}: no fact cites ¶{p}",
                loaded.origin
            );
        }
        let count = |v: Verdict| file.claims.iter().filter(|c| c.verdict == v).count();
        let counts = Verdict::ALL.map(count);
        let (least, most) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
        assert!(
            *least > 0 && most - least <= 2,
            "{}: verdicts unbalanced: {counts:?}",
            loaded.origin
        );
        for claim in file.claims.iter().filter(|c| c.verdict == Verdict::Refuted) {
            let words = crate::normalize::words(&claim.claim);
            let negations = [
                "not", "no", "never", "nor", "none", "nothing", "without", "didnt", "doesnt",
                "isnt", "wasnt", "werent", "hasnt", "havent", "cant", "wont",
            ];
            let cue = words.iter().find(|w| negations.contains(&w.as_str()));
            assert!(
                cue.is_none(),
                "refuted claim {} gives itself away with {cue:?}",
                claim.id
            );
        }
    }
}

/// An inferred date must agree with what the source does state: the bundled event's date, which
/// the article does not give (it is marked inferred, and no fact asks for it), falls on the weekday
/// the article gives for the handover.
#[test]
fn the_inferred_handover_date_falls_on_the_stated_day() {
    use crate::check::date::Date;
    let bundled = load_bundled().unwrap();
    let facts: Vec<&crate::model::Fact> = bundled.iter().flat_map(|l| &l.file.facts).collect();
    let fact = |id: &str| {
        facts
            .iter()
            .find(|f| f.id == id)
            .unwrap_or_else(|| panic!("no fact {id}"))
    };
    let event = bundled[0]
        .file
        .event
        .date
        .as_ref()
        .expect("the bundled event has a date");
    let event_date = Date::read(&event.value).unwrap();
    assert_eq!(event_date.weekday(), fact("handover-day").answer);
    assert!(event.inferred);
    assert!(
        facts
            .iter()
            .all(|f| f.answer_type != crate::model::AnswerType::Date),
        "the article gives no calendar date, so no fact may ask for one"
    );
}

#[test]
fn a_text_over_the_limit_is_named_by_its_field() {
    let long = "x".repeat(MAX_TEXT + 1);
    one_error(
        |v| v["facts"][0]["tags"] = serde_json::json!(["ok", long.clone()]),
        "facts[0].tags[1]",
        "is 10001 characters long",
    );
    one_error(
        |v| v["claims"][0]["claim"] = long.clone().into(),
        "claims[0].claim",
        "the most a text may have is 10000",
    );
    one_error(
        |v| v["event"]["title"] = long.clone().into(),
        "event.title",
        "is 10001 characters long",
    );
    // Characters, not bytes: 10,000 two-byte letters are within the limit.
    assert!(
        problems_in(&file_with(
            |v| v["facts"][0]["explanation"] = "é".repeat(MAX_TEXT).into()
        ))
        .is_empty()
    );
}

#[test]
fn a_file_with_its_text_states_every_answer_in_the_paragraphs_it_cites() {
    let with_text = |edit: fn(&mut serde_json::Value)| {
        file_with(|v| {
            v["event"]["source"]["text"] = serde_json::json!([
                "The plane left Wonsan at dawn.",
                "It flew south.",
                "Nobody said where."
            ]);
            edit(v);
        })
    };
    assert_eq!(problems_in(&with_text(|_| {})), vec![]);
    one_error(
        |v| {
            v["event"]["source"]["text"] =
                serde_json::json!(["The plane left Wonsan.", "It flew.", "Nobody said."]);
            v["facts"][0]["paragraphs"] = serde_json::json!([2]);
        },
        "facts[0].paragraphs[0]",
        "paragraph 2 of the source's text does not state the answer \"Wonsan\"",
    );
    one_error(
        |v| v["event"]["source"]["text"] = serde_json::json!(["The plane left Wonsan."]),
        "event.source.text",
        "the text has 1 paragraph, but event.source.paragraphs says 3",
    );
    // A fact worked out from the source is not stated in one paragraph, and is not held to it.
    let inferred = with_text(|v| {
        v["facts"][0]["paragraphs"] = serde_json::json!([3]);
        v["facts"][0]["inferred"] = true.into();
    });
    assert_eq!(problems_in(&inferred), vec![]);
}

#[test]
fn a_digest_has_one_line_for_each_paragraph_and_none_empty() {
    let lines = serde_json::json!([
        "A plane left Wonsan.",
        "It went south.",
        "No one said where."
    ]);
    let good = file_with(|v| v["event"]["source"]["digest"] = lines.clone());
    assert_eq!(problems_in(&good), vec![]);
    one_error(
        |v| v["event"]["source"]["digest"] = serde_json::json!(["A plane left Wonsan."]),
        "event.source.digest",
        "the digest has 1 line, but event.source.paragraphs says the source has 3",
    );
    one_error(
        |v| {
            v["event"]["source"]["digest"] = serde_json::json!(["A", "B", "C", "D", "E"]);
        },
        "event.source.digest",
        "the digest has 5 lines, but event.source.paragraphs says the source has 3",
    );
    one_error(
        |v| v["event"]["source"]["digest"] = serde_json::json!(["A plane left.", " ", "No word."]),
        "event.source.digest[1]",
        "must not be empty",
    );
    one_error(
        |v| v["event"]["source"]["text"] = serde_json::json!(["Wonsan.", "", "Nobody."]),
        "event.source.text[1]",
        "must not be empty",
    );
}

/// What was once accepted without a word (issue #12) is now an error on its field.
#[test]
fn silent_acceptances_are_errors() {
    one_error(
        |v| {
            v["facts"][0]["type"] = "number".into();
            v["facts"][0]["answer"] = "about 300".into();
            v["facts"][0]["distractors"] = serde_json::json!(["100", "200", "400"]);
        },
        "facts[0].answer",
        "\"about 300\" is not a plain number: write \"300\", and put how far off still counts in tolerance",
    );
    one_error(
        |v| {
            v["facts"][0]["type"] = "year".into();
            v["facts"][0]["answer"] = "1953".into();
            v["facts"][0]["distractors"] = serde_json::json!(["1950", "circa 1951", "1955"]);
        },
        "facts[0].distractors[1]",
        "\"circa 1951\" is not a plain number: write \"1951\"",
    );
    one_error(
        |v| v["event"]["date"]["value"] = "20/07/1969".into(),
        "event.date.value",
        "\"20/07/1969\" is not written YYYY-MM-DD",
    );
    one_error(
        |v| v["event"]["date"]["value"] = "20 July 1969".into(),
        "event.date.value",
        "write it \"1969-07-20\"",
    );
    one_error(
        |v| v["event"]["date"]["value"] = "2018-02-30".into(),
        "event.date.value",
        "\"2018-02-30\" is not a day of the calendar",
    );
    one_error(
        |v| v["event"]["date"]["value"] = "".into(),
        "event.date.value",
        "the date is empty",
    );
    one_error(
        |v| {
            v["questions"] = serde_json::json!([{"id": "q", "kind": "choice",
                "question": "Which aircraft, a C-17, carried the remains?", "answer": "C-17",
                "distractors": ["C-130", "C-5", "KC-135"]}]);
        },
        "questions[0].question",
        "the question gives its own answer away: it contains \"C-17\"",
    );
    one_error(
        |v| v["facts"][0]["paragraphs"] = serde_json::json!([0]),
        "facts[0].paragraphs[0]",
        "paragraph numbers start at 1",
    );
    // No date at all is fine: an imported trivia bank has none.
    assert_eq!(
        problems_in(&file_with(|v| {
            v["event"].as_object_mut().unwrap().remove("date");
        })),
        vec![]
    );
}

/// Every problem has a line and column, warnings too, even for a field the file leaves out.
#[test]
fn every_problem_has_a_place() {
    let problems = problems_in(&file_with(|v| {
        v["facts"][0].as_object_mut().unwrap().remove("distractors");
    }));
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].severity, Severity::Warning);
    assert_eq!(problems[0].field, "facts[0].distractors");
    assert!(problems[0].place.is_some(), "{problems:#?}");
    assert!(
        problems[0].to_string().starts_with("t.json:1:"),
        "{}",
        problems[0]
    );
}

/// Every message the validator gives, made by a file that earns it, is in plain words.
#[test]
fn no_validator_message_uses_parser_jargon() {
    type Edit = Box<dyn Fn(&mut serde_json::Value)>;
    let edits: Vec<Edit> = vec![
        Box::new(|v| v["format"] = 9.into()),
        Box::new(|v| v["event"]["id"] = "".into()),
        Box::new(|v| v["event"]["date"]["value"] = "soon".into()),
        Box::new(|v| v["event"]["date"]["value"] = "2018-13-01".into()),
        Box::new(|v| {
            v["facts"] = serde_json::json!([]);
            v["claims"] = serde_json::json!([]);
        }),
        Box::new(|v| v["facts"][0]["statement"] = "No slot.".into()),
        Box::new(|v| v["facts"][0]["statement"] = "It left Wonsan {answer}.".into()),
        Box::new(|v| v["facts"][0]["aliases"] = serde_json::json!([""])),
        Box::new(|v| {
            v["facts"][0]["distractors"] = serde_json::json!(["", "wonsan", "Kaesong", "Kaesong"])
        }),
        Box::new(|v| v["facts"][0]["tolerance"] = serde_json::json!({"percent": 5})),
        Box::new(|v| {
            v["facts"][0]["type"] = "number".into();
            v["facts"][0]["answer"] = "100".into();
            v["facts"][0]["tolerance"] = serde_json::json!({"absolute": -1});
            v["facts"][0]["distractors"] = serde_json::json!(["about 90", "x", "100.5"]);
        }),
        Box::new(|v| {
            v["facts"][0]["type"] = "number".into();
            v["facts"][0]["answer"] = "100".into();
            v["facts"][0]["tolerance"] = serde_json::json!({"absolute": 5});
            v["facts"][0]["distractors"] = serde_json::json!(["101", "200", "300"]);
        }),
        Box::new(|v| {
            v["facts"][0]["type"] = "date".into();
            v["facts"][0]["answer"] = "someday".into();
        }),
        Box::new(|v| {
            v["facts"][0]["type"] = "day".into();
            v["facts"][0]["answer"] = "Funday".into();
        }),
        Box::new(|v| {
            v["facts"][0]["type"] = "year".into();
            v["facts"][0]["answer"] = "1953.5".into();
        }),
        Box::new(|v| v["facts"][0]["kinds"] = serde_json::json!([])),
        Box::new(|v| v["facts"][0]["distractors"] = serde_json::json!(["Kaesong"])),
        Box::new(|v| v["facts"][0]["paragraphs"] = serde_json::json!([])),
        Box::new(|v| v["facts"][0]["paragraphs"] = serde_json::json!([0, 9])),
        Box::new(|v| v["event"]["source"]["paragraphs"] = 1.into()),
        Box::new(|v| v["event"]["source"]["paragraphs"] = 0.into()),
        Box::new(|v| v["claims"][0]["id"] = "f".into()),
        Box::new(|v| v["claims"][0]["explanation"] = " ".into()),
        Box::new(|v| v["facts"][0]["explanation"] = "x".repeat(MAX_TEXT + 1).into()),
        Box::new(|v| {
            v["questions"] = serde_json::json!([
                {"id": "q1", "kind": "truefalse", "question": "Is it?", "answer": "yes"},
                {"id": "q2", "kind": "choice", "question": "Which?", "answer": "A", "distractors": []},
                {"id": "q3", "kind": "choice", "question": "Which?", "answer": "A", "distractors": ["a", "", "B"]},
                {"id": "q4", "kind": "choice", "question": "Is A it?", "answer": "A", "distractors": ["B", "C", "D"]},
                {"id": "q5", "kind": "choice", "question": "Which?", "answer": "A", "distractors": ["B"], "paragraphs": [0]}
            ]);
        }),
    ];
    let mut messages = Vec::new();
    for edit in &edits {
        let problems = problems_in(&file_with(edit));
        assert!(!problems.is_empty(), "an edit found nothing");
        messages.extend(problems.iter().map(ToString::to_string));
    }
    let a = parse(Origin::File("a.json".into()), file_with(|_| {})).unwrap();
    messages.extend(validate(&[a.clone(), a]).iter().map(ToString::to_string));
    for m in &messages {
        for word in crate::shape::JARGON {
            assert!(!m.contains(word), "{m:?} says {word:?}");
        }
    }
    assert!(messages.len() > 30, "{}", messages.len());
}

/// An alias that reads as another value than the answer would mark a wrong answer right
/// (a teacher's "700 m" was once read as 700 million); a unit belongs to numbers only.
#[test]
fn aliases_of_values_are_the_answer_and_units_belong_to_numbers() {
    let number = |aliases: serde_json::Value| {
        move |v: &mut serde_json::Value| {
            v["facts"][0]["type"] = "number".into();
            v["facts"][0]["answer"] = "700".into();
            v["facts"][0]["unit"] = "metres".into();
            v["facts"][0]["aliases"] = aliases;
            v["facts"][0]["distractors"] = serde_json::json!(["500", "600", "900"]);
        }
    };
    one_error(
        number(serde_json::json!(["seven hundred", "800 metres"])),
        "facts[0].aliases[1]",
        "the alias \"800 metres\" reads as another number than the answer \"700\"",
    );
    assert_eq!(
        problems_in(&file_with(number(serde_json::json!([
            "seven hundred",
            "700 metres",
            "about 0.7 thousand"
        ])))),
        vec![]
    );
    one_error(
        |v| {
            v["facts"][0]["type"] = "day".into();
            v["facts"][0]["answer"] = "Wednesday".into();
            v["facts"][0]["aliases"] = serde_json::json!(["Weds", "Thursday"]);
            v["facts"][0]["distractors"] = serde_json::json!(["Monday", "Friday", "Sunday"]);
        },
        "facts[0].aliases[1]",
        "\"Thursday\" reads as another day",
    );
    one_error(
        |v| v["facts"][0]["unit"] = "places".into(),
        "facts[0].unit",
        "only number answers have a unit",
    );
}

/// A text of white space only (any: tabs, an em space, a no-break space) is empty; a text with
/// anything else, even a zero-width space (not white space), at either end or inside, is not.
#[test]
fn a_text_of_white_space_only_is_empty() {
    for blank in ["", " ", "\t\n ", "\u{2003}", " \u{a0} "] {
        one_error(
            |v| v["facts"][0]["explanation"] = blank.into(),
            "facts[0].explanation",
            "must not be empty",
        );
    }
    for text in [
        "\u{200b}",
        " x",
        "x ",
        " \u{2003}x\u{2003} ",
        "\u{a0}.\u{a0}",
    ] {
        let problems = problems_in(&file_with(|v| v["facts"][0]["explanation"] = text.into()));
        assert!(
            problems.iter().all(|p| p.severity != Severity::Error),
            "{text:?}: {problems:#?}"
        );
    }
}
