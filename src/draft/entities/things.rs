//! Initials that stand for a thing, not a body: "chronic obstructive pulmonary disease … known as
//! COPD", "his 40th ODI", "four ODIs". A body's initials are spelt out with capitals ("Food and
//! Drug Administration"); a term's are spelt out in lower case. Nor is a body counted: initials
//! after an ordinal ("the second ODI at the ground") or written with a plural "s" ("ODIs") name
//! one of a kind of thing.

use std::collections::HashSet;

use super::super::lexicon;
use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use super::own::is_initials;
use crate::normalize;

/// The keys of the names among `mentions` that name a plan, not a body: "the Affordable Housing
/// Programme", "the Climate Action Plan", "a GST Voucher"; not the United Nations' bodies so
/// named ("World Food Programme", "United Nations Development Programme").
pub(super) fn plans(mentions: &[Mention]) -> HashSet<String> {
    mentions
        .iter()
        .filter(|m| {
            let words = normalize::words(&m.text);
            words.len() >= 2
                && words
                    .last()
                    .is_some_and(|w| PLAN_WORDS.contains(&w.as_str()))
                && !words
                    .iter()
                    .any(|w| matches!(w.as_str(), "world" | "united" | "nations" | "un"))
        })
        .map(|m| normalize::key(&m.text))
        .collect()
}

/// Whether a mention is a known place's name before the word for its government ("the Sindh
/// government", "CHENNAI: The Tamil Nadu government"): it names the government, which keys give
/// as a body of that name; neither the place nor a body here (#15). A known place's only, not a
/// leader's ("the Albanese government": second reader).
pub(super) fn names_a_government(p: &Paragraph, m: &Mention) -> bool {
    let place = m.text.strip_prefix("The ").unwrap_or(&m.text);
    (p.word_before(m.first).as_deref() == Some("the") || place.len() < m.text.len())
        && lexicon::known_place(place)
        && p.tokens
            .get(m.last + 1)
            .is_some_and(|t| matches!(t.text(p.text), "government" | "administration"))
}

/// The government named by a people's adjective and "government" in lower case, as one body's
/// name: "the Welsh government", "a Scottish government spokesperson", as the BBC writes them
/// (#15; a council report of our own). A place's name before it ("the Sindh government") is
/// left out (`names_a_government`): writers key it as the body, the place or nothing.
pub(super) fn a_government(p: &Paragraph, m: &Mention) -> Option<Mention> {
    let k = m.last + 1;
    let word = p
        .tokens
        .get(k)
        .filter(|t| t.kind == Kind::Word)?
        .text(p.text);
    let bare = word.trim_end_matches("’s").trim_end_matches("'s");
    let place = m.text.strip_prefix("The ").unwrap_or(&m.text);
    // Not a surname that ends like a people's word ("the Albanese government").
    // Not a surname that ends like a people's word ("the Albanese government"): a people's
    // word in "-ese" only when listed.
    let lower = place.to_lowercase();
    let ese = matches!(
        lower.as_str(),
        "lebanese"
            | "sudanese"
            | "congolese"
            | "senegalese"
            | "taiwanese"
            | "nepalese"
            | "maltese"
            | "burmese"
            | "togolese"
            | "guyanese"
            | "beninese"
            | "gabonese"
            | "bhutanese"
    );
    let named = (lexicon::nationality(place)
        || ese
        || lower == "somali"
        || (lexicon::demonym_of_a_known_place(place) && !lower.ends_with("ese")))
        && !lexicon::known_place(place);
    // Not "the pro-Russian government" (Ukraine's), "the anti-British government".
    let prefixed = m.first >= 2 && p.is_mark(m.first - 1, &['-']) && p.is_glued(m.first);
    if bare != "government" || !named || prefixed || m.titled || m.before_title {
        return None;
    }
    let mut widened = m.clone();
    widened.last = k;
    widened.slot.end = p.tokens[k].start + bare.len();
    widened.text = p.text[widened.slot.start..widened.slot.end].to_owned();
    widened.initials = None;
    Some(widened)
}

