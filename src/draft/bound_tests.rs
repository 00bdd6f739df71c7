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
    // below (or there is none, and no choice).
    for (answer, at) in [("120", 120.0), ("20", 20.0)] {
        let ceiling = fact(&file, answer);
        for d in &ceiling.distractors {
            assert!(value(ceiling, d) < at, "{d} over a ceiling: {ceiling:?}");
        }
        assert!(
            ceiling.distractors.len() >= 3 || !kinds(ceiling).contains(&FactKind::Choice),
            "{ceiling:?}"
        );
        assert!(!ceiling.exclusive, "{ceiling:?}");
    }
    // Never a refuted claim made of a bound.
    for answer in ["930", "120", "20"] {
        let refuted = format!("{}-refuted", fact(&file, answer).id);
        assert!(file.claims.iter().all(|c| c.id != refuted), "{refuted}");
    }
}

#[test]
fn a_bound_denied_is_the_other_bound_and_up_to_has_no_side() {
    // A second reader's cases: "no more than 50" is at most 50 (options below), "no fewer than
    // 120" at least 120 (options above), "as few as 12" at most in effect (as few as 24 is true as
    // well), "just under 500" about 500 (options either side), and "up to 16 feet" read either way
    // (no choice).
    let article = "No more than 50 people may enter the hall at once, the owners said.\n\nNo fewer than 120 families have applied for the flats.\n\nAs few as 12 patients took part in the trial.\n\nThe club signed just under 500 members in May.\n\nWaves of up to 16 feet struck the harbour wall on Sunday.";
    let file = draft_all(article);
    let sides = [
        ("50", Some(false)),
        ("120", Some(true)),
        ("12", Some(false)),
    ];
    for (answer, above) in sides {
        let f = fact(&file, answer);
        let at: f64 = answer.parse().unwrap();
        assert!(!f.exclusive, "{f:?}");
        for d in &f.distractors {
            let v = value(f, d);
            assert_eq!(Some(v > at), above, "{d} for {f:?}");
        }
    }
    let about = fact(&file, "500");
    assert!(!about.exclusive);
    let up_to = fact(&file, "16");
    assert!(!kinds(up_to).contains(&FactKind::Choice), "{up_to:?}");
    assert!(!up_to.exclusive);
}

#[test]
fn a_time_said_as_a_limit_is_asked_only_to_be_typed() {
    let file = draft_all(ARTICLE);
    for answer in ["07:00", "09:30"] {
        let limit = fact(&file, answer);
        assert_eq!(kinds(limit), vec![FactKind::Short], "{limit:?}");
        assert!(!limit.exclusive, "{limit:?}");
    }
    // "no later than May 4", "by the end of 2024" (a second reader's cases).
    let file = draft_all(
        "The port will reopen no later than May 4, the authority said.\n\nThe wall is to be finished by the end of 2029, officials said.",
    );
    for answer in ["May 4", "2029"] {
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
