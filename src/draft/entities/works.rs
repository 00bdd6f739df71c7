//! Films and the people and studios they credit (#15): "Disney’s “Tidewater”", "Halcyon
//! Pictures’ heist comedy", "starring Dora Vance and Eli Stroud", "co-directed by Ana Ruiz and
//! Bao Lin".

use super::super::lexicon;
use super::super::mentions::{Mention, has_keyword};
use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use super::super::value::Class;
use super::context::{done_by_someone_at, like_a_person};
use crate::normalize;

/// Whether a name written like a person's is in a work's credits, first or beside someone:
/// "starring Dora Vance", "by Ana Ruiz and Bao Lin", "starring Dora Vance and Eli Stroud".
pub(super) fn credited_person(p: &Paragraph, m: &Mention, neighbour: Option<Class>) -> bool {
    like_a_person(p, m)
        && m.text.split_whitespace().count() >= 2
        && !lexicon::known_city(&m.text)
        && credited(p, m)
        // An item that ends there: not "Blue Peter presenter", "Sandy Springs Republicans".
        && !lexicon::plural_shape(&normalize::words(&m.text).last().cloned().unwrap_or_default())
        && p.tokens.get(m.last + 1).is_none_or(|t| {
            t.kind != Kind::Word || !t.text(p.text).starts_with(char::is_lowercase)
                || matches!(t.text(p.text), "and" | "as" | "in" | "with")
        })
        && (matches!(
            p.word_before(m.first).as_deref(),
            Some("starring" | "featuring")
        ) || neighbour == Some(Class::Person)
            || someone_next(p, m))
}

/// Nouns for a film, which a studio owns (not "album", an artist's; not "western", a
/// direction too).
const WORKS: &[&str] = &[
    "film",
    "movie",
    "thriller",
    "comedy",
    "drama",
    "epic",
    "adventure",
    "horror",
    "sequel",
    "prequel",
    "remake",
    "musical",
    "documentary",
    "biopic",
    "blockbuster",
    "franchise",
    "romance",
    "animation",
];

/// Words of a paragraph about films in cinemas: a studio's film is reported so.
const BOX_OFFICE: &[&str] = &[
    "theaters",
    "theatres",
    "theater",
    "theatre",
    "screens",
    "venues",
    "locations",
    "grossed",
    "gross",
    "debut",
    "debuted",
    "opening",
    "opened",
    "opens",
    "release",
    "released",
    "weekend",
    "studio",
    "distributor",
    "distribution",
    "domestically",
    "worldwide",
    "tickets",
    "budget",
];

