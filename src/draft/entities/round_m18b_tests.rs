//! Mends m18b of round i18b's rules (#15, names precision). Sentences of our own, none from a
//! test article.

use super::tests::{has_written, named, names};
use crate::draft::value::Class::*;

#[test]
fn a_language_after_in_is_no_place() {
    let got = names(
        "The minister posted the statement in Persian on Tuesday.\n\
         He answered in Portuguese.\n\
         Signs at the border post are written in Catalan and Spanish.\n\
         She spoke to reporters in Norwegian after the vote.",
    );
    for word in ["Persian", "Portuguese", "Catalan", "Norwegian"] {
        assert!(!has_written(&got, word, Place), "{word}: {got:?}");
    }
    // A town named twice where places stand is still one.
    let got = names(
        "Relief boats reached a clinic in Talisugan on Sunday.\n\
         The mayor spoke to reporters in Talisugan on Monday.",
    );
    assert!(has_written(&got, "Talisugan", Place), "{got:?}");
    assert!(!named(&got, "Persian"), "{got:?}");
}
