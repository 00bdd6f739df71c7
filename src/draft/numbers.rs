//! Numbers in an article: digits ("11,482", "3.4"), words ("four", "a dozen"), money ("$85
//! million", "£6.8bn"), percentages, ordinals ("21st", "third"), fractions ("a third"), times
//! ("2:14 p.m."), years and spans of years ("2022-23"), and the two ends of a range ("8 to 12
//! minutes", "between 40,000 and 45,000"). Values are read with the game's own number reader
//! (`check::number`), so a drafted answer is always one the game reads back the same.

use std::cmp::Ordering;

use super::paragraph::Paragraph;
use super::tokens::Kind;
use super::value::{Class, Found, Value, hedge, unit_after};
use crate::check::number;

/// A number read at some tokens of a paragraph.
#[derive(Debug, Clone)]
struct Num {
    first: usize,
    /// The last token of the value itself (digits, multiplier, ordinal suffix, "p.m.").
    last: usize,
    /// The last token that belongs with it (a "%" or "percent" after it).
    end: usize,
    value: f64,
    class: Class,
    currency: Option<char>,
    /// Four plain digits that could be a year.
    year_like: bool,
    fraction: Option<(u32, u32)>,
    minutes: Option<u32>,
    /// Written as "a dozen": the answer is the digits.
    dozen: bool,
}

/// Every number of `p` not already `taken` (by a date), marking the tokens it uses.
pub fn numbers(p: &Paragraph, taken: &mut [bool]) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < p.tokens.len() {
        if taken[i] {
            i += 1;
            continue;
        }
        let Some(first) = read_at(p, i) else {
            i += 1;
            continue;
        };
        let mut next = first.end + 1;
        let pair = range_after(p, &first, taken);
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
                let unit = unit_after(p, second.end);
                // "between 2010 and 2015": two years, when the second reads as one.
                let years = first.year_like && second.year_like && is_year(p, &second);
                let h = hedge(p, first.first, first.last);
                let (low, high) = (first.value, second.value);
                for (num, order) in [
                    (&first, (Ordering::Less, high)),
                    (&second, (Ordering::Greater, low)),
                ] {
                    if let Some(mut found) = to_found(p, num, unit.clone(), years) {
                        found.hedge = h;
                        found.order = (low < high).then_some(order);
                        out.push(found);
                    }
                }
                next = second.end + 1;
            }
            None => {
                let unit = unit_after(p, first.end);
                if let Some(mut found) = to_found(p, &first, unit, true) {
                    found.hedge = hedge(p, first.first, first.end);
                    out.push(found);
                }
            }
        }
        for t in taken.iter_mut().take(next.min(p.tokens.len())).skip(i) {
            *t = true;
        }
        i = next;
    }
    out
}

