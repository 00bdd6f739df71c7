//! Round i31g (#15): from practice articles in the styles of a launch report, a swimming report
//! and a wine harvest report (our own sentences).

use super::tests::{has_written, named, names};
use crate::draft::value::Class;

#[test]
fn a_wine_region_is_a_place() {
    let text = "Alsace’s harvest was the smallest since 1991, and growers in Rioja picked early.";
    let got = names(text);
    for place in ["Alsace", "Rioja"] {
        assert!(has_written(&got, place, Class::Place), "{text}: {got:?}");
    }
}

#[test]
fn a_wine_that_is_a_surname_or_a_town_s_name_is_no_region() {
    // The second reader (round i31h).
    let text = "Defenceman Sylvain Champagne scored twice on Saturday.\nChampagne, 28, has 14 \
                goals this season.";
    let got = names(text);
    assert!(
        !has_written(&got, "Champagne", Class::Place),
        "{text}: {got:?}"
    );
    let text = "The fire in Piedmont, South Dakota, destroyed 12 homes on Tuesday.";
    let got = names(text);
    assert!(
        !has_written(&got, "South Dakota", Class::Place)
            || has_written(&got, "Piedmont, South Dakota", Class::Place),
        "{text}: {got:?}"
    );
}

#[test]
fn grapes_name_nothing_and_estates_and_growers_bodies_are_bodies() {
    // Round i31i, from the practice harvest report (our own sentences).
    let text = "Total acidity in Riesling averaged 5.9g/l and Pinot Gris reached 14.4%, at the 22ha \
                Domaine Marchal-Roth in Ribeauvillé.";
    let got = names(text);
    assert!(
        !named(&got, "Riesling") && !named(&got, "Pinot Gris"),
        "{text}: {got:?}"
    );
    assert!(
        has_written(&got, "Domaine Marchal-Roth", Class::Organisation),
        "{text}: {got:?}"
    );
    let text = "The Conseil Interprofessionnel des Vins d’Alsace said on Tuesday that the Cave des \
                Vignerons de Turckheim took in 9,200 tonnes.";
    let got = names(text);
    for body in [
        "Conseil Interprofessionnel des Vins d’Alsace",
        "Cave des Vignerons de Turckheim",
    ] {
        assert!(
            has_written(&got, body, Class::Organisation),
            "{text}: {got:?}"
        );
    }
    // A pass's name keeps out of it, and Oman's capital is no grape.
    let text = "Over the Col d’Aspin the break was whittled down to nine riders.";
    let got = names(text);
    assert!(!named(&got, "d’Aspin"), "{text}: {got:?}");
    let text = "The next summit will be held in Muscat in May.";
    assert!(has_written(&names(text), "Muscat", Class::Place));
}

#[test]
fn a_cave_and_a_road_named_domaine_stay_places() {
    // Round i31i's own check: "cave" and "domaine" make no body of a place.
    let text = "Fires burned near Cave Creek, Arizona, and Cave Hill, and Domaine Road and \
                Syndicate Street were shut on Monday.";
    let got = names(text);
    for place in ["Cave Hill", "Domaine Road", "Syndicate Street"] {
        assert!(has_written(&got, place, Class::Place), "{text}: {got:?}");
    }
}
