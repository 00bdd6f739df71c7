//! A game clock: "with 4:12 left in the third quarter", "with 10:41 to play", "with 1:14
//! remaining". Sports copy writes the time left in a period as minutes and seconds, after
//! "with" and before "left", "remaining", "to go" or "to play", or after "the final" ("over the
//! final 6:58"), and the time gone in a period after "at" and before "of the third" or "into
//! overtime" (hockey's "at 6:12 of the third"), or after "at" alone in a paragraph that names
//! a period of play ("at 15:20, but ... late in the period"), or "a span of 4:51"; it is no time of day ("4:12" is not twelve past four) but a length of time,
//! minutes and seconds, asked as written. Only in a paragraph that names a period of play
//! ("quarter", "halftime", "period", "overtime") or a game and its plays ("game", "3-pointer"):
//! "with 2:30 to go" in a 24-hour race is hours and minutes.

use super::super::super::paragraph::{Paragraph, plain_words};
use super::super::super::tokens::Kind;
use super::super::super::value::Class;
use super::Num;

/// The time left on a game clock at token `i` ("M:SS" or "MM:SS", minutes below an hour),
/// between "with" and the words that say it is what is left ("left", "remaining", "to go",
/// "to play"), as its seconds.
pub(super) fn game_clock(p: &Paragraph, i: usize) -> Option<Num> {
    if p.tokens.get(i)?.kind != Kind::Number || (i > 0 && p.is_glued(i)) {
        return None;
    }
    let (m, s) = p.text_of(i).split_once(':')?;
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    if !(digits(m) && digits(s)) || m.len() > 2 || s.len() != 2 {
        return None;
    }
    let (m, s): (u32, u32) = (m.parse().ok()?, s.parse().ok()?);
    if m >= 60 || s >= 60 {
        return None;
    }
    let with = p.word_before(i).as_deref() == Some("with");
    let left = match p.word(i + 1).as_deref() {
        Some("left" | "remaining") => true,
        Some("to") => matches!(p.word(i + 2).as_deref(), Some("go" | "play")),
        _ => false,
    };
    // "over the final 6:58", "in the last 1:30": the stretch of play up to the end (#15).
    let stretch = matches!(
        p.word_before(i).as_deref(),
        Some("final" | "last" | "closing")
    ) && i.checked_sub(2).and_then(|k| p.word(k)).as_deref() == Some("the");
    // "at 6:12 of the third", "at 14:37 of the first period", "2:14 into overtime": the time
    // gone in a period, as hockey copy writes a goal's; "in a span of 4:51": a stretch of play.
    // The period's word, then its noun ("period", "quarter", "frame", "stanza", "overtime",
    // "round") or the phrase's end ("of the third with a wrist shot"), not another noun ("at
    // 7:08 of the first night").
    let period_at = |k: usize| {
        // "first" to "twelfth" (a fight's rounds), or a period named by its place.
        let ordinal = p.word(k).is_some_and(|w| {
            (1..=12).any(|n| crate::check::words::small_number_word(n, true) == Some(w.as_str()))
                || matches!(w.as_str(), "final" | "opening" | "middle" | "extra")
        });
        // The phrase ends at token `j`: nothing, a mark or a word of function follows.
        let ends_at = |j: usize| match p.tokens.get(j) {
            None => true,
            Some(t) if t.kind != Kind::Word => true,
            Some(_) => p
                .word(j)
                .is_some_and(|w| crate::draft::value::is_function_word(&w)),
        };
        // The period's noun ends the phrase too: not "the first round trip", "the second
        // quarter day".
        let noun = p.word(k + 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "period" | "periods" | "quarter" | "frame" | "stanza" | "overtime" | "round"
            )
        });
        let ends = ends_at(k + 1) || (noun && ends_at(k + 2));
        // "at 13:26 of the period": the period the paragraph is telling of.
        let this_period = matches!(p.word(k).as_deref(), Some("period" | "frame"));
        (ordinal && ends) || this_period || p.word(k).as_deref() == Some("overtime")
    };
    let period_after =
        |k: usize| period_at(k) || (p.word(k).as_deref() == Some("the") && period_at(k + 1));
    let gone = (p.word_before(i).as_deref() == Some("at")
        && matches!(p.word(i + 1).as_deref(), Some("of" | "in"))
        && period_after(i + 2))
        // "with 1:12 gone in overtime".
        || (with && p.word(i + 1).as_deref() == Some("gone"))
        || (p.word(i + 1).as_deref() == Some("into") && period_after(i + 2));
    let span = p.word_before(i).as_deref() == Some("of")
        && i.checked_sub(2).and_then(|k| p.word(k)).as_deref() == Some("span");
    // "tied it on a power play at 15:20, but ... late in the period": a goal's time with its
    // period named elsewhere in the paragraph, no word of a time of day after it, and no more
    // minutes than a period of any game has (#15).
    let bare_gone = p.word_before(i).as_deref() == Some("at")
        && m <= 20
        && !time_of_day_after(p, i + 1)
        && !scheduled_before(p, i)
        && names_a_period_of_play(p)
        && a_goal_in_its_sentence(p, i);
    // "an average of 23:41 of ice time", "averaging 18:05 a night": a length of time on the
    // ice or the court, minutes and seconds, never a time of day (#15).
    let played = (p.word(i + 1).as_deref() == Some("of")
        && (i + 2..i + 5).any(|k| p.word(k).as_deref() == Some("time")))
        || matches!(
            p.word_before(i).as_deref(),
            Some("averaging" | "averages" | "averaged")
        )
        || (p.word_before(i).as_deref() == Some("of")
            && i.checked_sub(2).and_then(|k| p.word(k)).as_deref() == Some("average"));
    // Nothing glued after it but a mark that ends a phrase ("at 15:20, but").
    let glued =
        p.is_glued(i + 1) && (!p.is_mark(i + 1, &[',', ';', ')', '.']) || p.is_glued(i + 2));
    if !((with && left) || stretch || gone || span || bare_gone || played)
        || glued
        || !(names_a_period(p) || gone)
    {
        return None;
    }
    let seconds = m * 60 + s;
    Some(Num {
        seconds: Some(seconds),
        ..Num::new(i, i, f64::from(seconds), Class::Duration)
    })
}

