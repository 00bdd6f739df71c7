//! "Half six": British speech for half an hour after the hour ("I start at half six in the
//! morning", "until half past eight"), a clock time like "6:30".

use super::super::super::paragraph::Paragraph;
use super::super::super::value::{Class, is_function_word};
use super::Num;
use super::clock::day_part_after;
use crate::check::number;

/// The clock time "half [past] H" whose "half" is token `i`: an hour from one to twelve (in
/// words or digits) after it, with a word that points at a time before ("at", "until", …) or
/// "in the morning" / "in the evening" after, and no noun after the hour ("by half six years"
/// is no time).
pub(super) fn half_hour(p: &Paragraph, i: usize) -> Option<Num> {
    let past = p.word(i + 1).as_deref() == Some("past");
    let at = if past { i + 2 } else { i + 1 };
    if p.is_glued(at) {
        return None;
    }
    let hour = number::read(p.text_of(at), None)
        .filter(|r| !r.ordinal && r.value.fract() == 0.0 && (1.0..=12.0).contains(&r.value))?
        .value as u32;
    let about = p.word_before(i).as_deref() == Some("about");
    let points = about || super::clock::time_word_before(p, i);
    let part = day_part_after(p, at);
    let noun_after = part.is_none() && p.word(at + 1).is_some_and(|w| !is_function_word(&w));
    if !(points || part.is_some()) || noun_after {
        return None;
    }
    let hour = match part {
        Some(true) => hour % 12 + 12,
        Some(false) => hour % 12,
        None => hour,
    };
    Some(Num {
        minutes: Some(hour * 60 + 30),
        ..Num::new(i, at, f64::from(hour * 60 + 30), Class::Time)
    })
}
