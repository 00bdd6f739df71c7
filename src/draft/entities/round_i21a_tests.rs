//! Rules of round i21a (#15: names written the way East Asian news writes them). Sentences of our
//! own, none from a test article.

use super::tests::{has, has_written, named, names};
use crate::draft::value::Class::*;

#[test]
fn a_field_before_a_country_s_name_names_the_country_s_body() {
    let got = names(
        "The figures came from Statistics Korea on Monday.\n\
         Health Canada said the recall covered 12 products.",
    );
    assert!(
        has(&got, "Statistics Korea = Statistics Korea", Organisation),
        "{got:?}"
    );
    assert!(
        !has(&got, "Statistics Korea = Statistics Korea", Place),
        "{got:?}"
    );
    assert!(
        has(&got, "Health Canada = Health Canada", Organisation),
        "{got:?}"
    );
    // Opening a sentence in an article that writes "statistics" in lower case too; a sport's
    // governing body.
    let got = names(
        "The statistics agency said births rose.\n\
         Statistics Korea forecast that the rate would fall.\n\
         The jockey was fined by Racing Queensland on Tuesday.",
    );
    assert!(
        has(&got, "Statistics Korea = Statistics Korea", Organisation),
        "{got:?}"
    );
    assert!(
        has(&got, "Racing Queensland = Racing Queensland", Organisation),
        "{got:?}"
    );
    // A direction before it stays the place.
    let got = names("The figures came from South Korea on Monday.");
    assert!(has(&got, "South Korea = South Korea", Place), "{got:?}");
}

#[test]
fn a_deliberating_body_s_name_goes_on_with_on_and_its_matter() {
    let got = names(
        "The minister met the Presidential Committee on Ageing Society and Population Policy.\n\
         The claim was lodged with the Commission on Land Rights on Tuesday.",
    );
    assert!(
        has_written(
            &got,
            "Presidential Committee on Ageing Society and Population Policy",
            Organisation
        ),
        "{got:?}"
    );
    assert!(
        has_written(&got, "Commission on Land Rights", Organisation),
        "{got:?}"
    );
    assert!(!named(&got, "Ageing Society"), "{got:?}");
    // Not a place it sits in or talks of.
    let got = names("The Security Council on Ukraine met four times.");
    assert!(has(&got, "Ukraine = Ukraine", Place), "{got:?}");
}

#[test]
fn a_name_of_a_body_or_a_country_is_someone_from_there() {
    let got = names(
        "Tomoya Hirase of Orrin Securities was less sure.\n\
         The referee, Ilse Varnhagen of Austria, stopped play.\n\
         Drilling in the Permian Basin of Texas rose.",
    );
    assert!(has_written(&got, "Tomoya Hirase", Person), "{got:?}");
    assert!(has_written(&got, "Ilse Varnhagen", Person), "{got:?}");
    assert!(!has_written(&got, "Permian Basin", Person), "{got:?}");
}

#[test]
fn a_name_written_family_name_first_is_someone_and_is_called_by_its_first_word() {
    let got = names(
        "Yoon Tae-jun hit a double in the ninth.\n\
         Yoon, 27, was named the most valuable player.\n\
         “I waited a long time,” Yoon said.",
    );
    assert!(has(&got, "Yoon Tae-jun = Yoon Tae-jun", Person), "{got:?}");
    assert!(has(&got, "Yoon = Yoon Tae-jun", Person), "{got:?}");
    // With nothing else said of him: the name's own shape.
    let got = names("Yoon Tae-jun hit a double in the ninth.");
    assert!(has(&got, "Yoon Tae-jun = Yoon Tae-jun", Person), "{got:?}");
    let got = names("Walks went to Park Si-woo and Ahn Do-hyun.");
    assert!(has(&got, "Park Si-woo = Park Si-woo", Person), "{got:?}");
    assert!(has(&got, "Ahn Do-hyun = Ahn Do-hyun", Person), "{got:?}");
    // Not a surname of two such names: which one is not said.
    let got = names(
        "Yoon Tae-jun and Yoon Min-seo hit doubles.\n\
         Yoon said the team had waited.",
    );
    assert!(!has_written(&got, "Yoon", Person), "{got:?}");
}

