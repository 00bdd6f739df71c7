//! Reading one number at a token of a paragraph: digits with what belongs to them (a currency
//! mark, a multiplier, an ordinal suffix, a percent sign), a time of day, or words ("four", "a
//! dozen", "a third", "twenty-five thousand").

use super::super::lexicon;
use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use super::super::value::Class;
use crate::check::currencies;
use crate::check::number;

/// A number read at some tokens of a paragraph.
#[derive(Debug, Clone)]
pub(super) struct Num {
    pub first: usize,
    /// The last token of the value itself (digits, multiplier, ordinal suffix, "p.m.").
    pub last: usize,
    /// The last token that belongs with it (a "%" or "percent" after it).
    pub end: usize,
    pub value: f64,
    pub class: Class,
    pub currency: Option<char>,
    /// The currency named by a code written before the amount ("rupees" of "Rs 800", "ringgit"
    /// of "RM25 million"); the code is the value's first token.
    pub code: Option<&'static str>,
    /// The code or sign of letters written before the amount, as the currency table writes it
    /// ("P" of "P2.5 million", "KES" of "KES 40"): which currency it is may be for the article
    /// to say (`Money::settle`).
    pub sign: Option<&'static str>,
    /// Four plain digits that could be a year.
    pub year_like: bool,
    pub fraction: Option<(u32, u32)>,
    pub minutes: Option<u32>,
    /// A duration's seconds: "2:06:12", "2hr 04min 31sec".
    pub seconds: Option<u32>,
    /// The answer, when the written form is one the game's reader does not take ("12" for "a
    /// dozen", "-25" for "minus 25", "10 million" for "10-million"); the written form is then
    /// an alias.
    pub answer: Option<String>,
    /// A unit glued to the digits: "kg" of "250kg".
    pub unit: Option<String>,
    /// An amount written in its currency's hundredths ("96 cents"), read as the currency's
    /// (`hundredths::in_currency`).
    pub hundredths: bool,
}

impl Num {
    /// A plain number from token `first` to `last`.
    fn new(first: usize, last: usize, value: f64, class: Class) -> Num {
        Num {
            first,
            last,
            end: last,
            value,
            class,
            currency: None,
            code: None,
            sign: None,
            year_like: false,
            fraction: None,
            minutes: None,
            seconds: None,
            answer: None,
            unit: None,
            hundredths: false,
        }
    }
}

/// Reads a number starting at token `i`: digits or words, with what belongs to it.
pub(super) fn read_at(p: &Paragraph, i: usize) -> Option<Num> {
    if let Some(span) = spoken_duration(p, i) {
        return Some(span);
    }
    match p.tokens.get(i)?.kind {
        Kind::Number => read_digits(p, i),
        Kind::Word => read_words(p, i),
        Kind::Mark => None,
    }
}

/// Whether the digits at token `i` are part of a name or a code ("C-17", "COVID-19", "A4") or of
/// a date written with slashes, and so no number of their own.
fn inside_a_name_or_code(p: &Paragraph, i: usize) -> bool {
    // "not in ’82": a year cut to two digits after an apostrophe, no count (#15).
    // Not a quotation's opening quote before a count ("'23 people'", sixth reader).
    if i > 0
        && p.is_glued(i)
        && p.is_mark(i - 1, &['’', '\''])
        && p.text_of(i).len() == 2
        && p.text_of(i).bytes().all(|b| b.is_ascii_digit())
        // A straight quote may open a quotation; a curly one before digits cuts a year ("since
        // the ’08 crash"; seventh reader).
        && (p.is_mark(i - 1, &['’'])
            || !p.tokens.get(i + 1).is_some_and(|t| {
                t.kind == Kind::Word && t.text(p.text).starts_with(char::is_lowercase)
            }))
    {
        return true;
    }
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
                // "8am-6pm": the end of a range of times; "a top-10 finish": a count of places.
                Some("mid" | "early" | "late" | "pre" | "post" | "am" | "pm" | "top")
            );
        let slash_year = i >= 2 && year_slash(p, i - 2);
        // "FY2025", "FY26": a fiscal year (`numbers::fiscal_year`), no code.
        let fiscal = p.text_of(i - 1) == "FY";
        if (prev.kind == Kind::Word && !fiscal)
            || hyphen_after_word
            || (p.is_mark(i - 1, &['/', '.']) && !slash_year)
        {
            return true;
        }
    }
    if p.is_mark(i + 1, &['/']) && p.is_glued(i + 1) && !year_slash(p, i) {
        return true;
    }
    // "6 1/3 innings": a whole number before a fraction is part of a mixed number, no value
    // alone.
    let number = |k: usize| p.tokens.get(k).is_some_and(|t| t.kind == Kind::Number);
    number(i + 1)
        && !p.is_glued(i + 1)
        && p.is_mark(i + 2, &['/'])
        && p.is_glued(i + 2)
        && number(i + 3)
        && p.is_glued(i + 3)
}

