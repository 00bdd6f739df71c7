use super::*;

fn whole(text: &str) -> Option<QuestionFile> {
    serde_json::from_str(text.strip_prefix('\u{FEFF}').unwrap_or(text)).ok()
}

fn pieces(text: &str, piece: usize) -> Option<QuestionFile> {
    read_pieces(text.as_bytes(), u64::MAX, piece, 2)
}

const HEAD: &str = r#"{"format": 1, "event": {"id": "é", "title": "t", "summary": "s", "source": {"kind": "k", "paragraphs": 2}}"#;

fn fact(i: usize) -> String {
    format!(
        r#"{{"id": "f{i}", "type": "text", "answer": "ä \"{i}\" \\ b", "statement": "Its {{answer}}: ], [ }}, {{", "paragraphs": [1, 2], "explanation": "[x] {{y}} ü", "kinds": ["short"]}}"#
    )
}

#[test]
fn reads_the_same_file_as_a_whole_parse_whatever_the_piece() {
    let few: Vec<String> = (0..7).map(fact).collect();
    let many: Vec<String> = (0..300).map(fact).collect();
    let texts = [
        format!("{HEAD}, \"facts\": [{}]}}", few.join(",")),
        format!(
            "\u{FEFF} \r\n{HEAD},\n\t\"facts\" :\n[ {} ] , \"claims\": [] }}\n",
            few.join(" ,\n ")
        ),
        format!("{HEAD}, \"facts\": [{}]}}", many.join(", ")),
        format!("{HEAD}, \"facts\": [ ] }}"),
        format!("{HEAD}, \"facts\": [{}]}}", fact(1)),
    ];
    for text in &texts {
        let expected = whole(text).expect(text);
        for piece in [1, 2, 3, 7, 64, 1000, 1 << 20] {
            assert_eq!(
                pieces(text, piece).as_ref(),
                Some(&expected),
                "{piece}: {text}"
            );
        }
    }
}

fn claim(i: usize) -> String {
    format!(
        r#"{{"id": "c{i}", "claim": "Claim {i}: ], [ }}, {{ ü", "verdict": "supported", "paragraphs": [2], "explanation": "It says so."}}"#
    )
}

/// The claims are read in pieces too, wherever they come, so a file with many claims is
/// read the same way (and gets its digest).
#[test]
fn reads_claims_in_pieces_before_or_after_the_facts() {
    let facts: Vec<String> = (0..40).map(fact).collect();
    let claims: Vec<String> = (0..60).map(claim).collect();
    let (facts, claims) = (facts.join(", "), claims.join(",\n"));
    let texts = [
        format!("{HEAD}, \"facts\": [{facts}], \"claims\": [{claims}]}}"),
        format!(
            "{{\"claims\": [{claims}], \"format\": 1, {}, \"facts\": [{facts}] }}",
            &HEAD[14..]
        ),
        format!("{HEAD}, \"claims\": [{claims}]}}"),
    ];
    for text in &texts {
        let expected = whole(text).expect(text);
        assert_eq!(expected.claims.len(), 60);
        for piece in [1, 7, 64, 1 << 20] {
            let (read, digest) = read_hashed(text.as_bytes(), u64::MAX, piece, 2).expect(text);
            assert_eq!(read, expected, "{piece}: {text}");
            assert_eq!(digest, xxhash_rust::xxh3::xxh3_128(text.as_bytes()));
        }
    }
    // A list written twice is left to the whole parse, which refuses it.
    let twice = format!("{HEAD}, \"claims\": [{}], \"claims\": []}}", claim(1));
    assert_eq!(whole(&twice), None);
    assert_eq!(pieces(&twice, 7), None);
}

