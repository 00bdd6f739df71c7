//! Numbers written in words: "four", "a dozen", "a third", "twenty-five thousand", "half a
//! million".

use super::super::super::paragraph::Paragraph;
use super::super::super::tokens::Kind;
use super::super::super::value::{self, Class};
use super::{Num, percent_after};
use crate::check::number;

/// "a tenth of the staff" is a part too: an ordinal word after "a"/"one" is one only when
/// measured (see `read_fraction`), else it stays an ordinal ("a sixth title").
const FRACTIONS: [(&str, u32); 22] = [
    ("half", 2),
    ("halves", 2),
    ("third", 3),
    ("thirds", 3),
    ("quarter", 4),
    ("quarters", 4),
    ("fifth", 5),
    ("fifths", 5),
    ("sixth", 6),
    ("sixths", 6),
    ("seventh", 7),
    ("sevenths", 7),
    ("eighth", 8),
    ("eighths", 8),
    ("ninth", 9),
    ("ninths", 9),
    ("tenth", 10),
    ("tenths", 10),
    // "by three-hundredths of a second" (#15).
    ("hundredth", 100),
    ("hundredths", 100),
    ("thousandth", 1000),
    ("thousandths", 1000),
];

/// A number in words at token `i`: "four", "Seven", "twenty-five", "a dozen", "third", "a third".
pub(super) fn read_words(p: &Paragraph, i: usize) -> Option<Num> {
    let word = p.word(i)?;
    if in_a_number_name(p, i, &word) {
        return None;
    }
    let before = p.word_before(i);
    let after = p.word(i + 1);
    if let Some(special) = read_special(p, i, &word, before.as_deref(), after.as_deref()) {
        return special;
    }
    if !is_number_word(&word) || !counts(p, i, &word, before.as_deref(), after.as_deref()) {
        return None;
    }
    // The longest run of number words ("twenty-five thousand") that reads as one number.
    let mut last = i;
    let mut k = i + 1;
    while k < p.tokens.len() {
        let hyphen = p.is_mark(k, &['-']) && p.is_glued(k) && p.is_glued(k + 1);
        let next = if hyphen { k + 1 } else { k };
        let and =
            |w: &str| w == "and" && !hyphen && p.word(next + 1).is_some_and(|n| is_number_word(&n));
        match p.word(next) {
            // "five-second": the unit of time, not part of the number ("twenty-second" is one).
            Some(w)
                if hyphen
                    && w == "second"
                    && number::read(&p.text[p.tokens[i].start..p.tokens[next].end], None)
                        .is_none() =>
            {
                break;
            }
            Some(w) if is_number_word(&w) || and(&w) => {
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
    // "three and a half decades": the half is the number's, and the game reads the whole.
    let (value, last) = match half_after(p, last) {
        Some(end) if !ordinal => (value + 0.5, end),
        _ => (value, last),
    };
    if and_a_part(p, last) {
        return None;
    }
    // "seven o’clock in the evening".
    if !ordinal && let Some(time) = super::clock::on_the_hour(p, last, value) {
        return time.map(|t| Num { first: i, ..t });
    }
    // "two dozen": a count of dozens is one number, twelve times the count.
    if !ordinal && value >= 1.0 && value.fract() == 0.0 && dozen_after(p, last) {
        let total = value * 12.0;
        return Some(Num {
            answer: Some(format!("{total}")),
            ..Num::new(i, last + 1, total, Class::Number)
        });
    }
    let percent = percent_after(p, last);
    let class = match (percent, ordinal) {
        (Some(_), _) => Class::Percent,
        (None, true) => Class::Ordinal,
        (None, false) => Class::Number,
    };
    Some(Num {
        end: percent.unwrap_or(last),
        ..Num::new(i, last, value, class)
    })
}

/// Numbers said with "a" or "half": "a dozen", "a third", "a million", "half of". `Some(None)`
/// for a word that looks like one of them but is not a number here ("dozens").
pub(super) fn read_special(
    p: &Paragraph,
    i: usize,
    word: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> Option<Option<Num>> {
    if matches!(
        word,
        "a" | "an" | "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine"
    ) && let Some(fraction) = read_fraction(p, i)
    {
        return Some(Some(fraction));
    }
    match (word, after) {
        // "more than double the June average", "nearly triple that", "grew almost tenfold", "a
        // tenfold increase": a multiple, where what it multiplies follows ("the", "that") or, for
        // "-fold", a change goes with it; "a double murder", "double down", "double taxation",
        // "a twofold problem", "a triple in the ninth", "doubles" are none (#15).
        (w, _) if let Some(value) = crate::check::number::multiple_of(w) => {
            let measured = matches!(
                after,
                Some("the" | "that" | "its" | "their" | "what" | "his" | "her" | "last")
            );
            let fold = w.ends_with("fold") && changed_by(p, i);
            Some(
                (!hyphen_after(p, i) && (measured || fold))
                    .then(|| Num::new(i, i, f64::from(value), Class::Number)),
            )
        }
        // "twice-yearly": how often, no count of its own; "twice as many", "think twice": a
        // comparison and a saying, whose options ("once as many") would read wrong.
        ("twice" | "thrice", _)
            if hyphen_after(p, i)
                || after == Some("as")
                || before.is_some_and(|w| w.starts_with("think") || w == "thought") =>
        {
            Some(None)
        }
        ("a", Some("dozen")) => Some(Some(dozen(i, i + 1))),
        // "half a dozen": six.
        ("half", Some("a")) if p.word(i + 2).as_deref() == Some("dozen") => Some(Some(Num {
            answer: Some("6".into()),
            ..Num::new(i, i + 2, 6.0, Class::Number)
        })),
        // "half a million dollars": half of the multiplier (#15); "half a mile" is no number.
        ("half", Some("a")) if let Some(scale) = p.word(i + 2).and_then(|w| scale_of(&w)) => {
            let total = scale / 2.0;
            Some(Some(Num {
                answer: Some(format!("{total}")),
                ..Num::new(i, i + 2, total, Class::Number)
            }))
        }
        // "the dozen pupils" is twelve; "several dozen", "a few dozen", "dozens" say no number.
        ("dozen", _) if before != Some("a") => Some(
            matches!(before, Some("the" | "this" | "that" | "these" | "those"))
                .then(|| dozen(i, i)),
        ),
        // "at half six", "half past eight in the evening": a clock time.
        ("half", _) if let Some(time) = super::half_hour::half_hour(p, i) => Some(Some(time)),
        // "the second half of 2026", "the other half": a part of something, not a number.
        ("half" | "halves", _) if a_part(before) => Some(None),
        // "a half-point cut": half of a unit of measure.
        ("half", _)
            if p.is_mark(i + 1, &['-'])
                && p.is_glued(i + 1)
                && p.is_glued(i + 2)
                && p.word(i + 2).is_some_and(|w| is_measure(&w)) =>
        {
            Some(Some(Num {
                fraction: Some((1, 2)),
                ..Num::new(i, i, 0.5, Class::Fraction)
            }))
        }
        // "by half a percentage point", "within half a second", "half an hour away", "worth half
        // a point": half of a unit of measure or of time, as "a half-point cut" is.
        ("half", Some("a" | "an"))
            if p.word(i + 2).is_some_and(|w| {
                is_measure(&w)
                    || matches!(
                        w.as_str(),
                        "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "length"
                    )
            }) && !a_part(before) =>
        {
            Some(Some(Num {
                fraction: Some((1, 2)),
                ..Num::new(i, i, 0.5, Class::Fraction)
            }))
        }
        // "fell by nearly half", "exactly half.", "about half the seats": a share, after a word
        // that measures it and before no noun of its own ("half a mile", "half-time" are not).
        ("half", _) if a_share(p, i, before, after) => Some(Some(Num {
            fraction: Some((1, 2)),
            ..Num::new(i, i, 0.5, Class::Fraction)
        })),
        // "by noon", "until noon", "past midnight": the clock time 12:00 (00:00), after a word
        // that points at a time; "a noon briefing": before the noun it times (#15).
        ("noon" | "midnight", _) if clock_word(p, i, before) => {
            let minutes = if word == "noon" { 12 * 60 } else { 0 };
            Some(Some(Num {
                minutes: Some(minutes),
                ..Num::new(i, i, f64::from(minutes), Class::Time)
            }))
        }
        // "half of the homes"
        ("half", Some("of")) if !matches!(before, Some("a" | "one")) => Some(Some(Num {
            fraction: Some((1, 2)),
            ..Num::new(i, i, 0.5, Class::Fraction)
        })),
        // "a million people", "a hundred"
        ("a", Some("hundred" | "thousand" | "million" | "billion")) => {
            let text = &p.text[p.tokens[i].start..p.tokens[i + 1].end];
            Some(number::read(text, None).map(|r| Num::new(i, i + 1, r.value, Class::Number)))
        }
        _ => None,
    }
}

/// The value of a multiplier word: "hundred", "thousand", "million", "billion", "trillion".
fn scale_of(word: &str) -> Option<f64> {
    match word {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// Whether a number word counts something here: "one of them" does; "no one", "this one", "one
/// at the library" (one of things named before), "one another", "a $412 million one.", "one of the most complete" (one among others, not a
/// count), "at first", "a second" (of time) and "a few hundred" (vague) do not.
pub(super) fn counts(
    p: &Paragraph,
    i: usize,
    word: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> bool {
    if number::read(word, None).is_some_and(|r| r.ordinal) {
        // "a first-class ticket", "a third-party claim", "sixth-form places": an ordinal
        // hyphened to a kind names the kind, no position (#15).
        if hyphen_after(p, i) && p.word(i + 2).is_some_and(|w| KINDS.contains(&w.as_str())) {
            return false;
        }
        // "Hill Top Sixth Form College", "the Second World War", "the Fifth Avenue apartment":
        // an ordinal with a capital inside its sentence, before another capital, is a word of a
        // name (#15). So are "his Fifth Amendment right" and "the Ninth Circuit", which a second
        // reader would rank; the third found more names the other way ("the Eighth Army", "the
        // First Division", "the Fifth Republic"), and a name is left unasked when unsure.
        let start = p.tokens[i].start;
        let opens = p.sentence(p.sentence_of(start)).start == start;
        if p.capitalised(i) && !opens && p.capitalised(i + 1) {
            return false;
        }
    }
    match word {
        // "a one-shot lead", "a one-year deal": one hyphened to a unit it counts (#15); "a
        // one-off", "one-time", "one-sided" count nothing.
        "one" if hyphen_after(p, i) && p.word(i + 2).is_some_and(|w| counted_unit(&w)) => true,
        // "a one-and-a-half-hour meeting" (second reader).
        "one" if hyphen_after(p, i) && p.word(i + 2).as_deref() == Some("and") => true,
        "one" => {
            let pronoun = matches!(
                before,
                Some("no" | "this" | "that" | "each" | "every" | "any" | "the" | "which")
            ) || after == Some("another")
                // "an auction, if one is needed": one of the things named before (#15).
                || (matches!(before, Some("if" | "unless" | "whether"))
                    && after.is_some_and(|w| is_a_copula(w) || is_a_have(w)))
                || p.tokens.get(i + 1).is_none_or(|t| t.kind == Kind::Mark);
            let among = after == Some("of") && p.word(i + 2).as_deref() == Some("the");
            // "the bill was one of 14 still pending", "as one of four finalists": one of a
            // group, said of a thing named before a verb "to be" or "as" (#15); the count is
            // the group's, and "one" counts nothing ("one of them died" does).
            let member = after == Some("of") && before.is_some_and(is_a_copula);
            // "twelve centres, including one at the library": "one" right before a preposition
            // of place stands for a thing named before it; "one in five" is still a count.
            let stands_for = matches!(
                after,
                Some("at" | "in" | "on" | "near" | "outside" | "inside" | "beside")
            ) && p.tokens.get(i + 2).is_some_and(|t| t.kind != Kind::Number)
                && p.word(i + 2).is_none_or(|w| !is_number_word(&w));
            // "never had one recalled", "has one repaired": after "have" and before a
            // participle that ends its clause, "one" is a thing named before that someone had
            // done something to, no count (i17b); "has one confirmed case" and "have one
            // hundred families" count (review 175 1).
            let had_done = before.is_some_and(is_a_have)
                && participle_after(p, i)
                && p.word(i + 1).is_none_or(|w| !is_number_word(&w))
                && p.word(i + 2)
                    .is_none_or(|w| crate::draft::value::is_function_word(&w));
            !among && !member && !stands_for && !had_done && (after == Some("of") || !pronoun)
        }
        // A multiplier with no count before it ("a few hundred", "several thousand",
        // "hundred"): no value; "a hundred" is read on its own.
        "hundred" | "thousand" | "million" | "billion" | "trillion" => false,
        // "at first", and "since first light", "by first light" (no article, after a word
        // that points at a time): the start of something, no position (#15).
        "first" => {
            let of_time = matches!(before, Some("since" | "until" | "till" | "by"));
            // "had first reported", "was first elected": between an auxiliary and a participle,
            // "first" says when something was done, and ranks nothing (#15).
            let adverb = before.is_some_and(is_an_auxiliary) && participle_after(p, i);
            // "the fire, first reported on Monday, …": after a comma and before a participle,
            // a clause that says when the thing named before was done (i17b).
            let adverb = adverb || (i > 0 && p.is_mark(i - 1, &[',']) && participle_after(p, i));
            before != Some("at") && (!of_time || hyphen_after(p, i)) && !adverb
        }
        // "a second skeleton" (a noun after: one more of them); not "in a second", "a second or
        // two" (of time).
        // "for second place": a position, never a second of time.
        "second" => {
            matches!(before, Some("the" | "its" | "their" | "his" | "her"))
                || after == Some("place")
                || super::second::an_ordinal(p, i, before, after)
                || (before == Some("a")
                    && after.is_some_and(|w| {
                        // "a second by-election": a hyphened noun, whatever its first part.
                        let compound = hyphen_after(p, i + 1)
                            && p.is_glued(i + 3)
                            && p.tokens.get(i + 3).is_some_and(|t| t.kind == Kind::Word);
                        (compound || !value::is_function_word(w))
                            && p.text_of(i + 1).starts_with(char::is_lowercase)
                            && !matches!(w, "later" | "earlier" | "ago" | "before" | "after")
                    }))
        }
        _ => true,
    }
}

/// Kinds an ordinal hyphened to names ("first-class", "third-party", "sixth-form", "164
/// sixth-formers"); not "a first-grader", whose grade writers key.
const KINDS: &[&str] = &[
    "class", "party", "form", "hand", "rate", "person", "degree", "string", "former", "formers",
];

/// Whether a word is a form of "to have".
fn is_a_have(word: &str) -> bool {
    matches!(word, "had" | "has" | "have" | "having")
}

/// Whether a word is an auxiliary before a participle: a form of "to have", or of "to be" but
/// "being" ("had first reported", "was first elected").
fn is_an_auxiliary(word: &str) -> bool {
    is_a_have(word) || matches!(word, "is" | "was" | "are" | "were" | "be" | "been")
}

/// Whether a word is a form of "to be", or "as", after which "one of" names a thing as one of
/// a group: "was one of 14", "as one of four".
fn is_a_copula(word: &str) -> bool {
    matches!(
        word,
        "is" | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "being"
            | "as"
            | "became"
            | "remains"
            | "remained"
    )
}

/// Whether the number word at `i` is part of a name made of number words: two hyphened, one an
/// ordinal, that read as no number or fraction together ("five-eighth", "first-five", rugby's
/// positions; "twenty-first", "two-thirds" read, and "one-two" is two places), or an ordinal
/// before such a pair ("first five-eighth").
fn in_a_number_name(p: &Paragraph, i: usize, word: &str) -> bool {
    let pair_at = |k: usize| {
        let (Some(a), Some(b)) = (p.word(k), p.word(k + 2)) else {
            return false;
        };
        let ordinal = |w: &str| number::read(w, None).is_some_and(|r| r.ordinal);
        // "a five-second penalty": "second" after a count is the unit of time.
        let unit = b == "second" && !ordinal(&a);
        is_number_word(&a)
            && is_number_word(&b)
            && !unit
            && (ordinal(&a) || ordinal(&b))
            && hyphen_after(p, k)
            && p.is_glued(k + 2)
            && number::read_all(&p.text[p.tokens[k].start..p.tokens[k + 2].end], None, 0).is_empty()
    };
    let ordinal = number::read(word, None).is_some_and(|r| r.ordinal);
    pair_at(i) || (i >= 2 && pair_at(i - 2)) || (ordinal && !p.is_glued(i + 1) && pair_at(i + 1))
}

/// Whether "noon" or "midnight" at token `i` is a clock time, with no hyphen after it ("a
/// noon-day meal"): after a word that points at a time ("by noon", "past midnight", and in
/// title-case copy "By Noon"), or in lower case before the noun of a scheduled thing it times
/// ("a noon briefing", "the midnight deadline", "a midnight press conference"); "the noon heat"
/// and "the midnight sun" time nothing.
fn clock_word(p: &Paragraph, i: usize, before: Option<&str>) -> bool {
    let pointed = super::clock::time_word_before(p, i) || before == Some("past");
    let lower = p.text_of(i).starts_with(char::is_lowercase);
    let scheduled = p.word(i + 1).is_some_and(|w| match w.as_str() {
        "news" | "press" => p.word(i + 2).as_deref() == Some("conference"),
        w => scheduled_thing(w.strip_suffix('s').unwrap_or(w)),
    });
    !hyphen_after(p, i) && (pointed || (lower && scheduled))
}

/// Nouns of a thing held or due at a set time, which "noon" or "midnight" before them times.
fn scheduled_thing(noun: &str) -> bool {
    matches!(
        noun,
        "briefing" | "deadline" | "curfew" | "meeting" | "session" | "rally" | "rallie" | "vote"
    )
}

/// Whether a change goes with the "-fold" word at token `i`: a verb of change within two words
/// before it ("grew almost tenfold", "rose fivefold") or a noun of change right after it ("a
/// tenfold increase").
fn changed_by(p: &Paragraph, i: usize) -> bool {
    let verb = (i.saturating_sub(2)..i).any(|k| {
        p.word(k).is_some_and(|w| {
            matches!(
                w.as_str(),
                "grew"
                    | "grow"
                    | "grown"
                    | "rose"
                    | "risen"
                    | "increased"
                    | "jumped"
                    | "surged"
                    | "soared"
                    | "climbed"
                    | "multiplied"
                    | "expanded"
                    | "fell"
                    | "dropped"
            )
        })
    });
    let noun = p.word(i + 1).is_some_and(|w| {
        matches!(
            w.as_str(),
            "increase" | "rise" | "jump" | "growth" | "gain" | "surge" | "drop" | "fall"
        )
    });
    verb || noun
}

/// Units "one" counts when hyphened to them: a margin in a game, a seat or a vote, a span of
/// time, a length or a floor ("a one-shot lead", "a one-seat majority", "a one-year deal").
fn counted_unit(word: &str) -> bool {
    matches!(
        word,
        "shot"
            | "stroke"
            | "goal"
            | "point"
            | "run"
            | "wicket"
            | "seat"
            | "vote"
            | "game"
            | "lap"
            | "year"
            | "month"
            | "week"
            | "hour"
            | "minute"
            | "mile"
            | "metre"
            | "meter"
            | "kilometre"
            | "kilometer"
            | "yard"
            | "storey"
            | "story"
    )
}

/// Whether a hyphen glued on both sides follows token `i` ("twice-yearly", "a decade-long").
fn hyphen_after(p: &Paragraph, i: usize) -> bool {
    p.is_mark(i + 1, &['-']) && p.is_glued(i + 1)
}

/// Whether "half" at `i` is a share of something: a word that measures or hedges it before
/// ("by", "nearly", "exactly", "more than"), and after it the end of the phrase or "the", "its",
/// "their" (the whole it is half of), never a noun or "a"/"an" ("nearly half a mile").
fn a_share(p: &Paragraph, i: usize, before: Option<&str>, after: Option<&str>) -> bool {
    let measured = matches!(
        before,
        Some(
            "by" | "nearly"
                | "almost"
                | "about"
                | "roughly"
                | "around"
                | "exactly"
                | "precisely"
                | "just"
                | "than"
                | "over"
                | "under"
        )
    );
    let ends = p.tokens.get(i + 1).is_none_or(|t| t.kind == Kind::Mark) && !hyphen_after(p, i);
    let whole_after = matches!(after, Some("the" | "its" | "their" | "his" | "her" | "our"));
    // "eased by about half in the afternoon", "fell by half over the year": a phrase of when or
    // where follows, and the share is complete before it ("half in cash" stays out: no such
    // word of time follows "in"). "overnight" is such a phrase on its own, and a number after
    // the preposition is a year or a count of time ("fell by half in 2023").
    let when_after = after == Some("overnight")
        || (matches!(
            after,
            Some("in" | "on" | "over" | "during" | "since" | "after" | "between")
        ) && (p.word(i + 2).is_some_and(|w| {
            matches!(
                w.as_str(),
                "the" | "a" | "an" | "this" | "that" | "last" | "recent" | "two" | "three" | "four"
            ) || crate::check::date::MONTHS
                .iter()
                .any(|m| m.eq_ignore_ascii_case(&w))
        }) || p.tokens.get(i + 2).is_some_and(|t| t.kind == Kind::Number)));
    measured && (ends || whole_after || when_after)
}

/// Whether the word after token `last` is "dozen" on its own: "two dozen", not "two dozens of"
/// or "two dozen-strong".
fn dozen_after(p: &Paragraph, last: usize) -> bool {
    p.word(last + 1).as_deref() == Some("dozen")
        && !p.is_glued(last + 1)
        && !hyphen_after(p, last + 1)
}

pub(super) fn dozen(first: usize, last: usize) -> Num {
    Num {
        answer: Some("12".into()),
        ..Num::new(first, last, 12.0, Class::Number)
    }
}

/// "a third", "two thirds", "one quarter" when no noun follows (then it is an ordinal: "a third
/// bridge").
/// Whether the word at `i` follows "and" after a word that is no number, or after digits: "a
/// minute and |a half", "57 and |a half".
fn after_and_a_word(p: &Paragraph, i: usize) -> bool {
    let word_at = |k: Option<usize>| k.and_then(|k| p.word(k));
    let and = word_at(i.checked_sub(1)).as_deref() == Some("and");
    let before = i.checked_sub(2);
    let a_word = before.is_some_and(|b| p.tokens[b].kind == Kind::Word)
        && word_at(before).is_some_and(|w| number::read(&w, None).is_none());
    // "57 and a half": the half of a number written in digits, which is left out whole.
    let digits = before.is_some_and(|b| p.tokens[b].kind == Kind::Number);
    and && (a_word || digits)
}

pub(super) fn read_fraction(p: &Paragraph, i: usize) -> Option<Num> {
    let count = match p.word(i)?.as_str() {
        "a" | "an" | "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
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
    // "a minute and a half", "two years and a half": the half is part of the amount before
    // "and", which is no number on its own here; the part alone would be a wrong answer.
    if count == 1 && after_and_a_word(p, i) {
        return None;
    }
    // "a third more", "a quarter cheaper than": a part of something compared, measured.
    let compared = matches!(p.word(k + 1).as_deref(), Some("more" | "less" | "fewer"))
        || (p.word(k + 1).is_some_and(|w| w.ends_with("er"))
            && p.word(k + 2).as_deref() == Some("than"));
    // "a quarter percentage point", "a quarter mile": a part of a unit of measure.
    let of_a_unit = p.word(k + 1).is_some_and(|w| is_measure(&w));
    let noun_after = p.word(k + 1).is_some_and(|w| !value::is_function_word(&w));
    if noun_after && !compared && !of_a_unit {
        return None;
    }
    // "added a third in stoppage time", "in a quarter": one of a series, not a part of something,
    // unless "of" follows or a word before measures ("by a third", "nearly a quarter").
    let one_of_a_series = count == 1 && denominator > 2;
    // "each receive one-quarter, or": "one" hyphened to its part is a part, no place in a
    // series (#15).
    let hyphened = k == i + 2 && count == 1 && p.word(i).as_deref() == Some("one");
    let measured = compared
        || of_a_unit
        || hyphened
        || p.word(k + 1).as_deref() == Some("of")
        || p.word_before(i).is_some_and(|w| {
            matches!(
                w.as_str(),
                "by" | "about"
                    | "nearly"
                    | "almost"
                    | "roughly"
                    | "around"
                    | "than"
                    | "over"
                    | "under"
                    | "some"
                    | "only"
                    | "just"
                    | "fully"
                    | "barely"
                    | "approximately"
            )
        });
    if one_of_a_series && !measured {
        return None;
    }
    Some(Num {
        fraction: Some((count, denominator)),
        ..Num::new(
            i,
            k,
            f64::from(count) / f64::from(denominator),
            Class::Fraction,
        )
    })
}

/// Units of measure a fraction may be a part of ("a quarter mile", "a half-point cut"): no
/// word of a series, as "a third day" or "a second hour" are.
fn is_measure(word: &str) -> bool {
    matches!(
        word,
        "point"
            | "percentage"
            | "mile"
            | "inch"
            | "pound"
            | "ounce"
            | "gallon"
            | "litre"
            | "liter"
            | "metre"
            | "meter"
            | "kilometre"
            | "kilometer"
            | "acre"
    )
}

/// "six *and a half* years": the number is not the word before, and the game reads no such
/// number, so none is drafted.
pub(super) fn and_a_part(p: &Paragraph, last: usize) -> bool {
    let spaced = p.word(last + 1).as_deref() == Some("and")
        && matches!(p.word(last + 2).as_deref(), Some("a" | "one"))
        && p.word(last + 3)
            .is_some_and(|w| FRACTIONS.iter().any(|(f, _)| *f == w));
    // "a five-and-a-quarter-mile route" (second reader).
    let hyphened = hyphened_part(p, last).is_some_and(|w| FRACTIONS.iter().any(|(f, _)| *f == w));
    spaced || hyphened
}

/// The word after "-and-a-" (or "-and-one-") joined by hyphens to a number ending at `last`:
/// "half" of "five-and-a-half-day", "quarter" of "five-and-a-quarter-mile".
fn hyphened_part(p: &Paragraph, last: usize) -> Option<String> {
    let joined = |k: usize| joined_by_a_hyphen(p, k);
    let and_a = joined(last + 1)
        && p.word(last + 2).as_deref() == Some("and")
        && joined(last + 3)
        && matches!(p.word(last + 4).as_deref(), Some("a" | "one"))
        && joined(last + 5);
    and_a.then(|| p.word(last + 6)).flatten()
}

/// Whether token `k` is a hyphen glued to the words on both sides.
fn joined_by_a_hyphen(p: &Paragraph, k: usize) -> bool {
    p.is_mark(k, &['-']) && p.is_glued(k) && p.is_glued(k + 1)
}

/// The last token of "and a half" or "and one half" after a number in words ending at `last`
/// ("three and a half decades", "two and a half hours"), which the game reads with the number
/// as one ("3.5"); none before a scale word ("four and a half million": a half of what?).
fn half_after(p: &Paragraph, last: usize) -> Option<usize> {
    let said = p.word(last + 1).as_deref() == Some("and")
        && matches!(p.word(last + 2).as_deref(), Some("a" | "one"))
        && p.word(last + 3).as_deref() == Some("half");
    let scaled = p.word(last + 4).is_some_and(|w| super::scale_word(&w));
    let hyphened = p.is_mark(last + 4, &['-']) && p.is_glued(last + 4);
    if said && !scaled && !hyphened {
        return Some(last + 3);
    }
    // "a five-and-a-half-day coast": the same words joined by hyphens before a noun; not before
    // a scale word ("a six-and-a-half-million-pound deal", second reader).
    let hyphens = hyphened_part(p, last).as_deref() == Some("half");
    let scale = |k: usize| p.word(k).is_some_and(|w| super::scale_word(&w));
    let scaled = scale(last + 7) || (joined_by_a_hyphen(p, last + 7) && scale(last + 8));
    (hyphens && !scaled).then_some(last + 6)
}

/// Whether the word before "half" makes it a part ("the second half", "the other half",
/// "this half") rather than a number.
pub(super) fn a_part(before: Option<&str>) -> bool {
    before.is_some_and(|w| {
        matches!(
            w,
            "the"
                | "this"
                | "that"
                | "each"
                | "either"
                | "other"
                | "latter"
                | "last"
                | "next"
                | "back"
                | "front"
                | "top"
                | "bottom"
                | "upper"
                | "lower"
                | "its"
                | "their"
        ) || number::read(w, None).is_some_and(|r| r.ordinal)
    })
}

/// A number written as a word: "four", "Seven", "third"; not a letter on its own ("K" of
/// "Sandra K. Whitfield"), which the reader would take for a thousand.
pub(super) fn is_number_word(word: &str) -> bool {
    word.chars().count() >= 3
        && !matches!(word, "a" | "an" | "and" | "dozen" | "once")
        // "double", "tenfold": a multiple, read on its own terms (`read_special`).
        && crate::check::number::multiple_of(word).is_none()
        && number::read(word, None).is_some()
        && word.chars().all(char::is_alphabetic)
}

/// Whether a past participle in lower case follows token `i` ("reported", "detected").
fn participle_after(p: &Paragraph, i: usize) -> bool {
    p.word(i + 1)
        .is_some_and(|w| w.len() > 4 && w.ends_with("ed"))
        && p.text_of(i + 1).starts_with(char::is_lowercase)
}
