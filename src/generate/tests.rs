use std::collections::HashSet;

use rand::SeedableRng;
use rand::rngs::StdRng;

use super::*;
use crate::check::date::Date;
use crate::check::{canonical, date};
use crate::loader::load_bundled;
use crate::model::{AnswerType, Difficulty, QuestionFile};
use crate::normalize::contains_words;

fn bundled() -> Vec<QuestionFile> {
    load_bundled()
        .expect("bundled files load")
        .into_iter()
        .map(|l| l.file)
        .collect()
}

fn fact(id: &str, answer_type: AnswerType, answer: &str, distractors: &[&str]) -> Fact {
    Fact {
        id: id.into(),
        answer_type,
        answer: answer.into(),
        aliases: Vec::new(),
        tolerance: None,
        strict: false,
        unit: None,
        question: None,
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

/// A generator for `facts`, all of the event `e` of `event()`.
fn of_event(facts: &[Fact]) -> Generator<'_> {
    let mut generator = Generator::default();
    generator.add("e", facts);
    generator
}

fn event() -> Event {
    serde_json::from_str(
        r#"{"id": "e", "title": "E", "date": {"value": "2018-07-27"}, "summary": "s",
            "source": {"kind": "article", "paragraphs": 3}}"#,
    )
    .unwrap()
}

/// Every question every bundled fact can give, over a range of seeds.
fn all_bundled_questions() -> Vec<(Fact, Question)> {
    let files = bundled();
    let generator = Generator::new(&files);
    let mut out = Vec::new();
    for file in &files {
        for fact in &file.facts {
            for kind in generator.kinds(&file.event.id, fact) {
                for seed in 0..12 {
                    let mut rng = StdRng::seed_from_u64(seed);
                    let truth = seed % 2 == 0;
                    let q = generator
                        .fact_question(&file.event, fact, kind, truth, &mut rng)
                        .expect("a kind the generator offers yields a question");
                    out.push((fact.clone(), q));
                }
            }
        }
    }
    out
}

#[test]
fn the_answer_never_appears_in_its_own_prompt() {
    for (fact, q) in all_bundled_questions() {
        let leaks_value = q.kind != Kind::Truefalse || q.expected == Expected::TrueFalse(false);
        if !leaks_value {
            continue;
        }
        for form in fact.forms() {
            assert!(
                !contains_words(&q.prompt, form),
                "{} ({}) gives away {form:?}: {:?}",
                fact.id,
                q.kind,
                q.prompt
            );
        }
    }
}

#[test]
fn options_are_distinct_from_the_answer_and_each_other() {
    for (fact, q) in all_bundled_questions() {
        let Expected::Choice { correct, .. } = &q.expected else {
            continue;
        };
        assert_eq!(q.options.len(), OPTIONS, "{}", fact.id);
        let unit = fact.unit.as_deref();
        let keys: HashSet<String> = q
            .options
            .iter()
            .map(|o| canonical(fact.answer_type, o, unit))
            .collect();
        assert_eq!(
            keys.len(),
            OPTIONS,
            "{}: options collide after normalisation: {:?}",
            fact.id,
            q.options
        );
        let answers: HashSet<String> = fact
            .forms()
            .map(|a| canonical(fact.answer_type, a, unit))
            .collect();
        for (i, option) in q.options.iter().enumerate() {
            let is_answer = answers.contains(&canonical(fact.answer_type, option, unit));
            assert_eq!(is_answer, i == *correct, "{}: option {option:?}", fact.id);
        }
    }
}

#[test]
fn numbers_and_years_are_in_ascending_order() {
    let mut seen = 0;
    for (fact, q) in all_bundled_questions() {
        if q.kind == Kind::Choice && fact.answer_type.is_numeric() {
            let values: Vec<(f64, f64)> = q.options.iter().map(|o| numeric(o)).collect();
            assert!(values.iter().all(|v| v.0 < f64::MAX), "{:?}", q.options);
            assert!(
                values.windows(2).all(|w| w[0] < w[1]),
                "{}: {:?}",
                fact.id,
                q.options
            );
            seen += 1;
        }
    }
    assert!(seen > 0);
}

