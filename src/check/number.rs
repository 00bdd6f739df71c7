//! Reading a number the way people type it: "7,700", "7700", "7 700", "about 7,700", "65th", "55 cases".

mod plain;

pub use super::span::read_span;
use super::units::with_symbols_as_words;
pub use super::units::{
    currency_code, currency_code_first, dollar_prefix, is_currency, unit_matches,
};
pub use plain::whole_key;

/// A number read from text, and whether it was written as an ordinal ("65th") or as a fraction
/// of one ("a third", "1/3").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub value: f64,
    pub ordinal: bool,
    pub fraction: bool,
}

impl Reading {
    pub fn of(value: f64) -> Reading {
        Reading {
            value,
            ordinal: false,
            fraction: false,
        }
    }
}

const APPROXIMATELY: [&str; 10] = [
    "about",
    "around",
    "roughly",
    "approximately",
    "approx.",
    "approx",
    "some",
    "nearly",
    "circa",
    "c.",
];

/// `text` without a leading approximation word or `~`: "about 7,700" -> "7,700".
pub(super) fn without_approximation(text: &str) -> &str {
    let mut rest = text.trim().trim_start_matches(['~', '≈']).trim();
    for word in APPROXIMATELY {
        if let Some(head) = rest.get(..word.len())
            && head.eq_ignore_ascii_case(word)
            && rest[word.len()..].starts_with(char::is_whitespace)
        {
            rest = rest[word.len()..].trim_start();
            break;
        }
    }
    rest
}

/// The number after a leading approximation word ("about 300" -> "300"), or `None` when `text`
/// has none. A question file writes numbers plainly and the approximation as a tolerance.
pub fn approximation(text: &str) -> Option<&str> {
    // Most numbers start with a digit: no approximation word, and no need to look for one.
    if text.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let rest = without_approximation(text);
    (rest.len() != text.trim().len()).then_some(rest)
}

/// Reads `text` as a number: digits ("7,700", "7 700", "2.5", "-3"), digits with a multiplier
/// ("5.3 thousand", "1.2 million", "7.7k") or English words ("seven thousand seven hundred",
/// "sixty-fifth"), after an optional approximation word ("about", "~"). `unit` is the fact's unit
/// ("cases"): a trailing word is allowed only when it is that unit (singular or plural). Returns
/// `None` for anything that is not one number.
pub fn read(text: &str, unit: Option<&str>) -> Option<Reading> {
    plain::read(text).or_else(|| general(text, unit))
}

/// `read`, every form of number: the reader plain digits are a short cut past.
fn general(text: &str, unit: Option<&str>) -> Option<Reading> {
    let prepared = with_symbols_as_words(text);
    let rest = without_approximation(&prepared);
    // "Rs 3.2 crore", "RM25 million": the currency's code before the amount is its unit.
    let coded = super::units::code_first(rest, unit);
    let rest = coded.as_deref().unwrap_or(rest);
    if let Some((head, fraction, tail)) = split_fraction(rest) {
        // "twenty-one and a half", "1 and a half million", "21½ kg"
        let whole = read(head, None).filter(|r| !r.ordinal)?;
        let (exponent, tail) = multiplier(tail, unit);
        let tail = tail.trim();
        if !tail.is_empty() && !unit.is_some_and(|u| unit_matches(u, tail)) {
            return None;
        }
        let value = (whole.value + fraction) * 10f64.powi(exponent);
        return Some(Reading::of(value));
    }
    let (value, ordinal, tail) = match split_number(rest) {
        Some((number, tail)) => {
            let (exponent, tail) = multiplier(tail, unit);
            let value = parse_digits(&number, exponent)?;
            match strip_ordinal_suffix(tail.trim()) {
                Some(after) if exponent == 0 => (value, true, after),
                _ => (value, false, tail),
            }
        }
        None => read_words(rest, unit)?,
    };
    let tail = tail.trim();
    if !tail.is_empty() && !unit.is_some_and(|u| unit_matches(u, tail)) {
        return None;
    }
    Some(Reading {
        value,
        ordinal,
        fraction: false,
    })
}

