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
            break;
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
            break;
        }
        from -= 1;
        if p.text_of(from).starts_with(char::is_uppercase) && spells(from) {
            break;
        }
    }
    if !spells(from) {
        // Initials of another language ("Trafficking in Cultural Goods (OCBC)", "Insurance of
        // Iceland (NTÍ)"): the name runs back over the small words in lower case between its
        // capitalised words, to where the capitals stop (#15).
        match run_back(p, m.first, sentence.start) {
            Some(start) => from = start,
            None => return,
        }
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

/// From the first token of a name, the token where the name starts when it runs back over small
/// words in lower case ("of", "against", "for the") to capitalised words before them, within the
/// sentence and not past a possessive ("France’s Central Office") or a mark; `None` when it does
/// not run back.
fn run_back(p: &Paragraph, first: usize, sentence_start: usize) -> Option<usize> {
    const SMALL: &[&str] = &[
        "of", "in", "for", "against", "on", "the", "to", "de", "du", "des", "la", "le", "and",
    ];
    let mut from = first;
    loop {
        let mut k = from;
        let mut gap = 0;
        while k > 0
            && gap < 3
            && p.tokens[k - 1].start >= sentence_start
            && p.word(k - 1).is_some_and(|w| SMALL.contains(&w.as_str()))
            && p.text_of(k - 1).starts_with(char::is_lowercase)
        {
            k -= 1;
            gap += 1;
        }
        let capital_before = |k: usize| {
            k > 0
                && p.tokens[k - 1].start >= sentence_start
                && p.tokens[k - 1].kind == Kind::Word
                && p.text_of(k - 1).starts_with(char::is_uppercase)
                && !crate::draft::paragraph::is_possessive(&p.text_of(k - 1).to_lowercase())
        };
        // Only "and" between: a list, no name running on.
        let only_and = (k..from).all(|j| p.word(j).as_deref() == Some("and"));
        if gap == 0 || only_and || !capital_before(k) {
            break;
        }
        k -= 1;
        while capital_before(k) {
            k -= 1;
        }
        from = k;
    }
    (from < first).then_some(from)
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
