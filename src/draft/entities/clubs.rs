//! Sports clubs named after their town: "Brindleford City", "Marlcombe Town", "Hallworth
//! Albion". "City" and "Town" end places' names too ("Kansas City"), so such a name is a club
//! only when the words around one of its mentions (or of its first word, "Brindleford") speak
//! of a team: "Championship side X", "X supporters", "X’s owner", "the X defender", "against X".

use std::collections::HashSet;

use super::super::lexicon::{self, ORGANISATION_WORDS, PLACE_WORDS};
use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use crate::normalize;

/// Last words of clubs' names.
#[rustfmt::skip]
const CLUB_ENDINGS: &[&str] = &[
    "city", "town", "united", "rovers", "athletic", "albion", "wanderers", "rangers", "fc", "afc",
    "county", "villa", "hotspur", "wednesday", "argyle", "orient", "sc",
];

/// Words after a name that only a team has: "X supporters", "the X defender", "X side".
#[rustfmt::skip]
const TEAM_NOUNS: &[&str] = &[
    "side", "supporters", "fans", "defender", "striker", "midfielder", "goalkeeper", "winger",
    "squad", "season-ticket", "starter", "reliever", "pitcher", "catcher", "closer", "bullpen",
    "lineup", "roster", "quarterback", "outfielder", "infielder", "shortstop",
];

/// Whether `word` is one that, after a name, only a team has ("the Baltimore guard").
pub(super) fn team_noun(word: &str) -> bool {
    TEAM_NOUNS.contains(&word) || matches!(word, "guard" | "forward" | "center" | "centre")
}

/// Words before a name that only a team takes: "Championship side X", "beat X".
const TEAM_WORDS_BEFORE: &[&str] = &["side", "beat", "beating", "v", "vs"];

/// Words that speak of a club when the name's ending is no place's ("Town", "Albion"), but may
/// speak of a city's or a county's too ("Kern County manager", "a lawsuit against Kansas City").
#[rustfmt::skip]
const CLUB_WORDS_AFTER: &[&str] = &[
    "manager", "owner", "owners", "chairman", "chairwoman", "boss", "captain", "players", "coach",
];
const CLUB_WORDS_BEFORE: &[&str] = &["against", "rivals", "opponents", "club"];

/// The names (normalised keys) of the clubs among `mentions`.
pub(super) fn clubs(paragraphs: &[Paragraph], mentions: &[Mention]) -> HashSet<String> {
    let context = |strong: bool| -> Vec<String> {
        mentions
            .iter()
            .filter(|m| {
                paragraphs
                    .get(m.paragraph)
                    .is_some_and(|p| speaks_of_a_team(p, m, strong))
            })
            .map(|m| normalize::key(&m.text))
            .collect()
    };
    let (strong, weak) = (context(true), context(false));
    // "Reyes, 29, the top seed": a last word the article writes of someone (an age, "who",
    // speech) is a surname, however plural it looks ("Sofia Reyes", "Ana Torres") (#15).
    let someone: HashSet<String> = mentions
        .iter()
        .filter(|m| {
            paragraphs.get(m.paragraph).is_some_and(|p| {
                super::context::who_or_aged(p, m) || super::context::speaks_of_someone(p, m)
            })
        })
        .filter_map(|m| normalize::words(&m.text).last().cloned())
        .collect();
    let mut found: HashSet<String> = mentions
        .iter()
        .filter(|m| m.region.is_none() && !m.titled && !m.before_title)
        .filter_map(|m| {
            let words = normalize::words(&m.text);
            let ending = words.last()?;
            let plural = plural_name(&m.text);
            if words.len() < 2
                || !(CLUB_ENDINGS.contains(&ending.as_str()) || plural)
                || (plural && someone.contains(ending))
            {
                return None;
            }
            // "City", "County" end places' names too: only a team's words will do.
            let teamed = if PLACE_WORDS.contains(&ending.as_str()) {
                &strong
            } else {
                &weak
            };
            let key = normalize::key(&m.text);
            let first = normalize::key(&words[..words.len() - 1].join(" "));
            // "the Timberjacks’ manager": a plural team name's last word stands for it too.
            teamed
                .iter()
                .any(|t| *t == key || *t == first || (plural && t == ending))
                .then_some(key)
        })
        .collect();
    // "the Texans were 3 of 10" after "the Houston Texans": a plural club's last word alone is
    // the club, though it is a people's word, which no rule else takes for a body (#15); see
    // `ending_alone` for where.
    let endings: Vec<String> = mentions
        .iter()
        .filter(|m| plural_name(&m.text) && found.contains(&normalize::key(&m.text)))
        .filter_map(|m| m.text.split_whitespace().last())
        .filter(|w| {
            let people = |w: &str| lexicon::is_demonym(w) || lexicon::demonym_of_a_known_place(w);
            people(w) || w.strip_suffix('s').is_some_and(people)
        })
        .map(normalize::key)
        .collect();
    found.extend(endings);
    found
}

/// "Portland Timberjacks", "Charlotte Comets": two capitalised words, the last a plural that is
/// no place's word ("Falls") nor an organisation's ("Holdings").
fn plural_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [first, last] = words.as_slice() else {
        return false;
    };
    let lower = last.to_lowercase();
    first.starts_with(char::is_uppercase)
        && last.starts_with(char::is_uppercase)
        && last.chars().skip(1).all(char::is_lowercase)
        && lower.len() > 4
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !PLACE_WORDS.contains(&lower.as_str())
        && !ORGANISATION_WORDS.contains(&lower.as_str())
}

