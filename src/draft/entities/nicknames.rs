//! Sides called by a nickname in the plural after "the" ("the Pumas", "the All Blacks", "the
//! Harriers"): nothing in such a name says a side, but a match's words around one of its
//! mentions do, and a reader takes the name for the side in all its mentions ("All Blacks
//! territory") (#15).

use std::collections::HashSet;

use super::super::lexicon;
use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use super::teams::{SIDE_WORDS_BEFORE, STAT_NOUNS, score_after, side_noun, weak_evidence};
use crate::normalize;

/// The keys of the names the article uses as sides' nicknames: a plural after "the" that a
/// match's own words show as a side somewhere (a score or a record after it, a role in it,
/// "beating the Pumas", "12 for the Cougars"); once one is so shown, or the article names
/// other sides (`match_report`), a result's or a fixture's verb shows the others ("the Kestrels
/// led 17-9"). Not a known place ("the Philippines", "the Alps are melting"), nor a people ("the
/// Germans"), nor the last word of a longer name, which stands for that name or, shared, is not
/// said ("the Gulls" of "the Marlow Gulls").
pub(super) fn nicknames(
    paragraphs: &[Paragraph],
    mentions: &[Mention],
    match_report: bool,
) -> HashSet<String> {
    let last_words: HashSet<String> = mentions
        .iter()
        .filter_map(|m| {
            let words = normalize::words(&m.text);
            (words.len() > 1).then(|| words.last().cloned()).flatten()
        })
        .collect();
    let candidates: Vec<(&Paragraph, &Mention)> = mentions
        .iter()
        .filter(|m| !last_words.contains(&normalize::key(&m.text)))
        .filter_map(|m| paragraphs.get(m.paragraph).map(|p| (p, m)))
        .filter(|(p, m)| written_as_a_nickname(p, m))
        .collect();
    // "the Hamilton Forge beat the Halifax Privateers 4-2": a town's name and a nickname in the
    // singular ("the Minnesota Wild", "the Utah Jazz") say nothing of a side until one of its
    // own mentions wins or loses by a score (#15).
    let singular: HashSet<String> = mentions
        .iter()
        .filter_map(|m| paragraphs.get(m.paragraph).map(|p| (p, m)))
        .filter(|(p, m)| singular_nickname(p, m) && beat_by_a_score(p, m))
        .map(|(_, m)| normalize::key(&m.text))
        .collect();
    let strong: HashSet<String> = candidates
        .iter()
        .filter(|(p, m)| strong_evidence(p, m, m.first - 1))
        .map(|(_, m)| normalize::key(&m.text))
        .collect();
    if strong.is_empty() && !match_report {
        return singular;
    }
    let mut found: HashSet<String> = candidates
        .iter()
        .filter(|(p, m)| {
            strong_evidence(p, m, m.first - 1) || weak_evidence(p, m) || city_s_side(&m.text)
        })
        .map(|(_, m)| normalize::key(&m.text))
        .collect();
    found.extend(singular);
    found
}

/// Whether a mention is written as a side's name with a singular nickname after "the": two
/// capitalised words, the last no place's, body's, event's or people's word, no title, no
/// initials, no known place ("the Hamilton Forge", not "the Toronto Star" unless it wins by a
/// score).
fn singular_nickname(p: &Paragraph, m: &Mention) -> bool {
    let words: Vec<&str> = m.text.split_whitespace().collect();
    let [_, nickname] = words.as_slice() else {
        return false;
    };
    let lower = nickname.to_lowercase();
    nickname.starts_with(char::is_uppercase)
        && !lexicon::plural_shape(&lower)
        && !lexicon::ORGANISATION_WORDS.contains(&lower.as_str())
        && !lexicon::PLACE_WORDS.contains(&lower.as_str())
        && !lexicon::PLACE_NOUNS.contains(&lower.as_str())
        && !lexicon::EVENT_NOUNS.contains(&lower.as_str())
        && !lexicon::nationality(&lower)
        && !m.titled
        && m.initials.is_none()
        && m.first >= 1
        && p.word_before(m.first).as_deref() == Some("the")
        && !lexicon::known_place(&m.text)
}

