//! Round i33c (#15), from holdout45's errors (read; our own sentences): "second" after a verb
//! "to be" is a place in a race or a table where a time, a count or a rival follows.

use super::*;

#[test]
fn second_after_a_verb_to_be_is_a_place_before_a_time_a_count_or_a_rival() {
    let ordinal = |text: &str| {
        let got = found(text);
        assert!(
            got.iter()
                .any(|f| f.0 == "second" && f.1 == Class::Ordinal && f.3 == Hedge::Exact),
            "{text}: {got:?}"
        );
    };
    ordinal("Brazil was second in 7:42.05 in the relay.");
    ordinal("Norway is second with 17 medals.");
    ordinal("Mia Lund was second behind Ana Ruiz.");
    ordinal("The Kestrels are second overall.");
    // A figure of speech, or a second of time: no place.
    for text in [
        "Her service is second to none.",
        "He was second in command of the unit.",
        "It was a second too late.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

#[test]
fn a_year_cut_to_two_digits_after_an_apostrophe_is_no_count() {
    // From the practice drought report (p47, read; our own sentence).
    let got = found("“Not in ’82, not in 2019,” he said.");
    assert!(got.iter().all(|f| f.0 != "82"), "{got:?}");
    assert!(got.iter().any(|f| f.0 == "2019"), "{got:?}");
}

#[test]
fn the_end_of_a_range_of_days_before_a_year_is_no_count() {
    // From the practice festival report (p47, read; our own sentences): "Sept. 20-28, 2030".
    let options = crate::draft::tests::options(usize::MAX);
    let text = "The next edition is set for Sept. 20-28, 2030, the festival said.";
    let file = crate::draft::draft(text, &options).unwrap().file;
    let answers: Vec<&str> = file.facts.iter().map(|f| f.answer.as_str()).collect();
    assert!(!answers.contains(&"28"), "{answers:?}");
    assert!(answers.contains(&"Sept. 20"), "{answers:?}");
    // A day-first range to a date of its own month is still read whole.
    let text = "Consultation will run from 3 March to 28 April 2025, the council said.";
    let file = crate::draft::draft(text, &options).unwrap().file;
    let answers: Vec<&str> = file.facts.iter().map(|f| f.answer.as_str()).collect();
    assert!(answers.contains(&"28 April 2025"), "{answers:?}");
}

#[test]
fn a_quotation_s_opening_quote_before_a_count_is_no_cut_year() {
    // The sixth reader: "'23 people'" was lost as a year cut to two digits.
    let got = found("The UN said '23 people' had died.");
    assert!(got.iter().any(|f| f.0 == "23"), "{got:?}");
}

#[test]
fn a_curly_apostrophe_before_two_digits_and_a_noun_cuts_a_year() {
    // The seventh reader: "Since the ’08 crash" was read as a count of crashes.
    for text in [
        "Since the ’08 crash, prices have doubled.",
        "The ’22 season was its best.",
    ] {
        let got = found(text);
        assert!(
            got.iter().all(|f| f.0 != "08" && f.0 != "22"),
            "{text}: {got:?}"
        );
    }
}
