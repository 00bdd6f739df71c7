//! Numbers in an article: digits ("11,482", "3.4"), words ("four", "a dozen"), money ("$85
//! million", "£6.8bn"), percentages, ordinals ("21st", "third"), fractions ("a third"), times
//! ("2:14 p.m."), years and spans of years ("2022-23"), and the two ends of a range ("8 to 12
//! minutes", "between 40,000 and 45,000"). Values are read with the game's own number reader
//! (`check::number`), so a drafted answer is always one the game reads back the same.

use std::cmp::Ordering;

use super::paragraph::Paragraph;
use super::tokens::Kind;
use super::value::{Class, Found, Value, hedge, hedge_and_side, unit_after};
use crate::check::date::MONTHS;
use crate::check::number;
use crate::model::hedge::APPROXIMATE;

mod doubt;
mod hundredths;
mod money;
mod phone;
mod product;
mod ratio;
mod read;

use doubt::{doubtful, military_time};
pub use money::Money;
pub use product::{Products, model_at};
use read::{Num, read_at};
/// Every number of `p` not already `taken` (by a date), marking the tokens it uses; `money` is
/// what the article says of its money (which currency a letter before an amount stands for).
pub fn numbers(p: &Paragraph, taken: &mut [bool], money: Money) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < p.tokens.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        // "0808 223 1133": a telephone number in groups, no value.
        if let Some(last) = phone::phone_number(p, i) {
            for t in taken.iter_mut().take(last + 1).skip(i) {
                *t = true;
            }
            i = last + 1;
            continue;
        }
        // "one in four", "9 out of 10": a share, one value of the two numbers.
        if let Some((share, last)) = ratio::ratio_at(p, i, taken) {
            out.push(share);
            for t in taken.iter_mut().take(last + 1).skip(i) {
                *t = true;
            }
            i = last + 1;
            continue;
        }
        let Some(mut first) = read_at(p, i).and_then(|n| money.settle(n)) else {
            i += 1;
            continue;
        };
        // "96 cents", "50p": an amount of the currency; left out where which one is not sure.
        match hundredths::in_currency(p, &first, money) {
            Some(Some(amount)) => first = amount,
            Some(None) => {
                let last = first.end + 1;
                for t in taken.iter_mut().take(last + 1).skip(first.first) {
                    *t = true;
                }
                i = last + 1;
                continue;
            }
            None => {}
        }
        // "between 6 and 8 p.m.": the first end is an hour of the second's half of the day.
        match hour_before_a_time(p, &first) {
            Some(Some(hour)) => first = hour,
            Some(None) => {
                for t in taken.iter_mut().take(first.end + 1).skip(first.first) {
                    *t = true;
                }
                i = first.end + 1;
                continue;
            }
            None => {}
        }
        let mut next = first.end + 1;
        let first_token = read::sign_letters_at(p, first.first).map_or(first.first, |(at, _)| at);
        // "jumped 24 per cent to 365p": a change and the level it reached, no range; a range's
        // ends are both shares or neither (#15).
        let pair = range_after(p, &first, taken)
            .and_then(|(n, joiner)| Some((money.settle(n)?, joiner)))
            .filter(|(second, _)| {
                !(first.class == Class::Percent
                    && second.class != Class::Percent
                    && (second.unit.is_some()
                        || second.currency.is_some()
                        || second.code.is_some()))
            });
        match pair {
            Some((second, joiner)) if year_span(&first, &second, joiner) => {
                let slot = p.tokens[first.first].start..p.tokens[second.last].end;
                let answer = p.text[slot.clone()].to_owned();
                if let Some((from, to)) = number::read_span(&answer) {
                    let mut found =
                        Found::new(p, slot, Class::YearSpan, answer, Value::Span(from, to));
                    found.hedge = hedge(p, first.first, second.last);
                    out.push(found);
                }
                next = second.end + 1;
            }
            Some((second, _)) => {
                // "between 20 and 25 per cent": the first end is a percentage too.
                let mut first = first;
                if second.class == Class::Percent && first.class == Class::Number {
                    first.class = Class::Percent;
                }
                let unit = unit_after(p, second.end);
                // "between 2010 and 2015": two years, when the second reads as one.
                let years = first.year_like && second.year_like && is_year(p, &second);
                let (h, side) = hedge_and_side(p, first.first, first.last);
                let (mut low, high) = (first.value, second.value);
                // "between 190 and 175 million years": the first end shares the second's scale
                // word, and is 190 million; the game reads "190" as no such answer, so it is
                // left out.
                // So does "$1-1.2 billion" or "Rs 2,000-2,500 crore": a sign on the first end
                // alone is the second's too. "Rs 5,000 to Rs 5 lakh" does not share it: 5,000
                // lakh would be a thousand times the other end, 5,000 a hundredth of it.
                let bare = second.currency.is_none() && second.code.is_none();
                let carried = |a: &Num, b: &Num| {
                    let money = a.class == Class::Money && b.class == Class::Number && bare;
                    (a.class == b.class || money)
                        && (a.currency == b.currency || b.currency.is_none())
                        && (a.code == b.code || b.code.is_none())
                };
                let shares_scale = scaled(p, &second)
                    && !scaled(p, &first)
                    && carried(&first, &second)
                    && nearer_scaled(p, &first, &second);
                // The first end is as large as its scale makes it: the second's wrong values
                // stay above 35 million, not above 35.
                if shares_scale {
                    low *= scale_of(p, &second);
                }
                // "between ISK 35 and 40 million", "€35 and 40 million": the first end's money
                // is the second's too (#15).
                let mut second = second;
                if shares_scale && bare && first.class == Class::Money {
                    second.class = Class::Money;
                    second.currency = first.currency;
                    second.code = first.code;
                }
                // "within three to five days": a ceiling before the range bounds its first end
                // too, so its wrong values stay below it (#15).
                let first_below = if side == Some(Ordering::Less) {
                    low
                } else {
                    high
                };
                for (num, order) in [
                    (&first, (Ordering::Less, first_below)),
                    (&second, (Ordering::Greater, low)),
                ] {
                    if shares_scale && num.first == first.first {
                        continue;
                    }
                    if let Some(mut found) = to_found(p, num, unit.clone(), years) {
                        found.hedge = h;
                        found.order = (low < high).then_some(order);
                        out.push(found);
                    }
                }
                next = second.end + 1;
            }
            // "at least 12 billion euros a year, not 9.8": a bare number set against an amount
            // with a scale word shares it, as a range's first end does, and is left out as that
            // end is: the game reads "9.8" as no such answer.
            None if contrasted_with_a_scaled(p, &first) => {}
            None => {
                let unit = unit_after(p, first.end);
                if let Some(mut found) = to_found(p, &first, unit, true) {
                    found.hedge = hedge(p, first.first, first.end);
                    out.push(found);
                }
                // "71.84 cents US": the letters after the currency say whose money it is, and
                // are taken with the amount (no place "US" is read in them).
                if first.hundredths && whose_letters_at(p, first.end + 1) {
                    next = first.end + 2;
                } else if whose_money_after(p, first.end) {
                    next = first.end + 3;
                }
            }
        }
        // "US$18.2m" is read at its digits, and its letters are taken with them.
        let from = i.min(first_token);
        for t in taken.iter_mut().take(next.min(p.tokens.len())).skip(from) {
            *t = true;
        }
        i = next;
    }
    out
}

