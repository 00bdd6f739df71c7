//! A value said as a bound ("more than 930 homes", "within 20 minutes", "before 07:00") and an
//! amount whose answer writes its currency: the options and claims a player gets are wrong only
//! where the article says they are (the third blind audit of drafted quizzes, fixtures
//! tests/fixtures/audit/drafts18).

use super::*;
use crate::check::number;
use crate::model::{Fact, FactKind};

const ARTICLE: &str = "REYKJAVÍK – The state company has bought more than 930 homes in the town since 2024, and fewer than 120 families have asked to move back.

Most residents were in their cars within 20 minutes of the sirens, the police said on Saturday.

Lava reached the barriers north of the town before 07:00, and the road was shut by 09:30.

The barriers have cost 9.4 billion krónur, and 61 billion krónur was spent on the homes, officials said, while 2,400 people were moved and 3,100 cattle left.

Tourism brought in US$48 billion last year, the board said.

The budget plans $143.1 billion of spending, $27.6 billion of reserves and $9.2 billion of aid.";

fn fact<'a>(file: &'a QuestionFile, answer: &str) -> &'a Fact {
    file.facts
        .iter()
        .find(|f| f.answer == answer)
        .unwrap_or_else(|| panic!("no fact {answer:?}"))
}

fn value(f: &Fact, text: &str) -> f64 {
    number::read(text, f.unit.as_deref()).unwrap().value
}

fn kinds(f: &Fact) -> Vec<FactKind> {
    f.kinds
        .clone()
        .map_or_else(|| FactKind::ALL.to_vec(), Vec::from)
}

#[test]
fn a_bounds_wrong_options_lie_where_the_bound_makes_them_wrong() {
    let file = draft_all(ARTICLE);
    // "more than 930": more than 470 is true as well; every option lies above.
    let floor = fact(&file, "930");
    assert!(!floor.distractors.is_empty(), "{floor:?}");
    for d in &floor.distractors {
        assert!(value(floor, d) > 930.0, "{d} under a floor: {floor:?}");
    }
    // "fewer than 120" and "within 20 minutes": fewer than 200 is true as well; every option lies
    // below.
    for (answer, at) in [("120", 120.0), ("20", 20.0)] {
        let ceiling = fact(&file, answer);
        for d in &ceiling.distractors {
            assert!(value(ceiling, d) < at, "{d} over a ceiling: {ceiling:?}");
        }
        assert!(!ceiling.exclusive, "{ceiling:?}");
    }
    // Never a refuted claim made of a bound.
    for answer in ["930", "120", "20"] {
        let refuted = format!("{}-refuted", fact(&file, answer).id);
        assert!(file.claims.iter().all(|c| c.id != refuted), "{refuted}");
    }
}

#[test]
fn a_time_said_as_a_limit_is_asked_only_to_be_typed() {
    let file = draft_all(ARTICLE);
    for answer in ["07:00", "09:30"] {
        let limit = fact(&file, answer);
        assert_eq!(kinds(limit), vec![FactKind::Short], "{limit:?}");
        assert!(!limit.exclusive, "{limit:?}");
    }
}

#[test]
fn an_amount_that_writes_its_currency_takes_options_written_so_and_no_other_does() {
    let file = draft_all(ARTICLE);
    let written = fact(&file, "US$48 billion");
    assert!(written.distractors.len() >= 3, "{written:?}");
    for d in &written.distractors {
        assert!(d.starts_with("US$"), "{d} beside US$48 billion");
    }
    for f in file
        .facts
        .iter()
        .filter(|f| f.statement.contains("${answer}"))
    {
        for d in &f.distractors {
            assert!(!d.contains('$'), "{d} in {:?}", f.statement);
        }
    }
}