/// Anything the pieces would not read exactly as one parse is left to it.
#[test]
fn leaves_what_it_cannot_read_exactly_to_a_whole_parse() {
    let (a, b) = (fact(1), fact(2));
    let texts = [
        format!("{HEAD}, \"facts\": [{a}, {b}], \"facts\": [{b}, {a}]}}"),
        format!("{HEAD}, \"f\\u0061cts\": [{a}, {b}], \"facts\": [{b}, {a}]}}"),
        format!("{HEAD}, \"f\\u0061cts\": [{a}, {b}]}}"),
        format!("{HEAD}, \"facts\": {{\"x\": {a}, \"y\": {b}}}}}"),
        format!("{HEAD}, \"facts\": [{a}, {b},]}}"),
        format!("{HEAD}, \"facts\": [,]}}"),
        format!("{HEAD}, \"facts\": [{a}, {b} {a}]}}"),
        format!("{HEAD}, \"facts\": [{a}, {{\"id\": 1}}]}}"),
        format!("{HEAD}, \"facts\": [{a}, {b}]}} x"),
        format!("{HEAD}, \"facts\": [{a}, {b}], \"nope\": 1}}"),
        format!("{HEAD}, \"facts\": [{a}, {b}"),
        format!("{HEAD}, \"facts\": [{a}, {b}]"),
        format!("{HEAD}}}"),
        "[]".to_owned(),
        "{}".to_owned(),
        String::new(),
    ];
    for text in &texts {
        for piece in [1, 5, 64, 1 << 20] {
            let read = pieces(text, piece);
            assert!(read.is_none() || read == whole(text), "{piece}: {text}");
            if whole(text).is_none() {
                assert_eq!(read, None, "{piece}: {text}");
            }
        }
    }
    // Bytes that are not UTF-8, inside a text or after the list, are never read.
    let good = format!("{HEAD}, \"facts\": [{a}, {b}], \"claims\": []}}");
    for at in [good.find("ä").unwrap(), good.len() - 3] {
        let mut bytes = good.clone().into_bytes();
        bytes.insert(at, 0xFF);
        assert_eq!(read_pieces(&bytes[..], u64::MAX, 16, 2), None);
    }
}

#[test]
fn the_digest_is_of_every_byte_whatever_the_piece() {
    let many: Vec<String> = (0..50).map(fact).collect();
    let text = format!("\u{FEFF}{HEAD}, \"facts\": [{}]}}\n ", many.join(","));
    let expected = xxhash_rust::xxh3::xxh3_128(text.as_bytes());
    for piece in [1, 7, 64, 1 << 20] {
        let (_, digest) = read_hashed(text.as_bytes(), u64::MAX, piece, 2).unwrap();
        assert_eq!(digest, expected, "{piece}");
    }
    let mut changed = text.clone().into_bytes();
    let last = changed.len() - 1;
    changed[last] = b'\t';
    let (_, other) = read_hashed(&changed[..], u64::MAX, 64, 2).unwrap();
    assert_ne!(other, expected);
}

/// Without a digest the same file is read, and what is left to a whole read is the same.
#[test]
fn a_read_without_the_digest_reads_the_same() {
    let many: Vec<String> = (0..50).map(fact).collect();
    let text = format!("\u{FEFF}{HEAD}, \"facts\": [{}]}}\n ", many.join(","));
    let size = text.len() as u64;
    for piece in [1, 7, 64, 1 << 20] {
        let (hashed, _) = read_sized(text.as_bytes(), Some(size), u64::MAX, piece, 2).unwrap();
        let unhashed = read_unhashed(text.as_bytes(), Some(size), u64::MAX, piece, 2);
        assert_eq!(unhashed, Some(hashed), "{piece}");
    }
    let broken = text.replace("\"f3\"", "\"f3\" \"");
    assert_eq!(
        read_unhashed(broken.as_bytes(), None, u64::MAX, 64, 2),
        None
    );
    assert_eq!(read_unhashed(text.as_bytes(), None, size - 1, 64, 2), None);
}

#[test]
fn a_file_over_the_limit_is_left_to_a_whole_read() {
    let text = format!("{HEAD}, \"facts\": [{}]}}", fact(1));
    let size = text.len() as u64;
    assert!(read_pieces(text.as_bytes(), size, 8, 1).is_some());
    assert_eq!(read_pieces(text.as_bytes(), size - 1, 8, 1), None);
}

