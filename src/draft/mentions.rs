//! Runs of capitalised words that may name a person, a place or an organisation ("Missouri Gov.
//! Ellen Harcourt", "University of Oxford", "Columbia, Illinois", "Federal Emergency Management
//! Agency (FEMA)"), cut into mentions: a title splits off the person it introduces, a common
//! word that only opens the sentence is left out, initials in brackets are kept as a short form.

use std::ops::Range;

use super::lexicon::{self, ORGANISATION_WORDS, PLACE_WORDS};
use super::paragraph::Paragraph;

/// One word of a name, with the tokens it spans ("Gov." is a word and a dot, "Barnes-Jewish"
/// three tokens).
#[derive(Debug, Clone)]
struct Group {
    first: usize,
    last: usize,
    /// Lower case, without a final dot.
    word: String,
    connector: bool,
}

/// A stretch of a paragraph that may name someone or something.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub paragraph: usize,
    pub first: usize,
    pub last: usize,
    /// The bytes a blank replaces (the name, and initials in brackets after it).
    pub slot: Range<usize>,
    /// The name as written, without bracketed initials or a possessive "’s".
    pub text: String,
    /// Introduced by a title ("Dr.", "Gov."): a person.
    pub titled: bool,
    /// Initials given in brackets right after it: "(MoDOT)".
    pub initials: Option<String>,
    /// Another name it is "known as".
    pub known_as: Option<String>,
    /// "Columbia, Illinois": the state or country after the comma, and the name before it.
    pub region: Option<(String, String)>,
    /// Before a title, the name may be only the start of the words ("Cal Fire" of "Cal Fire
    /// Battalion Chief"): shorter readings to try, longest first, as token ranges.
    pub shorter: Vec<(usize, usize)>,
    /// Starts with "The" inside a sentence: "The Lancet".
    pub with_the: bool,
    /// The words before a title ("Missouri" of "Missouri Gov."): only a name known from its own
    /// words or another mention is taken from them.
    pub before_title: bool,
    /// Right after a number: "MAX" of "737 MAX".
    pub after_number: bool,
    /// The first word of its sentence, where a capital says nothing ("Government estimates").
    pub opens: bool,
}

const CONNECTORS: &[&str] = &[
    "of", "the", "for", "and", "&", "de", "du", "da", "del", "della", "van", "von", "der", "den",
    "la", "le", "al", "bin", "ibn", "y", "aux", "des", "sur", "dela", "delos",
];

/// Words that make a name a competition's: "FA Cup", "Premier Division", "Southern League
/// Premier Division". Not "league": a league is the body that runs its competition ("the
/// Premier League fined", "Primeira Liga"), and writers key it as one (holdout15, holdout28,
/// holdout41).
pub(super) const COMPETITION_WORDS: &[&str] = &[
    "division",
    "cup",
    "trophy",
    "championship",
    "championships",
    "premiership",
    "tournament",
    "olympics",
];

/// Last words of a law's name: "Clean Water Act", "General Data Protection Regulation" (#15).
/// "Senate Resolution No. 418", "Security Council Resolution 2334": a resolution is a document.
pub(super) const LAW_WORDS: &[&str] = &["act", "regulation", "directive", "treaty", "resolution"];

/// Company endings after which "of" starts a place: "Hartwell Wire & Cable Inc. of Pittsburgh".
const COMPANY_ENDINGS: &[&str] = &[
    "inc", "llc", "ltd", "co", "corp", "plc", "gmbh", "ag", "sa", "llp", "lp", "nv", "bv", "pty",
];