/// A decimal written with no whole part, as sports copy writes a rate: "a .921 save percentage",
/// "batted .312". The dot stands alone before the digits (a space or the paragraph's start
/// before it, not "v2.921" nor a sentence's full stop glued to a word); the answer is written
/// "0.921", which the game reads, and ".921" as written is its alias.
fn leading_dot(p: &Paragraph, i: usize) -> Option<Num> {
    let digits = p.text_of(i);
    let dot = i.checked_sub(1)?;
    if !(p.is_mark(dot, &['.']) && p.is_glued(i) && (dot == 0 || !p.is_glued(dot))) {
        return None;
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 4 {
        return None;
    }
    // "a .22-calibre rifle", "a .38 revolver": a gun's calibre is its name, no value.
    let calibre = p.is_mark(i + 1, &['-'])
        || p.word(i + 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "calibre"
                    | "caliber"
                    | "revolver"
                    | "pistol"
                    | "rifle"
                    | "handgun"
                    | "magnum"
                    | "special"
                    | "bullet"
                    | "bullets"
                    | "round"
                    | "rounds"
                    | "shell"
                    | "shells"
            )
        });
    if calibre {
        return None;
    }
    // Not ". 5" nor a decimal part after another dot: only one dot, then digits, then no more.
    if p.is_mark(i + 1, &['.']) && p.tokens.get(i + 2).is_some_and(|t| t.kind == Kind::Number) {
        return None;
    }
    let value: f64 = format!("0.{digits}").parse().ok()?;
    Some(Num {
        answer: Some(format!("0.{digits}")),
        ..Num::new(dot, i, value, Class::Number)
    })
}

/// Whether the digits at `i` are a year and a slash joins the next year to it, a financial or
/// a season's year ("2026/27", "2025/2026"): the second is the year after, in two or four digits,
/// and no third part follows (no date "2026/11/03").
pub(in crate::draft) fn year_slash(p: &Paragraph, i: usize) -> bool {
    let year = |k: usize| {
        let text = p.text_of(k);
        (p.tokens.get(k).is_some_and(|t| t.kind == Kind::Number)
            && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse::<u32>().ok())
        .flatten()
        .map(|v| (v, text.len()))
    };
    let (Some((first, 4)), Some((second, len))) = (year(i), year(i + 2)) else {
        return false;
    };
    let next = match len {
        2 => (first + 1) % 100,
        4 => first + 1,
        _ => return false,
    };
    (1000..=2100).contains(&first)
        && second == next
        && p.is_mark(i + 1, &['/'])
        && p.is_glued(i + 1)
        && p.is_glued(i + 2)
        && !(p.is_mark(i + 3, &['/']) && p.is_glued(i + 3))
}

