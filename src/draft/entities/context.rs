//! What the words around a mention say it names: "in Whitmore", "the investment bank Halden
//! Rowe", "Tom Brennan, who", "said Tom Brennan", "Edinburgh-based Norvane Aerospace".

use super::super::lexicon::{
    self, DIRECTIONS, ORGANISATION_NOUNS, PERSON_NOUNS, PERSON_TITLES, PLACE_NOUNS,
    PLACE_PREPOSITIONS, SPEECH_VERBS,
};
use super::super::mentions::{Mention, has_keyword};
use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use super::super::value::Class;
use super::{Entity, bodies, evidence, names};
use crate::normalize;

/// The class of the mention just before `i` in the same sentence, when only a comma, "and" or
/// "or" lies between them: a list of places ("in Whitmore, Oak Run and Millville").
pub(super) fn neighbour_class(
    paragraphs: &[Paragraph],
    mentions: &[Mention],
    classes: &[Option<(usize, Mention)>],
    entities: &[Entity],
    i: usize,
) -> Option<Class> {
    let m = &mentions[i];
    let before = i.checked_sub(1)?;
    let (e, prev) = classes[before].as_ref()?;
    let gap = m.first.checked_sub(prev.last + 1)?;
    let p = paragraphs.get(m.paragraph)?;
    // Only a comma, "and" or "or": not "the Carson City manager, Laura Beck".
    let joins = (prev.last + 1..m.first)
        .all(|k| p.is_mark(k, &[',']) || matches!(p.word(k).as_deref(), Some("and" | "or")));
    (prev.paragraph == m.paragraph && (1..=2).contains(&gap) && joins).then_some(entities[*e].class)
}

/// The class the words around a mention give it, if they give one.
pub(super) fn context_class(p: &Paragraph, m: &Mention, neighbour: Option<Class>) -> Option<Class> {
    let words = normalize::words(&m.text);
    if super::pairs_of_names::first_of_a_pair(p, m) {
        return Some(Class::Person);
    }
    if paired_with_a_company(p, m) {
        return Some(Class::Organisation);
    }
    // "At Viñedos del Cidacos, the cooperative in Quel, intake fell": a body named after the
    // comma is what the name is, whatever the preposition before it says (#15).
    // The description closes with a comma before the sentence goes on; not "At Sellafield, the
    // company that runs the site admitted ..." (fifth reader).
    let closed = (m.last + 3..m.last + 30)
        .take_while(|&k| k < p.tokens.len() && !p.is_mark(k, &['.', ';']))
        .any(|k| p.is_mark(k, &[',']));
    if p.word_before(m.first).as_deref() == Some("at")
        && closed
        && appositive(p, m, words.len()) == Some(Class::Organisation)
    {
        return Some(Class::Organisation);
    }
    // "Domaine Haberkorn-Weiss", "Château Margaux", "Bodega Ruiz": a wine estate, named by its
    // first word, is a body (#15); not "Domaine Road".
    if words.len() >= 2
        && matches!(
            words[0].as_str(),
            "domaine" | "château" | "chateau" | "bodega" | "weingut" | "tenuta"
        )
        && !has_keyword(&m.text)
    {
        return Some(Class::Organisation);
    }
    // "reaches the Moon", "a mission to Mars": a world a mission goes to is a place; not "Moon
    // Jae-in", "Bruno Mars", "the confectioner Mars" (second reader).
    if heavenly_body(p, m) {
        return Some(Class::Place);
    }
    // "a Cambridge-based company", "the Howrah-bound express" (#15): where it is or where it
    // goes.
    if p.is_mark(m.last + 1, &['-'])
        && p.is_glued(m.last + 1)
        && matches!(p.word(m.last + 2).as_deref(), Some("based" | "bound"))
    {
        return Some(Class::Place);
    }
    // "heads to Wimbledon, which begins on 30 June": what begins and ends is an event held
    // somewhere, not the place.
    if p.is_mark(m.last + 1, &[','])
        && p.word(m.last + 2).as_deref() == Some("which")
        && p.word(m.last + 3).as_deref().is_some_and(|w| {
            matches!(
                w,
                "begins"
                    | "began"
                    | "starts"
                    | "started"
                    | "opens"
                    | "opened"
                    | "ends"
                    | "ended"
                    | "runs"
                    | "ran"
                    | "kicks"
                    | "concludes"
                    | "finishes"
            )
        })
    {
        return None;
    }
    // "Coun. Ana Lotu (Ward 5, York South-Weston)": the name after a numbered ward or riding
    // in brackets is the ward's, a place (#15).
    if m.first >= 4
        && p.is_mark(m.first - 1, &[','])
        && p.tokens
            .get(m.first - 2)
            .is_some_and(|t| t.kind == Kind::Number)
        && matches!(p.word(m.first - 3).as_deref(), Some("ward" | "riding"))
        && p.is_mark(m.first - 4, &['('])
    {
        return Some(Class::Place);
    }
    // "the Greens", "the environmentalist Greens", "Greens senator Ana Ruiz": a party called
    // by what its members are called (#15).
    if party_by_its_members(p, m, &words) || party_by_its_word(p, m, &words) {
        return Some(Class::Organisation);
    }
    // "a 1978 paper in Nature": a paper is in a journal, no place (#15). "a study in Nature",
    // "published in Science", "a paper in Nature and another in Science", "a study in Kent and
    // Sussex": a journal or where it was done, and a name no list knows is left out (second and
    // third readers).
    if p.word_before(m.first).as_deref() == Some("in")
        && m.first >= 2
        && !lexicon::known_place(&m.text)
        && !lexicon::known_city(&m.text)
    {
        let noun = p.word(m.first - 2).unwrap_or_default();
        let plain = !crate::draft::paragraph::is_possessive(p.text_of(m.last))
            && !matches!(p.word(m.last + 1).as_deref(), Some("and" | "or"));
        // "to study in Salamanca": the verb, where someone studies (fourth reader).
        let verb = m.first >= 3
            && matches!(
                p.word(m.first - 3).as_deref(),
                Some("to" | "will" | "would" | "could" | "can")
            );
        match noun.as_str() {
            "paper" | "papers" | "editorial" if plain => return Some(Class::Organisation),
            "study" if verb => {}
            "paper" | "papers" | "editorial" | "study" | "studies" | "article" | "articles"
            | "published" => return None,
            _ => {}
        }
    }
    // "Disney’s “Tidewater”", "Halcyon Pictures’ heist comedy": whose film or show it is, a
    // studio's, unless the name is written like someone's ("Ana Ruiz’s thriller") (#15).
    if super::works::owns_a_work(p, m)
        && words.len() <= 3
        && !m
            .text
            .split_whitespace()
            .next()
            .is_some_and(lexicon::given_name)
    {
        return Some(Class::Organisation);
    }
    // "Augustin Mercadier’s still life “Lemons and a Pewter Jug”": a name written like
    // someone's whose work is named after it in quotes is the work's maker (#15).
    if super::works::made_a_work(p, m) {
        return Some(Class::Person);
    }
    // "starring Dora Vance", "by Ana Ruiz and Bao Lin": someone in a work's credits (#15).
    if super::works::credited_person(p, m, neighbour) {
        return Some(Class::Person);
    }
    if competitor_of_a_country(p, m, &words) {
        return Some(Class::Person);
    }
    // "Westbrook Rovers: Pickford-Hale; Carver, Danso, ...": a side's team sheet.
    if super::lineup::on_a_team_sheet(p, m) {
        return Some(Class::Person);
    }
    // "Ana Lotu (Harbour Kestrels)": a person with the body they belong to in brackets.
    if let Some(class) = super::members::member_class(p, m) {
        return Some(class);
    }
    // "the towns of Arlo, Brena and Santa Cruz": a list's head noun says what its items are.
    if let Some(class) = super::lists::listed_class(p, m) {
        return Some(class);
    }
    let before = p.word_before(m.first);
    let before2 = m.first.checked_sub(2).and_then(|k| p.word(k));
    // "Edinburgh-based Norvane Aerospace": what is based somewhere is an organisation.
    let based = before.as_deref() == Some("based")
        && p.is_glued(m.first - 1)
        && p.is_mark(m.first - 2, &['-']);
    // "a lawyer at Whitcombe & Hale": where someone works; not "told reporters at Padidan",
    // where those spoken to were (#15).
    let spoken_to = m
        .first
        .checked_sub(3)
        .and_then(|k| p.word(k))
        .is_some_and(|w| SPEECH_VERBS.contains(&w.as_str()));
    // "after a decade at Motorola", "a stint at Verizon": a span of work at an employer;
    // not a known place's ("a decade at Oxford") (#15).
    let a_span_of_work = |w: &str| {
        matches!(
            w,
            "decade" | "decades" | "stint" | "stints" | "spell" | "career" | "tenure"
        ) && !lexicon::known_place(&m.text)
            && !lexicon::known_city(&m.text)
            // Not "two decades at Camp Lejeune", "a decade at Cape Canaveral", "at Lake
            // Tahoe": a place's word opens or ends the name (second and fourth readers); "a
            // decade at Queens Park Rangers" is at an employer (third reader).
            && !{
                let words = normalize::words(&m.text);
                let place = |w: Option<&String>| {
                    w.is_some_and(|w| {
                        lexicon::PLACE_WORDS.contains(&w.as_str())
                            || matches!(w.as_str(), "camp" | "base" | "fort" | "barracks")
                    })
                };
                place(words.first()) || place(words.last())
            }
    };
    let employer = before.as_deref() == Some("at")
        && before2
            .as_deref()
            .is_some_and(|w| lexicon::names_someone(w) || a_span_of_work(w))
        && !spoken_to;
    let transferred = transferred_from(p, m);
    // "a double save from Pepê", "a cross from Galeno", "through Galeno’s penalty": a play of
    // the game made by or from someone (twenty-seventh session).
    let play_noun = |w: &str| {
        matches!(
            w,
            "save"
                | "saves"
                | "cross"
                | "pass"
                | "header"
                | "corner"
                | "shot"
                | "strike"
                | "free-kick"
                | "feed"
                | "assist"
                | "effort"
                | "penalty"
                | "volley"
                | "tackle"
                | "through-ball"
                | "lob"
                | "finish"
                | "chip"
                | "backheel"
        )
    };
    // American football's, with the play's yards before them, in a paragraph of that game:
    // "Jordan Ashby’s 9-yard touchdown pass" (#15); not "Vodafone’s punt on fibre",
    // "SpaceX’s touchdown on the barge", "Thames Water’s 50-yard catch pit".
    let gridiron_play = |w: &str| {
        matches!(
            w,
            "touchdown" | "catch" | "reception" | "interception" | "fumble" | "punt" | "run"
        ) && gridiron(p)
    };
    let from_a_play =
        before.as_deref() == Some("from") && before2.as_deref().is_some_and(play_noun);
    // "Ashby’s 9-yard touchdown pass": a play's length in yards before its noun.
    let k = m.last + 1;
    let yards = p.tokens.get(k).is_some_and(|t| t.kind == Kind::Number)
        && p.is_mark(k + 1, &['-'])
        && p.is_glued(k + 1)
        && p.word(k + 2).as_deref() == Some("yard");
    let play_at = if yards { k + 3 } else { k };
    let one_word = m.text.split_whitespace().count() == 1;
    let whose_play = crate::draft::paragraph::is_possessive(p.text_of(m.last))
        && p.word(play_at)
            .is_some_and(|w| play_noun(&w) || (yards && gridiron_play(&w)))
        && (one_word || like_a_person(p, m))
        && !lexicon::known_place(&m.text)
        && !lexicon::known_city(&m.text);
    if (from_a_play || whose_play)
        && !lexicon::known_place(&m.text)
        && !lexicon::known_city(&m.text)
    {
        return Some(Class::Person);
    }
    if based
        || employer
        || transferred
        || fixture(p, m)
        || used_as_a_company(p, m)
        || evidence::named_for_a_body(p, m)
        || bodies::has_a_body_s_part(p, m)
        || bodies::a_body_named(p, m)
    {
        return Some(Class::Organisation);
    }
    // "in Odiongan": a word that only ends like a people's ("Kenyan") and stands alone after
    // "in" or "near" is the place itself; a people's word for a known place stays one ("in
    // Italian").
    let a_noun_follows = p.tokens.get(m.last + 1).is_some_and(|t| {
        let written = t.text(p.text);
        t.kind == Kind::Word
            && written.starts_with(char::is_lowercase)
            && !matches!(
                written,
                "on" | "in"
                    | "at"
                    | "and"
                    | "or"
                    | "to"
                    | "for"
                    | "with"
                    | "by"
                    | "from"
                    | "after"
                    | "before"
                    | "since"
                    | "when"
                    | "where"
                    | "while"
                    | "of"
            )
    });
    let a_place_s_name = within(p, m)
        && !a_noun_follows
        && !lexicon::demonym_of_a_known_place(&m.text)
        && !lexicon::nationality(&m.text);
    if words.len() == 1
        && ((lexicon::is_demonym(&m.text) && !a_place_s_name)
            || matches!(before.as_deref(), Some("a" | "an")))
    {
        return None;
    }
    // "at Le Chat Bleu, a club near …": what the name is said to be outranks where it stands.
    if evidence::said_to_be_an_organisation(p, m) {
        return Some(Class::Organisation);
    }
    // "from Tessema, the Ethiopian who": what the name is said to be outranks where it stands;
    // a surname alone is for `full_name` to settle.
    if evidence::a_national(p, m) {
        return (2..=3).contains(&words.len()).then_some(Class::Person);
    }
    if in_a_place(p, m, neighbour) {
        return Some(Class::Place);
    }
    role(p, m, &words)
}

