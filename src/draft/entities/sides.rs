//! Teams and companies known by one word of their own ("Kestrel", "Ostara"): nothing in such a
//! word says what it names, so only the way the article uses it may. A reader takes it for a
//! body when it is spoken of as a group ("Kestrel have won": a plural verb after one name), or
//! when two uses together show it: someone belonging to it ("Kestrel’s Mia Roth", "Mia Roth’s
//! Kestrel", "Kestrel team boss Ian Hale") or someone doing something "for" it. A place, a
//! person's surname or a word of a longer name is never so read: the evidence must be the usage.

use std::collections::{HashMap, HashSet};

use super::super::lexicon::{self, PLACE_PREPOSITIONS};
use super::super::mentions::{Mention, opens_sentence};
use super::super::paragraph::Paragraph;
use super::context::like_a_person;
use crate::normalize;

/// The names (normalised keys) of one word that the article uses as a team's or a company's.
pub(super) fn sides(paragraphs: &[Paragraph], mentions: &[Mention]) -> HashSet<String> {
    // Words of longer names: a person's surname, the first word of "Kestrel Motors".
    let inside: HashSet<String> = mentions
        .iter()
        .flat_map(|m| {
            let words = normalize::words(&m.text);
            if words.len() > 1 { words } else { Vec::new() }
        })
        .collect();
    // For each name: strong uses (belonging, a plural verb), and uses with "for".
    let mut shown: HashMap<String, (usize, usize, bool)> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let Some(p) = paragraphs.get(m.paragraph) else {
            continue;
        };
        let words = normalize::words(&m.text);
        let [word] = words.as_slice() else {
            continue;
        };
        if m.titled
            || m.before_title
            || m.initials.is_some()
            || inside.contains(word)
            || !one_name(&m.text)
            || lexicon::known_place(&m.text)
            || lexicon::is_demonym(&m.text)
            || lexicon::nationality(&m.text)
        {
            continue;
        }
        let entry = shown.entry(word.clone()).or_default();
        // "Children were among the hurt": a common word opening its sentence is capitalised for
        // that alone, and its plural verb says nothing of a name.
        let common_opener = opens_sentence(p, m.first) && crate::check::is_english(word);
        if plural_verb(p, m) && !common_opener {
            entry.2 = true;
        }
        if belongs(paragraphs, mentions, i) {
            entry.0 += 1;
        }
        if m.first >= 1 && p.word(m.first - 1).as_deref() == Some("for") {
            entry.1 += 1;
        }
    }
    shown
        .into_iter()
        .filter(|(_, (strong, with_for, plural))| {
            *plural || (*strong >= 1 && strong + with_for >= 2)
        })
        .map(|(key, _)| key)
        .collect()
}

/// Whether a word is written as one name of its own: a capital, then lower-case letters ("Kestrel",
/// not "NASA", "McLaren" is fine), and not ending with "s" (a plural: "the Smiths").
fn one_name(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.clone().any(char::is_lowercase)
        && chars.all(char::is_alphabetic)
        && !text.ends_with('s')
}

/// Whether a plural verb follows a singular name that opens no list: "Kestrel have won", "Kestrel
/// are" (a group spoken of as its members), not "Ana and Kestrel are".
fn plural_verb(p: &Paragraph, m: &Mention) -> bool {
    // "Where are the buses?", "There were two": a question's or a pointing word before its verb.
    let asks = matches!(
        normalize::key(&m.text).as_str(),
        "where" | "who" | "what" | "why" | "how" | "when" | "which" | "there" | "here"
    );
    // "hospitals in Dunmore were treating": a name after a preposition is its object, and the
    // verb's subject is the noun before the preposition (#15).
    let object = m.first >= 1
        && p.word(m.first - 1)
            .is_some_and(|w| PLACE_PREPOSITIONS.contains(&w.as_str()) || w == "of");
    !object
        && !asks
        && !written_with_possessive(p, m)
        && super::context::plural_verb_after(p, m, &["and", "or"])
}

/// Whether the mention is someone's body or team: its possessive before a name written like a
/// person's ("Kestrel’s Mia Roth"), a person's possessive before it ("Mia Roth’s Kestrel"), or
/// before "team" and a noun for someone ("Kestrel team boss Ian Hale").
fn belongs(paragraphs: &[Paragraph], mentions: &[Mention], i: usize) -> bool {
    let m = &mentions[i];
    let Some(p) = paragraphs.get(m.paragraph) else {
        return false;
    };
    let person = |n: &Mention| n.paragraph == m.paragraph && like_a_person(p, n);
    let owner = written_with_possessive(p, m)
        && mentions
            .get(i + 1)
            .is_some_and(|n| n.first == m.last + 1 && person(n));
    let owned = i >= 1
        && mentions
            .get(i - 1)
            .is_some_and(|n| n.last + 1 == m.first && written_with_possessive(p, n) && person(n));
    let team = p.word(m.last + 1).as_deref() == Some("team")
        && p.word(m.last + 2)
            .is_some_and(|w| lexicon::names_someone(&w) || w == "principal");
    owner || owned || team
}

/// Whether the mention's last word carries a possessive "’s" ("Kestrel’s").
fn written_with_possessive(p: &Paragraph, m: &Mention) -> bool {
    p.tokens.get(m.last).is_some_and(|t| {
        m.slot.end < t.end
            && p.text
                .get(m.slot.end..t.end)
                .is_some_and(|rest| rest.ends_with('s'))
    })
}
