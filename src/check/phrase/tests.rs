//! Lining typed words up with an answer's: phrases, names, slips word by word.

use super::*;

fn check(
    typed: &str,
    form: &str,
    context: &Context,
    person: bool,
    rivals: &[&str],
) -> Option<usize> {
    let rivals: Vec<Vec<String>> = rivals.iter().map(|r| tokens(r)).collect();
    let own = tokens(form);
    let rules = Rules {
        context,
        slips: true,
        person,
        own: &own,
        rivals: &rivals,
    };
    fit(&tokens(typed), &own, &rules)
}

fn context(asked: &str, source: &str) -> Context {
    Context {
        asked: tokens(asked),
        source: tokens(source),
        names: tokens("Wonsan Osan Seoul"),
        year: Some(2018),
    }
}

#[test]
fn phrases_around_the_answer() {
    let c = context(
        "At which air base in South Korea did the aircraft land?",
        "",
    );
    assert_eq!(check("Osan", "Osan Air Base", &c, false, &[]), Some(0));
    assert_eq!(
        check("the Osan airbase", "Osan Air Base", &c, false, &[]),
        Some(0)
    );
    assert_eq!(check("air base", "Osan Air Base", &c, false, &[]), None);
    let c = context(
        "From which North Korean city did the aircraft take off?",
        "The aircraft took off from {answer}, in North Korea.",
    );
    assert_eq!(
        check("Wonsan, North Korea", "Wonsan", &c, false, &[]),
        Some(0)
    );
    assert_eq!(
        check("Wonsan to Osan", "Wonsan", &c, false, &[]),
        None,
        "another name"
    );
    assert_eq!(
        check("Wonsan or Pyongyang", "Wonsan", &c, false, &["Pyongyang"]),
        None
    );
    assert_eq!(check("not Wonsan", "Wonsan", &c, false, &[]), None);
}

#[test]
fn names() {
    let c = context("Which president set the goal?", "");
    assert_eq!(
        check("President Kennedy", "John F. Kennedy", &c, true, &[]),
        Some(0)
    );
    assert_eq!(check("Kennedy", "John F. Kennedy", &c, true, &[]), Some(0));
    assert_eq!(check("John", "John F. Kennedy", &c, true, &[]), None);
    let c = context("Who is the North Korean leader?", "");
    let rivals = ["Kim Jong-il", "Kim Il-sung"];
    assert_eq!(check("Mr Kim", "Kim Jong-un", &c, true, &rivals), None);
    assert_eq!(check("Jong-un", "Kim Jong-un", &c, true, &rivals), Some(0));
    assert_eq!(check("Kim Jong-il", "Kim Jong-un", &c, true, &rivals), None);
}

#[test]
fn slips_are_budgeted_word_by_word() {
    let c = Context::default();
    assert_eq!(check("silver cars", "silver vans", &c, false, &[]), None);
    assert_eq!(check("silvre vans", "silver vans", &c, false, &[]), Some(1));
    assert_eq!(
        check("unclear", "nuclear", &c, false, &[]),
        None,
        "another word"
    );
    assert_eq!(
        check("nuclearisation", "denuclearisation", &c, false, &[]),
        None
    );
    assert_eq!(
        check("denuclearising", "denuclearisation", &c, false, &[]),
        Some(0)
    );
    assert_eq!(check("Beoing 747", "Boeing 747", &c, false, &[]), Some(1));
    assert_eq!(check("Boeing 757", "Boeing 747", &c, false, &[]), None);
    assert_eq!(
        check("Xeoul", "Seoul", &c, false, &[]),
        None,
        "the first letter"
    );
    assert_eq!(
        check("Niel Armstrong", "Neil Armstrong", &c, true, &[]),
        Some(1)
    );
    assert_eq!(check("UN flag", "the US flag", &c, false, &[]), None);
}
