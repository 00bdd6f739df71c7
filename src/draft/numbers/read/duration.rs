//! Reading a duration, as results and race reports write one: hours, minutes and seconds with
//! colons ("in 2:06:12") or each glued to a short unit ("2hr 04min 31sec", "14min 22sec", "2h
//! 5m"). A reader takes either as one quantity, a time taken; it is no clock time and no count.

use super::super::super::durations::Unit;
use super::super::super::lexicon;
use super::super::super::paragraph::Paragraph;
use super::super::super::value::Class;
use super::Num;

/// The duration whose first digits are token `i`, if one starts there.
pub(super) fn read_duration(p: &Paragraph, i: usize) -> Option<Num> {
    let seconds_at = |last: usize, seconds: u32| Num {
        seconds: Some(seconds),
        ..Num::new(i, last, f64::from(seconds), Class::Duration)
    };
    if let Some(lap) = lap_time(p, i) {
        return Some(lap);
    }
    if p.text_of(i).matches(':').count() == 2 {
        return colons(p, i).map(|s| seconds_at(i, s));
    }
    let (last, seconds) = glued_parts(p, i)?;
    Some(seconds_at(last, seconds))
}

/// "1m31.204s", "2min05.3sec", "1min 46.902sec", "1:52.34": a lap or split time, whole minutes
/// glued to "m" and seconds with decimals glued to "s", or a colon between them, in one word or
/// two (`durations::is_lap`); nothing glued before it ("$1m") or
/// after it but a stop or a comma. Its value is in seconds (91.204), its answer as written.
fn lap_time(p: &Paragraph, i: usize) -> Option<Num> {
    let colon = p.text_of(i).contains(':');
    let last = if colon { i } else { i + 3 };
    // "1min 46.902sec": a space may stand between the minutes and the seconds, as The Guardian
    // writes a lap (#15).
    let spaced = !colon
        && p.word(i + 1).as_deref() == Some("min")
        && p.tokens
            .get(i + 2)
            .is_some_and(|t| t.kind == super::Kind::Number);
    if (i > 0 && p.is_glued(i)) || !(i + 1..=last).all(|k| p.is_glued(k) || (spaced && k == i + 2))
    {
        return None;
    }
    let after = last + 1;
    if p.is_glued(after) && !p.is_mark(after, &[',', '.', ';', ')', '\u{201d}']) {
        return None;
    }
    let text = &p.text[p.tokens[i].start..p.tokens[last].end];
    if !super::super::super::durations::is_lap(text) {
        return None;
    }
    let (minutes, rest) = text.split_once(|c: char| !c.is_ascii_digit())?;
    let seconds: String = rest
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let value = minutes.parse::<f64>().ok()? * 60.0 + seconds.parse::<f64>().ok()?;
    Some(Num::new(i, last, value, Class::Duration))
}

/// A bare "H:MM" at token `i` (one-digit hour, no a.m. or p.m., no time zone, no word that points
/// at a time before it, not "the 2:30"), which is no clock time and may be hours and minutes: its
/// seconds as hours and minutes. Whether it is depends on the article (`numbers::bare_durations`).
pub(in crate::draft) fn bare_hours_minutes(p: &Paragraph, i: usize) -> Option<u32> {
    let text = p.text_of(i);
    let (h, m) = text.split_once(':')?;
    if p.tokens.get(i)?.kind != super::Kind::Number || h.len() != 1 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    let glued = (i > 0 && p.is_glued(i) && !p.is_mark(i - 1, &['“', '"', '(']))
        || (p.is_glued(i + 1) && !p.is_mark(i + 1, &[',', '.', '”', '"', ')', ';', '?', '!']));
    let clock = super::clock_like(p, i, text) || clock_after(p, i);
    let the = p.word_before(i).as_deref() == Some("the");
    (m < 60 && !glued && !clock && !the).then_some(h * 3600 + m * 60)
}

/// "2:06:12": hours, minutes and seconds, unless a word before it points at a time of day ("at
/// 14:30:05") or an "a.m." or a time zone follows: then it is a clock time with seconds, which
/// is left out.
fn colons(p: &Paragraph, i: usize) -> Option<u32> {
    let parts: Vec<&str> = p.text_of(i).split(':').collect();
    let [h, m, s] = parts.as_slice() else {
        return None;
    };
    if h.len() > 3 || m.len() != 2 || s.len() != 2 {
        return None;
    }
    let (h, m, s): (u32, u32, u32) = (h.parse().ok()?, m.parse().ok()?, s.parse().ok()?);
    if m >= 60 || s >= 60 {
        return None;
    }
    (!super::clock::time_word_before(p, i) && !clock_after(p, i)).then_some(h * 3600 + m * 60 + s)
}

