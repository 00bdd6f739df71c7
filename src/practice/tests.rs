use rand::SeedableRng;
use rand::rngs::StdRng;

use super::*;
use crate::question::Kind;
use crate::record::{Asked, Ending, HISTORY_VERSION, Mode, Options, Totals};

fn key(id: &str) -> ItemKey {
    ItemKey {
        event: "e".into(),
        id: id.into(),
    }
}

/// A game in which each (id, outcome) was asked.
fn game(asked: &[(&str, Outcome)]) -> Record {
    Record {
        version: HISTORY_VERSION,
        time: String::new(),
        mode: Mode::Play,
        events: vec!["e".into()],
        seed: 0,
        options: Options {
            count: 0,
            kinds: Vec::new(),
            strict: false,
            streak_bonus: true,
            timed: None,
            events: Vec::new(),
            confidence: false,
        },
        ending: Ending::Finished,
        totals: Totals {
            score: 0,
            max_score: 0,
            correct: 0,
            answered: 0,
            skipped: 0,
            total: 0,
        },
        questions: asked
            .iter()
            .map(|(id, result)| Asked {
                event: "e".into(),
                id: (*id).into(),
                kind: Kind::Short,
                answer_type: None,
                answer: String::new(),
                given: None,
                result: *result,
                points: 0,
                overridden: false,
                confidence: None,
            })
            .collect(),
    }
}

