use super::*;
use crate::model::{Difficulty, Verdict};
use crate::question::{Expected, Kind};

/// A question of event `e` citing `paragraphs`; with no `forms` it stands for a claim.
fn question(
    id: &str,
    prompt: &str,
    forms: &[&str],
    explanation: &str,
    paragraphs: &[u32],
) -> Question {
    Question {
        id: id.into(),
        event_id: "e".into(),
        kind: if forms.is_empty() {
            Kind::Verdict
        } else {
            Kind::Short
        },
        prompt: prompt.into(),
        options: Vec::new(),
        expected: Expected::TrueFalse(true),
        answer: forms.first().map_or("supported", |f| f).into(),
        solution: forms.first().map_or("supported", |f| f).into(),
        answer_type: None,
        difficulty: Difficulty::Medium,
        explanation: explanation.into(),
        paragraphs: paragraphs.to_vec(),
        inferred: false,
        answer_forms: forms.iter().map(|f| f.to_string()).collect(),
        passages: Vec::new(),
        cited_text: Vec::new(),
        follow_up: None,
    }
}

fn ids(questions: &[Question]) -> Vec<&str> {
    questions.iter().map(|q| q.id.as_str()).collect()
}

#[test]
fn a_question_comes_before_the_texts_that_give_it_away() {
    let drawn = vec![
        question(
            "flight",
            "How long was the flight from Wonsan?",
            &["two hours"],
            "Two hours.",
            &[1],
        ),
        question(
            "where",
            "From which city did the plane leave?",
            &["Wonsan"],
            "¶5.",
            &[5],
        ),
        question(
            "colour",
            "What colour were the vans?",
            &["silver"],
            "Silver vans.",
            &[6],
        ),
    ];
    let (kept, dropped) = arrange("An event", drawn);
    assert_eq!(ids(&kept), ["where", "flight", "colour"]);
    assert!(dropped.is_empty());
}

#[test]
fn forms_match_as_whole_words_after_normalisation() {
    let drawn = vec![
        question("a", "Was it the U.S. Air-Force?", &["yes"], "Yes.", &[1]),
        question(
            "b",
            "Which branch?",
            &["US Air Force"],
            "Its Air Force.",
            &[2],
        ),
        question("c", "Which city?", &["Osan"], "Osan.", &[3]),
        question("d", "Which base?", &["Osa"], "Osan is a base.", &[4]),
    ];
    let (kept, _) = arrange("t", drawn);
    // b before a (a says "U.S. Air-Force"); "Osa" is not a whole word of "Osan", so c and d
    // keep their drawn order.
    assert_eq!(ids(&kept), ["b", "a", "c", "d"]);
}

#[test]
fn the_header_and_questions_that_give_each_other_away_leave_one_out() {
    let drawn = vec![
        question("year", "Which year?", &["2018"], "It was 2018.", &[1]),
        question(
            "x",
            "Who flew?",
            &["Air Force"],
            "The Navy did not; the Army did not.",
            &[1],
        ),
        question(
            "y",
            "Which service lent the Army its plane?",
            &["Navy"],
            "The Air Force.",
            &[1],
        ),
        question(
            "z",
            "Anything?",
            &["thing"],
            "Nothing about the Navy.",
            &[1],
        ),
    ];
    let (kept, dropped) = arrange("Something (2018)", drawn);
    assert_eq!(ids(&dropped), ["year", "y"]);
    assert_eq!(ids(&kept), ["x", "z"]);
}

#[test]
fn a_claim_goes_before_the_questions_that_cite_its_paragraphs() {
    let drawn = vec![
        question(
            "where",
            "From which city did the plane leave?",
            &["Wonsan"],
            "¶5.",
            &[5],
        ),
        question("count", "How many cases?", &["55"], "¶2.", &[2]),
        question(
            "claim",
            "The plane left from the capital.",
            &[],
            "¶5 names another city.",
            &[5],
        ),
        question("other", "Which flag?", &["blue"], "¶7.", &[7]),
    ];
    let (kept, dropped) = arrange("An event", drawn);
    assert_eq!(ids(&kept), ["count", "claim", "where", "other"]);
    assert!(dropped.is_empty());
}

