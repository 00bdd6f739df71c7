//! What saving a game costs: appending one record to an empty history and to one of 10,000
//! ten-question games (18.5 MB). A save appends a line under the lock and syncs it, so the two
//! should cost the same; the old save read and rewrote the whole file (160 ms at 17 MB in the
//! measurement of issue 16).
//!
//! What practice costs to work out from a history of 10,000 games over 100,000 facts: the whole
//! history read and scheduled, against the summary kept in the cache folder read with only the
//! last ten games after it (issue #16).
//!
//! `cargo bench --bench history`. The data folder is a temporary folder on the disk the build is
//! on (set TMPDIR to measure another), and the sync is real: the figure is mostly the disk's.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use factquiz::model::AnswerType;
use factquiz::question::Kind;
use factquiz::record::{Asked, Ending, HISTORY_VERSION, Mode, Options, Outcome, Record, Totals};
use std::io::Write;

use factquiz::practice;
use factquiz::store::cache::Summary;
use factquiz::store::{BankCache, History};

/// A game of ten questions, about the size of a real one in the history; with `spread`, over
/// 100,000 facts (ten new ones a game, half of them missed), else the same ten facts every game,
/// all right.
fn record(seed: u64, spread: bool) -> Record {
    let questions = (0..10)
        .map(|i| Asked {
            event: "korea-war-remains-2018".into(),
            id: match spread {
                true => format!("fact-{}", (seed as usize * 10 + i) % 100_000),
                false => format!("remains-fact-{i}"),
            },
            kind: Kind::ALL[i % Kind::ALL.len()],
            // Claims have no answer type.
            answer_type: (i % 2 == 0).then_some(AnswerType::Place),
            answer: "Osan Air Base".into(),
            given: Some("osan".into()),
            result: match spread {
                true => [Outcome::Right, Outcome::Wrong][(seed as usize + i) % 2],
                false => Outcome::Right,
            },
            points: 2,
            overridden: false,
            confidence: None,
        })
        .collect();
    Record {
        version: HISTORY_VERSION,
        time: "2026-11-25T15:30:12Z".into(),
        mode: Mode::Play,
        events: vec!["korea-war-remains-2018".into()],
        seed,
        options: Options {
            count: 10,
            kinds: Kind::ALL.to_vec(),
            strict: false,
            streak_bonus: true,
            timed: None,
            events: Vec::new(),
            confidence: false,
        },
        ending: Ending::Finished,
        totals: Totals {
            score: 20,
            max_score: 20,
            correct: 10,
            answered: 10,
            skipped: 0,
            total: 10,
        },
        questions,
    }
}

fn saves(c: &mut Criterion) {
    let mut group = c.benchmark_group("save");
    for games in [0u64, 10_000] {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let history = History::new(dir.path()).with_max_bytes(1 << 30);
        let lines: String = (0..games)
            .map(|seed| {
                serde_json::to_string(&record(seed, false)).expect("a record serialises") + "\n"
            })
            .collect();
        std::fs::write(history.path(), &lines).expect("the history is written");
        if games > 0 {
            eprintln!(
                "history of {games} games: {:.1} MB",
                lines.len() as f64 / 1e6
            );
        }
        let next = record(games, false);
        group.bench_with_input(BenchmarkId::new("append", games), &history, |b, history| {
            b.iter(|| history.append(&next).expect("the game is saved"));
        });
    }
    group.finish();
}

fn schedules(c: &mut Criterion) {
    const GAMES: u64 = 10_000;
    let mut group = c.benchmark_group("practice_schedule");
    group.sample_size(10);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let history = History::new(dir.path()).with_max_bytes(1 << 30);
    let line =
        |seed| serde_json::to_string(&record(seed, true)).expect("a record serialises") + "\n";
    let lines: String = (0..GAMES - 10).map(line).collect();
    std::fs::write(history.path(), &lines).expect("the history is written");
    // The summary of all but the last ten games, kept as a practice game would keep it.
    let cache = BankCache::new(dir.path().join("cache"));
    let since = history
        .read_since(false, None)
        .expect("the history is read");
    let summary = Summary {
        prefix: since.whole.expect("whole lines"),
        games: since.loaded.records.len(),
        cards: practice::schedule(&since.loaded.records),
    };
    assert!(cache.put_summary(1, &summary), "the summary is kept");
    let rest: String = (GAMES - 10..GAMES).map(line).collect();
    std::fs::OpenOptions::new()
        .append(true)
        .open(history.path())
        .and_then(|mut f| f.write_all(rest.as_bytes()))
        .expect("the last games are appended");
    group.bench_function("whole_history_10000", |b| {
        b.iter(|| {
            let records = history.read(false).expect("the history is read").records;
            (practice::schedule(&records), records.len())
        });
    });
    group.bench_function("summary_and_10_games", |b| {
        b.iter(|| {
            let known = cache.summary(1).expect("the summary is read");
            let since = history.read_since(false, Some(known.prefix)).expect("read");
            assert!(since.after_known);
            let mut cards = known.cards;
            practice::fold(&mut cards, &since.loaded.records, known.games);
            (cards, known.games + since.loaded.records.len())
        });
    });
    group.finish();
}

criterion_group!(benches, saves, schedules);
criterion_main!(benches);