/// Whether a name owns, by a possessive, a film named next ("Disney’s “Tidewater”") or a noun
/// for one after a few words in lower case or a sum ("Warner Bros.’ $185 million epic",
/// "Focus Features’ jazz drama"), the noun heading its phrase ("Mumbai’s film industry" is no
/// film), in a paragraph about films in cinemas ("Reeves’s “iron-clad” rules", "Swift’s album
/// “Midnights”" are someone's) (second reader).
pub(super) fn owns_a_work(p: &Paragraph, m: &Mention) -> bool {
    let studio_word = normalize::words(&m.text).last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "pictures" | "films" | "features" | "studios" | "bros" | "entertainment"
        )
    });
    // The possessive first: the paragraph's words are read only for a name that has one.
    let Some(k) = after_possessive(p, m) else {
        return false;
    };
    if lexicon::known_place(&m.text) || lexicon::known_city(&m.text) {
        return false;
    }
    // "Basque director Iñaki Goñi Arrieta’s “The House of Hours”": a maker's noun before the
    // name says whose work it is, a person's (#15).
    // A person's noun ("pop singer Taylor Swift’s", "Disney chief Bob Iger’s", "street artist
    // Banksy’s", "producer Jerry Bruckheimer’s"; sixth and eighth readers), but not one a firm
    // is called by too ("Animation leader Pixar’s", "Marvel owner Walt Disney’s", "Streaming
    // challenger Netflix’s", "horror specialist Blumhouse’s"; fifth, seventh and ninth readers).
    if p.word_before(m.first).is_some_and(|w| {
        let firm_s = matches!(
            w.as_str(),
            "owner"
                | "leader"
                | "challenger"
                | "rival"
                | "veteran"
                | "champion"
                | "incumbent"
                | "member"
                | "runner-up"
                | "giant"
                | "parent"
                | "specialist"
                | "player"
        );
        !firm_s
            && (lexicon::PERSON_NOUNS.contains(&w.as_str())
                || matches!(
                    w.as_str(),
                    "filmmaker"
                        | "director"
                        | "newcomer"
                        | "auteur"
                        | "documentarian"
                        | "screenwriter"
                        | "showrunner"
                        | "animator"
                        | "producer"
                        | "rapper"
                        | "comedian"
                        | "star"
                ))
    }) {
        return false;
    }
    let cinema = || {
        crate::draft::paragraph::plain_words(p.text)
            .iter()
            .any(|w| BOX_OFFICE.contains(&w.as_str()))
            || p.text.contains("box office")
    };
    if !studio_word && !cinema() {
        return false;
    }
    // A name of its own words (not a studio's) needs a title in quotes: "Sony’s “Venom” sequel",
    // "Paramount’s disaster thriller “Northbound”"; "Nolan’s epic earned $950 million" is as
    // likely the director's (third reader).
    let titled = (k..k + 8).any(|j| p.is_mark(j, &['“', '"']) && p.capitalised(j + 1));
    if !studio_word && !titled {
        return false;
    }
    // A title in quotes opens with a capital: "“Tidewater”", not "“iron-clad”".
    if p.is_mark(k, &['“', '"']) {
        return p.capitalised(k + 1);
    }
    for j in k..k + 6 {
        let Some(t) = p.tokens.get(j) else {
            return false;
        };
        let text = t.text(p.text);
        match t.kind {
            Kind::Word if text.starts_with(char::is_lowercase) => {
                let next_is_work = p.word(j + 1).is_some_and(|w| WORKS.contains(&w.as_str()));
                if WORKS.contains(&text) && !next_is_work {
                    // The head of its phrase: a mark, a title or a verb's word after it, no noun
                    // it describes ("film industry", "drama school"); a studio's own name says
                    // it ("Focus Features’ jazz drama about Chet Baker").
                    return studio_word
                        || p.tokens.get(j + 1).is_none_or(|n| {
                            n.kind != Kind::Word
                                || n.text(p.text).starts_with(char::is_uppercase)
                                || matches!(
                                    n.text(p.text),
                                    "opened"
                                        | "opens"
                                        | "added"
                                        | "took"
                                        | "earned"
                                        | "grossed"
                                        | "placed"
                                        | "slid"
                                        | "fell"
                                        | "rose"
                                        | "landed"
                                        | "debuted"
                                        | "is"
                                        | "was"
                                        | "has"
                                        | "had"
                                        | "will"
                                        | "which"
                                        | "that"
                                )
                        });
                }
            }
            Kind::Number => {}
            Kind::Mark if matches!(text, "$" | "£" | "€" | "-") => {}
            _ => return false,
        }
    }
    false
}

/// Whether a name of two or three words written like a person's owns, by a possessive, a work
/// whose title in quotes follows within a few words in lower case: "Hollis Garrity’s “Ember
/// Field”", "Augustin Mercadier’s still life “Lemons and a Pewter Jug”" (an auction report's
/// artists). A studio's name has its word ("Focus Features’ “Hamnet”") and is no person's.
pub(super) fn made_a_work(p: &Paragraph, m: &Mention) -> bool {
    let words = m.text.split_whitespace().count();
    // Not a place's or a firm's possessive ("Cape Town’s “Day Zero”", "Penguin Random House’s
    // “Spare”", "Manchester United’s “Class of 92”", second reader).
    if !(2..=3).contains(&words)
        || !like_a_person(p, m)
        || lexicon::known_place(&m.text)
        || lexicon::known_city(&m.text)
        || lexicon::known_company(&m.text)
    {
        return false;
    }
    let given = m
        .text
        .split_whitespace()
        .next()
        .is_some_and(lexicon::given_name);
    let Some(k) = after_possessive(p, m) else {
        return false;
    };
    // A common given name first, or a maker's noun for the work between ("still life",
    // "canvas", "novel").
    let mut made = given;
    for j in k..k + 5 {
        if p.is_mark(j, &['“', '"']) {
            return made && p.capitalised(j + 1);
        }
        made = made || p.word(j).is_some_and(|w| WORK_NOUNS.contains(&w.as_str()));
        let lower = p.tokens.get(j).is_some_and(|t| {
            t.kind == Kind::Word && t.text(p.text).starts_with(char::is_lowercase)
        });
        if !lower {
            return false;
        }
    }
    false
}