#[test]
fn the_right_answers_position_varies() {
    let positions: HashSet<usize> = all_bundled_questions()
        .into_iter()
        .filter_map(|(_, q)| match q.expected {
            Expected::Choice { correct, .. } => Some(correct),
            _ => None,
        })
        .collect();
    assert_eq!(
        positions.len(),
        OPTIONS,
        "the right answer sits in only {positions:?}"
    );
}

#[test]
fn every_bundled_fact_yields_at_least_two_kinds() {
    let files = bundled();
    let generator = Generator::new(&files);
    for file in &files {
        for fact in &file.facts {
            let kinds = generator.kinds(&file.event.id, fact);
            assert!(kinds.len() >= 2, "{} yields only {kinds:?}", fact.id);
        }
    }
}

#[test]
fn distractors_come_from_the_same_type_before_perturbation() {
    let facts = [
        fact("city", AnswerType::Place, "Wonsan", &["Kaesong"]),
        fact("base", AnswerType::Place, "Osan", &[]),
        fact("capital", AnswerType::Place, "Seoul", &[]),
        fact("person", AnswerType::Person, "Kim", &[]),
        fact("count", AnswerType::Number, "55", &[]),
    ];
    let generator = of_event(&facts);
    let mut rng = StdRng::seed_from_u64(1);
    let q = generator
        .fact_question(&event(), &facts[0], Kind::Choice, true, &mut rng)
        .unwrap();
    let mut options = q.options.clone();
    options.sort();
    assert_eq!(options, ["Kaesong", "Osan", "Seoul", "Wonsan"]);
    // A person has no other people to borrow from and no perturbations: no choice question.
    assert_eq!(generator.kinds("e", &facts[3]), vec![Kind::Short]);
    assert!(
        generator
            .fact_question(&event(), &facts[3], Kind::Choice, true, &mut rng)
            .is_none()
    );
}

#[test]
fn numbers_days_and_dates_fall_back_to_plausible_perturbations() {
    let facts = [
        fact("n", AnswerType::Number, "7,700", &[]),
        fact("o", AnswerType::Number, "65th", &[]),
        fact("y", AnswerType::Year, "1953", &[]),
        fact("d", AnswerType::Day, "Friday", &[]),
        fact("t", AnswerType::Date, "2018-07-27", &[]),
    ];
    for f in &facts {
        let generator = of_event(std::slice::from_ref(f));
        let mut rng = StdRng::seed_from_u64(3);
        let q = generator
            .fact_question(&event(), f, Kind::Choice, true, &mut rng)
            .unwrap();
        for option in &q.options {
            let well_formed = match f.answer_type {
                AnswerType::Number if f.answer.ends_with("th") => {
                    option.ends_with(['h', 't', 'd'])
                        && number::read(option, None).is_some_and(|r| r.ordinal)
                }
                AnswerType::Number => option.contains(',') && number::read(option, None).is_some(),
                AnswerType::Year => option.len() == 4 && option.parse::<u32>().is_ok(),
                AnswerType::Day => date::weekday_index(option).is_some(),
                _ => Date::read(option).is_some(),
            };
            assert!(
                well_formed,
                "{}: option {option:?} in {:?}",
                f.id, q.options
            );
        }
    }
}

