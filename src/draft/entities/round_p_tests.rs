//! Rules of round i15p (#15): names of people, places and bodies. Sentences of our own, none
//! from a test article.

use super::tests::{has_written as has, named, names};
use crate::draft::value::Class::*;

#[test]
fn a_person_with_a_body_in_brackets_is_someone_of_that_body() {
    let got = names(
        "Ivo Sarne (Vell-Ostra) edged Tomas Broek (Kestrel Dun) by a wheel on the last lap.\n\
         The jury later fined Vell-Ostra for a late change of bikes.",
    );
    assert!(has(&got, "Vell-Ostra", Organisation), "{got:?}");
    assert!(has(&got, "Kestrel Dun", Organisation), "{got:?}");
    assert!(has(&got, "Tomas Broek", Person), "{got:?}");
    assert!(!has(&got, "Vell-Ostra", Person), "{got:?}");
    assert!(!has(&got, "Vell-Ostra", Place), "{got:?}");
}

#[test]
fn a_people_a_place_or_a_party_in_brackets_is_no_body() {
    let got = names(
        "Marta Quell (Italian) edged Dana Roe (R-Ohio) and Lena Voss (Norway) on the last lap.",
    );
    assert!(!has(&got, "Italian", Organisation), "{got:?}");
    assert!(!has(&got, "Norway", Organisation), "{got:?}");
    assert!(!named(&got, "R-Ohio"), "{got:?}");
    assert!(!has(&got, "Ohio", Organisation), "{got:?}");
}

#[test]
fn brackets_inside_a_name_or_after_a_body_s_name_are_no_member_s_body() {
    let got =
        names("The court applied the Harbour Dues (Exemption) Act to Rosa Quint (Independent).");
    assert!(!has(&got, "Exemption", Organisation), "{got:?}");
    assert!(!has(&got, "Independent", Organisation), "{got:?}");
}

#[test]
fn a_title_s_word_after_the_and_before_a_particle_opens_a_place_s_name() {
    let got = names(
        "The riders climbed the Col du Merle before Ana Lotu won on Sunday.\n\
         Dr du Preez said the climb over the Merle was steep.",
    );
    assert!(!has(&got, "du Merle", Person), "{got:?}");
    assert!(!has(&got, "Merle", Person), "{got:?}");
    assert!(has(&got, "du Preez", Person), "{got:?}");
}

#[test]
fn a_role_noun_opening_the_sentence_is_no_part_of_the_name() {
    let got = names(
        "Parents met at Tarn Valley School on Monday. Principal Greta Holm said classes would \
         resume on Thursday, and Ms Holm thanked the parents.",
    );
    assert!(has(&got, "Greta Holm", Person), "{got:?}");
    assert!(!named(&got, "Principal Greta Holm"), "{got:?}");
}