fn read_digits(p: &Paragraph, i: usize) -> Option<Num> {
    let digits = p.text_of(i);
    if let Some(rate) = leading_dot(p, i) {
        return Some(rate);
    }
    let code = currency_code_before(p, i);
    if code.is_none() && inside_a_name_or_code(p, i) {
        return None;
    }
    if let Some(duration) = read_duration(p, i).or_else(|| game_clock(p, i)) {
        return Some(duration);
    }
    let currency = (i > 0 && p.is_glued(i))
        .then(|| p.text_of(i - 1).chars().next())
        .flatten()
        .filter(|&c| !c.is_alphanumeric() && currencies::symbol(c).is_some());
    // "7 o’clock at night": an hour, when the words after it say which half of the day.
    if plain(digits)
        && let Some(time) = clock::on_the_hour(p, i, digits.parse().unwrap_or(0.0))
    {
        return time;
    }
    if let Some(gap) = time_gap(p, i) {
        return Some(gap);
    }
    // "from 12 midnight", "at 12 noon": the hour and the word that says which twelve (#15).
    if digits == "12"
        && !p.is_glued(i + 1)
        && let Some(minutes) = p.word(i + 1).and_then(|w| match w.as_str() {
            "noon" => Some(12 * 60),
            "midnight" => Some(0),
            _ => None,
        })
    {
        return Some(Num {
            minutes: Some(minutes),
            ..Num::new(i, i + 1, f64::from(minutes), Class::Time)
        });
    }
    let half_day = half_day_after(p, i);
    // "2:14", "7am", "7.15am": a time of day.
    let dotted = digits
        .split_once('.')
        .is_some_and(|(h, m)| h.len() <= 2 && m.len() == 2);
    let clock_words = half_day || part_of_day(p, i).is_some();
    if digits.contains(':') || (clock_words && (digits.len() <= 2 || dotted)) {
        return read_time(p, i);
    }
    let mut last = i;
    let mut class = if currency.is_some() || code.is_some() {
        Class::Money
    } else {
        Class::Number
    };
    let mut unit = None;
    let mut unit_tokens = 0;
    match glued(p, i, class == Class::Money)? {
        Glued::Nothing => {}
        Glued::Multiplier => {
            last = i + 1;
            // "₹1.2 lakh crore": a lakh of crores is one amount.
            if p.word(i + 1)
                .zip(p.word(i + 2))
                .is_some_and(|(a, b)| crate::check::words::stacks(&a, &b))
            {
                last = i + 2;
            }
        }
        Glued::HyphenMultiplier => last = i + 2,
        Glued::Ordinal => {
            last = i + 1;
            class = Class::Ordinal;
        }
        Glued::Unit(name, tokens) => {
            unit = Some(name);
            unit_tokens = tokens;
        }
        Glued::Decade => {
            return Some(Num {
                year_like: false,
                ..Num::new(
                    i,
                    i + 1,
                    f64::from(digits.parse::<u16>().ok()?),
                    Class::Decade,
                )
            });
        }
    }
    let text = &p.text[p.tokens[i].start..p.tokens[last].end];
    // "10-million" is read, and answered, as "10 million".
    let spaced = (last == i + 2).then(|| text.replacen('-', " ", 1));
    let reading = number::read(spaced.as_deref().unwrap_or(text), None)?;
    if and_a_part(p, last) {
        return None;
    }
    if !reading.value.is_finite() || reading.value.abs() >= 1e15 {
        return None;
    }
    // The unit's tokens belong with the number, though the blank is the digits alone.
    let mut end = last + unit_tokens;
    if class != Class::Money
        && let Some(after) = percent_after(p, last)
    {
        class = Class::Percent;
        end = after;
    }
    let sign = matches!(class, Class::Number | Class::Percent)
        .then(|| minus_before(p, i))
        .flatten();
    let year_like = sign.is_none()
        && class == Class::Number
        && digits.len() == 4
        && digits.bytes().all(|b| b.is_ascii_digit());
    // "US$18.2m", "R$5 billion": the letters of a sign written before its symbol open the
    // amount, as a code does.
    let whose = sign_letters_at(p, i).filter(|_| currency.is_some());
    let (first, value) = match (sign, code.map(|(at, ..)| at).or(whose.map(|(at, _)| at))) {
        (Some(at), _) => (at, -reading.value),
        (None, Some(at)) => (at, reading.value),
        (None, None) => (i, reading.value),
    };
    // "R450,000" is rand and "R1.2 million" too, but "R445" is a road's name: a one-letter code,
    // or one in capitals that is also a name ("COP16" a climate summit in Colombia, "CNY 2025" a
    // new year, "SR71" a plane), takes an amount written as one (grouped thousands, a decimal or
    // a scale word). An abbreviation in small letters ("Sh500", "Tk 450") is the currency's.
    let named_thing = |code: &str| {
        code.chars().count() == 1
            || (currencies::needs_naming(code) && code.chars().all(|c| c.is_ascii_uppercase()))
    };
    // A sign of one letter that the article must name the country of ("P" the peso's, "N" the
    // naira's: `Money::settle`) takes a price of two digits or more as well ("P45 per kilo",
    // "N945 a litre"): where that country's money is named, "N945" is no road; one digit ("the
    // N1", "P5") stays a name (#15).
    let priced = code.is_some_and(|(at, ..)| {
        let sign = p.text_of(at);
        sign.chars().count() == 1
            && currencies::needs_naming(sign)
            && p.is_glued(i)
            && (digits.len() >= 2 && !digits.starts_with('0'))
            && !p.capitalised(last + 1)
            && !matches!(p.word_before(at).as_deref(), Some("the" | "a" | "an"))
            // "N945 a litre", "P45 per kilo", "N890 on 20 February": a price goes on with a
            // small word or a mark; "N95 masks", "the N25 road" name a thing.
            && p.tokens.get(last + 1).is_none_or(|t| {
                t.kind != Kind::Word
                    || p.word(last + 1).is_some_and(|w| {
                        matches!(w.as_str(), "a" | "an" | "per" | "each" | "apiece")
                            || crate::draft::value::is_function_word(&w)
                    })
            })
    });
    if let Some((at, ..)) = code
        && named_thing(p.text_of(at))
        && !(digits.contains([',', ' ', '\u{a0}', '\u{202f}', '\u{2009}']) || last > i || priced)
    {
        return None;
    }
    let minus_word = sign.is_some_and(|at| p.tokens[at].kind == Kind::Word);
    let answer = (spaced.is_some() || minus_word).then(|| {
        let digits = spaced.clone().unwrap_or_else(|| text.to_owned());
        if sign.is_some() {
            format!("-{digits}")
        } else {
            digits
        }
    });
    // A sign whose symbol alone is another currency's ("R$" is reais, "$" dollars): the sign's.
    let alone = currency.and_then(currencies::symbol).map(|c| c.unit);
    let (code, sign_written) = match (code, whose) {
        (Some((_, written, c)), _) => (Some(c.unit), Some(written)),
        (None, Some((_, c))) => (Some(c.unit).filter(|&u| Some(u) != alone), None),
        (None, None) => (None, None),
    };
    Some(Num {
        end,
        currency,
        code,
        sign: sign_written,
        year_like,
        unit,
        answer,
        ..Num::new(first, last, value, class)
    })
}

