//! Round i30f (#15): the fifth second reader's findings on round i30e, each sentence the
//! reader's.

use super::tests::{has_written, names};
use crate::draft::value::Class;

#[test]
fn a_country_s_side_of_a_river_a_crossing_or_a_range_is_the_country_even_beside_sport_words() {
    for (text, place) in [
        (
            "The Argentina side of the Andes has lost 40 per cent of its snowpack over the same \
             period, the study found.",
            "Argentina",
        ),
        (
            "The Gaza side of the Rafah crossing stayed shut after the Security Council voted \
             14-1 for a ceasefire.",
            "Gaza",
        ),
    ] {
        let got = names(text);
        assert!(
            !has_written(&got, place, Class::Organisation),
            "{text}: {got:?}"
        );
    }
    // A squad's camp is no place.
    let text = "Gatland said the England side of the camp had been quiet about selection before \
                the first Test.";
    let got = names(text);
    assert!(
        !has_written(&got, "England", Class::Place),
        "{text}: {got:?}"
    );
}

#[test]
fn a_roman_one_inside_a_body_s_name_keeps_the_name_whole() {
    let text = "The World War I Centennial Commission raised $40 million for the memorial.";
    let got = names(text);
    assert!(
        has_written(
            &got,
            "World War I Centennial Commission",
            Class::Organisation
        ),
        "{text}: {got:?}"
    );
}

#[test]
fn an_address_town_after_all_of() {
    let text = "The three men, all of Kestrel Avenue, Bramhall, were arrested on 4 May.";
    let got = names(text);
    assert!(
        has_written(&got, "Bramhall", Class::Place),
        "{text}: {got:?}"
    );
}
