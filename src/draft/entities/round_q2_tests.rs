//! Rules of round i15q (#15, holdout24 names): initials spelling a name with a comma in it, a
//! company's name without its legal endings, a point of the compass "of" a place, post-nominal
//! "SC", an age between commas after a name, the noun of an appositive before "at",
//! "advocate" before a name. Sentences of our own, none from a test article.

use super::tests::{has, named, names};
use crate::draft::value::Class::*;

#[test]
fn initials_spell_a_name_over_its_comma() {
    let got =
        names("The Ministry of Fisheries, Forests and Parks (MFFP) closed the lake on Monday.");
    assert!(
        got.iter().any(
            |(n, c)| n.ends_with(" = Ministry of Fisheries, Forests and Parks")
                && *c == Organisation
        ),
        "{got:?}"
    );
    assert!(!named(&got, "Ministry of Fisheries"), "{got:?}");
    assert!(!named(&got, "Parks"), "{got:?}");
}

#[test]
fn a_company_without_its_legal_endings_is_that_company() {
    let got = names(
        "Brackwater Timber Holdings (Pty) Ltd lost the case on Friday.\n\
         The land was sold to Brackwater Timber for a low price, the judge said.\n\
         Brackwater Timber chief executive Anna Vorster said the firm would appeal.",
    );
    let short = got
        .iter()
        .filter(|(n, c)| {
            n == "Brackwater Timber = Brackwater Timber Holdings" && *c == Organisation
        })
        .count();
    assert_eq!(short, 2, "{got:?}");
    assert!(
        !has(&got, "Brackwater Timber = Brackwater Timber", Place),
        "{got:?}"
    );
}

#[test]
fn north_of_a_place_is_not_the_company_named_for_it() {
    let got = names(
        "Snow fell in this town north of Ostrava on Monday.\n\
         Ostrava Heating Services Inc. said its boilers had failed.",
    );
    assert!(
        !has(
            &got,
            "Ostrava = Ostrava Heating Services Inc.",
            Organisation
        ),
        "{got:?}"
    );
    assert!(
        has(
            &got,
            "Ostrava Heating Services Inc. = Ostrava Heating Services Inc.",
            Organisation
        ),
        "{got:?}"
    );
}

#[test]
fn senior_counsel_letters_are_not_part_of_the_name() {
    let got =
        names("For the tenants, advocate Lerato Mokoena SC told the court the lease was void.");
    assert!(!named(&got, "Lerato Mokoena SC"), "{got:?}");
    assert!(
        has(&got, "Lerato Mokoena = Lerato Mokoena", Person),
        "{got:?}"
    );
}

#[test]
fn an_age_between_commas_keeps_a_name_out_of_the_list_before_it() {
    let got = names(
        "Rain fell on the town of Arlo on Monday.\n\
         At a shelter near Arlo Station, Greta Velde, 81, said she had slept there.",
    );
    assert!(!has(&got, "Greta Velde = Greta Velde", Place), "{got:?}");
    assert!(has(&got, "Greta Velde = Greta Velde", Person), "{got:?}");
}

#[test]
fn the_body_after_at_in_an_appositive_is_not_the_named() {
    let got = names("Tove Lindahl, a forecaster at the agency, said rain was coming.");
    assert!(
        !has(&got, "Tove Lindahl = Tove Lindahl", Organisation),
        "{got:?}"
    );
}

#[test]
fn an_advocate_before_a_name_is_someone() {
    let got = names(
        "At the hearing, advocate Lerato Mokoena, for the tenants, argued that the lease was void.\n\
         Mokoena was briefed by a legal clinic.",
    );
    assert!(
        has(&got, "Lerato Mokoena = Lerato Mokoena", Person),
        "{got:?}"
    );
    assert!(has(&got, "Mokoena = Lerato Mokoena", Person), "{got:?}");
}

#[test]
fn a_founder_named_like_the_company_is_not_the_company() {
    let got = names(
        "Harrow Vance Holdings Ltd reported a loss on Tuesday.\n\
         Harrow Vance, who founded the label in 1971, said he would stay on.",
    );
    assert!(
        !has(
            &got,
            "Harrow Vance = Harrow Vance Holdings Ltd",
            Organisation
        ),
        "{got:?}"
    );
    assert!(has(&got, "Harrow Vance = Harrow Vance", Person), "{got:?}");
}

#[test]
fn sporting_club_letters_stay_with_a_clubs_name() {
    let got = names("Orlando Bay SC beat Tampa Harbour SC 2-1 on Saturday.");
    assert!(!named(&got, "Orlando Bay"), "{got:?}");
    assert!(!named(&got, "Tampa Harbour"), "{got:?}");
}