#[test]
fn right_moves_up_a_box_and_wrong_goes_back_to_the_first() {
    use Outcome::*;
    let records = [
        game(&[("a", Right), ("b", Wrong), ("c", Right), ("d", Unanswered)]),
        game(&[("a", Right), ("c", Skipped)]),
        game(&[("a", Right)]),
        game(&[("a", Right), ("b", Late)]),
        game(&[("a", Right)]),
    ];
    let cards = schedule(&records);
    assert_eq!(
        cards[&key("a")].r#box,
        5,
        "up one a game, and no further than 5"
    );
    assert_eq!(cards[&key("a")].due, 4 + 16);
    assert_eq!(cards[&key("b")].r#box, 1, "late counts as a miss");
    assert_eq!(
        cards[&key("b")].due,
        3 + 1,
        "box 1 comes due at the next game"
    );
    assert_eq!(
        cards[&key("c")],
        Card {
            r#box: 1,
            due: 2,
            last: 1
        }
    );
    assert!(
        !cards.contains_key(&key("d")),
        "a question not reached is not a try"
    );
    assert_eq!([1, 2, 3, 4, 5].map(interval), [1, 2, 4, 8, 16]);
}

#[test]
fn missed_first_then_unseen_then_due_then_the_rest() {
    use Outcome::*;
    let records = [
        game(&[("known", Right), ("missed", Wrong), ("learning", Right)]),
        game(&[
            ("known", Right),
            ("learning", Right),
            ("missed-again", Wrong),
        ]),
    ];
    let cards = schedule(&records);
    // known: box 3, due 1 + 4 = 5; learning: box 3 too; after two games, now = 2.
    let items: Vec<ItemKey> = ["known", "new-1", "missed", "new-2", "missed-again"]
        .map(key)
        .to_vec();
    for seed in 0..20 {
        let order = ranking(&items, &cards, 2, &mut StdRng::seed_from_u64(seed));
        let ids: Vec<&str> = order.iter().map(|k| k.id.as_str()).collect();
        let missed_first = ids[..2].contains(&"missed") && ids[..2].contains(&"missed-again");
        let unseen_next = ids[2..4].contains(&"new-1") && ids[2..4].contains(&"new-2");
        assert!(missed_first && unseen_next && ids[4] == "known", "{ids:?}");
    }
    // Once it comes due, a box-2 item goes before those not due yet.
    let records = [
        game(&[("x", Right), ("y", Right), ("y2", Right)]),
        game(&[("y", Right)]),
    ];
    let cards = schedule(&records);
    assert_eq!((cards[&key("x")].r#box, cards[&key("x")].due), (2, 2));
    let order = ranking(
        &[key("y"), key("x")],
        &cards,
        2,
        &mut StdRng::seed_from_u64(0),
    );
    assert_eq!(order, [key("x"), key("y")]);
}

#[test]
fn retry_takes_the_misses_of_the_last_game_with_an_answer() {
    use Outcome::*;
    assert_eq!(retry(&[]), Retry::NoGame);
    let mut played = game(&[
        ("a", Right),
        ("b", Wrong),
        ("c", Skipped),
        ("d", Late),
        ("e", Unanswered),
    ]);
    played.seed = 42;
    played.totals.answered = 4;
    played.questions[1].kind = Kind::Truefalse;
    played.questions[1].answer = "true".into();
    let left_at_once = game(&[("x", Unanswered)]); // answered 0: changes nothing
    let Retry::Questions { seed, asked } = retry(&[played.clone(), left_at_once]) else {
        panic!("expected questions")
    };
    assert_eq!(seed, 42);
    let ids: Vec<&str> = asked.iter().map(|a| a.key.id.as_str()).collect();
    assert_eq!(
        ids,
        ["b", "c", "d"],
        "wrong, skipped and late; not the unreached"
    );
    assert!(asked[0].truth && asked[0].kind == Kind::Truefalse);

    // A retry left early owes what it did not reach as well.
    let mut retried = game(&[("b", Right), ("c", Unanswered)]);
    retried.mode = Mode::Retry;
    retried.totals.answered = 1;
    let Retry::Questions { asked, .. } = retry(&[played, retried.clone()]) else {
        panic!("expected questions")
    };
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].key.id, "c");

    retried.questions[1].result = Right;
    assert_eq!(retry(&[retried.clone()]), Retry::NoMisses(&retried));
}

#[test]
fn a_schedule_moved_on_by_the_games_after_it_is_the_schedule_of_them_all() {
    use Outcome::{Right, Skipped, Unanswered, Wrong};
    let outcomes = [Right, Wrong, Skipped, Unanswered];
    // Twelve games over five items, each with its own mix of outcomes.
    let games: Vec<Record> = (0..12usize)
        .map(|g| {
            let asked: Vec<(String, Outcome)> = (0..5usize)
                .filter(|i| (g + i) % 3 != 0)
                .map(|i| match i {
                    // One item always right, up to the last box; the others mixed.
                    0 => ("f0".to_owned(), Right),
                    _ => (format!("f{i}"), outcomes[(g * 7 + i * 3) % 4]),
                })
                .collect();
            let asked: Vec<(&str, Outcome)> = asked.iter().map(|(k, o)| (k.as_str(), *o)).collect();
            game(&asked)
        })
        .collect();
    let whole = schedule(&games);
    assert!(whole.values().any(|c| c.r#box == BOXES), "{whole:?}");
    assert!(whole.values().any(|c| c.r#box == 1), "{whole:?}");
    for cut in 0..=games.len() {
        let mut cards = schedule(&games[..cut]);
        fold(&mut cards, &games[cut..], cut);
        assert_eq!(cards, whole, "cut after {cut} games");
    }
    // Counted from the wrong game, the cards differ: the fold does use where it starts.
    let mut wrong = schedule(&games[..6]);
    fold(&mut wrong, &games[6..], 0);
    assert_ne!(wrong, whole);
}

/// Packed ranks sort as the tuples do: for pairs of ranks and places (edge values of every part
/// among them), the packed numbers compare as `(rank, place)`; a place past 32 bits is not packed.
#[test]
fn packed_ranks_sort_as_tuples() {
    use rand::RngExt;
    let mut rng = StdRng::seed_from_u64(16);
    let edges = [0, 1, 2, 5, 255, 1 << 31, u32::MAX as usize, usize::MAX];
    let mut ranks: Vec<((u8, usize, u8), usize)> = Vec::new();
    for _ in 0..400 {
        let value = if rng.random_bool(0.5) {
            edges[rng.random_range(0..edges.len())]
        } else {
            rng.random_range(0..40)
        };
        let rank = (rng.random_range(0..4), value, rng.random_range(0..=BOXES));
        ranks.push((rank, rng.random_range(0..6) * 0x3333_3333));
    }
    for a in &ranks {
        for b in &ranks {
            let (pa, pb) = (
                super::pack(a.0, a.1).unwrap(),
                super::pack(b.0, b.1).unwrap(),
            );
            assert_eq!(pa.cmp(&pb), a.cmp(b), "{a:?} {b:?}");
        }
    }
    assert_eq!(super::pack((0, 0, 0), 1 << 32), None);
}
