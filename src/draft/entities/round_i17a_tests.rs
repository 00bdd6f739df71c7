//! Rules of round i17a (#15, holdout26 names): a body's head noun as a name's last word
//! ("Capital", "Elementary", "Health"). Sentences of our own, none from a test article.

use super::tests::{has_written, named, names};
use crate::draft::value::Class::*;

#[test]
fn a_body_s_head_noun_as_the_last_word_makes_the_name_a_body_s() {
    let got = names(
        "Mara Quint, a fund manager at Orrin Vale Capital, expects two cuts.\n\
         At Birchwood Hollow Elementary, half the pupils stayed home on Tuesday.\n\
         Lakeshore Health said it had opened three more beds.",
    );
    for body in [
        "Orrin Vale Capital",
        "Birchwood Hollow Elementary",
        "Lakeshore Health",
    ] {
        assert!(has_written(&got, body, Organisation), "{body}: {got:?}");
        assert!(!has_written(&got, body, Place), "{body}: {got:?}");
        assert!(!has_written(&got, body, Person), "{body}: {got:?}");
    }
    // The area a health body is named for is a place, not the body's short form.
    let got = names(
        "Lakeshore Health said it had opened three more beds.\n\
         Smoke hung over towns across the Lakeshore on Monday.",
    );
    assert!(
        has_written(&got, "Lakeshore Health", Organisation),
        "{got:?}"
    );
    assert!(!has_written(&got, "Lakeshore", Organisation), "{got:?}");
    // Inside a name, not last, the same noun says nothing: "Capital Region" is a place's.
    let got = names("Flooding closed roads in the Capital Region on Sunday.");
    assert!(
        !has_written(&got, "Capital Region", Organisation),
        "{got:?}"
    );
    assert!(named(&got, "Capital Region"), "{got:?}");
}

#[test]
fn a_regional_or_municipal_district_is_the_council_that_governs_it() {
    let got = names(
        "An order issued by the Marlow-Tansy Regional District on Sunday covers 90 homes.\n\
         Cllr Ann Moy, chair of the Corran Municipal District, said the road would reopen.",
    );
    for body in [
        "Marlow-Tansy Regional District",
        "Corran Municipal District",
    ] {
        assert!(has_written(&got, body, Organisation), "{body}: {got:?}");
        assert!(!has_written(&got, body, Place), "{body}: {got:?}");
    }
    // A district named without its level of government is still an area.
    let got = names("Roads were closed across the Harrow Lake District on Sunday.");
    assert!(
        !has_written(&got, "Harrow Lake District", Organisation),
        "{got:?}"
    );
}

#[test]
fn a_name_a_spokesperson_speaks_for_is_a_body() {
    let got = names("On Friday a Harwick Square spokesperson said the minister would not resign.");
    assert!(has_written(&got, "Harwick Square", Organisation), "{got:?}");
    assert!(!has_written(&got, "Harwick Square", Place), "{got:?}");
}

#[test]
fn a_person_a_spokesperson_speaks_for_stays_a_person() {
    for text in [
        "The plan was confirmed on Monday by Mr Hale\u{2019}s spokesman in a statement.",
        "Talks would resume, Orvel\u{2019}s spokesman, Ivo Brandt, told reporters.",
        "The claim was denied by a Orvel spokesman, who said donors were misquoted.",
    ] {
        let got = names(text);
        assert!(!has_written(&got, "Hale", Organisation), "{got:?}");
        assert!(!has_written(&got, "Orvel", Organisation), "{got:?}");
    }
}