/// Whether a currency's word follows token `end` and then the letters of its country, written
/// after it as Canadian and American copy does ("71.84 cents US", "$40 million Cdn").
fn whose_money_after(p: &Paragraph, end: usize) -> bool {
    let currency = matches!(
        p.word(end + 1).as_deref(),
        Some("cents" | "cent" | "dollars" | "dollar" | "million" | "billion")
    );
    currency && whose_letters_at(p, end + 2)
}

/// Whether the token at `k` is the letters of a currency's country written after it ("US" of
/// "71.84 cents US"), which end there: nothing of a name after them ("US Steel").
fn whose_letters_at(p: &Paragraph, k: usize) -> bool {
    let letters = p.tokens.get(k).is_some_and(|t| t.kind == Kind::Word)
        && matches!(p.text_of(k), "US" | "USD" | "Cdn" | "CAD" | "CDN");
    let ends = p.tokens.get(k + 1).is_none_or(|t| t.kind == Kind::Mark)
        || p.text_of(k + 1).starts_with(char::is_lowercase);
    letters && ends
}

/// A bare hour (1 to 12, plain digits) that opens a range of times whose second end says its
/// half of the day ("from 6 to 8 p.m.", "between roughly 9 and 11 a.m.", "4-6pm"): `None` if it
/// opens no such range; else the hour as a time in that half, or `Some(None)` when it cannot be
/// in the same half ("between 11 and 1 p.m.": the range crosses noon or midnight) and is no
/// count either, so it is left out.
fn hour_before_a_time(p: &Paragraph, first: &Num) -> Option<Option<Num>> {
    let whole = p.text_of(first.first).bytes().all(|b| b.is_ascii_digit());
    if first.class != Class::Number
        || first.first != first.end
        || !whole
        || !(1.0..=12.0).contains(&first.value)
    {
        return None;
    }
    let j = first.end + 1;
    let word = p.word(j);
    let dash = matches!(p.text_of(j), "–" | "—" | "-") && p.is_glued(j) && p.is_glued(j + 1);
    let between = || {
        let before = p.word_before(first.first);
        let hedged = before
            .as_deref()
            .is_some_and(|w| APPROXIMATE.iter().any(|h| h.len() == 1 && h[0] == w));
        let k = first.first.checked_sub(usize::from(hedged))?;
        p.word_before(k).filter(|w| w == "between")
    };
    let joined = dash
        || matches!(word.as_deref(), Some("to" | "until" | "till"))
        || (word.as_deref() == Some("and") && between().is_some());
    if !joined {
        return None;
    }
    let second = read_at(p, j + 1)?;
    let pm = read::after_noon_after(p, second.first)?;
    if second.class != Class::Time || second.last != second.first + 1 {
        return None;
    }
    let hour = first.value as u32 % 12;
    let until = second.minutes? / 60 % 12;
    if hour > until {
        return Some(None);
    }
    let minutes = (hour + if pm { 12 } else { 0 }) * 60;
    Some(Some(Num {
        class: Class::Time,
        value: f64::from(minutes),
        minutes: Some(minutes),
        ..first.clone()
    }))
}

