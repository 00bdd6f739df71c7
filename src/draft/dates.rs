//! Dates and weekdays in an article: "July 27, 2018", "27 July 2018", "2018-07-27", "June 14" and
//! "1 September" (no year), "September 2022" (no day), and "Friday" (also "Tuesday’s").

use super::paragraph::Paragraph;
use super::tokens::Kind;
use super::value::{Class, Found, Value};
use crate::check::date::{Date, MONTHS, WEEKDAYS};

/// Every date and weekday of `p`, marking the tokens each uses in `taken`.
pub fn dates(p: &Paragraph, taken: &mut [bool]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < p.tokens.len() {
        let read = month_first(p, i)
            .or_else(|| day_first(p, i))
            .or_else(|| shared_month(p, i))
            .or_else(|| iso(p, i));
        if let Some((mut last, found)) = read {
            // "March 5 to 7": the end of a range of days is a date of the same month.
            let end = match found.value {
                Value::DayMonth(month, day) if month > 0 => {
                    range_end(p, last, month, day, &found.answer)
                }
                _ => None,
            };
            // "Sept. 20-28, 2030": a range's end this does not read as a date is no number of
            // its own either (#15).
            let unread_end = match found.value {
                Value::DayMonth(month, day)
                    if month > 0 && end.is_none() && month_at(p, i).is_some() =>
                {
                    joined_day(p, last, day)
                }
                _ => None,
            };
            out.push(found);
            if let Some((end_last, end)) = end {
                out.push(end);
                last = end_last;
            } else if let Some(end_last) = unread_end {
                last = end_last;
            }
            for t in &mut taken[i..=last] {
                *t = true;
            }
            i = last + 1;
            continue;
        }
        if let Some(found) = weekday(p, i) {
            taken[i] = true;
            out.push(found);
        }
        i += 1;
    }
    out
}

