//! The article's own vocabulary: the words it writes in lower case, and the initials it gives
//! a name in brackets.

use std::collections::HashSet;

use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use crate::check::date::{MONTHS, WEEKDAYS};

/// The words of the article written in lower case somewhere: a capitalised word that is also
/// one of these is a common word when it opens a sentence. With them, as written, initials the
/// article spells out in lower case ("respiratory syncytial virus (RSV)"): a thing, not a name.
pub fn vocabulary(paragraphs: &[Paragraph]) -> Vocabulary {
    let mut words = HashSet::new();
    let mut defined = HashSet::new();
    for p in paragraphs {
        for (i, t) in p.tokens.iter().enumerate() {
            let text = t.text(p.text);
            if t.kind == Kind::Word && text.starts_with(char::is_lowercase) {
                words.insert(text.to_lowercase());
            }
            if let Some(initials) = spelled_in_lower_case(p, i).or_else(|| of_a_law(p, i)) {
                words.insert(initials.to_owned());
            } else if let Some(initials) = defined_after_a_name(p, i) {
                defined.insert(initials.to_owned());
            }
        }
    }
    let titled_places = titled_places(paragraphs);
    let firms = firms(paragraphs, &words);
    let model_words = model_words(paragraphs);
    Vocabulary {
        words,
        defined,
        titled_places,
        firms,
        model_words,
    }
}

/// Names of one word the article writes as a firm named with its possessive, "Christie’s",
/// "Halloran’s": the name and its "’s" stand alone where a possessive would own the next word,
/// a place one is at before a mark or a preposition ("at Halloran’s in Manhattan", "at
/// Sotheby’s on Thursday"), or a body that speaks ("Halloran’s said") (#15). Not someone's after a title ("Ms. Ruiz’s."), nor a word
/// the article writes in lower case ("That’s in the past"), nor a place's or a month's.
/// A name the article also writes alone without it ("in Melbourne") is no firm's. Lower case.
fn firms(paragraphs: &[Paragraph], lower: &HashSet<String>) -> HashSet<String> {
    let mut out = HashSet::new();
    let mut bare = HashSet::new();
    for p in paragraphs {
        for i in 0..p.tokens.len() {
            let alone = !p.capitalised(i.wrapping_sub(1))
                || p.word_before(i)
                    .is_some_and(|w| super::super::value::is_function_word(&w));
            if p.capitalised(i) && alone && !(p.is_mark(i + 1, &['-']) && p.is_glued(i + 1)) {
                bare.extend(p.word(i));
            }
        }
    }
    for p in paragraphs {
        for i in 0..p.tokens.len() {
            let Some(word) = p.word(i) else { continue };
            let Some(name) = ["’s", "'s"]
                .into_iter()
                .find_map(|s| word.strip_suffix(s))
                .filter(|n| n.chars().count() > 1)
            else {
                continue;
            };
            if !p.capitalised(i) || lower.contains(name) {
                continue;
            }
            // The name alone: not the last word of a longer name ("Thomas Halloran’s"), though
            // a sentence may open with a preposition ("At Christie’s, ...").
            let alone = !p.capitalised(i.wrapping_sub(1))
                || p.word_before(i)
                    .is_some_and(|w| super::super::value::is_function_word(&w));
            let before = i.checked_sub(1 + usize::from(p.is_mark(i.wrapping_sub(1), &['.'])));
            let titled = before
                .and_then(|k| p.word(k))
                .is_some_and(|w| super::super::lexicon::PERSON_TITLES.contains(&w.as_str()));
            let written = &p.text_of(i)[..name.len()];
            if !alone
                || titled
                || super::super::lexicon::known_place(written)
                || super::super::lexicon::nationality(written)
                || MONTHS.iter().chain(WEEKDAYS.iter()).any(|m| *m == written)
            {
                continue;
            }
            // "at Halloran’s in Manhattan", "at Christie’s, where", "joined Dunmore’s in 1998":
            // a firm one is at, goes to or joins, before a mark or a preposition; "Halloran’s
            // said": a firm that speaks. Not "the car was Whitfield’s.", "a friend of
            // Hockney’s,", "Kane’s in form" (second readers).
            let next = i + 1;
            let placed = p.word_before(i).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "at" | "from" | "by" | "with" | "through" | "outside" | "joined"
                )
            });
            let ends = match p.tokens.get(next) {
                None => true,
                Some(t) if t.kind == Kind::Mark => {
                    p.is_mark(next, &[',', '.', ';', ':', ')', '”', '"'])
                        && !(p.is_mark(next, &['.']) && p.is_glued(next + 1))
                }
                Some(_) => {
                    p.word(next)
                        .is_some_and(|w| FIRM_NEXT.contains(&w.as_str()))
                        && !(p.is_mark(next + 1, &['-']) && p.is_glued(next + 1))
                }
            };
            // Not "to": "similar to Hunt’s" (third reader).
            // Not "announced" or "confirmed": "Swift’s announced a new album", "Starmer’s
            // announced a review" are "has" (fourth to sixth readers; "McDonald’s announced" is
            // lost with them).
            let speaks = p
                .word(next)
                .is_some_and(|w| matches!(w.as_str(), "said" | "says" | "declined" | "reported"));
            // "Dunmore’s, the department store chain, has collapsed": a sentence opens with it
            // and a comma follows, as a body is described (second reader).
            let described = super::opens_sentence(p, i)
                && p.is_mark(next, &[','])
                && matches!(p.word(next + 1).as_deref(), Some("the" | "a" | "which"));
            let stands_alone = (placed && ends) || speaks || described;
            if stands_alone && !bare.contains(name) {
                out.insert(name.to_owned());
            }
        }
    }
    out
}