#[test]
fn the_club_of_a_town_the_article_puts_things_in_leaves_the_town_a_place() {
    let got = names(
        "The Norvik Herons won, giving the Talmar club its first title in 18 years.\n\
         A crowd of 23,000 at the ballpark in Talmar saw it.",
    );
    assert!(has(&got, "Talmar = Talmar", Place), "{got:?}");
    assert!(!has(&got, "Talmar = Talmar", Organisation), "{got:?}");
}

#[test]
fn a_list_before_townships_or_wards_is_of_places() {
    let got = names("Crews evacuated villages in Morva, Telen and Quista townships on Tuesday.");
    assert!(has(&got, "Quista = Quista", Place), "{got:?}");
    let got = names("Polls closed in Arkel and Benmoor wards at 8 p.m.");
    assert!(has(&got, "Benmoor = Benmoor", Place), "{got:?}");
}

#[test]
fn a_large_city_nothing_else_classes_is_the_city_but_not_a_side_or_a_pact() {
    let got = names(
        "The opposition won a Seoul seat for the first time since 2016.\n\
         Trains from Karachi to Lahore were cancelled.",
    );
    assert!(has(&got, "Seoul = Seoul", Place), "{got:?}");
    assert!(has(&got, "Lahore = Lahore", Place), "{got:?}");
    let got = names(
        "Baltimore led 61-48 at the break.\n\
         Tom Ruiz had 28 points for Baltimore.\n\
         The Doha round of talks has stalled.",
    );
    assert!(!has(&got, "Baltimore = Baltimore", Place), "{got:?}");
    assert!(!has(&got, "Doha = Doha", Place), "{got:?}");
    let got = names("Sydney, 9, was pulled from the river by a neighbour.");
    assert!(!has(&got, "Sydney = Sydney", Place), "{got:?}");
}

#[test]
fn a_korean_area_named_with_its_level_is_a_place_and_ends_a_possessive() {
    let got = names(
        "Turnout was highest in Yeonhui-dong, where renters live.\n\
         The people of Dobong-gu voted early.\n\
         The plant will be built in Gimhae’s Jinyeong-eup by 2030.",
    );
    assert!(has(&got, "Yeonhui-dong = Yeonhui-dong", Place), "{got:?}");
    assert!(has(&got, "Dobong-gu = Dobong-gu", Place), "{got:?}");
    assert!(has(&got, "Jinyeong-eup = Jinyeong-eup", Place), "{got:?}");
    assert!(!named(&got, "Gimhae’s Jinyeong-eup"), "{got:?}");
}

#[test]
fn a_large_city_s_possessive_ends_a_name() {
    let got = names("Polls closed in Seoul’s Gwanak-B constituency at 8 p.m.");
    assert!(!named(&got, "Seoul’s Gwanak-B"), "{got:?}");
    assert!(has(&got, "Seoul = Seoul", Place), "{got:?}");
}

