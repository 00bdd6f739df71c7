//! Round i30a (#15): rules from holdout42, read in the twenty-ninth session; each sentence our
//! own.

use super::tests::{has_written, named, names};
use crate::draft::value::Class;

#[test]
fn a_party_s_word_before_its_members_or_its_rule_is_the_party() {
    for (text, party) in [
        (
            "The Conservative group tabled an amendment that would have kept the rise to 2.99%.",
            "Conservative",
        ),
        (
            "The vote ended ten years of Labour rule at Harlow Council.",
            "Labour",
        ),
        (
            "Liberal Democrat councillor Ann Pryce said the cuts went too far.",
            "Liberal Democrat",
        ),
        (
            "Ann Pryce said the cuts went too far, and the Labour members abstained.",
            "Labour",
        ),
    ] {
        let got = names(text);
        assert!(
            has_written(&got, party, Class::Organisation),
            "{text}: {got:?}"
        );
    }
    // No noun for its members after: a person described, no party drafted.
    let text = "Anita Coulter, a Republican whose district includes the town, said it was safe.";
    let got = names(text);
    assert!(!named(&got, "Republican"), "{text}: {got:?}");
}

#[test]
fn a_body_s_name_ended_then_and_another_body_are_two_names() {
    let text = "The rest goes to the district councils, including Hinton District Council and \
                Ashby and Coleford Borough Council, and to the fire authority.";
    let got = names(text);
    for body in [
        "Hinton District Council",
        "Ashby and Coleford Borough Council",
    ] {
        assert!(
            has_written(&got, body, Class::Organisation),
            "{text}: {got:?}"
        );
    }
    let text = "Ann Pryce said the cuts went too far, and the Green Party and Labour members \
                abstained.";
    let got = names(text);
    for body in ["Green Party", "Labour"] {
        assert!(
            has_written(&got, body, Class::Organisation),
            "{text}: {got:?}"
        );
    }
}
