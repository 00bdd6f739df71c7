//! From a question file's text to the first question on the screen, at 1,000, 10,000 and 100,000
//! facts: parse, the errors check a game runs on a named file, draw ten questions, print the
//! first. The bank has the shape of the side-by-side harness's (`../shared/bench/fqbench.py`): one
//! text fact a question and no distractors of its own, so every fact borrows from the others, the
//! hardest case for the generator.
//!
//! The second group starts from the bank cache's entry instead (`store::cache`): what a game costs
//! when the same bank is opened again, but for reading the file and the entry.
//!
//! `cargo bench --bench first_question`; the README's performance section has the harness's
//! figures beside drill.

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

use factquiz::engine::{DrawRequest, Game, Order, Rules, draw};
use factquiz::front::{Header, Lines, Style, play};
use factquiz::loader::{Loaded, Origin, parse};
use factquiz::question::Kind;
use factquiz::store::cache;
use factquiz::validate::{errors, has_errors};

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

/// `count` facts as the harness writes them: a made-up question of a dozen words, an answer of
/// two, and the same statement, paragraph and explanation for all.
fn bank(count: usize) -> String {
    const WORDS: [&str; 16] = [
        "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
        "juliet", "kilo", "lima", "mike", "november", "oscar", "papa",
    ];
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut word = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        WORDS[(state % 16) as usize]
    };
    let facts: Vec<String> = (1..=count)
        .map(|i| {
            let question: Vec<&str> = (0..12).map(|_| word()).collect();
            format!(
                r#"{{"id": "q{i}", "type": "text", "answer": "{} {} {i}", "question": "Q{i}: {}?", "statement": "The answer is {{answer}}.", "paragraphs": [1], "explanation": "Benchmark question."}}"#,
                word(),
                word(),
                question.join(" ")
            )
        })
        .collect();
    format!(
        r#"{{"format": 1, "event": {{"id": "bench-{count}", "title": "bench {count}", "date": {{"value": "2026-01-01"}}, "summary": "Benchmark questions.", "source": {{"kind": "benchmark", "paragraphs": 1}}}}, "facts": [{}]}}"#,
        facts.join(", ")
    )
}

fn first_question(text: &str, seed: u64) -> Vec<u8> {
    let loaded = parse(Origin::File("bank.json".into()), text).expect("the bank parses");
    first_question_of(loaded, seed)
}

/// The same from the bank cache's entry for `text` (`entry`, read from memory here): the digest
/// of the text, the entry's checks and decoding, then as above (the errors check skips a file from
/// the cache).
fn first_question_cached(text: &str, entry: &[u8], seed: u64) -> Vec<u8> {
    let digest = xxhash_rust::xxh3::xxh3_128(text.as_bytes());
    let file = cache::unpack(entry, digest).expect("the entry is whole");
    let loaded = Loaded {
        origin: Origin::File("bank.json".into()),
        text: String::new(),
        file,
        digest: Some(digest),
        checked: true,
    };
    first_question_of(loaded, seed)
}

fn first_question_of(loaded: Loaded, seed: u64) -> Vec<u8> {
    let loaded = [loaded];
    assert!(!has_errors(&errors(&loaded)), "the bank is valid");
    let files = [&loaded[0].file];
    let request = DrawRequest {
        count: 10,
        kinds: Kind::ALL.to_vec(),
        seed,
        order: Order::Shuffled,
    };
    let drawn = draw(&files, &request);
    let mut game = Game::new(seed, drawn.questions, Rules::default());
    let header = Header {
        title: "bench".into(),
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
}

fn banks(c: &mut Criterion) {
    let mut group = c.benchmark_group("first question");
    group.sample_size(10);
    for size in SIZES {
        let text = bank(size);
        assert!(String::from_utf8(first_question(&text, 1)).is_ok_and(|s| s.contains("[1/10]")));
        group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
            let mut seed = 0;
            b.iter(|| {
                seed += 1;
                first_question(text, seed)
            });
        });
    }
    group.finish();
    let mut group = c.benchmark_group("first question, cached");
    group.sample_size(10);
    for size in SIZES {
        let text = bank(size);
        let parsed = parse(Origin::File("bank.json".into()), text.as_str()).unwrap();
        let entry = cache::pack(xxhash_rust::xxh3::xxh3_128(text.as_bytes()), &parsed.file);
        assert_eq!(
            first_question_cached(&text, &entry, 1),
            first_question(&text, 1)
        );
        group.bench_with_input(BenchmarkId::from_parameter(size), &text, |b, text| {
            let mut seed = 0;
            b.iter(|| {
                seed += 1;
                first_question_cached(text, &entry, seed)
            });
        });
    }
    group.finish();
}

criterion_group!(benches, banks);
criterion_main!(benches);
