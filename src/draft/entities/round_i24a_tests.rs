//! Rules of round i24a (#15: read after holdout36, a cricket Test, a fissure eruption in
//! Iceland and a Toronto council vote on transit). Sentences of our own, none from a test
//! article.

use super::tests::{has, has_written, named, names};
use crate::draft::value::Class::*;

#[test]
fn a_name_with_a_chief_executive_or_a_spokesperson_is_a_body() {
    let got = names(
        "Rallink spokesperson Tomasz Greer said the agency would pick a builder by May.\n\
         The province will pay through Rallink, which will own the tramway.\n\
         Harka Veig, Orkuvar’s chief executive, said the walls were holding.\n\
         TBC CEO Anya Morel told council the fare rise was small.",
    );
    assert!(has_written(&got, "Rallink", Organisation), "{got:?}");
    assert!(has_written(&got, "Orkuvar", Organisation), "{got:?}");
    assert!(has_written(&got, "TBC", Organisation), "{got:?}");
    assert!(has_written(&got, "Tomasz Greer", Person), "{got:?}");
    // A person's spokesperson, names joined by "and", a title's own capital: no body.
    let got = names(
        "Dorian Brack spoke on Monday.\n\
         Brack spokesman Steven Cole said the tour would go on.\n\
         Tees Vale and Wearham’s chief executive, Dr Ann Holt, apologised.\n\
         Former CEO Ann Lee said the board knew.",
    );
    assert!(!has_written(&got, "Brack", Organisation), "{got:?}");
    assert!(!named(&got, "Wearham"), "{got:?}");
    assert!(!named(&got, "Former"), "{got:?}");
}

#[test]
fn small_words_spell_no_initials() {
    // "through the city’s" does not spell TTC: the initials stay a body's.
    let got = names(
        "The line runs through the city’s west end, on a TTC budget.\n\
         TTC CEO Anya Morel told council the fare rise was small.",
    );
    assert!(has_written(&got, "TTC", Organisation), "{got:?}");
}

#[test]
fn what_a_body_is_for_called_alone_is_the_body() {
    let got = names(
        "The Office of Coastal Defence and Harbour Works ordered the evacuation.\n\
         Sólveig Arnadóttir, head of Coastal Defence, said 40 homes were empty.\n\
         Sólveig said Coastal Defence would brief again at noon.",
    );
    assert!(
        has(
            &got,
            "Coastal Defence = Office of Coastal Defence and Harbour Works",
            Organisation
        ),
        "{got:?}"
    );
    assert!(!has_written(&got, "Coastal Defence", Person), "{got:?}");
    // A known place a body is named after stays the place.
    let got = names("The Bank of New Zealand lent more.\nPrices in New Zealand rose.");
    assert!(!has_written(&got, "New Zealand", Organisation), "{got:?}");
}

#[test]
fn a_first_name_alone_before_a_verb_of_speech_is_the_person_named_in_full() {
    let got = names(
        "Hrefna Baldursdóttir, the mayor of Vikurholt, urged calm.\n\
         Hrefna said the harbour would stay shut until Friday.",
    );
    assert!(
        has(&got, "Hrefna = Hrefna Baldursdóttir", Person),
        "{got:?}"
    );
}

#[test]
fn the_name_after_a_numbered_ward_is_the_ward() {
    let got = names(
        "Coun. Mara Osei (Ward 5, Arden North-Kelby) moved the motion.\n\
         She said a bus trip from Kelby to the lake takes an hour.",
    );
    assert!(has_written(&got, "Arden North-Kelby", Place), "{got:?}");
    assert!(!has_written(&got, "Arden North-Kelby", Person), "{got:?}");
    // A person's surname is not taken from a name classed as no one's.
    assert!(!has_written(&got, "Kelby", Person), "{got:?}");
}