/// Whether a mention is a party called by the plural of its members' word ("the Greens", "the
/// Tories", "the Liberals"): after "the" (perhaps with one word in lower case between: "the
/// environmentalist Greens") or before a word for someone ("Greens senator").
fn party_by_its_members(p: &Paragraph, m: &Mention, words: &[String]) -> bool {
    let [word] = words else {
        return false;
    };
    let one = crate::draft::value::unit_key(word);
    // "green" and "tory" are parties' only where the paragraph speaks of politics ("the
    // Greens at Augusta" are a golf course's).
    let politics = || {
        p.speaks_of(&[
            "election",
            "vote",
            "seat",
            "party",
            "parliament",
            "senator",
            "mp ",
            "minister",
            "coalition",
            "poll",
            "landtag",
            "leader",
            "%",
            "per cent",
            "percent",
        ])
    };
    let listed = lexicon::political_word(&one);
    if one == *word || !(listed || (matches!(one.as_str(), "green" | "tory") && politics())) {
        return false;
    }
    let the = |k: Option<usize>| k.and_then(|k| p.word(k)).as_deref() == Some("the");
    let adjective = m.first >= 2
        && p.text_of(m.first - 1).starts_with(char::is_lowercase)
        && the(Some(m.first - 2));
    let member = p
        .word(m.last + 1)
        .is_some_and(|w| lexicon::names_someone(&w))
        || p.word(m.last + 1)
            .is_some_and(|w| PERSON_TITLES.contains(&w.as_str()));
    the(m.first.checked_sub(1)) || adjective || member
}

/// Whether a one-word mention stands between a count and the plural it counts, describing them:
/// "85 Sherpa guides" names no one (#15); but a club's supporters are the club's ("600
/// Brindleford supporters").
pub(super) fn describes_a_count(p: &Paragraph, m: &Mention) -> bool {
    m.first == m.last
        && m.first > 0
        && p.tokens[m.first - 1].kind == Kind::Number
        && p.tokens.get(m.last + 1).is_some_and(|t| {
            let w = t.text(p.text);
            t.kind == Kind::Word
                && w.starts_with(char::is_lowercase)
                && w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !super::clubs::team_noun(w)
                && !super::teams::SIDE_NOUNS.contains(&w)
        })
}

/// Whether a mention is a party called by its word before a noun for its members or its rule:
/// "the Conservative group", "Liberal Democrat councillor Ann Pryce", "ten years of Labour
/// rule" (#15). Only the listed words of politics, and "Liberal Democrat"; not "a Republican
/// whose district" (no such noun after) nor "Labour Minister" (a portfolio, capitalised).
pub(super) fn party_by_its_word(p: &Paragraph, m: &Mention, words: &[String]) -> bool {
    let party = match words {
        [one] => lexicon::political_word(one),
        [a, b] => a == "liberal" && b == "democrat",
        _ => false,
    };
    let k = m.last + 1;
    let written_small = p.text_of(k).starts_with(char::is_lowercase)
        || p.word(k)
            .is_some_and(|w| matches!(w.as_str(), "mp" | "mps" | "msp" | "msps"));
    party
        && written_small
        && p.word(k).is_some_and(|w| {
            matches!(
                w.as_str(),
                "group"
                    | "groups"
                    | "rule"
                    | "councillor"
                    | "councillors"
                    | "member"
                    | "members"
                    | "mp"
                    | "mps"
                    | "msp"
                    | "msps"
                    | "leader"
                    | "leadership"
                    | "administration"
                    | "candidate"
                    | "candidates"
                    | "peer"
                    | "peers"
                    | "benches"
                    | "spokesman"
                    | "spokeswoman"
                    | "spokesperson"
            )
        })
}

/// Whether a name comes after "of", a street's name and a comma: "of Kestrel Avenue,
/// Bramhall", an address's town.
fn address(p: &Paragraph, m: &Mention) -> bool {
    let street_word = |k: usize| {
        p.text_of(k).starts_with(char::is_uppercase)
            && p.word(k).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "road"
                        | "street"
                        | "avenue"
                        | "lane"
                        | "drive"
                        | "close"
                        | "crescent"
                        | "way"
                        | "grove"
                        | "terrace"
                        | "gardens"
                        | "walk"
                        | "mews"
                        | "rise"
                )
            })
    };
    if m.first < 4 || !p.is_mark(m.first - 1, &[',']) || !street_word(m.first - 2) {
        return false;
    }
    // The street's own words, capitalised, back to "of", after someone's age ("Dean Marsh,
    // 52, of"); and the town no one's name ("One neighbour of Elm Road, Ann Cole, said").
    let mut k = m.first - 3;
    while k > 0 && k + 8 > m.first && p.capitalised(k) {
        k -= 1;
    }
    // Or "both of", "all of" after people named with their ages (second and fifth readers).
    let aged = (k >= 2
        && p.is_mark(k - 1, &[','])
        && p.tokens[k - 2].kind == Kind::Number
        && p.text_of(k - 2).len() <= 3)
        || (k >= 1 && matches!(p.word(k - 1).as_deref(), Some("both" | "all")));
    // Not someone named like a person who speaks ("of Abbey Road, Paul McCartney said") or
    // listed with an age ("of Mill Lane, Kevin Brown, 31,") (third reader); a town named like
    // someone stays the town ("of Orchard Way, Bradley Stoke, was banned", fourth reader).
    let words: Vec<&str> = m.text.split_whitespace().collect();
    let someone = (words.len() >= 2
        && lexicon::given_name(words[0])
        && p.word(m.last + 1)
            .is_some_and(|w| SPEECH_VERBS.contains(&w.as_str())))
        || (p.is_mark(m.last + 1, &[','])
            && p.tokens
                .get(m.last + 2)
                .is_some_and(|t| t.kind == Kind::Number));
    // Nor someone's possessive: "All of Elm Grove, Kevin Brown's childhood street" (sixth
    // reader).
    let owner = crate::draft::paragraph::is_possessive(p.text_of(m.last));
    k < m.first - 3
        && p.word(k).as_deref() == Some("of")
        && aged
        && !has_keyword(&m.text)
        && !someone
        && !owner
}

/// Whether a name is placed somewhere of its own as the item before it is: "Ann Lee in Paris
/// and Tom Ray in Lyon" (a name, then "in" or "at" and a place, on both sides of the "and"); not
/// "in Tromsby and Lusk in March" (a month or a day is no place, and "roads in Tromsby" puts no
/// name before the first place).
fn placed_in_parallel(p: &Paragraph, m: &Mention) -> bool {
    let capitalised = |k: usize| p.capitalised(k);
    let at = |k: usize| matches!(p.word(k).as_deref(), Some("in" | "at"));
    let calendar = |k: usize| {
        p.word(k).is_some_and(|w| {
            crate::check::date::MONTHS
                .iter()
                .chain(crate::check::date::WEEKDAYS.iter())
                .any(|name| name.eq_ignore_ascii_case(&w))
        })
    };
    if !(at(m.last + 1) && capitalised(m.last + 2) && !calendar(m.last + 2)) {
        return false;
    }
    // The item before: "Paris" before "and", its words back to "in" or "at", and a name before
    // that preposition.
    let Some(mut k) = m.first.checked_sub(2) else {
        return false;
    };
    for _ in 0..4 {
        if !capitalised(k) {
            break;
        }
        let Some(before) = k.checked_sub(1) else {
            return false;
        };
        k = before;
    }
    at(k) && k.checked_sub(1).is_some_and(capitalised)
}

