//! Rules of round i15a (#15, holdout25 names): "v." between a case's two sides ends no sentence,
//! plural titles ("Justices", "Judges"), "Administrator" as a title, a plural opening the
//! sentence before "of" and a body's name, a model's letter glued to its number, a name after
//! an ordinal in figures, a place after "state of" with its other name in brackets. Sentences of our own, none from a test article.

use super::tests::{has_written, named, names};
use crate::draft::value::Class::*;

#[test]
fn the_side_after_versus_keeps_its_first_word() {
    let got = names(
        "The case, Orrin Foods Co. v. National Grain Inspection Board, began in 2021.\n\
         The national board said nothing.",
    );
    assert!(
        has_written(&got, "National Grain Inspection Board", Organisation),
        "{got:?}"
    );
    assert!(!named(&got, "Grain Inspection Board"), "{got:?}");
}

#[test]
fn a_plural_title_opens_each_name_of_its_list_and_is_no_part_of_it() {
    let got = names(
        "The ruling was joined by Justices Maren Tulloch and Owen Abara on Monday.\n\
         Judges Petra Vance and Ilya Sorokin dissented.",
    );
    // The names after "and" have no title of their own: left out, not drafted wrong.
    for person in ["Maren Tulloch", "Petra Vance"] {
        assert!(has_written(&got, person, Person), "{person}: {got:?}");
    }
    assert!(!named(&got, "Justices Maren Tulloch"), "{got:?}");
    assert!(!named(&got, "Judges Petra Vance"), "{got:?}");
}

#[test]
fn administrator_is_a_title_not_a_word_of_the_agency() {
    let got = names(
        "In a statement on Monday, NWSA Administrator Dr. Lena Marsh said the agency would comply.",
    );
    assert!(has_written(&got, "Lena Marsh", Person), "{got:?}");
    assert!(!named(&got, "NWSA Administrator"), "{got:?}");
}

#[test]
fn a_plural_opening_the_sentence_before_of_and_a_company_is_no_part_of_it() {
    let got = names(
        "Shares of Merrow Logistics fell 4% on Monday.\n\
         Customers of Tarrant Bank queued outside.",
    );
    assert!(
        has_written(&got, "Merrow Logistics", Organisation),
        "{got:?}"
    );
    assert!(has_written(&got, "Tarrant Bank", Organisation), "{got:?}");
    assert!(!named(&got, "Shares of Merrow Logistics"), "{got:?}");
    assert!(!named(&got, "Customers of Tarrant Bank"), "{got:?}");
}

#[test]
fn a_model_s_letter_glued_to_its_number_is_no_word_of_the_maker() {
    let got = names("The airline grounded its Halvard Aviation K-200 jets on Monday.");
    assert!(
        has_written(&got, "Halvard Aviation", Organisation),
        "{got:?}"
    );
    assert!(!named(&got, "Halvard Aviation K"), "{got:?}");
}

#[test]
fn a_name_after_an_ordinal_in_figures_is_left_out() {
    let got = names("A panel of the 4th U.S. Circuit Court of Appeals ruled on Monday.");
    assert!(!named(&got, "U.S. Circuit Court of Appeals"), "{got:?}");
}

#[test]
fn a_place_of_a_state_with_its_other_name_in_brackets_is_no_person() {
    let got = names(
        "Turnout was high in the northern state of Rhein-Vallen (Rein-Valle), officials said.\n\
         Voters in Rhein-Vallen backed the plan.",
    );
    assert!(has_written(&got, "Rhein-Vallen", Place), "{got:?}");
    assert!(!has_written(&got, "Rhein-Vallen", Person), "{got:?}");
}
