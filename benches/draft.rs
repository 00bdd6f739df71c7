//! How fast `factquiz draft` is (issue #15): a 15-paragraph news article, and a megabyte of text.
//! Targets: under 20 ms and under 1 s.
//!
//! `cargo bench --bench draft`; the README's figures come from it.

use criterion::{Criterion, criterion_group, criterion_main};

use factquiz::draft::{DEFAULT_MAX, DraftOptions, draft};

const ARTICLES: [&str; 3] = [
    include_str!("../tests/fixtures/articles/dev/bridge-opening.txt"),
    include_str!("../tests/fixtures/articles/dev/kidney-drug-trial.txt"),
    include_str!("../tests/fixtures/articles/dev/shasta-wildfire.txt"),
];

fn options() -> DraftOptions {
    DraftOptions {
        id: "bench".into(),
        title: "Bench".into(),
        date: None,
        reference: None,
        max: DEFAULT_MAX,
    }
}

fn drafting(c: &mut Criterion) {
    // Fifteen paragraphs of news: one article and the start of the next.
    let paragraphs: Vec<&str> = ARTICLES
        .iter()
        .flat_map(|a| a.lines())
        .filter(|l| !l.trim().is_empty())
        .collect();
    let article = paragraphs[..15].join("\n");
    let mut megabyte = String::new();
    while megabyte.len() < 1 << 20 {
        for a in ARTICLES {
            megabyte.push_str(a);
        }
    }
    let options = options();
    assert!(draft(&article, &options).is_ok() && draft(&megabyte, &options).is_ok());
    let mut group = c.benchmark_group("draft");
    group.bench_function("15 paragraphs", |b| b.iter(|| draft(&article, &options)));
    group.sample_size(10);
    group.bench_function("1 MB", |b| b.iter(|| draft(&megabyte, &options)));
    let one_line = megabyte.replace('\n', " ");
    group.bench_function("1 MB on one line", |b| {
        b.iter(|| draft(&one_line, &options))
    });
    group.finish();
}

criterion_group!(benches, drafting);
criterion_main!(benches);
