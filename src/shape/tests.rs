use proptest::prelude::*;

use super::*;
use crate::model::QuestionFile;

const TINY: &str = include_str!("../../tests/fixtures/tiny.json");

/// Each mistake as "line:column field: message".
fn spots(text: &str) -> Vec<String> {
    check(text, &QUESTION_FILE)
        .iter()
        .map(|s| {
            let (line, column) = line_and_column(text, s.offset);
            format!("{line}:{column} {}: {}", s.field, s.mistake)
        })
        .collect()
}

/// `TINY` with `from` replaced by `to` (which must be there).
#[track_caller]
fn tiny(from: &str, to: &str) -> String {
    assert!(TINY.contains(from), "{from:?} is not in tiny.json");
    TINY.replacen(from, to, 1)
}

#[test]
fn valid_files_have_no_mistakes() {
    assert_eq!(spots(TINY), Vec::<String>::new());
    for loaded in crate::loader::load_bundled().unwrap() {
        assert_eq!(
            spots(&loaded.text),
            Vec::<String>::new(),
            "{}",
            loaded.origin
        );
    }
    assert_eq!(spots(crate::commands::STARTER), Vec::<String>::new());
    assert_eq!(spots(&crate::synthetic::bank(50)), Vec::<String>::new());
}

/// One mistake each: the place, the field and what the message must say.
#[test]
fn each_mistake_is_named_with_its_place_and_fix() {
    let cases: &[(String, &str)] = &[
        (
            tiny("\"paragraphs\": [1]", "\"paragraphs\": 1"),
            "16:21 facts[0].paragraphs: paragraphs must be a list of numbers, like [3] or [2, 6], not a plain number (1)",
        ),
        (
            tiny("\"paragraphs\": [1]", "\"paragraphs\": \"1, 2\""),
            "16:21 facts[0].paragraphs: paragraphs must be a list of numbers, like [3] or [2, 6], not text (\"1, 2\")",
        ),
        (
            tiny("\"paragraphs\": [2]", "\"paragraphs\": [0]"),
            "26:22 facts[1].paragraphs[0]: paragraphs must be a list of numbers, like [3] or [2, 6]; this item, 0, is below 1",
        ),
        (
            tiny("\"not stated\"", "true"),
            "34:18 claims[0].verdict: verdict must be supported, refuted or not stated (true is not a verdict)",
        ),
        (
            tiny("\"not stated\"", "\"not-stated\""),
            "34:18 claims[0].verdict: verdict must be supported, refuted or not stated (\"not-stated\" is not a verdict; did you mean \"not stated\"?)",
        ),
        (
            tiny(
                "\"answer\": \"12\",",
                "\"answer\": \"12\", \"tolerance\": 5,",
            ),
            "14:36 facts[0].tolerance: tolerance must be {\"absolute\": 1} or {\"percent\": 5}, not a plain number (5)",
        ),
        (
            tiny(
                "\"answer\": \"12\",",
                "\"answer\": \"12\", \"tolerance\": {},",
            ),
            "14:36 facts[0].tolerance: the tolerance must be {\"absolute\": 1} or {\"percent\": 5}: give one of the two",
        ),
        (
            tiny(
                "\"id\": \"tiny-place\"",
                "\u{201C}id\u{201D}: \"tiny-place\"",
            ),
            "20:7 facts[1]: this is a curly quote \u{201C}; JSON needs straight quotes \" around text and field names",
        ),
        (
            tiny("\"answer\": \"Lisbon\",", "\"answer\": \"Lisbon\""),
            "23:7 facts[1]: a comma is missing before this field",
        ),
        (
            tiny("\"tiny-claim\",", "\"tiny-claim\",,"),
            "32:26 claims[0]: one comma too many: remove this one",
        ),
        (
            tiny("\"Braga\"]", "\"Braga\",]"),
            "25:47 facts[1].distractors: nothing follows this comma: remove it (JSON allows no comma after the last item)",
        ),
        (
            tiny("\"statement\": \"The birds", "\"statment\": \"The birds"),
            "24:7 facts[1].statment: \"statment\" is not a field of this fact; did you mean \"statement\"?",
        ),
        (
            tiny("\"title\": \"A tiny test event\",", ""),
            "3:12 event.title: the event needs \"title\": text in double quotes: a short title",
        ),
        (
            tiny("\"format\": 1", "\"format\": \"one\""),
            "2:13 format: format must be the format version, the number 1, not text (\"one\")",
        ),
        (
            tiny("\"type\": \"place\"", "\"type\": \"city\""),
            "21:15 facts[1].type: type must be number, year, date, day, place, person, organisation, thing or text (\"city\" is not a type)",
        ),
        (
            tiny("\"verdict\": \"not stated\"", "\"verdict\": not stated"),
            "34:18 claims[0].verdict: text must be in double quotes: write \"not stated\"",
        ),
        (
            tiny("\"answer\": \"12\"", "\"answer\": 12,000"),
            "14:17 facts[0].answer: text must be in double quotes: write \"12,000\"",
        ),
        (
            tiny("\"paragraphs\": 2 }", "\"paragraphs\": 2 } // two"),
            "8:51 event: JSON has no comments: remove this one",
        ),
        (
            tiny(
                "\"paragraphs\": [1],",
                "\"paragraphs\": [1], \"inferred\": True,",
            ),
            "16:38 facts[0].inferred: JSON writes \"True\" as true, in small letters and without quotes",
        ),
        (
            tiny(
                "\"The note counts {answer} birds.\"",
                "\"The note counts {answer} birds.",
            ),
            "15:20 facts[0].statement: this text has no closing quote \" before the end of its line",
        ),
        (
            tiny("\"paragraphs\": [1]", "\"paragraphs\": [+1]"),
            "16:22 facts[0].paragraphs[0]: \"+1\" is not a number JSON can read: write 1",
        ),
        (
            tiny("counts {answer}", "counts \\q {answer}"),
            "15:37 facts[0].statement: \"\\\\q\" is not a backslash code JSON knows (\\n, \\t, \\\", \\\\ or \\u followed by four hex digits); write \\\\ for a backslash",
        ),
        (
            tiny("\"id\": \"tiny-claim\"", "\"id\" \"tiny-claim\""),
            "32:12 claims[0]: a colon : is missing after the field name \"id\"",
        ),
        (
            tiny(
                "\"id\": \"tiny-claim\"",
                "\"id\": \"tiny-claim\", \"id\": \"again\"",
            ),
            "32:27 claims[0].id: \"id\" is given twice here: keep one",
        ),
        (
            tiny("\"source\":", "\"source\":\u{a0}"),
            "8:14 event.source: an invisible character (U+00A0) outside text: replace it with a plain space",
        ),
        (
            tiny(
                "\"explanation\": \"The note never",
                "\"explanation\": null, \"x\": \"The note never",
            ),
            "36:22 claims[0].explanation: explanation must be text in double quotes: the evidence in your own words, shown after every answer, not null",
        ),
        (
            tiny("\"kind\": \"note\"", "\"kind\": \"note\", \"title\": null"),
            "",
        ),
    ];
    for (text, expected) in cases {
        let found = spots(text);
        if expected.is_empty() {
            assert_eq!(found, Vec::<String>::new());
            continue;
        }
        assert!(
            found.iter().any(|f| f == expected),
            "expected {expected:?} among\n{found:#?}"
        );
    }
}

