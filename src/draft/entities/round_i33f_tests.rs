//! Round i33f (#15): the fourth reader's findings on rounds i33c-i33d (its own sentences),
//! mended; and a rule from the practice festival report (p47, read, not blind; our own
//! sentences): a maker's noun before a name whose work is quoted. ("Retiree", "Pensioner" as
//! person nouns were taken back: "a pensioner lobby group", the fifth reader.)

use super::tests::{assert_no_one, has_written, names};
use crate::draft::value::Class;

#[test]
fn a_country_s_initials_after_in_the_stay_the_country() {
    let got = names(
        "The US captain, Christian Pulisic, scored twice in the 3-1 win.\n\
         Football is growing fast in the US, where 12 million children play.",
    );
    assert!(has_written(&got, "US", Class::Place), "{got:?}");
    for text in [
        "National Express, the UK coach operator, said profit rose 12%.",
        "Deloitte’s UK wing cut 800 jobs.",
        "The US skipper of the tanker was detained.",
        "The US 2-10 yield curve inverted in July 2022.",
    ] {
        let got = names(text);
        assert!(
            !has_written(&got, "UK", Class::Organisation),
            "{text}: {got:?}"
        );
        assert!(
            !has_written(&got, "US", Class::Organisation),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_firm_or_a_club_beside_money_or_a_final_is_no_runner() {
    assert_no_one(&[
        "In the final, Bayer Leverkusen beat Spain’s Real Betis 3-0.",
        "Tesco paid £40m for the site, beating Britain’s Asda Stores.",
        "In the race for memory chips, Micron trails behind South Korea’s SK Hynix.",
    ]);
}

#[test]
fn a_medal_winner_is_no_team_in_the_article_s_other_paragraphs() {
    let got = names(
        "China won six golds in the pool.\n\
         China hosted the 2008 Olympics in Beijing, where Phelps won eight gold medals.",
    );
    assert!(has_written(&got, "China", Class::Organisation), "{got:?}");
    assert!(has_written(&got, "China", Class::Place), "{got:?}");
}

#[test]
fn a_body_s_word_alone_is_no_english_body_it_ends() {
    // Since the sixth reader, no English body's word at all ("the Commission" beside "the
    // Commission for Energy Regulation" may be either).
    let got = names("The European Commission fined Google.\nThe Commission said it would appeal.");
    assert!(
        !got.iter()
            .any(|(n, _)| n == "Commission = European Commission"),
        "{got:?}"
    );
    let got = names(
        "The Welsh Government said on Monday it would act.\nIn London, the Government announced \
         a £2 billion package.",
    );
    assert!(
        !got.iter()
            .any(|(n, _)| n == "Government = Welsh Government"),
        "{got:?}"
    );
}

#[test]
fn a_saint_s_school_keeps_its_initials() {
    let got = names("St Joseph’s CBS won the Munster Schools Senior Cup on Friday.");
    assert!(
        has_written(&got, "St Joseph’s CBS", Class::Organisation),
        "{got:?}"
    );
}

#[test]
fn a_maker_s_noun_before_a_name_whose_work_is_quoted_is_someone() {
    let got = names(
        "Basque director Iker Goñi Arrieta’s “The House of Hours” led the box office, and \
         Peruvian filmmaker Amaru Quispe’s “The Weight of Water” was second.",
    );
    for person in ["Iker Goñi Arrieta", "Amaru Quispe"] {
        assert!(
            has_written(&got, person, Class::Person),
            "{person}: {got:?}"
        );
    }
    // A studio's name stays a studio's.
    let got = names("Halcyon Pictures’ “Tidewater” led the box office with $40 million.");
    assert!(
        has_written(&got, "Halcyon Pictures", Class::Organisation),
        "{got:?}"
    );
}