/// A second number joined to `first` as the other end of a range ("-", "–", "to", "and" after
/// "between") or as its whole ("11 of 15"), and the joining word.
fn range_after<'p>(p: &'p Paragraph, first: &Num, taken: &[bool]) -> Option<(Num, &'p str)> {
    let j = first.end + 1;
    let joiner = p.text_of(j);
    let dash = matches!(joiner, "–" | "—")
        || (joiner == "-" && p.is_glued(j) && p.is_glued(j + 1))
        || (joiner == "/" && read::year_slash(p, first.first));
    let word = p.word(j);
    // "between 40 and 45", "between $4 and $5", "between about 190 and 175": a hedge may stand
    // after "between", on the first end.
    // The word before the value and its currency mark ("US$" of "US$6").
    // A code or the letters of "US$" are the value's first token.
    let opens_with_letters = p.tokens[first.first].kind == super::tokens::Kind::Word;
    let lead = first
        .first
        .checked_sub(usize::from(first.currency.is_some() && !opens_with_letters));
    let word_before = lead.and_then(|k| k.checked_sub(1));
    let between = word_before.is_some_and(|k| {
        let hedged = APPROXIMATE
            .iter()
            .any(|h| h.len() == 1 && p.word(k).as_deref() == Some(h[0]));
        let k = if hedged { k.checked_sub(1) } else { Some(k) };
        k.and_then(|k| p.word(k)).as_deref() == Some("between")
    });
    let joined = dash
        || matches!(word.as_deref(), Some("to" | "through"))
        || (word.as_deref() == Some("and") && between)
        || (word.as_deref() == Some("of") && !first.year_like);
    if !joined {
        return None;
    }
    // "rose in 2025 to 0.79": a year, then "to" and a value that is no year, says when and what
    // it came to, no range.
    let next = p.text_of(j + 1);
    let year_then_value = first.year_like
        && matches!(word.as_deref(), Some("to" | "through"))
        && !(next.len() == 4 && next.bytes().all(|b| b.is_ascii_digit()));
    if year_then_value {
        return None;
    }
    // "between US$6 and US$11".
    let dollars = p.word(j + 1).is_some()
        && number::dollar_prefix(p.text_of(j + 1))
        && p.is_mark(j + 2, &['$']);
    let start = if dollars {
        j + 3
    } else if p.tokens.get(j + 1).is_some_and(|t| t.kind == Kind::Mark)
        && p.text_of(j + 1)
            .chars()
            .next()
            .and_then(crate::check::currencies::symbol)
            .is_some()
    {
        j + 2
    } else {
        j + 1
    };
    if taken.get(start).copied().unwrap_or(true) {
        return None;
    }
    // "between Rs 800 and Rs 7,500": the second end opens with its currency's code.
    let second = read_at(p, start).or_else(|| {
        (start + 1..=start + 2)
            .filter_map(|k| read_at(p, k))
            .find(|n| n.first == start && n.code.is_some())
    })?;
    // "by 2 cents to 24 cents": an amount in hundredths opens no range (its own is not read).
    if first.hundredths {
        return None;
    }
    if [first.class, second.class]
        .iter()
        .any(|c| matches!(c, Class::Time | Class::Duration))
        || second.fraction.is_some()
        || first.fraction.is_some()
    {
        return None;
    }
    if word.as_deref() == Some("of") && second.value < first.value {
        return None;
    }
    Some((second, joiner))
}

