use super::*;

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

#[track_caller]
fn tells(answer_type: AnswerType, answer: &str, distractors: &[&str]) -> Option<Tell> {
    tell(answer_type, answer, &strings(distractors))
}

#[test]
fn the_answer_alone_in_its_form_is_told_apart() {
    use AnswerType::*;
    assert_eq!(
        tells(Number, "65th", &["50th", "60th", "70th"]),
        Some(Tell::Round {
            answer_round: false
        })
    );
    assert_eq!(
        tells(Number, "65th", &["50", "60", "70"]),
        Some(Tell::Ordinal {
            answer_ordinal: true
        })
    );
    assert_eq!(
        tells(Year, "1950-53", &["1950", "1953", "1951"]),
        Some(Tell::Span { answer_span: true })
    );
    assert_eq!(
        tells(Number, "7700", &["3,700", "5,300", "2,100"]),
        Some(Tell::Grouped {
            answer_grouped: false
        })
    );
    assert_eq!(
        tells(Number, "55", &["455", "655", "755"]),
        Some(Tell::Digits {
            answer: 2,
            others: 3
        })
    );
    assert_eq!(
        tells(
            Thing,
            "the United Nations insignia",
            &[
                "the US flag",
                "the South Korean flag",
                "the North Korean flag"
            ]
        ),
        Some(Tell::Lacks("flag".into()))
    );
    assert_eq!(
        tells(
            Text,
            "not yet known",
            &[
                "confirmed by DNA tests",
                "confirmed by North Korea",
                "announced by the White House"
            ]
        ),
        Some(Tell::Lacks("by".into()))
    );
    assert_eq!(
        tells(Text, "rare", &["Routine", "Secret", "Common"]),
        Some(Tell::Capital {
            answer_capital: false
        })
    );
    assert_eq!(
        tells(
            Place,
            "Seoul",
            &["Busan city", "Daegu city", "Incheon port"]
        ),
        Some(Tell::Words {
            answer: 1,
            others: 2
        })
    );
    assert_eq!(
        tells(
            Organisation,
            "the Navy",
            &["Marines", "Army", "Coast Guard"]
        ),
        Some(Tell::Article {
            answer_article: true
        })
    );
}

#[test]
fn mixed_forms_tell_nothing() {
    use AnswerType::*;
    assert_eq!(tells(Number, "55", &["45", "65", "75"]), None);
    assert_eq!(tells(Number, "65th", &["55th", "60th", "70th"]), None);
    assert_eq!(tells(Number, "7,700", &["3,700", "5,300", "36,000"]), None);
    assert_eq!(tells(Year, "1953", &["1950", "1952", "1955"]), None);
    assert_eq!(
        tells(
            Organisation,
            "US Air Force",
            &["US Navy", "US Army", "US Marine Corps"]
        ),
        None
    );
    assert_eq!(
        tells(
            Place,
            "Osan Air Base",
            &["Kunsan Air Base", "Camp Humphreys", "Gimhae Air Base"]
        ),
        None
    );
    assert_eq!(tells(Day, "Friday", &["Monday", "Tuesday", "Sunday"]), None);
    // One distractor (a true/false statement) is no set.
    assert_eq!(tells(Number, "65th", &["60th"]), None);
}

#[test]
fn choose_prefers_early_candidates_but_avoids_a_tell() {
    let candidates = strings(&["50th", "60th", "70th", "64th", "66th"]);
    let chosen = choose(AnswerType::Number, "65th", &candidates, 3);
    assert_eq!(chosen, ["50th", "60th", "64th"]);
    assert_eq!(
        unavoidable(AnswerType::Number, "65th", &candidates, 3),
        None
    );
    let only_round = strings(&["50th", "60th", "70th", "80th"]);
    assert_eq!(
        choose(AnswerType::Number, "65th", &only_round, 3),
        ["50th", "60th", "70th"]
    );
    assert_eq!(
        unavoidable(AnswerType::Number, "65th", &only_round, 3),
        Some(Tell::Round {
            answer_round: false
        })
    );
}

#[test]
fn the_quick_reading_of_plain_numbers_agrees_with_the_general_one() {
    for text in [
        "55", "7,700", "65th", "1,000", "10", "1950", "36000", "100,000", "21st", "3", "63rd",
        "2nd", "90",
    ] {
        assert_eq!(Shape::plain(text), Shape::general(text), "{text}");
        assert!(Shape::plain(text).is_some(), "{text}");
    }
    for text in [
        "0", "07", "1,00", ",5", "5,", "1.5", "about 55", "fifty", "1950-53", "55 cases",
    ] {
        assert_eq!(Shape::plain(text), None, "{text}");
    }
}