/// Every mention in `p`, leaving out tokens already `taken` by numbers and dates.
pub fn mentions(p: &Paragraph, taken: &[bool], vocabulary: &Vocabulary) -> Vec<Mention> {
    let mut out = Vec::new();
    // "UP NEXT", "ON THIS DAY": a heading of a few words in capitals names nothing (#15).
    let heading = !p.text.chars().any(char::is_lowercase)
        && p.text.chars().filter(|c| c.is_uppercase()).count() >= 4
        && p.text.split_whitespace().count() <= 6;
    if heading {
        return out;
    }
    let mut i = 0;
    while i < p.tokens.len() {
        if !is_capital(p, i, taken) {
            i += 1;
            continue;
        }
        let groups = span(p, i, taken);
        let Some(end) = groups.last().map(|g| g.last) else {
            i += 1;
            continue;
        };
        // "Southern League Premier Division South", "FA Cup": a competition is neither a
        // person, a place nor (surely) an organisation; the whole name is left out.
        // "the Premier League’s test": with its possessive too (#15).
        // Not "the Texas Division of Emergency Management": a division "of" something is a
        // part of a body.
        if groups.iter().enumerate().any(|(k, g)| {
            let word = g.word.trim_end_matches("’s").trim_end_matches("'s");
            let of_something = word == "division"
                && groups
                    .get(k + 1)
                    .is_some_and(|n| n.connector && n.word == "of");
            COMPETITION_WORDS.contains(&word) && !of_something
        }) {
            i = end + 1;
            continue;
        }
        let before = out.len();
        split(p, &groups, vocabulary, &mut out);
        // "at Christie’s, where", "Halloran’s chairwoman": a firm named with its possessive
        // keeps it wherever the article writes it (#15).
        for m in &mut out[before..] {
            let rest = &p.text[m.slot.end..];
            let mark = ["’s", "'s"].into_iter().find(|s| {
                rest.starts_with(s) && !rest[s.len()..].starts_with(char::is_alphanumeric)
            });
            // Not someone's after a title: "Ms. Halloran’s lawyers" (second reader).
            if let Some(mark) = mark
                && !m.titled
                && !m.text.contains(' ')
                && vocabulary.firm(&m.text.to_lowercase())
            {
                m.slot.end += mark.len();
                m.text.push_str(mark);
            }
        }
        i = out[before..]
            .iter()
            .map(|m| m.last)
            .max()
            .unwrap_or(end)
            .max(end)
            + 1;
        if let Some(m) = out.last()
            && m.initials.is_some()
        {
            widen_to_initials(p, &mut out);
        }
        // "Columbia, Illinois": a name, a comma and a state or country.
        if out.len() > before
            && let Some(next) = region_after(p, end, taken)
        {
            let last = out.len() - 1;
            let m = &mut out[last];
            let organisation = crate::normalize::words(&m.text)
                .iter()
                .any(|w| ORGANISATION_WORDS.contains(&w.as_str()));
            // "Earlier, New Zealand captain …": one word opening its sentence, then a comma, is
            // as often an adverb as a town ("Boulder, Colo., is …" is left out with it).
            let start = p.tokens[m.first].start;
            let opening = m.first == m.last && p.sentence(p.sentence_of(start)).start == start;
            if m.last == end
                && !m.titled
                && !opening
                && !lexicon::known_place(&m.text)
                && !organisation
            {
                m.region = Some((next.1.clone(), m.text.clone()));
                m.last = next.0;
                m.slot.end = p.tokens[next.0].end;
                m.text = p.text[m.slot.clone()].to_owned();
                i = next.0 + 1;
            }
        }
    }
    join_nicknames(p, &mut out);
    // "the JD(S)", "the CPI(M)": a party's initials with a letter in brackets glued to them are
    // one name, whatever the initials alone would be (Juris Doctor, a price index) (#15).
    let bracketed_letter = |k: usize| {
        p.is_mark(k, &['('])
            && p.is_glued(k)
            && p.is_glued(k + 1)
            && p.is_glued(k + 2)
            && p.is_mark(k + 2, &[')'])
            && p.tokens.get(k + 1).is_some_and(|t| {
                let inner = t.text(p.text);
                // Not a trade mark's "(R)" ("the BBC(R) logo") (second reader).
                t.kind == super::tokens::Kind::Word
                    && (1..=2).contains(&inner.len())
                    && inner.chars().all(|c| c.is_ascii_uppercase())
                    && !matches!(inner, "R" | "TM" | "SM" | "C")
            })
    };
    for m in &mut out {
        // Not initials for a thing or a role ("the CEO(S)", "AGM(S)") (second reader).
        let initials = (2..=5).contains(&m.text.len())
            && m.text.chars().all(|c| c.is_ascii_uppercase())
            && !matches!(m.text.as_str(), "AGM" | "EGM" | "PM" | "MP" | "MD")
            // A chief officer's letters: "CEO", "CIO", "CFO".
            && !(m.text.len() == 3 && m.text.starts_with('C') && m.text.ends_with('O'));
        // "the NCP(SP)": two letters glued in brackets, read at first as the name's initials.
        let glued_initials = m.initials.as_ref().is_some_and(|i| i.len() <= 2)
            && m.last >= 3
            && p.is_glued(m.last - 2);
        let at = if glued_initials { m.last - 3 } else { m.last };
        if initials
            && (m.initials.is_none() || glued_initials)
            && bracketed_letter(at + 1)
            && m.first == at
        {
            m.last = at + 3;
            m.slot.end = p.tokens[m.last].end;
            m.text = p.text[m.slot.clone()].to_owned();
            m.initials = None;
        }
    }
    let joined: Vec<(usize, usize)> = out
        .iter()
        .filter(|m| m.last > m.first)
        .map(|m| (m.first, m.last))
        .collect();
    out.retain(|m| !joined.iter().any(|&(a, b)| a < m.first && m.last <= b));
    // "10 a.m. Pacific time", "9pm Eastern Standard Time": a time zone in words (#15).
    out.retain(|m| !zone_in_words(p, m));
    // "GMT", "GDP", "DNA": a time zone, initials for a thing.
    out.retain(|m| {
        vocabulary.defines(&m.text)
            || (!lexicon::is_time_zone(&m.text)
                && !lexicon::is_common_initialism(&m.text)
                && !vocabulary.contains(&m.text)
                && !two_letters(&m.text))
    });
    // "“The Orchard in Blue Shade”", "“Lemons and a Pewter Jug”": a title in quotes names a
    // work, and the words of a title name nothing of their own (#15).
    out.retain(|m| !in_a_quoted_title(p, m));
    // "Riesling", "Pinot Gris": a grape is a thing (#15).
    out.retain(|m| !lexicon::grape(&m.text));
    // "The Pro packs a 6,100mAh battery" beside "the Vale 3 Pro": a model's word alone names
    // nothing (#15).
    out.retain(|m| !vocabulary.model_word(&m.text.to_lowercase()));
    // "grades A to C", "a grade E": one capital letter alone is a grade, a mark or a label,
    // no one's name (#15).
    out.retain(|m| m.text.chars().filter(|c| c.is_alphanumeric()).count() > 1);
    // "Ada Osei, SAN, argued": post-nominal letters between commas after a name are no name.
    out.retain(|m| {
        !(lexicon::is_postnominal(&m.text)
            && m.first >= 2
            && p.is_mark(m.first - 1, &[','])
            && p.text_of(m.first - 2).starts_with(char::is_uppercase))
    });
    // "Interstate 5", "State Route 126": a road's number ends its name, a place (#15), with the
    // capital letter glued to it ("National Highway 1A").
    for m in &mut out {
        if m.initials.is_none() && p.road_number(m.last + 1) {
            let lettered = p.is_glued(m.last + 2)
                && p.tokens.get(m.last + 2).is_some_and(|t| {
                    let letters = t.text(p.text);
                    t.kind == super::tokens::Kind::Word
                        && letters.len() <= 2
                        && letters.chars().all(|c| c.is_ascii_uppercase())
                });
            let number = m.last + 1 + usize::from(lettered);
            // Not a name that goes on past the number ("the Route 91 Harvest festival", "the
            // Route 66 Association"): more than the road (second reader).
            if p.capitalised(number + 1) {
                continue;
            }
            let end = p.tokens[number].end;
            m.last = number;
            m.slot.end = end;
            m.text = p.text[p.tokens[m.first].start..end].to_owned();
        }
    }
    // "BBC Radio 5 Live": a name that goes on through a number is more than its words on either
    // side, and is left out.
    // Not a value with its unit after the name ("while Darwin rose 0.8 per cent and Canberra
    // 0.3 per cent"): a place's own figure (#15).
    let valued = |k: usize| {
        p.is_mark(k + 1, &['%'])
            || matches!(p.word(k + 1).as_deref(), Some("per" | "percent" | "pc"))
    };
    out.retain(|m| {
        (!p.number_in_a_name(m.last + 1) || valued(m.last + 1))
            && !p.number_in_a_name(m.first.wrapping_sub(1))
    });
    // "the 9th U.S. Circuit Court of Appeals", "the 82nd Airborne Division": a name that opens
    // with an ordinal is more than its words after it, and is left out (#15).
    out.retain(|m| !after_ordinal(p, m.first));
    out
}

