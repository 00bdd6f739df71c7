//! Rules of round i25b (#15: read after holdout37, a marathon, a dengue outbreak in Bangladesh
//! and a hostile bid for a London-listed miner). Sentences of our own, none from a test article.

use super::tests::{has, has_written, named, names};
use crate::draft::value::Class::*;

#[test]
fn a_known_place_alone_stays_the_place_a_body_is_named_after() {
    let got = names(
        "The London-listed miner rejected the bid on Monday.\n\
         Copper on the London Metal Exchange rose 3 per cent.\n\
         The miner moved its listing to London in 2004.",
    );
    assert!(
        got.iter()
            .filter(|(n, c)| n == "London = London" && *c == Place)
            .count()
            >= 2,
        "{got:?}"
    );
}

#[test]
fn an_investor_in_a_company_holds_the_company() {
    let got = names(
        "Pellmore Minerals rejected the approach.\n\
         “It is not enough,” said an investor in Pellmore, who asked not to be named.",
    );
    assert!(
        has(&got, "Pellmore = Pellmore Minerals", Organisation),
        "{got:?}"
    );
    assert!(!has_written(&got, "Pellmore", Person), "{got:?}");
}

#[test]
fn a_body_described_with_several_words_after_a_comma_is_a_body() {
    let got = names("Vastra Pensions, a Swedish state pension fund, has 3.1 per cent.");
    assert!(
        has_written(&got, "Vastra Pensions", Organisation),
        "{got:?}"
    );
    // Not a member of a body.
    let got = names("Ann Vale, a long-serving member of the party, left.");
    assert!(!has_written(&got, "Ann Vale", Organisation), "{got:?}");
}

#[test]
fn a_fund_manager_is_a_body() {
    let got = names("Kellaway Asset Management holds about 7.8 per cent of the company.");
    assert!(
        has_written(&got, "Kellaway Asset Management", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_region_and_a_mine_named_before_their_nouns_are_places() {
    let got = names(
        "Tarvane runs the Loma Seca mine in Peru’s Arequipa region and the Mbeya Hills \
         copper-cobalt complex in Tanzania’s Lindi province.\n\
         Loma Seca produced 90,000 tonnes in 2025.",
    );
    assert!(has_written(&got, "Loma Seca", Place), "{got:?}");
    assert!(has_written(&got, "Arequipa", Place), "{got:?}");
    assert!(has_written(&got, "Mbeya Hills", Place), "{got:?}");
    assert!(has_written(&got, "Lindi", Place), "{got:?}");
    // A bearing may come between the owner and the name; a noun after the unit names more.
    let got = names(
        "A quake struck Peru’s southern Arequipa province early on Saturday.\n\
         The Marrow region council met on Monday.",
    );
    assert!(has_written(&got, "Arequipa", Place), "{got:?}");
    assert!(!named(&got, "Marrow"), "{got:?}");
}

#[test]
fn someone_of_a_town_and_its_state_is_a_person_from_it() {
    let got = names(
        "The top American man was Owen Marsh of Flagstaff, Arizona, who was ninth.\n\
         Marsh said the heat hurt.",
    );
    assert!(has_written(&got, "Owen Marsh", Person), "{got:?}");
    assert!(has_written(&got, "Flagstaff, Arizona", Place), "{got:?}");
    assert!(!named(&got, "Owen Marsh of Flagstaff, Arizona"), "{got:?}");
    // A body of several words of a town and its state is still where it is.
    let got = names("Halvorsen Orbital Systems of Boulder, Colorado, won the contract.");
    assert!(
        has_written(&got, "Halvorsen Orbital Systems", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_place_noun_after_a_people_s_word_or_a_portfolio_makes_no_place_or_body() {
    let got = names(
        "It has contracts with the Canadian province of Alberta.\n\
         Dr Hari Semwal, Secretary (Disaster Management), spoke.",
    );
    assert!(!named(&got, "Canadian"), "{got:?}");
    assert!(
        !has_written(&got, "Disaster Management", Organisation),
        "{got:?}"
    );
}

// The second reader's findings on round i25b.

#[test]
fn a_body_s_chief_executive_who_speaks_is_the_body_s_officer() {
    let got = names("Tarvane’s chief executive said the bid was too low.");
    assert!(has_written(&got, "Tarvane", Organisation), "{got:?}");
    let got = names("Pellmore’s chief executive has said the bid was low.");
    assert!(has_written(&got, "Pellmore", Organisation), "{got:?}");
}

#[test]
fn a_one_word_name_before_a_site_s_noun_is_no_place() {
    // A company or a group names its own mine or compound.
    let got = names("Zijin said on Monday that output at the Zijin mine rose.");
    assert!(!has_written(&got, "Zijin", Place), "{got:?}");
    let got = names("Fighters left the Wagner complex in Molkino.");
    assert!(!has_written(&got, "Wagner", Place), "{got:?}");
}

#[test]
fn a_fund_before_someone_s_name_makes_no_body() {
    let got = names(
        "Shares fell after hedge fund boss Ann Vale sold.\n\
         Investors in the fund Ann Vale runs lost money.",
    );
    assert!(!has_written(&got, "Ann Vale", Organisation), "{got:?}");
}

#[test]
fn an_investment_in_a_town_is_in_the_town() {
    let got = names("The miner made a $2bn investment in Lualaba, a province in the south.");
    assert!(has_written(&got, "Lualaba", Place), "{got:?}");
}

#[test]
fn someone_of_a_town_opening_a_sentence_is_that_person() {
    let got = names("Tyler Brookes of Flagstaff, Arizona, was ninth in 2:08:44.");
    assert!(has_written(&got, "Tyler Brookes", Person), "{got:?}");
    // A body's name with its own word stays the body's.
    let got = names("Kessel Holdings of Dayton, Ohio, won the prize.");
    assert!(!has_written(&got, "Kessel Holdings", Person), "{got:?}");
}

#[test]
fn a_government_centre_or_a_pension_manager_is_named_as_its_kind() {
    let got = names(
        "The Authority for Coastal Waters and Harbours ordered the closure.\n\
         Coastal Waters said 40 boats were held.",
    );
    assert!(
        has(
            &got,
            "Coastal Waters = Authority for Coastal Waters and Harbours",
            Organisation
        ),
        "{got:?}"
    );
    let got = names("Kellaway Pension Management holds 3 per cent.");
    assert!(
        has_written(&got, "Kellaway Pension Management", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_road_named_by_its_number_is_a_place() {
    let got = names(
        "The fire closed Interstate 5 on Tuesday.\n\
         Warnings went out along State Route 126 into Ventura County.\n\
         Crews drove the Coast Highway 14 times.\n\
         National Highway 1A was cut at several points.",
    );
    assert!(has_written(&got, "National Highway 1A", Place), "{got:?}");
    assert!(has_written(&got, "Interstate 5", Place), "{got:?}");
    assert!(has_written(&got, "State Route 126", Place), "{got:?}");
    assert!(!named(&got, "Coast Highway 14"), "{got:?}");
}