/// Whether "a.m."/"pm" or a time zone follows token `i`: what it ends is a clock time.
fn clock_after(p: &Paragraph, i: usize) -> bool {
    super::clock::half_day_after(p, i) || lexicon::is_time_zone(p.text_of(i + 1))
}

/// "2hr 04min 31sec", "61min 51sec", "2h 5m": two or three whole numbers, each glued to a short
/// unit, the units from larger to smaller, a space between the parts; a part after the first is
/// below 60. The last token and the seconds.
fn glued_parts(p: &Paragraph, i: usize) -> Option<(usize, u32)> {
    // "$5m 20s" is money.
    if i > 0 && p.is_glued(i) {
        return None;
    }
    let mut k = i;
    let mut parts: Vec<(Unit, u32)> = Vec::new();
    while let Some((unit, value)) = part(p, k) {
        if let Some(&(before, _)) = parts.last()
            && (unit <= before || value >= 60 || p.is_glued(k))
        {
            break;
        }
        parts.push((unit, value));
        k += 2;
    }
    if parts.len() < 2 {
        return None;
    }
    // "2h 5m2": the last unit is glued to more.
    if p.is_glued(k) && p.tokens.get(k).is_some_and(|t| t.kind != super::Kind::Mark) {
        return None;
    }
    // "5000000hr": a part too large to count in seconds is no duration (and no overflow).
    let mut seconds: u32 = 0;
    for (unit, value) in &parts {
        let each = match unit {
            Unit::Hours => 3600,
            Unit::Minutes => 60,
            Unit::Seconds => 1,
        };
        seconds = seconds.checked_add(value.checked_mul(each)?)?;
    }
    Some((k - 1, seconds))
}

/// Whole digits at token `k` and a short unit glued to them.
fn part(p: &Paragraph, k: usize) -> Option<(Unit, u32)> {
    let token = p.tokens.get(k)?;
    let digits = p.text_of(k);
    if token.kind != super::Kind::Number || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if !p.is_glued(k + 1) || p.tokens.get(k + 1)?.kind != super::Kind::Word {
        return None;
    }
    Some((Unit::of(p.text_of(k + 1))?, digits.parse().ok()?))
}

/// A unit of time written out after a count ("minutes" of "31 minutes"), with its seconds.
fn unit_word(w: &str) -> Option<u32> {
    match w {
        "hour" | "hours" | "hr" | "hrs" => Some(3600),
        "minute" | "minutes" | "min" | "mins" => Some(60),
        "second" | "seconds" | "sec" | "secs" => Some(1),
        _ => None,
    }
}

