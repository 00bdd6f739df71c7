//! Lining typed words up with an answer's: phrases, names, slips word by word.

use super::super::context::Context;
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
    let form = Words::of(form);
    let family: Vec<String> = family(&form)
        .into_iter()
        .map(|k| form.words[k].clone())
        .collect();
    let rules = Rules {
        context,
        slips: true,
        person,
        place: false,
        calendar: false,
        family: &family,
        own: &own,
        rivals: &rivals,
    };
    fit(&Words::of(typed), &form, &rules)
}

fn context(asked: &str, source: &str) -> Context {
    Context {
        asked: Words::of(asked).with_long_forms(),
        source: Words::of(source).with_long_forms(),
        names: Words::of("Wonsan Osan Seoul").with_long_forms(),
        year: Some(2018),
        ..Context::default()
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
    // A part of a hyphenated name is no answer, nor a short form that looks like one (#11).
    for typed in ["UN", "United Nations", "Un", "Kim Jong", "Jong"] {
        assert_eq!(
            check(typed, "Kim Jong-un", &c, true, &rivals),
            None,
            "{typed}"
        );
    }
    // Relatives are other people; titles stand before the name only.
    for typed in [
        "Kim Jong-un's father",
        "the father of Kim Jong-un",
        "Kim Jong-un Jr",
    ] {
        assert_eq!(
            check(typed, "Kim Jong-un", &c, true, &rivals),
            None,
            "{typed}"
        );
    }
    assert_eq!(
        check(
            "Supreme Leader Kim Jong-un",
            "Kim Jong-un",
            &c,
            true,
            &rivals
        ),
        Some(0)
    );
    assert_eq!(
        check("Kim Jong-un leader", "Kim Jong-un", &c, true, &rivals),
        None
    );
    // Korean names put the family name first.
    let c = context("Who was South Korea's president at the time?", "");
    assert_eq!(
        check("President Moon", "Moon Jae-in", &c, true, &[]),
        Some(0)
    );
    assert_eq!(check("Jae", "Moon Jae-in", &c, true, &[]), None);
    assert_eq!(check("Moon Jae", "Moon Jae-in", &c, true, &[]), None);
    assert_eq!(check("Moon", "Ban Ki-moon", &c, true, &[]), None);
    assert_eq!(check("Mr Ban", "Ban Ki-moon", &c, true, &[]), Some(0));
    assert_eq!(
        check("Newton-John", "Olivia Newton-John", &c, true, &[]),
        Some(0)
    );
    assert_eq!(check("Olivia", "Olivia Newton-John", &c, true, &[]), None);
}

#[test]
fn middle_names_and_initials_inside_a_name() {
    let c = context("Who was the Soviet leader?", "");
    let rivals = ["Leonid Brezhnev", "Joseph Stalin"];
    for typed in [
        "Nikita Sergeyevich Khrushchev",
        "N. Khrushchev",
        "Premier Khrushchev",
        "N S Khrushchev",
    ] {
        assert_eq!(
            check(typed, "Nikita Khrushchev", &c, true, &rivals),
            Some(0),
            "{typed}"
        );
    }
    for typed in [
        "Nikita Joseph Khrushchev",
        "Nikita K.",
        "Khrushchev Sergeyevich",
        "Nikita",
    ] {
        assert_eq!(
            check(typed, "Nikita Khrushchev", &c, true, &rivals),
            None,
            "{typed}"
        );
    }
    assert_eq!(
        check("John Fitzgerald Kennedy", "John F. Kennedy", &c, true, &[]),
        Some(0)
    );
    assert_eq!(
        check("John F. Kennedy Jr", "John F. Kennedy", &c, true, &[]),
        None
    );
    assert_eq!(
        check("Fitzgerald Kennedy", "John F. Kennedy", &c, true, &[]),
        None
    );
}

#[test]
fn short_forms_only_of_whole_words() {
    let c = context("Which country was the rival?", "");
    assert_eq!(check("USSR", "the Soviet Union", &c, false, &[]), Some(0));
    assert_eq!(
        check("the UN", "the United Nations", &c, false, &[]),
        Some(0)
    );
    assert_eq!(
        check("United States Air Force", "US Air Force", &c, false, &[]),
        Some(0)
    );
    assert_eq!(check("South US", "South America", &c, false, &[]), None);
    assert_eq!(
        check("UK Columbia", "British Columbia", &c, false, &[]),
        None
    );
    assert_eq!(check("Saturn 5", "Saturn V", &c, false, &[]), Some(0));
    assert_eq!(check("Fenix II", "Fénix 2", &c, false, &[]), Some(0));
    assert_eq!(
        check("C", "C-17", &c, false, &[]),
        None,
        "a part of a hyphenated word"
    );
}

#[test]
fn slips_are_budgeted_word_by_word() {
    let c = Context::default();
    assert_eq!(check("silver cars", "silver vans", &c, false, &[]), None);
    // Another English word by a slip of the fingers beside the answer's other words (#11).
    assert_eq!(check("sliver vans", "silver vans", &c, false, &[]), Some(1));
    assert_eq!(
        check("whit gloves", "white gloves", &c, false, &[]),
        Some(1)
    );
    assert_eq!(
        check("silver vats", "silver vans", &c, false, &[]),
        None,
        "a letter changed"
    );
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
