//! Rules of round i15n (#15): names of people, places and bodies. Sentences of our own, none
//! from a test article.

use super::tests::{has_written as has, named, names};
use crate::draft::value::Class::{self, *};

#[test]
fn a_name_whose_mentions_speak_for_two_classes_is_left_out() {
    // "champion at Kelmoor" reads as someone's employer, "in Kelmoor" as a place: the mentions
    // disagree, so no class is spread from the first to all of them.
    let got = names(
        "Vera Lund, champion at Kelmoor in 2019, led by two shots on Sunday.\n\
         Hotels in Kelmoor were full, said Ivo Sarne.",
    );
    assert!(!named(&got, "Kelmoor"), "{got:?}");
    assert!(has(&got, "Vera Lund", Person), "{got:?}");
    assert!(has(&got, "Ivo Sarne", Person), "{got:?}");
    // Mentions that agree keep their class.
    let got = names(
        "Hotels in Kelmoor were full on Sunday, said Ivo Sarne.\n\
         Buses near Kelmoor ran late.",
    );
    assert!(has(&got, "Kelmoor", Place), "{got:?}");
    assert!(!has(&got, "Kelmoor", Organisation), "{got:?}");
}

#[test]
fn a_place_said_only_by_the_list_before_it_does_not_outvote_a_person() {
    // "in Tarn, Odalys" joins the name to a place by a comma only: too weak to speak against
    // "said Rosa Odalys".
    let got = names(
        "The club signed striker Rosa Odalys on Monday, said Ivo Sarne.\n\
         Born in Tarn, Odalys joined the academy at 12.",
    );
    assert!(has(&got, "Rosa Odalys", Person), "{got:?}");
    assert!(!has(&got, "Odalys", Place), "{got:?}");
}

#[test]
fn a_list_before_a_plural_noun_for_places_is_a_list_of_places() {
    let got = names("Orders now cover Marrow, Tollen and Brisk Hollow parishes, said Ivo Sarne.");
    assert!(has(&got, "Marrow", Place), "{got:?}");
    assert!(has(&got, "Tollen", Place), "{got:?}");
    assert!(has(&got, "Brisk Hollow", Place), "{got:?}");
    assert!(!has(&got, "Brisk Hollow", Person), "{got:?}");
    // The last two items alone, "and" between them.
    let got = names("Crews drove on to Dunlop and Orvel counties, said Ivo Sarne.");
    assert!(has(&got, "Orvel", Place), "{got:?}");
    // Nouns whose singular is a place word too: the last item is still an item (review 138).
    for noun in ["districts", "boroughs", "towns"] {
        let got = names(&format!(
            "Crews reached Marrow and Tollen {noun} on Monday, said Ivo Sarne."
        ));
        assert!(has(&got, "Marrow", Place), "{noun}: {got:?}");
        assert!(has(&got, "Tollen", Place), "{noun}: {got:?}");
    }
    // Peoples and faiths before "communities" are no places.
    let got =
        names("The centre serves Sikh and Hindu communities across the city, said Ivo Sarne.");
    assert!(!has(&got, "Sikh", Place), "{got:?}");
    assert!(!has(&got, "Hindu", Place), "{got:?}");
}

#[test]
fn a_list_after_a_plural_noun_for_places_and_a_dash_is_a_list_of_places() {
    let got = names(
        "Schools shut in four districts — Arvel, Cosk, Dara Penn and Lusk — on Monday, said Ivo Sarne.",
    );
    for place in ["Arvel", "Cosk", "Dara Penn", "Lusk"] {
        assert!(has(&got, place, Place), "{place}: {got:?}");
    }
    assert!(!has(&got, "Dara Penn", Person), "{got:?}");
}

#[test]
fn one_name_that_speaks_and_is_said_to_be_someone_is_a_person() {
    let got = names(
        "The road will reopen on Friday, said Harjono, who runs the district works office.\n\
         Repairs were slow, Harjono said.",
    );
    assert!(has(&got, "Harjono", Person), "{got:?}");
    assert!(!has(&got, "Harjono", Organisation), "{got:?}");
    let got = names("The bridge was closed at noon, said Wiratmo, head of the port authority.");
    assert!(has(&got, "Wiratmo", Person), "{got:?}");
    // Speech alone says nothing of who or what speaks.
    let got = names("The bridge was closed at noon, said Corvane.");
    assert!(
        !got.iter().any(|(n, _)| n.starts_with("Corvane")),
        "{got:?}"
    );
}

#[test]
fn a_title_of_rank_before_a_name_makes_it_someone() {
    // Each title of rank, the man's as the woman's (review 138: "Baron" was missing).
    for title in ["Baroness", "Baron", "Marquis", "Viscount"] {
        let got = names(&format!(
            "The estate passed to {title} Ilse van Merck, a patron of the arts, in 1902."
        ));
        let merck = |class: Class| {
            got.iter()
                .any(|(n, c)| n.contains("Ilse van Merck") && *c == class)
        };
        assert!(merck(Person), "{title}: {got:?}");
        assert!(!merck(Place), "{title}: {got:?}");
    }
    // After "the" and before a particle, a title still opens someone's name (only "Col", a pass,
    // opens a place's); a title that is also a given name, before one more word, is the name's
    // first word (review 140).
    let got = names("The games were revived by the Baron de Coubertin, said Ivo Sarne.");
    assert!(
        got.iter()
            .any(|(n, c)| n.contains("Coubertin") && *c == Person),
        "{got:?}"
    );
    let got = names("Sacha Baron Cohen said the film was fun.\nIt was, Marquis Grissom said.");
    assert!(has(&got, "Sacha Baron Cohen", Person), "{got:?}");
    assert!(has(&got, "Marquis Grissom", Person), "{got:?}");
}

#[test]
fn a_name_placed_somewhere_of_its_own_does_not_continue_a_list_of_places() {
    let got = names("Notes were taken by Ana Vell in Tromsby and Piet Orcan in Lusk.");
    assert!(!has(&got, "Piet Orcan", Place), "{got:?}");
    assert!(has(&got, "Lusk", Place), "{got:?}");
    // A list of places still runs on: "in Tromsby and Lusk".
    let got = names("Shops shut in Tromsby and Lusk on Monday.");
    assert!(has(&got, "Lusk", Place), "{got:?}");
    // Nor does a month or a day after the list, or a place after it with no name before the
    // list's first place (review 138).
    for text in [
        "Floods closed roads in Tromsby and Lusk in March.",
        "Crowds gathered at Tromsby and Lusk at Easter.",
        "Floods closed roads in Tromsby and Lusk in Ostmark.",
    ] {
        let got = names(text);
        assert!(has(&got, "Lusk", Place), "{text}: {got:?}");
    }
}
