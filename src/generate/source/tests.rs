use super::*;
use crate::engine::GameRng;
use crate::loader::load_bundled;
use crate::model::QuestionFile;
use rand::SeedableRng;

fn bundled() -> QuestionFile {
    load_bundled().unwrap().remove(0).file
}

/// Over many seeds and every fact of the bundled file, an altered paragraph differs from the
/// paragraph shown (the digest line) in exactly one place, where the fact's value stood, and the
/// text put there is the right option; every other option stands in both, unchanged.
#[test]
fn an_altered_paragraph_differs_in_exactly_one_value_and_that_value_is_the_right_option() {
    let file = bundled();
    let event = &file.event;
    let shown = event.source.shown().expect("the bundled file has a digest");
    let generator = Generator::new([&file]);
    let mut asked = 0;
    for seed in 0..40 {
        for fact in &file.facts {
            let mut rng = GameRng::seed_from_u64(seed);
            let Some(q) = generator.altered_question(event, fact, &mut rng) else {
                continue;
            };
            asked += 1;
            let [passage] = &q.passages[..] else {
                panic!("{}: one paragraph", fact.id);
            };
            let original = &shown[passage.number as usize - 1];
            let altered = &passage.text;
            let Expected::Choice { correct, .. } = q.expected else {
                panic!("{}: options", fact.id);
            };
            let changed = &q.options[correct];
            let value = fact.answer_type.display(&fact.answer);
            // The one difference: the original with the value's one place put right.
            let [(at, end)] = places(original, &value)[..] else {
                panic!("{}: the value stands once in ¶{}", fact.id, passage.number);
            };
            assert_eq!(
                *altered,
                format!("{}{changed}{}", &original[..at], &original[end..]),
                "{} seed {seed}",
                fact.id
            );
            assert_ne!(normalize::key(changed), normalize::key(&value));
            assert!(!original.to_lowercase().contains(&changed.to_lowercase()));
            // Every other option is shown unchanged, in the paragraph and the original alike.
            for (i, option) in q.options.iter().enumerate().filter(|(i, _)| *i != correct) {
                assert_eq!(places(original, option).len(), 1, "{} option {i}", fact.id);
                assert_eq!(places(altered, option).len(), 1, "{} option {i}", fact.id);
            }
            assert!((3..=OPTIONS).contains(&q.options.len()));
            assert!(q.answer_forms.contains(&fact.answer.to_string()));
        }
    }
    assert!(asked > 200, "only {asked} altered questions over 40 seeds");
}

#[test]
fn a_value_at_the_start_of_a_sentence_is_swapped_with_a_capital() {
    assert_eq!(
        cased_like("the Pentagon", "The White House"),
        "The Pentagon"
    );
    assert_eq!(
        cased_like("the Pentagon", "the White House"),
        "the Pentagon"
    );
    assert_eq!(
        places("The White House said; the white houses", "the White House"),
        vec![(0, 15)]
    );
    assert_eq!(places("in 1955 and 55 cases", "55"), vec![(12, 14)]);
    // No number inside a time, a decimal or a thousands figure; a number ending a sentence is.
    assert_eq!(
        places(
            "at 6:15 p.m., 1.15 m and 2,150 people; 15. Then 15, 16",
            "15"
        ),
        vec![(39, 41), (48, 50)]
    );
    // No number without its minus sign; a range's end is one.
    assert_eq!(
        places("fell to -15 °C, −15 or –15; 10-15 days and 15", "15"),
        vec![(36, 38), (48, 50)]
    );
    assert_eq!(places("fell to -15 °C", "-15"), vec![(8, 11)]);
}

#[test]
fn evidence_is_asked_for_claims_the_source_decides_and_for_facts_it_states() {
    let file = bundled();
    let event = &file.event;
    for claim in &file.claims {
        let q = claim_evidence(event, claim);
        assert_eq!(
            q.is_some(),
            claim.verdict != Verdict::NotStated,
            "{}",
            claim.id
        );
        if let Some(q) = q {
            assert_eq!(q.passages.len(), 14);
            assert!(q.answer_forms.is_empty());
            let Expected::Paragraph { cited, count } = &q.expected else {
                panic!("a paragraph number");
            };
            assert_eq!((cited, *count), (&claim.paragraphs, 14));
        }
    }
    let fact = &file.facts[0];
    let q = fact_evidence(event, fact).unwrap();
    assert!(q.prompt.contains(&fact.answer_type.display(&fact.answer)));
    // A file with neither text nor digest has no such questions.
    let mut bare = file.clone();
    bare.event.source.digest = None;
    assert!(claim_evidence(&bare.event, &bare.claims[0]).is_none());
    assert!(fact_evidence(&bare.event, fact).is_none());
    let generator = Generator::new([&bare]);
    let rng = &mut GameRng::seed_from_u64(1);
    assert!(
        bare.facts
            .iter()
            .all(|f| generator.altered_question(&bare.event, f, rng).is_none())
    );
    assert!(
        bare.facts
            .iter()
            .all(|f| generator.source_kinds(&bare.event, f).is_empty())
    );
}

