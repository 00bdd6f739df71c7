//! Round i33i (#15): the sixth reader's findings on rounds i33g-i33h (its own sentences),
//! mended.

use super::tests::{has_written, names};
use crate::draft::value::Class;

#[test]
fn in_the_us_is_the_country_beside_its_team() {
    let got = names(
        "The US beat Mexico 2-0 in the final.\nThe US captain, Christian Pulisic, scored \
         twice.\nInflation in the US remains above target, and imports from the US jumped 12%.",
    );
    assert!(has_written(&got, "US", Class::Place), "{got:?}");
    let got = names("England beat Italy 2-1 at Wembley.\nThe mood in the England camp had lifted.");
    assert!(!has_written(&got, "England", Class::Place), "{got:?}");
}

#[test]
fn a_coach_or_a_skipper_outside_sport_makes_no_team() {
    for text in [
        "A UK coach, carrying 48 pupils from a school in Kent, overturned near Calais.",
        "The yacht’s UK skipper, Tom Cunliffe, said the crew was safe.",
    ] {
        let got = names(text);
        assert!(
            !has_written(&got, "UK", Class::Organisation),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_vote_s_tally_after_initials_is_no_result() {
    for text in [
        "The US 6-3 Supreme Court majority overturned the ruling.",
        "The UK 52-48 Brexit vote split families.",
    ] {
        let got = names(text);
        assert!(
            !has_written(&got, "US", Class::Organisation)
                && !has_written(&got, "UK", Class::Organisation),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_name_after_a_known_company_and_is_no_company() {
    // The sixth reader's "Microsoft and Anthropic" made the second a company; the seventh's
    // "Tesla and Musk each agreed to pay" and "Intel and Magdeburg signed" took it back.
    let got = names("In 2018, Tesla and Musk each agreed to pay $20 million.");
    assert!(!has_written(&got, "Musk", Class::Organisation), "{got:?}");
    let got = names("Elon Musk filed a lawsuit against Altman and Microsoft in March.");
    assert!(!has_written(&got, "Altman", Class::Organisation), "{got:?}");
}

#[test]
fn the_court_beside_a_court_of_appeal_is_no_short_form() {
    let got = names(
        "The Supreme Court overturned a 2023 ruling by the Court of Appeal.\nThe Court said \
         the law was clear.",
    );
    assert!(
        !got.iter().any(|(n, _)| n == "Court = Court of Appeal"),
        "{got:?}"
    );
}

#[test]
fn a_person_s_noun_before_a_work_s_maker_in_a_box_office_is_someone() {
    let got = names(
        "At the box office, pop singer Taylor Swift’s “The Eras Tour” grossed $261 million, and \
         veteran producer Jerry Bruckheimer’s “F1” grossed $144 million.",
    );
    assert!(has_written(&got, "Taylor Swift", Class::Person), "{got:?}");
    assert!(
        !has_written(&got, "Jerry Bruckheimer", Class::Organisation),
        "{got:?}"
    );
}

#[test]
fn the_seventh_reader_s_teams_and_firms() {
    // A side's things after "in the", and a country whose name takes no "the".
    let got = names(
        "The US beat Mexico 2-0.\nPulisic earned a place in the US starting lineup and was named \
         in the US roster.",
    );
    assert!(!has_written(&got, "US", Class::Place), "{got:?}");
    let got = names("England beat Italy 2-1.\nHe is a fixture in the England ranks.");
    assert!(!has_written(&got, "England", Class::Place), "{got:?}");
    // A rival of two words.
    let got = names("Friendly: USA 2-2 New Zealand in Cincinnati.");
    assert!(has_written(&got, "USA", Class::Organisation), "{got:?}");
    // A firm's noun before its film keeps the firm.
    let got =
        names("At the box office, Marvel owner Walt Disney’s “Thunderbolts” grossed $76 million.");
    assert!(!has_written(&got, "Walt Disney", Class::Person), "{got:?}");
}
