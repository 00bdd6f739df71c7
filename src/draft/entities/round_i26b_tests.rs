//! Rules of round i26b (#15: read after holdout38, a wildfire, a Grand Slam final and a typhoon,
//! measured unread on two drafters; the sentences are our own).

use super::tests::{has, has_written, names};
use crate::draft::value::Class::*;

#[test]
fn a_district_named_for_what_it_runs_is_a_body() {
    let got = names(
        "The orders covered most of Marlow north of Pine Street and east of Santa Ines.\n\
         The Marlow Unified School District canceled classes, and Santa Ines Unified closed four \
         schools. The Kern Valley Water District cut deliveries.",
    );
    assert!(
        has_written(&got, "Marlow Unified School District", Organisation),
        "{got:?}"
    );
    assert!(
        has_written(&got, "Santa Ines Unified", Organisation),
        "{got:?}"
    );
    assert!(
        has_written(&got, "Kern Valley Water District", Organisation),
        "{got:?}"
    );
    // The town a district serves stays the town.
    assert!(has(&got, "Marlow = Marlow", Place), "{got:?}");
    assert!(has(&got, "Santa Ines = Santa Ines", Place), "{got:?}");
}

#[test]
fn a_country_whose_player_is_named_is_a_place() {
    let got = names(
        "Her run began with a win over Chile’s Rosa Vidal on the opening Monday.\n\
         Vidal had reached the fourth round in 2023.",
    );
    assert!(!has_written(&got, "Chile", Organisation), "{got:?}");
    assert!(has_written(&got, "Chile", Place), "{got:?}");
    // A side: a win over the country itself.
    let got = names("India’s win over Chile 3-1 sealed the group.");
    assert!(has_written(&got, "Chile", Organisation), "{got:?}");
}

#[test]
fn a_school_or_a_college_after_a_name_leaves_the_name_the_body_s() {
    // "School" or "College" alone follows a founder's or a field's name as often as a town's
    // (second reader of i26b, 2).
    let got = names(
        "Students at Harvard Business School protested on Monday.\n\
         The dean said Harvard would review the policy within 30 days.",
    );
    assert!(!has_written(&got, "Harvard Business", Place), "{got:?}");
    assert!(!has_written(&got, "Harvard", Place), "{got:?}");
}

#[test]
fn a_town_of_two_words_a_district_serves_is_a_place() {
    // Second reader of i26b, 7: "New" opens the town's name.
    let got = names(
        "New Marlow Unified closed four schools on Monday.\n\
         The fire reached New Marlow on Tuesday.",
    );
    assert!(has(&got, "New Marlow = New Marlow", Place), "{got:?}");
}

#[test]
fn a_name_a_saint_s_word_opens_is_no_one_s() {
    let got = names(
        "The fire spread toward the eastern edge of Santa Ines, officials said.\n\
         Crews worked near Santa Ines and St Albans through the night.",
    );
    assert!(!has_written(&got, "Santa Ines", Person), "{got:?}");
    assert!(has_written(&got, "Santa Ines", Place), "{got:?}");
}

#[test]
fn a_vietnamese_name_of_four_words_is_a_person_called_by_the_last() {
    let got = names(
        "Tran Thi Bich Lien, director of the provincial health department, said 40 were hurt.\n\
         Lien said the hospitals were full. Traffic on Ho Chi Minh Road was cut.",
    );
    assert!(has_written(&got, "Tran Thi Bich Lien", Person), "{got:?}");
    assert!(has(&got, "Lien = Tran Thi Bich Lien", Person), "{got:?}");
    assert!(!has_written(&got, "Ho Chi Minh Road", Person), "{got:?}");
    // A French name the family name's word opens is no one's.
    let got = names("He played 200 nights a year at Le Chat Bleu, a club near the Place Pigalle.");
    assert!(!has_written(&got, "Le Chat Bleu", Person), "{got:?}");
}

#[test]
fn a_short_name_after_or_is_the_body_s() {
    let got = names(
        "The blaze was 9% contained, said the Oregon Department of Forestry and Fire Safety, or \
         Ore Fire, which leads the response.\n\
         Ore Fire said 212 engines were assigned.",
    );
    assert!(
        has(
            &got,
            "Ore Fire = Oregon Department of Forestry and Fire Safety",
            Organisation
        ),
        "{got:?}"
    );
}

#[test]
fn a_company_an_owner_s_noun_describes_or_shares_are_held_in_is_a_body() {
    // From a carmaker's results of our own in the Financial Times's style (#15).
    let got = names("Volkner, Germany’s third-largest carmaker, reported a fall in profit.");
    assert!(has_written(&got, "Volkner", Organisation), "{got:?}");
    let got = names("Shares in Volkner fell 7 per cent in Frankfurt on Monday.");
    assert!(has_written(&got, "Volkner", Organisation), "{got:?}");
    // Not a people's word before the noun it describes.
    let got = names("Calloway holds a 40% stake in Portuguese top-flight side FC Alvarães.");
    assert!(!has_written(&got, "Portuguese", Organisation), "{got:?}");
    // Someone an owner's noun describes stays a person.
    let got = names("Ann Holt, Germany’s top diplomat, said the talks would resume.");
    assert!(has_written(&got, "Ann Holt", Person), "{got:?}");
}

#[test]
fn an_indian_state_s_district_is_the_state_and_the_district() {
    // From a derailment report of our own in the Hindustan Times's style (#15).
    let got = names("The train derailed near Barkakana in Jharkhand’s Ramgarh district on Monday.");
    assert!(has_written(&got, "Jharkhand", Place), "{got:?}");
    assert!(has_written(&got, "Ramgarh", Place), "{got:?}");
}

#[test]
fn a_name_a_train_is_bound_for_is_a_place() {
    // From a derailment report of our own in the Hindustan Times's style (#15).
    let got = names("Eight coaches of the Narsipur-bound Kalinga Express derailed on Monday.");
    assert!(has_written(&got, "Narsipur", Place), "{got:?}");
}

#[test]
fn second_reader_of_i26c_names() {
    // Findings 1, 4, 5, 6 and 7 of the second reader of round i26c.
    let got = names("Shares in Tokyo fell on Monday.");
    assert!(!has_written(&got, "Tokyo", Organisation), "{got:?}");
    // Left: "Tarvane, a bank serving farmers," reads as "a bank lending officer" does.
    let got = names("Hershey, a company town in Pennsylvania, was built around a factory.");
    assert!(!has_written(&got, "Hershey", Organisation), "{got:?}");
    let got = names("Ann Holt’s chief executive ambitions ended when the board chose Rowe.");
    assert!(!has_written(&got, "Ann Holt", Organisation), "{got:?}");
    let got = names(
        "Palo Alto Unified School District closed its schools on Monday.\n\
         Palo Alto said the closure would last a week.",
    );
    assert!(!has_written(&got, "Palo Alto", Organisation), "{got:?}");
    let got = names("Children met Santa Claus at the mall, and San Antonio Spurs fans cheered.");
    assert!(!has_written(&got, "Santa Claus", Place), "{got:?}");
    assert!(!has_written(&got, "San Antonio Spurs", Place), "{got:?}");
}
