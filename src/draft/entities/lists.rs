//! A list of names after a plural noun that says what they are (#15): "the towns of Arlo, Brena
//! and Santa Cruz", "three parties, the Green Union, Forward and New Voice": every item is what
//! the noun says, whatever its words look like; so is a list before a plural noun for places
//! ("Jefferson and Orange counties") or after one and a dash ("five parishes — Arlo, Brena and
//! Acadia —").

use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use super::super::value::Class;
use crate::draft::mentions::Mention;

/// Plural nouns for places that take their list after "of": "the towns of".
const PLACES: &[&str] = &[
    "towns",
    "cities",
    "villages",
    "provinces",
    "municipalities",
    "districts",
    "regions",
    "states",
    "countries",
    "islands",
    "barangays",
    "counties",
    "suburbs",
    "communities",
    "parishes",
    "boroughs",
    "prefectures",
    "territories",
    "townships",
    "wards",
    "cantons",
    "governorates",
    "oblasts",
];

/// Whether `noun` is a plural noun for places that may follow its list ("Arlo and Brena
/// counties"): one of `PLACES` but "communities" and "countries" ("Sikh and Hindu communities"
/// are peoples; "French and German countries" no list of names).
fn places_after_a_list(noun: &str) -> bool {
    PLACES.contains(&noun) && !matches!(noun, "communities" | "countries")
}

/// Plural nouns for bodies that take their list after a comma: "three parties, the".
const BODIES: &[&str] = &[
    "parties",
    "clubs",
    "companies",
    "firms",
    "banks",
    "unions",
    "airlines",
    "agencies",
];

/// The class the head noun of the list `m` is an item of gives it, if `m` is one of two or more
/// items of such a list.
pub(super) fn listed_class(p: &Paragraph, m: &Mention) -> Option<Class> {
    if before_places(p, m) {
        return Some(Class::Place);
    }
    // The list's head is before its first item, so look back for it from the mention.
    let sentence = p.sentence(p.sentence_of(p.tokens.get(m.first)?.start));
    let mut k = m.first;
    for _ in 0..40 {
        k = k.checked_sub(1)?;
        if p.tokens[k].start < sentence.start {
            return None;
        }
        let word = p.word(k);
        let class = match word.as_deref() {
            Some("of") => k
                .checked_sub(1)
                .and_then(|j| p.word(j))
                .filter(|w| PLACES.contains(&w.as_str()))
                .map(|_| Class::Place),
            Some(w) if BODIES.contains(&w) && p.is_mark(k + 1, &[',', ':']) => {
                Some(Class::Organisation)
            }
            // "five parishes — Arlo, Brena and Acadia": a dash or a colon after the noun.
            Some(w) if PLACES.contains(&w) && p.is_mark(k + 1, &[':', '—', '–']) => {
                Some(Class::Place)
            }
            _ => None,
        };
        if let Some(class) = class {
            let start = if p.is_mark(k + 1, &[',', ':', '—', '–']) {
                k + 2
            } else {
                k + 1
            };
            return items(p, start).contains(&m.first).then_some(class);
        }
    }
    None
}

/// Whether `m` is an item of a list of two or more, the last joined by "and" or "or", that a
/// plural noun for places in lower case follows: "Arlo, Brena and Santa Cruz counties".
fn before_places(p: &Paragraph, m: &Mention) -> bool {
    let joiner = |k: usize| matches!(p.word(k).as_deref(), Some("and" | "or"));
    let mut k = m.last + 1;
    let mut items = 0;
    let mut joined = false;
    loop {
        let start = k;
        if p.is_mark(k, &[',']) {
            k += 1;
        }
        if joiner(k) {
            joined = true;
            k += 1;
        }
        if k == start {
            break;
        }
        if !p.capitalised(k) {
            return false;
        }
        while p.capitalised(k) {
            k += 1;
        }
        items += 1;
    }
    // The last item: "and" and an item before it.
    let last = items == 0 && m.first >= 2 && joiner(m.first - 1) && p.capitalised(m.first - 2);
    let noun = p
        .tokens
        .get(k)
        .is_some_and(|t| t.kind == Kind::Word && places_after_a_list(t.text(p.text)));
    noun && ((items > 0 && joined) || last)
}

/// The first tokens of the items of a list starting at token `k`, when it is a list of two or
/// more joined by commas and a last "and" or "or"; else none.
fn items(p: &Paragraph, mut k: usize) -> Vec<usize> {
    let mut firsts = Vec::new();
    loop {
        if p.word(k).as_deref() == Some("the") {
            k += 1;
        }
        let first = k;
        // "Lag-it": words glued to the item's first belong to it.
        let hyphened = |k: usize| {
            k > first
                && p.tokens.get(k).is_some_and(|t| t.glued)
                && (p.is_mark(k, &['-']) || p.is_mark(k - 1, &['-']))
        };
        while p.capitalised(k) || hyphened(k) || joins_a_name(p, first, k) {
            k += 1;
        }
        if k == first {
            return Vec::new();
        }
        firsts.push(first);
        // "(KRH)": initials in brackets after an item belong to it.
        if p.is_mark(k, &['(']) && p.is_mark(k + 2, &[')']) {
            k += 3;
        }
        if p.is_mark(k, &[',']) {
            k += 1;
        }
        if matches!(p.word(k).as_deref(), Some("and" | "or")) {
            k += 1;
            if p.word(k).as_deref() == Some("the") {
                k += 1;
            }
            if !p.capitalised(k) {
                return Vec::new();
            }
            firsts.push(k);
            return firsts;
        }
        if !p.is_mark(k - 1, &[',']) {
            return Vec::new();
        }
    }
}

/// Whether the word at token `k`, inside an item that starts at `first`, is a small word of a
/// place's name that a capitalised word follows, perhaps after an article: a German place's
/// joiner ("Weilheim *an der* Ammer", "Frankfurt *am* Main"), or a particle of a French, Spanish or
/// English place's name ("Newcastle *upon* Tyne", "Saint-Martin *de* Ré"); not a bare "an"
/// ("Face an Uphill Battle") (#15).
fn joins_a_name(p: &Paragraph, first: usize, k: usize) -> bool {
    let german = |j: usize| {
        p.word(j)
            .is_some_and(|w| crate::draft::lexicon::german_joiner(&w, p.word(j + 1).as_deref()))
    };
    let particle = |j: usize| {
        p.word(j).is_some_and(|w| {
            matches!(
                w.as_str(),
                "upon" | "de" | "du" | "da" | "del" | "la" | "le" | "sur"
            )
        })
    };
    let article = |j: usize| {
        p.word(j)
            .is_some_and(|w| crate::draft::lexicon::german_article(&w))
    };
    if k <= first {
        return false;
    }
    let opened = (german(k) || particle(k))
        && p.capitalised(k - 1)
        && (p.capitalised(k + 1) || (article(k + 1) && p.capitalised(k + 2)));
    let goes_on = k >= first + 2
        && article(k)
        && german(k - 1)
        && p.capitalised(k - 2)
        && p.capitalised(k + 1);
    opened || goes_on
}