/// Whether a mention stands inside a quotation that reads as a title: a few words, the first
/// and every word but the small ones capitalised ("“The Orchard in Blue Shade”"), no speech.
fn in_a_quoted_title(p: &Paragraph, m: &Mention) -> bool {
    let Some(quote) = p.quote_around(&m.slot) else {
        return false;
    };
    let inner = p.text[quote.clone()].trim_matches(|c: char| !c.is_alphanumeric());
    let words: Vec<&str> = inner.split_whitespace().collect();
    let small = |w: &str| {
        matches!(
            w,
            "of" | "the"
                | "a"
                | "an"
                | "and"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "with"
                | "by"
                | "from"
                | "or"
        )
    };
    // The quotation holds more than the name itself, or opens with an article of its own
    // ("The painting, “The Long Harbor,” had been estimated"): a name is not quoted whole.
    // Not a body quoted whole: "The charity “The Trussell Trust” said" (second reader).
    let body = crate::normalize::words(&m.text)
        .last()
        .is_some_and(|w| ORGANISATION_WORDS.contains(&w.as_str()));
    let article = words.len() >= 2 && matches!(words.first(), Some(&("The" | "A" | "An"))) && !body;
    (words.len() > m.text.split_whitespace().count() || article)
        && words.len() <= 8
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || small(w))
}

