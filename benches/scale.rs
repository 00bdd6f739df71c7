//! How factquiz scales: loading, validating (also from a file, as a first `validate` does) and drawing a game from synthetic banks of 1k, 10k and
//! 200k facts (`factquiz::synthetic`), and the bundled game up to its first question.
//!
//! `cargo bench --bench scale`; the README's performance table comes from it.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use factquiz::engine::{DrawRequest, Game, Order, Rules, draw};
use factquiz::front::{Header, Lines, Style, play};
use factquiz::loader::{Loaded, Origin, load_bundled, load_each, parse};
use factquiz::question::Kind;
use factquiz::synthetic;
use factquiz::validate::validate;

const SIZES: [usize; 3] = [1_000, 10_000, 200_000];

fn loaded(text: &str) -> Loaded {
    parse(Origin::File("bank.json".into()), text).expect("the synthetic bank parses")
}

fn request(seed: u64) -> DrawRequest {
    DrawRequest {
        count: 10,
        kinds: Kind::ALL.to_vec(),
        seed,
        order: Order::Shuffled,
    }
}

fn banks(c: &mut Criterion) {
    for size in SIZES {
        let text = synthetic::bank(size);
        let bank = [loaded(&text)];
        assert!(validate(&bank).is_empty(), "the synthetic bank is valid");
        let mut group = c.benchmark_group("bank");
        if size >= 100_000 {
            group.sample_size(10);
        }
        group.throughput(criterion::Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("load", size), &text, |b, text| {
            b.iter(|| loaded(text));
        });
        group.bench_with_input(BenchmarkId::new("validate", size), &bank, |b, bank| {
            b.iter(|| validate(bank));
        });
        group.bench_with_input(BenchmarkId::new("load+validate", size), &text, |b, text| {
            b.iter(|| validate(&[loaded(text)]));
        });
        // `factquiz validate FILE` with no cache yet (issue #16): the file read in pieces from
        // the disk, then checked.
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("bank.json");
        std::fs::write(&path, &text).expect("the bank is written");
        group.bench_with_input(
            BenchmarkId::new("cold file validate", size),
            &path,
            |b, path| {
                b.iter(|| {
                    let files: Vec<Loaded> = load_each(std::slice::from_ref(path), 128 << 20)
                        .into_iter()
                        .map(|f| f.expect("the synthetic bank loads"))
                        .collect();
                    validate(&files)
                });
            },
        );
        let files = [&bank[0].file];
        group.bench_with_input(BenchmarkId::new("draw", size), &files, |b, files| {
            let mut seed = 0;
            b.iter(|| {
                seed += 1;
                draw(files, &request(seed))
            });
        });
        group.finish();
    }
}

/// From nothing to the first question on the screen: load the bundled files, validate, draw,
/// and print the header and the first question.
fn first_question(c: &mut Criterion) {
    c.bench_function("bundled game to its first question", |b| {
        b.iter(|| {
            let loaded = load_bundled().expect("bundled files load");
            assert!(validate(&loaded).is_empty());
            let files: Vec<_> = loaded.iter().map(|l| &l.file).collect();
            let drawn = draw(&files, &request(7));
            let mut game = Game::new(7, drawn.questions, Rules::default());
            let header = Header {
                title: "t".into(),
                asked: 10,
                available: drawn.available,
                mode: factquiz::record::Mode::Play,
            };
            let mut input = Lines {
                reader: &b""[..],
                echo: false,
            };
            let mut screen = Vec::with_capacity(4096);
            play(&mut game, &header, Style::PLAIN, &mut input, &mut screen).expect("in memory");
            screen
        });
    });
}

criterion_group!(benches, banks, first_question);
criterion_main!(benches);