/// Whether the words before a mention put it in a place: "the community of Whitmore", "…Inc. of
/// Pittsburgh", "in Whitmore", and the next places of a list of them.
fn in_a_place(p: &Paragraph, m: &Mention, neighbour: Option<Class>) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| p.word(k));
    let before = p.word_before(m.first);
    let before2 = word(m.first.checked_sub(2));
    // "a woman from canton Vaud", "in province Tarlac": a unit of a country, written in lower
    // case right before the name after a place's preposition (perhaps with an article), says
    // it is a place; not "a district Obama won", where the name is someone.
    let after_a_preposition = |k: Option<usize>| {
        let preposition =
            |k: Option<usize>| word(k).is_some_and(|w| PLACE_PREPOSITIONS.contains(&w.as_str()));
        preposition(k)
            || (word(k).is_some_and(|w| matches!(w.as_str(), "the" | "a"))
                && preposition(k.and_then(|k| k.checked_sub(1))))
    };
    if before.as_deref().is_some_and(|w| {
        matches!(
            w,
            "canton" | "province" | "prefecture" | "county" | "district" | "municipality"
        )
    }) && p.text_of(m.first - 1).starts_with(char::is_lowercase)
        && after_a_preposition(m.first.checked_sub(2))
    {
        return true;
    }
    if before.as_deref() == Some("of") {
        // "40km south of Tarvik", "the outskirts of Tarvik", "the evacuation of Tarvik": a
        // bearing from a place, a part of one, or its people moved out (#15); "the Governor of
        // Kano State": a governor governs a place; not "residents of", which a care home has too.
        let noun = before2.as_deref().is_some_and(|w| {
            PLACE_NOUNS.contains(&w)
                || lexicon::compass_point(w)
                || matches!(w, "outskirts" | "evacuation" | "governor")
        }) && !has_keyword(&m.text);
        let company = m.first >= 2
            && p.tokens[m.first - 2].kind != Kind::Word
            && p.text_of(m.first - 2) == ".";
        // "Liam Carter, 34, of Saltash": where someone of that age lives (#15).
        let home = m.first >= 3
            && p.is_mark(m.first - 2, &[','])
            && p.tokens[m.first - 3].kind == Kind::Number
            && p.text_of(m.first - 3).len() <= 3;
        if noun || company || home {
            return true;
        }
    }
    // "Dean Marsh, 52, of Kestrel Avenue, Bramhall, was jailed": the town after someone's
    // street is where they live, whatever verb follows (#15).
    if address(p, m) {
        return true;
    }
    // "in Whitmore, Oak Run and Millville"; not "Joe Manchin of West Virginia, Jon Tester of
    // Montana": someone of a place.
    // Nor "between Bruthen and Omeo, and VicRoads has warned": a name a verb follows is the
    // subject of a clause of its own, not the next item of the list.
    // Nor "Ann Lee in Paris and Tom Ray in Lyon": a name placed somewhere of its own parallels
    // the name before the place, not the place.
    // Nor "In Kerrow North, Blue Lantern co-leader Ada Fenn won": a comma alone ends the words
    // a sentence opens with as well as it parts the items of a list; an item a comma alone
    // joins is followed by the next one ("in Whitmore, Oak Run and Millville") or ends the
    // clause ("in Nagoya, Aichi Prefecture.").
    let verb = before_a_verb(p, m);
    let placed = placed_in_parallel(p, m);
    let continued = matches!(p.word(m.last + 1).as_deref(), Some("and" | "or"))
        || p.tokens
            .get(m.last + 1)
            .is_none_or(|t| t.kind == Kind::Mark);
    let joined = (matches!(before.as_deref(), Some("and" | "or"))
        || (p.is_mark(m.first.wrapping_sub(1), &[',']) && continued))
        && p.word(m.last + 1).as_deref() != Some("of")
        && !verb
        && !placed
        // "of Mill Lane, Kevin Brown, 31,": someone of an age is no item of a list of places
        // (third reader).
        && !who_or_aged(p, m);
    if joined && neighbour == Some(Class::Place) {
        return true;
    }
    // "came from Kaoru Mitoma", "a letter to Jane Doe": these take people as well as places, so
    // a name that may be someone's is no place by them alone.
    let people_too = matches!(
        before.as_deref(),
        Some("from" | "to" | "toward" | "towards")
    );
    if evidence::building(m) || possessive(p, m) {
        return false;
    }
    // "in northern Tarvia", "in neighbouring Baden-Württemberg", "in rural Kenya": a word of
    // where in or around, written in lower case between the preposition and the name (#15).
    let around = before.as_deref().is_some_and(|w| {
        DIRECTIONS.contains(&w)
            || matches!(
                w,
                "neighbouring" | "neighboring" | "nearby" | "rural" | "coastal" | "remote"
            )
    }) && p.text_of(m.first - 1).starts_with(char::is_lowercase)
        && before2
            .as_deref()
            .is_some_and(|w| matches!(w, "in" | "across" | "throughout" | "near"));
    if around && !has_keyword(&m.text) && !evidence::before_a_plural(p, m) {
        return true;
    }
    // "queuing off Vlissingen", "the tanker, bound for Terneuzen": where a ship lies or sails.
    let at_sea = super::ships::lies_off(p, m) || super::ships::bound_there(p, m);
    (at_sea
        || before
            .as_deref()
            .is_some_and(|w| PLACE_PREPOSITIONS.contains(&w)))
        && before2.as_deref() != Some("according")
        && !evidence::before_a_plural(p, m)
        && !has_keyword(&m.text)
        && !(people_too && like_a_person(p, m))
}

/// Whether a possessive follows the mention before a word in lower case that names no part of a
/// place ("in Brandt’s slipstream", "into Keller’s car"): the preposition governs the thing
/// possessed, and says nothing of what the name is. "in Dorland’s east", "in Dorland’s outskirts":
/// a part of a place is in the place.
fn possessive(p: &Paragraph, m: &Mention) -> bool {
    let glued = p
        .tokens
        .get(m.last)
        .is_some_and(|t| m.slot.end < t.end && p.text[m.slot.end..t.end].ends_with('s'));
    let marked = p.is_mark(m.last + 1, &['’', '\'']) && p.word(m.last + 2).as_deref() == Some("s");
    let next = if glued { m.last + 1 } else { m.last + 3 };
    let Some(t) = p.tokens.get(next).filter(|_| glued || marked) else {
        return false;
    };
    let written = t.text(p.text);
    let noun = written.split('-').next().unwrap_or(written);
    let part_of_a_place = [DIRECTIONS, PLACE_NOUNS, lexicon::PLACE_WORDS]
        .iter()
        .any(|list| list.contains(&noun))
        || matches!(
            noun,
            "outskirts" | "suburbs" | "centre" | "center" | "coast" | "border"
        );
    t.kind == Kind::Word && written.starts_with(char::is_lowercase) && !part_of_a_place
}

/// Whether a verb follows a mention ("Kazane said", "Omeo has"), or a comma and a speech verb
/// after a name between commas ("the officer in the Eastern Cape, Thabo Ngcukana, said"): the
/// subject of a clause of its own, not the next item of a list before it.
pub(super) fn before_a_verb(p: &Paragraph, m: &Mention) -> bool {
    let between = p.is_mark(m.last + 1, &[',']) && p.is_mark(m.first.wrapping_sub(1), &[',']);
    // "near the depot, Ada Fenn, 81, said": an age between commas after the name.
    let age = between
        && p.tokens
            .get(m.last + 2)
            .is_some_and(|t| t.kind == Kind::Number && (1..=3).contains(&t.text(p.text).len()))
        && p.text_of(m.last + 2).chars().all(|c| c.is_ascii_digit())
        && p.is_mark(m.last + 3, &[',']);
    let next = if age {
        m.last + 4
    } else if between {
        m.last + 2
    } else {
        m.last + 1
    };
    p.word(next).as_deref().is_some_and(|w| {
        SPEECH_VERBS.contains(&w)
            || matches!(
                w,
                "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would"
            )
    })
}

