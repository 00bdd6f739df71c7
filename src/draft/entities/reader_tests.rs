//! Rules a careful reader of news uses to tell who and what a capitalised run names (#15, round
//! i15h): sentences of our own, none from a test article.

use super::tests::{has, names, starts};
use crate::draft::value::Class::*;

#[test]
fn a_bare_surname_is_the_person_first_named_with_it_and_a_relative_is_someone_else() {
    let got = names(
        "Maren Tolliver, a cellist whose recordings sold widely, died on Monday.\n\
         Her son, Arno Tolliver, said the cause was cancer.\n\
         Ms. Tolliver recorded 12 albums with the saxophonist Dario Penn.\n\
         Maren Ilse Tolliver was born in Graz.",
    );
    assert!(
        has(&got, "Maren Tolliver = Maren Ilse Tolliver", Person),
        "{got:?}"
    );
    assert!(
        has(&got, "Tolliver = Maren Ilse Tolliver", Person),
        "{got:?}"
    );
    assert!(
        has(&got, "Arno Tolliver = Arno Tolliver", Person),
        "{got:?}"
    );
    assert!(has(&got, "Dario Penn = Dario Penn", Person), "{got:?}");
    assert!(
        has(&got, "Maren Ilse Tolliver = Maren Ilse Tolliver", Person),
        "{got:?}"
    );
}

#[test]
fn a_councillor_and_a_minister_named_after_the_portfolio() {
    let got = names(
        "Cllr Brendan Moyle said the plan would help public transport.\n\
         Minister of State for Transport Niamh Carrow visited on Friday. Ms Carrow said it was good.\n\
         The Minister of Fisheries and Forests, Tevita Lomu, disagreed.",
    );
    assert!(
        has(&got, "Brendan Moyle = Brendan Moyle", Person),
        "{got:?}"
    );
    assert!(has(&got, "Niamh Carrow = Niamh Carrow", Person), "{got:?}");
    assert!(has(&got, "Carrow = Niamh Carrow", Person), "{got:?}");
    // The portfolio is no name, and the words after it cannot be told from a name: nothing.
    assert!(
        !starts(&got, "Fisheries") && !starts(&got, "Forests") && !starts(&got, "State"),
        "{got:?}"
    );
}

#[test]
fn provinces_and_counties_end_places() {
    let got = names(
        "The ferry sails from Sydney Mines, N.S., to Port aux Basques, N.L., each night.\n\
         The plant is in Ballycar, Co Clare, and employs locals.",
    );
    assert!(
        has(
            &got,
            "Sydney Mines, N.S. = Sydney Mines, Nova Scotia",
            Place
        ),
        "{got:?}"
    );
    assert!(
        has(
            &got,
            "Port aux Basques, N.L. = Port aux Basques, Newfoundland and Labrador",
            Place
        ),
        "{got:?}"
    );
    assert!(
        has(&got, "Ballycar, Co Clare = Ballycar, County Clare", Place),
        "{got:?}"
    );
    assert!(
        got.iter().all(|(_, c)| *c == Place),
        "no organisation here: {got:?}"
    );
}

#[test]
fn organisation_names_run_on_through_and_in_and_a_prefix() {
    let got = names(
        "The Marsh Rescue Co-ordination Centre (MRCC) said Fisheries and Oceans Canada would help.\n\
         Trade is tracked by the Union of Eastern and Southern Lakes (UESL), a bloc.\n\
         The study appears in the journal Notes in Ornithology on Friday.",
    );
    assert!(
        has(
            &got,
            "Marsh Rescue Co-ordination Centre (MRCC) = Marsh Rescue Co-ordination Centre",
            Organisation
        ),
        "{got:?}"
    );
    assert!(
        has(
            &got,
            "Fisheries and Oceans Canada = Fisheries and Oceans Canada",
            Organisation
        ),
        "{got:?}"
    );
    assert!(
        has(
            &got,
            "Union of Eastern and Southern Lakes (UESL) = Union of Eastern and Southern Lakes",
            Organisation
        ),
        "{got:?}"
    );
    assert!(
        has(
            &got,
            "Notes in Ornithology = Notes in Ornithology",
            Organisation
        ),
        "{got:?}"
    );
    assert!(
        !starts(&got, "Southern Lakes") && !starts(&got, "Oceans"),
        "{got:?}"
    );
}

#[test]
fn what_a_name_is_said_to_be_outranks_where_it_stands() {
    let got = names(
        "He played most nights at Blue Lantern, a jazz club near the river.\n\
         The album came out on Tindall Records, who signed him in 1964.\n\
         The goal came from Owen Marsh, the club captain, late on.",
    );
    assert!(
        has(&got, "Blue Lantern = Blue Lantern", Organisation),
        "{got:?}"
    );
    assert!(
        has(&got, "Tindall Records = Tindall Records", Organisation),
        "{got:?}"
    );
    assert!(
        !has(&got, "Owen Marsh = Owen Marsh", Organisation),
        "{got:?}"
    );
}

#[test]
fn months_adjectives_the_government_and_unit_letters_name_nothing() {
    let got = names(
        "The Canadian Seafood Council said Canadian exporters gained.\n\
         Analysts will watch December’s jobs data, and the Government said so.\n\
         It was 7 °C. Fisheries and Oceans Canada warned of ice.",
    );
    assert!(!starts(&got, "Canadian ="), "{got:?}");
    assert!(!starts(&got, "December"), "{got:?}");
    assert!(!starts(&got, "Government"), "{got:?}");
    assert!(
        has(
            &got,
            "Fisheries and Oceans Canada = Fisheries and Oceans Canada",
            Organisation
        ),
        "{got:?}"
    );
    assert!(!starts(&got, "C."), "{got:?}");
}

