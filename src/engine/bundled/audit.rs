//! The bundled file against its two independent audits (tests/fixtures/audit/*.jsonl, written by
//! someone who saw only the article and the game's output): every finding carries a `resolved`
//! field, and what it says is checked against the file wherever it can be.

use rand::SeedableRng;
use rand::rngs::StdRng;

use crate::engine::{DrawRequest, Order, Reply, Rules, draw, judge};
use crate::generate::{Generator, claim_question};
use crate::loader::load_bundled;
use crate::model::QuestionFile;
use crate::normalize;
use crate::question::{Kind, Question};

pub(super) fn bundled() -> QuestionFile {
    load_bundled().unwrap().remove(0).file
}

/// The independent audit of the bundled file (tests/fixtures/audit/bundled-audit.jsonl, written by
/// someone who saw only the article and the game's questions) is answered item by item: each
/// finding is fixed, removed, replaced or disputed, and the file agrees with what is said.
#[test]
fn every_finding_of_the_audit_is_resolved_in_the_bundled_file() {
    let audit = include_str!("../../../tests/fixtures/audit/bundled-audit.jsonl");
    let bundled = load_bundled().unwrap();
    let file = &bundled[0].file;
    let fact = |id: &str| file.facts.iter().find(|f| f.id == id);
    let present = |id: &str| fact(id).is_some() || file.claims.iter().any(|c| c.id == id);
    let mut findings = 0;
    for line in audit.lines() {
        let finding: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = finding["id"].as_str().unwrap();
        let resolved = finding["resolved"].as_str().unwrap();
        let (status, _) = resolved.split_once(':').unwrap();
        match status {
            "fixed" | "disagree" | "disagree in part" => {
                assert!(id == "HEADER" || present(id), "{id}: {resolved}")
            }
            "removed" => assert!(!present(id), "{id} is said to be removed"),
            "replaced" => {
                assert!(!present(id), "{id} is said to be replaced");
                let now = resolved.split("is now ").nth(1).unwrap();
                let new_id = now.split_whitespace().next().unwrap();
                assert!(
                    present(new_id),
                    "{id} is replaced by {new_id}, which is missing"
                );
            }
            other => panic!("{id}: unknown resolution {other:?}"),
        }
        // Rule 1: a statement the source does not refute is never asked as false.
        if finding["problem_kind"] == "false-not-refuted"
            && let Some(f) = fact(id)
        {
            assert!(!f.exclusive, "{id} is asked as true or false");
        }
        findings += 1;
    }
    assert_eq!(findings, 92);
    assert!(
        crate::heading::event_heading(&file.event) == file.event.title,
        "the header shows no date the article does not give"
    );
}

/// Every question the game can make of item `id`: each kind it may be asked as, true and false
/// statements, over a few seeds (for the options drawn).
pub(super) fn questions_of(file: &QuestionFile, id: &str) -> Vec<Question> {
    let generator = Generator::new([file]);
    if let Some(claim) = file.claims.iter().find(|c| c.id == id) {
        return vec![claim_question(&file.event, claim)];
    }
    let fact = file.facts.iter().find(|f| f.id == id).unwrap();
    let mut questions = Vec::new();
    for kind in generator.kinds(&file.event.id, fact) {
        for (truth, seed) in [true, false]
            .into_iter()
            .flat_map(|t| (0..6).map(move |s| (t, s)))
        {
            let mut rng = StdRng::seed_from_u64(seed);
            questions.extend(generator.fact_question(&file.event, fact, kind, truth, &mut rng));
        }
    }
    questions
}

/// The words of every text the questions show (prompt, options, answer line, evidence), each text
/// on its own.
fn shown_words(questions: &[Question]) -> Vec<Vec<String>> {
    questions
        .iter()
        .flat_map(crate::engine::shown_texts)
        .map(normalize::words)
        .collect()
}

fn contains(haystack: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// The texts in single quotes in `text`.
fn quoted(text: &str) -> Vec<&str> {
    text.split('\'').skip(1).step_by(2).collect()
}

/// The pairs "A before B" in `text` where A and B are ids of `file`.
fn orderings<'t>(file: &QuestionFile, text: &'t str) -> Vec<(&'t str, &'t str)> {
    let is_id =
        |w: &str| file.facts.iter().any(|f| f.id == w) || file.claims.iter().any(|c| c.id == w);
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ':' | ';' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(3)
        .filter(|w| w[1] == "before" && is_id(w[0]) && is_id(w[2]))
        .map(|w| (w[0], w[2]))
        .collect()
}

/// The ids of many seeded games of 40 questions, and of the whole bank in one game.
fn games(file: &QuestionFile) -> Vec<Vec<String>> {
    let seeds = (0..100).map(|s| (s, 40)).chain((0..5).map(|s| (s, 1000)));
    seeds
        .map(|(seed, count)| {
            let request = DrawRequest {
                count,
                kinds: Kind::ALL.to_vec(),
                seed,
                order: Order::Shuffled,
            };
            let game = draw(&[file], &request).questions;
            // An evidence question asks for a paragraph's number, which no text gives away, and an
            // altered-detail question shows one paragraph and nothing else of its fact (what
            // its paragraph decides is ordered by `leaks`); the findings are about the texts of
            // the questions that ask for an answer or a verdict.
            let asks =
                |q: &crate::question::Question| !matches!(q.kind, Kind::Evidence | Kind::Altered);
            game.into_iter().filter(asks).map(|q| q.id).collect()
        })
        .collect()
}