/// A person or an organisation by the role the words around give it: "the investment bank
/// Halden Rowe", "Meridian, a construction company", "Tom Brennan, who", "said Tom Brennan".
fn role(p: &Paragraph, m: &Mention, words: &[String]) -> Option<Class> {
    let word = |k: Option<usize>| k.and_then(|k| p.word(k));
    let before = p.word_before(m.first);
    let before2 = word(m.first.checked_sub(2));
    // "the investment bank Halden Rowe", "the state auditor, Dr. ..."; "first five-eighth Ana
    // Lotu": a noun written with a hyphen is read whole.
    let noun = if p.is_mark(m.first.wrapping_sub(1), &[',']) {
        before2.clone()
    } else if m.first >= 3 && p.is_mark(m.first - 2, &['-']) && p.is_glued(m.first - 1) {
        word(Some(m.first - 3))
            .zip(before.clone())
            .map(|(a, b)| format!("{a}-{b}"))
    } else {
        before.clone()
    };
    // A name's own words, without particles: "Khalid bin Saif al-Harthy" has three.
    let own = words
        .iter()
        .filter(|w| {
            !matches!(
                w.as_str(),
                "bin" | "ibn" | "al" | "el" | "de" | "van" | "von"
            )
        })
        .count();
    if let Some(noun) = noun.as_deref() {
        // "Portuguese side Vale Rovers": a nation's side is a club.
        let side = noun == "side"
            && m.first >= 2
            && p.text_of(m.first - 2).starts_with(char::is_uppercase)
            && lexicon::nationality(p.text_of(m.first - 2));
        // "The operator, Musa Bello, who": a noun for a body or its owner, then a name written
        // like a person's that "who" follows, is that person.
        let someone = p.is_mark(m.first.wrapping_sub(1), &[','])
            && like_a_person(p, m)
            && speaks_of_someone(p, m);
        // "the Chicago developer Martin Esterhazy", "the publisher Walter Drummond": a noun
        // that names a trade as often as a firm, then a name that opens with a common given
        // name, is someone (#15).
        // Not "the retailer John Lewis", "the supplier Henry Schein": firms named for their
        // founders are sold by retailers and suppliers (second reader).
        let trader = matches!(noun, "developer" | "publisher" | "broadcaster")
            && !lexicon::known_company(&m.text)
            && (2..=3).contains(&words.len())
            && lexicon::given_name(p.text_of(m.first))
            && like_a_person(p, m);
        let someone = someone || trader;
        if (ORGANISATION_NOUNS.contains(&noun) || side) && !someone {
            return Some(Class::Organisation);
        }
        // "former chancellor Jeremy Hunt": a title written as a word; "co-leader Ana Lotu": a
        // noun written with a hyphen is read by its head, its last part.
        let head = noun.rsplit('-').next().unwrap_or(noun);
        let maker = (lexicon::MAKERS.contains(&noun) || lexicon::MAKERS.contains(&head))
            && like_a_person(p, m)
            && !lexicon::known_company(&m.text);
        let role = lexicon::names_someone(noun)
            || PERSON_TITLES.contains(&noun)
            || lexicon::names_someone(head)
            || maker;
        if role && (2..=3).contains(&words.len()) {
            return Some(Class::Person);
        }
        // "second-seeded Aryna Sabalenka", "top-seeded Ana Varga": a seeded name written like
        // a person's is a player (a school's is a side: `seeds`).
        let seeded_player = head == "seeded" && like_a_person(p, m) && !super::seeds::school(words);
        if seeded_player {
            return Some(Class::Person);
        }
        // "centre Ana Lotu": a place in a side that is also a common noun.
        if lexicon::POSITIONS.contains(&noun) && like_a_person(p, m) {
            return Some(Class::Person);
        }
        // "tight end Reggie Amadi", "running back Dontae Villarreal", "Bills safety Jaylen
        // Whitfield": American football's places in a side, a common noun alone or with the
        // word before it (#15).
        let qualifier = m.first.checked_sub(2).and_then(|k| p.word(k));
        // A tackle is a player's place ("Chiefs tackle Jawaan Taylor", "left tackle"), not "must
        // tackle Thames Water", "help tackle Long Covid", "a reckless tackle Crystal Palace
        // felt" (second readers).
        let sided = |q: &str| {
            matches!(
                q,
                "tight" | "defensive" | "running" | "offensive" | "left" | "right" | "nose"
            )
        };
        let position = match noun {
            "safety" => true,
            // A noun unless a verb's helper or a foul's word comes before it (fourth and fifth
            // readers): "drafted tackle Tyler Guyton", "the Chiefs’ tackle Jawaan Taylor", "star
            // tackle Penei Sewell", "LSU tackle Will Campbell".
            "tackle" => {
                let helper = |q: &str| {
                    matches!(
                        q,
                        "to" | "must"
                            | "will"
                            | "would"
                            | "can"
                            | "could"
                            | "should"
                            | "may"
                            | "might"
                            | "help"
                            | "helps"
                            | "helped"
                            | "finally"
                            | "better"
                            | "cannot"
                            | "not"
                            | "reckless"
                            | "late"
                            | "rash"
                            | "crunching"
                            | "sliding"
                            | "dangerous"
                            | "strong"
                            | "heavy"
                            | "we"
                            | "they"
                            | "that"
                            | "which"
                            | "who"
                            | "you"
                            | "i"
                            | "he"
                            | "she"
                            | "it"
                    )
                };
                // "help the NHS tackle Long Covid": a helper two or three words back.
                let helped = (3..=4).any(|back| {
                    m.first
                        .checked_sub(back)
                        .and_then(|k| p.word(k))
                        .is_some_and(|q| helper(&q))
                });
                !qualifier.as_deref().is_some_and(helper) && !helped
            }
            "end" | "back" => qualifier.as_deref().is_some_and(sided),
            _ => false,
        };
        if position && like_a_person(p, m) && (2..=3).contains(&words.len()) {
            return Some(Class::Person);
        }
    }
    if (2..=3).contains(&own) && evidence::after_a_portfolio(p, m) {
        return Some(Class::Person);
    }
    if let Some(class) = appositive(p, m, words.len()) {
        return Some(class);
    }
    if one_named_speaker(p, m) {
        return Some(Class::Person);
    }
    (like_a_person(p, m)
        && (speaks_of_someone(p, m)
            || of_a_body_or_country(p, m)
            || done_by_someone(p, m)
            || a_player_s_line(p, m)
            || subject_of_he_or_she(p, m)))
    .then_some(Class::Person)
}

/// Whether a name opens its sentence and "he" or "she" later in it can only be that name, no
/// other name standing between: "Meghraj Solanki, batting at No. 3, had made 19 when he was
/// caught" (#15). A body is "it"; a name that another capitalised word follows before the
/// pronoun ("Ana Lotu told Ivo Brandt he") is left to other rules, and so is one "where" he is
/// or "which" he made ("Glen Rock, where he grew up", "Corran Vale, which he founded").
fn subject_of_he_or_she(p: &Paragraph, m: &Mention) -> bool {
    let Some(t) = p.tokens.get(m.first) else {
        return false;
    };
    let s = p.sentence_of(t.start);
    let sentence = p.sentence(s);
    if t.start != sentence.start {
        return false;
    }
    for k in m.last + 1..p.tokens.len() {
        if p.tokens[k].start >= sentence.end {
            return false;
        }
        match p.word(k).as_deref() {
            // "Glen Rock, where he grew up": a place he is in; "Corran Vale, which he
            // founded": a thing he made.
            Some("he" | "she") => {
                return !matches!(
                    p.word_before(k).as_deref(),
                    Some("where" | "which" | "that")
                );
            }
            // "No. 3": a number's abbreviation is no name.
            Some("no") if p.is_mark(k + 1, &['.']) => {}
            _ if p.capitalised(k) => return false,
            _ => {}
        }
    }
    false
}

/// Whether a name is followed by a player's line: "Kevin Osei scored 18 points", "had 11
/// rebounds", "led Danbury with 18 points", "finished with 12 assists": a count of what one
/// player does in a game. A side scores points too, so a school's or a club's name ("Carrow
/// State", "Kestrel Rovers United") is left to other rules.
fn a_player_s_line(p: &Paragraph, m: &Mention) -> bool {
    // A school's or a club's side scores points too.
    let words = normalize::words(&m.text);
    let school = super::seeds::school(&words)
        || words.last().is_some_and(|w| {
            matches!(w.as_str(), "united" | "city" | "town" | "county" | "rovers")
        });
    // "Bumrah (three for 28)", "Rabada took four for 81": a bowler's wickets for the runs
    // given, a player's line no side has (a side's score puts the runs first: "96 for four").
    let figures = |k: usize| {
        super::teams::wickets_at(p, k)
            && p.word(k + 1).as_deref() == Some("for")
            && p.tokens.get(k + 2).is_some_and(|t| t.kind == Kind::Number)
            && p.text_of(k + 2).parse::<u32>().is_ok_and(|n| n > 10)
    };
    let bracketed = p.is_mark(m.last + 1, &['(']) && figures(m.last + 2);
    let took = p.word(m.last + 1).as_deref() == Some("took") && figures(m.last + 2);
    if (bracketed || took) && !school {
        return true;
    }
    let Some(verb) = p.word(m.last + 1) else {
        return false;
    };
    let mut k = m.last + 2;
    // "Jack Hale scored twice", "scored a hat-trick", "scored the winner": a player's goals.
    let scored_goals = verb == "scored"
        && p.word(k).is_some_and(|w| {
            matches!(
                w.as_str(),
                "twice" | "thrice" | "a" | "the" | "an" | "his" | "her"
            )
        });
    if scored_goals && !school {
        return true;
    }
    // "Kartik Sehgal edged Liam Otene to the keeper", "edged behind": a batter's edge off a
    // bowler; "was caught", "was bowled", "was stumped": a batter's dismissal (#15).
    let edged = verb == "edged"
        && (p.capitalised(k) || matches!(p.word(k).as_deref(), Some("behind" | "to")));
    let dismissed = verb == "was"
        && matches!(
            p.word(k).as_deref(),
            Some("caught" | "bowled" | "stumped" | "dismissed")
        );
    if (edged || dismissed) && !school {
        return true;
    }
    match verb.as_str() {
        "scored" | "had" | "grabbed" | "collected" | "made" | "hit" | "pulled" | "dished" => {}
        // "ran 19 times for 104 yards", "caught nine passes for 131 yards", "threw for 312
        // yards": a player's yards in American football (#15).
        "ran" | "rushed" | "carried" | "caught" | "threw" | "passed" | "completed" => {
            let Some(j) = (k..k + 5).find(|&j| p.word(j).as_deref() == Some("for")) else {
                return false;
            };
            let yards = p.tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Number)
                && p.word(j + 2).as_deref() == Some("yards");
            // Not "Balfour Beatty carried the new water main for 500 yards": in a paragraph of
            // American football, or a count of carries or catches before the yards ("ran 18
            // times for 89 yards", second reader).
            let counted = p.tokens.get(k).is_some_and(|t| t.kind == Kind::Number)
                || p.word(k).is_some_and(|w| number_word(&w));
            let tries = counted
                && p.word(k + 1).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "times" | "passes" | "carries" | "balls" | "catches"
                    )
                })
                && j == k + 2;
            return yards && !school && (tries || gridiron(p));
        }
        // "led Danbury with 18 points", "finished with 12 assists".
        "led" | "finished" => {
            let Some(with) = (k..k + 5).find(|&j| p.word(j).as_deref() == Some("with")) else {
                return false;
            };
            k = with + 1;
        }
        _ => return false,
    }
    let number = p.tokens.get(k).is_some_and(|t| t.kind == Kind::Number)
        || p.word(k).is_some_and(|w| number_word(&w));
    let stat = p
        .word(k + 1)
        .is_some_and(|w| super::teams::STAT_NOUNS.contains(&w.as_str()));
    // "Aaliyah Brooks scored 21 to lead Valdosta Tech": the count, then whom it led.
    let to_lead =
        p.word(k + 1).as_deref() == Some("to") && p.word(k + 2).as_deref() == Some("lead");
    !school && number && (stat || (verb == "scored" && to_lead))
}

/// Whether a word is a small number written out ("nine", "twelve").
fn number_word(word: &str) -> bool {
    (0..=20).any(|n| crate::check::words::small_number_word(n, false) == Some(word))
}

/// Whether a name comes after "by" and a participle of work only people do: "trained at Matamata
/// by Tom Ruakere", "ridden by Jye Harland", "written by Ana Lotu" (a body "owned by" or
/// "operated by" is as likely).
fn done_by_someone(p: &Paragraph, m: &Mention) -> bool {
    done_by_someone_at(p, m.first)
}

/// `done_by_someone` for a name that starts at token `first`.
pub(super) fn done_by_someone_at(p: &Paragraph, first: usize) -> bool {
    if p.word_before(first).as_deref() != Some("by") || first >= p.tokens.len() {
        return false;
    }
    // The participle right before "by", or before a place it was done at ("trained at Matamata
    // in New Zealand by").
    let sentence = p.sentence(p.sentence_of(p.tokens[first].start));
    (0..first.saturating_sub(1))
        .rev()
        .take(8)
        .take_while(|&k| p.tokens[k].start >= sentence.start)
        .filter_map(|k| p.word(k))
        .any(|w| {
            matches!(
                w.as_str(),
                "trained"
                    | "coached"
                    | "ridden"
                    | "driven"
                    | "written"
                    | "directed"
                    | "painted"
                    | "composed"
                    | "photographed"
                    | "interviewed"
                    | "illustrated"
                    | "edited"
                    | "translated"
                    | "refereed"
                    | "umpired"
                    | "captained"
                    | "skippered"
                    | "piloted"
                    | "sculpted"
                    | "choreographed"
                    | "narrated"
                    | "sung"
            )
        })
}