/// The bare "H:MM" times of `p` that read as hours and minutes ("I wanted 2:05", "to go under
/// 2:10"): the article writes its times taken with that many hours, at least two of them
/// ("2:06:12", "2hr 04min 31sec"; `hours` holds the hours of each), so a reader takes a bare
/// "2:05" among them for a time of the same kind, not a clock time or minutes and seconds. Each
/// is a duration; none that `found` (the article's values) covers already.
pub fn bare_durations(p: &Paragraph, hours: &[u32], found: &[Found]) -> Vec<Found> {
    (0..p.tokens.len())
        .filter_map(|i| {
            let seconds = read::bare_hours_minutes(p, i)?;
            if hours.iter().filter(|&&h| h == seconds / 3600).count() < 2 {
                return None;
            }
            let slot = p.tokens[i].range();
            let covered = found.iter().any(|f| {
                f.paragraph == p.index && f.slot.start < slot.end && slot.start < f.slot.end
            });
            if covered {
                return None;
            }
            let written = p.text_of(i).to_owned();
            let mut f = Found::new(
                p,
                slot,
                Class::Duration,
                written.clone(),
                Value::Duration(seconds),
            );
            f.aliases = super::durations::forms(seconds, &written);
            f.hedge = hedge(p, i, i);
            Some(f)
        })
        .collect()
}

/// Whether a number is written with a scale word: "175 million", "£6.8bn", "7.7k".
fn scaled(p: &Paragraph, num: &Num) -> bool {
    (num.first..=num.last).any(|k| {
        p.word(k).is_some_and(|w| {
            read::scale_word(&w) || matches!(w.as_str(), "k" | "m" | "bn" | "mn" | "tn")
        })
    })
}

