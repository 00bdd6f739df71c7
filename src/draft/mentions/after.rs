//! What may follow a name and belongs with it: initials in brackets that spell more words than
//! the name has ("Regulatory Agency (MHRA)"), and a state or country after a comma ("Columbia,
//! Illinois").

use super::super::lexicon;
use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use super::{Mention, is_capital};

/// The letters of initials that spell words: "MHRA" of "(MHRA)", "PGE" of "PG&E".
fn initial_letters(initials: &str) -> String {
    initials.chars().filter(|c| c.is_uppercase()).collect()
}

/// The capitals of the words from token `from` to `to`, and the first letters of every word.
fn spelled(p: &Paragraph, from: usize, to: usize) -> (String, String) {
    let mut capitals = String::new();
    let mut all = String::new();
    for k in from..=to {
        if p.tokens[k].kind != Kind::Word {
            continue;
        }
        let first = p.text_of(k).chars().next().unwrap_or(' ');
        if first.is_uppercase() {
            capitals.push(first);
        }
        all.extend(first.to_uppercase());
    }
    (capitals, all)
}

/// A name whose initials in brackets spell more words than it has ("Regulatory Agency (MHRA)"
/// after "Medicines and Healthcare products") takes in the words before it that they spell.
pub(super) fn widen_to_initials(p: &Paragraph, out: &mut Vec<Mention>) {
    let Some(m) = out.last() else { return };
    let Some(initials) = &m.initials else { return };
    let letters = initial_letters(initials);
    let name_end = p.token_at(m.slot.start + m.text.len()).saturating_sub(1);
    let spells = |from: usize| {
        let (capitals, all) = spelled(p, from, name_end);
        capitals == letters || all == letters
    };
    if spells(m.first) {
        return;
    }
    let sentence = p.sentence(p.sentence_of(m.slot.start));
    let mut from = m.first;
    for _ in 0..8 {
        if from == 0 || p.tokens[from - 1].start < sentence.start {
            return;
        }
        // "Ministry of Fisheries, Forests and Parks (MFFP)": a comma between two capitalised
        // words of the name the initials spell.
        if p.is_mark(from - 1, &[','])
            && from >= 2
            && p.tokens[from - 2].kind == Kind::Word
            && p.text_of(from - 2).starts_with(char::is_uppercase)
            && p.text_of(from).starts_with(char::is_uppercase)
        {
            from -= 1;
        } else if p.tokens[from - 1].kind != Kind::Word {
            return;
        }
        from -= 1;
        if p.text_of(from).starts_with(char::is_uppercase) && spells(from) {
            break;
        }
    }
    if !spells(from) {
        return;
    }
    let start = p.tokens[from].start;
    let last = out.len() - 1;
    let mut widened = out[last].clone();
    let name_len = widened.slot.start + widened.text.len() - start;
    widened.first = from;
    widened.slot.start = start;
    widened.text = p.text[start..start + name_len].to_owned();
    out.truncate(last);
    out.retain(|o| o.paragraph != widened.paragraph || o.slot.end <= start);
    out.push(widened);
}

/// After token `end`, a comma and a state or country ("Illinois", "Calif.") that ends the name:
/// its last token and its full name.
pub(super) fn region_after(p: &Paragraph, end: usize, taken: &[bool]) -> Option<(usize, String)> {
    if !p.is_mark(end + 1, &[',']) || !is_capital(p, end + 2, taken) {
        return None;
    }
    let mut last = end + 2;
    while is_capital(p, last + 1, taken) {
        last += 1;
    }
    let named = |last: usize| {
        let text = &p.text[p.tokens[end + 2].start..p.tokens[last].end];
        county(text)
            .or_else(|| lexicon::state(text).map(str::to_owned))
            .or_else(|| {
                lexicon::COUNTRIES
                    .iter()
                    .find(|c| c.eq_ignore_ascii_case(text))
                    .map(|c| c.to_string())
            })
    };
    // "Calif." with its dot; "Ohio." without the full stop that ends the sentence.
    let abbreviated = (p.is_mark(last + 1, &['.']) && p.is_glued(last + 1))
        .then(|| named(last + 1))
        .flatten();
    let full = match abbreviated {
        Some(full) => {
            last += 1;
            full
        }
        None => named(last)?,
    };
    // The region must end the name: a list of places ("Texas, Oklahoma and Kansas") is not one.
    let after = p.tokens.get(last + 1);
    let ends = after.is_none_or(|t| {
        t.kind == Kind::Mark || p.text_of(last + 1).starts_with(char::is_lowercase)
    });
    let and_follows =
        p.word(last + 1).as_deref() == Some("and") || p.word(last + 1).as_deref() == Some("or");
    (ends && !and_follows).then_some((last, full))
}

/// "Co Kildare", "County Kerry": a county named after its word (written "Co" in Irish and
/// British style, where a company's "Co" ends a name and never opens one), in full.
fn county(text: &str) -> Option<String> {
    let mut words = text.split_whitespace();
    let (head, name) = (words.next()?, words.next()?);
    (matches!(head, "Co" | "County")
        && words.next().is_none()
        && name.chars().all(char::is_alphabetic)
        && name.starts_with(char::is_uppercase))
    .then(|| format!("County {name}"))
}