/// Every way a typed `text` may be read as a number: `read`'s, with a decimal comma ("21,5" is
/// 21.5, though "7,700" stays 7700), and as a fraction ("1/3", "a third", "21 1/2").
/// `decimals` are the answer's: a comma before three digits ("20,005") is read as a decimal comma
/// only when the answer has three decimals, since it reads as thousands too ("83,600" is no 83.6).
pub fn read_all(text: &str, unit: Option<&str>, decimals: usize) -> Vec<Reading> {
    let mut readings: Vec<Reading> = read(text, unit).into_iter().collect();
    if let Some(decimal) = decimal_comma(text, decimals)
        && let Some(r) = read(&decimal, unit)
        && !readings.iter().any(|o| o.value == r.value)
    {
        readings.push(r);
    }
    if readings.is_empty() {
        readings.extend(super::fraction::read(text, unit));
    }
    readings
}

/// How many decimals `text` is written with ("83.6" has one).
pub fn decimals(text: &str) -> usize {
    text.split_once('.').map_or(0, |(_, after)| {
        after.chars().take_while(char::is_ascii_digit).count()
    })
}

/// `text` with its one comma written as a decimal point, when that comma has digits before it and
/// one or two after (or three, when the answer has three decimals), and no point anywhere.
fn decimal_comma(text: &str, answer_decimals: usize) -> Option<String> {
    if text.contains('.') || text.matches(',').count() != 1 {
        return None;
    }
    let at = text.find(',')?;
    let before = text[..at].chars().next_back()?;
    let after: String = text[at + 1..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    let decimals = (1..=2).contains(&after.len()) || (after.len() == 3 && answer_decimals == 3);
    (before.is_ascii_digit() && decimals).then(|| format!("{}.{}", &text[..at], &text[at + 1..]))
}

/// "21 and a half kg" -> ("21", 0.5, " kg"): a whole number, a fraction said in words after it,
/// and the rest.
fn split_fraction(text: &str) -> Option<(&str, f64, &str)> {
    const FRACTIONS: [(&str, f64); 6] = [
        (" and a half", 0.5),
        (" and one half", 0.5),
        (" and a quarter", 0.25),
        (" and one quarter", 0.25),
        (" and three quarters", 0.75),
        (" and a third", 1.0 / 3.0),
    ];
    // Every fraction's words start with " and ": most numbers ("1613", "7,700") have no space.
    // "five-and-a-half" is written with hyphens before a noun ("a five-and-a-half-day coast").
    if !text.contains([' ', '-']) {
        return None;
    }
    let lower = text.to_ascii_lowercase().replace('-', " ");
    if !lower.contains(" and ") {
        return None;
    }
    FRACTIONS.iter().find_map(|(words, fraction)| {
        let at = lower.find(words)?;
        let end = at + words.len();
        let tail = text.get(end..)?;
        (tail.is_empty() || tail.starts_with(char::is_whitespace))
            .then(|| (text[..at].trim(), *fraction, tail))
    })
}

/// The numbers of a typed phrase ("55 small cases", "about 19 minutes later"), each with every
/// way it may be read, and the words around them, normalised.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    pub numbers: Vec<Vec<Reading>>,
    /// Each number as typed, normalised ("1953"), to tell one the question says.
    pub typed: Vec<String>,
    pub words: Vec<String>,
}

/// The numbers in `text` and the words around them. A number is the longest run of words that
/// reads as one (`read_all`, so "about 7.7 thousand soldiers" is one); `decimals` as `read_all`.
pub fn find(text: &str, unit: Option<&str>, decimals: usize) -> Found {
    const MOST: usize = 32;
    let prepared = with_symbols_as_words(text);
    let tokens: Vec<&str> = prepared
        .split_whitespace()
        .map(|t| {
            t.trim_matches(|c: char| "()[]{}\"!?;:\u{201c}\u{201d}".contains(c))
                .trim_end_matches([',', '.'])
        })
        .filter(|t| !t.is_empty())
        .take(MOST)
        .collect();
    let mut found = Found::default();
    let mut start = 0;
    let mut after_ordinal = false;
    while start < tokens.len() {
        // "the second one": after an ordinal, "one" stands for the thing counted.
        if after_ordinal && matches!(tokens[start].to_lowercase().as_str(), "one" | "ones") {
            after_ordinal = false;
            start += 1;
            continue;
        }
        let longest = (start + 1..=tokens.len().min(start + 12))
            .rev()
            .find_map(|end| {
                let span = tokens[start..end].join(" ");
                let readings = read_all(&span, unit, decimals);
                (!readings.is_empty()).then_some((end, readings, span))
            });
        match longest {
            Some((end, readings, span)) => {
                after_ordinal = readings.iter().any(|r| r.ordinal);
                found.numbers.push(readings);
                found.typed.push(crate::normalize::key(&span));
                start = end;
            }
            None => {
                after_ordinal = false;
                found.words.extend(crate::normalize::words(tokens[start]));
                start += 1;
            }
        }
    }
    found
}

