//! Sides that American sports copy names by a school's or a town's name alone ("No. 13 seed
//! Carrow State upset fourth-seeded Danbury 68-61", "Danbury (26-8) led 34-29"): nothing in the
//! name says a side, but a seed, a ranking or a win-loss record in brackets does, and a reader
//! takes the name for the side in the article's other mentions too, save where a place
//! preposition puts something in it ("in Danbury") (#15).

use std::collections::HashSet;

use super::super::lexicon;
use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use super::super::value::Class;
use super::context::like_a_person;
use crate::normalize;

/// The keys of the names the article shows as sides by a seed, a ranking or a record.
pub(super) fn seeded(paragraphs: &[Paragraph], mentions: &[Mention]) -> HashSet<String> {
    // A pitcher's surname alone takes his record too ("Quintero (6-3)").
    let surnames: HashSet<String> = mentions
        .iter()
        .filter(|m| {
            paragraphs
                .get(m.paragraph)
                .is_some_and(|p| like_a_person(p, m))
        })
        .filter_map(|m| normalize::words(&m.text).last().cloned())
        .collect();
    // "Fresno (60-70)" after "the Fresno Larks": the short form of a longer name, for the
    // short-form rules to give in full.
    let openings: HashSet<String> = mentions
        .iter()
        .filter_map(|m| {
            let words = normalize::words(&m.text);
            (words.len() > 1).then(|| words[0].clone())
        })
        .collect();
    mentions
        .iter()
        .filter(|m| !m.titled && m.initials.is_none())
        // "RHP Oscar Lindqvist (9-9)": a position's code before a player's name.
        .filter(|m| !m.text.split_whitespace().any(lexicon::is_initialism))
        .filter(|m| {
            let key = normalize::key(&m.text);
            !surnames.contains(&key) && !openings.contains(&key)
        })
        .filter(|m| {
            let Some(p) = paragraphs.get(m.paragraph) else {
                return false;
            };
            let words = normalize::words(&m.text);
            // A seed and a record are a player's as well as a side's ("top seed Ana Ruiz", a
            // pitcher's "(6-3)"): a name written like a person's needs a school's word.
            let seed = !like_a_person(p, m) || school(&words);
            (1..=3).contains(&words.len())
                && seed
                && (seeded_before(p, m.first)
                    // "Ohio (53-45)": a known place's bracket is a vote's share as well.
                    || (record_after(p, m.last + 1) && !lexicon::known_place(&m.text)))
        })
        .map(|m| normalize::key(&m.text))
        .collect()
}

/// Whether a name's last word is a school's: "Harlow State", "Valdosta Tech".
pub(super) fn school(words: &[String]) -> bool {
    words
        .last()
        .is_some_and(|w| matches!(w.as_str(), "state" | "tech" | "college" | "a&m"))
}

/// For a mention of a name the article shows as a side, the class it takes: the side; the
/// place where "in", "near" or "outside" puts something in it ("fans in Danbury"); nothing
/// after "at", "from", "to" or "of", which take a side as well as a town.
pub(super) fn seeded_class(
    p: &Paragraph,
    m: &Mention,
    seeded: &HashSet<String>,
) -> Option<Option<Class>> {
    if !seeded.contains(&normalize::key(&m.text)) {
        return None;
    }
    Some(match p.word_before(m.first).as_deref() {
        Some("in" | "near" | "outside" | "around" | "across" | "throughout") => Some(Class::Place),
        Some("at" | "from" | "to" | "of") => None,
        _ => Some(Class::Organisation),
    })
}

/// Whether a seed or a ranking comes right before token `start`: "No. 13 seed", "No. 3",
/// "fourth-seeded", "top-seeded", "13th-seeded".
fn seeded_before(p: &Paragraph, start: usize) -> bool {
    let number = |k: usize| p.tokens.get(k).is_some_and(|t| t.kind == Kind::Number);
    let no = |k: usize| {
        k >= 2 && number(k) && p.is_mark(k - 1, &['.']) && p.word(k - 2).as_deref() == Some("no")
    };
    let Some(before) = start.checked_sub(1) else {
        return false;
    };
    // "No. 13 seed Carrow State", "No. 3 Marquand".
    if p.word(before).as_deref() == Some("seed") && before >= 1 && no(before - 1) {
        return true;
    }
    if no(before) {
        return true;
    }
    // "fourth-seeded Danbury", "13th-seeded", "top-seeded".
    p.word(before).as_deref() == Some("seeded")
        && before >= 2
        && p.is_mark(before - 1, &['-'])
        && p.is_glued(before)
        && p.is_glued(before - 1)
}

/// Whether a win-loss record in brackets starts at token `k`: "(26-8)", "(24-10, 12-6)".
pub(super) fn record_after(p: &Paragraph, k: usize) -> bool {
    // Wins and losses of a season, never a year ("Bosnia (1992-95)").
    let number = |k: usize| {
        p.tokens.get(k).is_some_and(|t| {
            t.kind == Kind::Number && t.text(p.text).bytes().all(|b| b.is_ascii_digit())
        }) && p.text_of(k).len() <= 3
    };
    p.is_mark(k, &['('])
        && number(k + 1)
        && p.is_mark(k + 2, &['-', '–'])
        && p.is_glued(k + 2)
        && number(k + 3)
        && (p.is_mark(k + 4, &[')']) || p.is_mark(k + 4, &[',']))
}
