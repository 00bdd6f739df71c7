//! Rules of round i23a (#15: read after holdout35, a college basketball upset, river floods in
//! Bavaria and a Senate hearing on rice prices). Sentences of our own, none from a test article.

use super::tests::{has, has_written, named, names};
use crate::draft::value::Class::*;

#[test]
fn a_german_place_s_name_goes_on_through_an_der_and_am() {
    let got = names(
        "Water poured into Frankfurt am Main on Friday.\n\
         Crews worked through the night in Weilheim an der Ammer and in Rothenburg ob der Tauber.",
    );
    assert!(has_written(&got, "Frankfurt am Main", Place), "{got:?}");
    assert!(has_written(&got, "Weilheim an der Ammer", Place), "{got:?}");
    assert!(
        has_written(&got, "Rothenburg ob der Tauber", Place),
        "{got:?}"
    );
    // "I am" is no name's joiner.
    let got = names("“I am Grenwald’s mayor,” said Tilde Varga.");
    assert!(!named(&got, "I am Grenwald"), "{got:?}");
}

#[test]
fn a_name_before_the_noun_for_a_district_or_a_river_is_that_place() {
    let got = names(
        "Police in the Rosenheim district found a stranded driver near the bridge.\n\
         A canoe overturned on the Wertach river at dusk.\n\
         Engineers feared the dam on the Lorrach river could give way.\n\
         The ferry sank off Kelayar island in rough seas.",
    );
    assert!(has_written(&got, "Kelayar", Place), "{got:?}");
    assert!(has_written(&got, "Rosenheim", Place), "{got:?}");
    assert!(has_written(&got, "Wertach", Place), "{got:?}");
    assert!(has_written(&got, "Lorrach", Place), "{got:?}");
}

#[test]
fn a_name_before_a_unit_noun_that_another_noun_follows_or_a_people_s_word_is_no_place() {
    // "the Marrow district council": the council is what is named; "the Canadian province".
    let got = names(
        "Police in the Rosenheim district found a driver.\n\
         The Marrow district council met in the hall on Monday.\n\
         Two regulators and the Canadian province of Alberta signed.",
    );
    assert!(has_written(&got, "Rosenheim", Place), "{got:?}");
    assert!(!named(&got, "Marrow"), "{got:?}");
    assert!(!named(&got, "Canadian"), "{got:?}");
}

#[test]
fn a_list_after_a_plural_for_places_and_a_dash_keeps_hyphened_and_joined_names_whole() {
    let got = names(
        "Officials declared an emergency in four districts — Lindau-Kempten, Weilheim an der \
         Ammer, Rottal-Inn and Bad Tolzen — on Monday.",
    );
    for place in [
        "Lindau-Kempten",
        "Weilheim an der Ammer",
        "Rottal-Inn",
        "Bad Tolzen",
    ] {
        assert!(has_written(&got, place, Place), "{place}: {got:?}");
    }
}

#[test]
fn an_administrator_an_undersecretary_and_an_assistant_are_someone() {
    let got = names(
        "Markus Hollander, the district administrator of Lindau, said half the homes flooded.\n\
         Agriculture Undersecretary Gilberto Salanga told senators the price would fall.\n\
         Dana Whitcroft spent years as an assistant at Brenford before coming here.",
    );
    assert!(
        has(&got, "Markus Hollander = Markus Hollander", Person),
        "{got:?}"
    );
    assert!(has_written(&got, "Gilberto Salanga", Person), "{got:?}");
    assert!(has_written(&got, "Brenford", Organisation), "{got:?}");
}

#[test]
fn whom_a_scored_loss_was_to_is_a_side() {
    let got = names(
        "The Owls beat Harlow State 70-61 on Friday.\n\
         Their last trip ended with an 81-52 loss to Brenmoor in March.",
    );
    assert!(has_written(&got, "Brenmoor", Organisation), "{got:?}");
    assert!(!has_written(&got, "Brenmoor", Place), "{got:?}");
}

#[test]
fn a_place_in_a_side_opening_the_sentence_is_no_word_of_the_player_s_name() {
    let got = names(
        "The Owls beat Harlow State 70-61 on Friday.\n\
         Forward Emeka Obara added 17 points and 11 rebounds.",
    );
    assert!(has_written(&got, "Emeka Obara", Person), "{got:?}");
    assert!(!named(&got, "Forward Emeka Obara"), "{got:?}");
}

#[test]
fn a_cricket_score_and_a_test_against_a_country_show_its_side() {
    // A side's runs for its wickets: strong evidence of a side.
    let got = names("At stumps, South Africa was 96 for four in reply.");
    assert!(has_written(&got, "South Africa", Organisation), "{got:?}");
    // Once sides are shown, "a Test against Fiji" is one more.
    let got = names(
        "New Zealand beat Wales 31-17 on Saturday.\n\
         The squad now plays a Test against Fiji next month.",
    );
    assert!(has_written(&got, "Fiji", Organisation), "{got:?}");
    // "fighting against Russia" is no match.
    let got = names(
        "New Zealand beat Wales 31-17 on Saturday.\n\
         Soldiers have been fighting against Russia since 2022.",
    );
    assert!(!has_written(&got, "Russia", Organisation), "{got:?}");
}