/// The keys of the names among `mentions` that are the rest of a longer title after a title's
/// word: "Risk Officer" of "Chief Risk Officer, Tom Hale,", no one's name (#15). Its last word
/// is a listed title or noun for someone (not one that only ends like one, "Lindqvist"), and a
/// name follows it after a comma, the one the title is of; "Sen. Angus King of Maine", "Dr.
/// Emma Farmer said" are people whose surname is such a word (second reader).
pub(super) fn title_rests(paragraphs: &[Paragraph], mentions: &[Mention]) -> HashSet<String> {
    mentions
        .iter()
        .filter(|m| m.titled)
        .filter(|m| {
            let words = normalize::words(&m.text);
            let titled_word = words.len() > 1
                && words.last().is_some_and(|last| {
                    lexicon::PERSON_TITLES.contains(&last.as_str())
                        || lexicon::PERSON_NOUNS.contains(&last.as_str())
                });
            let named_after = paragraphs
                .get(m.paragraph)
                .is_some_and(|p| p.is_mark(m.last + 1, &[',']) && p.capitalised(m.last + 2));
            titled_word && named_after
        })
        .map(|m| normalize::key(&m.text))
        .collect()
}

/// The keys of one-word names that an ordinal counts ("its first Test in 2019", "the second
/// Test at the ground") and that the article also writes in the plural ("in Tests"), singular
/// and plural: a kind of thing written with a capital, such as a match, not a name (#15). Not a
/// name counted once ("her second Wimbledon in 2019": no "Wimbledons"), nor a word that ends a
/// longer name ("the third Hart" after "Ruth Hart", beside "the Harts"), a known place or a
/// people's word ("the first Kenyan"), nor a word a noun in lower case follows ("the second Bush
/// administration").
pub(super) fn counted_kinds(paragraphs: &[Paragraph], mentions: &[Mention]) -> HashSet<String> {
    let written: HashSet<String> = mentions.iter().map(|m| normalize::key(&m.text)).collect();
    // "Ruth Hart is the third Hart in the Senate": a word that ends a longer name is a
    // surname, and "the Harts" a family.
    let surnames: HashSet<String> = mentions
        .iter()
        .filter_map(|m| match normalize::words(&m.text).as_slice() {
            [_, .., last] => Some(last.clone()),
            _ => None,
        })
        .collect();
    mentions
        .iter()
        .filter(|m| {
            let words = normalize::words(&m.text);
            words.len() == 1
                && m.initials.is_none()
                && !is_initials(&m.text)
                && !lexicon::known_place(&m.text)
                && !lexicon::is_demonym(&m.text)
                && !lexicon::nationality(&m.text)
                && !surnames.contains(&normalize::key(&m.text))
                && paragraphs.get(m.paragraph).is_some_and(|p| counted(p, m))
        })
        .flat_map(|m| {
            let key = normalize::key(&m.text);
            let one = key.strip_suffix('s').unwrap_or(&key).to_owned();
            let many = format!("{one}s");
            if written.contains(&many) {
                vec![many, one]
            } else {
                Vec::new()
            }
        })
        .collect()
}

/// The keys of the names among `mentions` that number a thing in roman numerals: "a Phase III
/// trial", "Category IV", "Title IX": no one's name and no body's (#15).
pub(super) fn numbered(mentions: &[Mention]) -> HashSet<String> {
    mentions
        .iter()
        .filter(|m| numbered_thing(&m.text))
        .map(|m| normalize::key(&m.text))
        .collect()
}

/// Whether `text` is a noun that numbers things and a roman numeral: "Phase III".
pub(super) fn numbered_thing(text: &str) -> bool {
    let [noun, number] = text.split_whitespace().collect::<Vec<_>>()[..] else {
        return false;
    };
    NUMBERING_NOUNS.contains(&noun.to_lowercase().as_str())
        && number.len() <= 5
        && number.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Nouns that number things of their kind: "Phase II", "Stage IV", "Title IX".
#[rustfmt::skip]
const NUMBERING_NOUNS: &[&str] = &[
    "phase", "stage", "type", "class", "grade", "tier", "level", "category", "part", "chapter",
    "title", "article", "book", "volume", "act", "series", "division", "round", "game",
];

/// Last words of a plan's name.
const PLAN_WORDS: &[&str] = &[
    "programme",
    "program",
    "scheme",
    "plan",
    "strategy",
    "initiative",
    "voucher",
    "vouchers",
];

/// Ordinals and words of order that count the things after them.
#[rustfmt::skip]
const ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "final", "last", "next", "opening", "previous",
];