/// A number in words at the start of `text`, with what follows it; a whole number said with
/// "point" and its decimals digit by digit ("nine point six", "zero point zero eight seven") is
/// that decimal.
fn read_words<'t>(text: &'t str, unit: Option<&str>) -> Option<(f64, bool, &'t str)> {
    // "twice", "once", "thrice": how many times, a number too; "double", "tenfold": a multiple,
    // where times are counted.
    let end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    // With no unit given (a file's answer, read alone) it is the multiple; with another unit
    // ("percent", "goals") it is no answer of that.
    let counted_in_times = unit.is_none_or(|u| crate::normalize::key(u) == "times");
    let multiple = multiple_of(&text[..end]).filter(|_| counted_in_times);
    if let Some(value) = times(&text[..end]).or(multiple) {
        return Some((f64::from(value), false, &text[end..]));
    }
    // "ninety m" for 90 metres: the fact's unit written as a scale's letter ends the number
    // and is no million (#15; the unit "m" of a drafted length).
    if let Some(u) = unit
        && let Some((head, last)) = text.trim_end().rsplit_once(' ')
        && unit_matches(u, last)
        && super::words::scale(&last.to_lowercase()).is_some()
        && let Some((value, ordinal, rest)) = whole_words(head)
        && rest.trim().is_empty()
    {
        return Some((value, ordinal, &text[head.len()..]));
    }
    let (value, ordinal, tail) = whole_words(text)?;
    if ordinal || value.fract() != 0.0 || value >= 1e15 {
        return Some((value, ordinal, tail));
    }
    Some(
        decimals_in_words(value, tail).map_or((value, ordinal, tail), |(v, rest)| (v, false, rest)),
    )
}

/// The count of times a word says: "once" 1, "twice" 2, "thrice" 3, in any case.
pub fn times(word: &str) -> Option<u32> {
    match word.to_lowercase().as_str() {
        "once" => Some(1),
        "twice" => Some(2),
        "thrice" => Some(3),
        _ => None,
    }
}

/// The multiple a word says, a count of times too: "double" 2, "triple" 3, "quadruple" 4,
/// "tenfold" 10 (#15). `read` reads it so alone or with the unit "times", never with another:
/// "tenfold" is no answer of 10 percent, nor "double" of 2 goals.
pub fn multiple_of(word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    match word.as_str() {
        "double" => Some(2),
        "triple" => Some(3),
        "quadruple" => Some(4),
        // "twofold" to "tenfold": a number's word and "fold".
        _ => {
            let (value, ordinal, tail) = whole_words(word.strip_suffix("fold")?)?;
            (!ordinal && tail.is_empty() && (2.0..=10.0).contains(&value) && value.fract() == 0.0)
                .then_some(value as u32)
        }
    }
}

/// Whether a word says a count of times or a multiple: "twice", "double", "tenfold".
pub fn counts_times(word: &str) -> bool {
    times(word).or_else(|| multiple_of(word)).is_some()
}

/// "point six" after a whole number in words: its digits, one word each, as the decimals.
fn decimals_in_words(whole: f64, tail: &str) -> Option<(f64, &str)> {
    const DIGITS: [&str; 10] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let rest = tail.trim_start();
    let after = rest.get(..6).filter(|p| p.eq_ignore_ascii_case("point "))?;
    let mut rest = &rest[after.len()..];
    let mut decimals = String::new();
    loop {
        let trimmed = rest.trim_start();
        let end = trimmed
            .find(|c: char| c.is_whitespace() || c == ',')
            .unwrap_or(trimmed.len());
        let Some(digit) = DIGITS
            .iter()
            .position(|d| d.eq_ignore_ascii_case(&trimmed[..end]))
        else {
            break;
        };
        decimals.push(char::from(b'0' + digit as u8));
        rest = &trimmed[end..];
    }
    if decimals.is_empty() {
        return None;
    }
    let value: f64 = format!("{}.{decimals}", whole as u64).parse().ok()?;
    // "two point five million": a scale word after the decimals scales them.
    let trimmed = rest.trim_start();
    let end = trimmed
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(trimmed.len());
    match super::words::scale(&trimmed[..end].to_lowercase()) {
        Some(scale) => Some((value * scale as f64, &trimmed[end..])),
        None => Some((value, rest)),
    }
}

