//! Sports clubs named after their town: "Brindleford City", "Marlcombe Town", "Hallworth
//! Albion". "City" and "Town" end places' names too ("Kansas City"), so such a name is a club
//! only when the words around one of its mentions (or of its first word, "Brindleford") speak
//! of a team: "Championship side X", "X supporters", "X’s owner", "the X defender", "against X".

use std::collections::HashSet;

use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;
use crate::normalize;

/// Last words of clubs' names.
#[rustfmt::skip]
const CLUB_ENDINGS: &[&str] = &[
    "city", "town", "united", "rovers", "athletic", "albion", "wanderers", "rangers", "fc", "afc",
    "county", "villa", "hotspur", "wednesday", "argyle", "orient", "athletico", "sc",
];

/// Nouns after a club's name (or its possessive): "X supporters", "X’s owner".
#[rustfmt::skip]
const TEAM_NOUNS_AFTER: &[&str] = &[
    "side", "supporters", "fans", "defender", "striker", "midfielder", "goalkeeper", "winger",
    "forward", "manager", "owner", "owners", "chairman", "chairwoman", "squad", "players",
    "boss", "captain", "coach", "season-ticket",
];

/// Words just before a club's name: "Championship side X", "beat X", "against X".
#[rustfmt::skip]
const TEAM_WORDS_BEFORE: &[&str] = &[
    "side", "against", "beat", "beating", "v", "vs", "rivals", "opponents", "club",
];

/// The names (normalised keys) of the clubs among `mentions`.
pub(super) fn clubs(paragraphs: &[Paragraph], mentions: &[Mention]) -> HashSet<String> {
    let teamed: Vec<String> = mentions
        .iter()
        .filter(|m| {
            paragraphs
                .get(m.paragraph)
                .is_some_and(|p| speaks_of_a_team(p, m))
        })
        .map(|m| normalize::key(&m.text))
        .collect();
    mentions
        .iter()
        .filter(|m| m.region.is_none() && !m.titled && !m.before_title)
        .filter_map(|m| {
            let words = normalize::words(&m.text);
            let ending = words.last()?;
            if words.len() < 2 || !CLUB_ENDINGS.contains(&ending.as_str()) {
                return None;
            }
            let key = normalize::key(&m.text);
            let first = normalize::key(&words[..words.len() - 1].join(" "));
            teamed
                .iter()
                .any(|t| *t == key || *t == first)
                .then_some(key)
        })
        .collect()
}

/// Whether the words around `m` speak of a team.
fn speaks_of_a_team(p: &Paragraph, m: &Mention) -> bool {
    let before = m.first.checked_sub(1).and_then(|k| p.word(k));
    // "Brindleford’s owner": the possessive is part of the mention's word.
    let after = p.word(m.last + 1);
    before
        .as_deref()
        .is_some_and(|w| TEAM_WORDS_BEFORE.contains(&w))
        || after
            .as_deref()
            .is_some_and(|w| TEAM_NOUNS_AFTER.contains(&w))
}
