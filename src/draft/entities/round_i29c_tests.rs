//! Round i29c (#15): the third second reader's findings on round i29b, each sentence the
//! reader's.

use super::tests::{has, has_written, names};
use crate::draft::value::Class;

#[test]
fn international_before_a_noun_it_describes_is_no_side_and_before_a_verb_or_a_name_is() {
    for (text, place) in [
        (
            "Visitors to the Frankfurt international book fair fell to 200,000.",
            "Frankfurt",
        ),
        (
            "Talks at the India international business summit ended.",
            "India",
        ),
    ] {
        let got = names(text);
        assert!(
            !has_written(&got, place, Class::Organisation),
            "{text}: {got:?}"
        );
    }
    let got =
        names("The Wales international returns to the starting line-up against Fiji on Saturday.");
    assert!(has_written(&got, "Wales", Class::Organisation), "{got:?}");
}

#[test]
fn a_bridging_loan_from_a_capital_is_no_transfer() {
    let got = names(
        "Sri Lanka has stayed afloat this year on a bridging loan from Beijing, and the fee was waived.\n\
         Officials in Beijing declined to comment.",
    );
    assert!(
        !has_written(&got, "Beijing", Class::Organisation),
        "{got:?}"
    );
}

#[test]
fn business_words_and_votes_do_not_make_a_city_or_a_county_a_club() {
    let got = names(
        "Manchester United beat Everton 3-0 on Saturday.\n\
         Manchester has the fastest-growing economy outside London, figures released on Tuesday show.",
    );
    assert!(
        !has(&got, "Manchester = Manchester United", Class::Organisation),
        "{got:?}"
    );
    let got =
        names("In 2013 Shelby County beat the federal government in a 5-4 Supreme Court ruling.");
    assert!(
        !has_written(&got, "Shelby County", Class::Organisation),
        "{got:?}"
    );
}

#[test]
fn a_count_in_a_table_is_no_city_s_figure_and_was_without_a_place_s_noun_is_no_city() {
    let got =
        names("Bristol City are level on points with Sheffield (45) but trail on goal difference.");
    assert!(!has_written(&got, "Sheffield", Class::Place), "{got:?}");
    for text in [
        "The Nuggets beat the Lakers 112-104 on Tuesday.\nDenver was without Nikola Jokic, who missed his third straight contest.",
        "Beijing was quick to condemn the tariffs as economic bullying.",
    ] {
        let got = names(text);
        assert!(
            !got.iter().any(
                |(n, c)| (n == "Denver = Denver" || n == "Beijing = Beijing") && *c == Class::Place
            ),
            "{text}: {got:?}"
        );
    }
    let got = names("Hobart was the only capital where auction clearance rates fell.");
    assert!(has_written(&got, "Hobart", Class::Place), "{got:?}");
}

#[test]
fn tackle_as_a_verb_or_a_foul_is_no_player_s_place() {
    for (text, name) in [
        (
            "Ministers vowed to finally tackle Thames Water over its sewage spills.",
            "Thames Water",
        ),
        (
            "The plan would help tackle Long Covid and rising waiting lists.",
            "Long Covid",
        ),
        (
            "It was a reckless tackle Crystal Palace felt deserved a red card.",
            "Crystal Palace",
        ),
    ] {
        let got = names(text);
        assert!(!has_written(&got, name, Class::Person), "{text}: {got:?}");
    }
    let got = names("Chiefs tackle Jawaan Taylor was flagged twice.");
    assert!(has_written(&got, "Jawaan Taylor", Class::Person), "{got:?}");
}

#[test]
fn a_city_s_name_alone_is_no_person_named_after_it_without_an_age() {
    let got = names(
        "The actress Sydney Sweeney, 27, flew in for the premiere on Tuesday.\n\
         Sydney has the highest house prices in Australia, and tickets sold out within an hour.",
    );
    assert!(
        !has(&got, "Sydney = Sydney Sweeney", Class::Person),
        "{got:?}"
    );
}

#[test]
fn trade_marks_and_officers_letters_are_no_party_s() {
    // The trade mark's letters are no part of the answer: "NFL", both times.
    let got = names("The NFL(TM) logo was registered in 1970, and the NFL has 32 teams.");
    assert!(
        !got.iter().any(|(n, _)| n.ends_with("= NFL(TM)")),
        "{got:?}"
    );
    let got = names("The CIO(S) of the fund will report to the board by Friday.");
    assert!(!has_written(&got, "CIO(S)", Class::Organisation), "{got:?}");
    let got = names("The Lebanese government will spend $20m on the scheme.");
    assert!(
        has_written(&got, "Lebanese government", Class::Organisation),
        "{got:?}"
    );
}