/// The token of the letters a sign writes before its symbol ("US" of "US$18.2m", "NZ" of
/// "(NZ$40)", "R" of "R$5 billion"), when the digits at `i` follow that symbol, and the currency.
pub(super) fn sign_letters_at(
    p: &Paragraph,
    i: usize,
) -> Option<(usize, &'static currencies::Currency)> {
    let mark = i.checked_sub(1)?;
    let word = mark.checked_sub(1)?;
    let opens = !p.is_glued(word) || p.tokens[word - 1].kind == Kind::Mark;
    let symbol = p.text_of(mark).chars().next()?;
    let ok = p.is_glued(i)
        && p.tokens[mark].kind == Kind::Mark
        && p.is_glued(mark)
        && p.tokens[word].kind == Kind::Word
        && opens;
    ok.then(|| currencies::letters_and_symbol(p.text_of(word), symbol, true))
        .flatten()
        .map(|c| (word, c))
}

/// A currency's code or sign written before the digits at `i` ("Rs 800", "Rs. 800", "RM25
/// million", "R1.2 million", "KES 40"): the code's token, which opens its word, the sign as the
/// table writes it and the first currency that writes it (`Money::settle` says which where
/// several do). A code of one letter ("R") counts only glued to the digits.
pub(super) fn currency_code_before(
    p: &Paragraph,
    i: usize,
) -> Option<(usize, &'static str, &'static currencies::Currency)> {
    let before = i.checked_sub(1)?;
    // "Rs. 800": the abbreviation's full stop, with a space before the digits.
    let (word, glued) = if p.is_mark(before, &['.']) && p.is_glued(before) && !p.is_glued(i) {
        (before.checked_sub(1)?, false)
    } else {
        (before, p.is_glued(i))
    };
    if p.tokens[word].kind != Kind::Word {
        return None;
    }
    let code = p.text_of(word);
    let opens = word == 0 || !p.is_glued(word) || p.tokens[word - 1].kind == Kind::Mark;
    let currency = currencies::written(code, true).next()?;
    let sign = std::iter::once(&currency.code)
        .chain(currency.signs)
        .find(|s| **s == code)?;
    (opens && (glued || code.chars().count() > 1)).then_some((word, *sign, currency))
}