/// A whole number in words at the start of `text`, with what follows it.
fn whole_words(text: &str) -> Option<(f64, bool, &str)> {
    // Word boundaries: spaces and hyphens; each word's byte range kept to cut the tail.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let boundary = c.is_whitespace() || c == '-' || c == ',';
        match (start, boundary) {
            (None, false) => start = Some(i),
            (Some(s), true) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    let lower: Vec<String> = words
        .iter()
        .map(|&(s, e)| text[s..e].to_lowercase())
        .collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    // No number in words is longer than this; past it, the text is not one.
    const MOST_WORDS: usize = 32;
    (1..=lower.len().min(MOST_WORDS)).rev().find_map(|n| {
        let (value, ordinal) = super::words::read(&lower[..n])?;
        let tail = words.get(n).map_or("", |&(s, _)| &text[s..]);
        Some((value, ordinal, tail))
    })
}

/// A multiplier right after the digits ("k", "thousand", "million", "bn"), as a power of ten, and
/// the text after it. A word that is the fact's own unit is not taken as a multiplier.
fn multiplier<'t>(tail: &'t str, unit: Option<&str>) -> (i32, &'t str) {
    let trimmed = tail.trim_start();
    let end = trimmed
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(trimmed.len());
    let word = trimmed[..end].to_lowercase();
    if unit.is_some_and(|u| unit_matches(u, &word)) {
        return (0, tail);
    }
    let Some(scale) = super::words::scale(&word) else {
        return (0, tail);
    };
    let exponent = (scale as f64).log10().round() as i32;
    let rest = &trimmed[end..];
    // "1.2 lakh crore": Indian English stacks a lakh or a thousand on a crore (10^12, 10^10).
    let next = rest.trim_start();
    let next_end = next
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(next.len());
    let second = next[..next_end].to_lowercase();
    if super::words::stacks(&word, &second)
        && let Some(on) = super::words::scale(&second)
    {
        return (
            exponent + (on as f64).log10().round() as i32,
            &next[next_end..],
        );
    }
    (exponent, rest)
}

/// Splits a leading number (digits with optional sign, group separators and one decimal point)
/// from the rest of the text.
fn split_number(text: &str) -> Option<(String, &str)> {
    let mut digits = String::new();
    let mut end = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    if let Some(&(_, c)) = chars.first()
        && matches!(c, '-' | '+' | '\u{2212}')
    {
        digits.push(if c == '+' { '+' } else { '-' });
        i = 1;
    }
    while i < chars.len() {
        let (at, c) = chars[i];
        let next_is_digit = chars.get(i + 1).is_some_and(|&(_, n)| n.is_ascii_digit());
        if c.is_ascii_digit() {
            digits.push(c);
            end = at + c.len_utf8();
        } else if is_group_separator(c)
            && next_is_digit
            && digits.ends_with(|d: char| d.is_ascii_digit())
        {
            // A separator only between digits: "7,700", "7 700", "7_700".
        } else if c == '.' && next_is_digit && !digits.contains('.') {
            digits.push('.');
        } else {
            break;
        }
        i += 1;
    }
    if !digits.ends_with(|d: char| d.is_ascii_digit()) {
        return None;
    }
    Some((digits, &text[end..]))
}

fn is_group_separator(c: char) -> bool {
    matches!(
        c,
        ',' | '_' | ' ' | '\u{2009}' | '\u{202F}' | '\u{00A0}' | '\''
    )
}

/// The value of `digits` times ten to the `exponent`, parsed in one go so that "7.7" thousand is
/// exactly 7700.
fn parse_digits(digits: &str, exponent: i32) -> Option<f64> {
    let value: f64 = format!("{digits}e{exponent}").parse().ok()?;
    value.is_finite().then_some(value)
}

