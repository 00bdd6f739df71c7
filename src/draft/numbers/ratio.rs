//! A share written as a ratio of a part to a whole: "one in four", "1 in 10", "Two out of three",
//! "nine out of every 10" (CONVENTIONS.md). It is one value, the fraction, answered as written:
//! its two numbers drafted apart would ask "one" and "four" as counts of something, which they
//! are not. A score on a scale ("4.2 out of 5") is no share, nor a count in a span of time ("2 in
//! 5 minutes"), a year ("69 in 2006") or a whole no bigger than its part ("80 in 21 countries").

use crate::check::number;
use crate::draft::paragraph::Paragraph;
use crate::draft::tokens::Kind;
use crate::draft::value::hedge;
use crate::draft::value::{Class, Found, Value};

/// The share whose part is the number at token `i`, and its last token: the part, "in" or "out
/// of" (and "every"), then a whole bigger than the part, none of their tokens `taken`.
pub(super) fn ratio_at(p: &Paragraph, i: usize, taken: &[bool]) -> Option<(Found, usize)> {
    if let Some(record) = record_at(p, i, taken) {
        return Some(record);
    }
    let part = whole_number(p, i)?;
    // "$1 in 4", "A1 in ...": something glued before the part makes it another value; a name's
    // number ("France 2 in ...") is no part of a share.
    let opens = i == 0 || !p.is_glued(i) || p.is_mark(i - 1, &['“', '"', '‘', '(', '—']);
    if !opens || p.number_in_a_name(i) {
        return None;
    }
    let k = match (p.word(i + 1).as_deref(), p.word(i + 2).as_deref()) {
        (Some("in"), _) => i + 2,
        (Some("out"), Some("of")) => i + 3,
        _ => return None,
    };
    // "four out of every five points": "every" makes it a share whatever it counts.
    let every = p.word(k).as_deref() == Some("every");
    let k = if every { k + 1 } else { k };
    let mut whole = whole_number(p, k)?;
    // "1 in 2000 births" counts births; "40 in 2019" is a year.
    let year = p.tokens[k].kind == Kind::Number
        && p.text_of(k).len() == 4
        && (1000..=2100).contains(&whole)
        && !plural_noun(p, k + 1);
    if whole <= part || year || (i..=k).any(|t| taken.get(t).copied().unwrap_or(true)) {
        return None;
    }
    // "1 in 10 million people": the scale word is part of the whole.
    let mut last = k;
    if let Some(scale) = p
        .word(k + 1)
        .filter(|w| !p.is_glued(k + 1) && matches!(w.as_str(), "thousand" | "million" | "billion"))
    {
        let times = match scale.as_str() {
            "thousand" => 1_000,
            "million" => 1_000_000,
            _ => 1_000_000_000,
        };
        whole = whole.checked_mul(times)?;
        last = k + 1;
    }
    if !whole_ends(p, last) || (!every && a_count_of_events(p, i, last)) || in_a_name(p, i, k) {
        return None;
    }
    let k = last;
    let mut found = share(p, i, k, part, whole);
    found.aliases = forms(part, whole);
    found.hedge = hedge(p, i, k);
    Some((found, k))
}

/// The share written from token `first` to `last`, answered as written: part of whole.
fn share(p: &Paragraph, first: usize, last: usize, part: u32, whole: u32) -> Found {
    let slot = p.tokens[first].start..p.tokens[last].end;
    let answer = p.text[slot.clone()].to_owned();
    Found::new(
        p,
        slot,
        Class::Fraction,
        answer,
        Value::Fraction(part, whole),
    )
}

