use proptest::prelude::*;

use super::*;

/// What serde reads from the start of `text`, as the loader asks it: the fact and where it ends.
fn serde(text: &str) -> Option<(Fact, usize)> {
    let mut stream = serde_json::Deserializer::from_str(text).into_iter::<Fact>();
    match stream.next() {
        Some(Ok(fact)) => Some((fact, stream.byte_offset())),
        _ => None,
    }
}

/// `text` is read here, and as serde reads it.
#[track_caller]
fn read_as_serde(text: &str) {
    let expected = serde(text);
    assert!(expected.is_some(), "serde does not read {text}");
    assert_eq!(fact(text), expected, "{text}");
}

/// `text` is left to serde (which may or may not read it).
#[track_caller]
fn left(text: &str) {
    assert_eq!(fact(text), None, "{text}");
}

const BASE: &str = r#""id": "k7", "type": "place", "answer": "Ostrava", "statement": "It was in {answer}.", "paragraphs": [3], "explanation": "Paragraph three.""#;

#[test]
fn reads_a_plain_fact_as_serde_does() {
    read_as_serde(&format!("{{{BASE}}}"));
    read_as_serde(&format!("{{{BASE}}}, {{\"id\": \"next\"}}"));
    read_as_serde(&format!("{{ \n\t{BASE} \r\n}}   ]"));
    read_as_serde(
        r#"{"explanation":"Ünïcödé — fine","paragraphs":[ 0 , 12, 4294967295 ],"statement":"{answer} won","answer":"Brno","type":"person","id":"ž"}"#,
    );
    read_as_serde(&format!(
        r#"{{{BASE}, "aliases": ["Ostrau", ""], "distractors": [], "tags": ["x", "y z"], "question": "Where?", "unit": "km", "kinds": ["choice", "truefalse", "short"], "difficulty": "hard", "strict": true, "inferred": false, "exclusive": false}}"#
    ));
    read_as_serde(&format!(
        r#"{{{BASE}, "kinds": [], "difficulty": "easy", "exclusive": true}}"#
    ));
    for name in crate::model::AnswerType::ALL.map(|t| t.name()) {
        read_as_serde(&format!(
            r#"{{"type": "{name}", "id": "a", "answer": "1", "statement": "{{answer}}", "paragraphs": [1], "explanation": "e"}}"#
        ));
    }
}