#[test]
fn a_claim_and_the_answer_its_evidence_names_are_not_asked_together() {
    let drawn = vec![
        question(
            "where",
            "From which city did the plane leave?",
            &["Wonsan"],
            "¶5.",
            &[5],
        ),
        question(
            "claim",
            "The plane left from Pyongyang.",
            &[],
            "It left from Wonsan.",
            &[9],
        ),
        question("named", "The plane left from Wonsan.", &[], "It did.", &[9]),
        question(
            "said",
            "What did the pilot say?",
            &["hello"],
            "Hello, Wonsan.",
            &[8],
        ),
        question("other", "What else?", &["vans"], "Silver vans.", &[6]),
    ];
    let (kept, dropped) = arrange("An event", drawn);
    // "claim" is refuted by Wonsan, the answer to "where": one of the two goes (the later).
    // "named" says Wonsan in its own claim, so it only has to come after "where"; "said" too.
    assert_eq!(ids(&kept), ["where", "named", "said", "other"]);
    assert_eq!(ids(&dropped), ["claim"]);
    // Without "where", the claim stays, and nothing before it says Wonsan.
    let drawn = vec![
        question(
            "said",
            "What did the pilot say?",
            &["hello"],
            "Hello, Wonsan.",
            &[8],
        ),
        question(
            "claim",
            "The plane left from Pyongyang.",
            &[],
            "It left from Wonsan.",
            &[9],
        ),
    ];
    let (kept, _) = arrange("An event", drawn);
    assert_eq!(ids(&kept), ["said", "claim"]);
}

#[test]
fn claims_with_no_answer_forms_are_never_left_out() {
    let drawn = vec![
        question("c1", "A claim about Wonsan.", &[], "Wonsan.", &[1]),
        question("c2", "Another claim about Wonsan.", &[], "Wonsan.", &[1]),
    ];
    let (kept, dropped) = arrange("Wonsan", drawn);
    assert_eq!(ids(&kept), ["c1", "c2"]);
    assert!(dropped.is_empty());
}

/// A claim of event `e` with `verdict`, citing `paragraphs`.
fn claim(id: &str, verdict: Verdict, paragraphs: &[u32]) -> Question {
    Question {
        expected: Expected::Verdict(verdict),
        ..question(id, &format!("Claim {id}."), &[], "Evidence.", paragraphs)
    }
}

#[test]
fn a_claim_goes_before_a_supported_claim_that_cites_its_paragraphs() {
    // A supported claim's words are the source's once it is answered ("soldiers handled the cases
    // one at a time" decides "the remains came in a single coffin"), so claims citing one of its
    // paragraphs go first; the others keep their drawn order.
    let drawn = vec![
        claim("one-by-one", Verdict::Supported, &[6]),
        claim("other", Verdict::Supported, &[9]),
        claim("coffin", Verdict::Refuted, &[2, 6]),
        claim("attended", Verdict::NotStated, &[2, 5]),
    ];
    let (kept, dropped) = arrange("An event", drawn);
    assert_eq!(ids(&kept), ["other", "coffin", "one-by-one", "attended"]);
    assert!(dropped.is_empty());
    // Two supported claims on one paragraph, and two that are not supported, keep their order:
    // each pair would otherwise have to go both ways.
    let drawn = vec![
        claim("s2", Verdict::Supported, &[6]),
        claim("s1", Verdict::Supported, &[6]),
        claim("n2", Verdict::NotStated, &[9]),
        claim("r1", Verdict::Refuted, &[9]),
    ];
    let (kept, dropped) = arrange("An event", drawn);
    assert_eq!(ids(&kept), ["s2", "s1", "n2", "r1"]);
    assert!(dropped.is_empty());
}
