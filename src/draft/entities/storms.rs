//! Storms: "Hurricane Doralee", "Typhoon Hagibis", "since Fenwick came ashore" (#15). A storm is
//! named as a person is and travels "from" and "to" as a place does, so the words that class
//! names would make it either; it is neither, and every mention of it is left out.

use std::collections::HashSet;

use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;
use crate::normalize;

/// Words that open a storm's name ("tropical" only before "storm" or "depression").
const STORM_WORDS: &[&str] = &["hurricane", "typhoon", "cyclone", "storm", "tropical"];

/// The keys of the storms among `mentions`: a name opened by a storm's word, with and without
/// it, and a one-word name that comes ashore or makes landfall.
pub(super) fn storms(paragraphs: &[Paragraph], mentions: &[Mention]) -> HashSet<String> {
    let mut keys = HashSet::new();
    for m in mentions {
        let Some(p) = paragraphs.get(m.paragraph) else {
            continue;
        };
        let words = normalize::words(&m.text);
        // "Hurricane Doralee", "Tropical Storm Doralee"; or the storm's word just before the
        // mention ("the remnants of Hurricane Doralee" split before the name).
        let opened = words.len() > 1
            && STORM_WORDS.contains(&words[0].as_str())
            && (words[0] != "tropical" || matches!(words[1].as_str(), "storm" | "depression"));
        let after_word = m.first > 0
            && p.capitalised(m.first - 1)
            && p.word(m.first - 1)
                .is_some_and(|w| STORM_WORDS.contains(&w.as_str()));
        if opened {
            keys.insert(normalize::key(&m.text));
            let name = words
                .iter()
                .skip_while(|w| STORM_WORDS.contains(&w.as_str()))
                .cloned()
                .collect::<Vec<_>>()
                .join(" ");
            if !name.is_empty() {
                keys.insert(normalize::key(&name));
            }
        } else if after_word || (words.len() == 1 && lands(p, m)) {
            keys.insert(normalize::key(&m.text));
        }
    }
    keys
}

/// Whether a storm's verb follows the mention: "Fenwick came ashore", "Fenwick made landfall".
fn lands(p: &Paragraph, m: &Mention) -> bool {
    let next = p.word(m.last + 1);
    let then = p.word(m.last + 2);
    matches!(
        (next.as_deref(), then.as_deref()),
        (
            Some("came" | "comes" | "coming" | "swept" | "sweeps" | "roared"),
            Some("ashore")
        ) | (Some("made" | "makes" | "making"), Some("landfall"))
    )
}