#[test]
fn a_bowler_s_figures_after_a_name_make_it_someone() {
    let got = names(
        "Tomas Ruhle (three for 28) removed both openers before tea.\n\
         Arvid Kessling took two for 97 from 20 overs.",
    );
    assert!(has_written(&got, "Tomas Ruhle", Person), "{got:?}");
    assert!(has_written(&got, "Arvid Kessling", Person), "{got:?}");
    // A side's score puts the runs first: no player.
    let got = names("Harlow Vale (96 for four) trail by 291.");
    assert!(!has_written(&got, "Harlow Vale", Person), "{got:?}");
}

#[test]
fn a_large_city_alone_is_the_city_beside_a_body_named_after_it_that_is_no_side() {
    let got = names(
        "Toronto city council voted 19-6 on Thursday.\n\
         Fares will rise, the Toronto Transit Commission confirmed.\n\
         Ontario would “stand with Toronto,” the minister said in Toronto.",
    );
    assert!(has(&got, "Toronto = Toronto", Place), "{got:?}");
    assert!(
        !got.iter()
            .any(|(n, _)| n.starts_with("Toronto = Toronto Transit")),
        "{got:?}"
    );
}

#[test]
fn a_skipper_before_a_name_makes_it_someone() {
    let got = names("Kuldeep Yarrow accounted for skipper Temba Bavuna before lunch.");
    assert!(has_written(&got, "Temba Bavuna", Person), "{got:?}");
}

#[test]
fn coun_is_a_title_that_ends_no_sentence() {
    // The Toronto Star's "Coun.": the name after it is a councillor, in the same sentence.
    let got = names(
        "Deputy Mayor Ana Ruhl and Coun. Paula Fenner backed the plan, while Coun. Tom Holby \
         voted against it.",
    );
    assert!(has_written(&got, "Paula Fenner", Person), "{got:?}");
    assert!(has_written(&got, "Tom Holby", Person), "{got:?}");
}

#[test]
fn a_legislature_or_an_army_called_by_its_own_name_is_a_body() {
    let got = names(
        "The Landtag will vote on Friday, and the Knesset met on Monday.\n\
         The Bundeswehr sent 350 soldiers to the area.\n\
         She leads the party in the Hessian Landtag.",
    );
    for body in ["Landtag", "Knesset", "Bundeswehr", "Hessian Landtag"] {
        assert!(has_written(&got, body, Organisation), "{body}: {got:?}");
    }
}

#[test]
fn a_party_called_by_its_members_plural_is_the_party() {
    let got = names(
        "The environmentalist Greens took 4.6% of the vote.\n\
         Katrin Lenz, who leads the Greens in the state parliament, conceded.\n\
         The Tories lost ground, and Greens senator Lidia Brammer called it a rout.",
    );
    assert!(has_written(&got, "Greens", Organisation), "{got:?}");
    assert!(has_written(&got, "Tories", Organisation), "{got:?}");
    assert!(
        has(&got, "Lidia Brammer = Lidia Brammer", Person),
        "{got:?}"
    );
    // A plural of another word after "the" is no party.
    let got = names("The Hendersons moved to the coast in 2019.");
    assert!(!has_written(&got, "Hendersons", Organisation), "{got:?}");
}

#[test]
fn a_shooting_line_after_a_plural_nickname_shows_the_side() {
    let got = names(
        "The Mustangs (25-9) closed on a 17-6 run to win.\n\
         The Herons then missed 11 of their last 14 shots.\n\
         The Herons, who came in making 76% of their free throws, went 13 of 21 from the line.",
    );
    assert!(has_written(&got, "Herons", Organisation), "{got:?}");
}

#[test]
fn a_resolution_is_a_document_and_no_body() {
    let got = names(
        "Sen. Lorenzo Buenavista, who filed Senate Resolution No. 418, urged the agency to act.\n\
         The council adopted Resolution 2334 on Friday.",
    );
    assert!(
        !got.iter().any(|(n, _)| n.contains("Resolution")),
        "{got:?}"
    );
    assert!(has_written(&got, "Lorenzo Buenavista", Person), "{got:?}");
}

#[test]
fn a_known_country_before_an_event_s_noun_is_where_it_struck() {
    let got = names(
        "Germany floods: thousands evacuated as a dam comes under strain\n\
         Rain sent rivers in southern Germany to record levels.",
    );
    assert_eq!(
        got.iter()
            .filter(|(n, c)| n == "Germany = Germany" && *c == Place)
            .count(),
        2,
        "{got:?}"
    );
    // An unknown name before an event's noun is the event's name, left out.
    let got = names("Crews fought the Harwick Ridge fire overnight.");
    assert!(!named(&got, "Harwick Ridge"), "{got:?}");
}

#[test]
fn the_second_reader_s_cases_read_as_before() {
    // "the Greens" of a golf course, with no word of politics, is no party.
    let got = names("The ball rolled off the Greens at Augusta on Sunday.");
    assert!(!has_written(&got, "Greens", Organisation), "{got:?}");
    // "25 for 3" outside cricket is no side's score.
    let got = names("Canada was 25 for 3 on the power play in the first period.");
    assert!(!has_written(&got, "Canada", Organisation), "{got:?}");
}