#[test]
fn whom_a_spokesperson_speaks_for_is_a_body() {
    let got = names("Flights were held, said Ragna Holt, a spokesperson for Aviora.");
    assert!(has_written(&got, "Aviora", Organisation), "{got:?}");
}

#[test]
fn a_kind_of_match_an_ordinal_counts_is_no_name() {
    let got = names(
        "The venue staged its first Test in 2019.\n\
         He took his fifth five-wicket haul in Tests, as teams chose to bat in four of five Tests.",
    );
    assert!(!named(&got, "Tests"), "{got:?}");
    assert!(!named(&got, "Test"), "{got:?}");
    // A name an ordinal counts once is still a name.
    let got = names(
        "She won her second Wimbledon in 2019.\n\
         Rain fell on the courts at Wimbledon on Monday.",
    );
    assert!(named(&got, "Wimbledon"), "{got:?}");
}

#[test]
fn a_role_at_a_body_whose_word_holds_its_possessive_makes_a_person() {
    let got = names("Einar Logi Brandsson, Orkuvar’s chief executive, said the walls held.");
    assert!(has_written(&got, "Einar Logi Brandsson", Person), "{got:?}");
}

#[test]
fn a_miner_named_for_what_it_digs_is_a_company() {
    let got = names(
        "Corlan Resources rejected an approach from Australian rival Tamber Metals on Monday.\n\
         Tamber Metals has until March 10 to make a firm offer.",
    );
    assert!(
        has_written(&got, "Corlan Resources", Organisation),
        "{got:?}"
    );
    assert!(has_written(&got, "Tamber Metals", Organisation), "{got:?}");
    // A minister's portfolio is no company.
    let got = names("He met the Minister for Natural Resources in Lusaka on Friday.");
    assert!(!named(&got, "Natural Resources"), "{got:?}");
}

#[test]
fn a_company_the_news_names_in_passing_is_a_body() {
    let got = names(
        "Corvane's largest shareholder, BlackRock, holds a 7 per cent stake.\n\
         Goldman Sachs is advising the bidder; pills from Bayer AG and AstraZeneca compete.",
    );
    assert!(has_written(&got, "BlackRock", Organisation), "{got:?}");
    assert!(has_written(&got, "Goldman Sachs", Organisation), "{got:?}");
    assert!(has_written(&got, "AstraZeneca", Organisation), "{got:?}");
    assert!(!has_written(&got, "AstraZeneca", Place), "{got:?}");
}

#[test]
fn a_batter_s_edge_or_dismissal_and_a_subject_he_refers_to_make_a_person() {
    let got = names(
        "Arjun Pillai edged Tom Reid to the keeper for 12 in the sixth over.\n\
         Ravi Kher, batting at No. 4, had made 30 when he was caught at slip.\n\
         Dev Anand was bowled for 4 after lunch.",
    );
    assert!(has_written(&got, "Arjun Pillai", Person), "{got:?}");
    assert!(has_written(&got, "Ravi Kher", Person), "{got:?}");
    assert!(has_written(&got, "Dev Anand", Person), "{got:?}");
    // Where he is, or another name between, says nothing of the first.
    let got = names(
        "Glen Rock, where he grew up, has 4,000 people.\n\
         Kestrel Vale sent Ivo Brandt home after he fell.\n\
         Corran Vale, which he founded in 1990, employs 40 people.",
    );
    assert!(!has_written(&got, "Glen Rock", Person), "{got:?}");
    assert!(!has_written(&got, "Kestrel Vale", Person), "{got:?}");
    assert!(!has_written(&got, "Corran Vale", Person), "{got:?}");
}

#[test]
fn a_street_written_short_is_a_place() {
    let got =
        names("The line would run south along Kell St. and Arden Blvd. to Marrow Bay Shores.");
    assert!(has_written(&got, "Kell St.", Place), "{got:?}");
    assert!(has_written(&got, "Arden Blvd", Place), "{got:?}");
    assert!(has_written(&got, "Marrow Bay Shores", Place), "{got:?}");
}
