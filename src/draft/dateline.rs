//! A news dateline before the first sentence: "ST. LOUIS, June 14 – ", "REDDING, Calif. – ",
//! "LONDON – ". Its place is a fact of its own, and the first sentence starts after it.

use super::entities::Entity;
use super::lexicon;
use super::paragraph::Paragraph;
use super::tokens::Kind;
use super::value::{Class, Found, Value};
use crate::check::date::MONTHS;
use crate::normalize;

/// The dateline of `p`, if it has one: the paragraph's body is set to start after it, and the
/// place is returned as an entity and a found value.
pub fn dateline(p: &mut Paragraph) -> Option<(Entity, Found)> {
    let first = p.tokens.first()?;
    let upper = |i: usize| {
        let text = p.text_of(i);
        p.tokens[i].kind == Kind::Word
            && text.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !text.chars().any(char::is_lowercase)
    };
    if first.kind != Kind::Word || !upper(0) {
        return None;
    }
    // "MYSURU:", "NEW DELHI:": a colon glued to the place, as The Hindu writes it (#15); not a
    // label ("BREAKING:", "UPDATE:").
    let colon = p
        .tokens
        .iter()
        .take(5)
        .position(|t| t.kind == Kind::Mark && t.text(p.text) == ":" && t.glued);
    let label = matches!(
        p.text_of(0),
        "BREAKING"
            | "UPDATE"
            | "UPDATED"
            | "WATCH"
            | "EXCLUSIVE"
            | "ANALYSIS"
            | "OPINION"
            | "EDITORIAL"
            | "LIVE"
            | "CORRECTION"
            | "NOTE"
            | "EDITOR"
            | "EDITORS"
    );
    // The sentence after it opens with a capital ("NATO: a review" is a heading).
    let colon = colon.filter(|&c| {
        c > 0
            && !label
            && (0..c).all(|k| upper(k) || p.is_mark(k, &['.']))
            && p.text_of(c + 1).starts_with(char::is_uppercase)
            // "USA: Team wins gold", "NASA: The rover landed": a short word in capitals is as
            // often a heading's subject; a city so short is taken only when known ("PUNE:").
            && (c > 1
                || p.text_of(0).chars().count() > 4
                || lexicon::known_city(p.text_of(0)))
    });
    let dash = match colon {
        Some(c) => c,
        None => p.tokens.iter().take(14).position(|t| {
            let text = t.text(p.text);
            t.kind == Kind::Mark && (matches!(text, "–" | "—") || (text == "-" && !t.glued))
        })?,
    };
    // A news agency's credit before the dash: "WASHINGTON (AP) —", "PARIS, May 3 (Reuters) -".
    let mut stop = dash;
    if dash > 2
        && p.is_mark(dash - 1, &[')'])
        && let Some(open) = (0..dash - 1).rev().find(|&k| p.is_mark(k, &['(']))
    {
        stop = open;
    }
    // The place: capitals (and dots) up to the first comma or the dash.
    let mut end = 0;
    while end + 1 < stop && (upper(end + 1) || p.is_mark(end + 1, &['.'])) {
        end += 1;
    }
    // The place ends the dateline or is followed by a comma: "NATO said it – again" is a sentence.
    if end + 1 != stop && !p.is_mark(end + 1, &[',']) {
        return None;
    }
    let written = &p.text[first.start..p.tokens[end].end];
    let place = title_case(written);
    let mut entity = Entity::new(Class::Place, &place);
    let mut slot = first.start..p.tokens[end].end;
    // ", Calif.": a state or country after the place.
    if p.is_mark(end + 1, &[',']) {
        let mut last = end + 2;
        while last + 1 < stop && !p.is_mark(last + 1, &[',']) {
            last += 1;
        }
        if last < stop {
            let region = &p.text[p.tokens[end + 2].start..p.tokens[last].end];
            let full = lexicon::state(region)
                .map(str::to_owned)
                .or_else(|| {
                    lexicon::COUNTRIES
                        .iter()
                        .find(|c| c.eq_ignore_ascii_case(region))
                        .map(|c| c.to_string())
                })
                .or_else(|| region_name(p, end + 2, last).then(|| written_name(region)));
            if let Some(full) = full {
                entity.full = format!("{place}, {full}");
                entity.forms = vec![place.clone(), format!("{place}, {region}")];
                slot.end = p.tokens[last].end;
            }
        }
    }
    // "TOKYO -- ": a dash typed as two hyphens is one dash.
    let mut after = dash + 1;
    while p
        .tokens
        .get(after)
        .is_some_and(|t| t.kind == Kind::Mark && matches!(t.text(p.text), "-" | "–" | "—"))
    {
        after += 1;
    }
    p.body = p.tokens.get(after).map_or(p.text.len(), |t| t.start);
    let mut found = Found::new(
        p,
        slot,
        Class::Place,
        entity.full.clone(),
        Value::Name(normalize::key(&entity.full)),
    );
    found.aliases = entity.forms.clone();
    found.dateline = true;
    Some((entity, found))
}