/// The model's words the article writes after a product's name and number: "pro" of "the Vale
/// 3 Pro" (#15), so that "The Pro packs a battery" names no one; "a spokesman for Mini" in an
/// article of no such model still names the carmaker (third reader).
fn model_words(paragraphs: &[Paragraph]) -> HashSet<String> {
    paragraphs
        .iter()
        .flat_map(|p| (1..p.tokens.len()).filter_map(|i| super::super::numbers::model_at(p, i)))
        // Not "max", a given name too ("Max said").
        .filter(|w| w != "max")
        .collect()
}

/// Words after a name and its "’s" that say the possessive owns nothing: the name is a firm's.
/// Not a verb that may follow an elided noun ("while Melbourne’s was 69.3 per cent").
const FIRM_NEXT: &[&str] = &["in", "on", "at", "for", "with", "from", "where", "which"];

/// Names that open with a title's word and that the article puts something in or at, written
/// twice or more ("in Prince Rupert", "Vancouver and Prince Rupert"): a place's name, the title
/// word its own (#15). Lower case.
fn titled_places(paragraphs: &[Paragraph]) -> HashSet<String> {
    let mut seen: std::collections::HashMap<String, (usize, bool)> =
        std::collections::HashMap::new();
    for p in paragraphs {
        for i in 0..p.tokens.len() {
            let title = p
                .word(i)
                .is_some_and(|w| super::super::lexicon::PERSON_TITLES.contains(&w.as_str()));
            if !title || !p.capitalised(i) || p.is_mark(i + 1, &['.']) || !p.capitalised(i + 1) {
                continue;
            }
            let mut last = i + 1;
            while last < i + 4 && p.capitalised(last + 1) {
                last += 1;
            }
            let possessive = p.is_mark(last + 1, &['’', '\''])
                && p.is_glued(last + 1)
                && p.word(last + 2).as_deref() == Some("s");
            if possessive {
                continue;
            }
            let mut before = i;
            if p.word_before(before).as_deref() == Some("the") {
                before -= 1;
            }
            let located = p.word_before(before).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "in" | "at"
                        | "near"
                        | "outside"
                        | "inside"
                        | "across"
                        | "throughout"
                        | "around"
                )
            });
            let text = p.text[p.tokens[i].start..p.tokens[last].end].to_lowercase();
            let entry = seen.entry(text).or_insert((0, false));
            entry.0 += 1;
            entry.1 |= located;
        }
    }
    seen.into_iter()
        .filter(|(_, (count, located))| *count >= 2 && *located)
        .map(|(text, _)| text)
        .collect()
}

