//! Rules of round i20a (#15, names that generalise). Sentences of our own, none from a test
//! article.

use super::tests::{has, named, names, starts};
use crate::draft::value::Class::*;

#[test]
fn a_surname_alone_later_confirms_a_full_name_with_no_cue() {
    let got = names(
        "Brazil’s Otavio Renquist was fourth in the sprint.\n\
         Renquist took a share of the prize money.",
    );
    assert!(
        has(&got, "Otavio Renquist = Otavio Renquist", Person),
        "{got:?}"
    );
    assert!(has(&got, "Renquist = Otavio Renquist", Person), "{got:?}");
}

#[test]
fn a_pair_is_no_one_after_a_place_s_word_or_with_a_common_first_word() {
    // "on Tavira Grande", then "on Grande": an island, not someone.
    let got = names(
        "The ferry sailed to a port on Tavira Grande last year.\n\
         The new pier on Grande opens soon.",
    );
    assert!(!has(&got, "Grande = Tavira Grande", Person), "{got:?}");
    // "silver" is a common word of the article: "Silver Heron" is no one's name.
    let got = names(
        "The crane was painted silver by the crew.\n\
         On Friday, Silver Heron packed the last cans.\n\
         Heron hired eight staff.",
    );
    assert!(!named(&got, "Heron"), "{got:?}");
    // A name the words around class as a body is no one's, though its last word comes back.
    let got = names(
        "Workers at Orvath Kessling packed the last cans on Friday.\n\
         Kessling hired eight staff.",
    );
    assert!(!has(&got, "Kessling = Orvath Kessling", Person), "{got:?}");
}

#[test]
fn a_first_name_alone_in_a_quotation_is_the_one_person_named_with_it() {
    let got = names(
        "The striker Tobiah Wendland, 24, scored twice on Saturday.\n\
         “Tobiah was everywhere today,” his coach said.",
    );
    assert!(has(&got, "Tobiah = Tobiah Wendland", Person), "{got:?}");
    // Outside a quotation, or when the full name is no one's, it is not said.
    let got = names(
        "Shares of Tobiah Wendland rose 4 per cent on Saturday.\n\
         “Tobiah was everywhere today,” an analyst said.",
    );
    assert!(!has(&got, "Tobiah = Tobiah Wendland", Person), "{got:?}");
}

#[test]
fn a_role_written_with_a_hyphen_is_read_by_its_head() {
    let got = names("In the north, co-leader Hemi Tawhara held off a challenger.");
    assert!(has(&got, "Hemi Tawhara = Hemi Tawhara", Person), "{got:?}");
}

#[test]
fn an_appositive_with_no_article_is_read_up_to_its_noun() {
    let got = names(
        "The vote was held on Sunday.\n\
         Irena Volkova, deputy president of the federation, called the result fair.",
    );
    assert!(
        has(&got, "Irena Volkova = Irena Volkova", Person),
        "{got:?}"
    );
    // A clause after the comma is no noun phrase: "where officials" says nothing of the name.
    let got = names("Crowds filled Orsk Valdane, where officials counted 40,000 people.");
    assert!(!has(&got, "Orsk Valdane = Orsk Valdane", Person), "{got:?}");
}

#[test]
fn the_opening_words_of_a_body_s_name_are_that_body() {
    let got = names(
        "Corvash Tamaro Holdings Ltd said in a statement on Monday that work had stopped.\n\
         Regulators said Corvash Tamaro could face fines of up to $2 million.",
    );
    assert!(
        has(
            &got,
            "Corvash Tamaro = Corvash Tamaro Holdings Ltd",
            Organisation
        ),
        "{got:?}"
    );
    // Even when their last word is a place's.
    let got = names(
        "The round was led by Singapore-based Velden Peak Capital on Monday.\n\
         A managing partner at Velden Peak said the fund had tracked the company.",
    );
    assert!(
        has(&got, "Velden Peak = Velden Peak Capital", Organisation),
        "{got:?}"
    );
    // A body named later after a place is named for it: the place stays a place.
    let got = names(
        "The collapse happened in a gallery of the Lusaro Flats mine on Monday.\n\
         The Lusaro Flats Mineworkers’ Union said safety had been ignored.\n\
         Work at the mine in Lusaro Flats was halted.",
    );
    assert!(
        !starts(&got, "Lusaro Flats = Lusaro Flats Mineworkers"),
        "{got:?}"
    );
}
