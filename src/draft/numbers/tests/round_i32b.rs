//! Round i32b (#15), from practice articles in the styles of a shipping report, a science prize
//! announcement and a bankruptcy report (our own sentences): metres a noun of size measures, a
//! part hyphened to "one", parts of four to nine, "one" standing for a thing named before.

use super::*;

#[test]
fn metres_after_a_noun_of_size_are_metres() {
    for text in [
        "Salvors cut her forward draught from 14.8m to 13.9m.",
        "Ships with a draught of up to 13.1m may sail on the tide.",
    ] {
        let all = found(text);
        assert!(
            all.iter()
                .any(|f| f.1 == Class::Number && f.2.as_deref() == Some("m")),
            "{text}: {all:?}"
        );
    }
    // Millions of something stay so, though a noun of size is near (the second reader).
    for text in [
        "At the height of the pandemic, 3.4m people were furloughed.",
        "The depth of the cuts means 1.5m households will pay more.",
    ] {
        assert!(!any_in_metres(text), "{text}: {:?}", found(text));
    }
    // Money and a count in millions stay so.
    let text = "The firm raised £14.8m in May, a height of ambition.";
    assert!(
        found(text).iter().any(|f| f.1 == Class::Money),
        "{:?}",
        found(text)
    );
}

#[test]
fn a_part_hyphened_to_one_and_parts_up_to_nine_are_fractions() {
    let text = "The two chemists will each receive one-quarter, or three million kronor.";
    let all = answers(text);
    assert!(
        all.contains(&("one-quarter".to_owned(), Class::Fraction)),
        "{all:?}"
    );
    let text = "Four-fifths of voters agreed with the plan.";
    let all = answers(text);
    assert!(
        all.contains(&("Four-fifths".to_owned(), Class::Fraction)),
        "{all:?}"
    );
}

#[test]
fn one_after_if_before_a_verb_stands_for_a_thing_named_before() {
    let text = "An auction, if one is needed, will be held on May 5.";
    let all = answers(text);
    assert!(!all.iter().any(|(a, _)| a == "one"), "{all:?}");
    // "One was taken to hospital" still counts someone.
    let text = "Three men were hurt and one was taken to hospital.";
    let all = answers(text);
    assert!(all.iter().any(|(a, _)| a == "one"), "{all:?}");
}