/// The first token after a mention's possessive ("Disney’s", "Warner Bros.’", "Reyes’ s"), or
/// `None` when it has none.
fn after_possessive(p: &Paragraph, m: &Mention) -> Option<usize> {
    let mut k = m.last + 1;
    if crate::draft::paragraph::is_possessive(p.text_of(m.last)) {
        return Some(k);
    }
    // "Warner Bros.’": the abbreviation's dot before the mark.
    if p.is_mark(k, &['.']) && p.is_glued(k) {
        k += 1;
    }
    if !(p.is_mark(k, &['’', '\'']) && p.is_glued(k)) {
        return None;
    }
    k += 1;
    // The "s" after the mark, when it is a token of its own.
    if p.word(k).as_deref() == Some("s") && p.is_glued(k) {
        k += 1;
    }
    Some(k)
}

/// Nouns for a work of art its maker's name owns: "Augustin Mercadier’s still life “Lemons …”".
/// Not a film's, a song's, a book's or a series', which a studio, a label or a publisher owns as
/// often ("Sony Music’s single", "Working Title’s film", second reader): before those, a common
/// given name must say someone.
const WORK_NOUNS: &[&str] = &[
    "life",
    "painting",
    "canvas",
    "portrait",
    "landscape",
    "seascape",
    "abstraction",
    "sculpture",
    "bronze",
    "triptych",
    "drawing",
    "photograph",
    "print",
    "installation",
];

/// Whether a mention is in a list of credits: the list's first item comes after "starring" or
/// a participle of work and "by" ("Co-directed by Ana Ruiz and Bao Lin"), not "Ann Cole, Bright
/// Star and Tom Reyes went home".
fn credited(p: &Paragraph, m: &Mention) -> bool {
    let mut k = m.first;
    // A list of credits is short: at most some twenty words back.
    while k > 0 && k + 24 > m.first {
        k -= 1;
        let capital =
            p.tokens[k].kind == Kind::Word && p.text_of(k).starts_with(char::is_uppercase);
        if !(capital || p.is_mark(k, &[',']) || p.word(k).as_deref() == Some("and")) {
            // "by" only after a participle of work only people do ("directed by"); not
            // "featuring", which bands and clubs take (second reader).
            // "featuring Ed Sheeran": a given name first says someone.
            let featuring =
                p.word(k).as_deref() == Some("featuring") && lexicon::given_name(p.text_of(k + 1));
            return p.word(k).as_deref() == Some("starring")
                || featuring
                || (p.word(k).as_deref() == Some("by") && done_by_someone_at(p, k + 1));
        }
    }
    false
}

/// Whether the name after a mention, across "and" or a comma, opens with a common given name
/// and is written like a person's: "Dora Vance *and Eli Stroud*".
fn someone_next(p: &Paragraph, m: &Mention) -> bool {
    let k = m.last + 1;
    let first = if p.word(k).as_deref() == Some("and") || p.is_mark(k, &[',']) {
        k + 1
    } else {
        return false;
    };
    let capital = |j: usize| {
        p.tokens
            .get(j)
            .is_some_and(|t| t.kind == Kind::Word && t.text(p.text).starts_with(char::is_uppercase))
    };
    let mut last = first;
    while last < first + 3 && capital(last + 1) {
        last += 1;
    }
    capital(first)
        && (first + 1..=first + 2).contains(&last)
        && lexicon::given_name(p.text_of(first))
        && (first..=last).all(|j| {
            let w = p.text_of(j);
            !lexicon::known_place(w) && !has_keyword(w) && !lexicon::nationality(w)
        })
}
