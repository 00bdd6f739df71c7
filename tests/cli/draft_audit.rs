//! What a blind audit of drafted quizzes found (tests/fixtures/audit/drafts, README there), held
//! on every article the project has: the bundled sets and the two audited ones.

use factquiz::draft::{DraftOptions, draft};

use super::draft::{articles, articles_in};
use super::fixture;

/// Whether `text` reads `value` twice around a joining word ("two or two", "Cabiguhan and
/// Cabiguhan"), as a false version does when its wrong value repeats the value beside it.
fn doubled(text: &str, value: &str) -> bool {
    let (text, value) = (text.to_lowercase(), value.to_lowercase());
    ["or", "to", "and"]
        .iter()
        .any(|join| text.contains(&format!("{value} {join} {value}")))
}

#[test]
fn no_false_version_reads_one_value_twice() {
    // The audit's "two or two wide releases": the nudge of "one" in "one or two" was "two".
    let mut all = articles();
    all.extend(articles_in(&fixture("audit/drafts")));
    let options = DraftOptions {
        id: "audited".into(),
        title: "Audited".into(),
        date: None,
        reference: None,
        max: usize::MAX,
    };
    let mut repeated = Vec::new();
    for article in &all {
        let text = std::fs::read_to_string(article).unwrap();
        let drafted = draft(&text, &options).unwrap();
        for fact in &drafted.file.facts {
            for wrong in &fact.distractors {
                if doubled(&fact.fill(wrong), wrong) && !doubled(&fact.fill(&fact.answer), wrong) {
                    repeated.push(format!("{}: {} with {wrong:?}", article.display(), fact.id));
                }
            }
        }
    }
    assert!(repeated.is_empty(), "{}", repeated.join("\n"));
}