#[test]
fn truefalse_puts_a_distractor_in_the_slot_when_false() {
    let facts = [fact("c", AnswerType::Place, "Wonsan", &["Kaesong"])];
    let generator = of_event(&facts);
    let mut rng = StdRng::seed_from_u64(0);
    let yes = generator
        .fact_question(&event(), &facts[0], Kind::Truefalse, true, &mut rng)
        .unwrap();
    let no = generator
        .fact_question(&event(), &facts[0], Kind::Truefalse, false, &mut rng)
        .unwrap();
    assert_eq!(
        (yes.prompt.as_str(), yes.answer.as_str()),
        ("It was Wonsan.", "true")
    );
    assert_eq!(
        (no.prompt.as_str(), no.answer.as_str()),
        ("It was Kaesong.", "false")
    );
    assert!(no.solution.contains("Wonsan"), "{}", no.solution);
}

#[test]
fn dates_are_shown_written_out_and_accepted_either_way() {
    let facts = [fact("t", AnswerType::Date, "2018-07-27", &[])];
    let generator = of_event(&facts);
    let q = generator
        .fact_question(
            &event(),
            &facts[0],
            Kind::Short,
            true,
            &mut StdRng::seed_from_u64(0),
        )
        .unwrap();
    assert_eq!(q.answer, "27 July 2018");
    let Expected::Typed(accepted) = &q.expected else {
        panic!()
    };
    assert!(accepted.matches("2018-07-27") && accepted.matches("July 27, 2018"));
    assert_eq!(q.prompt, "It was _____.");
}

#[test]
fn typed_answers_carry_the_rivals_and_the_facts_strictness() {
    let mut city = fact(
        "city",
        AnswerType::Place,
        "Pyeongtaek",
        &["Busan", "Incheon", "Daegu"],
    );
    let other = fact("other", AnswerType::Place, "Pyongyang", &["Hanoi"]);
    let facts = [city.clone(), other.clone()];
    let generator = of_event(&facts);
    let typed = |fact: &Fact| {
        let q = generator
            .fact_question(
                &event(),
                fact,
                Kind::Short,
                true,
                &mut StdRng::seed_from_u64(1),
            )
            .unwrap();
        match q.expected {
            Expected::Typed(accepted) => accepted,
            other => panic!("{other:?}"),
        }
    };
    let accepted = typed(&city);
    assert_eq!(accepted.rivals, ["Busan", "Incheon", "Daegu"]);
    // With too few distractors of its own, the rivals are what its choice question would borrow.
    let few = fact("few", AnswerType::Place, "Pyeongtaek", &["Busan"]);
    let facts = [few.clone(), other.clone()];
    let generator = of_event(&facts);
    let q = generator
        .fact_question(
            &event(),
            &few,
            Kind::Short,
            true,
            &mut StdRng::seed_from_u64(1),
        )
        .unwrap();
    let Expected::Typed(borrowing) = q.expected else {
        panic!()
    };
    assert_eq!(borrowing.rivals.to_vec()[..2], ["Busan", "Pyongyang"]);
    assert!(accepted.matches("Pyeongteak"));
    city.strict = true;
    assert!(typed(&city).strict && !typed(&city).matches("Pyeongteak"));
    assert!(typed(&city).matches("PYEONGTAEK"));
}

#[test]
fn choice_options_are_each_others_rivals() {
    let city = fact(
        "city",
        AnswerType::Place,
        "Pyeongtaek",
        &["Busan", "Incheon", "Daegu"],
    );
    let generator = of_event(std::slice::from_ref(&city));
    let q = generator
        .fact_question(
            &event(),
            &city,
            Kind::Choice,
            true,
            &mut StdRng::seed_from_u64(1),
        )
        .unwrap();
    let Expected::Choice { options, .. } = &q.expected else {
        panic!()
    };
    for (i, accepted) in options.iter().enumerate() {
        let mut others: Vec<&String> = q.options.iter().collect();
        others.remove(i);
        assert_eq!(accepted.rivals.iter().collect::<Vec<_>>(), others);
    }
}