#[test]
fn mistakes_it_cannot_read_past_stop_the_reading() {
    let cases = [
        (
            "{\"format\": 1, \"event\": {",
            "the file ends here, but the { at line 1, column 24 is never closed with }",
        ),
        ("{\"format\": 1]", "this ] does not match the open {"),
        ("{\"facts\": [1}", "this } does not match the open ["),
        ("{\"format\": \"one", "the file ends inside this text"),
        ("{\"format\": 1} x", "the file's object has already ended"),
        (
            "{\"format\": 1 : 2}",
            "\":\" cannot be here: a comma , or the closing } belongs here",
        ),
        (
            "// nothing",
            "the file holds nothing but spaces and comments",
        ),
        (
            "These are my notes, not JSON.",
            "1:1 : this is not JSON: the file must be one object, starting with {",
        ),
        ("42", "this is not JSON"),
        (
            "[]",
            "the file must be one object { } holding format, event, facts, claims and questions, not a list [ ]",
        ),
    ];
    for (text, expected) in cases {
        let found = spots(text);
        assert!(
            found.iter().any(|f| f.contains(expected)),
            "{text:?}: expected {expected:?} among\n{found:#?}"
        );
    }
    let deep = format!("{{\"x\": {}{}}}", "[".repeat(200), "]".repeat(200));
    assert!(
        spots(&deep)
            .iter()
            .any(|s| s.contains("nested more than 128"))
    );
}