/// `Shape::plain` as it was written before its one-pass reading (issue #16): the reference the
/// quicker one must agree with.
fn plain_by_parts(text: &str) -> Option<Shape> {
    let digits_end = text
        .find(|c: char| !(c.is_ascii_digit() || c == ','))
        .unwrap_or(text.len());
    let (number, suffix) = text.split_at(digits_end);
    let ordinal = match suffix {
        "" => false,
        "st" | "nd" | "rd" | "th" => true,
        _ => return None,
    };
    let digits = number.bytes().filter(u8::is_ascii_digit).count();
    let grouped = number.contains(',');
    if digits == 0 || digits > 18 || number.starts_with(['0', ',']) || number.ends_with(',') {
        return None;
    }
    if grouped && number.split(',').skip(1).any(|g| g.len() != 3) {
        return None;
    }
    Some(Shape {
        span: false,
        ordinal,
        round: digits >= 2 && number.ends_with('0'),
        grouped,
        digits,
    })
}

#[test]
fn the_one_pass_reading_of_plain_numbers_agrees_with_the_reading_by_parts() {
    for text in [
        "1,234,567",
        "1,234,56",
        "12,,345",
        "1234,567",
        ",",
        ",,",
        "0,123",
        "10",
        "1,000th",
        "9,999nd",
        "1234567890123456789",
        "123456789012345678",
        "7,700 ",
        "5é",
        "",
    ] {
        assert_eq!(Shape::plain(text), plain_by_parts(text), "{text}");
    }
}

proptest::proptest! {
    #[test]
    fn plain_numbers_read_in_one_pass_as_by_parts(text in "[0-9,]{0,10}(st|nd|th|rd|s|x|é|)") {
        proptest::prop_assert_eq!(Shape::plain(&text), plain_by_parts(&text));
    }
}

#[test]
fn an_article_is_read_whatever_its_case_and_the_space_before_it() {
    let others = ["Kanam", "Jusin", "Riri"];
    for answer in ["THE Harbour", "  An Harbour", "a Harbour", "tHe Harbour"] {
        assert_eq!(
            tells(AnswerType::Place, answer, &others),
            Some(Tell::Article {
                answer_article: true
            }),
            "{answer}"
        );
    }
    // Not articles: a word that only starts like one, or an article with nothing after it.
    for answer in ["Thebes", "Anchor", "The"] {
        assert_eq!(tells(AnswerType::Place, answer, &others), None, "{answer}");
    }
}

#[test]
fn keyed_phrases_tell_as_phrases_read_from_their_texts() {
    let texts = [
        ("The Old Harbour", ["Port Ellis", "North Gate", "Kanam Bay"]),
        ("old harbour", ["Port Ellis", "North Gate", "Kanam Bay"]),
        (
            "Kanam",
            ["the port ellis", "the north gate", "the kanam bay"],
        ),
        ("Port Ellis", ["Port Kanam", "Port Jusin", "Port Riri"]),
    ];
    for (answer, distractors) in texts {
        let keys = distractors.map(normalize::key);
        let keyed: [(&str, &str); 3] = std::array::from_fn(|i| (distractors[i], keys[i].as_str()));
        let key = normalize::key(answer);
        assert_eq!(
            tell_keyed((answer, &key), &keyed),
            tells(AnswerType::Place, answer, &distractors),
            "{answer}"
        );
    }
    assert!(
        tell_keyed(
            ("Port Ellis", "port ellis"),
            &[("Port Kanam", "port kanam"); 3]
        )
        .is_some()
    );
}

/// A word every distractor has is found in a distractor of that one word as in the others, and
/// not in an answer of one other word.
#[test]
fn a_distractor_of_one_word_has_the_word_all_share() {
    let lacks = Some(Tell::Lacks("flag".into()));
    assert_eq!(
        tells(
            AnswerType::Thing,
            "the UN insignia",
            &["the US flag", "Flag", "the Korean flag"]
        ),
        lacks
    );
    assert_eq!(
        tells(
            AnswerType::Thing,
            "the UN insignia",
            &["Flag", "the US flag", "the Korean flag"]
        ),
        lacks
    );
    assert_eq!(
        tells(
            AnswerType::Thing,
            "Insignia",
            &["the US flag", "Flag", "the Korean flag"]
        ),
        lacks
    );
    assert_eq!(
        tells(
            AnswerType::Thing,
            "the Flag",
            &["the US flag", "Flag", "the Korean flag"]
        ),
        None
    );
}
