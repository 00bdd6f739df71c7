//! Rules of round i15t (#15): a name is drafted when its class has evidence of its own, and left
//! out when the class would be a guess. Sentences of our own, none from a test article.

use super::tests::{has_written as has, named, names};
use crate::draft::value::Class::*;

#[test]
fn a_one_word_speaker_who_has_done_something_is_no_one_named() {
    // A body speaks and "has" worked somewhere as well as someone does: "who has" says nothing
    // of a person. "who heads" still does.
    let got = names(
        "“The wells are dry,” said Brightwater, who has worked in the valley since 1994.\n\
         “We need rain,” said Darmo, who heads the district office.",
    );
    assert!(!has(&got, "Brightwater", Person), "{got:?}");
    assert!(has(&got, "Darmo", Person), "{got:?}");
}

#[test]
fn a_single_plain_word_in_brackets_after_a_name_is_no_body() {
    // A rank, a hometown or a part of a law's name in brackets is no team: a body in brackets
    // has two or three words, a hyphen or a body's word.
    let got = names(
        "Tom Ray (Snr) beat Ana Lotu (Captain) and Lena Voss (Whakatane) in the final.\n\
         Fines rose under the Road Traffic (Amendment) regulations last year.",
    );
    assert!(!named(&got, "Snr"), "{got:?}");
    assert!(!named(&got, "Captain"), "{got:?}");
    assert!(!has(&got, "Whakatane", Organisation), "{got:?}");
    assert!(!has(&got, "Amendment", Organisation), "{got:?}");
}

#[test]
fn a_team_named_for_its_city_in_brackets_is_a_body() {
    // Only the whole bracket must be no place: most clubs carry their city's name.
    let got = names("Ana Lotu (Leeds Rhinos) edged Tomas Broek (Vell-Ostra) by a metre.");
    assert!(has(&got, "Leeds Rhinos", Organisation), "{got:?}");
    assert!(has(&got, "Vell-Ostra", Organisation), "{got:?}");
    assert!(has(&got, "Ana Lotu", Person), "{got:?}");
}

#[test]
fn a_building_named_with_a_body_s_word_is_no_body() {
    // "Parliament House", a saint's church: the building where a body sits or worships.
    let got = names(
        "The minister spoke on the steps of Parliament House on Monday.\n\
         Families sheltered in the hall of St. Anselm Catholic Church overnight.\n\
         The Marlow Catholic Church said it would open its schools on Friday.",
    );
    assert!(!has(&got, "Parliament House", Organisation), "{got:?}");
    assert!(
        !has(&got, "St. Anselm Catholic Church", Organisation),
        "{got:?}"
    );
    // A church named without a saint is the body of its faithful.
    assert!(has(&got, "Marlow Catholic Church", Organisation), "{got:?}");
}

#[test]
fn a_storm_s_name_is_no_place() {
    // A storm goes "from" and "to" as a place does; its name after "Hurricane" or before "came
    // ashore" says it is a storm, in every mention.
    let got = names(
        "Hurricane Doralee slammed into the coast near Pelham on Tuesday.\n\
         It was the strongest storm since Fenwick came ashore near the same spot in 2019.\n\
         Blue tarps from Fenwick still covered roofs, and debris from Doralee blocked roads \
         in Pelham.",
    );
    assert!(!named(&got, "Doralee"), "{got:?}");
    assert!(!named(&got, "Hurricane Doralee"), "{got:?}");
    assert!(!named(&got, "Fenwick"), "{got:?}");
    assert!(has(&got, "Pelham", Place), "{got:?}");
}

#[test]
fn a_name_opened_by_the_has_no_class_by_that_alone() {
    // "The" inside a sentence opens a paper's name ("The Lantern") as often as a city's, a
    // country's or an event's: no class of its own, and "in" does not make it a place either.
    let got = names(
        "The ministers met in The Hague on Tuesday.\n\
         The results were published in The Lantern on Monday.",
    );
    assert!(!has(&got, "The Hague", Organisation), "{got:?}");
    assert!(!has(&got, "The Lantern", Place), "{got:?}");
}

#[test]
fn a_name_ending_with_buildings_is_no_body() {
    // i15u: a body's word before a plural "Buildings" names the site where it sits.
    let got = names(
        "Delegates met at the Assembly Buildings in Lowmarsh on Monday.\n\
         The Lowmarsh Assembly voted on Tuesday.",
    );
    assert!(!has(&got, "Assembly Buildings", Organisation), "{got:?}");
    assert!(has(&got, "Lowmarsh Assembly", Organisation), "{got:?}");
}