/// The file with five mistakes took five rounds of `validate`; one run finds them all.
#[test]
fn every_mistake_of_a_file_is_found_in_one_run() {
    let text = TINY
        .replacen("\"format\": 1", "\"format\": \"1\"", 1)
        .replacen(
            "\"title\": \"A tiny test event\"",
            "\u{201C}title\u{201D}: \"A tiny test event\"",
            1,
        )
        .replacen("\"answer\": \"12\",", "\"answer\": \"12\"", 1)
        .replacen("\"paragraphs\": [1],", "\"paragraphs\": 1,", 1)
        .replacen("\"type\": \"place\"", "\"type\": \"city\"", 1)
        .replacen(
            "\"explanation\": \"The second",
            "\"explantion\": \"The second",
            1,
        )
        .replacen("\"not stated\"", "true", 1)
        .replacen("\"Braga\"]", "\"Braga\",]", 1);
    let found = spots(&text);
    let expected = [
        "2:13 format: format must be",
        "5:5 event: this is a curly quote",
        "15:7 facts[0]: a comma is missing before this field",
        "16:21 facts[0].paragraphs: paragraphs must be a list",
        "21:15 facts[1].type: type must be",
        "25:47 facts[1].distractors: nothing follows this comma",
        "27:7 facts[1].explantion: \"explantion\" is not a field of this fact; did you mean \"explanation\"?",
        "34:18 claims[0].verdict: verdict must be supported",
    ];
    for e in expected {
        assert!(
            found.iter().any(|f| f.starts_with(e)),
            "expected {e:?} among\n{found:#?}"
        );
    }
    assert_eq!(found.len(), expected.len(), "{found:#?}");
}

