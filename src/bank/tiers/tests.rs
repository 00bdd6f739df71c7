//! The walk with the first answers of an event keyed once (`Bank::lead`) gives what keying every
//! answer for every fact gives.

use super::*;
use crate::bank::LEAD;
use crate::check::canonical;
use crate::model::AnswerType;

fn fact(id: &str, kind: &str, answer: &str, unit: Option<&str>, distractors: &[&str]) -> Fact {
    serde_json::from_value(serde_json::json!({
        "id": id, "type": kind, "answer": answer, "unit": unit, "distractors": distractors,
        "statement": "It was {answer}.", "paragraphs": [1], "explanation": "Because."
    }))
    .unwrap()
}

/// `distractor_pool`, every candidate keyed as it is read and kept by a plain set of keys, not
/// by `Keeper` (a second reader: a reference built on `Keeper` would pass with its bugs): the
/// walk as it was before the first answers of an event were keyed once.
fn keyed_one_by_one(bank: &Bank, event: &str, fact: &Fact) -> (Vec<String>, bool) {
    let unit = fact.unit.as_deref();
    let mut seen: std::collections::HashSet<String> = fact
        .forms()
        .map(|s| canonical(fact.answer_type, s, unit))
        .collect();
    let mut keep = |text: &str| {
        let key = canonical(fact.answer_type, text, unit);
        !key.is_empty() && !fact.within_tolerance(text) && seen.insert(key)
    };
    let mut pool: Vec<String> = fact
        .distractors
        .iter()
        .map(|d| fact.answer_type.display(d))
        .filter(|d| keep(d))
        .collect();
    let mut borrowed = false;
    if pool.len() < OPTIONS - 1 {
        for other in bank.others(event, fact) {
            let text = fact.answer_type.display(&other.answer);
            if other.id != fact.id && keep(&text) {
                pool.push(text);
                borrowed = true;
            }
        }
        if pool.len() < OPTIONS - 1 {
            pool.extend(perturbations(fact).into_iter().filter(|d| keep(d)));
        }
    }
    (pool, borrowed)
}

