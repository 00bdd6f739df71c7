//! Round i27c: the second reader's findings on rounds i27a and i27b (#15); the reader's own
//! sentences, each seen wrong on the code before its mend.

use super::tests::{has_written, names};
use crate::draft::value::Class::*;

#[test]
fn a_body_at_a_place_before_a_verb_of_speech_is_no_one() {
    for (text, name) in [
        (
            "Aer Lingus at Dublin Airport said 20 flights were cancelled.",
            "Aer Lingus",
        ),
        (
            "Manchester United at Old Trafford said the roof would be repaired by August.",
            "Manchester United",
        ),
    ] {
        let got = names(text);
        assert!(!has_written(&got, name, Person), "{text}: {got:?}");
    }
    // Someone at a bank still is someone.
    let got = names("Priya Raman at Nomura Securities said the yen would fall.");
    assert!(has_written(&got, "Priya Raman", Person), "{got:?}");
}

#[test]
fn a_surname_that_is_also_a_party_s_name_stays_someone_s() {
    let got = names(
        "The Spanish actor Lucía Morena, 34, won the prize on Friday.\n\
         Morena said she would donate the prize money.",
    );
    assert!(!has_written(&got, "Morena", Organisation), "{got:?}");
    assert!(has_written(&got, "Lucía Morena", Person), "{got:?}");
}

#[test]
fn a_city_s_docks_games_or_sevens_are_no_side() {
    let got = names(
        "The Regina Foxes beat the Kelowna Owls 4-1 on Friday.\n\
         Fans watched from the Toronto Docklands and near the Vancouver Docks, and Roe, who \
         played at the London Games, will coach at the Hong Kong Sevens.",
    );
    for name in [
        "Toronto Docklands",
        "Vancouver Docks",
        "London Games",
        "Hong Kong Sevens",
    ] {
        assert!(!has_written(&got, name, Organisation), "{name}: {got:?}");
    }
}

#[test]
fn a_town_that_speaks_as_its_hospital_is_not_the_town() {
    let got = names(
        "Patients waited in Letterkenny overnight.\n\
         There were 40 on trolleys at Letterkenny University Hospital on Monday.\n\
         Letterkenny said it had opened 12 extra beds.",
    );
    let places = got
        .iter()
        .filter(|(n, c)| n.starts_with("Letterkenny =") && *c == Place)
        .count();
    assert_eq!(places, 1, "{got:?}");
}

#[test]
fn a_people_s_word_that_ends_the_appositive_is_someone() {
    // The reader's finding 10: "the 27-year-old Dane", "a Slovenian who".
    let got = names(
        "Jonas Brekke, the 27-year-old Dane, won the stage.\n\
         Tadej Rovan, a Slovenian who lives in Monaco, was second.",
    );
    assert!(has_written(&got, "Jonas Brekke", Person), "{got:?}");
    assert!(has_written(&got, "Tadej Rovan", Person), "{got:?}");
    // Before a noun it only describes: "a Danish firm" is a body's.
    let got = names("Halden Rowe, a Danish firm, said it would appeal.");
    assert!(!has_written(&got, "Halden Rowe", Person), "{got:?}");
}