/// A minus before the digits at `i`, and its token: a minus sign or hyphen glued to the digits
/// with a space (or nothing) before it ("to -15 °C"; not "2022-23" or "COVID-19"), or the word
/// "minus" ("near minus 25"). Either is part of the value: -15 is not 15.
fn minus_before(p: &Paragraph, i: usize) -> Option<usize> {
    let at = i.checked_sub(1)?;
    let sign = p.is_mark(at, &['-', '\u{2212}']) && p.is_glued(i) && !p.is_glued(at);
    let word = p.word(at).as_deref() == Some("minus") && !p.is_glued(i);
    (sign || word).then_some(at)
}

/// What is glued to the digits at token `i`.
enum Glued {
    Nothing,
    /// "7.7k", "£6.8bn", "$5m".
    Multiplier,
    /// "10-million" of "a 10-million-year gap": a multiplier joined by a hyphen.
    HyphenMultiplier,
    /// "21st".
    Ordinal,
    /// "250kg", "520km", "38°C": a unit of measure, the fact's unit, and how many tokens it
    /// takes; the answer is the digits, and the unit stays in the statement after the blank.
    Unit(String, usize),
    /// "1950s".
    Decade,
}

/// What follows the digits at token `i`, or `None` when the digits are part of something else
/// ("3D", "4x4", "COVID19s").
fn glued(p: &Paragraph, i: usize, money: bool) -> Option<Glued> {
    // "4½ sacks", "2¾ miles", "4 ½ sacks": a mixed number the game cannot read; "4" alone
    // would be wrong (sixth reader: spaced too).
    if p.tokens.get(i + 1).is_some()
        && p.text_of(i + 1).starts_with(|c: char| {
            matches!(
                c,
                '½' | '¼'
                    | '¾'
                    | '⅓'
                    | '⅔'
                    | '⅕'
                    | '⅖'
                    | '⅗'
                    | '⅘'
                    | '⅙'
                    | '⅚'
                    | '⅛'
                    | '⅜'
                    | '⅝'
                    | '⅞'
            )
        })
    {
        return None;
    }
    // "38°C", "100°F".
    if p.is_mark(i + 1, &['°']) && p.is_glued(i + 1) {
        let scale = p.is_glued(i + 2).then(|| p.text_of(i + 2));
        return Some(match scale {
            Some(s @ ("C" | "F")) if !money => Glued::Unit(format!("°{s}"), 2),
            _ => Glued::Nothing,
        });
    }
    let scale = |w: Option<String>| w.as_deref().is_some_and(scale_word);
    if p.is_mark(i + 1, &['-']) && p.is_glued(i + 1) && p.is_glued(i + 2) && scale(p.word(i + 2)) {
        return Some(Glued::HyphenMultiplier);
    }
    let next = p.word(i + 1);
    let glued_word = p.is_glued(i + 1) && next.is_some();
    let Some(w) = next.as_deref() else {
        return Some(Glued::Nothing);
    };
    if scale_word(w) {
        return Some(Glued::Multiplier);
    }
    if !glued_word {
        return Some(Glued::Nothing);
    }
    let written = p.text_of(i + 1);
    let digits = p.text_of(i);
    Some(match w {
        "k" | "bn" | "b" | "mn" | "tn" => Glued::Multiplier,
        // "$5m" is five million; "5m (16ft)" and "5m long" are metres; "100m" on its own may
        // be either, and is read as million.
        "m" if !money && metres(p, i + 1) => Glued::Unit("m".into(), 1),
        // "the 1,986m pass", "at 2,140m": thousands grouped with a comma and no currency are
        // metres, a height or a distance; millions so written carry their currency ("£1,200m").
        // Not before a currency's name or a plural ("2,450m euros", "1,400m people").
        "m" if !money && written == "m" && digits.contains(',') && !counted_after(p, i + 2) => {
            Glued::Unit("m".into(), 1)
        }
        // "12C", "54F": degrees, as British copy writes them.
        "c" | "f" if !money && written.chars().all(|c| c.is_ascii_uppercase()) => {
            Glued::Unit(written.to_owned(), 1)
        }
        "m" => Glued::Multiplier,
        // "50p": pence, a currency's hundredths (`hundredths::in_currency`), before no other
        // letter or digit ("5p.m." is a time).
        // A stop or a comma may end it ("rose to 365p."), and a hyphen joins it to what it
        // is paid for ("the 415p-a-share offer", "a 20p-an-hour bonus").
        "p" if !money
            && written == "p"
            && (!p.is_glued(i + 2)
                || p.is_mark(i + 2, &['.', ',', ';', ':', ')', '!', '?'])
                || (p.is_mark(i + 2, &['-'])
                    && matches!(p.word(i + 3).as_deref(), Some("a" | "an")))) =>
        {
            Glued::Unit("p".into(), 1)
        }
        // "21st", "3rd": the suffix the digits take, in small letters, and no amount of money
        // ("Rp 0St." is none).
        "st" | "nd" | "rd" | "th" if !money && written == w && ordinal_suffix(digits) == w => {
            Glued::Ordinal
        }
        "st" | "nd" | "rd" | "th" => return None,
        // "5x optical zoom", "a 3x speed-up": a factor, before a word in lower case ("4x4" is a
        // code, "10x Genomics" a name).
        "x" if !money
            && written == "x"
            && !p.is_glued(i + 2)
            && p.tokens.get(i + 2).is_some_and(|t| t.kind == Kind::Word)
            && p.text_of(i + 2).starts_with(char::is_lowercase) =>
        {
            Glued::Unit("x".into(), 1)
        }
        "s" if digits.len() == 4 && digits.ends_with('0') && !money => Glued::Decade,
        // "1.9s", "0.087s", "20s down": seconds, as timing is written in motor racing and
        // athletics (a decimal, or a gap's word after it).
        "s" if !money && written == "s" && glued_seconds(p, i) => Glued::Unit("s".into(), 1),
        // "4.321sec", "3sec clear": the same, as British sports pages write it.
        "sec" | "secs" if !money && written == w && glued_seconds(p, i) => {
            Glued::Unit(written.to_owned(), 1)
        }
        _ => match lexicon::unit_abbreviation(written) {
            // "95km/h", "12m/s": a unit per hour or second, glued whole.
            Some(_) if !money && p.is_mark(i + 2, &['/']) && p.is_glued(i + 2) => {
                let per = p.is_glued(i + 3).then(|| p.text_of(i + 3));
                match per {
                    Some(per @ ("h" | "hr" | "s" | "min")) => {
                        Glued::Unit(format!("{written}/{per}"), 3)
                    }
                    // "53hl/ha": a harvest's yield per hectare (#15).
                    Some(per @ "ha") => Glued::Unit(format!("{written}/{per}"), 3),
                    _ => return None,
                }
            }
            Some(_) if !money => Glued::Unit(written.to_owned(), 1),
            _ => return None,
        },
    })
}