/// What the article's own words say of its capitalised words: the words it writes in lower case
/// (and initials it spells out in lower case), and the initials it gives a name in brackets.
#[derive(Debug, Default)]
pub struct Vocabulary {
    words: HashSet<String>,
    defined: HashSet<String>,
    titled_places: HashSet<String>,
    firms: HashSet<String>,
    model_words: HashSet<String>,
}

impl Vocabulary {
    /// Whether the article writes `word` in lower case somewhere.
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// Whether `text` (a title's word and a name, in lower case) is a place the article names
    /// twice or more and puts something in or at: "prince rupert".
    pub fn titled_place(&self, text: &str) -> bool {
        self.titled_places.contains(text)
    }

    /// Whether the article writes `word` (lower case) as a firm named with its possessive:
    /// "christie" of "at Christie’s, where".
    pub fn firm(&self, word: &str) -> bool {
        self.firms.contains(word)
    }

    /// Whether the article writes `word` (lower case) as a model's word after a product's name
    /// and number: "pro" of "the Vale 3 Pro".
    pub fn model_word(&self, word: &str) -> bool {
        self.model_words.contains(word)
    }

    /// Whether the article gives these initials to a name: "Independent Couriers’ Union (ICU)",
    /// so a later "ICU" is the union's, not a time zone or a common thing.
    pub fn defines(&self, initials: &str) -> bool {
        self.defined.contains(initials)
    }
}

/// The initials at token `i` when they stand in brackets right after a law's name: "Clean Water
/// Act (*CWA*)": a thing, like initials spelled out in lower case (#15).
fn of_a_law<'t>(p: &Paragraph<'t>, i: usize) -> Option<&'t str> {
    let initials = defined_after_a_name(p, i)?;
    let law = super::LAW_WORDS.contains(&p.text_of(i - 2).to_lowercase().as_str());
    law.then_some(initials)
}

/// The initials at token `i` when they stand in brackets right after a capitalised word:
/// "Employment Appeal Tribunal (*EAT*)".
pub(super) fn defined_after_a_name<'t>(p: &Paragraph<'t>, i: usize) -> Option<&'t str> {
    let text = p.text_of(i);
    let capitals = text.chars().filter(|c| c.is_uppercase()).count();
    let named = i >= 2
        && p.tokens[i - 2].kind == Kind::Word
        && p.text_of(i - 2).starts_with(char::is_uppercase);
    (p.tokens[i].kind == Kind::Word
        && capitals >= 2
        && p.is_mark(i.checked_sub(1)?, &['('])
        && p.is_mark(i + 1, &[')'])
        && named)
        .then_some(text)
}

/// The initials at token `i` when they stand in brackets after the lower-case words they spell:
/// "respiratory syncytial virus (*RSV*)".
pub(super) fn spelled_in_lower_case<'t>(p: &Paragraph<'t>, i: usize) -> Option<&'t str> {
    let text = p.text_of(i);
    let letters = text.chars().count();
    if !(2..=6).contains(&letters)
        || !text.chars().all(|c| c.is_ascii_uppercase())
        || !p.is_mark(i.checked_sub(1)?, &['('])
        || !p.is_mark(i + 1, &[')'])
    {
        return None;
    }
    let words: Vec<&str> = p.tokens[..i - 1]
        .iter()
        .rev()
        .filter(|t| t.kind == Kind::Word)
        .take(letters)
        .map(|t| t.text(p.text))
        .collect();
    let spelled = words.len() == letters
        && words.iter().rev().zip(text.chars()).all(|(w, c)| {
            w.starts_with(char::is_lowercase) && w.starts_with(c.to_ascii_lowercase())
        });
    spelled.then_some(text)
}