/// Every kind of mistake, said with values a file could hold, uses none of the jargon.
#[test]
fn no_message_uses_parser_jargon() {
    let field: &'static Field = &QUESTION_FILE;
    let Shape::Object(file) = &QUESTION_FILE.shape else {
        unreachable!()
    };
    let event = file.field("event").unwrap();
    let Shape::Object(event_object) = &event.shape else {
        unreachable!()
    };
    let all = [
        Mistake::CurlyQuote('\u{201C}'),
        Mistake::SingleQuote,
        Mistake::Unquoted("supported".into()),
        Mistake::UnquotedName("id".into()),
        Mistake::Stray("oops".into()),
        Mistake::Word {
            written: "True".into(),
            meant: "true",
        },
        Mistake::MissingComma { before_field: true },
        Mistake::MissingComma {
            before_field: false,
        },
        Mistake::TrailingComma,
        Mistake::ExtraComma,
        Mistake::MissingColon("id".into()),
        Mistake::EqualsForColon,
        Mistake::MissingValue("id".into()),
        Mistake::Comment,
        Mistake::InvisibleSpace('\u{a0}'),
        Mistake::UnclosedText,
        Mistake::RawControl('\t'),
        Mistake::RawControl('\u{1}'),
        Mistake::BadEscape("\\q".into()),
        Mistake::BadNumber {
            written: "+1".into(),
            write: Some("1".into()),
        },
        Mistake::EndInText,
        Mistake::Unclosed {
            bracket: Bracket::List,
            line: 1,
            column: 2,
        },
        Mistake::Mismatched {
            found: ']',
            open: Bracket::Object,
        },
        Mistake::Unexpected {
            found: ':',
            wanted: "a comma , or the closing } belongs here",
        },
        Mistake::AfterEnd,
        Mistake::NoValue,
        Mistake::NotJson,
        Mistake::TooDeep,
        Mistake::UnknownField {
            name: "evnt".into(),
            object: file,
            suggestion: Some("event"),
        },
        Mistake::UnknownField {
            name: "zzz".into(),
            object: file,
            suggestion: None,
        },
        Mistake::DuplicateField("id".into()),
        Mistake::MissingField {
            object: event_object,
            field: event_object.field("title").unwrap(),
        },
        Mistake::TooLarge("1e999".into()),
        Mistake::NotOneOf {
            object: event_object,
            what: "x",
            given: 2,
        },
    ];
    let founds = [
        Found::Null,
        Found::Bool(true),
        Found::Number("1.5".into()),
        Found::Text("x".into()),
        Found::List,
        Found::Object,
    ];
    let mut messages: Vec<String> = all.iter().map(ToString::to_string).collect();
    for f in every_field(field) {
        for found in &founds {
            for item in [false, true] {
                messages.push(
                    Mistake::WrongType {
                        field: f,
                        found: found.clone(),
                        item,
                    }
                    .to_string(),
                );
                messages.push(
                    Mistake::BadWhole {
                        field: f,
                        written: "-1".into(),
                        item,
                    }
                    .to_string(),
                );
            }
            messages.push(
                Mistake::UnknownValue {
                    field: f,
                    found: found.clone(),
                    suggestion: Some("x"),
                }
                .to_string(),
            );
        }
    }
    for m in &messages {
        for word in JARGON {
            assert!(!m.contains(word), "{m:?} says {word:?}");
        }
    }
    // Every variant is in `all` or made above: a new one must be added here.
    for m in all {
        match m {
            Mistake::CurlyQuote(_)
            | Mistake::SingleQuote
            | Mistake::Unquoted(_)
            | Mistake::UnquotedName(_)
            | Mistake::Stray(_)
            | Mistake::Word { .. }
            | Mistake::MissingComma { .. }
            | Mistake::TrailingComma
            | Mistake::ExtraComma
            | Mistake::MissingColon(_)
            | Mistake::EqualsForColon
            | Mistake::MissingValue(_)
            | Mistake::Comment
            | Mistake::InvisibleSpace(_)
            | Mistake::UnclosedText
            | Mistake::RawControl(_)
            | Mistake::BadEscape(_)
            | Mistake::BadNumber { .. }
            | Mistake::EndInText
            | Mistake::Unclosed { .. }
            | Mistake::Mismatched { .. }
            | Mistake::Unexpected { .. }
            | Mistake::AfterEnd
            | Mistake::NoValue
            | Mistake::NotJson
            | Mistake::TooDeep
            | Mistake::UnknownField { .. }
            | Mistake::DuplicateField(_)
            | Mistake::MissingField { .. }
            | Mistake::WrongType { .. }
            | Mistake::UnknownValue { .. }
            | Mistake::BadWhole { .. }
            | Mistake::TooLarge(_)
            | Mistake::NotOneOf { .. } => {}
        }
    }
}