/// Whether `num` is a bare number ("9.8") after "not", "than" or "from" with nothing it counts
/// after it, set against the amount before it in its sentence, written with a scale word ("12
/// billion euros a year, not 9.8"), whose scale it shares: times that scale it is nearer that
/// amount than as written (`nearer_scaled`). "4 goals, not 3" has no scale to share, nor "to 65
/// from 64" after "a million people"; "from 12 donors" counts.
fn contrasted_with_a_scaled(p: &Paragraph, num: &Num) -> bool {
    let bare = num.class == Class::Number
        && num.first == num.last
        && num.end == num.last
        && num.currency.is_none()
        && num.code.is_none()
        && !scaled(p, num);
    let set_against = matches!(
        p.word_before(num.first).as_deref(),
        Some("not" | "than" | "from")
    );
    let counts = p
        .tokens
        .get(num.last + 1)
        .is_some_and(|t| t.kind != Kind::Mark || p.is_mark(num.last + 1, &['%']));
    if !bare || !set_against || counts {
        return false;
    }
    let start = p.sentence(p.sentence_of(p.tokens[num.first].start)).start;
    (0..num.first)
        .rev()
        .take_while(|&k| p.tokens[k].start >= start)
        .filter_map(|k| read_at(p, k))
        .find(|n| n.last < num.first)
        .is_some_and(|n| scaled(p, &n) && nearer_scaled(p, num, &n))
}

/// Whether the first end of a range, times the scale word of the second ("175 million"), is
/// nearer the second end than the first end as written: a range's ends are of one size.
fn nearer_scaled(p: &Paragraph, first: &Num, second: &Num) -> bool {
    if bare_digits(p, second).is_none() {
        return true;
    }
    let scale = scale_of(p, second);
    let apart = |a: f64| (a.abs() / second.value.abs()).ln().abs();
    first.value == 0.0 || apart(first.value * scale) <= apart(first.value)
}

/// The value of the digits of `num` alone ("40" of "40 million"), when not zero.
fn bare_digits(p: &Paragraph, num: &Num) -> Option<f64> {
    (num.first..=num.last)
        .find(|&k| p.tokens[k].kind == Kind::Number)
        .and_then(|k| number::read(p.text_of(k), None))
        .map(|r| r.value)
        .filter(|v| *v > 0.0)
}

/// What the scale word of `num` multiplies its digits by ("40 million": a million); one when it
/// has none.
fn scale_of(p: &Paragraph, num: &Num) -> f64 {
    bare_digits(p, num).map_or(1.0, |bare| num.value / bare)
}

/// "2022-23", "1950 to 1953": a forward span of years, joined by a dash or "to".
fn year_span(first: &Num, second: &Num, joiner: &str) -> bool {
    let by = matches!(joiner, "-" | "–" | "—" | "/" | "to" | "through");
    let short = second.value < 100.0;
    by && first.year_like
        && (second.year_like || short)
        && second.currency.is_none()
        && second.code.is_none()
}