fn strip_ordinal_suffix(tail: &str) -> Option<&str> {
    let lower = tail.to_ascii_lowercase();
    ["st", "nd", "rd", "th"].into_iter().find_map(|suffix| {
        let after = lower.strip_prefix(suffix)?;
        (after.is_empty() || after.starts_with(char::is_whitespace)).then(|| &tail[suffix.len()..])
    })
}

/// The letters after a whole number written as an ordinal: "st", "nd", "rd" or "th" (11th-13th).
pub fn ordinal_suffix(n: i64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// Formats a whole number with comma thousands separators: 7700 -> "7,700".
pub fn group_thousands(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if value < 0 {
        out.insert(0, '-');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn reads(text: &str, unit: Option<&str>, value: f64) {
        let got = read(text, unit).map(|r| r.value);
        assert_eq!(got, Some(value), "{text:?} should read as {value}");
    }

    #[track_caller]
    fn rejects(text: &str, unit: Option<&str>) {
        assert_eq!(
            read(text, unit),
            None,
            "{text:?} should not read as a number"
        );
    }

    #[test]
    fn a_multiple_reads_as_its_count_of_times_where_times_are_counted() {
        reads("double", Some("times"), 2.0);
        reads("Triple", Some("times"), 3.0);
        reads("tenfold", Some("times"), 10.0);
        reads("about fivefold", Some("times"), 5.0);
        // A multiple is no answer of a number of anything else (second reader, round i22a).
        rejects("tenfold", Some("percent"));
        rejects("double", Some("goals"));
        reads("triple", None, 3.0);
        assert!(counts_times("double") && counts_times("Tenfold") && counts_times("twice"));
        assert!(!counts_times("ten") && !counts_times("fold") && !counts_times("manifold"));
        assert_eq!(multiple_of("Threefold"), Some(3));
        assert_eq!(multiple_of("elevenfold"), None);
    }

    #[test]
    fn readings() {
        reads("7,700", None, 7700.0);
        reads("7700", None, 7700.0);
        reads("7 700", None, 7700.0);
        reads("7_700", None, 7700.0);
        reads(" about 7,700 ", None, 7700.0);
        reads("~5300", None, 5300.0);
        reads("65th", None, 65.0);
        reads("55 cases", Some("cases"), 55.0);
        reads("1 case", Some("cases"), 1.0);
        reads("-3", None, -3.0);
        reads("2.5", None, 2.5);
        rejects("55 dogs", Some("cases"));
        rejects("55 cases", None);
        reads("fifty", None, 50.0);
        // How many times: "twice" is 2.
        reads("twice", None, 2.0);
        reads("Once", None, 1.0);
        reads("thrice", None, 3.0);
        rejects("twice as many", None);
        reads("Seven thousand seven hundred", None, 7700.0);
        reads("thirty-six thousand soldiers", Some("soldiers"), 36_000.0);
        reads("5.3 thousand", None, 5300.0);
        reads("1.2 million", None, 1_200_000.0);
        reads("3.5 lakh", None, 350_000.0);
        // Whose dollars, written before "$", is part of the currency mark.
        reads("US$18.2m", Some("dollars"), 18_200_000.0);
        reads("about NZ$40", Some("dollars"), 40.0);
        reads("us$20 million", Some("dollars"), 20_000_000.0);
        reads("US$155,000", Some("dollars"), 155_000.0);
        rejects("USA$5", Some("dollars"));
        rejects("XY$5", Some("dollars"));
        // A currency's code before the amount: the currency is the unit.
        reads("Rs 3.2 crore", Some("rupees"), 32_000_000.0);
        reads("Rs. 800", Some("rupees"), 800.0);
        reads("about RM25 million", Some("ringgit"), 25_000_000.0);
        reads("rm150,000", Some("ringgit"), 150_000.0);
        reads("R1.2 million", Some("rand"), 1_200_000.0);
        reads("USD 40", Some("dollars"), 40.0);
        reads("P2.5 million", Some("pesos"), 2_500_000.0);
        reads("p5,000", Some("pesos"), 5000.0);
        reads("₱5,000", Some("pesos"), 5000.0);
        reads("Php 5,000", Some("pesos"), 5000.0);
        reads("5,000 peso", Some("pesos"), 5000.0);
        rejects("P5,000", Some("rand"));
        reads("N2.3 billion", Some("naira"), 2_300_000_000.0);
        reads("₦8 million", Some("naira"), 8_000_000.0);
        reads("NGN 415 million", Some("naira"), 415_000_000.0);
        reads("312 million naira", Some("naira"), 312_000_000.0);
        rejects("N5,000", Some("pesos"));
        // Vanuatu's vatu, as its copy writes it ("VT"), by its code or its name.
        reads("VT1.75 billion", Some("vatu"), 1_750_000_000.0);
        reads("vt420 million", Some("vatu"), 420_000_000.0);
        reads("VUV 48.6 billion", Some("vatu"), 48_600_000_000.0);
        reads("3.2 billion vatu", Some("vatu"), 3_200_000_000.0);
        rejects("VT420 million", Some("dollars"));
        rejects("VT420", None);
        // Every currency of the table by its code or sign (#15); a sign several write ("K", "P")
        // is the fact's currency where it is one of them.
        reads("KSh 2.5bn", Some("shillings"), 2_500_000_000.0);
        reads("Sh2.5 billion", Some("shillings"), 2_500_000_000.0);
        reads("K350 million", Some("kwacha"), 350_000_000.0);
        reads("K350 million", Some("kina"), 350_000_000.0);
        reads("P2.5 million", Some("pula"), 2_500_000.0);
        reads("R$5 billion", Some("reais"), 5_000_000_000.0);
        reads("Kč 900", Some("korunas"), 900.0);
        reads("12,000 Ft", Some("forints"), 12_000.0);
        reads("12,000 ft", Some("feet"), 12_000.0);
        rejects("K350 million", Some("pesos"));
        rejects("KSh 2.5bn", Some("rupees"));
        rejects("R$5 billion", Some("dollars"));
        rejects("R$5 billion", Some("rand"));
        rejects("12,000 Ft", Some("kronor"));
        rejects("N5", None);
        rejects("P5", None);
        rejects("RM25 million", Some("rupees"));
        rejects("Rs 800", None);
        rejects("RX800", Some("rand"));
        reads("40 crore", None, 400_000_000.0);
        reads("7.7k", None, 7700.0);
        reads("7.7K soldiers", Some("soldiers"), 7700.0);
        reads("circa 1953", None, 1953.0);
        reads("5.3m", None, 5_300_000.0);
        reads("5 m", Some("m"), 5.0);
        rejects("fifty dogs", Some("cases"));
        rejects("5.3 thousand thousand", None);
        rejects("", None);
        rejects("7,", None);
        rejects("1e999", None);
        rejects("7.7.7", None);
    }

    #[test]
    fn decimal_commas() {
        let values = |text: &str, decimals| -> Vec<f64> {
            read_all(text, None, decimals)
                .iter()
                .map(|r| r.value)
                .collect()
        };
        assert_eq!(values("21,5", 1), [215.0, 21.5]);
        assert_eq!(values("83,600", 1), [83_600.0], "thousands, not 83.6");
        assert_eq!(values("20,005", 3), [20_005.0, 20.005]);
        assert_eq!(values("36,000", 3), [36_000.0, 36.0]);
        assert_eq!(values("7,700", 0), [7700.0]);
        assert_eq!(decimals("83.6"), 1);
        assert_eq!(decimals("20.005 MHz"), 3);
        assert_eq!(decimals("7,700"), 0);
    }

    #[test]
    fn ordinals_are_marked() {
        assert!(read("65th", None).is_some_and(|r| r.ordinal));
        assert!(read_all("33rd", None, 0).iter().all(|r| r.ordinal));
        assert!(read("65", None).is_some_and(|r| !r.ordinal));
        assert!(read("sixty-fifth", None).is_some_and(|r| r.ordinal && r.value == 65.0));
        // A length in metres typed in words with the unit's letter (#15).
        assert_eq!(read("ninety m", Some("m")).map(|r| r.value), Some(90.0));
        assert_eq!(read("ninety m", None).map(|r| r.value), Some(90e6));
    }

    #[test]
    fn thousands() {
        assert_eq!(group_thousands(7700), "7,700");
        assert_eq!(group_thousands(36000), "36,000");
        assert_eq!(group_thousands(55), "55");
        assert_eq!(group_thousands(1234567), "1,234,567");
        assert_eq!(group_thousands(-1500), "-1,500");
    }
}