/// Whether tokens `first` to `last` name a region ("Shetland", "Gaza Strip"): capitalised words,
/// not a month ("June 14" is the dateline's date).
fn region_name(p: &Paragraph, first: usize, last: usize) -> bool {
    let month = p.word(first).is_some_and(|w| {
        let w = w.trim_end_matches('.');
        MONTHS
            .iter()
            .any(|m| m.eq_ignore_ascii_case(w) || (w.len() >= 3 && m.to_lowercase().starts_with(w)))
    });
    !month
        && (first..=last).all(|k| {
            let t = &p.tokens[k];
            (t.kind == Kind::Word && p.text_of(k).starts_with(char::is_uppercase))
                || (p.is_mark(k, &['.']) && t.glued)
        })
}

/// A name as a dateline writes it, in the case of prose: "SHETLAND" -> "Shetland", "Shetland"
/// as it is.
fn written_name(text: &str) -> String {
    if text.chars().any(char::is_lowercase) {
        text.to_owned()
    } else {
        title_case(text)
    }
}

/// "ST. LOUIS" -> "St. Louis".
fn title_case(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut start = true;
    for c in text.chars() {
        if c.is_alphabetic() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = false;
        } else {
            out.push(c);
            start = c.is_whitespace() || c == '-';
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn case(text: &str, answer: Option<&str>, body: &str) {
        let mut p = Paragraph::new(0, text);
        let found = dateline(&mut p).map(|(_, f)| f.answer);
        assert_eq!(found.as_deref(), answer, "{text}");
        assert_eq!(&text[p.body..], body);
    }

    #[test]
    fn datelines() {
        case(
            "ST. LOUIS, June 14 – A bridge opened.",
            Some("St. Louis"),
            "A bridge opened.",
        );
        case(
            "REDDING, Calif. – A fire burned.",
            Some("Redding, California"),
            "A fire burned.",
        );
        case("LONDON — A trial ended.", Some("London"), "A trial ended.");
        case(
            "A bridge opened – at last.",
            None,
            "A bridge opened – at last.",
        );
        case("NATO said it – again.", None, "NATO said it – again.");
        case(
            "WASHINGTON (AP) — The Senate voted.",
            Some("Washington"),
            "The Senate voted.",
        );
        case(
            "UNST, Shetland – A rocket rose.",
            Some("Unst, Shetland"),
            "A rocket rose.",
        );
        case(
            "GAZA CITY, GAZA STRIP — Talks began.",
            Some("Gaza City, Gaza Strip"),
            "Talks began.",
        );
        case("TOKYO -- Talks ended.", Some("Tokyo"), "Talks ended.");
        // The Hindu's colon (#15); a label before a colon is no place.
        case("MYSURU: Gill made 112.", Some("Mysuru"), "Gill made 112.");
        // A short word in capitals is as often a heading's subject (second reader).
        case("NASA: The rover landed.", None, "NASA: The rover landed.");
        case(
            "NEW DELHI: The court ruled.",
            Some("New Delhi"),
            "The court ruled.",
        );
        case("BREAKING: Talks ended.", None, "BREAKING: Talks ended.");
        case("NATO: a review.", None, "NATO: a review.");
        case(
            "PARIS, May 3 (Reuters) - Talks ended.",
            Some("Paris"),
            "Talks ended.",
        );
    }
}