/// Whether the words after token `k - 1` say a time of day: "a.m.", "pm", "GMT", "local time",
/// "ET", "hours", "h".
fn time_of_day_after(p: &Paragraph, k: usize) -> bool {
    let Some(start) = k
        .checked_sub(1)
        .and_then(|j| p.tokens.get(j))
        .map(|t| t.end)
    else {
        return false;
    };
    let rest = p.text[start..].trim_start().to_lowercase();
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect();
    matches!(
        word.trim_end_matches('.'),
        "a.m"
            | "p.m"
            | "am"
            | "pm"
            | "gmt"
            | "bst"
            | "utc"
            | "et"
            | "pt"
            | "ct"
            | "mt"
            | "cet"
            | "local"
            | "hours"
            | "hrs"
            | "h"
    )
}

/// Whether the word before "at" says when something is due to happen: "Kick-off is at 17:30",
/// "due at 13:15", "sets off at 14:00", "started their shift at 7:30".
fn scheduled_before(p: &Paragraph, i: usize) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| p.word(k));
    let before = word(i.checked_sub(2));
    // "The opening faceoff was at 7:08", "The game ended at 9:47", "Fans left at 9:30"; but
    // "Boston's only goal was at 12:30": what was then is a goal's.
    let was = before.as_deref().is_some_and(|w| {
        matches!(w, "was" | "were" | "ended" | "left")
            && !word(i.checked_sub(3)).is_some_and(|g| GOAL_WORDS.contains(&g.as_str()))
    });
    was || before.is_some_and(|w| SCHEDULED.contains(&w.as_str()))
}

