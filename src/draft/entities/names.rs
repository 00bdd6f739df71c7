//! When two names are one entity's, and what a name says of another: a surname and the full name
//! it shortens ("Oakes" and "Harlan Oakes", not "Marcus Oakes"), and the place a body is named
//! for ("Yarmouth" of "Yarmouth Regional Hospital"), a body's first word as its short form.

use super::super::lexicon;
use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;
use super::super::value::Class;
use super::{Entities, Entity};
use crate::normalize;

/// Whether two names with the same surname may be one person's: a bare surname ("Oakes" after
/// "Harlan Oakes"), or given names of which one is the other's start or holds the other's
/// ("Harlan Oakes" and "Harlan Eugene Oakes"); "Marcus Oakes" is someone else.
pub(super) fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (normalize::words(a), normalize::words(b));
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let Some((_, given)) = short.split_last() else {
        return true;
    };
    let mut rest = long[..long.len() - 1].iter();
    given.iter().all(|g| rest.any(|w| w == g))
}

/// How many words of a name (one or two) are the place a body serves, before a word for an area or
/// a level of government ("Halifax Regional Centre for Education", "Carlow Municipal District"):
/// those words alone are the place, not a short form of the body. Not "City" or "County", which
/// also end the names of football clubs ("Brindleford City"), whose short form the first word is.
/// "Coastal Health": a health authority is named for the area it serves as well, and a school for
/// the town it teaches, before its level ("Castaic High School", "Arlo Elementary", "Marlow Unified
/// School District", "Cabiguhan Central Elementary School") (#15). Not before "School" or "College"
/// alone, which follow a founder's or a field's name as often ("Harvard Business School", "Trinity
/// College").
pub(super) fn served_place(words: &[String]) -> Option<usize> {
    // "Santa Paula Unified", "Palo Alto Unified School District": the place may be of two
    // words.
    (1..words.len().min(3)).find(|&k| {
        matches!(
            words[k].as_str(),
            "regional"
                | "municipal"
                | "district"
                | "provincial"
                | "metropolitan"
                | "area"
                | "community"
                | "health"
                | "high"
                | "elementary"
                | "middle"
                | "secondary"
                | "primary"
                | "unified"
                | "central"
                // South Asia's district seat: "Giridih Sadar Hospital".
                | "sadar"
        )
    })
}

/// Whether a body's name ends with the place it serves after a hospital's, a college's or a
/// university's word ("University Hospital Galway", "University College Dublin", "Imperial
/// College London"): that last word alone is the place.
pub(super) fn served_place_last(words: &[String]) -> bool {
    words.len() >= 3
        && matches!(
            words[words.len() - 2].as_str(),
            "hospital" | "college" | "university"
        )
        && words.last().is_some_and(|w| {
            w.chars().all(char::is_alphabetic)
                && !lexicon::ORGANISATION_WORDS.contains(&w.as_str())
                && !lexicon::PLACE_WORDS.contains(&w.as_str())
        })
}

/// The places the article's bodies are named for ("Yarmouth" of "Yarmouth Regional Hospital"),
/// known as places from then on, so that a bare "Yarmouth" is the town.
pub(super) fn served_places(entities: &mut Entities) {
    let places: Vec<String> = entities
        .list
        .iter()
        .filter(|e| e.class == Class::Organisation)
        .filter_map(|e| {
            let words = normalize::words(&e.full);
            if served_place_last(&words) {
                return e.full.split_whitespace().last().map(str::to_owned);
            }
            let served = served_place(&words)?;
            let place: Vec<&str> = e.full.split_whitespace().take(served).collect();
            // "Santa" alone is no town; "Santa Paula" is.
            ((served > 1 || !lexicon::generic_first_word(&words[0]))
                && place.iter().all(|w| w.chars().all(char::is_alphabetic)))
            .then(|| place.join(" "))
        })
        .collect();
    for place in places {
        if entities.named(&normalize::key(&place), None).is_none() {
            entities.list.push(Entity::new(Class::Place, &place));
            entities.index_names(entities.list.len() - 1);
        }
    }
}