/// Whether a name written like a person's is followed by "of" and a body's or a country's name:
/// "Daisuke Onodera of Mizuho Securities", "Lidia Serafimova of Bulgaria", "Sipho Mabandla of the
/// Ikhwezi Civic Movement": someone and where they work or come from. Not a geography's name
/// ("Permian Basin of Texas") nor a role's ("Managing Director of Halden Capital").
fn of_a_body_or_country(p: &Paragraph, m: &Mention) -> bool {
    if p.word(m.last + 1).as_deref() != Some("of") {
        return false;
    }
    let mut j = m.last + 2;
    if p.word(j).as_deref() == Some("the") {
        j += 1;
    }
    let end = (j..).find(|&k| !p.capitalised(k)).unwrap_or(j);
    if end == j {
        return false;
    }
    let after = (j..end).map(|k| p.text_of(k)).collect::<Vec<_>>().join(" ");
    let words = normalize::words(&m.text);
    let named = words.iter().any(|w| {
        GEOGRAPHY.contains(&w.as_str())
            || lexicon::names_someone(w)
            || PERSON_TITLES.contains(&w.as_str())
    });
    !named && (lexicon::known_place(&after) || has_keyword(&after))
}

/// Nouns of geography that a name "of" a place may end with and no one's name holds.
const GEOGRAPHY: &[&str] = &[
    "basin", "republic", "kingdom", "duchy", "state", "states", "plain", "plains", "delta", "reef",
    "range", "field", "fields", "estate", "shelf", "isle", "isles",
];

/// Whether a name of one word both speaks and is said to be someone in the same place: "said
/// Darmo, who heads the office", "said Darmo, head of the port": many go by one name, and the
/// two together say it is theirs (speech alone may be a body's: "said Reuters"). Not "said
/// Brightwater, who has worked there since 1994": British copy writes "who" for bodies too, and
/// what a body "has" or "had" done says nothing of a person.
fn one_named_speaker(p: &Paragraph, m: &Mention) -> bool {
    let word = |k: usize| p.word(k);
    let one = m.first == m.last
        && !lexicon::is_initialism(&m.text)
        && !has_keyword(&m.text)
        && !lexicon::known_place(&m.text)
        && !lexicon::nationality(&m.text);
    let speaks = p
        .word_before(m.first)
        .is_some_and(|w| lexicon::speaker_before(&w))
        || word(m.last + 1).is_some_and(|w| SPEECH_VERBS.contains(&w.as_str()));
    let who = p.is_mark(m.last + 1, &[','])
        && word(m.last + 2).as_deref() == Some("who")
        && !matches!(
            word(m.last + 3).as_deref(),
            Some("are" | "were" | "have" | "has" | "had")
        );
    one && speaks && (who || appositive(p, m, 2) == Some(Class::Person))
}

/// Whether the words around a mention speak of someone: "Tom Brennan, who", "said Tom Brennan",
/// "Jane Doe said", "Jane Doe, 45,"; not "told BBC Sport", "the so-called Ring of Fire" (the
/// listener, a name).
pub(super) fn speaks_of_someone(p: &Paragraph, m: &Mention) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| p.word(k));
    let before = p.word_before(m.first);
    let after = word(Some(m.last + 1));
    let who = who_or_aged(p, m);
    // "the union's organiser, Jane Doe, said": between commas, before the verb.
    let between = p.is_mark(m.first.wrapping_sub(1), &[','])
        && p.is_mark(m.last + 1, &[','])
        && word(Some(m.last + 2)).is_some_and(|w| lexicon::speaker_before(&w));
    // "Marco Santini at UBS said": someone at the body they work for, before the verb.
    let at_a_body = after.as_deref() == Some("at") && {
        let mut k = m.last + 2;
        if word(Some(k)).as_deref() == Some("the") {
            k += 1;
        }
        let first = k;
        while k < first + 4 && p.capitalised(k) {
            k += 1;
        }
        // The body is a bank's or a firm's by its own words: initials, a company the news
        // names, or a body's last word ("at UBS", "at Nomura Securities"); not a place, which
        // many bodies speak from ("Aer Lingus at Dublin Airport said", "Virgin Atlantic at
        // Gatwick said"); and the name before it no side's ("Manchester United at ...").
        let body = k > first && {
            let name = &p.text[p.tokens[first].start..p.tokens[k - 1].end];
            let last = p.word(k - 1).unwrap_or_default();
            (lexicon::is_initialism(name)
                || lexicon::known_company(name)
                || lexicon::ORGANISATION_WORDS.contains(&last.as_str()))
                && !lexicon::known_place(name)
                && !lexicon::known_city(name)
                && !lexicon::PLACE_WORDS.contains(&last.as_str())
        };
        let side = m.text.split_whitespace().last().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "united" | "city" | "town" | "rovers" | "athletic" | "wanderers" | "fc" | "county"
            )
        });
        body && !side
            && word(Some(k)).is_some_and(|w| SPEECH_VERBS.contains(&w.as_str()))
            && !has_keyword(&m.text)
    };
    let speaks = before.as_deref().is_some_and(lexicon::speaker_before)
        || after.as_deref().is_some_and(|w| SPEECH_VERBS.contains(&w))
        || between
        || at_a_body;
    // "Jane Doe was born": only someone is born.
    let born = matches!(after.as_deref(), Some("was" | "is"))
        && word(Some(m.last + 2)).as_deref() == Some("born");
    // "Dube, a 41-year-old nurse,": a noun for someone after the comma.
    let described = appositive(p, m, 2) == Some(Class::Person);
    // "Tyler Brookes of Flagstaff, Arizona,": someone from a town and its state (#15).
    let from_a_town = like_a_person(p, m) && of_a_town(p, m);
    who || speaks
        || born
        || described
        || from_a_town
        || evidence::life_years(p, m)
        || evidence::a_national(p, m)
}

/// Whether "of", a town of one to three capitalised words, a comma and a known place or state
/// follow a mention: "of Flagstaff, Arizona", "of Dayton, Ohio".
fn of_a_town(p: &Paragraph, m: &Mention) -> bool {
    if p.word(m.last + 1).as_deref() != Some("of") || !p.capitalised(m.last + 2) {
        return false;
    }
    let mut last = m.last + 2;
    while last < m.last + 4 && p.capitalised(last + 1) {
        last += 1;
    }
    p.is_mark(last + 1, &[','])
        && p.capitalised(last + 2)
        && p.tokens.get(last + 2).is_some_and(|t| {
            let region = t.text(p.text);
            lexicon::known_place(region) || lexicon::state(region).is_some()
        })
}

/// Whether "who" (with a verb for one) or an age between commas follows a mention: "Ralph
/// Lauren, who founded", "Jane Doe, 45,", "Doe, aged 66,"; not "Vale Rovers, who are third".
pub(super) fn who_or_aged(p: &Paragraph, m: &Mention) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| p.word(k));
    let after = word(Some(m.last + 1));
    // "Jane Doe, 45,", "Doe, now 66,", "Doe, aged 66,".
    let skip = usize::from(matches!(
        word(Some(m.last + 2)).as_deref(),
        Some("now" | "aged")
    ));
    let aged = p.is_mark(m.last + 1, &[','])
        && p.tokens
            .get(m.last + 2 + skip)
            .is_some_and(|t| t.kind == Kind::Number)
        && p.is_mark(m.last + 3 + skip, &[',']);
    // "Mary Keane (81), from Castletroy,": an age in brackets, as Irish and British papers
    // write it; not a year ("Harlow Foods (2019)") nor a record ("Quintero (6-3)").
    let aged_in_brackets = p.is_mark(m.last + 1, &['('])
        && p.tokens.get(m.last + 2).is_some_and(|t| {
            t.kind == Kind::Number
                && p.text_of(m.last + 2)
                    .parse::<u32>()
                    .is_ok_and(|age| (1..=115).contains(&age))
        })
        && p.is_mark(m.last + 3, &[')'])
        // "a hospital in Cork (88)": a count after a place, the place's, is no one's age (#15).
        && !matches!(
            p.word_before(m.first).as_deref(),
            Some("in" | "at" | "near" | "across" | "throughout")
        )
        // "followed by Cork (98)", "Dublin (412), Cork (98)": a known place's count, unless a
        // noun for someone comes before it ("their mother Sydney (34)").
        && !((lexicon::known_place(&m.text) || lexicon::known_city(&m.text))
            && !p
                .word_before(m.first)
                .is_some_and(|w| lexicon::names_someone(&w)));
    // "Vale Rovers, who are third": "who" with a plural verb speaks of a side or a band, not of
    // someone named.
    let who_at = if p.is_mark(m.last + 1, &[',']) {
        m.last + 2
    } else {
        m.last + 1
    };
    let plural = matches!(
        word(Some(who_at + 1)).as_deref(),
        Some("are" | "were" | "have")
    );
    aged || aged_in_brackets
        || (after.as_deref() == Some("who") && !plural)
        || (p.is_mark(m.last + 1, &[','])
            && matches!(word(Some(m.last + 2)).as_deref(), Some("who" | "whose"))
            && !plural)
}

/// Whether a mention is written like a person's name: two or three words, none that names a
/// place or an organisation, no "of", "the" or "and", no initials such as "NHS"; not "the White
/// House".
/// Whether a name of one word is paired by "and" with a company the news names in passing:
/// "an alternative to Apple and Samsung", "Samsung and Apple will respond" (#15): firms named
/// together are firms, whatever a preposition before the pair says. Not a known place ("Texas
/// and Samsung").
fn paired_with_a_company(p: &Paragraph, m: &Mention) -> bool {
    let one = |k: usize| {
        p.capitalised(k)
            && !p.capitalised(k + 1)
            && (k == 0 || !p.capitalised(k - 1))
            && lexicon::known_company(p.text_of(k))
    };
    // After a word that compares ("an alternative to Apple and Samsung", "pills from Bayer and
    // AstraZeneca"); not a subject or an object of someone's doing ("accuses Altman and
    // Microsoft", "between Magdeburg and Intel", "against Altman", "talks with Magdeburg"; fifth
    // and sixth readers).
    let compared = m.first >= 1
        && matches!(
            p.word(m.first - 1).as_deref(),
            Some("to" | "from" | "than" | "like" | "versus" | "over")
        );
    // Not the second of a pair after a company: "Tesla and Musk each agreed to pay", "Intel and
    // Magdeburg signed" (seventh reader; "Microsoft and Anthropic" is lost).
    m.first == m.last
        && compared
        && !lexicon::known_place(&m.text)
        && !lexicon::known_city(&m.text)
        && p.word(m.last + 1).as_deref() == Some("and")
        && one(m.last + 2)
}