/// A second number joined to `first` as the other end of a range ("-", "–", "to", "and" after
/// "between") or as its whole ("11 of 15"), and the joining word.
fn range_after<'p>(p: &'p Paragraph, first: &Num, taken: &[bool]) -> Option<(Num, &'p str)> {
    let j = first.end + 1;
    let joiner = p.text_of(j);
    let dash = matches!(joiner, "–" | "—") || (joiner == "-" && p.is_glued(j) && p.is_glued(j + 1));
    let word = p.word(j);
    let between = (first.first + 1)
        .checked_sub(2 + usize::from(first.currency.is_some()))
        .and_then(|k| p.word(k))
        .as_deref()
        == Some("between");
    let joined = dash
        || matches!(word.as_deref(), Some("to" | "through"))
        || (word.as_deref() == Some("and") && between)
        || (word.as_deref() == Some("of") && !first.year_like);
    if !joined {
        return None;
    }
    let start = if p.is_mark(j + 1, &['$', '£', '€', '¥']) {
        j + 2
    } else {
        j + 1
    };
    if taken.get(start).copied().unwrap_or(true) {
        return None;
    }
    let second = read_at(p, start)?;
    if second.class == Class::Time
        || first.class == Class::Time
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

/// "2022-23", "1950 to 1953": a forward span of years, joined by a dash or "to".
fn year_span(first: &Num, second: &Num, joiner: &str) -> bool {
    let by = matches!(joiner, "-" | "–" | "—" | "to" | "through");
    let short = second.value < 100.0;
    by && first.year_like && (second.year_like || short) && second.currency.is_none()
}

/// The found value for `num`, with its unit; `may_be_year` unless it is one end of a range of
/// counts.
fn to_found(p: &Paragraph, num: &Num, unit: Option<String>, may_be_year: bool) -> Option<Found> {
    let slot = p.tokens[num.first].start..p.tokens[num.last].end;
    let written = p.text[slot.clone()].to_owned();
    let class = if num.class == Class::Number && num.year_like && may_be_year && is_year(p, num) {
        Class::Year
    } else {
        num.class
    };
    let value = match (num.fraction, num.minutes) {
        (Some((n, d)), _) => Value::Fraction(n, d),
        (_, Some(m)) => Value::Time(m),
        _ => Value::Number(num.value),
    };
    let answer = if num.dozen {
        format!("{}", num.value)
    } else {
        written.clone()
    };
    let mut found = Found::new(p, slot, class, answer, value);
    match class {
        Class::Money => {
            let symbol = num.currency?;
            found.unit = Some(currency_name(symbol).to_owned());
            found.aliases.push(format!("{symbol}{written}"));
        }
        Class::Percent => {
            found.unit = Some("percent".into());
            found.aliases.push(format!("{written}%"));
        }
        Class::Fraction => found
            .aliases
            .extend(fraction_forms(num.fraction?, &written)),
        Class::Time => found.aliases.extend(time_forms(num.minutes?)),
        Class::Year => {}
        _ => found.unit = unit,
    }
    if num.dozen {
        found.aliases.push(written);
    }
    Some(found)
}

fn currency_name(symbol: char) -> &'static str {
    match symbol {
        '£' => "pounds",
        '€' => "euros",
        '¥' => "yen",
        _ => "dollars",
    }
}