/// The one organisation whose name opens with a one-word mention the words around class as an
/// organisation.
pub(super) fn short_form(entities: &Entities, class: Class, m: &Mention) -> Option<usize> {
    if class != Class::Organisation || m.first != m.last {
        return None;
    }
    only_by_first_word(entities, m).filter(|&e| entities.list[e].class == Class::Organisation)
}

/// The one entity whose name opens with the one word of `m`, if only one does.
fn only_by_first_word(entities: &Entities, m: &Mention) -> Option<usize> {
    match entities
        .by_first_word
        .get(&normalize::key(&m.text))
        .map(Vec::as_slice)
    {
        Some([e]) => Some(*e),
        _ => None,
    }
}

/// The one place the article names in full with this one word first and a place's word last
/// ("McMurdo Station", "Heathrow Airport"): "scientists at McMurdo" is that base, whatever body
/// the words around take it for (#15, holdout42).
pub(super) fn place_s_short_form(p: &Paragraph, entities: &Entities, m: &Mention) -> Option<usize> {
    // Not someone's employer: "as an engineer at Apple" after "Apple Park" (sixth reader).
    let employer = m.first >= 3
        && p.word(m.first - 1).as_deref() == Some("at")
        && matches!(p.word(m.first - 3).as_deref(), Some("a" | "an"));
    if m.first != m.last || employer {
        return None;
    }
    only_by_first_word(entities, m).filter(|&e| {
        entities.list[e].class == Class::Place
            && normalize::words(&entities.list[e].full)
                .last()
                .is_some_and(|w| crate::draft::lexicon::PLACE_WORDS.contains(&w.as_str()))
    })
}

/// Whether a word of a name is a particle written in lower case: "van", "der" of "Anke van der
/// Berg", "de" of "Luis de Souza", "bin" of "Ali bin Omar".
pub(super) fn lower_case_particle(word: &str) -> bool {
    matches!(
        word,
        "van"
            | "von"
            | "der"
            | "den"
            | "de"
            | "da"
            | "du"
            | "dos"
            | "ter"
            | "ten"
            | "bin"
            | "ibn"
            // Filipino surnames: "Arnaldo dela Cruz", "Ana delos Santos".
            | "dela"
            | "delos"
    )
}

/// The surname of a person's name with the particles it opens with ("van der Veen" of "Marieke
/// van der Veen"), when the name has a particle in lower case after its first word.
pub(super) fn surname_with_particles(full: &str) -> Option<String> {
    let words: Vec<&str> = full.split_whitespace().collect();
    let at = words.iter().skip(1).position(|w| lower_case_particle(w))? + 1;
    (at + 1 < words.len()).then(|| words[at..].join(" "))
}

/// The endings of a company's legal name ("Holdings", "(Pty) Ltd", "Inc."), which copy leaves out
/// of the name it uses after the first.
const LEGAL_ENDINGS: &[&str] = &[
    "holdings",
    "group",
    "company",
    "co",
    "corp",
    "corporation",
    "inc",
    "incorporated",
    "ltd",
    "limited",
    "llc",
    "plc",
    "pty",
    "gmbh",
    "ag",
    "nv",
    "bv",
    "llp",
    "lp",
];

/// "Brackwater Timber" after "Brackwater Timber Holdings (Pty) Ltd": a name of two words or more
/// that is a known company's name without its legal endings names that company, when it is one
/// company only and the name is no place's.
pub(super) fn without_legal_ending(entities: &Entities, m: &Mention) -> Option<usize> {
    let words = normalize::words(&m.text);
    if words.len() < 2 || lexicon::known_place(&m.text) {
        return None;
    }
    the_one_body(entities, |full| {
        full.len() > words.len()
            && full.starts_with(&words)
            && full[words.len()..]
                .iter()
                .all(|w| LEGAL_ENDINGS.contains(&w.as_str()))
    })
}

