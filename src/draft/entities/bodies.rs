//! What only a body has or does, read from the words after or before a name: "Acme’s board of
//! directors", "a group calling itself Black Heron". A person has no
//! board and calls no one itself a group; a place has neither.

use super::super::lexicon::ORGANISATION_NOUNS;
use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;

/// Whether the name is followed by a possessive and a noun only a body has: "Acme’s board",
/// "Acme’s board of directors", "Acme’s headquarters". ("Acme’s chief executive" is read as
/// the words before a title, which only a known name is taken from.)
pub(super) fn has_a_body_s_part(p: &Paragraph, m: &Mention) -> bool {
    // "Acme’s" read as one token, or the name, the mark and "s".
    let glued = p
        .tokens
        .get(m.last)
        .is_some_and(|t| m.slot.end < t.end && p.text[m.slot.end..t.end].ends_with('s'));
    let marked = p.is_mark(m.last + 1, &['’', '\'']) && p.word(m.last + 2).as_deref() == Some("s");
    let noun = match (glued, marked) {
        (true, _) => m.last + 1,
        (false, true) => m.last + 3,
        _ => return false,
    };
    matches!(
        p.word(noun).as_deref(),
        Some("board" | "boardroom" | "headquarters" | "subsidiary" | "subsidiaries")
    )
}

/// Whether the words before the name say a body gives itself or is given that name: "a criminal
/// group calling itself Black Heron", "a company called Brightway", "the gang known as Redcap".
pub(super) fn a_body_named(p: &Paragraph, m: &Mention) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| p.word(k));
    let back = |n: usize| word(m.first.checked_sub(n));
    // The noun just before the words that give the name.
    let noun = match (back(2).as_deref(), back(1).as_deref()) {
        (Some("calling" | "styling"), Some("itself" | "themselves")) => back(3),
        (Some("known"), Some("as")) => back(3),
        (_, Some("called" | "named" | "dubbed")) => back(2),
        _ => None,
    };
    noun.is_some_and(|w| ORGANISATION_NOUNS.contains(&w.as_str()))
}
