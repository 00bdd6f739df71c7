//! Rules of round i15q (#15): parties named with a nation's adjective, a body's name before its
//! own noun, mountains and barangays, given names written short. Sentences of our own, none from
//! a test article.

use super::tests::{has, names};
use crate::draft::value::Class::*;

#[test]
fn a_name_opening_with_a_nation_s_adjective_is_no_one_s() {
    // "Danish Hearth" reads like two names, but no one is called "Danish"; "leader" after it and
    // "a deal with" say nothing of a person either.
    let got = names(
        "The nationalist Danish Hearth party won 12 seats.\n\
         Danish Hearth leader Jens Holm, 50, said a deal with Danish Hearth was near.\n\
         Italian Rossa, 40, said nothing.",
    );
    assert!(
        has(&got, "Danish Hearth = Danish Hearth", Organisation),
        "{got:?}"
    );
    assert!(has(&got, "Jens Holm = Jens Holm", Person), "{got:?}");
    let people = got.iter().filter(|(_, c)| *c == Person);
    assert!(people.clone().all(|(n, _)| n.contains("Holm")), "{got:?}");
    // A given name like "Sebastian" or "Julian" is no nation's adjective.
    let got = names("Julian Brennan, 40, said the deal was done.");
    assert!(
        has(&got, "Julian Brennan = Julian Brennan", Person),
        "{got:?}"
    );
}

#[test]
fn a_body_s_name_before_its_own_noun_is_that_body() {
    let got = names("The centrist Forward Together party and the Ashby club both lost money.");
    assert!(
        has(&got, "Forward Together = Forward Together", Organisation),
        "{got:?}"
    );
    assert!(has(&got, "Ashby = Ashby", Organisation), "{got:?}");
    // Not without "the": "Ellen Marsh party guests" says nothing.
    let got = names("Ellen Marsh party guests left early, Marsh said.");
    assert!(!got.iter().any(|(_, c)| *c == Organisation), "{got:?}");
}

#[test]
fn a_mountain_or_a_barangay_opens_a_place_s_name() {
    let got = names(
        "Mount Pinatubo erupted on Sunday, officials said.\n\
         Ash fell in Barangay San Roque, and a farmer from Barangay San Roque who was hurt is \
         in hospital. Pinatubo is quiet now, said Mt. Apo park chief Rosa Cruz.",
    );
    assert!(
        has(&got, "Mount Pinatubo = Mount Pinatubo", Place),
        "{got:?}"
    );
    assert!(has(&got, "Pinatubo = Mount Pinatubo", Place), "{got:?}");
    assert!(
        has(&got, "Barangay San Roque = Barangay San Roque", Place),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|(n, c)| *c == Person && n.contains("Roque")),
        "{got:?}"
    );
}

#[test]
fn a_given_name_written_short_is_part_of_the_name() {
    let got = names("“We are ready,” said Ma. Luisa Santos, the town’s mayor.");
    assert!(
        has(&got, "Ma. Luisa Santos = Ma. Luisa Santos", Person),
        "{got:?}"
    );
}

#[test]
fn a_short_form_in_brackets_made_of_pieces_of_the_name_is_that_body() {
    let got = names(
        "The Office of Communications (Ofcom) fined the firm on Monday.\n\
         Ofcom said the fine was its largest.\n\
         Staff at Acme Tools (Boston) were told on Friday.",
    );
    assert!(
        has(&got, "Ofcom = Office of Communications", Organisation),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|(n, _)| n.contains("Boston = Acme")),
        "{got:?}"
    );
}

#[test]
fn a_nation_s_side_and_who_with_a_plural_verb_speak_of_a_club() {
    let got = names(
        "Kelby United signed Tom Reyes from Portuguese side Vila Serena on Monday.\n\
         Vila Serena, who are second in the table, will get 10% of any sale.\n\
         He came through the academy at Deportivo Aranjo.",
    );
    assert!(
        has(&got, "Vila Serena = Vila Serena", Organisation),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(n, c)| *c == Person && n.contains("Serena")),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|(n, c)| *c == Place && n.contains("Aranjo")),
        "{got:?}"
    );
}

#[test]
fn a_faith_s_adjective_before_a_noun_is_no_short_form_of_a_body() {
    // "Christian voters" describes voters; "Christian says" would be the union's short form.
    let got = names(
        "The Christian Workers Union (CWU) won 12 seats.\n\
         Many Christian voters backed it, and Christian says it will join talks.",
    );
    let short = got
        .iter()
        .filter(|(n, _)| n.starts_with("Christian = "))
        .count();
    assert_eq!(short, 1, "{got:?}");
}

#[test]
fn a_list_after_a_plural_noun_is_of_what_the_noun_says() {
    let got = names(
        "Families slept in the towns of Arlo, Mirelan and Santa Cruz, the Relief Council said.\n\
         Three smaller parties, the Workers Movement (WM), Bright Dawn and Free Voice, won seats.\n\
         Bright Dawn said it was pleased. Tom Reyes teaches at the Mirelan Elementary School.",
    );
    // "Mirelan" ends like a people's adjective and opens a school's name: the list says a town.
    assert!(has(&got, "Mirelan = Mirelan", Place), "{got:?}");
    assert!(has(&got, "Santa Cruz = Santa Cruz", Place), "{got:?}");
    assert!(
        !has(&got, "Relief Council = Relief Council", Place),
        "{got:?}"
    );
    assert!(
        has(&got, "Bright Dawn = Bright Dawn", Organisation),
        "{got:?}"
    );
    assert!(
        has(&got, "Free Voice = Free Voice", Organisation),
        "{got:?}"
    );
    // No head noun, no list: "Ann Cole and Bright Star" says nothing of Bright Star.
    let got = names("Ann Cole, Bright Star and Tom Reyes went home.");
    assert!(
        !got.iter().any(|(n, _)| n.starts_with("Bright Star")),
        "{got:?}"
    );
}

#[test]
fn a_nickname_in_quotes_is_inside_the_name() {
    let got = names(
        "Gov. Rosa “Chiqui” Alcala declared a state of calamity.\n\
         “We are ready,” Alcala said.",
    );
    assert!(
        has(&got, "Rosa “Chiqui” Alcala = Rosa Alcala", Person),
        "{got:?}"
    );
    assert!(has(&got, "Alcala = Rosa Alcala", Person), "{got:?}");
    assert!(!got.iter().any(|(n, _)| n.starts_with("Rosa =")), "{got:?}");
}
