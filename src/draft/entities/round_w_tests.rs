//! Rules of round i15w (#15): a quantifier opening a sentence, a law's name and its initials,
//! post-nominal letters between commas. Sentences of our own, none from a test article.

use super::tests::{names, starts};
use crate::draft::value::Class::*;

#[test]
fn a_quantifier_opening_a_sentence_is_no_word_of_a_name() {
    let got = names("Several Senate Democrats said on Monday they would vote against it.");
    assert!(!starts(&got, "Several"), "{got:?}");
    let got = names("Few Assembly members backed the plan, said Orla Benn.");
    assert!(!starts(&got, "Few"), "{got:?}");
    assert!(starts(&got, "Orla Benn"), "{got:?}");
    // Words a name may begin with stay in it.
    let got = names("Other Voices returns to Dingle in December, said Orla Benn.");
    assert!(!got.iter().any(|(n, _)| n == "Voices"), "{got:?}");
}

#[test]
fn a_law_and_its_initials_are_no_person_or_body() {
    let got = names(
        "The firm broke the bloc’s Common Waters Protection Directive (CWPD), said Ilse Marr.\n\
         Fines under the CWPD can reach 2 million euros.\n\
         Lawmakers passed the Clean Harbours Act in 2019.",
    );
    assert!(!starts(&got, "Common Waters"), "{got:?}");
    assert!(!starts(&got, "Waters Protection"), "{got:?}");
    assert!(!starts(&got, "CWPD"), "{got:?}");
    assert!(!starts(&got, "Clean Harbours"), "{got:?}");
    assert!(!got.iter().any(|(_, c)| *c == Organisation), "{got:?}");
    assert!(starts(&got, "Ilse Marr"), "{got:?}");
    // A body named after what it oversees is a body.
    let got = names("The Office of Rail Regulation fined the operator, said Ilse Marr.");
    assert!(
        got.iter()
            .any(|(n, c)| n.contains("Rail Regulation") && *c == Organisation),
        "{got:?}"
    );
}

#[test]
fn post_nominal_letters_between_commas_are_no_body() {
    let got = names("The defence lawyer, Femi Adebayo, SAN, told the court the loans were lawful.");
    assert!(!starts(&got, "SAN"), "{got:?}");
    assert!(starts(&got, "Femi Adebayo"), "{got:?}");
}