/// Whatever a fact and the first answers of its event are (keys several answers share, an
/// answer with no key, the fact itself among the first, a tolerance that takes some in, dates
/// shown otherwise than written, a unit written otherwise than the first fact's, more repeats
/// than are keyed once), the pool, what is borrowed and each candidate's key are those worked
/// out one by one.
#[test]
fn the_answers_keyed_once_give_the_pool_keyed_one_by_one() {
    let mut facts: Vec<Fact> = Vec::new();
    for i in 0..20 {
        facts.push(fact(&format!("same{i}"), "place", "Same Town", None, &[]));
    }
    for i in 0..30 {
        let answer = format!("Town {}", i % 7);
        facts.push(fact(&format!("t{i}"), "place", &answer, None, &[]));
    }
    facts.push(fact("blank", "place", "...", None, &[]));
    facts.push(fact("t3", "place", "Elsewhere", None, &["town 2"]));
    facts.push(fact("own", "place", "Home", None, &["Town 1", "Far"]));
    for (i, answer) in ["1,000", "1,005", "1000", "2,000", "1,010", "3,000"]
        .iter()
        .enumerate()
    {
        facts.push(fact(&format!("n{i}"), "number", answer, Some("km"), &[]));
    }
    facts.push(fact("wide", "number", "1,002", Some(" KM"), &[]));
    facts.push(fact("bare", "number", "1,001", None, &[]));
    for (i, answer) in ["1991 km", "1992", "1991", "1993 km", "1994"]
        .iter()
        .enumerate()
    {
        facts.push(fact(&format!("y{i}"), "year", answer, None, &[]));
    }
    facts.push(fact("ykm", "year", "1991", Some("km"), &[]));
    for (i, answer) in ["2018-07-27", "27 July 2018", "2018-07-28", "July 29, 2018"]
        .iter()
        .enumerate()
    {
        facts.push(fact(&format!("d{i}"), "date", answer, None, &[]));
    }
    let tolerance = serde_json::json!({"absolute": 6});
    let mut near: Fact = fact("near", "number", "1,003", Some("km"), &[]);
    near.tolerance = serde_json::from_value(tolerance).ok();
    facts.push(near);
    // Another event, whose first answers have several keys (one empty, one repeated): a plain
    // fact is given them at once, unless it is among them.
    let mut plain: Vec<Fact> = Vec::new();
    for (i, answer) in [
        "Alpha", "...", "alpha", "Beta", "Gamma", "Delta", "Eps", "Zeta",
    ]
    .iter()
    .enumerate()
    {
        plain.push(fact(&format!("p{i}"), "thing", answer, None, &[]));
    }
    for (i, answer) in ["Beta", "alpha", "Gamma", "Omega", "...", "Zeta"]
        .iter()
        .enumerate()
    {
        plain.push(fact(&format!("q{i}"), "thing", answer, None, &[]));
    }
    plain.push(fact("p3", "thing", "Theta", None, &[]));
    plain.push(fact("p0", "thing", "Iota", None, &[]));
    plain.push(fact("p5", "thing", "Kappa", None, &[]));
    plain.push(fact("own", "thing", "Lambda", None, &["Beta"]));
    // A fact that has seen more keys than the short list holds (its answer and eight aliases),
    // whose event's answers repeat an alias (a second reader's case).
    let mut many = fact("many", "thing", "Alpha", None, &[]);
    many.aliases = ["Mu", "Nu", "Xi", "Pi", "Rho", "Tau", "Phi", "Beta"]
        .iter()
        .map(|a| a.to_string())
        .collect();
    plain.push(many);
    let mut bank = Bank::default();
    bank.add("e", &facts);
    bank.add("f", &plain);
    let events = (facts.iter().map(|f| ("e", f))).chain(plain.iter().map(|f| ("f", f)));
    let mut walked_past_lead = false;
    let mut at_once = 0;
    for (event, fact) in events {
        let (pool, borrowed) = keyed_one_by_one(&bank, event, fact);
        assert_eq!(bank.distractor_pool(event, fact), pool, "{}", fact.id);
        let forms: Vec<String> = (fact.forms())
            .map(|s| canonical(fact.answer_type, s, fact.unit.as_deref()))
            .collect();
        let keyed: Vec<Candidate> = bank
            .distractor_pool_keyed(event, fact, forms.iter().map(String::as_str))
            .collect();
        for n in 0..OPTIONS + 2 {
            let first = bank.first_of_pool_keyed(event, fact, forms.iter().map(String::as_str), n);
            let texts: Vec<&str> = first.iter().map(|c| c.text.as_ref()).collect();
            assert_eq!(texts, pool[..n.min(pool.len())], "{} {n}", fact.id);
            let borrowed: Vec<bool> = first.iter().map(|c| c.borrowed).collect();
            let walked: Vec<bool> = keyed.iter().take(n).map(|c| c.borrowed).collect();
            assert_eq!(borrowed, walked, "{} {n}", fact.id);
        }
        at_once += usize::from(
            fact.aliases.is_empty()
                && fact.distractors.is_empty()
                && fact.tolerance.is_none()
                && bank
                    .plain_firsts(event, fact, &forms[0], OPTIONS - 1)
                    .is_some(),
        );
        let texts: Vec<&str> = keyed.iter().map(|c| c.text.as_ref()).collect();
        assert_eq!(texts, pool, "{}", fact.id);
        for c in &keyed {
            if let Some(key) = c.key {
                let unit = fact.unit.as_deref();
                assert_eq!(
                    key,
                    canonical(fact.answer_type, &c.text, unit),
                    "{}",
                    fact.id
                );
            }
        }
        assert_eq!(keyed.iter().any(|c| c.borrowed), borrowed, "{}", fact.id);
        let first_three = keyed.iter().take(OPTIONS - 1).any(|c| c.borrowed);
        let some_borrowed = bank.borrowed_iter(event, fact).next().is_some();
        assert_eq!(first_three, some_borrowed, "{}", fact.id);
        let others = bank.others(event, fact);
        walked_past_lead |= fact.answer_type == AnswerType::Place
            && (others.iter().filter(|o| o.id != fact.id))
                .position(|o| o.answer != "Same Town")
                .is_some_and(|at| at >= LEAD);
    }
    assert!(walked_past_lead);
    assert!(at_once >= 8, "{at_once}");
}