/// The found value for `num`, with its unit; `may_be_year` unless it is one end of a range of
/// counts.
fn to_found(p: &Paragraph, num: &Num, unit: Option<String>, may_be_year: bool) -> Option<Found> {
    let slot = p.tokens[num.first].start..p.tokens[num.last].end;
    let written = p.text[slot.clone()].to_owned();
    if let Some(found) = fiscal_year(p, num, &written) {
        return Some(found);
    }
    if doubtful(p, num, &written) {
        return None;
    }
    if let Some(time) = military_time(p, num, &written) {
        let minutes = time?;
        let mut found = Found::new(p, slot, Class::Time, written, Value::Time(minutes));
        found.aliases.extend(time_forms(minutes));
        return Some(found);
    }
    let class = if num.class == Class::Number && num.year_like && may_be_year && is_year(p, num) {
        Class::Year
    } else {
        num.class
    };
    let value = match (num.fraction, num.minutes, num.seconds) {
        (Some((n, d)), _, _) => Value::Fraction(n, d),
        (_, Some(m), _) => Value::Time(m),
        (_, _, Some(s)) => Value::Duration(s),
        _ if class == Class::Decade => Value::Decade(num.value as i32),
        _ => Value::Number(num.value),
    };
    let answer = num.answer.clone().unwrap_or_else(|| written.clone());
    let mut found = Found::new(p, slot, class, answer, value);
    match class {
        // "Rs 3.2 crore": the answer is the amount with its code, the unit the currency.
        Class::Money if num.code.is_some() => {
            found.unit = num.code.map(str::to_owned);
            // "96 cents" answered "0.96" (dollars): "$0.96" too.
            if num.hundredths
                && let (Some(unit), Some(answer)) = (num.code, &num.answer)
            {
                // "45p" blanked and answered "0.45": the blank says pounds, "£{answer}".
                let slot = crate::model::SLOT;
                found.blank = Some(match hundredths::symbol_of(unit) {
                    Some(symbol) => {
                        found.aliases.push(format!("{symbol}{answer}"));
                        format!("{symbol}{slot}")
                    }
                    None => format!("{slot} {unit}"),
                });
            }
        }
        Class::Money => {
            let symbol = num.currency?;
            found.unit = Some(currency_name(symbol).to_owned());
            if written.starts_with(|c: char| c.is_ascii_digit()) {
                found.aliases.push(format!("{symbol}{written}"));
            }
        }
        Class::Percent => {
            found.unit = Some("percent".into());
            found.aliases.push(format!("{written}%"));
        }
        Class::Fraction => found
            .aliases
            .extend(fraction_forms(num.fraction?, &written)),
        Class::Time => found.aliases.extend(time_forms(num.minutes?)),
        // A race time in whole seconds, or a lap time with decimals ("1m31.204s").
        Class::Duration => match num.seconds {
            Some(seconds) => found
                .aliases
                .extend(super::durations::forms(seconds, &written)),
            None => found.aliases.extend(super::durations::lap_forms(&written)?),
        },
        Class::Decade => found.aliases.push(format!("{}'s", num.value)),
        Class::Year => {}
        // "twice": a count of times, whose options are counts of times too ("three times").
        _ if crate::check::number::counts_times(&written) => {
            found.unit = Some("times".into());
            found.aliases.push(format!("{} times", num.value));
        }
        _ => found.unit = num.unit.clone().or(unit),
    }
    if num.answer.is_some() {
        found.aliases.push(written);
    }
    Some(found)
}

/// The word for a count of times, where English has one: 1 "once", 2 "twice".
pub(super) fn times_word_of(n: u32) -> Option<&'static str> {
    match n {
        1 => Some("once"),
        2 => Some("twice"),
        _ => None,
    }
}

/// The currency a symbol stands for alone ("£" pounds, "₹" rupees).
fn currency_name(symbol: char) -> &'static str {
    crate::check::currencies::symbol(symbol).map_or("dollars", |c| c.unit)
}

/// Four digits are a year unless a plural noun follows with no word that points at a time
/// before them: "since 2014", "the 2018 Camp Fire", but "1500 troops".
/// A fiscal year written "FY2025" or "FY26": the year it ends in (2025, 2026), the letters with
/// it in the blank; glued to "FY", the digits are no model's code (#15).
fn fiscal_year(p: &Paragraph, num: &Num, written: &str) -> Option<Found> {
    let letters = num.first.checked_sub(1)?;
    let fy = p.text_of(letters) == "FY"
        && p.is_glued(num.first)
        && p.tokens[letters].kind == Kind::Word
        && (letters == 0 || !p.is_glued(letters));
    let year = match written.len() {
        4 => written
            .parse::<i32>()
            .ok()
            .filter(|y| (1900..=2100).contains(y))?,
        2 => 2000 + written.parse::<i32>().ok()?,
        _ => return None,
    };
    if !fy || !written.bytes().all(|b| b.is_ascii_digit()) || num.first != num.last {
        return None;
    }
    let slot = p.tokens[letters].start..p.tokens[num.last].end;
    let mut found = Found::new(
        p,
        slot.clone(),
        Class::Year,
        year.to_string(),
        Value::Number(f64::from(year)),
    );
    found.aliases.push(p.text[slot].to_owned());
    Some(found)
}

