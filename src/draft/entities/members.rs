//! Someone named with the body they belong to in brackets: "Ana Lotu (Harbour Kestrels)",
//! "Ivo Sarne (Vell-Ostra)". Race reports and results name riders, drivers and players so on
//! first mention (#15). The bracket holds a body's name, the name before it a person's; a place,
//! a people ("(Italian)"), initials ("(UCI)") or a party and state ("(R-Ohio)") is not a body.

use super::super::lexicon;
use super::super::mentions::{Mention, has_keyword};
use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use super::super::value::Class;
use super::context;

/// The class the brackets give a mention: the body in brackets after a person's name, or the
/// person before a body's name in brackets.
pub(super) fn member_class(p: &Paragraph, m: &Mention) -> Option<Class> {
    // Not "the Money Laundering (Prohibition) Act": brackets a name goes on after are part of it.
    if p.is_mark(m.first.wrapping_sub(1), &['('])
        && p.is_mark(m.last + 1, &[')'])
        && !p.capitalised(m.last + 2)
        && m.first >= 2
        && a_person_s_name_ends_at(p, m.first - 2)
        && a_body_s_name(p, m.first, m.last)
    {
        return Some(Class::Organisation);
    }
    // "the state of Saxony-Anhalt (Sachsen-Anhalt)": after a place's noun and "of", the name
    // is a place's, and the brackets give its name in another language (#15).
    let of_a_place = p.word_before(m.first).as_deref() == Some("of")
        && m.first >= 2
        && p.word(m.first - 2)
            .is_some_and(|w| lexicon::PLACE_NOUNS.contains(&w.as_str()));
    if !p.is_mark(m.last + 1, &['(']) || of_a_place || !context::like_a_person(p, m) {
        return None;
    }
    let close = (m.last + 3..m.last + 9).find(|&k| p.is_mark(k, &[')']))?;
    (!p.capitalised(close + 1) && a_body_s_name(p, m.last + 2, close - 1)).then_some(Class::Person)
}

/// Whether the capitalised words ending at token `last` are two or three, written like a
/// person's name: no body's word ("the Copper Commission (Cochilco)": a body's short form), no
/// place, no initials.
fn a_person_s_name_ends_at(p: &Paragraph, last: usize) -> bool {
    let mut first = last;
    while first > 0 && p.capitalised(first - 1) && last - first < 4 {
        first -= 1;
    }
    if !p.capitalised(last) {
        return false;
    }
    let words: Vec<&str> = (first..=last).map(|k| p.text_of(k)).collect();
    let text = words.join(" ");
    (2..=3).contains(&words.len())
        && !has_keyword(&text)
        && !lexicon::known_place(&text)
        && !words.iter().any(|w| lexicon::is_initialism(w))
        && !lexicon::nationality(words[0])
}

/// Words in brackets after a politician's name that say where they stand, not a body:
/// "Cllr Ann Roe (Independent)".
const AFFILIATIONS: &[&str] = &["independent", "unaffiliated", "nonpartisan", "crossbench"];

/// Whether tokens `first..=last` are one to three capitalised words, perhaps joined by hyphens,
/// none of them a letter alone, initials, a known place or a people's adjective; and written like
/// a team's or a body's name: two or three words ("Kestrel Dun"), words joined by a hyphen
/// ("Vell-Ostra") or a body's word ("Ferrovia Cycling Team"). One plain word in brackets is as
/// often a rank ("(Snr)", "(Captain)"), a hometown ("(Whakatane)") or part of a law's name
/// ("the Road Traffic (Amendment) regulations"): no sign of a body.
fn a_body_s_name(p: &Paragraph, first: usize, last: usize) -> bool {
    let mut words = 0;
    let mut hyphen = false;
    for k in first..=last {
        let Some(t) = p.tokens.get(k) else {
            return false;
        };
        let text = t.text(p.text);
        match t.kind {
            Kind::Mark if text == "-" && k > first && k < last => hyphen = true,
            Kind::Word => {
                let letters = text.chars().filter(|c| c.is_alphabetic()).count();
                if !text.starts_with(char::is_uppercase)
                    || letters < 3
                    || !text.chars().skip(1).any(char::is_lowercase)
                    || lexicon::known_place(text)
                    || lexicon::is_demonym(text)
                    || lexicon::nationality(text)
                    || lexicon::people_adjective(text)
                    || AFFILIATIONS.contains(&text.to_lowercase().as_str())
                {
                    return false;
                }
                words += 1;
            }
            _ => return false,
        }
    }
    let whole: String = (first..=last)
        .map(|k| p.text_of(k))
        .collect::<Vec<_>>()
        .join(" ");
    (1..=3).contains(&words)
        && !lexicon::known_place(&whole)
        && (words > 1 || hyphen || has_keyword(&whole))
}
