//! A given name alone before "and" and a full name: "Harold and Miriam Feldstein", "the twins
//! Oscar and Hattie Lindqvist" (#15). The first is someone of the pair, named by a given name.

use super::super::lexicon;
use super::super::mentions::{Mention, has_keyword};
use super::super::paragraph::Paragraph;

/// Whether a one-word mention is a common given name before "and" and a name of two words, no
/// place's or body's (the second given name may be one no list knows: "Miriam", "Hattie").
pub(super) fn first_of_a_pair(p: &Paragraph, m: &Mention) -> bool {
    if m.first != m.last || !lexicon::given_name(&m.text) || lexicon::known_place(&m.text) {
        return false;
    }
    // "in Douglas and Port Erin", "analysts at Morgan and Credit Suisse": after a preposition
    // of place the pair is as often two towns or two firms (second reader).
    if p.word_before(m.first).is_some_and(|w| {
        matches!(
            w.as_str(),
            "in" | "at" | "between" | "near" | "into" | "across" | "outside"
        )
    }) {
        return false;
    }
    let k = m.last + 1;
    if p.word(k).as_deref() != Some("and") {
        return false;
    }
    let (given, surname) = (k + 1, k + 2);
    // After "to" or "from" two towns are as likely ("ferries to Douglas and Port Erin"): the
    // second name must open with a common given name too (second reader).
    let travel = matches!(p.word_before(m.first).as_deref(), Some("to" | "from"));
    if travel && !lexicon::given_name(p.text_of(given)) {
        return false;
    }
    let name = format!("{} {}", p.text_of(given), p.text_of(surname));
    p.capitalised(given)
        && p.capitalised(surname)
        && !p.capitalised(surname + 1)
        && !lexicon::known_place(p.text_of(given))
        && !lexicon::known_place(p.text_of(surname))
        && !lexicon::known_city(p.text_of(surname))
        && !has_keyword(&name)
        && !lexicon::known_company(&name)
}