#[test]
fn a_count_of_times_in_words_or_an_amount_with_its_sign_says_its_unit_once() {
    let mut double = fact("m", AnswerType::Number, "double", &["triple", "quadruple"]);
    double.unit = Some("times".into());
    double.statement = "Rain fell at more than {answer} the June average.".into();
    let mut three = double.clone();
    three.answer = "three times".into();
    three.distractors = vec!["four times".into(), "five times".into()];
    three.statement = "Prices rose {answer} in a year.".into();
    let mut pesos = fact("p", AnswerType::Number, "P45", &["P50", "P40"]);
    pesos.unit = Some("pesos".into());
    pesos.statement = "Rice sold for {answer} a kilo.".into();
    let mut dollars = pesos.clone();
    dollars.answer = "412 million".into();
    dollars.distractors = vec!["400 million".into(), "420 million".into()];
    dollars.unit = Some("dollars".into());
    dollars.statement = "Profit rose to ${answer}.".into();
    // "1 dollar", not "1 dollars" (seen in play, twenty-eighth session).
    let mut one = fact("o", AnswerType::Number, "1", &["4", "7"]);
    one.unit = Some("dollars".into());
    one.statement = "Every ${answer} spent saved $7.".into();
    let mut km = fact("k", AnswerType::Number, "1", &["4", "7"]);
    km.unit = Some("km".into());
    km.statement = "A {answer}km scheme.".into();
    let mut bus = fact("b", AnswerType::Number, "1", &["4", "7"]);
    bus.unit = Some("bus".into());
    bus.statement = "Only {answer} bus ran.".into();
    let mut matches = fact("c", AnswerType::Number, "1", &["4", "7"]);
    matches.unit = Some("matches".into());
    matches.statement = "He missed {answer} match.".into();
    let facts = [double, three, pesos, dollars, one, km, bus, matches];
    let generator = of_event(&facts);
    let mut rng = StdRng::seed_from_u64(0);
    let wants = [
        "more than double",
        "three times",
        "P45",
        "412 million dollars",
        "1 dollar",
        "1 km",
        "1 bus",
        "1 matches",
    ];
    for (f, want) in facts.iter().zip(wants) {
        let line = generator
            .fact_question(&event(), f, Kind::Short, false, &mut rng)
            .unwrap()
            .solution;
        assert_eq!(line, want, "{}", f.id);
    }
}

#[test]
fn the_answer_line_keeps_the_hedge_its_statement_puts_before_a_number() {
    let mut about = fact("m", AnswerType::Number, "7,700", &["6,700", "9,700"]);
    about.unit = Some("soldiers".into());
    about.statement = "About {answer} soldiers are missing.".into();
    let mut more = about.clone();
    more.statement = "It lists more than {answer} soldiers.".into();
    let mut spread = about.clone();
    spread.statement = "They were spread over {answer} soldiers.".into();
    let mut plain = about.clone();
    plain.statement = "It lists {answer} soldiers.".into();
    let facts = [about, more, spread, plain];
    let generator = of_event(&facts);
    let mut rng = StdRng::seed_from_u64(0);
    let lines: Vec<String> = facts
        .iter()
        .flat_map(|f| {
            [Kind::Short, Kind::Choice, Kind::Truefalse].map(|kind| {
                generator
                    .fact_question(&event(), f, kind, false, &mut rng)
                    .unwrap()
                    .solution
            })
        })
        .collect();
    for (i, want) in [
        "about 7,700 soldiers",
        "more than 7,700 soldiers",
        "7,700 soldiers",
        "7,700 soldiers",
    ]
    .iter()
    .enumerate()
    {
        for line in &lines[i * 3..i * 3 + 3] {
            assert!(
                line.contains(want) && (i < 2 || !line.contains("over 7,700")),
                "fact {i}: {line:?} should say {want:?}"
            );
        }
    }
    // The bundled hedged facts say "about" in every answer line.
    for (f, q) in all_bundled_questions() {
        if f.id == "missing-total" || f.id == "missing-in-north" {
            assert!(q.solution.contains("about "), "{}: {:?}", f.id, q.solution);
        }
    }
}