/// A whole count at token `k`, in digits ("31") or words ("eight", "forty-five"), and its last
/// token; nothing glued before it ("$31").
fn count_at(p: &Paragraph, k: usize) -> Option<(u32, usize)> {
    let token = p.tokens.get(k)?;
    if k > 0 && p.is_glued(k) {
        return None;
    }
    if token.kind == super::Kind::Number {
        let digits = p.text_of(k);
        return (digits.len() <= 5 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then(|| digits.parse().ok().map(|v| (v, k)))
            .flatten();
    }
    if !p.word(k).is_some_and(|w| super::words::is_number_word(&w)) {
        return None;
    }
    // "forty-five": number words joined by hyphens.
    let mut last = k;
    while p.is_mark(last + 1, &['-'])
        && p.is_glued(last + 1)
        && p.is_glued(last + 2)
        && p.word(last + 2)
            .is_some_and(|w| super::words::is_number_word(&w))
    {
        last += 2;
    }
    let reading = crate::check::number::read(&p.text[p.tokens[k].start..p.tokens[last].end], None)?;
    let whole = reading.value >= 0.0 && reading.value.fract() == 0.0 && reading.value < 1e5;
    (!reading.ordinal && whole).then_some((reading.value as u32, last))
}

/// "31 minutes and 48 seconds", "eight minutes and nine seconds", "1 hour, 2 minutes and 5
/// seconds" (#15): a time measured to the second, spelt out in parts from larger units to
/// smaller, joined by "and" or a comma, each part after the first below 60. A reader takes it as
/// one length of time, as "31:48" is, not as two counts (the 31 alone is no answer to how long
/// it took). Hours and minutes with no seconds ("two hours and 51 minutes") are left to be read
/// as counts of each unit, as the article's keys count them.
pub(super) fn spoken_duration(p: &Paragraph, i: usize) -> Option<Num> {
    let mut k = i;
    let mut parts: Vec<(u32, u32)> = Vec::new();
    let mut last = i;
    // Whether a comma alone has joined two parts: a list, which ", and" may close.
    let mut listed = false;
    // "2 minutes, 1.49 seconds" (AP style, #15): the seconds of a race may carry hundredths.
    let mut fraction = 0.0;
    while let Some((count, count_last)) = count_at(p, k).or_else(|| {
        hundredths_at(p, k)
            .filter(|&(_, last)| {
                !parts.is_empty() && p.word(last + 1).as_deref().and_then(unit_word) == Some(1)
            })
            .map(|(whole, last)| {
                fraction = whole.fract();
                (whole.trunc() as u32, last)
            })
    }) {
        let Some(unit) = p.word(count_last + 1).as_deref().and_then(unit_word) else {
            break;
        };
        if let Some(&(_, before)) = parts.last()
            && (unit >= before || count >= 60)
        {
            break;
        }
        parts.push((count, unit));
        last = count_last + 1;
        // The joint to the next part: "and", ",", or ", and" closing a list the comma opened
        // ("2 hours, 5 minutes, and 3 seconds"). A first joint of ", and" opens a new clause,
        // with a time of its own ("after 23 minutes, and 40 seconds later he scored again").
        k = last + 1;
        let comma = p.is_mark(k, &[',']);
        if comma {
            k += 1;
        }
        if p.word(k).as_deref() == Some("and") {
            if comma && !listed {
                break;
            }
            k += 1;
        }
        listed |= comma;
    }
    // The last part is seconds, and nothing joins more to it ("48 seconds-long").
    if parts.len() < 2
        || parts.last()?.1 != 1
        || (p.is_glued(last + 1) && p.is_mark(last + 1, &['-']))
    {
        return None;
    }
    let seconds = parts.iter().try_fold(0u32, |total, (count, unit)| {
        total.checked_add(count.checked_mul(*unit)?)
    })?;
    if fraction > 0.0 {
        // A time to the hundredth is a value in seconds, as a lap time is ("1:52.34"), written
        // in minutes and seconds as the game reads one; else its parts stay counts ("2 hours,
        // 1 minute, 9.5 seconds", "one minute, 52.34 seconds", fourth reader).
        let written = &p.text[p.tokens[i].start..p.tokens[last].end];
        // Nor the minutes and seconds of a time in hours: "2 hours, 1 minute, 9.5 seconds".
        // "2 hours, 1 minute, 9.5 seconds", "2 hours and 1 minute, 9.5 seconds"; not "2
        // minutes, 6.56 seconds and 4 minutes, 24.38 seconds" (fifth reader).
        let hours = |k: usize| {
            matches!(
                p.word(k).as_deref(),
                Some("hour" | "hours" | "hr" | "hrs" | "h")
            )
        };
        let k = i.saturating_sub(1 + usize::from(p.is_mark(i.wrapping_sub(1), &[','])));
        let of_hours = i > 0
            && (hours(k) || (p.word(k).as_deref() == Some("and") && hours(k.wrapping_sub(1))));
        if of_hours || !super::super::super::durations::is_lap(written) {
            return None;
        }
        return Some(Num::new(
            i,
            last,
            f64::from(seconds) + fraction,
            Class::Duration,
        ));
    }
    Some(Num {
        seconds: Some(seconds),
        ..Num::new(i, last, f64::from(seconds), Class::Duration)
    })
}

/// Seconds with decimals at token `k` ("1.49", "58.88"): below 60, one or two decimals, nothing
/// glued before them.
fn hundredths_at(p: &Paragraph, k: usize) -> Option<(f64, usize)> {
    let token = p.tokens.get(k)?;
    if token.kind != super::Kind::Number || (k > 0 && p.is_glued(k)) {
        return None;
    }
    let text = p.text_of(k);
    let (whole, decimals) = text.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(decimals) || decimals.len() > 2 || whole.len() > 2 {
        return None;
    }
    let value: f64 = text.parse().ok()?;
    (value < 60.0).then_some((value, k))
}
