//! A one-word name that speaks and is no one's name (#15, round i20a): "Icelandair said all 58
//! of its departures", "DriveBC said": a single word before "said" that is neither a surname nor
//! a given name of anyone the article names in full, and that is written as a brand is or owns
//! an "its", is a body.

use super::super::lexicon;
use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;
use super::context;
use crate::normalize;

/// Whether `m` is one word, right before a verb of speech, and no word of a name written like
/// a person's in the article.
pub(super) fn a_speaking_body(paragraphs: &[Paragraph], mentions: &[Mention], m: &Mention) -> bool {
    let words = normalize::words(&m.text);
    let [word] = words.as_slice() else {
        return false;
    };
    let Some(p) = paragraphs.get(m.paragraph) else {
        return false;
    };
    let speaks = p
        .word(m.last + 1)
        .is_some_and(|w| lexicon::SPEECH_VERBS.contains(&w.as_str()));
    let someone = mentions.iter().any(|n| {
        normalize::words(&n.text).len() > 1
            && normalize::words(&n.text).contains(word)
            && paragraphs
                .get(n.paragraph)
                .is_some_and(|q| context::like_a_person(q, n) || n.titled)
    });
    // "Researchers said", "Police said": a common noun for people opens its sentence with a
    // capital as a name does; a name read from the middle of a longer one ("Rail" of "Network
    // Rail", its first word taken for a common one) is no name either.
    let common = m.opens && (word.ends_with('s') || COMMON_SUBJECTS.contains(&word.as_str()));
    let inside = m.first > 0 && p.capitalised(m.first - 1);
    // Speech alone is someone's as often as a body's ("Arteta told BBC Sport"): something more
    // must say a body. A capital inside the word ("DriveBC", "TotalEnergies") is a brand's, no
    // one's; "its" after the verb in the same sentence ("Icelandair said all 58 of its
    // departures") is the body's own.
    let brand = m
        .text
        .chars()
        .skip(1)
        .zip(m.text.chars().skip(2))
        .any(|(a, b)| a.is_lowercase() && b.is_uppercase());
    let its = (m.last + 2..m.last + 10)
        .take_while(|&k| !p.is_mark(k, &['.', ';', '“', '”']))
        .any(|k| p.word(k).as_deref() == Some("its"));
    speaks
        && (brand || its)
        && !common
        && !inside
        && !someone
        && !m.titled
        && !m.before_title
        && !lexicon::known_place(&m.text)
        && !lexicon::nationality(&m.text)
}

/// Common words for people that speak at the start of a sentence and end in no "s": "Police
/// said", "Everyone agreed".
const COMMON_SUBJECTS: &[&str] = &[
    "people",
    "police",
    "staff",
    "everyone",
    "everybody",
    "nobody",
    "someone",
    "somebody",
    "anyone",
    "no",
    "one",
    "many",
    "most",
    "some",
    "both",
    "all",
    "few",
    "none",
    "each",
    "crew",
    "management",
    "government",
    "opposition",
    "media",
    "public",
    "audience",
    "team",
    "family",
    "he",
    "she",
    "they",
    "we",
    "it",
    "who",
    "children",
    "men",
    "women",
    "youth",
    "leadership",
];