/// A record of successes in tries, as sports copy hyphenates one: "went 1-for-4 on the power
/// play", "0-for-5", "shot 8-of-15 from the field". One share, the part of the whole, answered
/// as written; the part may be none ("0-for-5") or all ("2-for-2"), never more (#15).
fn record_at(p: &Paragraph, i: usize, taken: &[bool]) -> Option<(Found, usize)> {
    let digits = |k: usize| {
        p.tokens.get(k).is_some_and(|t| t.kind == Kind::Number)
            && p.text_of(k).bytes().all(|b| b.is_ascii_digit())
    };
    let joined = |k: usize| p.is_mark(k, &['-', '–']) && p.is_glued(k);
    let last = i + 4;
    let shape = digits(i)
        && joined(i + 1)
        && p.is_glued(i + 2)
        && matches!(p.word(i + 2).as_deref(), Some("for" | "of"))
        && joined(i + 3)
        && p.is_glued(last)
        && digits(last);
    if !shape
        || (i > 0 && p.is_glued(i))
        || p.number_in_a_name(i)
        || exchange_after(p, last + 1)
        // "Starc finished with 4-for-52": a bowler's wickets for the runs given, no share.
        || of_cricket(p)
        || p.is_glued(last + 1) && !p.is_mark(last + 1, &[',', '.', ';', ')'])
        || (i..=last).any(|t| taken.get(t).copied().unwrap_or(true))
    {
        return None;
    }
    let (part, whole): (u32, u32) = (p.text_of(i).parse().ok()?, p.text_of(last).parse().ok()?);
    if whole == 0 || part > whole {
        return None;
    }
    let mut found = share(p, i, last, part, whole);
    let joiner = p.word(i + 2).unwrap_or_default();
    found.aliases = vec![
        format!("{part}/{whole}"),
        format!("{part} {joiner} {whole}"),
    ];
    Some((found, last))
}

/// Whether the word at token `k` says the hyphenated numbers are an exchange, not a record: "a
/// 1-for-10 reverse split", "a 1-for-5 share consolidation", "a 2-for-3 offer".
fn exchange_after(p: &Paragraph, k: usize) -> bool {
    p.word(k).is_some_and(|w| {
        matches!(
            w.as_str(),
            "reverse"
                | "split"
                | "stock"
                | "share"
                | "shares"
                | "consolidation"
                | "offer"
                | "deal"
                | "swap"
                | "exchange"
                | "rights"
                | "pro"
                | "entitlement"
                | "bonus"
                | "issue"
                | "pro-rata"
                | "accelerated"
                | "renounceable"
                | "non-renounceable"
                | "replacement"
                | "basis"
                | "ratio"
                | "trade"
        )
    })
}

/// Whether the paragraph speaks of cricket by its own words ("overs", "wickets", "stumps"), where
/// "4-for-52" is a bowler's figures; not baseball's "batting" or "innings".
fn of_cricket(p: &Paragraph) -> bool {
    p.text
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| {
            matches!(
                w,
                "wicket" | "wickets" | "overs" | "stumps" | "bowler" | "bowled" | "batsman"
            )
        })
}

/// A whole number of one token: digits alone ("4", "1,000") or a number word ("four", "Two"); not
/// "a" or an ordinal.
fn whole_number(p: &Paragraph, k: usize) -> Option<u32> {
    let token = p.tokens.get(k)?;
    let text = p.text_of(k);
    let plain = match token.kind {
        Kind::Number => text.bytes().all(|b| b.is_ascii_digit() || b == b','),
        Kind::Word => text.chars().count() >= 3 && text.chars().all(char::is_alphabetic),
        Kind::Mark => false,
    };
    if !plain {
        return None;
    }
    let reading = number::read(text, None).filter(|r| !r.ordinal && !r.fraction)?;
    let value = reading.value;
    (value >= 1.0 && value.fract() == 0.0 && value <= 1e6).then_some(value as u32)
}

/// Whether token `k` looks like a plural noun: a lower-case word of four letters or more ending
/// in "s" (not "ss") that is no function word ("births", "cases").
fn plural_noun(p: &Paragraph, k: usize) -> bool {
    p.word(k).is_some_and(|w| {
        !p.capitalised(k)
            && w.len() >= 4
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !crate::draft::value::is_function_word(&w)
    })
}

/// Whether "N in/out of M" counts what someone did in a number of events, not a share of them:
/// a scoring word just before the part ("rated 4 out of 5", "scored 7 in 9 games", "rated below
/// 3 out of 5") or a noun of a scale's marks or of events after the whole ("4 out of 5 stars",
/// "7 in 9 games", "2 in 3 attacks"), unless "in" comes before the part ("in four out of five
/// Tests"). Both numbers are then values of their own.
fn a_count_of_events(p: &Paragraph, part: usize, whole: usize) -> bool {
    let scoring = (part.saturating_sub(3)..part).any(|t| {
        p.word(t).is_some_and(|w| {
            matches!(
                w.as_str(),
                "rated"
                    | "rate"
                    | "rates"
                    | "rating"
                    | "ratings"
                    | "score"
                    | "scored"
                    | "scores"
                    | "scoring"
                    | "graded"
                    | "grade"
                    | "marked"
            )
        })
    });
    let counted = p.word(whole + 1).is_some_and(|w| {
        matches!(
            w.trim_end_matches('s'),
            "star"
                | "point"
                | "mark"
                | "game"
                | "match"
                | "matche"
                | "appearance"
                | "start"
                | "race"
                | "attempt"
                | "attack"
                | "raid"
                | "outing"
                | "inning"
                | "fixture"
                | "trie"
                | "shot"
                | "bout"
                | "fight"
                | "election"
                | "contest"
                | "tournament"
                | "test"
                | "visit"
        )
    });
    // "chose to bat in four out of five Tests": "in" before the part makes the events the
    // occasions of a share, not what was counted in them.
    let occasions = p.word_before(part).as_deref() == Some("in");
    scoring || (counted && !occasions)
}