/// Whether a mention names a time zone in words: right after a clock time ("10 a.m.", "21:00",
/// "noon"), it ends with "Time" or "time" follows it ("10 a.m. Pacific time"), so it says whose
/// clock, not a place or a body (#15).
fn zone_in_words(p: &Paragraph, m: &Mention) -> bool {
    let time = crate::normalize::words(&m.text)
        .last()
        .is_some_and(|w| w == "time")
        || p.word(m.last + 1).as_deref() == Some("time");
    if !time {
        return false;
    }
    let before = p.text[..p.tokens[m.first].start].trim_end().to_lowercase();
    let clock = ["a.m.", "p.m.", "a.m", "p.m", "am", "pm", "noon", "midnight"]
        .iter()
        .any(|s| {
            before
                .strip_suffix(s)
                .is_some_and(|rest| rest.is_empty() || !rest.ends_with(|c: char| c.is_alphabetic()))
        });
    let digits = before
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .is_some_and(|w| {
            w.len() >= 3
                && w.chars()
                    .all(|c| c.is_ascii_digit() || c == ':' || c == '.')
                && w.chars().any(|c| c.is_ascii_digit())
                && w.contains([':', '.'])
        });
    clock || digits
}

/// Whether the word at token `first` comes right after an ordinal written in figures ("9th").
fn after_ordinal(p: &Paragraph, first: usize) -> bool {
    first >= 2
        && matches!(p.text_of(first - 1), "st" | "nd" | "rd" | "th")
        && p.is_glued(first - 1)
        && p.tokens[first - 2].kind == super::tokens::Kind::Number
}