fn is_year(p: &Paragraph, num: &Num) -> bool {
    if !(1000.0..=2100.0).contains(&num.value) {
        return false;
    }
    let before = p.word_before(num.first);
    // "the helpline 1070", "dial 1800": a number to call, no year.
    if before.as_deref().is_some_and(|w| {
        matches!(
            w,
            "helpline" | "hotline" | "dial" | "extension" | "ext" | "toll-free"
        )
    }) {
        return false;
    }
    if bill_number(p, num) {
        return false;
    }
    // "near the 1000-metre mark", "the 1500-metre final": a count hyphened to a unit of measure.
    let measured = p.is_mark(num.end + 1, &['-'])
        && p.is_glued(num.end + 1)
        && p.is_glued(num.end + 2)
        && p.word(num.end + 2).is_some_and(|w| {
            matches!(
                w.as_str(),
                "metre"
                    | "meter"
                    | "kilometre"
                    | "kilometer"
                    | "mile"
                    | "km"
                    | "foot"
                    | "feet"
                    | "yard"
                    | "tonne"
                    | "ton"
                    | "litre"
                    | "liter"
                    | "hectare"
                    | "acre"
                    | "page"
                    | "seat"
                    | "room"
                    | "bed"
                    | "strong"
                    | "member"
            )
        });
    if measured {
        return false;
    }
    // "the Supreme Court’s 2021 ruling": a possessive points at a time as "its" does.
    let possessive = before
        .as_deref()
        .is_some_and(super::paragraph::is_possessive);
    let pointer = possessive
        || before.as_deref().is_some_and(|w| {
            matches!(
                w,
                "the"
                    | "a"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "this"
                    | "last"
                    | "next"
                    | "since"
                    | "in"
                    | "of"
                    | "by"
                    | "from"
                    | "until"
                    | "to"
                    | "before"
                    | "after"
                    | "early"
                    | "late"
                    | "mid"
                    | "spring"
                    | "summer"
                    | "autumn"
                    | "fall"
                    | "winter"
            )
        });
    // "a 1957 canvas" is a year; "2000 canvas bags" count the noun after it (second reader).
    let plural_after = match p.word(num.end + 1) {
        // "two 2020 Christmas parties", "weak 2023 Christmas sales": a year of our era before
        // a holiday; "1500 Christmas hampers" counts the hampers (second to fourth readers).
        // "The market sold 2000 Christmas trees", "handed out 2000 hampers": after a verb, a
        // count (fifth reader).
        Some(w) if w == "christmas" => {
            // Only verbs of handing things out ("attended 2020 Christmas parties", "reported
            // 2023 Christmas sales", "made 2020 Christmas plans", "received 2022 Christmas
            // bonuses" are years, sixth and eighth readers).
            let counted = before.as_deref().is_some_and(|b| {
                matches!(
                    b,
                    "sold"
                        | "sells"
                        | "sell"
                        | "selling"
                        | "delivered"
                        | "deliver"
                        | "donated"
                        | "distributed"
                        | "packed"
                        | "sent"
                        | "gave"
                        | "bought"
                        | "collected"
                        | "provided"
                        | "handed"
                        | "planted"
                        | "wrapped"
                        | "cooked"
                        | "out"
                        | "than"
                        | "some"
                        | "nearly"
                        | "almost"
                        | "around"
                        | "roughly"
                        | "approximately"
                        | "estimated"
                        | "over"
                )
            });
            // "served", "received", "made", "handled", "about": a count only of a round figure
            // ("received 2000 Christmas cards"; "received 2022 Christmas bonuses" a year;
            // eighth and ninth readers).
            let round = num.value % 100.0 == 0.0
                && before.as_deref().is_some_and(|b| {
                    matches!(b, "served" | "received" | "made" | "handled" | "about")
                });
            counted || round || !(1900.0..=2100.0).contains(&num.value)
        }
        Some(w) if crate::draft::lexicon::singular_in_as(&w) => p
            .word(num.end + 2)
            .is_some_and(|w| crate::draft::lexicon::plural_shape(&w)),
        Some(w) => w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"),
        None => false,
    };
    // "the Trade Union Act 2016", "the Finance Bill 2024": a law's name ends with its year.
    let law = before.as_deref().is_some_and(|w| {
        matches!(
            w,
            "act" | "acts" | "bill" | "regulations" | "order" | "ordinance"
        )
    }) && num
        .first
        .checked_sub(1)
        .is_some_and(|k| p.text_of(k).starts_with(char::is_uppercase));
    // "Flight 1326", "Boeing 1900": a name's number, not a year.
    let named = !law
        && !possessive
        && num.first.checked_sub(1).is_some_and(|k| {
            p.tokens[k].kind == super::tokens::Kind::Word
                && p.text_of(k).starts_with(char::is_uppercase)
                && !MONTHS.iter().any(|m| p.text_of(k).starts_with(&m[..3]))
        });
    pointer || (!plural_after && !named)
}
/// Whether a number is a bill's in a legislature, which names it by its chamber: "Senate Bill
/// 1902", "House Resolution 1544", "S. 1847", "H.R. 2210", "SB 1047". An identifier, no year
/// ("the Finance Bill 2024" ends a law's name with its year, and stays one).
fn bill_number(p: &Paragraph, num: &Num) -> bool {
    let word = |back: usize| num.first.checked_sub(back).and_then(|k| p.word(k));
    let chamber = matches!(word(1).as_deref(), Some("bill" | "resolution"))
        && matches!(word(2).as_deref(), Some("senate" | "house" | "assembly"));
    let before = p.text[..p.tokens[num.first].start].trim_end();
    let code = before.rsplit(char::is_whitespace).next().is_some_and(|w| {
        matches!(
            w,
            // Not "AB" or "HR", a company's suffix and a department before a year.
            "S." | "H.R." | "H.B." | "HB" | "S.B." | "SB" | "A.B." | "H.Res." | "S.Res."
        )
    });
    chamber || code
}