/// Whether a result's verb follows the name and a score comes before the sentence goes on much
/// further: "the Hamilton Forge beat the Halifax Privateers 4-2", "the Utah Jazz edged Denver
/// 101-99".
fn beat_by_a_score(p: &Paragraph, m: &Mention) -> bool {
    let verb = p.word(m.last + 1).is_some_and(|w| {
        matches!(
            w.as_str(),
            "beat"
                | "defeated"
                | "edged"
                | "downed"
                | "outlasted"
                | "routed"
                | "thrashed"
                | "blanked"
                | "stunned"
                | "upset"
                | "eliminated"
                | "swept"
                | "topped"
        )
    });
    let score = |k: usize| {
        let number = |k: usize| p.tokens.get(k).is_some_and(|t| t.kind == Kind::Number);
        number(k) && p.is_mark(k + 1, &['-', '–']) && p.is_glued(k + 1) && number(k + 2)
    };
    verb && (m.last + 2..m.last + 10)
        .take_while(|&k| !p.is_mark(k, &['.', ';']))
        .any(score)
}

/// Whether a mention is written as a nickname: one or two words after "the", the last a plural,
/// no title, no initials, no known place, no people's word.
fn written_as_a_nickname(p: &Paragraph, m: &Mention) -> bool {
    let words = normalize::words(&m.text);
    let plural = words.last().is_some_and(|w| lexicon::plural_shape(w));
    let people = words.last().is_some_and(|w| {
        let one = w.strip_suffix('s').unwrap_or(w);
        lexicon::nationality(one) || lexicon::demonym_of_a_known_place(one)
    });
    ((1..=2).contains(&words.len()) || city_s_side(&m.text))
        && plural
        && !people
        && !m.titled
        && m.initials.is_none()
        && m.first >= 1
        && p.word_before(m.first).as_deref() == Some("the")
        && !lexicon::known_place(&m.text)
}

/// Whether a name is a known city's or a known state's and a plural nickname of one or two
/// words ("the Ottawa Senators", "the Detroit Red Wings", "the Florida Panthers"): in a match
/// report, a side's name as clubs of North America are called.
fn city_s_side(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && (1..=2).any(|city| {
            let nickname = words.len().saturating_sub(city);
            (1..=2).contains(&nickname)
                && (lexicon::known_city(&words[..city].join(" "))
                    || lexicon::known_place(&words[..city].join(" ")))
                && words[city..]
                    .iter()
                    .all(|w| w.starts_with(char::is_uppercase))
                && !not_a_nickname(words[words.len() - 1])
        })
}

/// Whether the last word of a city's name and a plural names a place or an event, not a side:
/// "the Toronto Docklands", "the Vancouver Docks", "the Toronto Islands", "Colorado Springs",
/// "Idaho Falls", "the London Games", "the Hong Kong Sevens", "the Iowa Caucuses".
fn not_a_nickname(word: &str) -> bool {
    let lower = word.to_lowercase();
    let one = lower.strip_suffix('s').unwrap_or(&lower);
    lexicon::PLACE_WORDS.contains(&lower.as_str())
        || lexicon::PLACE_WORDS.contains(&one)
        || lexicon::PLACE_NOUNS.contains(&one)
        || matches!(lower.as_str(), "caucuses" | "primaries")
        || matches!(
            one,
            "dock"
                | "dockland"
                | "game"
                | "seven"
                | "championship"
                | "olympic"
                | "paralympic"
                | "award"
                | "final"
                | "garden"
                | "ground"
                | "wharve"
                | "quay"
        )
}

/// Whether a match's own words show a side: a role in it after it, a score or a record after
/// it, or a word only a side takes before the name's `start` ("beat", "v", "against", "a win
/// over", a player's count "for" it).
fn strong_evidence(p: &Paragraph, m: &Mention, start: usize) -> bool {
    let before = p.word_before(start);
    let before2 = start.checked_sub(2).and_then(|k| p.word(k));
    let role = p.word(m.last + 1).is_some_and(|w| side_noun(p, m, &w));
    let beaten = before
        .as_deref()
        .is_some_and(|w| SIDE_WORDS_BEFORE.contains(&w) || matches!(w, "beating" | "against"));
    let over = before.as_deref() == Some("over")
        && matches!(
            before2.as_deref(),
            Some("win" | "victory" | "wins" | "victories" | "triumph")
        );
    // "added 12 for the Cougars", "nine points for the Kestrels": a player's count for a side.
    let counted_for = before.as_deref() == Some("for")
        && start.checked_sub(2).is_some_and(|k| {
            p.tokens[k].kind == Kind::Number
                || p.word(k).is_some_and(|w| STAT_NOUNS.contains(&w.as_str()))
        });
    role || beaten
        || over
        || counted_for
        || score_after(p, m.last + 1)
        || super::seeds::record_after(p, m.last + 1)
}