/// The size of the input only gives a list room at once: what is read is the same whatever
/// size is said, right, wrong or unknown.
#[test]
fn the_size_said_changes_nothing_read() {
    let many: Vec<String> = (0..500).map(fact).collect();
    let claims: Vec<String> = (0..40).map(claim).collect();
    let text = format!(
        "{HEAD}, \"facts\": [{}], \"claims\": [{}]}}",
        many.join(", "),
        claims.join(",")
    );
    let expected = whole(&text).unwrap();
    let len = text.len() as u64;
    for size in [None, Some(len), Some(0), Some(len / 3), Some(u64::MAX)] {
        for piece in [7, 1000, 1 << 20] {
            let (read, digest) = read_sized(text.as_bytes(), size, u64::MAX, piece, 2).unwrap();
            assert_eq!(read, expected, "{size:?} {piece}");
            assert_eq!(digest, xxhash_rust::xxh3::xxh3_128(text.as_bytes()));
        }
    }
}

/// The facts of a file whose size is known get room for all of them at once, and not much more:
/// a list grown by doubling ends with room for 3072 or 4096 of these 2100.
#[test]
fn a_list_is_given_room_for_all_its_elements_at_once() {
    // Facts all written with as many bytes, so the first ones tell how many there are.
    let many: Vec<String> = (1000..3100).map(fact).collect();
    let text = format!("{HEAD}, \"facts\": [{}]}}", many.join(", "));
    let size = Some(text.len() as u64);
    let (read, _) = read_sized(text.as_bytes(), size, u64::MAX, 4096, 2).unwrap();
    assert_eq!(read.facts.len(), 2100);
    let room = read.facts.capacity();
    assert!((2100..=2100 * 9 / 8 + 16).contains(&room), "{room}");
    let (unknown, _) = read_sized(text.as_bytes(), None, u64::MAX, 4096, 2).unwrap();
    assert_eq!(unknown, read);
}

#[test]
fn the_guess_follows_the_bytes_left() {
    let pieces = |size: Option<u64>, read: u64, buffered: usize| Pieces {
        hasher: Some(Xxh3::new()),
        input: (&b""[..]).take(0),
        buf: vec![b' '; buffered],
        piece: 1,
        max: u64::MAX,
        size,
        read,
        done: false,
    };
    // 10 elements in the first 1000 bytes, 9000 bytes left: 90 more, and an eighth of them.
    assert_eq!(
        pieces(Some(10_000), 2000, 2000).guess(10, 1000),
        10 + 90 + 11
    );
    // Unknown size: only what was read.
    assert_eq!(pieces(None, 2000, 2000).guess(10, 1000), 10);
    // A size smaller than what was read: the bytes still buffered are left.
    assert_eq!(pieces(Some(0), 2000, 2000).guess(10, 1000), 10 + 10 + 1);
    // Tiny elements: never more than one a two bytes left.
    assert_eq!(pieces(Some(1_000_000), 10, 10).guess(10, 10), 10 + 499_995);
}