/// Every field of the question file's shape, nested ones included.
fn every_field(root: &'static Field) -> Vec<&'static Field> {
    let mut out = vec![root];
    let mut i = 0;
    while i < out.len() {
        let mut shape = &out[i].shape;
        if let Shape::List(inner) = shape {
            shape = inner;
        }
        if let Shape::Object(object) = shape {
            out.extend(object.fields.iter());
        }
        i += 1;
    }
    out
}

/// Edits that make a valid file invalid, or keep it valid, the way people's mistakes do.
fn edit() -> impl Strategy<Value = (usize, String)> {
    let pieces = prop::sample::select(vec![
        "",
        ",",
        ":",
        "\"",
        "{",
        "}",
        "[",
        "]",
        "0",
        "-1",
        "1.5",
        "1e400",
        "null",
        "true",
        "[]",
        "{}",
        "\"x\"",
        "\u{201C}",
        " ",
        "\n",
        "//",
        "'",
        "\u{a0}",
        "\\",
        "None",
        "7,700",
        "\"absolute\": 1",
        "\"percent\"",
        "\"date\": {\"value\": \"x\"}",
        "-0",
        "1.0",
        "2e0",
        "\\u00e9",
        "\\ud83d",
        "\\ude00",
        "\u{1}",
        "True",
        "x:",
    ]);
    (0..TINY.len(), 0usize..4, pieces).prop_map(|(at, cut, piece)| (at, format!("{cut}{piece}")))
}

fn apply(edits: &[(usize, String)]) -> String {
    let mut text = TINY.to_owned();
    for (at, edit) in edits {
        let cut: usize = edit[..1].parse().unwrap_or(0);
        let piece = &edit[1..];
        let mut at = (*at).min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let mut end = (at + cut).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        text.replace_range(at..end, piece);
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// The reader agrees with serde: a text it finds nothing wrong with parses, and a text that
    /// parses has nothing wrong but a paragraph numbered 0 (serde reads it; the reader, like the
    /// validator, refuses it).
    #[test]
    fn the_reader_agrees_with_serde(edits in prop::collection::vec(edit(), 1..4)) {
        let text = apply(&edits);
        let found = check(&text, &QUESTION_FILE);
        let parsed = serde_json::from_str::<QuestionFile>(&text);
        if found.is_empty() {
            prop_assert!(parsed.is_ok(), "the reader found nothing, serde: {:?}\n{text}", parsed.err());
        }
        if parsed.is_ok() {
            prop_assert!(
                found.iter().all(|s| matches!(&s.mistake, Mistake::BadWhole { written, .. } if written == "0")),
                "serde parsed it, the reader found {found:#?}\n{text}"
            );
        }
    }

    /// Any text at all ends in a list of mistakes, never a panic or a hang.
    #[test]
    fn any_text_is_read_to_the_end(text in "\\PC{0,200}") {
        let _ = check(&text, &QUESTION_FILE);
        let _ = check(&text, &OPENTDB_RESPONSE);
    }

    /// Text made of JSON's own characters and the near misses the reader forgives.
    #[test]
    fn any_json_like_text_is_read_to_the_end(
        text in "[{}\\[\\]:,\"'\u{201C}\u{201D}\u{2018}\\\\/*#a-z0-9.eE+\\- \n\t\u{a0}\u{1}]{0,120}"
    ) {
        for spot in check(&text, &QUESTION_FILE) {
            prop_assert!(spot.offset <= text.len());
            let _ = spot.mistake.to_string();
        }
    }
}

/// The shape table says what the model's JSON Schema says: the same fields, the same required
/// ones, `null` allowed in the same places, the same values and the same least numbers.
#[test]
fn the_shape_agrees_with_the_schema_of_the_model() {
    let schema = serde_json::to_value(schemars::schema_for!(QuestionFile)).unwrap();
    agree(&QUESTION_FILE, &schema, &schema["$defs"], "");
}

#[track_caller]
fn agree(field: &Field, node: &serde_json::Value, defs: &serde_json::Value, at: &str) {
    use serde_json::Value;
    // `Option<T>` is `{"anyOf": [T, {"type": "null"}]}` or `{"type": [t, "null"]}`.
    let mut node = node.clone();
    let mut nullable = false;
    if let Some(any) = node.get("anyOf").and_then(Value::as_array).cloned()
        && any.iter().any(|v| v["type"] == "null")
    {
        nullable = true;
        node = any.into_iter().find(|v| v["type"] != "null").unwrap();
    }
    if let Some(types) = node["type"].as_array().cloned() {
        nullable |= types.iter().any(|t| t == "null");
        node["type"] = types.into_iter().find(|t| t != "null").unwrap();
    }
    if let Some(name) = node["$ref"].as_str() {
        node = defs[name.trim_start_matches("#/$defs/")].clone();
    }
    if !at.is_empty() {
        assert_eq!(field.nullable, nullable, "{at}: null allowed?");
    }
    match &field.shape {
        Shape::Any => panic!("{at}: no field of the format is Any"),
        Shape::Text => assert_eq!(node["type"], "string", "{at}"),
        Shape::TextOrNumber => {
            let kinds: Vec<&Value> = node["anyOf"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| &v["type"])
                .collect();
            assert_eq!(kinds, ["string", "number"], "{at}");
        }
        Shape::Whole { min, max } => {
            assert_eq!(node["type"], "integer", "{at}");
            assert_eq!(node["minimum"], *min, "{at}: least value");
            assert_eq!(*max, u64::from(u32::MAX), "{at}");
        }
        Shape::Number => assert_eq!(node["type"], "number", "{at}"),
        Shape::Bool => assert_eq!(node["type"], "boolean", "{at}"),
        Shape::OneOf { values, .. } => {
            let listed: Vec<&str> = match node["enum"].as_array() {
                Some(e) => e.iter().map(|v| v.as_str().unwrap()).collect(),
                None => node["oneOf"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| v["const"].as_str().unwrap())
                    .collect(),
            };
            assert_eq!(&listed, values, "{at}");
        }
        Shape::List(inner) => {
            assert_eq!(node["type"], "array", "{at}");
            let item = Field {
                shape: clone_shape(inner),
                ..Field::optional("item", Shape::Any, "")
            };
            agree(&item, &node["items"], defs, &format!("{at}[]"));
        }
        Shape::Object(object) if object.one_of => {
            let names: Vec<&str> = node["oneOf"]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v["required"][0].as_str().unwrap())
                .collect();
            let fields: Vec<&str> = object.fields.iter().map(|f| f.name).collect();
            assert_eq!(names, fields, "{at}");
            for branch in node["oneOf"].as_array().unwrap() {
                let name = branch["required"][0].as_str().unwrap();
                let inner = object.field(name).unwrap();
                let mut required = Field {
                    shape: clone_shape(&inner.shape),
                    ..Field::optional(inner.name, Shape::Any, "")
                };
                required.nullable = false;
                agree(
                    &required,
                    &branch["properties"][name],
                    defs,
                    &format!("{at}.{name}"),
                );
            }
        }
        Shape::Object(object) => {
            assert_eq!(node["additionalProperties"] == false, !object.open, "{at}");
            let mut properties: Vec<&str> = node["properties"]
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            let mut fields: Vec<&str> = object.fields.iter().map(|f| f.name).collect();
            properties.sort_unstable();
            fields.sort_unstable();
            assert_eq!(properties, fields, "{at}: fields");
            let mut required: Vec<&str> = node["required"]
                .as_array()
                .map_or(vec![], |r| r.iter().map(|v| v.as_str().unwrap()).collect());
            let mut ours: Vec<&str> = object
                .fields
                .iter()
                .filter(|f| f.required)
                .map(|f| f.name)
                .collect();
            required.sort_unstable();
            ours.sort_unstable();
            assert_eq!(required, ours, "{at}: required fields");
            for f in object.fields {
                let path = if at.is_empty() {
                    f.name.to_owned()
                } else {
                    format!("{at}.{}", f.name)
                };
                agree(f, &node["properties"][f.name], defs, &path);
            }
        }
    }
}

/// A copy of a shape, to check a list's items as a field of their own.
fn clone_shape(shape: &'static Shape) -> Shape {
    match shape {
        Shape::Any => Shape::Any,
        Shape::Text => Shape::Text,
        Shape::TextOrNumber => Shape::TextOrNumber,
        Shape::Whole { min, max } => Shape::Whole {
            min: *min,
            max: *max,
        },
        Shape::Number => Shape::Number,
        Shape::Bool => Shape::Bool,
        Shape::OneOf { values, noun } => Shape::OneOf { values, noun },
        Shape::List(inner) => Shape::List(inner),
        Shape::Object(object) => Shape::Object(object),
    }
}

/// A field name or value of any length is echoed cut to a few hundred characters.
#[test]
fn long_names_and_values_are_cut_in_messages() {
    let long = "x".repeat(5000);
    let text = tiny("\"id\": \"tiny-claim\"", &format!("\"{long}\": \"{long}\""));
    let found = spots(&text);
    assert!(!found.is_empty());
    for spot in &found {
        assert!(
            spot.chars().count() < 700,
            "{} characters",
            spot.chars().count()
        );
    }
    assert!(found.iter().any(|s| s.contains("x…")), "{found:#?}");
}

/// Edge cases of JSON's grammar, where the reader must agree with serde exactly.
#[test]
fn edge_cases_agree_with_serde() {
    for (from, to) in [
        ("counts {answer}", "counts \\ud83d\\ude00 {answer}"),
        ("counts {answer}", "counts \\ud83d {answer}"),
        ("counts {answer}", "counts \\ude00 {answer}"),
        ("counts {answer}", "counts \\u00e9 {answer}"),
        ("counts {answer}", "counts \\u00g9 {answer}"),
        ("counts {answer}", "counts \\/ {answer}"),
        ("counts {answer}", "counts \u{7f} {answer}"),
        ("counts {answer}", "counts \u{1f} {answer}"),
        ("\"paragraphs\": 2 }", "\"paragraphs\": 4294967295 }"),
        ("\"paragraphs\": 2 }", "\"paragraphs\": 4294967296 }"),
        ("\"paragraphs\": 2 }", "\"paragraphs\": 2e0 }"),
        ("\"paragraphs\": 2 }", "\"paragraphs\": -0 }"),
        ("\"answer\": \"12\"", "\"answer\": 1e308"),
        ("\"answer\": \"12\"", "\"answer\": 1e309"),
        ("\"answer\": \"12\"", "\"answer\": -0.0"),
        (
            "\"answer\": \"12\"",
            "\"answer\": 123456789012345678901234567890",
        ),
        (
            "\"answer\": \"12\",",
            "\"answer\": \"12\", \"tolerance\": {\"absolute\": 1, \"percent\": 2},",
        ),
        (
            "\"answer\": \"12\",",
            "\"answer\": \"12\", \"tolerance\": {\"absolute\": null},",
        ),
        (
            "\"answer\": \"12\",",
            "\"answer\": \"12\", \"tolerance\": null,",
        ),
        (
            "\"answer\": \"12\",",
            "\"answer\": \"12\", \"kinds\": null,",
        ),
        (
            "\"answer\": \"12\",",
            "\"answer\": \"12\", \"aliases\": null,",
        ),
        (
            "\"answer\": \"12\",",
            "\"answer\": \"12\", \"x\": [[[{\"y\": 1e999}]]],",
        ),
        ("\"format\": 1", "\"format\": 1, \"$schema\": null"),
        ("\"date\": { \"value\": \"2020-01-01\" }", "\"date\": null"),
        (
            "\"date\": { \"value\": \"2020-01-01\" }",
            "\"date\": { \"value\": \"2020-01-01\", \"basis\": null }",
        ),
    ] {
        let text = tiny(from, to);
        let found = check(&text, &QUESTION_FILE);
        let parsed = serde_json::from_str::<QuestionFile>(&text);
        assert_eq!(
            found.is_empty(),
            parsed.is_ok(),
            "{to:?}: reader {found:#?}, serde {:?}",
            parsed.err()
        );
    }
}