#[test]
fn a_portfolio_belongs_to_its_title_and_what_a_title_is_of_stays_a_name() {
    let got = names(
        "Ghana’s Minister of Energy and Mines, Kwesi Arthur, spoke first.\n\
         The plan was backed by the President of France.",
    );
    assert!(!starts(&got, "Energy"), "{got:?}");
    assert!(has(&got, "France = France", Place), "{got:?}");
}

#[test]
fn a_centre_named_for_what_goes_on_there_and_a_station_named_after_a_town_are_left_out() {
    let got = names(
        "Meetings will be held at Carrow Community Centre in Ballymore, County Clare.\n\
         The Marsh Rescue Centre (MRC) said the reopening of Ballymore station was near.",
    );
    assert!(!starts(&got, "Carrow Community Centre"), "{got:?}");
    assert!(
        has(
            &got,
            "Marsh Rescue Centre (MRC) = Marsh Rescue Centre",
            Organisation
        ),
        "{got:?}"
    );
    assert!(!starts(&got, "Ballymore ="), "{got:?}");
    assert!(
        has(
            &got,
            "Ballymore, County Clare = Ballymore, County Clare",
            Place
        ),
        "{got:?}"
    );
    let got = names("The council will rebuild the Carrow Leisure Centre next year.");
    assert!(!starts(&got, "Carrow Leisure Centre"), "{got:?}");
}

#[test]
fn the_first_word_of_a_body_named_for_the_place_it_serves_is_the_place() {
    let got = names(
        "The Carrick Regional Hospital said patients came from Carrick, where the river rose.\n\
         A trawler out of Carrick sank near Ardmore, and the road through the Bealach Pass shut.\n\
         Carrick opened shelters, including one at the Carrick Sports Centre on Main Street.",
    );
    assert!(
        has(
            &got,
            "Carrick Regional Hospital = Carrick Regional Hospital",
            Organisation
        ),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(t, c)| t.starts_with("Carrick =") && *c != Place),
        "{got:?}"
    );
    assert!(has(&got, "Carrick = Carrick", Place), "{got:?}");
    assert!(has(&got, "Bealach Pass = Bealach Pass", Place), "{got:?}");
    assert!(!starts(&got, "Carrick Sports Centre"), "{got:?}");
    // The body's name alone says its first word is a town; "out of" alone says nothing.
    let got = names(
        "Patients went to Dunbeg Regional Hospital. A trawler out of Dunbeg sank.\n\
         The startup was spun out of Varnox in 2015.",
    );
    assert!(has(&got, "Dunbeg = Dunbeg", Place), "{got:?}");
    assert!(!starts(&got, "Varnox"), "{got:?}");
}

#[test]
fn where_someone_works_and_a_name_that_only_describes_a_plural_noun() {
    let got = names(
        "Dr Ruth Ansel, a geologist at Carnmoor, said the oil sold at a discount to Ardo prices.",
    );
    assert!(has(&got, "Carnmoor = Carnmoor", Organisation), "{got:?}");
    // "to Ardo prices": the preposition's object is "prices", which "Ardo" only describes.
    assert!(!starts(&got, "Ardo"), "{got:?}");
}

#[test]
fn the_holder_named_after_a_title_and_its_portfolio() {
    let got = names(
        "Qatar’s Minister of Water and Power, Hamad bin Jassim al-Kuwari, said prices would fall.\n\
         A report by the council’s head of planning, Orla Keane, agreed.",
    );
    assert!(
        has(
            &got,
            "Hamad bin Jassim al-Kuwari = Hamad bin Jassim al-Kuwari",
            Person
        ),
        "{got:?}"
    );
    assert!(has(&got, "Orla Keane = Orla Keane", Person), "{got:?}");
    assert!(!starts(&got, "Water"), "{got:?}");
}

#[test]
fn a_bare_surname_before_any_full_name_is_no_relative_named_later() {
    let got = names(
        "Ms. Verlaine said the deal was close.\n\
         Her husband, Alan Verlaine, is a lawyer.",
    );
    assert!(!has(&got, "Verlaine = Alan Verlaine", Person), "{got:?}");
    assert!(
        has(&got, "Alan Verlaine = Alan Verlaine", Person),
        "{got:?}"
    );
}

#[test]
fn one_word_of_portfolio_then_the_name_and_a_portfolio_alone_is_no_name() {
    let got = names(
        "Secretary of State Mara Quentin met Canada’s Minister of Foreign Affairs, Pierre Gagnon.\n\
         Ms. Quentin said Minister of Finance Olsen agreed.",
    );
    assert!(has(&got, "Mara Quentin = Mara Quentin", Person), "{got:?}");
    assert!(has(&got, "Quentin = Mara Quentin", Person), "{got:?}");
    assert!(!starts(&got, "Foreign Affairs"), "{got:?}");
    assert!(!starts(&got, "Finance Olsen"), "{got:?}");
}

#[test]
fn a_region_written_with_the_and_an_australian_state_after_a_town() {
    let got = names(
        "Miners share rail lines in the Kimberra, the firms said. The Kimberra Ports Authority \
         agreed.\n\
         Trains will run to Port Tallis, W.A., by 2027.",
    );
    assert!(
        !has(&got, "Kimberra = Kimberra Ports Authority", Organisation),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(t, c)| t.starts_with("W.A.") && *c == Organisation),
        "{got:?}"
    );
}