/// Whether the ratio's words belong to a name: a number word written with a capital in
/// mid-sentence ("the charity One in Four", "the One in Ten campaign").
fn in_a_name(p: &Paragraph, part: usize, whole: usize) -> bool {
    let sentence = p.sentence(p.sentence_of(p.tokens[part].start));
    let opens_sentence = p.tokens[..part]
        .iter()
        .rev()
        .take_while(|t| t.start >= sentence.start)
        .all(|t| t.kind == Kind::Mark);
    // "said: “One in four of our members”": a quotation opens with its capital (#15).
    let opens_a_quote = part > 0 && p.is_mark(part - 1, &['“', '"', '‘', ':']);
    p.capitalised(whole) || (p.capitalised(part) && !opens_sentence && !opens_a_quote)
}

/// Whether the whole at token `k` ends the ratio: nothing glued to it that makes it another
/// value ("4%", "10m", "4-3"), no scale word, percentage or span of time after it ("1 in 10
/// billion" past the scale words the whole takes in, "2 in 5 minutes"). A score out of a top mark
/// is told by its words, not here (`a_count_of_events`).
fn whole_ends(p: &Paragraph, k: usize) -> bool {
    let next = k + 1;
    let glued = p.is_glued(next)
        && (p.tokens.get(next).is_some_and(|t| t.kind != Kind::Mark)
            || p.is_mark(next, &['%'])
            || (p.is_mark(next, &['-', '–', '/', ':']) && p.is_glued(next + 1)));
    if glued {
        return false;
    }
    let Some(word) = p.word(next) else {
        return true;
    };
    !(super::read::scale_word(&word)
        || matches!(word.as_str(), "percent" | "per" | "percentage")
        || span_of_time(&word))
}

/// A unit of time: a count of things in a span of time ("scored 2 in 5 minutes") is no share.
fn span_of_time(word: &str) -> bool {
    matches!(
        word.trim_end_matches('s'),
        "second"
            | "minute"
            | "min"
            | "hour"
            | "hr"
            | "day"
            | "night"
            | "week"
            | "month"
            | "year"
            | "decade"
            | "centurie"
            | "century"
            | "season"
            | "fortnight"
    )
}

/// Other ways to write the share `part` in `whole` that a player may type: "1/4", "a quarter",
/// "one quarter", "three quarters", "25%" (and "16.7%", "17%" for one in six). "1 in 4" for "one
/// in four" needs none: the game reads number words as digits.
fn forms(part: u32, whole: u32) -> Vec<String> {
    const NAMES: [&str; 11] = [
        "", "", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ];
    const COUNTS: [&str; 10] = [
        "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let mut out = vec![format!("{part}/{whole}")];
    if let Some(name) = NAMES.get(whole as usize).filter(|n| !n.is_empty()) {
        if part == 1 {
            let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            out.push(format!("{article} {name}"));
            out.push(format!("one {name}"));
        } else if let Some(count) = COUNTS.get(part as usize) {
            let plural = if *name == "half" {
                "halves".to_owned()
            } else {
                format!("{name}s")
            };
            out.push(format!("{count} {plural}"));
        }
    }
    let percent = f64::from(part) * 100.0 / f64::from(whole);
    let tenths = percent * 10.0;
    if percent.fract() == 0.0 {
        out.push(format!("{percent}%"));
    } else if percent < 1.0 {
        // "1 in 1,000" is 0.1%; "1 in 2,000" (0.05%) or "1 in 10 million" has no percentage a
        // player would type that rounds fairly: a rounded "0%" or "0.1%" would be another share.
        if (tenths - tenths.round()).abs() < 1e-9 {
            out.push(format!("{}%", tenths.round() / 10.0));
        }
    } else {
        let tenth = (percent * 10.0).round() / 10.0;
        out.push(format!("{tenth}%"));
        out.push(format!("{}%", percent.round()));
    }
    out
}
