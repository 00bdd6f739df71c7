//! Rules of round i26a (#15: the second reader's findings on rounds i25b and i25c).

use super::tests::{has, has_written, names};
use crate::draft::value::Class::*;

#[test]
fn a_body_s_noun_that_describes_another_noun_does_not_make_a_person_a_body() {
    let got = names(
        "Ann Vale, a hedge fund veteran, said the bid was too low.\n\
         Tom Reyes, a bank veteran, said the same.",
    );
    assert!(!has_written(&got, "Ann Vale", Organisation), "{got:?}");
    assert!(!has_written(&got, "Tom Reyes", Organisation), "{got:?}");
    // The noun that ends the phrase is what the name is.
    let got = names(
        "Norrland Pensions, a Swedish state pension fund, holds 4 per cent.\n\
         Halden Rowe, a bank based in Leeds, advised the board.",
    );
    assert!(
        has_written(&got, "Norrland Pensions", Organisation),
        "{got:?}"
    );
    assert!(has_written(&got, "Halden Rowe", Organisation), "{got:?}");
    // What ends the phrase may be "worth", a participle in "-n" or an irregular one, or a name
    // (second reader of i26a, 4); a word for someone a few words on makes a person (5).
    for text in [
        "Halden Rowe, a fund worth £2bn, said the bid was too low.",
        "Halden Rowe, a firm run by two brothers, said the bid was too low.",
        "Halden Rowe, a company known for its dams, said the bid was too low.",
    ] {
        let got = names(text);
        assert!(
            has_written(&got, "Halden Rowe", Organisation),
            "{text}: {got:?}"
        );
    }
    for text in [
        "Ann Vale, a hedge fund high flyer, said the bid was too low.",
        "Tom Reyes, a bank lending officer, said the bid was too low.",
    ] {
        let got = names(text);
        assert!(
            !has_written(&got, "Ann Vale", Organisation)
                && !has_written(&got, "Tom Reyes", Organisation),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn an_officer_after_an_owner_acts_by_a_verb_not_by_a_preposition() {
    // "in waiting", "at SpaceX": the role is someone's, not a body's officer.
    let got = names("Buffett’s chief executive in waiting, Greg Abel, spoke next.");
    assert!(!has_written(&got, "Buffett", Organisation), "{got:?}");
    let got = names("Musk’s chief executive at SpaceX is Gwynne Shotwell.");
    assert!(!has_written(&got, "Musk", Organisation), "{got:?}");
    // A verb after the officer: the owner is a body.
    let got = names("Tarvane’s chief executive will meet investors in May.");
    assert!(has_written(&got, "Tarvane", Organisation), "{got:?}");
    // After an adverb or a second office, or in the present (second reader of i26a, 6).
    for text in [
        "Tarvane’s chief executive also said the mine would reopen in May.",
        "Tarvane’s chief executive and chairman, Ann Holt, said the mine would reopen.",
        "Tarvane’s chief executive expects output to rise in May.",
    ] {
        let got = names(text);
        assert!(
            has_written(&got, "Tarvane", Organisation),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_company_named_for_what_it_digs_does_not_name_the_mine() {
    // A name that ends with a commodity or an industry's word is the company's, not the site's.
    let got = names("Output fell at the Barrick Gold mine in Nevada.");
    assert!(!has_written(&got, "Barrick Gold", Place), "{got:?}");
    let got = names("Talks stalled at the Kolwe Resources smelter.");
    assert!(!has_written(&got, "Kolwe Resources", Place), "{got:?}");
    // A site's own name stays a place.
    let got = names("Output fell at the Cerro Alto mine in Chile.");
    assert!(has_written(&got, "Cerro Alto", Place), "{got:?}");
}

#[test]
fn an_institute_is_called_by_what_it_is_for() {
    // "Coastal Research" is the institute's short name: it answers with the whole name.
    let got = names(
        "The Halden Institute of Coastal Research published the survey on Monday.\n\
         Coastal Research said 40 beaches had shrunk.",
    );
    assert!(
        has(
            &got,
            "Coastal Research = Halden Institute of Coastal Research",
            Organisation
        ),
        "{got:?}"
    );
}
