//! What saving a game costs: appending one record to an empty history and to one of 10,000
//! ten-question games (18.5 MB). A save appends a line under the lock and syncs it, so the two
//! should cost the same; the old save read and rewrote the whole file (160 ms at 17 MB in the
//! measurement of issue 16).
//!
//! `cargo bench --bench history`. The data folder is a temporary folder on the disk the build is
//! on (set TMPDIR to measure another), and the sync is real: the figure is mostly the disk's.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use factquiz::model::AnswerType;
use factquiz::question::Kind;
use factquiz::record::{Asked, Ending, HISTORY_VERSION, Mode, Options, Outcome, Record, Totals};
use factquiz::store::History;

/// A game of ten questions, about the size of a real one in the history.
fn record(seed: u64) -> Record {
    let questions = (0..10)
        .map(|i| Asked {
            event: "korea-war-remains-2018".into(),
            id: format!("remains-fact-{i}"),
            kind: Kind::ALL[i % Kind::ALL.len()],
            // Claims have no answer type.
            answer_type: (i % 2 == 0).then_some(AnswerType::Place),
            answer: "Osan Air Base".into(),
            given: Some("osan".into()),
            result: Outcome::Right,
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
            .map(|seed| serde_json::to_string(&record(seed)).expect("a record serialises") + "\n")
            .collect();
        std::fs::write(history.path(), &lines).expect("the history is written");
        if games > 0 {
            eprintln!(
                "history of {games} games: {:.1} MB",
                lines.len() as f64 / 1e6
            );
        }
        let next = record(games);
        group.bench_with_input(BenchmarkId::new("append", games), &history, |b, history| {
            b.iter(|| history.append(&next).expect("the game is saved"));
        });
    }
    group.finish();
}

criterion_group!(benches, saves);
criterion_main!(benches);