/// A piece's elements are split between two cores at a guessed start of an element; a guess
/// inside a text that looks like one (`}, {`) is read past, and the elements are the same.
#[test]
fn a_wrong_guess_of_where_an_element_starts_is_read_past() {
    let element = |i: usize, filler: &str| {
        format!(
            r#"{{"id": "c{i}", "claim": "{filler}", "verdict": "supported", "paragraphs": [1], "explanation": "e"}}"#
        )
    };
    let long = "x".repeat(SPLIT_FROM);
    // The middle falls inside the long text, which holds `}, {` after it.
    let tricky = format!("{long}{long}}}, {{{long}");
    let cases = [
        (element(0, &tricky), 1),
        ([element(0, &long), element(1, &long)].join(", "), 2),
        (
            [element(0, "a}, {b"), element(1, &long), element(2, "c")].join(" ,\n "),
            3,
        ),
    ];
    for (list, count) in cases {
        for closing in ["]", ", "] {
            let text = format!("{list}{closing}");
            let expected: Vec<Claim> = serde_json::from_str(&format!("[{list}]")).unwrap();
            let (mut items, mut second) = (Vec::<Claim>::new(), Vec::new());
            let (next, closed) = parse(&text, true, true, &mut items, &mut second).unwrap();
            items.append(&mut second);
            if closing == "]" {
                assert_eq!((next, closed), (text.len(), Some(text.len())));
                assert_eq!(items, expected);
            } else {
                // The next element starts after the last comma, in the next piece.
                assert_eq!((next, closed), (text.len() - 1, None));
                assert_eq!(items.len(), count);
                assert_eq!(items, expected);
            }
        }
    }
}

/// A right guess puts the elements after it on the other core.
#[test]
fn a_right_guess_parses_the_second_half_on_another_core() {
    let list: Vec<String> = (0..2000).map(claim).collect();
    let text = format!("{}]", list.join(", "));
    let (mut items, mut second) = (Vec::<Claim>::new(), Vec::new());
    let (next, closed) = parse(&text, true, true, &mut items, &mut second).unwrap();
    assert_eq!((next, closed), (text.len(), Some(text.len())));
    assert!(!items.is_empty() && !second.is_empty());
    items.append(&mut second);
    let expected: Vec<Claim> = serde_json::from_str(&format!("[{text}")).unwrap();
    assert_eq!(items, expected);
}

/// A fact of the plain shape (no escape, every field a plain text or list), which the quick
/// reader takes instead of serde, in many spacings and with optional fields, mixed with facts
/// it leaves to serde: read in pieces of every size, on one or two cores, the file is the
/// whole parse's (review 178 1: no stream test reached the quick reader).
#[test]
fn plain_facts_read_by_the_quick_reader_are_the_whole_parse_s() {
    let plain = |i: usize| match i % 4 {
        0 => format!(
            r#"{{"id": "p{i}", "type": "number", "answer": "{i}", "statement": "It had {{answer}} seats.", "paragraphs": [1], "explanation": "Seats: {i} ü."}}"#
        ),
        1 => format!(
            "{{\n  \"id\" : \"p{i}\",\n  \"type\":\"person\",\"answer\":\"Ana Ruiz {i}\",\"aliases\":[\"Ruiz\"],\n  \"statement\":\"{{answer}} spoke.\",\"distractors\":[\"Bo Li\",\"Cy Ng\"],\"paragraphs\":[2,1],\"explanation\":\"She spoke.\",\"difficulty\":\"hard\",\"tags\":[\"t\"]}}"
        ),
        2 => format!(
            r#"{{"paragraphs": [2], "explanation": "x", "statement": "In {{answer}}.", "answer": "Lyon", "type": "place", "id": "p{i}", "kinds": ["short", "choice"]}}"#
        ),
        _ => fact(i),
    };
    for i in 0..3 {
        assert!(
            crate::loader::quick::fact(&plain(i)).is_some(),
            "{}",
            plain(i)
        );
    }
    let facts: Vec<String> = (0..200).map(plain).collect();
    let texts = [
        format!("{HEAD}, \"facts\": [{}]}}", facts.join(", ")),
        format!("{HEAD},\n\"facts\":[\n{}\n]\n}}\n", facts.join(",\n")),
    ];
    for text in &texts {
        let expected = whole(text).expect(text);
        assert_eq!(expected.facts.len(), 200);
        for piece in [1, 5, 97, 256, 4096, 1 << 20] {
            for cores in [1, 2] {
                assert_eq!(
                    read_pieces(text.as_bytes(), u64::MAX, piece, cores).as_ref(),
                    Some(&expected),
                    "piece {piece}, cores {cores}"
                );
            }
        }
    }
}
