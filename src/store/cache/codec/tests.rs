use super::*;
use crate::loader::load_bundled;

#[test]
fn findings_come_back_the_same_for_the_file_named() {
    let problem = |severity, place| Problem {
        severity,
        file: "old/name.json".into(),
        field: "facts[3].statement".into(),
        place,
        message: "a message, «with» text".into(),
        counts: 12,
    };
    let found = Findings {
        problems: vec![
            problem(Severity::Warning, Some((3, 70))),
            problem(Severity::Error, None),
        ],
        event: "e-1".into(),
        unreviewed: 4,
    };
    let bytes = encode_findings(&found);
    let back = decode_findings(&bytes, "new.json").unwrap();
    assert_eq!(back.problems[0].file, "new.json");
    let renamed = Findings {
        problems: (found.problems.iter())
            .map(|p| Problem {
                file: "new.json".into(),
                ..p.clone()
            })
            .collect(),
        ..found
    };
    assert_eq!(back, renamed);
    for cut in [0, 1, bytes.len() - 1] {
        assert_eq!(decode_findings(&bytes[..cut], "x"), None);
    }
}

#[test]
fn every_bundled_file_comes_back_the_same() {
    for loaded in load_bundled().unwrap() {
        let bytes = encode(&loaded.file);
        assert_eq!(
            decode(&bytes).as_ref(),
            Some(&loaded.file),
            "{}",
            loaded.origin
        );
        // Any cut is refused, and so are bytes after the file.
        for cut in [0, 1, bytes.len() / 2, bytes.len() - 1] {
            assert_eq!(decode(&bytes[..cut]), None, "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer), None);
    }
}

/// Read a piece at a time, whatever the pieces' size (strings and numbers cut across
/// them), the bytes give the same file as when they are all at hand, with their checksum;
/// fewer bytes than said, or bytes that are no file, give none.
#[test]
fn bytes_read_in_pieces_give_the_same_file() {
    for loaded in load_bundled().unwrap() {
        let bytes = encode(&loaded.file);
        let len = bytes.len() as u64;
        for chunk in [1, 2, 3, 7, 64, 1 << 20] {
            let (file, checksum) = decode_in_pieces(&mut &bytes[..], len, chunk)
                .unwrap_or_else(|| panic!("{} in pieces of {chunk}", loaded.origin));
            assert_eq!(file, loaded.file);
            assert_eq!(checksum, xxhash_rust::xxh3::xxh3_64(&bytes));
            // The last byte missing.
            assert_eq!(
                decode_in_pieces(&mut &bytes[..bytes.len() - 1], len, chunk),
                None
            );
            // One byte fewer said: the file does not end where it should.
            assert_eq!(decode_in_pieces(&mut &bytes[..], len - 1, chunk), None);
        }
        let mut changed = bytes.clone();
        changed[1] = 0xff;
        assert_eq!(decode_from(&mut &changed[..], len), None);
    }
}

/// A string's bytes are checked as UTF-8 whatever they hold: non-ASCII text comes back the
/// same, and bytes that are no UTF-8 (a lone continuation byte, a sequence cut short, a byte
/// never in UTF-8) are refused, in memory and read in pieces, even where every other byte of
/// the string is ASCII.
#[test]
fn a_string_that_is_not_utf8_is_refused() {
    let mut file = load_bundled().unwrap().remove(0).file;
    file.facts[0].aliases = vec!["Zürich ∑ 🦀".into(), "MARKERxyz".into()];
    let bytes = encode(&file);
    assert_eq!(decode(&bytes).as_ref(), Some(&file));
    let at = (bytes.windows(9).position(|w| w == b"MARKERxyz")).unwrap();
    for bad in [&[0x80][..], &[0xc3, b'x'], &[0xff], &[0xe2, 0x88]] {
        let mut changed = bytes.clone();
        changed[at + 2..at + 2 + bad.len()].copy_from_slice(bad);
        assert_eq!(decode(&changed), None, "{bad:?}");
        for chunk in [1, 5, 1 << 20] {
            let len = changed.len() as u64;
            assert_eq!(decode_in_pieces(&mut &changed[..], len, chunk), None);
        }
    }
}

#[test]
fn every_rare_field_comes_back_the_same() {
    let mut file = load_bundled().unwrap().remove(0).file;
    file.schema = Some("schema.json".into());
    let fact = &mut file.facts[0];
    fact.tolerance = Some(Tolerance::Percent(2.5));
    fact.unit = Some("km".into());
    fact.question = Some("How far?".into());
    fact.kinds = Some(vec![FactKind::Truefalse, FactKind::Short].into_boxed_slice());
    fact.strict = true;
    fact.inferred = true;
    fact.exclusive = false;
    fact.difficulty = Difficulty::Hard;
    fact.aliases = vec!["a".into(), "é".into()];
    file.facts[1].tolerance = Some(Tolerance::Absolute(-0.0));
    file.event.date = Some(EventDate {
        value: "2020-01-02".into(),
        inferred: true,
        basis: Some("the byline".into()),
    });
    file.event.source.digest = Some(vec!["one".into(), "two".into()]);
    file.event.source.reference = Some("https://example.org".into());
    file.questions.push(Authored {
        id: "q".into(),
        kind: AuthoredKind::Truefalse,
        question: "Q?".into(),
        answer: "true".into(),
        aliases: vec![],
        distractors: vec!["x".into()],
        difficulty: Difficulty::Easy,
        tags: vec!["t".into()],
        paragraphs: vec![1, 3],
        explanation: Some("E.".into()),
    });
    let back = decode(&encode(&file)).unwrap();
    assert_eq!(back, file);
    // -0.0 == 0.0, so its bits are held to as well.
    assert!(
        matches!(back.facts[1].tolerance, Some(Tolerance::Absolute(z)) if z.is_sign_negative())
    );
}
