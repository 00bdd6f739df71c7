//! Numbers written in English words: "fifty-five", "seven thousand seven hundred", "sixty-fifth",
//! "one hundred and five", "a thousand".

/// The value of `words` (already lower case, split on spaces and hyphens) read as one English
/// number, and whether it is an ordinal ("sixty-fifth"). Years may be said in pairs ("nineteen
/// fifty-three"). `None` unless every word belongs to the number and they come in an order people
/// write.
pub fn read(words: &[&str]) -> Option<(f64, bool)> {
    cardinal(words).or_else(|| {
        // A year said as two pairs of digits: "nineteen fifty", "twenty eighteen".
        (1..words.len()).find_map(|k| {
            let (high, _) =
                cardinal(&words[..k]).filter(|(v, o)| (10.0..100.0).contains(v) && !o)?;
            let (low, ordinal) =
                cardinal(&words[k..]).filter(|(v, _)| (10.0..100.0).contains(v))?;
            Some((high * 100.0 + low, ordinal))
        })
    })
}

fn cardinal(words: &[&str]) -> Option<(f64, bool)> {
    if words.is_empty() {
        return None;
    }
    let mut total: u64 = 0;
    let mut group: u64 = 0;
    // What the last word was, to refuse "five fifty" and "twenty twenty".
    let mut last = Last::Start;
    let mut ordinal = false;
    let mut largest_scale = u64::MAX;
    for (i, word) in words.iter().enumerate() {
        if ordinal {
            return None; // an ordinal word ends the number
        }
        let (word, is_ordinal) = match cardinal_of_ordinal(word) {
            Some(cardinal) => (cardinal, true),
            None => (*word, false),
        };
        ordinal = is_ordinal;
        if word == "and" && matches!(last, Last::Hundred | Last::Scale) && i + 1 < words.len() {
            continue;
        }
        if word == "a" && i == 0 && words.len() > 1 {
            group = 1;
            last = Last::Unit;
            continue;
        }
        if let Some(v) = unit(word) {
            let teen = v >= 10 || v == 0;
            if matches!(last, Last::Unit | Last::Teen) || (teen && matches!(last, Last::Ten)) {
                return None;
            }
            group += v;
            last = if v < 10 { Last::Unit } else { Last::Teen };
        } else if let Some(v) = ten(word) {
            if matches!(last, Last::Unit | Last::Teen | Last::Ten) {
                return None;
            }
            group += v;
            last = Last::Ten;
        } else if word == "hundred" {
            if group >= 100 || matches!(last, Last::Hundred) {
                return None;
            }
            group = group.max(1) * 100;
            last = Last::Hundred;
        } else if let Some(scale) = scale(word) {
            if scale >= largest_scale || matches!(last, Last::Scale) {
                return None;
            }
            largest_scale = scale;
            total += group.max(1) * scale;
            group = 0;
            last = Last::Scale;
        } else {
            return None;
        }
    }
    if matches!(last, Last::Start) {
        return None;
    }
    Some(((total + group) as f64, ordinal))
}

#[derive(Clone, Copy)]
enum Last {
    Start,
    Unit,
    Teen,
    Ten,
    Hundred,
    Scale,
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn unit(word: &str) -> Option<u64> {
    UNITS.iter().position(|u| *u == word).map(|i| i as u64)
}

fn ten(word: &str) -> Option<u64> {
    TENS.iter()
        .position(|t| *t == word)
        .map(|i| (i as u64 + 2) * 10)
}

/// Whether scale word `second` stacks on scale word `first` to make one amount, as Indian English
/// writes a lakh or a thousand of crores: "1.2 lakh crore" (1.2 × 10^12), "5 thousand crore".
pub fn stacks(first: &str, second: &str) -> bool {
    matches!(first, "lakh" | "lakhs" | "thousand") && matches!(second, "crore" | "crores")
}

/// "thousand" and up; also the multiplier words and letters that may follow digits ("7.7k").
pub fn scale(word: &str) -> Option<u64> {
    match word {
        "thousand" | "k" => Some(1_000),
        "million" | "m" | "mn" => Some(1_000_000),
        "billion" | "bn" | "b" => Some(1_000_000_000),
        "trillion" | "tn" => Some(1_000_000_000_000),
        // South Asian scale words, part of an amount as "million" is: "1.2 lakh" is 120,000,
        // "25 crore" is 250,000,000; "lac" and "cr" as Indian papers write them.
        "lakh" | "lakhs" | "lac" | "lacs" => Some(100_000),
        "crore" | "crores" | "cr" => Some(10_000_000),
        _ => None,
    }
}

/// The scale words written out in full, as a slip of one is read (`mend_scale`).
const SCALE_WORDS: [&str; 4] = ["thousand", "million", "billion", "trillion"];

/// `text` with its first word that is a spelling slip of a scale word ("milion", "bilion",
/// "thosand") written right, when that word is one edit from exactly one scale word and is no
/// word a number is read from itself ("billion" is one edit from "million" and stays as typed),
/// nor a scale word's plural ("billions"), nor alone with no number before it.
/// `None` when no word is such a slip.
pub fn mend_scale(text: &str) -> Option<String> {
    // Each run of letters with its byte range.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (start, c.is_alphabetic()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    for (start, end) in words {
        let lower = text[start..end].to_lowercase();
        // A scale word's plural is a word of its own ("billions": very many), and a scale word
        // with no number before it is no amount.
        let plural = SCALE_WORDS
            .iter()
            .any(|w| lower.strip_suffix('s') == Some(w));
        let alone = text[..start].trim().is_empty();
        if lower.chars().count() < 5 || scale(&lower).is_some() || plural || alone {
            continue;
        }
        let mut near = SCALE_WORDS
            .iter()
            .filter(|w| strsim::damerau_levenshtein(&lower, w) == 1);
        if let (Some(right), None) = (near.next(), near.next()) {
            return Some(format!("{}{right}{}", &text[..start], &text[end..]));
        }
    }
    None
}

