//! Rules of round i20b (#15, precision: the mechanisms behind wrong names). Sentences of our own,
//! none from a test article.

use super::tests::plain_texts as texts;

#[test]
fn a_time_zone_in_words_after_a_clock_time_is_no_name() {
    assert_eq!(
        texts("The vote closes at 9 p.m. Eastern time on Friday at Halvard Hall."),
        ["Halvard Hall"]
    );
    assert_eq!(
        texts("The launch is set for 14:30 Mountain Standard Time at Brackley."),
        ["Brackley"]
    );
    // Not after a clock: a name like any other.
    assert_eq!(
        texts("She joined Pacific Time Partners in 2019."),
        ["Pacific Time Partners"]
    );
}

#[test]
fn a_possessive_before_a_name_with_its_own_keyword_ends_a_name() {
    assert_eq!(
        texts("She is an analyst at Carvella’s Dunmore University in the east."),
        ["Carvella", "Dunmore University"]
    );
    assert_eq!(
        texts("He runs a shop on Harwick Ridge’s Main Street, he said."),
        ["Harwick Ridge", "Main Street"]
    );
    assert_eq!(
        texts("Tallis University’s Brennock Observatory measured the quake."),
        ["Tallis University", "Brennock Observatory"]
    );
    // A possessive inside a name: a common word, or before one word.
    assert_eq!(
        texts("The people said the People’s Action Party won, as did Samuel Smith’s Brewery."),
        ["People’s Action Party", "Samuel Smith’s Brewery"]
    );
}

#[test]
fn a_body_s_portfolio_goes_on_through_a_list_to_and() {
    assert_eq!(
        texts(
            "It filed with the Ministry of Land, Infrastructure, Transport and Tourism on Friday."
        ),
        ["Ministry of Land, Infrastructure, Transport and Tourism"]
    );
    assert_eq!(
        texts(
            "The RMT, formally the National Union of Rail, Maritime and Transport Workers, said so."
        ),
        [
            "RMT",
            "National Union of Rail, Maritime and Transport Workers"
        ]
    );
    // A list of names after a body's: not its portfolio without "and" after single words.
    assert_eq!(
        texts("The Ministry of Health, Dr Ann Hale and Tom Pike met."),
        ["Ministry of Health", "Ann Hale", "Tom Pike"]
    );
}

#[test]
fn a_name_runs_back_to_initials_of_another_language() {
    assert_eq!(
        texts(
            "Two officers from France’s Central Office for the Fight against Trafficking in Cultural Goods (OCBC) came."
        ),
        [
            "France",
            "Central Office for the Fight against Trafficking in Cultural Goods"
        ]
    );
    assert_eq!(
        texts("Natural Catastrophe Insurance of Iceland (NTÍ) said it had opened claims."),
        ["Natural Catastrophe Insurance of Iceland"]
    );
}

#[test]
fn a_competition_s_possessive_is_a_competition() {
    assert_eq!(
        texts("The club’s run ended in the FA Cup’s fourth round, Ann Hale said."),
        ["Ann Hale"]
    );
    // A league is the body that runs its competition, possessive and all (twenty-eighth
    // session: writers key it so).
    assert_eq!(
        texts("The deal must pass the Premier League’s test, Ann Hale said."),
        ["Premier League", "Ann Hale"]
    );
}

#[test]
fn a_known_place_s_name_goes_on_through_its_and() {
    assert_eq!(
        texts("prices rose fastest in Manitoba and Newfoundland and Labrador last month."),
        ["Manitoba", "Newfoundland and Labrador"]
    );
}

#[test]
fn a_common_word_joined_by_and_to_a_body_s_name_opens_it() {
    assert_eq!(
        texts("The budget passed. Budget and Appropriations Committee chair Ann Hale said so."),
        ["Budget and Appropriations Committee", "Ann Hale"]
    );
}