/// The one organisation known so far one of whose names, as words, `holds` says yes to; none
/// when there are none or two.
fn the_one_body(entities: &Entities, holds: impl Fn(&[String]) -> bool) -> Option<usize> {
    let mut bodies = entities.list.iter().enumerate().filter(|(_, e)| {
        e.class == Class::Organisation && e.names().any(|n| holds(&normalize::words(n)))
    });
    let (e, _) = bodies.next()?;
    bodies.next().is_none().then_some(e)
}

/// The one organisation known so far whose name holds all the words of `m`, two or more, right
/// after its "of" or "for" and before its end or an "and" ("Civil Protection" of "the Department
/// of Civil Protection and Emergency Management", "Public Health" of "the Ministry of Public
/// Health"): what the body is for, by which it is called (#15). Not a known place ("New
/// Zealand" of "the Bank of New Zealand"), which the body is named after; none when two bodies
/// so hold it. Only an office, a public body or a think tank whose head is a word of
/// `GOVERNMENT_HEADS` is called by what it is for ("Disease Control" of "the Centers for Disease
/// Control", "International Affairs" of "the Institute of International Affairs"): not a
/// university or a court named after a region or a field ("East Anglia" of "the University of
/// East Anglia", "Human Rights groups" beside "the European Court of Human Rights").
pub(super) fn body_by_its_purpose(entities: &Entities, m: &Mention) -> Option<usize> {
    let words = normalize::words(&m.text);
    if words.len() < 2 || lexicon::known_place(&m.text) {
        return None;
    }
    the_one_body(entities, |name| {
        name.windows(words.len() + 1).enumerate().any(|(at, w)| {
            matches!(w[0].as_str(), "of" | "for")
                && at
                    .checked_sub(1)
                    .is_some_and(|head| GOVERNMENT_HEADS.contains(&name[head].as_str()))
                && w[1..] == words[..]
                && name
                    .get(at + words.len() + 1)
                    .is_none_or(|next| next == "and")
        })
    })
}

/// The heads of an office's, a public body's or an institute's name, before "of" or "for" and
/// what it is for: a government's offices and the centres, institutes, councils, authorities
/// and services named as they are.
#[rustfmt::skip]
const GOVERNMENT_HEADS: &[&str] = &[
    "department", "ministry", "office", "agency", "bureau", "directorate", "secretariat",
    "commission", "administration", "centers", "centres", "centre", "center", "institute",
    "institutes", "council", "authority", "service",
];

/// The one organisation known so far whose name (or another name of it) opens with all the words
/// of `m`, two or more, and goes on ("Andes Cobre" of "Andes Cobre Resources", "Kestrel Peak" of
/// "Kestrel Peak Capital"), first named before it: a body's short form. None when two bodies so
/// open, or `m` is a whole name.
pub(super) fn opened_body(entities: &Entities, m: &Mention) -> Option<usize> {
    let words = normalize::words(&m.text);
    if words.len() < 2 {
        return None;
    }
    let mut bodies = entities
        .by_first_word
        .get(&words[0])?
        .iter()
        .copied()
        .filter(|&e| {
            entities.list[e].class == Class::Organisation
                && entities.list[e].names().any(|n| {
                    let name = normalize::words(n);
                    // Not a body of people of what the words name ("Tarra Vale Mineworkers’
                    // Union": "Tarra Vale" is the mine), as `opening_words` says.
                    let of_people = n
                        .split_whitespace()
                        .skip(words.len())
                        .any(super::possessive_word);
                    // "Santa Paula" of "Santa Paula Unified": the town it serves.
                    let served = served_place(&name) == Some(words.len());
                    name.len() > words.len() && name.starts_with(&words) && !of_people && !served
                })
        });
    let body = bodies.next()?;
    let whole = entities.named(&normalize::key(&m.text), None).is_some();
    // "the Pampa Lucero mine" before "the Pampa Lucero Mineworkers' Union": a body named later
    // is named after the place, not shortened by it.
    let before = entities
        .first
        .get(&body)
        .is_some_and(|&f| f < (m.paragraph, m.first));
    (bodies.next().is_none() && !whole && before).then_some(body)
}

