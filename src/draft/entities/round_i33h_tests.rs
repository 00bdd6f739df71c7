//! Round i33h (#15): the fifth reader's findings on rounds i33e-i33f (its own sentences),
//! mended.

use super::tests::{has_written, names};
use crate::draft::value::Class;

#[test]
fn a_team_after_in_the_before_a_noun_stays_the_team() {
    let got = names(
        "England beat Italy 2-1 at Wembley.\nGareth Southgate said the mood in the England camp \
         had lifted, and Kane scored the winner in the England victory.",
    );
    assert!(!has_written(&got, "England", Class::Place), "{got:?}");
}

#[test]
fn a_country_s_initials_with_a_named_coach_or_a_result_are_its_team() {
    for text in [
        "US coach Mauricio Pochettino named Christian Pulisic in his squad.\nThe US face Panama \
         in Houston on Tuesday.",
        "The US skipper, Lindsey Horan, scored twice.",
        "USA 2-1 Mexico: Pulisic scores twice in Las Vegas.",
    ] {
        let got = names(text);
        assert!(
            got.iter()
                .any(|(n, c)| (n.starts_with("US") || n.starts_with("USA"))
                    && *c == Class::Organisation),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_surname_or_a_town_beside_a_company_is_no_company() {
    let got = names(
        "Sam Altman returned as chief executive in November.\nA lawsuit by Elon Musk accuses \
         Altman and Microsoft of fraud.",
    );
    assert!(!has_written(&got, "Altman", Class::Organisation), "{got:?}");
    let got = names("Intel scrapped its plans.\nTalks between Magdeburg and Intel collapsed.");
    assert!(
        !has_written(&got, "Magdeburg", Class::Organisation),
        "{got:?}"
    );
}

#[test]
fn a_subject_after_at_x_is_no_description_of_x() {
    let got = names("At Sellafield, the company that runs the site admitted cyber failings.");
    assert!(
        !has_written(&got, "Sellafield", Class::Organisation),
        "{got:?}"
    );
}

#[test]
fn the_bank_beside_banks_is_no_short_form() {
    let got = names(
        "The Bank of England raised rates after the collapse of Silicon Valley Bank.\nThe Bank \
         said inflation would fall.",
    );
    assert!(
        !got.iter().any(|(n, _)| n.starts_with("Bank = ")),
        "{got:?}"
    );
    let got =
        names("The Soviet Union collapsed in 1991.\nScotland voted to stay in the Union in 2014.");
    assert!(
        !got.iter().any(|(n, _)| n == "Union = Soviet Union"),
        "{got:?}"
    );
}

#[test]
fn a_country_s_initials_after_a_saint_s_firm_are_cut() {
    let got = names("Saint Laurent’s US sales fell 12% in the quarter.");
    assert!(
        !has_written(&got, "Saint Laurent’s US", Class::Organisation),
        "{got:?}"
    );
}

#[test]
fn a_leader_s_noun_before_a_studio_leaves_the_studio() {
    let got = names("Animation leader Pixar’s “Elio” opened below forecasts at the box office.");
    assert!(has_written(&got, "Pixar", Class::Organisation), "{got:?}");
}
