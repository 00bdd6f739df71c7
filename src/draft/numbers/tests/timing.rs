//! How a reader of a race report reads its timing: gaps and stops in seconds glued to an "s",
//! positions and stops said as "second", and a penalty of so many seconds.

use super::*;

#[test]
fn digits_glued_to_an_s_are_seconds_where_no_decade_or_age_can_be_meant() {
    use Class::*;
    use Hedge::*;
    case(
        "She won the stage by 3.6s.",
        "3.6",
        Number,
        Some("s"),
        Exact,
    );
    case(
        "His stop took 2.95s in the end.",
        "2.95",
        Number,
        Some("s"),
        Exact,
    );
    // Whole seconds, when a word of a gap or a time follows.
    case(
        "He rejoined some 40s down on the pack.",
        "40",
        Number,
        Some("s"),
        Approximate,
    );
    case("She took a 10s penalty.", "10", Number, Some("s"), Exact);
    // An age or a decade, or whole digits with no gap after them, are no seconds.
    assert!(found("He is in his 40s down south.").is_empty());
    assert!(found("Rents in the 90s behind the station fell.").is_empty());
    assert!(found("Both 40s were sold.").is_empty());
    // Something glued after the "s" makes it another thing.
    assert!(found("It used 3.5s-class tyres.").is_empty());
}

#[test]
fn the_game_takes_seconds_glued_spelt_out_or_bare() {
    use crate::check::Accepted;
    use crate::model::AnswerType;
    let accepted = Accepted {
        unit: Some("s".into()),
        ..Accepted::new(AnswerType::Number, vec!["3.6".into()])
    };
    for typed in ["3.6", "3.6s", "3.6 seconds", "3.6 secs"] {
        assert!(accepted.matches(typed), "{typed}");
    }
    for typed in ["3.7", "36", "3.6 minutes"] {
        assert!(!accepted.matches(typed), "{typed}");
    }
}
