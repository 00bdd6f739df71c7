//! The generator's side of "Writing facts that are fair": a fact that is not exclusive is never a
//! true/false statement, a worked-out fact says so in every prompt, distractors are borrowed only
//! from the same event (and unit), and a set of options does not single the answer out by form.

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::*;
use crate::model::{AnswerType, Difficulty};

fn fact(id: &str, answer_type: AnswerType, answer: &str, distractors: &[&str]) -> Fact {
    Fact {
        id: id.into(),
        answer_type,
        answer: answer.into(),
        aliases: Vec::new(),
        tolerance: None,
        strict: false,
        unit: None,
        question: Some("Which one?".into()),
        statement: "It was {answer}.".into(),
        distractors: distractors.iter().map(|s| s.to_string()).collect(),
        kinds: None,
        difficulty: Difficulty::Medium,
        tags: Vec::new(),
        paragraphs: vec![1],
        explanation: "Because.".into(),
        inferred: false,
        exclusive: true,
    }
}

fn event(id: &str) -> Event {
    serde_json::from_value(serde_json::json!({
        "id": id, "title": "E", "date": {"value": "2018-07-27"}, "summary": "s",
        "source": {"kind": "article", "paragraphs": 3}
    }))
    .unwrap()
}

#[test]
fn a_fact_that_is_not_exclusive_is_never_a_true_or_false_statement() {
    let mut gloves = fact(
        "gloves",
        AnswerType::Thing,
        "white gloves",
        &["black armbands", "blue berets", "red sashes"],
    );
    gloves.exclusive = false;
    let mut generator = Generator::default();
    generator.add("e", std::slice::from_ref(&gloves));
    assert_eq!(
        generator.kinds("e", &gloves),
        [Kind::Short, Kind::Choice],
        "no truefalse"
    );
    for seed in 0..20 {
        let rng = &mut StdRng::seed_from_u64(seed);
        for truth in [true, false] {
            assert_eq!(
                generator.fact_question(&event("e"), &gloves, Kind::Truefalse, truth, rng),
                None
            );
        }
    }
    let exclusive = Fact {
        exclusive: true,
        ..gloves.clone()
    };
    assert!(generator.kinds("e", &exclusive).contains(&Kind::Truefalse));
}

#[test]
fn a_worked_out_fact_says_so_in_every_prompt() {
    let mut days = fact("days", AnswerType::Number, "4", &["3", "5", "6"]);
    days.inferred = true;
    let plain = fact("plain", AnswerType::Number, "8", &["5", "6", "11"]);
    let mut generator = Generator::default();
    let facts = [days.clone(), plain.clone()];
    generator.add("e", &facts);
    for kind in [Kind::Short, Kind::Choice, Kind::Truefalse] {
        for truth in [true, false] {
            let rng = &mut StdRng::seed_from_u64(1);
            let q = generator
                .fact_question(&event("e"), &days, kind, truth, rng)
                .unwrap();
            assert!(q.prompt.ends_with(WORKED_OUT), "{kind}: {}", q.prompt);
            let q = generator
                .fact_question(&event("e"), &plain, kind, truth, rng)
                .unwrap();
            assert!(!q.prompt.contains(WORKED_OUT), "{kind}: {}", q.prompt);
        }
    }
}

#[test]
fn distractors_are_borrowed_only_from_the_same_event() {
    let korea = [
        fact("leader", AnswerType::Person, "Kim Jong-un", &[]),
        fact("president", AnswerType::Person, "Donald Trump", &[]),
    ];
    let apollo = [
        fact("commander", AnswerType::Person, "Neil Armstrong", &[]),
        fact("pilot", AnswerType::Person, "Buzz Aldrin", &[]),
        fact("orbit", AnswerType::Person, "Michael Collins", &[]),
    ];
    let mut generator = Generator::default();
    generator.add("korea", &korea);
    generator.add("apollo", &apollo);
    assert_eq!(
        generator.bank().distractor_pool("apollo", &apollo[2]),
        ["Neil Armstrong", "Buzz Aldrin"]
    );
    assert_eq!(
        generator.bank().distractor_pool("korea", &korea[0]),
        ["Donald Trump"]
    );
    assert_eq!(
        generator.bank().borrowed("korea", &korea[0]),
        ["Donald Trump"]
    );
    for seed in 0..30 {
        let rng = &mut StdRng::seed_from_u64(seed);
        let q = generator
            .fact_question(&event("apollo"), &apollo[2], Kind::Truefalse, false, rng)
            .unwrap();
        assert!(
            q.prompt == "It was Neil Armstrong." || q.prompt == "It was Buzz Aldrin.",
            "{}",
            q.prompt
        );
    }
}

#[test]
fn numbers_are_borrowed_only_from_the_same_unit() {
    let unit = |mut f: Fact, unit: &str| {
        f.unit = Some(unit.into());
        f
    };
    let facts = [
        unit(fact("cases", AnswerType::Number, "55", &[]), "cases"),
        unit(fact("boxes", AnswerType::Number, "60", &[]), "Cases"),
        unit(
            fact("missing", AnswerType::Number, "7,700", &[]),
            "soldiers",
        ),
        fact("bare", AnswerType::Number, "650", &[]),
    ];
    let mut generator = Generator::default();
    generator.add("e", &facts);
    let pool = generator.bank().distractor_pool("e", &facts[0]);
    assert_eq!(
        pool[0], "60",
        "the same unit, in any case, is borrowed first"
    );
    assert!(
        !pool.contains(&"7,700".to_owned()) && !pool.contains(&"650".to_owned()),
        "{pool:?}"
    );
    assert_eq!(
        generator.bank().borrowed("e", &facts[3]),
        Vec::<String>::new()
    );
}

#[test]
fn options_avoid_singling_the_answer_out_by_form_when_they_can() {
    let anniversary = fact(
        "anniversary",
        AnswerType::Number,
        "65th",
        &["50th", "60th", "70th", "64th"],
    );
    let generator = {
        let mut g = Generator::default();
        g.add("e", std::slice::from_ref(&anniversary));
        g
    };
    for seed in 0..50 {
        let rng = &mut StdRng::seed_from_u64(seed);
        let q = generator
            .fact_question(&event("e"), &anniversary, Kind::Choice, true, rng)
            .unwrap();
        assert!(
            q.options.contains(&"64th".to_owned()),
            "seed {seed}: the only set without 64th has 65th as the only number that is not round: {:?}",
            q.options
        );
    }
}
