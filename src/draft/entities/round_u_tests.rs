//! Rules of round i15u (#15): what only a body has or does, names with particles, a team's
//! nickname, post-nominal letters and laws. Sentences of our own, none from a test article.

use super::tests::{has, names};
use crate::draft::value::Class::*;

#[test]
fn a_name_with_a_board_or_headquarters_is_a_body() {
    let got = names(
        "Velmora, which runs six care homes, said on Monday it would close two.\n\
         “We have no choice,” said Anna Brink, who sits on Velmora’s board of directors.\n\
         Velmora has not said how many staff will go.",
    );
    let bodies = got
        .iter()
        .filter(|(n, c)| n == "Velmora = Velmora" && *c == Organisation)
        .count();
    assert_eq!(bodies, 3, "{got:?}");
    let got = names("On Friday, Talbrook’s headquarters were sold.");
    assert!(has(&got, "Talbrook = Talbrook", Organisation), "{got:?}");
    // A person's board game or a city's board of roads says nothing: no possessive of a body.
    let got = names("Dana Fell, 40, said Fell’s game was poor.");
    assert!(!got.iter().any(|(_, c)| *c == Organisation), "{got:?}");
}

#[test]
fn a_body_calling_itself_a_name_gives_that_name_a_body() {
    let got = names(
        "A group calling itself Grey Heron said it had taken the files.\n\
         Police have tracked Grey Heron since 2021.",
    );
    let bodies = got
        .iter()
        .filter(|(n, c)| n == "Grey Heron = Grey Heron" && *c == Organisation)
        .count();
    assert_eq!(bodies, 2, "{got:?}");
    let got = names("A firm called Brightway won the contract.");
    assert!(has(&got, "Brightway = Brightway", Organisation), "{got:?}");
    // A person called something is still a person: "a man called" names no body.
    let got = names("A man called Otto Rask found the boat.");
    assert!(!got.iter().any(|(_, c)| *c == Organisation), "{got:?}");
}

#[test]
fn a_name_like_a_person_s_after_a_noun_for_a_body_and_before_who_is_someone() {
    // "operator" names a body or the one who runs it; "who" says which.
    let got = names("The operator, Tunde Bello, who ran the kiosk, died in 2020.");
    assert!(has(&got, "Tunde Bello = Tunde Bello", Person), "{got:?}");
    assert!(!got.iter().any(|(_, c)| *c == Organisation), "{got:?}");
    // Without "who", the noun still says a body: "the operator, Kestrel Rail, said".
    let got = names("The operator, Kestrel Rail, cut 40 trains.");
    assert!(!got.iter().any(|(_, c)| *c == Person), "{got:?}");
}

#[test]
fn a_name_with_particles_is_a_person_s() {
    let got = names(
        "“We will rebuild,” said Anke van der Berg, the mayor.\n\
         Van der Berg said on Friday that the road would reopen.",
    );
    assert!(
        has(&got, "Anke van der Berg = Anke van der Berg", Person),
        "{got:?}"
    );
    // Where the particles open a sentence and stay out of the mention, no blank is made after
    // them ("Van der {answer} said" would read wrongly).
    assert!(!got.iter().any(|(n, _)| n.starts_with("Berg")), "{got:?}");
}

#[test]
fn particles_after_two_capitalised_words_name_no_person() {
    // A club's or a body's long name with "de" inside is no given name and surname.
    let got = names("Real Sociedad de Futbol said the transfer fee was 40 million euros.");
    assert!(!got.iter().any(|(_, class)| *class == Person), "{got:?}");
}