/// Whether, in a paragraph of a race (a swimmer's or a runner's), a country's possessive comes
/// before a name of two words, neither a body's nor a place's, with a race's words around it:
/// "ahead of South Africa’s Nandi Mokoena", "China’s Tang Yuxin was third in 29.83" (#15), a
/// competitor from that country; not "Britain’s Royal Mail", nor a firm or a club ranked
/// ("behind Japan’s Tokyo Electron", "beat Germany’s Bayern Munich 2-1", second reader).
fn competitor_of_a_country(p: &Paragraph, m: &Mention, words: &[String]) -> bool {
    if words.len() != 2
        || words.iter().any(|w| {
            lexicon::ORGANISATION_WORDS.contains(&w.as_str())
                || lexicon::PLACE_WORDS.contains(&w.as_str())
        })
        // "Bayern Munich", "Inter Milan": a club named for its city; not "Georgia Bell",
        // "Mollie Sydney", whose first word is a given name (third reader).
        || (m.text
            .split_whitespace()
            .any(|w| lexicon::known_place(w) || lexicon::known_city(w))
            && !m
                .text
                .split_whitespace()
                .next()
                .is_some_and(lexicon::given_name))
        || lexicon::known_company(&m.text)
    {
        return false;
    }
    // Where the country's name starts, the possessive's token just before the name; the
    // longest name first ("South Africa’s", not "Africa’s").
    let country = (1..=3).rev().filter(|&n| n <= m.first).find(|&n| {
        let written = (m.first - n..m.first)
            .map(|k| p.text_of(k))
            .collect::<Vec<_>>()
            .join(" ");
        written
            .strip_suffix("’s")
            .or_else(|| written.strip_suffix("'s"))
            // "Netherlands’ Femke Bol": a plural name's possessive (second reader).
            .or_else(|| written.strip_suffix('’'))
            .or_else(|| written.strip_suffix('\''))
            .is_some_and(lexicon::country)
    });
    // The paragraph's words are read only for a name after a country's possessive.
    let Some(n) = country else {
        return false;
    };
    // A motor race's teams are named for their countries too: "Britain’s Aston Martin was third
    // in 1:31.204 in qualifying" (third reader).
    if !super::teams::race_paragraph(p)
        || p.speaks_of(&["qualifying", "lap", "pole", "grid", "constructor"])
    {
        return false;
    }
    // The race's words around it: "ahead of", "behind" or "beat" before the country; "was
    // third in 29.83", "won in 10.91", "took bronze" after the name.
    let start = m.first - n;
    let before = p.word_before(start);
    let raced_past = before.as_deref().is_some_and(|w| {
        matches!(
            w,
            "behind" | "beat" | "beating" | "edged" | "edging" | "pipped" | "pipping"
        )
    }) || (before.as_deref() == Some("of")
        && start >= 2
        && p.word(start - 2).as_deref() == Some("ahead"));
    raced_past || placed_after(p, m.last + 1)
}

/// Whether a place in a race or a medal follows token `k`, an auxiliary passed over: "was third
/// in 29.83", "finished second in", "won in 10.91", "took bronze".
fn placed_after(p: &Paragraph, k: usize) -> bool {
    let k = if matches!(p.word(k).as_deref(), Some("had" | "has" | "then")) {
        k + 1
    } else {
        k
    };
    let ordinal = |w: &str| {
        matches!(
            w,
            "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth"
        )
    };
    // A race's time, not a year ("was second in 2023", second reader): "29.83", "2:01.49".
    let number = |j: usize| {
        p.tokens.get(j).is_some_and(|t| t.kind == Kind::Number) && p.text_of(j).contains(['.', ':'])
    };
    match p.word(k).as_deref() {
        Some("was" | "finished" | "came" | "placed") => {
            p.word(k + 1).is_some_and(|w| ordinal(&w))
                && p.word(k + 2).as_deref() == Some("in")
                && number(k + 3)
        }
        Some("won" | "took" | "claimed") => {
            (p.word(k + 1).as_deref() == Some("in") && number(k + 2))
                || p.word(k + 1)
                    .is_some_and(|w| matches!(w.as_str(), "gold" | "silver" | "bronze"))
        }
        _ => false,
    }
}

pub(super) fn like_a_person(p: &Paragraph, m: &Mention) -> bool {
    let words = normalize::words(&m.text);
    let before = p.word_before(m.first);
    // "the brokerage Pellow Gray": a name after "the" and a noun is what that noun says; a noun
    // that names no one ("brokerage", "studio") leaves it unknown.
    let named_by_a_noun = m.first >= 2
        && p.tokens[m.first - 1].kind == Kind::Word
        && p.text_of(m.first - 1).starts_with(char::is_lowercase)
        && matches!(p.word(m.first - 2).as_deref(), Some("the" | "a" | "an"))
        && before.as_deref().is_some_and(|w| {
            !PERSON_NOUNS.contains(&w)
                && !PERSON_TITLES.contains(&w)
                && !lexicon::MAKERS.contains(&w)
                && !w.ends_with("er")
        });
    // "Marieke van der Veen": particles written in lower case after a given name are no words of
    // their own ("Real Sociedad de Futbol", two words before them, keeps its four).
    let particles = if m
        .text
        .split_whitespace()
        .nth(1)
        .is_some_and(names::lower_case_particle)
    {
        m.text
            .split_whitespace()
            .filter(|w| names::lower_case_particle(w))
            .count()
    } else {
        0
    };
    // "Nguyen Thi Thu Ha": a Vietnamese name may have four words.
    let most = if lexicon::vietnamese_name(&m.text) {
        4
    } else {
        3
    };
    !named_by_a_noun
        && (2..=most).contains(&(words.len() - particles.min(words.len())))
        && !has_keyword(&m.text)
        && !lexicon::known_place(&m.text)
        && !national_body(&m.text)
        && before.as_deref() != Some("the")
        && !words.first().is_some_and(|w| lexicon::nationality(w))
        // "Southern California Edison", "Western Union": a direction opens no one's name (#15);
        // a place's word may ("Park Ji-won").
        && !words.first().is_some_and(|w| DIRECTIONS.contains(&w.as_str()))
        // "Santa Paula", "San Marcos", "St Helens": a saint's word opens a place's name, or a
        // saint's, no one's of today (#15).
        && !words.first().is_some_and(|w| {
            lexicon::saint_s_town_word(w) || matches!(w.as_str(), "saint" | "sainte" | "st" | "ste")
        })
        && !words
            .iter()
            .any(|w| matches!(w.as_str(), "of" | "the" | "for" | "and"))
        && !m.text.split_whitespace().any(lexicon::is_initialism)
}

/// Whether a name ends with a country's after a word of its own: "Statistics Canada", "Sport
/// England", a national body named for what it does; no one's name ends with a country's.
fn national_body(text: &str) -> bool {
    text.rsplit_once(' ')
        .is_some_and(|(_, last)| lexicon::COUNTRIES.contains(&last))
}

/// What a noun phrase after a comma says the mention is: "Meridian, a construction company",
/// "Tom Brennan, a diner owner", "Lisa Osborne, head of fraud at the SFO".
fn appositive(p: &Paragraph, m: &Mention, words: usize) -> Option<Class> {
    // "Tomás Quintero (6-3), a rookie": a short aside in brackets stands between.
    let comma = after_brackets(p, m.last + 1);
    if !p.is_mark(comma, &[',']) {
        return None;
    }
    let article = matches!(p.word(comma + 1).as_deref(), Some("a" | "an" | "the"));
    // With an article, the noun may come after a few words; without one, it comes first.
    let nouns = if article {
        // "a 41-year-old nurse": a number and the words glued to it describe; the noun follows.
        let mut start = comma + 2;
        if p.tokens.get(start).is_some_and(|t| t.kind == Kind::Number) {
            start += 1;
            while p.tokens.get(start).is_some_and(|t| t.glued) {
                start += 1;
            }
        }
        // "the union’s regional organiser": a possessive's mark and its "s" are no words.
        let possessive = (start..start + 4).any(|k| p.is_mark(k, &['’', '\'']));
        start..start + if possessive { 6 } else { 4 }
    } else {
        // "Ana Lotu, deputy president of", "Ana Lotu, Hallam’s chief quality officer,": with no
        // article, the noun for someone may come after a few words in lower case, or after a
        // body's name and its possessive; it is read up to the first word of another kind.
        if (2..=3).contains(&words) && head_names_someone(p, comma + 1) {
            return Some(Class::Person);
        }
        // "Volkner, Germany’s third-largest carmaker,": after an owner's name and its ’s, the
        // noun comes after a few words.
        // "Marguerite Delacorte-Hsu, Garland & Hale’s chairman": the owner's name may run on
        // through "&" and capitalised words (#15).
        let mut end = comma + 1;
        while end < comma + 5
            && (p.is_mark(end + 1, &['&']) || p.capitalised(end + 1))
            && !super::holds_its_owner_s(p.text_of(end))
            && !p.is_mark(end + 1, &['’', '\''])
        {
            end += 1;
        }
        let owner = p.capitalised(comma + 1)
            && p.capitalised(end)
            && (super::holds_its_owner_s(p.text_of(end)) || p.is_mark(end + 1, &['’', '\'']));
        if owner {
            end + 1..end + 7
        } else {
            comma + 1..comma + 2
        }
    };
    for k in nouns {
        // "the Comets’ starter": a possessive's mark is passed over, and so is a hyphen inside
        // a word ("third-largest").
        if p.is_mark(k, &['’', '\'']) || (p.is_mark(k, &['-']) && p.is_glued(k)) {
            continue;
        }
        let Some(noun) = p.word(k) else { break };
        // "a forecaster at the agency", "a volunteer with the charity": the noun of the
        // appositive comes before "at", "with" or "for"; what follows is where the named works.
        if matches!(noun.as_str(), "at" | "with" | "for") {
            break;
        }
        // "Norrland Pensions, a Swedish state pension fund,", "Halden Rowe, a bank based in
        // Leeds": a noun for an organisation (a fund too) says what the name is when it ends
        // its phrase; before another noun it only describes ("a hedge fund veteran", "a bank
        // manager", "the club captain").
        let body = ORGANISATION_NOUNS.contains(&noun.as_str()) || noun == "fund";
        if body && evidence::ends_its_phrase(p, k) {
            return Some(Class::Organisation);
        }
        if lexicon::names_someone(&noun) && (2..=3).contains(&words) {
            return Some(Class::Person);
        }
        // "the 27-year-old Dane,", "a Slovenian who": a people's word as the noun that ends
        // the phrase is someone of that people; before a noun it only describes ("a Danish
        // firm", "a Slovenian carmaker").
        let of_a_people = lexicon::nationality(&noun)
            || matches!(
                noun.as_str(),
                "dane" | "swede" | "finn" | "pole" | "turk" | "scot" | "brit" | "kiwi" | "aussie"
            );
        if of_a_people
            && (2..=3).contains(&words)
            && p.capitalised(k)
            && evidence::ends_its_phrase(p, k)
        {
            return Some(Class::Person);
        }
    }
    None
}