/// A name the source writes after "the" is swapped in only where "the" stands, and one it writes
/// without only where none does: "Back in the New York" would give the change away.
#[test]
fn a_swapped_name_keeps_the_article_the_source_gives_it() {
    let fact = |id: &str, answer: &str, paragraph: u32| {
        format!(
            r#"{{"id": "{id}", "type": "place", "answer": "{answer}", "statement": "It was {{answer}}.",
            "distractors": ["New York", "Netherlands", "the Azores"], "paragraphs": [{paragraph}],
            "explanation": "Paragraph {paragraph} says so."}}"#
        )
    };
    let text = format!(
        r#"{{"format": 1, "event": {{"id": "e", "title": "A trip", "date": {{"value": "2024"}},
        "summary": "A trip.", "source": {{"kind": "news", "paragraphs": 3, "text": [
        "Back in the United States, Rowe met the mayor of Lisbon and the head of Harbour Trust.",
        "She then flew on to the Netherlands.",
        "She lives in New York, and Lisbon is her second home."]}}}},
        "facts": [{}, {}, {}, {}]}}"#,
        fact("us", "United States", 1),
        fact("lisbon", "Lisbon", 1),
        r#"{"id": "rowe", "type": "person", "answer": "Rowe", "statement": "{answer} went.", "paragraphs": [1], "explanation": "Paragraph 1."}"#,
        r#"{"id": "trust", "type": "organisation", "answer": "Harbour Trust", "statement": "{answer} met her.", "paragraphs": [1], "explanation": "Paragraph 1."}"#,
    );
    let file: QuestionFile = serde_json::from_str(&text).unwrap();
    let generator = Generator::new([&file]);
    let (mut with_the, mut bare) = (0, 0);
    for seed in 0..40 {
        let rng = &mut GameRng::seed_from_u64(seed);
        if let Some(q) = generator.altered_question(&file.event, &file.facts[0], rng) {
            assert_eq!(
                q.answer, "Netherlands",
                "seed {seed}: {}",
                q.passages[0].text
            );
            with_the += 1;
        }
        if let Some(q) = generator.altered_question(&file.event, &file.facts[1], rng) {
            // Bare, as the source writes it, or with its own "the" in lower case.
            assert!(
                ["New York", "the Azores"].contains(&q.answer.as_str()),
                "seed {seed}: {}",
                q.passages[0].text
            );
            bare += 1;
        }
    }
    assert!(with_the > 0 && bare > 0, "{with_the} {bare}");
    assert!(after_the("in the  United States", 8) && after_the("The Azores", 4));
    assert!(starts_sentence("Back. Lisbon", 6) && !starts_sentence("of Lisbon", 3));
    assert!(!after_the("Lisbon", 0) && !after_the("soothe Lisbon", 7));
}

/// `can_alter` says what `altered_question` does for every bundled fact (some can be altered, some
/// cannot), and the altered question still carries the checker's context of its fact.
#[test]
fn can_alter_is_whether_an_altered_question_is_built_and_that_question_has_its_context() {
    let file = bundled();
    let event = &file.event;
    let generator = Generator::new([&file]);
    let (mut can, mut cannot) = (0, 0);
    for fact in &file.facts {
        let mut rng = GameRng::seed_from_u64(0);
        let built = generator.altered_question(event, fact, &mut rng);
        assert_eq!(
            generator.can_alter(event, fact),
            built.is_some(),
            "{}",
            fact.id
        );
        let Some(q) = built else {
            cannot += 1;
            continue;
        };
        can += 1;
        let Expected::Choice { options, .. } = &q.expected else {
            panic!("{}: options", fact.id);
        };
        let context = Context::of_fact(event, fact);
        assert!(!context.asked.is_empty(), "{}", fact.id);
        assert!(options.iter().all(|o| o.context == context), "{}", fact.id);
    }
    assert!(can > 0 && cannot > 0, "{can} can, {cannot} cannot");
}