/// Small words a counted thing may be followed by: "the second ODI at the ground".
#[rustfmt::skip]
const FUNCTION_WORDS: &[&str] = &[
    "at", "in", "on", "of", "for", "since", "against", "between", "with", "and", "or", "was",
    "is", "will", "has", "had",
];

/// Words too small to give a letter to initials spelt out in lower case.
#[rustfmt::skip]
const SMALL_WORDS: &[&str] = &[
    "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from",
    "as", "is", "it", "its", "that", "this",
];

/// The keys of the initials among `mentions` that name a thing.
pub(super) fn things(paragraphs: &[Paragraph], mentions: &[Mention]) -> HashSet<String> {
    let words: HashSet<&str> = paragraphs
        .iter()
        .flat_map(|p| {
            p.tokens
                .iter()
                .filter(|t| t.kind == Kind::Word)
                .map(|t| t.text(p.text))
        })
        .collect();
    mentions
        .iter()
        .filter(|m| {
            m.initials.is_none()
                && is_initials(&m.text)
                && !m.text.contains('.')
                && lexicon::country_initials(&m.text).is_none()
        })
        .filter(|m| {
            let plural = words.contains(format!("{}s", m.text).as_str());
            plural
                || paragraphs.get(m.paragraph).is_some_and(|p| counted(p, m))
                || spelt_in_lower_case(paragraphs, m)
        })
        .map(|m| normalize::key(&m.text))
        .collect()
}

/// Whether an ordinal counts the initials as its noun: "the second ODI at the ground", "the
/// third and final ODI," (not "the first FDA approval": there it counts the approval).
fn counted(p: &Paragraph, m: &Mention) -> bool {
    let ordinal = p
        .word_before(m.first)
        .is_some_and(|w| ORDINALS.contains(&w.as_str()));
    let head = p.tokens.get(m.last + 1).is_none_or(|t| {
        t.kind != Kind::Word
            || t.text(p.text).starts_with(char::is_uppercase)
            || FUNCTION_WORDS.contains(&t.text(p.text))
    });
    ordinal && head
}

/// Whether words in lower case whose first letters are the initials' stand in the article: four
/// or more letters anywhere ("chronic obstructive pulmonary disease" for COPD); two or three only
/// in the sentence before the initials, where chance is too small to spell them. "and", "of" and
/// "the" between the spelt words may stand without a letter ("measles, mumps and rubella").
fn spelt_in_lower_case(paragraphs: &[Paragraph], m: &Mention) -> bool {
    let letters: Vec<char> = m
        .text
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let spelt = |p: &Paragraph, range: std::ops::Range<usize>| {
        let words: Vec<&str> = p.tokens[range]
            .iter()
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.text(p.text))
            .collect();
        // "measles, mumps and rubella" for MMR, "weapons of mass destruction" for WMD: the small
        // words joining the spelt words have no letter of their own.
        let joined: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| !matches!(*w, "and" | "of" | "the"))
            .collect();
        // A small word gives no letter ("through the city’s" does not spell TTC).
        [words, joined].iter().any(|words| {
            words.windows(letters.len()).any(|w| {
                w.iter().zip(&letters).all(|(word, l)| {
                    word.starts_with(char::is_lowercase)
                        && word.starts_with(*l)
                        && !SMALL_WORDS.contains(word)
                })
            })
        })
    };
    if letters.len() >= 4 {
        return paragraphs.iter().any(|p| spelt(p, 0..p.tokens.len()));
    }
    paragraphs.get(m.paragraph).is_some_and(|p| {
        let start = p.sentence_of(p.tokens[m.first].start);
        let first = p
            .tokens
            .iter()
            .position(|t| p.sentence_of(t.start) == start)
            .unwrap_or(0);
        spelt(p, first..m.first)
    })
}