/// Whether the words from token `start`, with no article, are a noun phrase for someone: up to
/// three words in lower case, the first of them perhaps a name with a possessive ("Hallam’s"),
/// one of which names someone ("deputy president", "chief quality officer"); read no further
/// than a word that starts a clause or a phrase of its own ("where", "of", "said").
fn head_names_someone(p: &Paragraph, start: usize) -> bool {
    let mut k = start;
    // "Hallam’s chief quality officer": a name and its possessive before the noun.
    if p.capitalised(k) && p.is_mark(k + 1, &['’', '\'']) && p.word(k + 2).as_deref() == Some("s")
    {
        k += 3;
    } else if p.capitalised(k) && super::holds_its_owner_s(p.text_of(k)) {
        // "Suðurorka’s": a token that holds its possessive.
        k += 1;
    }
    for _ in 0..3 {
        let Some(word) = p.word(k) else {
            return false;
        };
        if p.capitalised(k) || NOT_IN_A_ROLE.contains(&word.as_str()) {
            return false;
        }
        if lexicon::names_someone(&word) {
            return true;
        }
        k += 1;
    }
    false
}

/// Words that end a noun phrase for someone or start something else: "Paris, where officials".
const NOT_IN_A_ROLE: &[&str] = &[
    "who", "which", "where", "when", "whose", "while", "and", "or", "but", "said", "says", "the",
    "a", "an", "of", "at", "in", "on", "for", "with", "from", "to", "by", "as", "its", "their",
    "his", "her", "is", "was", "are", "were", "has", "had", "have", "will", "would",
];

/// Whether a mention is the other side of a fixture: "at home to Brentford", "away to
/// Brentford", or after a score's result and "at" ("a 2-1 defeat at Saltcombe", "a 3-1 win at
/// Wolverhampton Wanderers") or a scored loss and "to" ("an 81-52 loss to Kansas"): a side,
/// where a bare "at" or "to" would say a place (#15).
fn fixture(p: &Paragraph, m: &Mention) -> bool {
    let word = |back: usize| m.first.checked_sub(back).and_then(|k| p.word(k));
    let home_or_away = word(1).as_deref() == Some("to")
        && (word(2).as_deref() == Some("away")
            || (word(2).as_deref() == Some("home") && word(3).as_deref() == Some("at")));
    // "an 81-52 loss to Kansas", "a 3-1 defeat to Saltcombe": whom a scored loss was to (#15).
    let lost_to = word(1).as_deref() == Some("to")
        && matches!(
            word(2).as_deref(),
            Some("loss" | "defeat" | "losses" | "defeats")
        );
    let result = (word(1).as_deref() == Some("at") || lost_to)
        && word(2).as_deref().is_some_and(|w| {
            matches!(
                w,
                "win"
                    | "defeat"
                    | "draw"
                    | "victory"
                    | "loss"
                    | "wins"
                    | "defeats"
                    | "draws"
                    | "losses"
            )
        })
        && m.first
            .checked_sub(3)
            .and_then(|k| p.tokens.get(k))
            .is_some_and(|t| t.kind == Kind::Number);
    (home_or_away || result)
        && !lexicon::PLACE_WORDS
            .iter()
            .any(|w| normalize::words(&m.text).last().is_some_and(|l| l == w))
}

/// Whether a mention is followed by a comma and one capitalised word, then a mark: "Marlcombe,
/// Somerset," — a place and the larger place it is in.
pub(super) fn place_pair(p: &Paragraph, m: &Mention) -> bool {
    p.is_mark(m.last + 1, &[','])
        && p.tokens
            .get(m.last + 2)
            .is_some_and(|t| t.kind == Kind::Word && t.text(p.text).starts_with(char::is_uppercase))
        && p.tokens
            .get(m.last + 3)
            .is_none_or(|t| t.kind == Kind::Mark)
}

/// The token after a short aside in brackets starting at `k` ("(6-3)"), or `k` when there is none.
fn after_brackets(p: &Paragraph, k: usize) -> usize {
    if !p.is_mark(k, &['(']) {
        return k;
    }
    (k + 1..k + 8)
        .find(|&j| p.is_mark(j, &[')']))
        .map_or(k, |j| j + 1)
}

/// Whether a mention is "the Moon", or "Mars", "Venus", "Jupiter" or "Saturn" after a word of
/// going or being there ("to Mars", "on Mars", "orbit Mars"), a name of its own.
fn heavenly_body(p: &Paragraph, m: &Mention) -> bool {
    let before = p.word_before(m.first);
    let alone = m.first == m.last && !p.capitalised(m.last + 1);
    let article = before.as_deref() == Some("the")
        && m.first >= 1
        && p.text_of(m.first - 1).starts_with(char::is_lowercase);
    match m.text.as_str() {
        "Moon" => alone && article,
        "Mars" | "Venus" | "Jupiter" | "Saturn" => {
            alone
                && before.as_deref().is_some_and(|w| {
                    matches!(
                        w,
                        "to" | "on" | "orbit" | "orbiting" | "around" | "reach" | "reached"
                    )
                })
        }
        _ => false,
    }
}

/// Lower-case nouns for a unit of a country or a river that, after a name, say the name is
/// that place's: "the Günzburg district", "the Paar river", "in Uttarkashi district", "off
/// Selayar island", "Chile’s Atacama region", "the Reykjanes peninsula". "The Kanto region" is
/// as often the region's whole name: a blank before "region" asks for the same place.
const UNITS_AFTER_A_NAME: &[&str] = &[
    "region",
    "peninsula",
    "district",
    "river",
    "island",
    "province",
    "prefecture",
    "canton",
    "county",
    "municipality",
    "state",
    // A French region's parts: "the Gironde département" (#15). Not "vineyard" nor "grand cru":
    // "the Smith vineyard", "Château Latour grand cru" (fifth reader).
    "département",
];

/// Whether a mention names a place by the noun for its kind after it ("Police in the Günzburg
/// district found", "a dam on the Paar river could give way", "in Uttarkashi district,"): after
/// "the", a place's preposition or an owner's "’s", and before a mark, the sentence's end, or a
/// word that starts what follows (a verb, a preposition). Not "the Texas state legislature" nor
/// "the Sylhet district administration": a noun after it is what is named (#15).
pub(super) fn names_a_unit(p: &Paragraph, m: &Mention) -> bool {
    let noun = m.last + 1;
    let unit = p
        .tokens
        .get(noun)
        .is_some_and(|t| t.kind == Kind::Word && !p.is_glued(noun))
        && p.text_of(noun).starts_with(char::is_lowercase)
        && p.word(noun)
            .is_some_and(|w| UNITS_AFTER_A_NAME.contains(&w.as_str()));
    // "the Canadian province of Alberta": a people's word describes.
    if !unit
        || m.titled
        || normalize::words(&m.text).len() > 2
        || lexicon::is_demonym(&m.text)
        || lexicon::nationality(&m.text)
    {
        return false;
    }
    let before = p.word_before(m.first);
    // An owner's "’s" stays inside its word's token ("Zambia’s Copperbelt province").
    let owned = m
        .first
        .checked_sub(1)
        .is_some_and(|k| super::holds_its_owner_s(p.text_of(k)));
    // "Türkiye’s eastern Elazığ province": a bearing in lower case may come between.
    let bearing = |w: &str| w == "central" || lexicon::compass_point(w.trim_end_matches("ern"));
    let opened = owned
        || before.as_deref().is_some_and(|w| {
            w == "the"
                || PLACE_PREPOSITIONS.contains(&w)
                || matches!(w, "on" | "of" | "off")
                || (bearing(w) && p.text_of(m.first - 1).starts_with(char::is_lowercase))
        });
    let ends = match p.tokens.get(noun + 1) {
        None => true,
        Some(t) if t.kind == Kind::Mark => true,
        Some(t) if t.kind == Kind::Number => false,
        // "Elazığ province early Saturday": a word of when starts what follows too.
        Some(_) => p.word(noun + 1).is_some_and(|w| {
            crate::draft::value::is_function_word(&w)
                || crate::draft::value::past_form(&w)
                || matches!(
                    w.as_str(),
                    "early"
                        | "late"
                        | "earlier"
                        | "later"
                        | "overnight"
                        | "today"
                        | "yesterday"
                        | "tonight"
                        | "last"
                        | "this"
                        | "next"
                )
        }),
    };
    opened && ends
}

/// Whether a name describes the noun after it ("Charlotte reliever", "Sylhet police", "the
/// first Portland player", "Dunmore station") or, one word, stands before a record in brackets ("Charlotte
/// (71-58) has lost"): a city's name so used may stand for its team, so the words around it do not say
/// what it names, and a place read from them would be a guess.
pub(super) fn attributive(p: &Paragraph, m: &Mention) -> bool {
    if names_a_unit(p, m) {
        return false;
    }
    // "the clinic in Ballina (47)": after a place's preposition, a count in brackets is the
    // place's (#15).
    let in_a_place = matches!(
        p.word_before(m.first).as_deref(),
        Some("in" | "at" | "near")
    );
    if m.first == m.last
        && p.is_mark(m.last + 1, &['('])
        && p.tokens
            .get(m.last + 2)
            .is_some_and(|t| t.kind == Kind::Number)
        && !in_a_place
    {
        return true;
    }
    let Some(next) = p.tokens.get(m.last + 1) else {
        return false;
    };
    let written = next.text(p.text);
    if next.kind != Kind::Word || !written.starts_with(char::is_lowercase) {
        return false;
    }
    let noun = written.strip_suffix('s').unwrap_or(written);
    // "Germany floods", "the Japan earthquake": a known country or state before an event's
    // noun is where it struck (#15); "the Harwick Ridge fire" is the event's name.
    if lexicon::EVENT_NOUNS.contains(&noun) && lexicon::known_place(&m.text) {
        return false;
    }
    // "Dunmallow station", "the Carlow road": a facility named after the place is more than it.
    // "the Dhanbad division", "the zone’s Dhanbad division": a railway's, an army's or a
    // company's unit named after its seat is more than the town; a country's division is
    // written without "the" ("in Khulna division").
    let owned_or_the = m.first.checked_sub(1).is_some_and(|k| {
        p.word(k).as_deref() == Some("the") || super::holds_its_owner_s(p.text_of(k))
    });
    (noun == "division" && owned_or_the)
        || [
            PERSON_NOUNS,
            PLACE_NOUNS,
            lexicon::EVENT_NOUNS,
            lexicon::PLACE_WORDS,
        ]
        .iter()
        .any(|list| list.contains(&written) || list.contains(&noun))
}