#[test]
fn the_first_word_of_a_body_named_after_the_place_it_serves_is_no_short_form() {
    let got = names(
        "Corran County Council approved the plan on Monday.\n\
         “This is a good day for Corran,” the developer said.",
    );
    assert!(
        !has(&got, "Corran = Corran County Council", Organisation),
        "{got:?}"
    );
    // A university, a school or a hospital is called by its first word wherever it is.
    let got = names(
        "Marlow University said the study cost $2 million.\n\
         Marlow has an endowment of $53 billion.",
    );
    assert!(
        has(&got, "Marlow = Marlow University", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_legislator_s_letters_before_a_name_are_a_title() {
    let got = names(
        "Green Left MP Aoife Marron, who represents Kildare South, objected.\n\
         The alliance has invited Ms Marron to attend.\n\
         Opposition MNA Saima Qureshi submitted the notice.\n\
         The game at TD Garden starts at 7 p.m.",
    );
    assert!(has(&got, "Aoife Marron = Aoife Marron", Person), "{got:?}");
    assert!(has(&got, "Marron = Aoife Marron", Person), "{got:?}");
    assert!(
        has(&got, "Saima Qureshi = Saima Qureshi", Person),
        "{got:?}"
    );
    assert!(!has_written(&got, "Garden", Person), "{got:?}");
}

#[test]
fn co_before_a_name_is_an_irish_county() {
    let got = names("The farm is in north Co Kerrigan, near Ardmore.\nSmith & Co. grew.");
    assert!(has(&got, "Co Kerrigan = Co Kerrigan", Place), "{got:?}");
    assert!(
        has(&got, "Smith & Co. = Smith & Co.", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_national_centre_and_a_division_of_a_body_are_bodies() {
    let got = names(
        "The National Storm Center in Orlan said the eye crossed the coast.\n\
         The Marlin Division of Emergency Management said 1,100 people were in shelters.\n\
         They were promoted to the Premier Division in 2019.\n\
         The concert was at the Riverside Community Centre.",
    );
    assert!(
        has_written(&got, "National Storm Center", Organisation),
        "{got:?}"
    );
    assert!(
        has_written(
            &got,
            "Marlin Division of Emergency Management",
            Organisation
        ),
        "{got:?}"
    );
    assert!(!named(&got, "Premier Division"), "{got:?}");
    assert!(!named(&got, "Riverside Community Centre"), "{got:?}");
    let got = names("The fair opened at the National Exhibition Centre on Monday.");
    assert!(
        !has_written(&got, "National Exhibition Centre", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_programme_or_a_plan_is_no_body_but_a_world_programme_is() {
    let got = names(
        "The Treasury set aside Sh96.9 billion for the Affordable Homes Programme.\n\
         Households will get up to $850 in Care Voucher cash.\n\
         The World Food Programme said 5 trucks reached the town.",
    );
    assert!(!named(&got, "Affordable Homes Programme"), "{got:?}");
    assert!(!named(&got, "Care Voucher"), "{got:?}");
    assert!(
        has_written(&got, "World Food Programme", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_range_ends_a_place_s_name_and_around_puts_things_in_a_place() {
    let got = names(
        "The storm will cross the Tamar Mountain Range by night.\n\
         Valbrekka Primary School reopened on Monday.\n\
         The barriers around Valbrekka and Keldur have cost ISK 9 billion.",
    );
    assert!(
        has(&got, "Tamar Mountain Range = Tamar Mountain Range", Place),
        "{got:?}"
    );
    assert!(has(&got, "Valbrekka = Valbrekka", Place), "{got:?}");
}

#[test]
fn a_complex_is_a_site_and_a_large_city_alone_is_not_its_university() {
    let got = names(
        "Officials told a briefing at the Government Complex Orlan at 10 a.m.\n\
         Lahore National University said 5 studies were funded.\n\
         Lahore remained at the bottom with 0.59.",
    );
    assert!(
        has(
            &got,
            "Government Complex Orlan = Government Complex Orlan",
            Place
        ),
        "{got:?}"
    );
    assert!(
        !has(&got, "Lahore = Lahore National University", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_name_and_a_regnal_number_is_a_monarch() {
    let got = names("The tomb dates from the reign of Thutmose IV, the scribe said.");
    assert!(has(&got, "Thutmose IV = Thutmose IV", Person), "{got:?}");
    assert!(!has_written(&got, "Thutmose IV", Organisation), "{got:?}");
}

#[test]
fn a_name_after_work_only_people_do_and_by_is_someone() {
    let got = names("The mare, trained at Ardmore in the south by Kiri Waaka, carried 57kg.");
    assert!(has(&got, "Kiri Waaka = Kiri Waaka", Person), "{got:?}");
    // "owned by" takes bodies as well.
    let got = names("The stable, owned by Halden Rowe, was sold.");
    assert!(!has(&got, "Halden Rowe = Halden Rowe", Person), "{got:?}");
}

#[test]
fn a_large_city_s_possessive_before_a_player_is_his_side() {
    let got = names("Barcelona’s Lamine Yamal scored twice in the 3-1 win.");
    assert!(!has(&got, "Barcelona = Barcelona", Place), "{got:?}");
    let got = names("Prices rose in Seoul’s Gangnam District on Monday.");
    assert!(has(&got, "Seoul = Seoul", Place), "{got:?}");
}
