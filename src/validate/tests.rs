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
        "outside",
    );
    one_error(
        |v| v["claims"][0]["paragraphs"] = serde_json::json!([]),
        "claims[0].paragraphs",
        "at least one",
    );
    one_error(
        |v| v["claims"][0]["id"] = "f".into(),
        "claims[0].id",
        "duplicate id \"f\"",
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
fn duplicate_ids_across_files_are_errors() {
    let a = parse(Origin::File("a.json".into()), file_with(|_| {})).unwrap();
    let b = parse(Origin::File("b.json".into()), file_with(|_| {})).unwrap();
    let problems = validate(&[a, b]);
    let dup: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert_eq!(
        dup,
        [
            "b.json:1:343: error: facts[0].id: duplicate id \"f\", also used in a.json",
            "b.json:1:68: error: claims[0].id: duplicate id \"c\", also used in a.json"
        ]
    );
}

/// The seed event's bank: what issue #2 asks of its content, beyond validity.
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

/// An inferred date must agree with what the source does state: the bundled handover date falls on
/// the weekday the article gives for the handover.
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
    let date = Date::read(&fact("handover-date").answer).unwrap();
    assert!(fact("handover-date").inferred);
    assert_eq!(date.weekday(), fact("handover-day").answer);
    let event_date = Date::read(&bundled[0].file.event.date.value).unwrap();
    assert_eq!(event_date, date);
    assert!(bundled[0].file.event.date.inferred);
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
