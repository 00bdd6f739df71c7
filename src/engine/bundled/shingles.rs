//! No text of the bundled file runs six words of its source article together.
//!
//! The article is not in the repository, so the check works from
//! tests/fixtures/seed-shingles.txt: the article's "shingles", made by this procedure:
//!
//! 1. split the article into words with `normalize::words` (the game's own normalisation: lower
//!    case, punctuation dropped, split at spaces and hyphens);
//! 2. take every run of six consecutive words, joined by single spaces;
//! 3. hash each with 64-bit FNV-1a over its UTF-8 bytes and write it as 16 lower-case hex digits;
//! 4. keep each hash once, sorted, one a line.
//!
//! Where the article is at hand (the event's `source.reference`, looked for under the folders
//! above this crate), `the_shingle_fixture_matches_the_article` rebuilds the list and compares; run
//! it with `FACTQUIZ_WRITE_SHINGLES=1` to write the fixture instead.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::audit::{bundled, questions_of};
use crate::model::QuestionFile;
use crate::normalize;

const SHINGLES: &str = include_str!("../../../tests/fixtures/seed-shingles.txt");
const FIXTURE: &str = "tests/fixtures/seed-shingles.txt";
const RUN: usize = 6;

/// 64-bit FNV-1a of `text`, as 16 hex digits.
fn fnv1a(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// The hashed runs of `RUN` words of `text`, each with the words it hashes.
fn shingles(text: &str) -> Vec<(String, String)> {
    normalize::words(text)
        .windows(RUN)
        .map(|run| {
            let run = run.join(" ");
            (fnv1a(&run), run)
        })
        .collect()
}

/// Every text of the bundled file a player or an author reads: the event's title, summary,
/// date note and digest; each fact's question, statement (with its answer and with each distractor), answer,
/// aliases, distractors and explanation; each claim and its explanation; and every text the game
/// builds from them (options, answer lines, true/false statements).
fn texts(file: &QuestionFile) -> Vec<(String, String)> {
    let event = &file.event;
    let mut texts = vec![
        ("event.title".to_owned(), event.title.clone()),
        ("event.summary".to_owned(), event.summary.clone()),
    ];
    let basis = event.date.iter().flat_map(|d| d.basis.clone());
    texts.extend(basis.map(|b| ("event.date.basis".to_owned(), b)));
    let digest = event.source.digest.iter().flatten().enumerate();
    texts.extend(digest.map(|(i, line)| (format!("event.source.digest[{i}]"), line.clone())));
    for fact in &file.facts {
        let at = |field: &str| format!("{}.{field}", fact.id);
        texts.extend(
            fact.question
                .iter()
                .map(|q| (at("question"), q.to_string())),
        );
        for value in
            std::iter::once(fact.answer.as_str()).chain(fact.distractors.iter().map(String::as_str))
        {
            texts.push((at("statement"), fact.fill(value)));
        }
        let values = fact
            .forms()
            .chain(fact.distractors.iter().map(String::as_str));
        texts.extend(values.map(|v| (at("answer, alias or distractor"), v.to_string())));
        texts.push((at("explanation"), fact.explanation.to_string()));
    }
    for claim in &file.claims {
        texts.push((format!("{}.claim", claim.id), claim.claim.clone()));
        texts.push((
            format!("{}.explanation", claim.id),
            claim.explanation.clone(),
        ));
    }
    let ids = file
        .facts
        .iter()
        .map(|f| f.id.as_str())
        .chain(file.claims.iter().map(|c| c.id.as_str()));
    for id in ids {
        for q in questions_of(file, id) {
            let shown = crate::engine::shown_texts(&q).map(str::to_owned);
            texts.extend(shown.map(|t| (format!("{id} as the game shows it"), t)));
        }
    }
    texts
}

#[test]
fn no_text_of_the_bundled_file_runs_six_words_of_its_article() {
    let article: BTreeSet<&str> = SHINGLES.lines().collect();
    assert!(
        article.len() > 300,
        "{FIXTURE} holds {} hashes",
        article.len()
    );
    let file = bundled();
    let mut copied = Vec::new();
    for (whose, text) in texts(&file) {
        for (hash, run) in shingles(&text) {
            if article.contains(hash.as_str()) {
                copied.push(format!("{whose}: \"{run}\""));
            }
        }
    }
    copied.dedup();
    assert!(
        copied.is_empty(),
        "runs of the article's words:\n{}",
        copied.join("\n")
    );
}

#[test]
fn the_check_finds_a_run_copied_from_the_article() {
    // Six words of the article's ¶6, written here to show the check can fail.
    let copied = "At the airbase, soldiers in dress uniforms waited.";
    let article: BTreeSet<&str> = SHINGLES.lines().collect();
    let found: Vec<String> = shingles(copied)
        .into_iter()
        .filter(|(hash, _)| article.contains(hash.as_str()))
        .map(|(_, run)| run)
        .collect();
    assert_eq!(
        found,
        [
            "at the airbase soldiers in dress",
            "the airbase soldiers in dress uniforms"
        ]
    );
}

/// The article, where it is at hand: `source.reference` under one of the folders above the crate.
fn article_path(file: &QuestionFile) -> Option<PathBuf> {
    let reference = file.event.source.reference.as_deref()?;
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .map(|dir| dir.join(reference))
        .find(|path| path.is_file())
}

#[test]
fn the_shingle_fixture_matches_the_article() {
    let file = bundled();
    let Some(path) = article_path(&file) else {
        eprintln!("the article is not here: {FIXTURE} is checked as it is");
        return;
    };
    let article = std::fs::read_to_string(&path).unwrap();
    let hashes: BTreeSet<String> = shingles(&article).into_iter().map(|(h, _)| h).collect();
    let listed: String = hashes.iter().map(|h| format!("{h}\n")).collect();
    if std::env::var_os("FACTQUIZ_WRITE_SHINGLES").is_some() {
        let out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(FIXTURE);
        std::fs::write(out, &listed).unwrap();
    }
    assert_eq!(
        SHINGLES,
        listed,
        "{FIXTURE} is not the shingles of {}",
        path.display()
    );
}