/// Words before "at" and a time that say when something is due to happen.
#[rustfmt::skip]
const SCHEDULED: &[&str] = &[
    "is", "are", "be", "due", "off", "begins", "began", "begin", "starts", "started", "start",
    "opens", "opened", "closes", "closed", "shift", "scheduled", "set", "until", "from",
    "arrived", "departs", "leaves",
];

/// Words of a goal, a shot, a save, a penalty or a fight: what happens at a game clock's time.
#[rustfmt::skip]
const GOAL_WORDS: &[&str] = &[
    "goal", "goals", "shot", "scored", "scores", "equaliser", "equalizer", "winner", "empty-net",
    "power-play", "shorthanded", "short-handed", "assisted", "assist", "rebound", "netted", "net",
    "breakaway", "wrister", "slapshot", "one-timer", "penalty", "tripping", "hooking", "holding",
    "slashing", "roughing", "interference", "high-sticking", "fought", "ejected", "answered",
    "saves", "shutout",
];

/// Whether the sentence of token `i` tells of a goal: a goal's or a shot's word ("goal",
/// "scored", "tied it", "power play", "empty-net", "shot") or a score ("at 2-2").
fn a_goal_in_its_sentence(p: &Paragraph, i: usize) -> bool {
    let sentence = p.sentence(p.sentence_of(p.tokens[i].start));
    let words = plain_words(&p.text[sentence.clone()]);
    // "a Pastrnak wrist shot", "his 40th of the season": a shot by its kind, a goal by count.
    let goal = words.windows(2).any(|w| {
        w == ["power", "play"]
            || w == ["tied", "it"]
            || (w[1] == "shot" && matches!(w[0].as_str(), "wrist" | "slap" | "snap" | "point"))
    }) || words.windows(3).any(|w| w[1] == "of" && w[2] == "season")
        || words.iter().any(|w| GOAL_WORDS.contains(&w.as_str()));
    let number = |k: usize| p.tokens.get(k).is_some_and(|t| t.kind == Kind::Number);
    let score = (0..p.tokens.len())
        .filter(|&k| sentence.contains(&p.tokens[k].start))
        .any(|k| number(k) && p.is_mark(k + 1, &['-', '–']) && p.is_glued(k + 1) && number(k + 2));
    goal || score
}

/// Whether the paragraph names a period of hockey's play ("late in the period", "the power
/// play", "of the third"): not "Game 6 is Thursday at 7:30", nor a financial quarter or
/// "overtime" at work (the sentence must tell of a goal too, `a_goal_in_its_sentence`).
fn names_a_period_of_play(p: &Paragraph) -> bool {
    let words = plain_words(p.text);
    words.windows(2).any(|w| w == ["power", "play"])
        || words
            .iter()
            .any(|w| matches!(w.as_str(), "period" | "periods" | "power-play"))
        || words.windows(3).any(|w| {
            w[0] == "of" && w[1] == "the" && matches!(w[2].as_str(), "first" | "second" | "third")
        })
}

/// Whether `text` names a period of play, or a game and its plays, as a game report around a
/// game clock does ("a go-ahead 3-pointer with 2:41 left", "to win an NCAA Tournament game").
fn names_a_period(p: &Paragraph) -> bool {
    // "game" as a word of its own, not "game-changing", "endgame" or "gamer".
    let game = plain_words(p.text)
        .iter()
        .any(|w| matches!(w.as_str(), "game" | "games"));
    game || p.speaks_of(&[
        "3-pointer",
        "layup",
        "free throw",
        "dunk",
        "rebound",
        "touchdown",
        "field goal",
        "quarter",
        "halftime",
        "half-time",
        "first half",
        "second half",
        "period",
        "overtime",
        "extra time",
        "stoppage time",
    ])
}