/// Whether a name is written as someone's by its own words: two or three words, the first a
/// common given name ("Anthony Taylor", "Marc-André Pelletier"), the others capitalised and no
/// place's, body's, event's or people's word ("Florence Nightingale Hospital", "Victoria
/// Falls"), and the whole no known place, city, company or party (#15). Only for a name nothing
/// else has classed: the words around a name say more than its form.
pub(super) fn written_as_someone_s(p: &Paragraph, m: &Mention) -> bool {
    let words: Vec<&str> = m.text.split_whitespace().collect();
    let [first, rest @ ..] = words.as_slice() else {
        return false;
    };
    let plain = |w: &&str| {
        let lower = w.to_lowercase();
        w.starts_with(char::is_uppercase)
            && !lexicon::ORGANISATION_WORDS.contains(&lower.as_str())
            && !lexicon::PLACE_WORDS.contains(&lower.as_str())
            && !lexicon::PLACE_NOUNS.contains(&lower.as_str())
            && !lexicon::EVENT_NOUNS.contains(&lower.as_str())
            && !lexicon::nationality(&lower)
            && !lexicon::is_demonym(w)
            && !lexicon::known_place(w)
    };
    // "the Albert Hall", "an Amber Alert": an article says a thing, not someone.
    let article = m.with_the
        || m.first
            .checked_sub(1)
            .and_then(|k| p.word(k))
            .is_some_and(|w| matches!(w.as_str(), "the" | "a" | "an"));
    // "at the party headquarters, Anna Arivalayam": a name set beside a place's noun is that
    // place's.
    // Not "Outside the stadium, Jack Grealish signed": the name must end its phrase.
    let ends_its_phrase = p
        .tokens
        .get(m.last + 1)
        .is_none_or(|t| t.kind == super::super::tokens::Kind::Mark);
    let beside_a_place = m.first >= 2
        && ends_its_phrase
        && p.is_mark(m.first - 1, &[','])
        && p.word(m.first - 2).is_some_and(|w| {
            lexicon::PLACE_NOUNS.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "headquarters"
                        | "office"
                        | "offices"
                        | "home"
                        | "residence"
                        | "stadium"
                        | "venue"
                        | "ground"
                        | "hall"
                        | "building"
                        | "hospital"
                        | "school"
                        | "temple"
                        | "church"
                        | "mosque"
                        | "palace"
                        | "camp"
                        | "village"
                        | "town"
                        | "constituency"
                        | "seat"
                        | "estate"
                        | "suburb"
                )
        });
    // "The John Lewis Partnership": a known firm's name opens it.
    let firm = (2..=words.len()).any(|n| lexicon::known_company(&words[..n].join(" ")));
    (2..=3).contains(&words.len())
        && m.initials.is_none()
        && m.region.is_none()
        && !article
        && !beside_a_place
        && !firm
        && lexicon::given_name(first)
        && rest.iter().all(plain)
        && !rest
            .iter()
            .any(|w| NOT_A_SURNAME.contains(&w.to_lowercase().as_str()))
        && !lexicon::known_place(&m.text)
        && !lexicon::known_city(&m.text)
        && !lexicon::known_party(&m.text)
}

/// Words that end the names of places, buildings, prizes and events named after someone ("John
/// Cain Arena", "Martin Place", "the Stella Prize", "Owen Sound"): no surname. Not "Field",
/// "Law", "Hill", "Hall", "Lane" or "Park", which are surnames too ("Sally Field", "Denis Law").
#[rustfmt::skip]
const NOT_A_SURNAME: &[&str] = &[
    "place", "arena", "dock", "docks", "house", "sound", "hills", "highlands", "prize", "award",
    "awards", "invitational", "challenge", "partnership", "alert", "trophy", "cup", "classic",
    "memorial", "stadium", "centre", "center", "theatre", "theater", "bridge", "tower", "gardens",
    "square", "street", "road", "line", "way", "avenue", "station", "airport", "terminal",
    "reserve", "foundation", "lecture", "medal", "scholarship", "fellowship", "report", "review",
    "act", "rule", "doctrine", "effect", "syndrome", "disease", "plan", "fund", "trust", "show",
    "festival", "series", "open",
];
