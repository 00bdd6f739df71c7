//! Rules of round i19a (#15, names: a name's later mentions). Sentences of our own, none from a
//! test article.

use super::tests::{has, has_written, named, names};
use crate::draft::value::Class::*;

#[test]
fn a_surname_stays_the_person_s_when_a_body_is_named_after_him() {
    let got = names(
        "The shipyard was sold on Monday by its founder, engineer Ingrid Vashti.\n\
         The buyer paid Vashti’s firm, Vashti Marine Holdings, in cash.\n\
         Vashti said the price was fair.",
    );
    assert!(has(&got, "Vashti = Ingrid Vashti", Person), "{got:?}");
    assert!(
        !has(&got, "Vashti = Vashti Marine Holdings", Organisation),
        "{got:?}"
    );
    // A body named first, and someone of that name after it: which one "Vashti" is is not said.
    let got = names(
        "Vashti Marine Holdings sold the shipyard on Monday.\n\
         The firm's chair, Ingrid Vashti, signed the papers.\n\
         Vashti said the price was fair.",
    );
    assert!(!named(&got, "Vashti"), "{got:?}");
}

#[test]
fn a_first_word_is_the_body_whose_name_opens_the_others() {
    let got = names(
        "Second-tier football club Fenwick Rovers agreed a sale on Monday.\n\
         The Fenwick Rovers Fans’ Trust said it welcomed the deal.\n\
         Fenwick’s debts will be cleared by the buyer.",
    );
    assert!(
        has(&got, "Fenwick = Fenwick Rovers", Organisation),
        "{got:?}"
    );
    // Two bodies opened by one word, neither named after the other: not said which.
    let got = names(
        "Second-tier football club Fenwick Rovers agreed a sale on Monday.\n\
         The Fenwick Savings Bank said it welcomed the deal.\n\
         Fenwick’s debts will be cleared by the buyer.",
    );
    assert!(!named(&got, "Fenwick"), "{got:?}");
}

#[test]
fn a_party_s_plural_first_word_is_the_party() {
    let got = names(
        "The Progressive Party won 40 seats on Saturday.\n\
         Counting showed the Progressives ahead in the capital.",
    );
    assert!(
        has(&got, "Progressives = Progressive Party", Organisation),
        "{got:?}"
    );
    // Two parties opened by the word: the plural is not said to be either.
    let got = names(
        "The Progressive Party won 40 seats on Saturday, and the Progressive Labour Party won 12.\n\
         Counting showed the Progressives ahead in the capital.",
    );
    assert!(!named(&got, "Progressives"), "{got:?}");
    // A party word that only ends like a people's is still the party's.
    let got = names(
        "The Liberal Party held its conference in a tent on Sunday.\n\
         Delegates said the Liberals would pick a leader in June.",
    );
    assert!(
        has(&got, "Liberals = Liberal Party", Organisation),
        "{got:?}"
    );
    // A country's people stay a people.
    let got = names(
        "The Italian Party of Workers met on Sunday.\n\
         Polls showed the Italians worried about prices.",
    );
    assert!(
        !has(&got, "Italians = Italian Party of Workers", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_comma_after_an_opening_place_is_no_list() {
    let got = names(
        "Counting ended at midnight.\n\
         In Kerrow North, Blue Lantern co-leader Ada Fenn held off a rival by 300 votes.\n\
         Blue Lantern won 9 seats.",
    );
    assert!(!has_written(&got, "Blue Lantern", Place), "{got:?}");
    assert!(has_written(&got, "Kerrow North", Place), "{got:?}");
    let got = names(
        "Traffic was light, while in Harwell, Dunmore police said 200 cars had joined the ring road.",
    );
    assert!(!has_written(&got, "Dunmore", Place), "{got:?}");
    assert!(has_written(&got, "Harwell", Place), "{got:?}");
    // A list of places a comma and "and" join stays one.
    let got = names("Floods closed roads in Whitlow, Ambridge and Pellham on Monday.");
    for town in ["Whitlow", "Ambridge", "Pellham"] {
        assert!(has_written(&got, town, Place), "{town}: {got:?}");
    }
    // A place's region after a comma that ends the sentence is a place too.
    let got = names("A farmer died of heatstroke on Sunday in Corvel, Ostrana.");
    assert!(has_written(&got, "Ostrana", Place), "{got:?}");
}

#[test]
fn a_first_name_after_to_is_the_person_named_in_full_with_it() {
    let got = names(
        "The Harbour Party, led by Wiremu Castell, won 12 seats on Saturday.\n\
         Ona Reeve said: “I have talked to Wiremu and we will meet on Monday.”\n\
         Castell said talks would be short.",
    );
    assert!(has(&got, "Wiremu = Wiremu Castell", Person), "{got:?}");
    assert!(!has_written(&got, "Wiremu", Place), "{got:?}");
    // A first name the article gives no full name for, and a place, are left alone.
    let got = names(
        "Ona Reeve said: “I have talked to Wiremu and we will meet on Monday.”\n\
         The ferry to Castlemere was cancelled.",
    );
    assert!(!has(&got, "Wiremu = Wiremu Castell", Person), "{got:?}");
    assert!(has_written(&got, "Castlemere", Place), "{got:?}");
    // A known place's name that opens a station's name stays the place.
    let got = names(
        "Coaches ran to Dublin on Monday after the line closed.\n\
         “We sent 40 coaches to Dublin,” a manager said.\n\
         Queues formed at Dublin Heuston by 7am.",
    );
    assert!(!has_written(&got, "Dublin", Person), "{got:?}");
}

#[test]
fn a_people_s_plural_or_a_plural_opening_a_sentence_is_no_party() {
    // Review i19a 1: a people's or a faith's word in the plural is the people, not the party
    // whose name opens with it; and only "the X-s" is the party's plural.
    let got = names(
        "The Israeli Workers Party won 9 seats on Saturday.\n\
         Israelis queued for hours at polling stations in the north.",
    );
    assert!(
        !has(&got, "Israelis = Israeli Workers Party", Organisation),
        "{got:?}"
    );
    let got = names(
        "The Animal Justice Party won 2 seats on Saturday.\n\
         Animals were kept away from the counting hall.",
    );
    assert!(
        !has(&got, "Animals = Animal Justice Party", Organisation),
        "{got:?}"
    );
    // Counter-case: a word of politics is still the party's plural after "the".
    let got = names(
        "The Conservative Party met in a hall on Sunday.\n\
         Delegates said the Conservatives would pick a leader in June.",
    );
    assert!(
        has(&got, "Conservatives = Conservative Party", Organisation),
        "{got:?}"
    );
}