/// In every game holding both, `first` is asked before `then`.
fn always_before(games: &[Vec<String>], first: &str, then: &str) {
    let mut together = 0;
    for (at, game) in games.iter().enumerate() {
        let place = |id: &str| game.iter().position(|q| q == id);
        if let (Some(a), Some(b)) = (place(first), place(then)) {
            together += 1;
            assert!(a < b, "game {at}: {then} is asked before {first}");
        }
    }
    assert!(together > 0, "{first} and {then} are never in one game");
}

/// The second audit (tests/fixtures/audit/bundled-audit-2.jsonl, 30 findings on the file after
/// the first round): each finding is fixed, disputed or left open with a reason, and the file
/// bears that out: a fixed text is gone from everything its item can show, a fixed feedback cites
/// the paragraphs the auditor names, typed answers are judged as the resolution says, every
/// "A before B" a resolution promises holds in real games, and an item left open still keeps its
/// hedge wherever the file itself can.
#[test]
fn every_finding_of_the_second_audit_is_resolved_in_the_bundled_file() {
    let audit = include_str!("../../../tests/fixtures/audit/bundled-audit-2.jsonl");
    let file = bundled();
    let games = games(&file);
    let (mut fixed, mut disagree, mut open) = (0, 0, 0);
    for line in audit.lines() {
        let finding: serde_json::Value = serde_json::from_str(line).unwrap();
        let id = finding["id"].as_str().unwrap();
        let kind = finding["problem_kind"].as_str().unwrap();
        let resolved = finding["resolved"].as_str().unwrap();
        let (status, _) = resolved.split_once(':').unwrap();
        let questions = questions_of(&file, id);
        let cited: Vec<u32> = finding["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_u64().unwrap() as u32)
            .collect();
        match status {
            "fixed" => fixed += 1,
            "disagree" => disagree += 1,
            "left open" => open += 1,
            other => panic!("{id}: unknown resolution {other:?}"),
        }
        if status == "fixed" && kind != "leak" {
            let text = normalize::words(finding["text"].as_str().unwrap());
            assert!(
                !shown_words(&questions).iter().any(|t| contains(t, &text)),
                "{id}: {:?} is said to be fixed but is still shown",
                finding["text"]
            );
        }
        if status == "fixed" && matches!(kind, "feedback" | "hedge") {
            let own = &questions[0].paragraphs;
            assert!(
                cited.iter().all(|p| own.contains(p)),
                "{id} cites {own:?}, not {cited:?}"
            );
        }
        if kind == "accepts" {
            let right = resolved.contains("judged right");
            assert!(
                right || resolved.contains("judged wrong"),
                "{id}: {resolved}"
            );
            let short = questions.iter().find(|q| q.kind == Kind::Short).unwrap();
            for typed in quoted(resolved) {
                let Reply::Judged(judgement) = judge(short, typed, Rules::default()) else {
                    panic!("{id}: {typed:?} is not judged");
                };
                assert_eq!(judgement.correct, right, "{id}: {typed:?}");
            }
        }
        if status == "left open" {
            let fact = file.facts.iter().find(|f| f.id == id).unwrap();
            let texts = [
                fact.question.as_deref().unwrap(),
                &fact.statement,
                &fact.explanation,
            ];
            assert!(
                texts.iter().all(|t| t.to_lowercase().contains("about ")),
                "{id}"
            );
        }
        let promised = orderings(&file, resolved);
        assert_eq!(kind == "leak", !promised.is_empty(), "{id}: {resolved}");
        for (first, then) in promised {
            always_before(&games, first, then);
        }
    }
    assert_eq!((fixed, disagree, open), (21, 9, 0));
}

/// Every paragraph an explanation names ("¶7") is among those its item cites, so that the draw,
/// which orders items by the paragraphs they cite, sees what their feedback shows.
#[test]
fn every_paragraph_an_explanation_names_is_cited() {
    let file = bundled();
    let items = file
        .facts
        .iter()
        .map(|f| (f.id.as_str(), f.explanation.as_str(), &f.paragraphs))
        .chain(
            file.claims
                .iter()
                .map(|c| (c.id.as_str(), c.explanation.as_str(), &c.paragraphs)),
        );
    let mut named = 0;
    for (id, explanation, cited) in items {
        for part in explanation.split('¶').skip(1) {
            let digits: String = part.chars().take_while(char::is_ascii_digit).collect();
            let p: u32 = digits.parse().unwrap();
            assert!(cited.contains(&p), "{id} names ¶{p} but cites {cited:?}");
            named += 1;
        }
    }
    assert!(named > 50, "only {named} paragraph references");
}

/// The bundled digest as a fact-checker who saw only the article and the digest audited it
/// (tests/fixtures/audit/digest-audit.jsonl: one record a line, with the line as audited): every
/// line with a finding has been rewritten, and every other line is still the line audited, so no
/// line reaches players unaudited.
#[test]
fn every_line_of_the_digest_is_the_audited_line_or_fixes_its_finding() {
    let audit = include_str!("../../../tests/fixtures/audit/digest-audit.jsonl");
    let file = bundled();
    let digest = file.event.source.digest.as_deref().expect("a digest");
    let mut seen = vec![false; digest.len()];
    for record in audit.lines() {
        let record: serde_json::Value = serde_json::from_str(record).unwrap();
        let at = record["line"].as_u64().unwrap() as usize;
        let audited = record["audited"].as_str().unwrap();
        let now = &digest[at - 1];
        seen[at - 1] = true;
        if record["severity"] == "none" {
            assert_eq!(now, audited, "digest line {at} changed after the audit");
        } else {
            assert!(
                record["resolved"].as_str().unwrap().starts_with("fixed"),
                "line {at}"
            );
            assert_ne!(now, audited, "digest line {at} keeps its finding");
        }
    }
    assert!(seen.iter().all(|s| *s), "every digest line audited");
}
