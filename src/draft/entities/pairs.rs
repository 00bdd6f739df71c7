//! A person named with no cue, confirmed by the article's own later use (#15, round i20a): a
//! name written like a person's ("Kenya's Isaac Ayeko was third") whose last word alone comes
//! back later ("Ayeko took £12,000") is a person, as the surname alone is only for someone.

use std::collections::HashSet;

use super::super::lexicon;
use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use super::context;
use crate::normalize;

/// The words the article writes in lower case somewhere: a given name is never one of them.
pub(super) fn lower_case_words(paragraphs: &[Paragraph]) -> HashSet<String> {
    paragraphs
        .iter()
        .flat_map(|p| {
            p.tokens.iter().filter_map(|t| {
                let text = t.text(p.text);
                (t.kind == Kind::Word && text.starts_with(char::is_lowercase))
                    .then(|| text.to_lowercase())
            })
        })
        .collect()
}

/// For a one-word mention `i` nothing else speaks for, the full name it shortens (its index):
/// the one name elsewhere written like a person's that ends with the word ("Isaac Ayeko" for
/// "Ayeko"), given before it, whose first word the article never writes in lower case ("Blue
/// Heron" is no one: "blue" is a common word), and where neither stands for a place or a thing
/// ("on Espiritu Santo", "at the Tour") nor the word for a company ("Ayeko shares").
pub(super) fn surname_of_a_pair(
    paragraphs: &[Paragraph],
    mentions: &[Mention],
    i: usize,
    lower: &HashSet<String>,
) -> Option<usize> {
    let m = &mentions[i];
    let p = paragraphs.get(m.paragraph)?;
    if m.before_title
        || m.initials.is_some()
        || context::within(p, m)
        || context::used_as_a_company(p, m)
        || lexicon::known_place(&m.text)
    {
        return None;
    }
    let full = super::full_name(paragraphs, mentions, i, false)?;
    let n = &mentions[full];
    let words = normalize::words(&n.text);
    let given = words.first()?;
    let before = (n.paragraph, n.first) < (m.paragraph, m.first);
    let placed = [m, n].iter().any(|k| {
        paragraphs
            .get(k.paragraph)
            .and_then(|q| q.word_before(k.first))
            .is_some_and(|w| NO_ONE_AFTER.contains(&w.as_str()))
    });
    (before
        && !placed
        && words.len() > 1
        && !lower.contains(given)
        && !lexicon::generic_first_word(given))
    .then_some(full)
}

/// Words after which a name is a thing or a place, not someone: "the Tour", "on Santo".
const NO_ONE_AFTER: &[&str] = &[
    "the",
    "in",
    "on",
    "near",
    "into",
    "inside",
    "outside",
    "throughout",
    "across",
];
