use super::*;
use crate::model::AnswerType;
use crate::question::Kind;
use crate::record::{HISTORY_VERSION, Options};

fn asked(kind: Kind, answer_type: Option<AnswerType>, result: Outcome) -> Asked {
    Asked {
        event: "e".into(),
        id: "x".into(),
        kind,
        answer_type,
        answer: String::new(),
        given: None,
        result,
        points: 0,
        overridden: false,
        confidence: None,
    }
}

fn game(time: &str, mode: Mode, score: i32, questions: Vec<Asked>) -> Record {
    Record {
        version: HISTORY_VERSION,
        time: time.into(),
        mode,
        events: vec!["e".into()],
        seed: 1,
        options: Options {
            count: questions.len() as u32,
            kinds: Vec::new(),
            strict: false,
            streak_bonus: true,
            timed: None,
            events: Vec::new(),
            confidence: false,
        },
        ending: Ending::Finished,
        totals: Totals {
            score,
            max_score: 10,
            correct: 0,
            answered: questions.len() as u32,
            skipped: 0,
            total: questions.len() as u32,
        },
        questions,
    }
}

#[test]
fn figures_by_day_kind_type_and_the_best_score() {
    use Outcome::*;
    let place = Some(AnswerType::Place);
    let number = Some(AnswerType::Number);
    let records = [
        game(
            "2026-11-24T10:00:00Z",
            Mode::Play,
            4,
            vec![
                asked(Kind::Short, place, Right),
                asked(Kind::Short, number, Wrong),
            ],
        ),
        game(
            "2026-11-25T10:00:00Z",
            Mode::Play,
            7,
            vec![
                asked(Kind::Choice, number, Right),
                asked(Kind::Verdict, None, Skipped),
            ],
        ),
        game(
            "2026-11-25T11:00:00Z",
            Mode::Practice,
            9,
            vec![
                asked(Kind::Verdict, None, Right),
                asked(Kind::Short, place, Unanswered),
            ],
        ),
    ];
    let s = summarize(&records, 2);
    assert_eq!(s.games, 3);
    assert_eq!(
        s.overall,
        Tally {
            answered: 5,
            correct: 3
        }
    );
    assert_eq!(s.best.len(), 1);
    assert_eq!(s.best[0].score, 7, "practice games do not count as bests");
    assert_eq!(s.last.len(), 2);
    assert_eq!(s.last[0].time, "2026-11-25T11:00:00Z", "newest first");
    let days: Vec<(&str, usize, u32, u32)> = s
        .by_day
        .iter()
        .map(|d| (d.date.as_str(), d.games, d.tally.correct, d.tally.answered))
        .collect();
    assert_eq!(days, [("2026-11-24", 1, 1, 2), ("2026-11-25", 2, 2, 3)]);
    assert_eq!(
        s.by_kind["short"],
        Tally {
            answered: 2,
            correct: 1
        }
    );
    assert_eq!(
        s.by_kind["verdict"],
        Tally {
            answered: 2,
            correct: 1
        }
    );
    assert_eq!(
        s.by_type["number"],
        Tally {
            answered: 2,
            correct: 1
        }
    );
    assert_eq!(s.by_type["verdict"].percent(), Some(50));
    assert_eq!(Tally::default().percent(), None);
    assert_eq!(
        Tally {
            answered: 3,
            correct: 2
        }
        .percent(),
        Some(67)
    );
}