/// Whether a mention stands between "a"/"an" and a word in lower case: "an RBI single", "a GOP
/// senator": it describes the thing after it.
pub(super) fn described(p: &Paragraph, m: &Mention) -> bool {
    let article = p
        .word_before(m.first)
        .is_some_and(|w| matches!(w.as_str(), "a" | "an"));
    article
        && p.tokens
            .get(m.last + 1)
            .is_some_and(|t| t.kind == Kind::Word && t.text(p.text).starts_with(char::is_lowercase))
}

/// Whether a word before the mention says it is where something is: "in Denton", "at Denton",
/// "near Denton" (not "from" or "to", which take people and teams as well).
pub(super) fn located(p: &Paragraph, m: &Mention) -> bool {
    // "in the Pilbara,": a region written with "the", when no noun follows it ("in the
    // Meridian deal" is about the deal).
    let the = m.first >= 2
        && p.word(m.first - 1).as_deref() == Some("the")
        && p.tokens
            .get(m.last + 1)
            .is_none_or(|t| t.kind == Kind::Mark);
    let before = if the { m.first - 1 } else { m.first };
    !evidence::holding_in(p, m)
        && p.word_before(before).is_some_and(|w| {
            matches!(
                w.as_str(),
                "in" | "at" | "near" | "outside" | "inside" | "across" | "throughout" | "around"
            ) || (w == "of"
                && before >= 2
                && p.word(before - 2).as_deref().is_some_and(|d| {
                    // "north of Tarrow", "southwest of Pelling": a point of the compass from a
                    // place.
                    d == "out" || lexicon::compass_point(d)
                }))
        })
}

/// Whether a word in lower case that reports no speech follows the mention: "NHS patients".
pub(super) fn before_lower_case(p: &Paragraph, m: &Mention) -> bool {
    p.tokens.get(m.last + 1).is_some_and(|t| {
        let written = t.text(p.text);
        t.kind == Kind::Word
            && written.starts_with(char::is_lowercase)
            && !SPEECH_VERBS.contains(&written)
    })
}

/// Whether the words around a mention use it as a company, which no person is: "X shareholders", "X
/// shares", "shares of X", "shares in X", "X stock". ("X said it would" is not taken: "Smith said
/// it would rain" is as common.)
pub(super) fn used_as_a_company(p: &Paragraph, m: &Mention) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| p.word(k));
    // After a possessive's mark: "X’s shareholders".
    let mut next = m.last + 1;
    if p.is_mark(next, &['’', '\'']) && p.word(next + 1).as_deref() == Some("s") {
        next += 2;
    }
    let after = word(Some(next));
    let holders = after.as_deref().is_some_and(|w| {
        matches!(
            w,
            "shareholders" | "stockholders" | "shares" | "stock" | "bondholders"
        )
    });
    let before = p.word_before(m.first);
    let before2 = word(m.first.checked_sub(2));
    let shares_of = before.as_deref() == Some("of")
        && matches!(before2.as_deref(), Some("shares" | "stock" | "stake"));
    // "Shares in Volkner fell", "investors in Volkner" (#15); not a word that describes a
    // noun after it ("a stake in Portuguese top-flight side FC Alvarães").
    // Not a known place: "shares in Tokyo" is its market.
    let held_in = evidence::holding_in(p, m)
        && !lexicon::known_place(&m.text)
        && !lexicon::known_city(&m.text)
        && !lexicon::nationality(&m.text)
        && !lexicon::is_demonym(&m.text)
        && !attributive(p, m);
    holders || shares_of || held_in
}

/// Whether the word before a mention puts something inside it or by it ("in Denton", "near
/// Denton", a boat "out of Denton"), which an organisation's building ("at") or its people ("to")
/// do not say.
pub(super) fn within(p: &Paragraph, m: &Mention) -> bool {
    !evidence::holding_in(p, m)
        && p.word_before(m.first).is_some_and(|w| {
            matches!(
                w.as_str(),
                "in" | "near" | "outside" | "inside" | "throughout" | "across" | "around"
            ) || (w == "of" && m.first >= 2 && p.word(m.first - 2).as_deref() == Some("out"))
        })
}

/// Whether the name is the club a player moved from: "since joining from Brentford", "signed
/// from Genk", "signed him from Braga", "on loan from Porto" (twenty-seventh session), in a
/// paragraph of football's words; not a country (no national side sells), a people's word
/// ("joining from Danish club Fjordby") or "a teacher who joined from Manchester".
pub(super) fn transferred_from(p: &Paragraph, m: &Mention) -> bool {
    let before = p.word_before(m.first);
    // "signed him from Braga": the player between a club's verb and "from" (#15); not "his
    // wife joined him from Lisbon".
    let player = m
        .first
        .checked_sub(2)
        .and_then(|k| p.word(k))
        .is_some_and(|w| matches!(w.as_str(), "him" | "her" | "them"));
    let verb_at = m.first.checked_sub(2 + usize::from(player));
    let verb = verb_at.and_then(|k| p.word(k));
    // "on loan from Porto", "on a season-long loan from Chelsea" (second reader); not "a £2m
    // loan from Kevin Smith" nor "survived on a bridging loan from Beijing".
    let on_loan = verb_at.is_some_and(|at| {
        (at.saturating_sub(6)..at)
            .rev()
            .find(|&k| p.word(k).as_deref() == Some("on"))
            .is_some_and(|on| {
                // Only a length of time between: not "on a bridging loan from Beijing".
                (on + 1..at).all(|k| {
                    p.is_mark(k, &['-'])
                        || p.word(k).is_some_and(|w| {
                            matches!(
                                w.as_str(),
                                "a" | "an"
                                    | "season"
                                    | "season’s"
                                    | "season's"
                                    | "temporary"
                                    | "emergency"
                                    | "one"
                                    | "five"
                                    | "long"
                                    | "year"
                                    | "month"
                                    | "week"
                                    | "half"
                                    | "two"
                                    | "three"
                                    | "four"
                                    | "six"
                                    | "initial"
                                    | "short"
                                    | "term"
                            )
                        })
                })
            })
    });
    before.as_deref() == Some("from")
        && verb.as_deref().is_some_and(|w| match w {
            "signed" | "signing" => true,
            "joining" | "joined" | "joins" => !player,
            // A player's loan: a player's words in the paragraph, not a season's or a club's,
            // which a gallery's or a firm's loan has too ("a five-year loan from London ... in
            // their first season", "The club survived on an emergency loan from Mike Ashley")
            // (fifth reader); and no one's name.
            "loan" => {
                on_loan
                    && !player
                    && !like_a_person(p, m)
                    && crate::draft::paragraph::plain_words(p.text)
                        .iter()
                        .any(|w| {
                            matches!(
                                w.as_str(),
                                "goal"
                                    | "goals"
                                    | "scored"
                                    | "striker"
                                    | "midfielder"
                                    | "defender"
                                    | "winger"
                                    | "goalkeeper"
                                    | "keeper"
                                    | "forward"
                                    | "full-back"
                                    | "centre-back"
                                    | "debut"
                                    | "squad"
                                    | "appearances"
                            )
                        })
            }
            _ => false,
        })
        && crate::draft::paragraph::plain_words(p.text)
            .iter()
            .any(|w| FOOTBALL_WORDS.contains(&w.as_str()))
        && !lexicon::COUNTRIES.contains(&m.text.as_str())
        && !lexicon::nationality(&m.text.to_lowercase())
        && !lexicon::is_demonym(&m.text)
}

/// Whether a plural verb follows a name that is no later item of a list: "Harwood were fined",
/// "Brisbane have signed", "Kestrel have won"; not "Smith and Harwood were", "from Karachi and
/// Hyderabad were", "Cities like Lagos are", where the verb is the list's or the noun's before
/// it. `joiners` are the words that join the list (a comma or "&" always do). British usage
/// gives a side or a body this verb and a town or a person never (#15; the one check that
/// `sides`, `clubs` and `cities` each made).
pub(super) fn plural_verb_after(p: &Paragraph, m: &Mention, joiners: &[&str]) -> bool {
    let listed = m.first > 0
        && (p.is_mark(m.first - 1, &[',', '&'])
            || p.word(m.first - 1)
                .is_some_and(|w| joiners.contains(&w.as_str())));
    !listed && matches!(p.word(m.last + 1).as_deref(), Some("have" | "are" | "were"))
}

/// Whether a paragraph speaks of American football by words no other story uses: "touchdown",
/// "quarterback", "kickoff", "a carry" (#15).
fn gridiron(p: &Paragraph) -> bool {
    crate::draft::paragraph::plain_words(p.text)
        .iter()
        .any(|w| {
            matches!(
                w.as_str(),
                "touchdown"
                    | "touchdowns"
                    | "quarterback"
                    | "quarterbacks"
                    | "kickoff"
                    | "interception"
                    | "interceptions"
                    | "sacked"
                    | "fumbled"
                    | "carry"
                    | "carries"
                    | "linebacker"
                    | "cornerback"
                    | "field-goal"
                    | "rushed"
                    | "rushing"
                    | "receptions"
                    | "sacks"
                    | "nfl"
            )
        })
        || p.text.contains("field goal")
}

/// Words of football (and of the other codes whose players move between clubs) that make
/// "joined from X" a transfer from a club: not "side" ("the under-12 side" a teacher coached).
#[rustfmt::skip]
const FOOTBALL_WORDS: &[&str] = &[
    "goal", "goals", "club", "striker", "midfielder", "defender", "winger", "goalkeeper", "keeper",
    "forward", "full-back", "centre-back", "fee", "debut", "scored", "netted", "season",
    "campaign", "transfer", "squad", "game", "games", "match", "lock", "prop", "defenceman",
];