/// Ordinal words and the cardinal each is said from; the right spelling of each first.
const ORDINALS: [(&str, &str); 36] = [
    ("zeroth", "zero"),
    ("first", "one"),
    ("second", "two"),
    ("third", "three"),
    ("fourth", "four"),
    ("fifth", "five"),
    ("sixth", "six"),
    ("seventh", "seven"),
    ("eighth", "eight"),
    ("ninth", "nine"),
    ("tenth", "ten"),
    ("eleventh", "eleven"),
    ("twelfth", "twelve"),
    ("thirteenth", "thirteen"),
    ("fourteenth", "fourteen"),
    ("fifteenth", "fifteen"),
    ("sixteenth", "sixteen"),
    ("seventeenth", "seventeen"),
    ("eighteenth", "eighteen"),
    ("nineteenth", "nineteen"),
    ("twentieth", "twenty"),
    ("thirtieth", "thirty"),
    ("fortieth", "forty"),
    ("fiftieth", "fifty"),
    ("sixtieth", "sixty"),
    ("seventieth", "seventy"),
    ("eightieth", "eighty"),
    ("ninetieth", "ninety"),
    ("hundredth", "hundred"),
    ("thousandth", "thousand"),
    ("millionth", "million"),
    ("billionth", "billion"),
    // Common misspellings people type.
    ("fourtieth", "forty"),
    ("nineth", "nine"),
    ("twelveth", "twelve"),
    ("fiveth", "five"),
];

/// The word for a whole number from zero to twenty ("seven"), or its ordinal ("seventh").
pub(crate) fn small_number_word(n: usize, ordinal: bool) -> Option<&'static str> {
    let cardinal = match n {
        0..=19 => UNITS[n],
        20 => TENS[0],
        _ => return None,
    };
    if !ordinal {
        return Some(cardinal);
    }
    ORDINALS
        .iter()
        .find(|(_, c)| *c == cardinal)
        .map(|(o, _)| *o)
}

/// "fifth" -> "five", "twentieth" -> "twenty", "hundredth" -> "hundred".
fn cardinal_of_ordinal(word: &str) -> Option<&'static str> {
    if !word.ends_with("th")
        && !word.ends_with("st")
        && !word.ends_with("nd")
        && !word.ends_with("rd")
    {
        return None;
    }
    ORDINALS.iter().find(|(o, _)| *o == word).map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(text: &str) -> Option<f64> {
        let words: Vec<&str> = text.split([' ', '-']).filter(|w| !w.is_empty()).collect();
        read(&words).map(|(v, _)| v)
    }

    #[test]
    fn cardinals() {
        for (text, v) in [
            ("zero", 0.0),
            ("seven", 7.0),
            ("nineteen", 19.0),
            ("fifty-five", 55.0),
            ("fifty five", 55.0),
            ("one hundred", 100.0),
            ("a hundred", 100.0),
            ("one hundred and five", 105.0),
            ("seven thousand seven hundred", 7700.0),
            ("thirty-six thousand", 36_000.0),
            ("a thousand", 1000.0),
            ("two million five hundred thousand", 2_500_000.0),
            ("nineteen hundred", 1900.0),
            ("nineteen fifty", 1950.0),
            ("nineteen fifty-three", 1953.0),
            ("twenty eighteen", 2018.0),
            ("twenty twenty", 2020.0),
        ] {
            assert_eq!(value(text), Some(v), "{text}");
        }
    }

    #[test]
    fn small_numbers_are_written_as_words() {
        assert_eq!(small_number_word(7, false), Some("seven"));
        assert_eq!(small_number_word(20, false), Some("twenty"));
        assert_eq!(small_number_word(9, true), Some("ninth"));
        assert_eq!(small_number_word(20, true), Some("twentieth"));
        assert_eq!(small_number_word(21, false), None);
    }

    #[test]
    fn ordinals() {
        for (text, v) in [
            ("first", 1.0),
            ("twelfth", 12.0),
            ("sixty-fifth", 65.0),
            ("twentieth", 20.0),
            ("one hundredth", 100.0),
            ("thirteenth", 13.0),
        ] {
            let words: Vec<&str> = text.split([' ', '-']).collect();
            assert_eq!(read(&words), Some((v, true)), "{text}");
        }
    }

    #[test]
    fn a_slip_of_a_scale_word_is_mended_in_place() {
        assert_eq!(mend_scale("₦8 milion").as_deref(), Some("₦8 million"));
        assert_eq!(
            mend_scale("2,3 bilion — naira").as_deref(),
            Some("2,3 billion — naira")
        );
        assert_eq!(
            mend_scale("36 Thosand men").as_deref(),
            Some("36 thousand men")
        );
        for none in [
            "8 billion",
            "billions",
            "milion",
            "8 millions",
            "8 lillion",
            "8 mil",
            "",
        ] {
            assert_eq!(mend_scale(none), None, "{none}");
        }
    }

    #[test]
    fn not_numbers() {
        for text in [
            "",
            "five fifty",
            "twenty eighteen five",
            "fifteen five",
            "nineteen five",
            "five nineteen fifty",
            "hundred hundred",
            "thousand million",
            "and",
            "five and",
            "fifth six",
            "seven cats",
            "a",
            // Digits said one by one are two numbers ("two three-day trips", "one, two").
            "two three",
            "one one two",
        ] {
            assert_eq!(value(text), None, "{text}");
        }
    }
}
