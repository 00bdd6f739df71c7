//! Round i32a (#15), from holdout44's errors, read when it moved to tuning (our own sentences):
//! a firm named with its possessive, a title quoted whole, a quotation's first word.

use super::tests::{has_written, named, names};
use crate::draft::value::Class;

#[test]
fn a_firm_named_with_its_possessive_keeps_it_wherever_the_article_writes_it() {
    let text = "A 1962 landscape sold for $9 million at Carrow’s in Boston on Tuesday.\n\
                The buyer bid through Ann Lee, Carrow’s head of prints.\n\
                The house was founded by Peter Carrow in 1890.\n\
                The season continues at Vanbrugh’s, where a collection of maps is offered.";
    let got = names(text);
    for firm in ["Carrow’s", "Vanbrugh’s"] {
        assert!(
            has_written(&got, firm, Class::Organisation),
            "{text}: {got:?}"
        );
    }
    // The founder is still someone, and the firm is never his surname.
    assert!(has_written(&got, "Peter Carrow", Class::Person), "{got:?}");
    assert!(!has_written(&got, "Carrow", Class::Person), "{got:?}");
}

#[test]
fn a_possessive_that_owns_a_noun_the_article_elides_or_someone_s_is_no_firm() {
    // A city written alone elsewhere: "while Perth’s was 69.3 per cent", "Perth’s in".
    let text = "Auctions in Perth cleared 70 per cent, while Perth’s in May cleared 64 per cent.";
    let got = names(text);
    assert!(!named(&got, "Perth’s"), "{text}: {got:?}");
    // Someone's after a title, and words the article writes in lower case.
    let text = "The painting was Ms. Ruiz’s, the trust said.\n\
                “That’s in the past,” Dana Hale said.\nWe saw that in May.";
    let got = names(text);
    assert!(!named(&got, "Ruiz’s"), "{text}: {got:?}");
    assert!(!named(&got, "That’s"), "{text}: {got:?}");
    // A verb after an elided noun says nothing of a firm.
    let text = "Sydney’s rate rose to 74 per cent while Hobart’s was 69 per cent.";
    let got = names(text);
    assert!(!named(&got, "Hobart’s"), "{text}: {got:?}");
}

#[test]
fn a_title_quoted_whole_with_its_article_names_nothing() {
    let text = "The painting, “The Grey Harbor,” had been estimated at $40 million.\n\
                The new owner of “The Grey Harbor” will lend it to a museum in Denver.";
    let got = names(text);
    assert!(!named(&got, "The Grey Harbor"), "{text}: {got:?}");
    assert!(!named(&got, "Grey Harbor"), "{text}: {got:?}");
    assert!(has_written(&got, "Denver", Class::Place), "{got:?}");
    // A name quoted alone is still a name.
    let text = "Staff at “Halvorsen Freight” said the ship left Oslo on Monday.";
    let got = names(text);
    assert!(has_written(&got, "Oslo", Class::Place), "{got:?}");
}

#[test]
fn a_quotation_after_a_colon_opens_a_sentence_of_its_own() {
    let text = "The Office for Students published the figures on Thursday, and 9,000 students \
                sat the exams.\n\
                She added: “Students can be confident that the grades are fair.”";
    let got = names(text);
    assert!(
        !got.iter().any(|(n, _)| n.starts_with("Students =")),
        "{text}: {got:?}"
    );
    assert!(
        has_written(&got, "Office for Students", Class::Organisation),
        "{got:?}"
    );
}