/// Other ways to write a fraction: "a third", "one third", "1/3".
fn fraction_forms((n, d): (u32, u32), written: &str) -> Vec<String> {
    let names = [
        "", "", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ];
    let name = names.get(d as usize).copied().unwrap_or("");
    let mut forms = vec![format!("{n}/{d}")];
    if n == 1 {
        forms.push(format!("one {name}"));
        let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        forms.push(format!("{article} {name}"));
    }
    forms.retain(|f| !f.eq_ignore_ascii_case(written));
    forms
}

/// Other ways to write a time: "14:14", "2:14 pm", "2:14pm", "2:14"; "06:30" with the hour's
/// zero; "7 pm" and "7pm" for a time on the hour.
fn time_forms(minutes: u32) -> Vec<String> {
    let (h, m) = (minutes / 60, minutes % 60);
    let twelve = if h % 12 == 0 { 12 } else { h % 12 };
    let half = if h < 12 { "am" } else { "pm" };
    let mut forms = vec![
        format!("{h}:{m:02}"),
        format!("{twelve}:{m:02} {half}"),
        format!("{twelve}:{m:02}{half}"),
        format!("{twelve}:{m:02}"),
    ];
    if h < 10 {
        forms.push(format!("{h:02}:{m:02}"));
    }
    if m == 0 {
        forms.extend([format!("{twelve} {half}"), format!("{twelve}{half}")]);
    }
    forms
}

#[cfg(test)]
mod tests;
