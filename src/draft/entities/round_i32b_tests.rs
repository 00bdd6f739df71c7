//! Round i32b (#15), from practice articles in the styles of a shipping report, a science prize
//! announcement and a bankruptcy report (our own sentences): shipping's and insurers' trades,
//! where a ship lies or sails, a port's people, a journal after "reported in", America's regions.

use super::tests::{has_written, named, names};
use crate::draft::value::Class;

#[test]
fn shipping_s_and_insurers_trades_are_bodies() {
    let text = "At the dock, Kessel Quay Terminals said it would add two shifts.\n\
                Nine tugs from Noord Towage pulled her clear, and Brill Average Adjusters put \
                the award at $14m.";
    let got = names(text);
    for body in [
        "Kessel Quay Terminals",
        "Noord Towage",
        "Brill Average Adjusters",
    ] {
        assert!(
            has_written(&got, body, Class::Organisation),
            "{body}: {got:?}"
        );
    }
}

#[test]
fn where_a_ship_lies_or_sails_is_a_place_and_a_bowler_is_not() {
    let text = "More than 40 ships are queuing off Brakkenhaven, the port said.\n\
                Fourteen tankers bound for Oostmeer had been held at anchor.";
    let got = names(text);
    for place in ["Brakkenhaven", "Oostmeer"] {
        assert!(has_written(&got, place, Class::Place), "{place}: {got:?}");
    }
    // "caught off Otene": a ball off a bowler says nothing of a place.
    let text = "Solanki was caught at gully off Tamati in the 23rd over.";
    let got = names(text);
    assert!(!has_written(&got, "Tamati", Class::Place), "{got:?}");
}

#[test]
fn a_port_s_people_are_someone() {
    let text = "“We used the window,” said Oostmeer harbourmaster Liesbeth Dammers.";
    let got = names(text);
    assert!(
        has_written(&got, "Liesbeth Dammers", Class::Person),
        "{text}: {got:?}"
    );
}

#[test]
fn america_s_regions_are_places() {
    let text = "The chain has 600 stores across Ohio and the Midwest.";
    let got = names(text);
    assert!(has_written(&got, "Midwest", Class::Place), "{got:?}");
    assert!(!named(&got, "The chain"), "{got:?}");
}

#[test]
fn the_second_reader_s_sentences_keep_their_names() {
    // "reported in" is where things happen as often as a journal's name (taken back).
    let got = names("Casualties were reported in Tarvik on Monday.");
    assert!(has_written(&got, "Tarvik", Class::Place), "{got:?}");
    // "bound for" a club or a university is no place; "the Masters at" a venue is no staff.
    let got = names("Kane, bound for Kessling, scored twice on Saturday.");
    assert!(!has_written(&got, "Kessling", Class::Place), "{got:?}");
    let got = names("Sinner won the Masters at Shanghai on Sunday.");
    assert!(
        !has_written(&got, "Shanghai", Class::Organisation),
        "{got:?}"
    );
    let got = names("The Master Builders Association of Ohio said costs rose 7%.");
    assert!(
        !has_written(&got, "Builders Association", Class::Person),
        "{got:?}"
    );
    // A side called by its region's name is no region; a singer named Lines is someone.
    let got = names("New England beat Miami 31-10 at Gillette Stadium on Sunday.");
    assert!(!has_written(&got, "New England", Class::Place), "{got:?}");
    let got = names("Country singer Aaron Lines, 47, was born in Fort Frances.");
    assert!(
        !has_written(&got, "Aaron Lines", Class::Organisation),
        "{got:?}"
    );
}

#[test]
fn the_third_reader_s_sentences_keep_their_names() {
    // A ship's noun just before "bound for"; a carrier's and a salvor's names of three words
    // or more are bodies (the fourth reader: "Smit Salvage", of two, is lost with "Holly Lines").
    let got = names("The tanker, bound for Oostmeer, ran aground on Monday.");
    assert!(has_written(&got, "Oostmeer", Class::Place), "{got:?}");
    let text = "Kessel Hai Lines said it would add a surcharge, and Brakke Marine Salvage said it \
                had refloated the ship.\nCountry singer Aaron Lines, 47, was born in Fort Frances.";
    let got = names(text);
    assert!(
        has_written(&got, "Kessel Hai Lines", Class::Organisation),
        "{got:?}"
    );
    assert!(
        has_written(&got, "Brakke Marine Salvage", Class::Organisation),
        "{got:?}"
    );
    assert!(
        !has_written(&got, "Aaron Lines", Class::Organisation),
        "{got:?}"
    );
    // A model's word alone names nothing only where the article writes such a model.
    let got = names("A spokesman for Mini said sales rose, and BMW, which owns Mini, agreed.");
    assert!(has_written(&got, "Mini", Class::Organisation), "{got:?}");
}