/// The month (1-12) named by the capitalised word at `i` ("July", "Aug", "Sept"), and the last
/// token of it (with an abbreviation's dot).
fn month_at(p: &Paragraph, i: usize) -> Option<(u32, usize)> {
    let token = p.tokens.get(i)?;
    let text = token.text(p.text);
    if token.kind != Kind::Word || !text.starts_with(char::is_uppercase) {
        return None;
    }
    let word = text.to_lowercase();
    if let Some(m) = MONTHS.iter().position(|m| m.to_lowercase() == word) {
        return Some((m as u32 + 1, i));
    }
    let short = [
        "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let m = short
        .iter()
        .position(|s| !s.is_empty() && *s == word)
        .or((word == "sept").then_some(8))?;
    let dot = p.is_mark(i + 1, &['.']) && p.is_glued(i + 1);
    Some((m as u32 + 1, if dot { i + 1 } else { i }))
}

/// A day of the month at `i`: "14", "4th".
fn day_at(p: &Paragraph, i: usize) -> Option<(u32, usize)> {
    let token = p.tokens.get(i)?;
    if token.kind != Kind::Number {
        return None;
    }
    let day: u32 = token
        .text(p.text)
        .parse()
        .ok()
        .filter(|d| (1..=31).contains(d))?;
    let suffix =
        p.is_glued(i + 1) && matches!(p.word(i + 1).as_deref(), Some("st" | "nd" | "rd" | "th"));
    if p.is_glued(i + 1) && !suffix && p.tokens.get(i + 1).is_some_and(|t| t.kind != Kind::Mark) {
        return None;
    }
    Some((day, if suffix { i + 1 } else { i }))
}

/// A year at `i`: four digits from 1000 to 2100, not part of a longer number.
fn year_at(p: &Paragraph, i: usize) -> Option<(i32, usize)> {
    let token = p.tokens.get(i)?;
    let text = token.text(p.text);
    if token.kind != Kind::Number || text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = text.parse().ok().filter(|y| (1000..=2100).contains(y))?;
    Some((year, i))
}

/// "July 27, 2018", "June 14", "Aug. 15", "September 2022".
fn month_first(p: &Paragraph, i: usize) -> Option<(usize, Found)> {
    let (month, m_end) = month_at(p, i)?;
    if let Some((day, d_end)) = day_at(p, m_end + 1) {
        let comma = p.is_mark(d_end + 1, &[',']);
        let year = year_at(p, d_end + 1 + usize::from(comma));
        return Some(build(
            p,
            i,
            Some(day),
            month,
            year.map(|y| y.0),
            year.map_or(d_end, |y| y.1),
        ));
    }
    let comma = p.is_mark(m_end + 1, &[',']);
    let (year, y_end) = year_at(p, m_end + 1 + usize::from(comma))?;
    Some(build(p, i, None, month, Some(year), y_end))
}

/// After a day of a month ending at token `last`, the other end of a range: "to 7", "-7",
/// "through 9", or a second day listed with "and"/"or" ("or 25,"). Its last token, and the date, written with the first date's month.
/// The last token of a later day of the month joined by a dash, "to" or "through" after the
/// date ending at `last` ("Sept. 20-28, 2030"), whether or not `range_end` reads it as a date.
fn joined_day(p: &Paragraph, last: usize, day: u32) -> Option<usize> {
    let joined = matches!(p.text_of(last + 1), "-" | "–" | "—")
        || matches!(p.word(last + 1).as_deref(), Some("to" | "through"));
    let (end, end_last) = day_at(p, last + 2).filter(|_| joined)?;
    // Not "3 March to 28 April": a month after the day makes a date of its own.
    (end > day && month_at(p, end_last + 1).is_none()).then_some(end_last)
}

fn range_end(
    p: &Paragraph,
    last: usize,
    month: u32,
    day: u32,
    first: &str,
) -> Option<(usize, Found)> {
    let joiner = p.text_of(last + 1);
    let joined = matches!(joiner, "-" | "–" | "—")
        || matches!(p.word(last + 1).as_deref(), Some("to" | "through"));
    // "Feb. 24 or 25,", "March 3 and 9.": a second day of the same month, where a mark or the
    // paragraph's end follows it ("March 5 and 12 people" is a count).
    let listed = matches!(p.word(last + 1).as_deref(), Some("and" | "or"));
    let (end, end_last) = day_at(p, last + 2).filter(|_| joined || listed)?;
    if listed
        && p.tokens
            .get(end_last + 1)
            .is_some_and(|t| t.kind != Kind::Mark)
    {
        return None;
    }
    // "March 5 to 7, 2024", "5 to 7 March": not a range this reads.
    let after = p.tokens.get(end_last + 1);
    let more = p.is_mark(end_last + 1, &[',']) && year_at(p, end_last + 2).is_some();
    if end <= day
        || Date::new(2000, month, end).is_none()
        || more
        || month_at(p, end_last + 1).is_some()
        || after.is_some_and(|t| t.kind == Kind::Number)
    {
        return None;
    }
    let slot = p.tokens[last + 2].start..p.tokens[end_last].end;
    let written = &p.text[slot.clone()];
    let month_word = first.split_whitespace().next().unwrap_or("");
    let answer = format!("{month_word} {written}");
    let mut found = Found::new(
        p,
        slot,
        Class::DayMonth,
        answer.clone(),
        Value::DayMonth(month, end),
    );
    found.aliases = day_month_forms(month, end);
    found.aliases.push(written.to_owned());
    found.aliases.retain(|a| !a.eq_ignore_ascii_case(&answer));
    Some((end_last, found))
}

/// "27 July 2018", "1 September", "4th of July".
fn day_first(p: &Paragraph, i: usize) -> Option<(usize, Found)> {
    let (day, d_end) = day_at(p, i)?;
    let of = p.word(d_end + 1).as_deref() == Some("of");
    let (month, m_end) = month_at(p, d_end + 1 + usize::from(of))?;
    let comma = p.is_mark(m_end + 1, &[',']);
    let year = year_at(p, m_end + 1 + usize::from(comma));
    Some(build(
        p,
        i,
        Some(day),
        month,
        year.map(|y| y.0),
        year.map_or(m_end, |y| y.1),
    ))
}

/// "11 and 12 March", "5 to 7 March", "5-7 March": a day written before another day and its
/// month is a day of that month too. Its last token and the date, written with the month; the
/// second day is read after it. With a year after the month ("11 and 12 March 2025") whether the
/// year is the first day's too is left unsure, and the first day is left out (tokens taken).
fn shared_month(p: &Paragraph, i: usize) -> Option<(usize, Found)> {
    let (day, d_end) = day_at(p, i)?;
    let joiner = p.text_of(d_end + 1);
    let dash = matches!(joiner, "–" | "—") || (joiner == "-" && p.is_glued(d_end + 1));
    let joined = dash
        || matches!(
            p.word(d_end + 1).as_deref(),
            Some("and" | "or" | "to" | "through")
        );
    if !joined {
        return None;
    }
    // "Friday 6 to Sunday 15 June": a weekday may stand before the second day.
    let second = d_end + 2 + usize::from(weekday(p, d_end + 2).is_some());
    let (end, end_last) = day_at(p, second)?;
    let (month, m_end) = month_at(p, end_last + 1)?;
    let comma = p.is_mark(m_end + 1, &[',']);
    let slot = p.tokens[i].start..p.tokens[d_end].end;
    let written = p.text[slot.clone()].to_owned();
    let year_after = year_at(p, m_end + 1 + usize::from(comma)).is_some();
    if year_after || end <= day || Date::new(2000, month, day).is_none() {
        return Some((d_end, invalid(p, slot, written)));
    }
    let answer = format!("{day} {}", MONTHS[month as usize - 1]);
    let mut found = Found::new(
        p,
        slot,
        Class::DayMonth,
        answer.clone(),
        Value::DayMonth(month, day),
    );
    found.aliases = day_month_forms(month, day);
    found.aliases.push(written);
    found.aliases.retain(|a| !a.eq_ignore_ascii_case(&answer));
    Some((d_end, found))
}

/// "2018-07-27".
fn iso(p: &Paragraph, i: usize) -> Option<(usize, Found)> {
    let (_, _) = year_at(p, i)?;
    let glued = (i + 1..=i + 4).all(|k| p.is_glued(k));
    if !glued || !p.is_mark(i + 1, &['-']) || !p.is_mark(i + 3, &['-']) {
        return None;
    }
    let slot = p.tokens[i].start..p.tokens.get(i + 4)?.end;
    let date = Date::read(&p.text[slot.clone()])?;
    let found = Found::new(p, slot, Class::Date, date.display(), Value::Date(date));
    Some((i + 4, found))
}

/// The found date from `first` to `last`, whichever parts it has.
fn build(
    p: &Paragraph,
    first: usize,
    day: Option<u32>,
    month: u32,
    year: Option<i32>,
    last: usize,
) -> (usize, Found) {
    let slot = p.tokens[first].start..p.tokens[last].end;
    let written = p.text[slot.clone()].to_owned();
    let name = MONTHS[month as usize - 1];
    let found = match (day, year) {
        (Some(day), Some(year)) => match Date::new(year, month, day) {
            Some(date) => {
                let answer = if Date::read(&written) == Some(date) {
                    written
                } else {
                    date.display()
                };
                Found::new(p, slot, Class::Date, answer, Value::Date(date))
            }
            None => return (last, invalid(p, slot, written)),
        },
        (Some(day), None) => {
            if Date::new(2000, month, day).is_none() {
                return (last, invalid(p, slot, written));
            }
            let mut found = Found::new(
                p,
                slot,
                Class::DayMonth,
                written.clone(),
                Value::DayMonth(month, day),
            );
            found.aliases = day_month_forms(month, day);
            found.aliases.retain(|a| !a.eq_ignore_ascii_case(&written));
            found
        }
        (None, Some(year)) => {
            let mut found = Found::new(
                p,
                slot,
                Class::MonthYear,
                written.clone(),
                Value::MonthYear(year, month),
            );
            found.aliases = vec![
                format!("{name} {year}"),
                format!("{} {year}", &name[..3]),
                format!("{year}-{month:02}"),
            ];
            found.aliases.retain(|a| !a.eq_ignore_ascii_case(&written));
            found
        }
        (None, None) => unreachable!("a date has a day or a year"),
    };
    (last, found)
}

/// A date that does not exist ("31 June"): not drafted, but its tokens are not numbers either.
fn invalid(p: &Paragraph, slot: std::ops::Range<usize>, written: String) -> Found {
    let mut found = Found::new(p, slot, Class::DayMonth, written, Value::DayMonth(0, 0));
    found.answer.clear();
    found
}

/// The ways to write a day of a month: "14 June", "June 14", "June 14th", "14th June".
pub fn day_month_forms(month: u32, day: u32) -> Vec<String> {
    let name = MONTHS[month as usize - 1];
    let th = crate::check::number::ordinal_suffix(i64::from(day));
    vec![
        format!("{day} {name}"),
        format!("{name} {day}"),
        format!("{name} {day}{th}"),
        format!("{day}{th} {name}"),
    ]
}

/// A weekday at `i`: "Friday", "Tuesday’s" (the slot is the day's name without the "’s").
fn weekday(p: &Paragraph, i: usize) -> Option<Found> {
    let token = p.tokens.get(i)?;
    let text = token.text(p.text);
    if token.kind != Kind::Word || !text.starts_with(char::is_uppercase) {
        return None;
    }
    let day = WEEKDAYS.iter().position(|d| {
        text.get(..d.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(d))
            && matches!(text.get(d.len()..), Some("" | "’s" | "'s" | "s"))
    })?;
    let name = WEEKDAYS[day];
    let slot = token.start..token.start + name.len();
    Some(Found::new(
        p,
        slot,
        Class::Weekday,
        p.text[token.start..token.start + name.len()].to_owned(),
        Value::Weekday(day),
    ))
}

#[cfg(test)]
mod tests;
