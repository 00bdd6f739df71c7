//! Round i30c (#15): the second second reader's findings on round i30b, each sentence the
//! reader's.

use super::tests::{has_written, named, names};
use crate::draft::value::Class;

#[test]
fn places_after_a_study_in_are_no_journals() {
    // Round i30d leaves a name no list knows out after "a study in" (a journal or where the
    // study was done: the third reader's "A 2019 study in Nature"); known places stay places.
    let text = "A study in Kent and Sussex found 1,400 cases of the disease.";
    let got = names(text);
    for place in ["Kent", "Sussex"] {
        assert!(
            !has_written(&got, place, Class::Organisation),
            "{place}: {got:?}"
        );
    }
    let text = "A study in Kenya found 300 cases.";
    let got = names(text);
    assert!(has_written(&got, "Kenya", Class::Place), "{text}: {got:?}");
}

#[test]
fn an_italian_company_written_spa_and_a_tour_company() {
    for (text, body) in [
        ("Fincantieri SpA won a €2 billion order.", "Fincantieri SpA"),
        ("Eni SpA said profits rose 5% in the quarter.", "Eni SpA"),
    ] {
        let got = names(text);
        assert!(
            has_written(&got, body, Class::Organisation),
            "{text}: {got:?}"
        );
    }
    // A tour company is no one (round i30d leaves it out rather than join "Tours and
    // Poitiers", the third reader's).
    let text = "Contiki Tours said 3,000 bookings were affected.";
    let got = names(text);
    assert!(
        !has_written(&got, "Contiki Tours", Class::Person),
        "{text}: {got:?}"
    );
}

#[test]
fn camp_one_before_a_verb_or_an_adverb_and_no_wrong_camp() {
    for text in [
        "An avalanche buried Camp I overnight, injuring 4 climbers.",
        "Conditions at Camp I were worse than at Camp II on Friday.",
        "At Camp I, 14 tents were pitched.",
    ] {
        let got = names(text);
        assert!(has_written(&got, "Camp I", Class::Place), "{text}: {got:?}");
    }
    let text = "From Camp I the team climbed to Camp II in 5 hours.";
    let got = names(text);
    assert!(!named(&got, "From Camp"), "{text}: {got:?}");
    let text = "When I got back to Base Camp I was exhausted after 14 hours.";
    let got = names(text);
    assert!(!named(&got, "Base Camp I"), "{text}: {got:?}");
}

#[test]
fn a_side_of_a_year_is_the_team() {
    let text = "Pelé starred in the Brazil side of 1970, which scored 19 goals in Mexico.";
    let got = names(text);
    assert!(
        has_written(&got, "Brazil", Class::Organisation),
        "{text}: {got:?}"
    );
    let text = "The Tibet side of the mountain was closed for 3 weeks.";
    let got = names(text);
    assert!(has_written(&got, "Tibet", Class::Place), "{text}: {got:?}");
}

#[test]
fn studios_in_paragraphs_of_takings_and_people_featured() {
    for (text, studio) in [
        (
            "Sony’s “Venom” sequel took $51 million domestically.",
            "Sony",
        ),
        (
            "Focus Features’ jazz drama about Chet Baker grossed $3 million in 600 theaters.",
            "Focus Features",
        ),
    ] {
        let got = names(text);
        assert!(
            has_written(&got, studio, Class::Organisation),
            "{text}: {got:?}"
        );
    }
    let text = "The song, featuring Ed Sheeran, reached No. 1 in 14 countries.";
    let got = names(text);
    assert!(
        has_written(&got, "Ed Sheeran", Class::Person),
        "{text}: {got:?}"
    );
}

#[test]
fn address_towns_named_like_people_and_after_both_of() {
    let text = "Ann Pryce, 34, of Elm Road, Beverley, was fined £300.";
    let got = names(text);
    assert!(
        has_written(&got, "Beverley", Class::Place),
        "{text}: {got:?}"
    );
    let text = "Mark Jones, 41, and Ann Pryce, 34, both of Elm Road, Heaton Moor, were fined \
                £300.";
    let got = names(text);
    assert!(
        has_written(&got, "Heaton Moor", Class::Place),
        "{text}: {got:?}"
    );
}

#[test]
fn a_party_s_word_after_the_party_s_name_is_the_party() {
    let text =
        "The Labour Party won 412 seats in 2024.\nLabour members celebrated on Friday night.";
    let got = names(text);
    assert!(
        got.iter()
            .any(|(n, c)| n == "Labour = Labour Party" && *c == Class::Organisation),
        "{text}: {got:?}"
    );
}
