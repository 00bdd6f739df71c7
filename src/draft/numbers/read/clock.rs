//! Whether a number reads as a time of day: the words before and after it that point at one
//! ("at 9:30", "2:05 p.m.", "4 in the morning").

use super::super::super::paragraph::Paragraph;
use super::super::super::value::Class;
use super::Num;

/// Whether a bare "H:MM" (no a.m. or p.m., no time zone) reads as a time of day: a two-digit
/// hour is a 24-hour clock ("06:42", "14:30"), and a word that points at a time before it ("at
/// 9:30", "by 5:45") makes it one. Otherwise "2:05" may as well be a duration (a race in 2:05,
/// a song of 3:45), and is no time of day to draft.
pub(super) fn clock_like(p: &Paragraph, i: usize, text: &str) -> bool {
    let two_digit_hour = text
        .split_once([':', '.'])
        .is_some_and(|(h, _)| h.len() == 2);
    two_digit_hour || time_word_before(p, i) || part_of_day(p, i).is_some()
}

/// Whether the word before token `i` points at a time of day: "at", "until", "by", "since" …
/// ("about" is left to the callers: "about 2:05" may be a duration).
pub(super) fn time_word_before(p: &Paragraph, i: usize) -> bool {
    // "led by 6:40", "won by 1:05": "by" after a word of a lead or a margin gives how much, not
    // when.
    let margin = i >= 2
        && p.word(i - 2).is_some_and(|w| {
            matches!(
                w.as_str(),
                "led"
                    | "lead"
                    | "leads"
                    | "leading"
                    | "won"
                    | "win"
                    | "wins"
                    | "trailed"
                    | "trail"
                    | "trails"
                    | "trailing"
                    | "beat"
                    | "beaten"
                    | "lost"
                    | "losing"
                    | "ahead"
                    | "behind"
                    | "margin"
                    | "gap"
            )
        });
    p.word_before(i).is_some_and(|w| {
        matches!(
            w.as_str(),
            "at" | "until" | "till" | "by" | "from" | "around" | "after" | "before" | "since"
        ) && !(w == "by" && margin)
    })
}

/// Whether "a.m." or "pm" (in any spelling) follows token `i`.
pub(super) fn half_day_after(p: &Paragraph, i: usize) -> bool {
    after_noon_after(p, i).is_some()
}

/// Which half of the day "a.m." (`Some(false)`) or "p.m." (`Some(true)`) right after token `i`
/// says; `None` when neither follows.
pub(in crate::draft) fn after_noon_after(p: &Paragraph, i: usize) -> Option<bool> {
    match p.word(i + 1)?.replace('.', "").as_str() {
        "pm" => Some(true),
        "am" => Some(false),
        _ => None,
    }
}

/// "at 4 in the morning", "until 8.30 in the evening": an hour after a word that points at a time
/// and before "in the morning" (`Some(false)`) or "in the afternoon" / "in the evening"
/// (`Some(true)`, after noon), with no noun after the phrase ("4 in the morning session" is a
/// count).
pub(super) fn part_of_day(p: &Paragraph, i: usize) -> Option<bool> {
    let about = p.word_before(i).as_deref() == Some("about");
    day_part_after(p, i).filter(|_| about || time_word_before(p, i))
}

/// "in the morning" (`Some(false)`) or "in the afternoon" / "in the evening" (`Some(true)`)
/// right after token `i`, with no noun after the phrase ("in the morning session").
pub(super) fn day_part_after(p: &Paragraph, i: usize) -> Option<bool> {
    let phrase = (p.word(i + 1)?, p.word(i + 2)?, p.word(i + 3)?);
    let pm = match (phrase.0.as_str(), phrase.1.as_str(), phrase.2.as_str()) {
        ("in", "the", "morning") => false,
        ("in", "the", "afternoon" | "evening") => true,
        _ => return None,
    };
    let noun_after = p
        .word(i + 4)
        .is_some_and(|w| !super::super::super::value::is_function_word(&w));
    (!noun_after).then_some(pm)
}

/// An hour said "o'clock" ("7 o’clock", "seven o'clock") at token `i`, whose value is `hour`:
/// `None` when no "o'clock" follows; else the time, when words after it say which half of the
/// day ("in the morning", "in the evening", "at night", "tonight", "this morning"), or
/// `Some(None)` when nothing does: "at 7 o'clock" may be either, and is no time to draft (nor a
/// count of seven).
pub(super) fn on_the_hour(p: &Paragraph, i: usize, hour: f64) -> Option<Option<Num>> {
    let clock = p.word(i + 1)?;
    if !matches!(clock.as_str(), "o’clock" | "o'clock" | "oclock") || p.is_glued(i + 1) {
        return None;
    }
    if hour.fract() != 0.0 || !(1.0..=12.0).contains(&hour) {
        return Some(None);
    }
    let hour = hour as u32;
    let Some(half) = half_of_day_after(p, i + 1, hour) else {
        return Some(None);
    };
    let hour = hour % 12 + if half { 12 } else { 0 };
    Some(Some(Num {
        minutes: Some(hour * 60),
        end: i + 1,
        ..Num::new(i, i, f64::from(hour * 60), Class::Time)
    }))
}

/// Which half of the day the words after token `k` put an `hour` in: `Some(true)` after noon.
/// "In the morning" is before noon, "in the afternoon" and "in the evening" after; "at night"
/// (and "tonight", "last night") is after noon from six to eleven, midnight at twelve and the
/// small hours from one to four ("3 o'clock at night"); five at night is left unsure.
fn half_of_day_after(p: &Paragraph, k: usize, hour: u32) -> Option<bool> {
    if let Some(pm) = day_part_after(p, k) {
        return Some(pm);
    }
    let (first, second) = (p.word(k + 1)?, p.word(k + 2));
    let part = match (first.as_str(), second.as_deref()) {
        ("this", Some(part @ ("morning" | "afternoon" | "evening"))) => part,
        ("at" | "last" | "that", Some("night")) | ("tonight", _) => "night",
        _ => return None,
    };
    match (part, hour) {
        ("morning", _) => Some(false),
        ("afternoon" | "evening", _) => Some(true),
        (_, 6..=11) => Some(true),
        (_, 12 | 1..=4) => Some(false),
        _ => None,
    }
}
