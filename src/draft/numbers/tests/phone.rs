//! Telephone numbers written in groups (#15, round i30a).

use super::*;

#[test]
fn a_telephone_number_in_groups_gives_no_number() {
    // A court report a helper wrote for us ended so; these numbers are our own.
    for text in [
        "Anyone worried can ring the consumer helpline on 0808 100 2040 or visit a library.",
        "Call 0800 123 456 for help.",
        "The office is on 020 7946 0018 from Monday.",
    ] {
        let got = answers(text);
        assert!(
            !got.iter()
                .any(|(a, _)| a.chars().all(|c| c.is_ascii_digit() || c == ' ')),
            "{text}: {got:?}"
        );
    }
    // A short number to call stays, as writers key it; and counts in a row are no telephone.
    let got = answers("Patients should call 112 in an emergency.");
    assert!(got.iter().any(|(a, _)| a == "112"), "{got:?}");
    let got = answers("The council cut 0.5% from 120 posts and 3,400 hours.");
    assert!(got.iter().any(|(a, _)| a == "120"), "{got:?}");
}