#[test]
fn leaves_anything_else_to_serde() {
    let with = |extra: &str| format!("{{{BASE}{extra}}}");
    // serde reads these, but not this reader.
    for text in [
        with(r#", "question": null"#),
        with(r#", "tolerance": {"percent": 5}"#),
        with(r#", "aliases": ["a\"b"]"#),
        with(r#", "unit": "\u00e9""#),
        r#"{"id": "a", "type": "number", "answer": 7700, "statement": "{answer}", "paragraphs": [1], "explanation": "e"}"#.to_owned(),
    ] {
        assert!(serde(&text).is_some(), "{text}");
        left(&text);
    }
    // Neither reads these.
    for text in [
        "{}".to_owned(),
        "[]".to_owned(),
        with(r#", "id": "again""#),
        with(r#", "colour": "red""#),
        format!("{{{}}}", BASE.replace("[3]", "[03]")),
        format!("{{{}}}", BASE.replace(r#""paragraphs": [3], "#, "")),
        format!("{{{}}}", BASE.replace("[3]", "[4294967296]")),
        format!("{{{}}}", BASE.replace("[3]", "[-3]")),
        format!("{{{}}}", BASE.replace("[3]", "[3.0]")),
        format!("{{{}}}", BASE.replace("[3]", "[3e0]")),
        format!("{{{}}}", BASE.replace("[3]", "[3,]")),
        format!("{{{}}}", BASE.replace("[3]", "[3 4]")),
        format!("{{{}}}", BASE.replace("[3]", "[\"3\"]")),
        format!("{{{}}}", BASE.replace("Ostrava", "Ost\tava")),
        format!("{{{}}}", BASE.replace("place", "city")),
        format!("{{{BASE},}}"),
        format!("{{{BASE} \"x\": 1}}"),
        with(r#", "strict": truely"#),
        with(r#", "strict": 1"#),
        with(r#", "difficulty": "Hard""#),
        with(r#", "kinds": ["long"]"#),
        with(r#", "tags": "x""#),
        // Cut by the end of the text read so far.
        format!("{{{BASE}"),
        format!("{{{}", &BASE[..40]),
    ] {
        assert_eq!(serde(&text), None, "{text}");
        left(&text);
    }
}

/// Texts of the characters that matter to JSON's strings: quotes, backslashes, control
/// characters, non-ASCII, braces and the slot.
fn texts() -> impl Strategy<Value = String> {
    proptest::string::string_regex(r#"[a "\\\t\x01é{}\[\],:]{0,6}"#).unwrap()
}

fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        texts().prop_map(|t| format!("\"{t}\"")),
        texts().prop_map(|t| format!("\"{}\"", t.replace('\\', "\\\\").replace('"', "\\\""))),
        Just("null".to_owned()),
        Just("true".to_owned()),
        Just("false".to_owned()),
        "-?(0|[1-9][0-9]{0,10}|0[0-9])(\\.[0-9])?".prop_map(|n| n),
        proptest::collection::vec("[0-9]{1,3}", 0..3).prop_map(|n| format!("[{}]", n.join(","))),
        proptest::collection::vec(texts(), 0..3).prop_map(|t| format!(
            "[{}]",
            t.iter()
                .map(|t| format!("\"{t}\""))
                .collect::<Vec<_>>()
                .join(", ")
        )),
        Just(r#"["short", "choice"]"#.to_owned()),
        Just(r#""text""#.to_owned()),
        Just(r#""hard""#.to_owned()),
        Just(r#"{"absolute": 2}"#.to_owned()),
    ]
}

const KEYS: [&str; 19] = [
    "id",
    "type",
    "answer",
    "aliases",
    "tolerance",
    "strict",
    "unit",
    "question",
    "statement",
    "distractors",
    "kinds",
    "difficulty",
    "tags",
    "paragraphs",
    "explanation",
    "inferred",
    "exclusive",
    "Id",
    "",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// Whatever the fields, their values and the spaces between, a fact read here is the one
    /// serde reads, and ends where serde's does.
    #[test]
    fn what_it_reads_serde_reads(
        fields in proptest::collection::vec((0..KEYS.len(), value(), "[ \n]{0,2}"), 0..8),
        plain in proptest::collection::vec(proptest::bool::weighted(0.9), 6),
        cut in 0usize..400,
        tail in "[ ,\\]}a]{0,3}",
    ) {
        // The required fields with plain values, some left out, then the others in any order.
        let mut members: Vec<String> = [
            r#""id": "a""#, r#""type": "text""#, r#""answer": "b""#,
            r#""statement": "{answer}""#, r#""paragraphs": [1]"#, r#""explanation": "c""#,
        ]
        .iter()
        .zip(&plain)
        .filter(|(_, keep)| **keep)
        .map(|(m, _)| (*m).to_owned())
        .collect();
        members.extend(fields.iter().map(|(k, v, s)| format!("\"{}\"{s}:{s}{v}", KEYS[*k])));
        let whole = format!("{{{}}}{tail}", members.join(", "));
        let mut end = whole.len().min(cut.max(1));
        while !whole.is_char_boundary(end) {
            end -= 1;
        }
        for text in [&whole[..], &whole[..end]] {
            let quick = fact(text);
            prop_assert!(quick.is_none() || quick == serde(text), "{}", text);
        }
    }
}

/// The byte `may_end` marks first (its lowest marked byte), or none.
fn first_marked(eight: [u8; 8]) -> Option<usize> {
    let marked = may_end(u64::from_le_bytes(eight));
    (marked != 0).then(|| marked.trailing_zeros() as usize / 8)
}

#[test]
fn eight_bytes_that_may_end_a_text_are_looked_at() {
    let plain = *b"ab{}]~\x7f\xc3";
    assert_eq!(first_marked(plain), None);
    let ends = [b'"', b'\\', 0, 1, 0x1f, b'\n'];
    for at in 0..8 {
        for byte in ends {
            let mut eight = plain;
            eight[at] = byte;
            assert_eq!(first_marked(eight), Some(at), "{byte} at {at}");
            // Whatever follows it: the first is the one marked first.
            for after in ends.into_iter().chain([b'a', 0x80, 0xff, 0x20]) {
                eight[at + 1..].fill(after);
                assert_eq!(
                    first_marked(eight),
                    Some(at),
                    "{byte} at {at}, {after} after"
                );
            }
        }
        for byte in [b' ', b'!', b'#', b'[', b']', 0x80, 0xff, 0x21, 0x5b, 0x5d] {
            let mut eight = plain;
            eight[at] = byte;
            assert_eq!(first_marked(eight), None, "{byte} at {at}");
        }
    }
}