/// "Gov. Rosario “Chayong” Villaflor": a nickname in quotes between a given name and a surname is
/// inside the name; the name is the words around it ("Rosario Villaflor"), the blank covers all.
fn join_nicknames(p: &Paragraph, out: &mut Vec<Mention>) {
    let mut i = 0;
    while i + 1 < out.len() {
        let (m, k) = (&out[i], out[i].last);
        // Set off by spaces, after a name in lower case, and no month's or day's word unless
        // after a given name ("AAA"January"Aa" is no one's nickname, the property test's;
        // "Margaret “May” Hollis" is).
        let quoted = p.is_mark(k + 1, &['“', '"'])
            && !p.is_glued(k + 1)
            && p.tokens.get(k + 2).is_some_and(|t| {
                let w = t.text(p.text);
                t.kind == super::tokens::Kind::Word
                    && w.starts_with(char::is_uppercase)
                    && ((crate::check::date::month_number(&w.to_lowercase()).is_none()
                        && crate::check::date::weekday_index(w).is_none())
                        || m.text
                            .split_whitespace()
                            .next()
                            .is_some_and(lexicon::given_name))
            })
            && p.is_mark(k + 3, &['”', '"'])
            && !p.is_glued(k + 4)
            && m.text.chars().any(char::is_lowercase);
        let next = out[i + 1..].iter().position(|n| n.first >= k + 4);
        let surname = next.map(|j| i + 1 + j).filter(|&j| {
            out[j].first == k + 4
                && out[j].paragraph == m.paragraph
                && !out[j].titled
                && crate::normalize::words(&out[j].text).len() == 1
                && crate::normalize::words(&m.text).len() <= 2
        });
        if let (true, Some(j), None) = (quoted, surname, &m.initials) {
            let n = out[j].clone();
            let m = &mut out[i];
            m.text = format!("{} {}", m.text, n.text);
            m.last = n.last;
            m.slot.end = n.slot.end;
            m.initials = n.initials;
            out.drain(i + 1..=j);
        }
        i += 1;
    }
}

/// "PE", "IT", "HR": two capitals the article never gives a name to are as often a subject or a
/// department as an organisation, and are left out; a country's ("UK", "US") stays.
fn two_letters(text: &str) -> bool {
    text.chars().count() == 2
        && text.chars().all(|c| c.is_ascii_uppercase())
        && lexicon::country_initials(text).is_none()
}

/// Whether `text` ends with (or, for organisations, holds) a word that says what it names.
pub fn has_keyword(text: &str) -> bool {
    let words = crate::normalize::words(text);
    // An Italian company's ending is written "SpA" or "S.p.A." ("Eni SpA"); "Leamington Spa" is
    // a town (#15).
    let italian = text
        .split_whitespace()
        .any(|w| w == "SpA" || w.starts_with("S.p.A"));
    // "Contiki Tours", "Saga Tours": a tour company, written in words of its own; not the French
    // city ("Tours", "Tours and Poitiers", "Joué-lès-Tours"), so "tours" joins no name as a
    // body's word does (second and third readers).
    let tours = text.split_whitespace().count() >= 2
        && text.split_whitespace().last() == Some("Tours")
        && !text.contains('-')
        && !words.iter().any(|w| w == "and");
    italian
        || tours
        || words
            .iter()
            .any(|w| ORGANISATION_WORDS.contains(&w.as_str()))
        || words
            .last()
            .is_some_and(|w| PLACE_WORDS.contains(&w.as_str()))
}

mod after;
mod runs;
mod split;
mod vocabulary;

use after::{region_after, widen_to_initials};
use runs::{is_capital, span};
pub(super) use split::opens_sentence;
use split::split;
pub use vocabulary::{Vocabulary, vocabulary};

#[cfg(test)]
mod tests;

#[cfg(test)]
mod round_i20b_tests;
#[cfg(test)]
mod round_i26b_tests;