/// Four digits are a year unless a plural noun follows with no word that points at a time
/// before them: "since 2014", "the 2018 Camp Fire", but "1500 troops".
fn is_year(p: &Paragraph, num: &Num) -> bool {
    if !(1000.0..=2100.0).contains(&num.value) {
        return false;
    }
    let before = num.first.checked_sub(1).and_then(|k| p.word(k));
    let pointer = before.as_deref().is_some_and(|w| {
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
    let plural_after = p
        .word(num.end + 1)
        .is_some_and(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"));
    pointer || !plural_after
}

/// Reads a number starting at token `i`: digits or words, with what belongs to it.
fn read_at(p: &Paragraph, i: usize) -> Option<Num> {
    match p.tokens.get(i)?.kind {
        Kind::Number => read_digits(p, i),
        Kind::Word => read_words(p, i),
        Kind::Mark => None,
    }
}

fn read_digits(p: &Paragraph, i: usize) -> Option<Num> {
    let digits = p.text_of(i);
    // Part of a name or a code: "C-17", "COVID-19", "A4"; or of a date written with slashes.
    if p.is_glued(i) && i > 0 {
        let prev = &p.tokens[i - 1];
        // "mid-2020", "pre-2019" are years; "COVID-19" is a name.
        let hyphen_after_word = p.is_mark(i - 1, &['-'])
            && p.is_glued(i - 1)
            && i > 1
            && p.tokens[i - 2].kind == Kind::Word
            && !matches!(
                p.word(i - 2).as_deref(),
                Some("mid" | "early" | "late" | "pre" | "post")
            );
        if prev.kind == Kind::Word || hyphen_after_word || p.is_mark(i - 1, &['/', '.']) {
            return None;
        }
    }
    if p.is_mark(i + 1, &['/']) && p.is_glued(i + 1) {
        return None;
    }
    let currency = (i > 0 && p.is_glued(i))
        .then(|| p.text_of(i - 1).chars().next())
        .flatten()
        .filter(|c| matches!(c, '$' | '£' | '€' | '¥'));
    let half_day = p
        .word(i + 1)
        .is_some_and(|w| matches!(w.replace('.', "").as_str(), "am" | "pm"));
    if digits.contains(':') || (half_day && digits.len() <= 2) {
        return read_time(p, i);
    }
    let mut last = i;
    let mut class = if currency.is_some() {
        Class::Money
    } else {
        Class::Number
    };
    let next = p.word(i + 1);
    let glued_word = p.is_glued(i + 1) && next.is_some();
    let multiplier = next.as_deref().is_some_and(|w| {
        let glued_scale = glued_word && matches!(w, "k" | "m" | "bn" | "b" | "mn" | "tn");
        glued_scale || matches!(w, "thousand" | "million" | "billion" | "trillion")
    });
    if multiplier {
        last = i + 1;
    } else if glued_word {
        match next.as_deref() {
            Some("st" | "nd" | "rd" | "th") => {
                last = i + 1;
                class = Class::Ordinal;
            }
            // "1990s", "3D", "4x4": not a number the article states.
            _ => return None,
        }
    }
    let text = &p.text[p.tokens[i].start..p.tokens[last].end];
    let reading = number::read(text, None)?;
    if !reading.value.is_finite() || reading.value.abs() >= 1e15 {
        return None;
    }
    let mut end = last;
    if class != Class::Money
        && let Some(after) = percent_after(p, last)
    {
        class = Class::Percent;
        end = after;
    }
    let year_like =
        class == Class::Number && digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit());
    Some(Num {
        first: i,
        last,
        end,
        value: reading.value,
        class,
        currency,
        year_like,
        fraction: None,
        minutes: None,
        dozen: false,
    })
}

/// The last token of "%" or "percent" / "per cent" right after token `last`.
fn percent_after(p: &Paragraph, last: usize) -> Option<usize> {
    if p.is_mark(last + 1, &['%']) {
        return Some(last + 1);
    }
    match (p.word(last + 1).as_deref(), p.word(last + 2).as_deref()) {
        (Some("percent"), _) => Some(last + 1),
        (Some("per"), Some("cent")) => Some(last + 2),
        _ => None,
    }
}

/// "2:14 p.m.", "14:30": a time of day.
fn read_time(p: &Paragraph, i: usize) -> Option<Num> {
    let text = p.text_of(i);
    let (h, m) = text.split_once(':').unwrap_or((text, "0"));
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    if m >= 60 || text.matches(':').count() > 1 {
        return None;
    }
    let (last, hour) = match p.word(i + 1).as_deref().map(|w| w.replace('.', "")) {
        Some(w) if w == "pm" && (1..=12).contains(&h) => (i + 1, h % 12 + 12),
        Some(w) if w == "am" && (1..=12).contains(&h) => (i + 1, h % 12),
        _ if h < 24 => (i, h),
        _ => return None,
    };
    Some(Num {
        first: i,
        last,
        end: last,
        value: f64::from(hour * 60 + m),
        class: Class::Time,
        currency: None,
        year_like: false,
        fraction: None,
        minutes: Some(hour * 60 + m),
        dozen: false,
    })
}

const FRACTIONS: [(&str, u32); 8] = [
    ("half", 2),
    ("halves", 2),
    ("third", 3),
    ("thirds", 3),
    ("quarter", 4),
    ("quarters", 4),
    ("fifth", 5),
    ("fifths", 5),
];

/// A number in words at token `i`: "four", "Seven", "twenty-five", "a dozen", "third", "a third".
fn read_words(p: &Paragraph, i: usize) -> Option<Num> {
    let word = p.word(i)?;
    let before = i.checked_sub(1).and_then(|k| p.word(k));
    let after = p.word(i + 1);
    // "a dozen", "a third", "a quarter": the article before counts.
    if matches!(word.as_str(), "a" | "one" | "two" | "three")
        && let Some(fraction) = read_fraction(p, i)
    {
        return Some(fraction);
    }
    if word == "a" && after.as_deref() == Some("dozen") {
        return Some(dozen(i, i + 1));
    }
    // "half of the homes"
    if word == "half"
        && after.as_deref() == Some("of")
        && !matches!(before.as_deref(), Some("a" | "one"))
    {
        return Some(Num {
            first: i,
            last: i,
            end: i,
            value: 0.5,
            class: Class::Fraction,
            currency: None,
            year_like: false,
            fraction: Some((1, 2)),
            minutes: None,
            dozen: false,
        });
    }
    // "a million people", "a hundred"
    if word == "a"
        && after
            .as_deref()
            .is_some_and(|w| matches!(w, "hundred" | "thousand" | "million" | "billion"))
    {
        let text = &p.text[p.tokens[i].start..p.tokens[i + 1].end];
        let value = number::read(text, None)?.value;
        return Some(Num {
            first: i,
            last: i + 1,
            end: i + 1,
            value,
            class: Class::Number,
            currency: None,
            year_like: false,
            fraction: None,
            minutes: None,
            dozen: false,
        });
    }
    if word == "dozen" && before.as_deref() != Some("a") {
        return (!matches!(before.as_deref(), Some("dozens"))).then(|| dozen(i, i));
    }
    if !is_number_word(&word) {
        return None;
    }
    match word.as_str() {
        // Not a count: "no one", "one another", "this one"; "at first", "a second" (of time).
        // "one of them" counts; "no one", "this one", "a $412 million one." do not.
        "one"
            if after.as_deref() != Some("of")
                && (matches!(
                    before.as_deref(),
                    Some("no" | "this" | "that" | "each" | "every" | "any" | "the" | "which")
                ) || matches!(after.as_deref(), Some("another"))
                    || p.tokens.get(i + 1).is_none_or(|t| t.kind == Kind::Mark)) =>
        {
            return None;
        }
        "first" if matches!(before.as_deref(), Some("at")) => return None,
        "second"
            if !matches!(
                before.as_deref(),
                Some("the" | "its" | "their" | "his" | "her")
            ) =>
        {
            return None;
        }
        _ => {}
    }
    // The longest run of number words ("twenty-five thousand") that reads as one number.
    let mut last = i;
    let mut k = i + 1;
    while k < p.tokens.len() {
        let hyphen = p.is_mark(k, &['-']) && p.is_glued(k) && p.is_glued(k + 1);
        let next = if hyphen { k + 1 } else { k };
        match p.word(next) {
            Some(w)
                if is_number_word(&w)
                    || (w == "and"
                        && !hyphen
                        && p.word(next + 1).is_some_and(|n| is_number_word(&n))) =>
            {
                last = next;
                k = next + 1;
            }
            _ => break,
        }
    }
    let (value, ordinal, last) = (i..=last).rev().find_map(|end| {
        let text = &p.text[p.tokens[i].start..p.tokens[end].end];
        number::read(text, None).map(|r| (r.value, r.ordinal, end))
    })?;
    let end = percent_after(p, last).unwrap_or(last);
    let class = if percent_after(p, last).is_some() {
        Class::Percent
    } else if ordinal {
        Class::Ordinal
    } else {
        Class::Number
    };
    Some(Num {
        first: i,
        last,
        end,
        value,
        class,
        currency: None,
        year_like: false,
        fraction: None,
        minutes: None,
        dozen: false,
    })
}

fn dozen(first: usize, last: usize) -> Num {
    Num {
        first,
        last,
        end: last,
        value: 12.0,
        class: Class::Number,
        currency: None,
        year_like: false,
        fraction: None,
        minutes: None,
        dozen: true,
    }
}

/// "a third", "two thirds", "one quarter" when no noun follows (then it is an ordinal: "a third
/// bridge").
fn read_fraction(p: &Paragraph, i: usize) -> Option<Num> {
    let count = match p.word(i)?.as_str() {
        "a" | "one" => 1,
        "two" => 2,
        "three" => 3,
        _ => return None,
    };
    // "two-thirds", "three-quarters"
    let k = if p.is_mark(i + 1, &['-']) && p.is_glued(i + 1) && p.is_glued(i + 2) {
        i + 2
    } else {
        i + 1
    };
    let word = p.word(k)?;
    let &(_, denominator) = FRACTIONS.iter().find(|(w, _)| *w == word)?;
    let plural = word.ends_with('s');
    if (count == 1) == plural || count >= denominator {
        return None;
    }
    let noun_after = p
        .word(k + 1)
        .is_some_and(|w| !super::value::is_function_word(&w));
    if noun_after {
        return None;
    }
    Some(Num {
        first: i,
        last: k,
        end: k,
        value: f64::from(count) / f64::from(denominator),
        class: Class::Fraction,
        currency: None,
        year_like: false,
        fraction: Some((count, denominator)),
        minutes: None,
        dozen: false,
    })
}

fn is_number_word(word: &str) -> bool {
    !matches!(word, "a" | "an" | "and" | "dozen")
        && number::read(word, None).is_some()
        && word.chars().all(char::is_alphabetic)
}

/// Other ways to write a fraction: "a third", "one third", "1/3".
fn fraction_forms((n, d): (u32, u32), written: &str) -> Vec<String> {
    let names = ["", "", "half", "third", "quarter", "fifth"];
    let name = names.get(d as usize).copied().unwrap_or("");
    let mut forms = vec![format!("{n}/{d}")];
    if n == 1 {
        forms.push(format!("one {name}"));
        forms.push(format!("a {name}"));
    }
    forms.retain(|f| !f.eq_ignore_ascii_case(written));
    forms
}

/// Other ways to write a time: "14:14", "2:14 pm", "2:14pm", "2:14".
fn time_forms(minutes: u32) -> Vec<String> {
    let (h, m) = (minutes / 60, minutes % 60);
    let twelve = if h % 12 == 0 { 12 } else { h % 12 };
    let half = if h < 12 { "am" } else { "pm" };
    vec![
        format!("{h}:{m:02}"),
        format!("{twelve}:{m:02} {half}"),
        format!("{twelve}:{m:02}{half}"),
        format!("{twelve}:{m:02}"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, Class, Option<String>, Hedge)> {
        let p = Paragraph::new(0, text);
        let mut taken = vec![false; p.tokens.len()];
        numbers(&p, &mut taken)
            .into_iter()
            .map(|f| (f.answer, f.class, f.unit, f.hedge))
            .collect()
    }

    use super::super::value::Hedge;

    fn one(text: &str) -> (String, Class, Option<String>, Hedge) {
        let all = found(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        all.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    #[track_caller]
    fn case(text: &str, answer: &str, class: Class, unit: Option<&str>, hedge: Hedge) {
        assert_eq!(
            one(text),
            (answer.to_owned(), class, unit.map(str::to_owned), hedge),
            "{text}"
        );
    }

    #[test]
    fn digits_words_money_and_percentages() {
        use Class::*;
        use Hedge::*;
        case(
            "It followed 11,482 adults in total.",
            "11,482",
            Number,
            Some("adults"),
            Exact,
        );
        case(
            "It cost $412.5 million in total.",
            "412.5 million",
            Money,
            Some("dollars"),
            Exact,
        );
        case(
            "It was worth about £6.8bn.",
            "6.8bn",
            Money,
            Some("pounds"),
            Approximate,
        );
        case(
            "Shares fell 7.8% on Tuesday.",
            "7.8",
            Percent,
            Some("percent"),
            Exact,
        );
        case(
            "It grew roughly 26 percent.",
            "26",
            Percent,
            Some("percent"),
            Approximate,
        );
        case(
            "A new four-lane bridge opened.",
            "four",
            Number,
            Some("lanes"),
            Exact,
        );
        case(
            "a 1.2-mile cable-stayed span",
            "1.2",
            Number,
            Some("miles"),
            Exact,
        );
        case(
            "Seven people in the group fell ill.",
            "Seven",
            Number,
            Some("people"),
            Exact,
        );
        case(
            "It has burned more than 48,000 acres.",
            "48,000",
            Number,
            Some("acres"),
            Bound,
        );
        case(
            "backed by a dozen air tankers",
            "12",
            Number,
            Some("tankers"),
            Exact,
        );
        case(
            "It is the third new bridge here.",
            "third",
            Ordinal,
            Some("bridge"),
            Exact,
        );
        case(
            "a 21st-century answer",
            "21st",
            Ordinal,
            Some("centuries"),
            Exact,
        );
        case(
            "the risk fell by nearly a third in people",
            "a third",
            Fraction,
            None,
            Approximate,
        );
        case(
            "an outage at 2:14 p.m. on Saturday",
            "2:14 p.m.",
            Time,
            None,
            Exact,
        );
        case(
            "7,700 missing American soldiers",
            "7,700",
            Number,
            Some("soldiers"),
            Exact,
        );
        case(
            "for every 28 people treated",
            "28",
            Number,
            Some("people"),
            Exact,
        );
        case(
            "the 2,400 residents lost power",
            "2,400",
            Number,
            Some("residents"),
            Exact,
        );
        case(
            "a trip 15 minutes longer",
            "15",
            Number,
            Some("minutes"),
            Exact,
        );
        case(
            "the tower rises 410 feet above the water",
            "410",
            Number,
            Some("feet"),
            Exact,
        );
    }

    #[test]
    fn years_spans_and_ranges() {
        use Class::*;
        assert_eq!(one("It opened in 2014.").1, Year);
        assert_eq!(one("the 2018 Camp Fire").1, Year);
        assert_eq!(one("He sent 1500 troops.").1, Number);
        assert_eq!(one("delays in 2022-23, it said").0, "2022-23");
        assert_eq!(one("delays in 2022-23, it said").1, YearSpan);
        let both = found("between 40,000 and 45,000 vehicles a day");
        assert_eq!(both.len(), 2);
        assert_eq!(
            (both[0].0.as_str(), both[1].0.as_str()),
            ("40,000", "45,000")
        );
        assert_eq!(both[0].2.as_deref(), Some("vehicles"));
        let both = found("cut by 8 to 12 minutes");
        assert_eq!(
            (both[0].2.as_deref(), both[1].2.as_deref()),
            (Some("minutes"), Some("minutes"))
        );
        assert_eq!(found("missing 11 of 15 construction milestones").len(), 2);
        assert_eq!(found("between £2,000 and £3,500 per patient").len(), 2);
        assert_eq!(found("two to three times more likely").len(), 2);
        let years = found("built between 2010 and 2015, it said");
        assert_eq!((years[0].1, years[1].1), (Year, Year));
        assert_eq!(one("It slowed in mid-2020.").1, Year);
        assert_eq!(one("It opened at 8 a.m. sharp.").1, Time);
        assert_eq!(one("About two-thirds of them voted.").0, "two-thirds");
        assert_eq!(one("Half of the homes burned.").1, Fraction);
        assert_eq!(one("It drew a million visitors.").0, "a million");
    }

    #[test]
    fn not_numbers() {
        assert!(found("No one came; the C-17 and COVID-19 in the 1990s.").is_empty());
        assert!(found("At first they met one another.").is_empty());
        assert!(found("Wait a second.").is_empty());
        assert!(found("How did a cheap bridge become a dear one?").is_empty());
        assert_eq!(found("It said that one of its lines failed.").len(), 1);
    }
}