/// Whether the words around `m` speak of a team: only of a team when `strong`, of a team or
/// perhaps of something else otherwise.
fn speaks_of_a_team(p: &Paragraph, m: &Mention, strong: bool) -> bool {
    // "beat the Charlotte Comets": a word before the article counts.
    let skip = usize::from(m.first >= 2 && p.word(m.first - 1).as_deref() == Some("the"));
    // "beat 10-man Desportivo Almancil": a side's men after a sending-off count for nothing.
    let skip = skip + if short_of_men(p, m.first) { 3 } else { 0 };
    let before = m.first.checked_sub(1 + skip).and_then(|k| p.word(k));
    // "Brindleford’s owner": the possessive is part of the mention's word.
    let after = p.word(m.last + 1);
    let before_is =
        |w: &str| TEAM_WORDS_BEFORE.contains(&w) || (!strong && CLUB_WORDS_BEFORE.contains(&w));
    let after_is = |w: &str| {
        (TEAM_NOUNS.contains(&w) && (w != "side" || !super::teams::a_place_s_side(p, m)))
            || (!strong && CLUB_WORDS_AFTER.contains(&w))
    };
    before.as_deref().is_some_and(before_is)
        || after.as_deref().is_some_and(after_is)
        || beats_someone(p, m)
        || super::context::transferred_from(p, m)
        || (strong && plural_verb_after(p, m))
}

/// Whether "N-man" stands just before token `k`: "10-man", "nine-man".
fn short_of_men(p: &Paragraph, k: usize) -> bool {
    k >= 3
        && p.word(k - 1).as_deref() == Some("man")
        && p.is_mark(k - 2, &['-'])
        && p.is_glued(k - 2)
        && (p.tokens[k - 3].kind == Kind::Number
            || p.word(k - 3)
                .is_some_and(|w| crate::check::words::read(&[w.as_str()]).is_some()))
}

/// Whether the name is the subject of a win over someone, with nothing between but a comeback:
/// "Harwood City beat", "Harwood City came from behind to beat" (#15).
fn beats_someone(p: &Paragraph, m: &Mention) -> bool {
    let word = |k: usize| p.word(m.last + k);
    let beat = |w: Option<String>| matches!(w.as_deref(), Some("beat" | "beats" | "defeated"));
    let comeback = word(1).as_deref() == Some("came")
        && word(2).as_deref() == Some("from")
        && word(3).as_deref() == Some("behind")
        && word(4).as_deref() == Some("to");
    let verb = if beat(word(1)) {
        m.last + 1
    } else if comeback && beat(word(5)) {
        m.last + 5
    } else {
        return false;
    };
    // A side's name after the verb, past "the" and "10-man": not "beat its budget target".
    let mut k = verb + 1;
    if p.word(k).as_deref() == Some("the") {
        k += 1;
    }
    if short_of_men(p, k + 3) {
        k += 3;
    }
    // Or a score a few words on: "beat their local rivals 2-1".
    // Not a vote's "in a 5-4 Supreme Court ruling", "voted 3-2" (second reader).
    // A score of small numbers, no range of days or shares, nor a season ("10-12 days", "90-95
    // per cent", "the 2030-31 funding round") (fifth reader).
    let small = |j: usize| {
        p.text_of(j).len() <= 3
            && !matches!(
                p.word(j + 3).as_deref(),
                Some("per" | "percent" | "days" | "weeks" | "months" | "years" | "hours")
            )
            && !p.is_mark(j + 3, &['%'])
    };
    let score = (k..k + 8).any(|j| {
        super::teams::score_after(p, j)
            && small(j)
            && !(j + 3..j + 6).any(|a| {
                p.word(a).is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "ruling" | "vote" | "decision" | "majority" | "verdict" | "voted"
                    )
                })
            })
            && !(k..j).any(|b| p.word(b).as_deref().is_some_and(|w| w.starts_with("vot")))
    });
    p.capitalised(k) || score
}

/// Whether a plural verb follows the name's first word alone, as British usage has it of a side
/// and never of a town: "Harwood have reached", "Harwood were fined" (#15). Not the last of two
/// names ("Smith and Harwood were").
fn plural_verb_after(p: &Paragraph, m: &Mention) -> bool {
    // Not a country's ("Mexico have won"): its national side.
    let known = lexicon::COUNTRIES.contains(&m.text.as_str());
    !known && m.first == m.last && super::context::plural_verb_after(p, m, &["and"])
}

/// Whether a mention of one word may be a club's last word alone: not after a capitalised word,
/// as "Blacks" is in "All Blacks captain" at a sentence's start, "All" read apart as an opener.
/// Nor a people's word in its own sense ("Texans have voted Republican"): "the" before it or a
/// side's word after it ("Texans coach Ray Nunnally") says the side.
pub(super) fn ending_alone(p: &Paragraph, m: &Mention) -> bool {
    if m.first != m.last {
        return true;
    }
    let after_a_capital = m.first > 0 && p.capitalised(m.first - 1);
    let the = p.word_before(m.first).as_deref() == Some("the");
    let side_s = p
        .word(m.last + 1)
        .is_some_and(|w| team_noun(&w) || lexicon::names_someone(&w));
    !after_a_capital && (the || side_s)
}
