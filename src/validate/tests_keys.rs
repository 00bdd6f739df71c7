//! The keys the validator works out once and hands on (issue #16): each must be what the judge's
//! own function would give.

use super::facts::keyed_as_words;
use crate::check::canonical;
use crate::model::AnswerType;
use crate::normalize;

/// Invented texts a phrase or a value answer could be: words, values, and neither.
const TEXTS: [&str; 12] = [
    "The Blue Lagoon",
    "1,200",
    "1950-53",
    "27 July 2018",
    "Friday",
    "about 300",
    "65th",
    "Rs 800",
    "  the  ",
    "",
    "Čapek's garden",
    "U.N. house",
];

#[test]
fn a_type_keyed_as_words_has_its_canonical_key_from_normalize() {
    let by_words: Vec<AnswerType> = AnswerType::ALL
        .into_iter()
        .filter(|t| keyed_as_words(*t))
        .collect();
    assert_eq!(
        by_words,
        [
            AnswerType::Place,
            AnswerType::Person,
            AnswerType::Organisation,
            AnswerType::Thing,
            AnswerType::Text
        ]
    );
    for answer_type in by_words {
        for text in TEXTS {
            for unit in [None, Some("rupees")] {
                assert_eq!(
                    canonical(answer_type, text, unit),
                    normalize::key(text),
                    "{answer_type:?} {text:?}"
                );
            }
        }
    }
    // A value type does read values: the words' key would be wrong for it.
    for answer_type in [
        AnswerType::Number,
        AnswerType::Year,
        AnswerType::Date,
        AnswerType::Day,
    ] {
        assert!(!keyed_as_words(answer_type));
        assert!(
            TEXTS
                .iter()
                .any(|t| canonical(answer_type, t, None) != normalize::key(t)),
            "{answer_type:?}"
        );
    }
}