/// The ordinal suffix English writes after `digits` (`number::ordinal_suffix` of its last three
/// digits, which decide it).
fn ordinal_suffix(digits: &str) -> &'static str {
    let n = digits
        .bytes()
        .filter(u8::is_ascii_digit)
        .fold(0i64, |n, b| (n % 100) * 10 + i64::from(b - b'0'));
    number::ordinal_suffix(n)
}

/// Whether the "s" glued to the digits at `i` is seconds: after a decimal ("1.9s", "0.087s"),
/// which no decade or plural is, or after whole digits when a word of a gap or a time follows
/// ("20s down on the leaders", "a 5s penalty") and no word before makes them an age or a decade
/// ("in their 20s", "the 90s"). Nothing but a stop or a comma may be glued after the "s"
/// ("3.5s-class" is a name).
fn glued_seconds(p: &Paragraph, i: usize) -> bool {
    let digits = p.text_of(i);
    let joined = p.is_glued(i + 2)
        && p.tokens
            .get(i + 2)
            .is_some_and(|t| t.kind != Kind::Mark || p.is_mark(i + 2, &['-', '/']));
    if joined {
        return false;
    }
    if digits.contains('.') {
        return digits.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    }
    let gap = matches!(
        p.word(i + 2).as_deref(),
        Some(
            "down"
                | "behind"
                | "ahead"
                | "clear"
                | "adrift"
                | "quicker"
                | "faster"
                | "slower"
                | "penalty"
                | "stop"
                | "pitstop"
        )
    );
    let age_or_decade = p.word_before(i).is_some_and(|w| {
        matches!(
            w.as_str(),
            "the" | "their" | "his" | "her" | "my" | "our" | "your" | "early" | "mid" | "late"
        )
    });
    gap && !age_or_decade && digits.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the word at `k` names what an amount before it counts: a currency ("euros", "naira")
/// or a plural ("people", "barrels"; not "pass").
fn counted_after(p: &Paragraph, k: usize) -> bool {
    p.word(k).is_some_and(|w| {
        crate::check::units::currency(&w).is_some()
            || w == "people"
            || (w.ends_with('s') && !w.ends_with("ss") && w.chars().count() > 3)
    })
}

/// A word after a time that makes it a gap in a race: "1:42 behind", "2:36 down on the
/// leader", "at 1:15 overall".
fn gap_word(w: &str) -> bool {
    matches!(
        w,
        "down" | "behind" | "ahead" | "clear" | "adrift" | "back" | "overall"
    )
}

/// "finished 1:42 behind", "2:36 down on the leader": minutes and seconds before a word of a
/// gap are a time between riders or runners, no clock time; a duration, answered as written.
fn time_gap(p: &Paragraph, i: usize) -> Option<Num> {
    let (m, s) = p.text_of(i).split_once(':')?;
    let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
    if !digits(m) || m.len() > 2 || s.len() != 2 || !digits(s) {
        return None;
    }
    let (m, s): (u32, u32) = (m.parse().ok()?, s.parse().ok()?);
    if s >= 60 || p.is_glued(i + 1) || !p.word(i + 1).is_some_and(|w| gap_word(&w)) {
        return None;
    }
    // "at 7:30 ahead of the start", "resumed at 9:30 back on the floor": a clock time, after a
    // word that places a moment; a gap after "at" is one only where it says whom it trails.
    let moment = p.word_before(i).is_some_and(|w| {
        matches!(
            w.as_str(),
            "at" | "by" | "until" | "till" | "from" | "before" | "after" | "since" | "around"
        )
    });
    let trails = p
        .word(i + 1)
        .is_some_and(|w| matches!(w.as_str(), "behind" | "down" | "adrift" | "overall"));
    if moment && !trails {
        return None;
    }
    let seconds = m * 60 + s;
    Some(Num {
        seconds: Some(seconds),
        ..Num::new(i, i, f64::from(seconds), Class::Duration)
    })
}

/// A scale word spelt out after the digits: "175 million", "1.2 lakh", "25 crore" (lakh and
/// crore are part of an amount in Indian English as million is).
pub(super) fn scale_word(w: &str) -> bool {
    matches!(
        w,
        "thousand" | "million" | "billion" | "trillion" | "lakh" | "lakhs" | "crore" | "crores"
    )
}

/// The last token of "%" or "percent" / "per cent" right after token `last`, or of "-percent"
/// / "-per-cent" glued to it.
fn percent_after(p: &Paragraph, last: usize) -> Option<usize> {
    let hyphen = |k: usize| p.is_mark(k, &['-']) && p.is_glued(k) && p.is_glued(k + 1);
    if p.is_mark(last + 1, &['%']) {
        return Some(last + 1);
    }
    match (p.word(last + 1).as_deref(), p.word(last + 2).as_deref()) {
        (Some("percent"), _) => Some(last + 1),
        (Some("per"), Some("cent")) => Some(last + 2),
        // "a 70-per-cent chance", "a 5-percent rise": joined by hyphens.
        _ if hyphen(last + 1) && p.word(last + 2).as_deref() == Some("percent") => Some(last + 2),
        _ if hyphen(last + 1)
            && p.word(last + 2).as_deref() == Some("per")
            && hyphen(last + 3)
            && p.word(last + 4).as_deref() == Some("cent") =>
        {
            Some(last + 4)
        }
        _ => None,
    }
}

/// "2:14 p.m.", "14:30": a time of day.
fn read_time(p: &Paragraph, i: usize) -> Option<Num> {
    let text = p.text_of(i);
    let (h, m) = text.split_once([':', '.']).unwrap_or((text, "0"));
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    if m >= 60 || text.matches([':', '.']).count() > 1 {
        return None;
    }
    let (last, hour) = match p.word(i + 1).as_deref().map(|w| w.replace('.', "")) {
        Some(w) if w == "pm" && (1..=12).contains(&h) => (i + 1, h % 12 + 12),
        Some(w) if w == "am" && (1..=12).contains(&h) => (i + 1, h % 12),
        _ if (1..=12).contains(&h) && part_of_day(p, i).is_some() => {
            (i, h % 12 + if part_of_day(p, i)? { 12 } else { 0 })
        }
        _ if h < 24 => (i, h),
        _ => return None,
    };
    // "06:42 BST": the time zone belongs with the time, and is no name.
    let zone = p
        .tokens
        .get(last + 1)
        .is_some_and(|t| t.kind == Kind::Word && lexicon::is_time_zone(p.text_of(last + 1)));
    if last == i && !zone && !clock_like(p, i, text) {
        return None;
    }
    Some(Num {
        minutes: Some(hour * 60 + m),
        end: if zone { last + 1 } else { last },
        ..Num::new(i, last, f64::from(hour * 60 + m), Class::Time)
    })
}

mod clock;
mod duration;
mod game_clock;
mod half_hour;
mod metres;
mod second;
mod words;

pub(in crate::draft) use clock::after_noon_after;
use clock::{clock_like, half_day_after, part_of_day};
pub(in crate::draft) use duration::bare_hours_minutes;
use duration::{read_duration, spoken_duration};
use game_clock::game_clock;
use metres::metres;

use words::{and_a_part, read_words};

/// Whether `digits` are digits alone, with no separator ("7,700", "2:14", "3.4", "2 870").
fn plain(digits: &str) -> bool {
    digits.bytes().all(|b| b.is_ascii_digit())
}
