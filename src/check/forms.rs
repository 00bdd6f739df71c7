//! Forms of one word (#11): another form of it ("denuclearising" is "denuclearisation", "dead" is
//! "died"), the same word with a negating prefix added or dropped (never the same), a short form
//! and the words it stands for ("UN", "USSR"), a number as a Roman numeral or in words, a compass
//! point by its letter, and whether a word is a real English word (a slip landing on one is
//! another word). Words here are already normalised: lower case, no punctuation.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};

/// Prefixes that negate or reverse the word they stand before.
const NEGATING_PREFIXES: [&str; 10] = [
    "de", "dis", "un", "non", "in", "im", "il", "ir", "anti", "counter",
];

/// Whether `word` is a negating prefix on its own ("un", "non").
pub fn is_negating_prefix(word: &str) -> bool {
    NEGATING_PREFIXES.contains(&word)
}

/// Whether `a` and `b` differ by a negating prefix, one with it and one without
/// ("denuclearisation" and "nuclearisation", "unknown" and "known"), give or take the word form.
pub fn differ_by_negation(a: &str, b: &str) -> bool {
    let one_way = |long: &str, short: &str| {
        NEGATING_PREFIXES.iter().any(|p| {
            long.strip_prefix(p).is_some_and(|rest| {
                rest.len() >= 3 && (rest == short || same_form(rest, short) || near(rest, short))
            })
        })
    };
    one_way(a, b) || one_way(b, a)
}

/// Within one edit, for words long enough that one edit is a slip.
fn near(a: &str, b: &str) -> bool {
    a.len().min(b.len()) >= 5 && strsim::damerau_levenshtein(a, b) <= 1
}

/// The words a short form stands for, when `word` is one: "UN" is "United Nations", "USSR" the
/// "Soviet Union". Only for a word written on its own: the "un" of "Jong-un" is no short form.
pub fn long_form(word: &str) -> Option<&'static [&'static str]> {
    Some(match word {
        "us" | "usa" => &["united", "states"],
        "un" => &["united", "nations"],
        "uk" => &["united", "kingdom"],
        "ussr" => &["soviet", "union"],
        "eu" => &["european", "union"],
        "dprk" => &["north", "korea"],
        "rok" => &["south", "korea"],
        "mt" => &["mount"],
        "ft" => &["fort"],
        "intl" => &["international"],
        "natl" => &["national"],
        "dept" => &["department"],
        "univ" => &["university"],
        _ => return None,
    })
}

/// The short form of the country a word names on its own ("American soldiers" are US soldiers).
/// Only for comparing with what a question says: inside a name the word is the name's own
/// ("South America" is no "South US", "British Columbia" no "UK Columbia").
pub fn country_of(word: &str) -> Option<&'static str> {
    Some(match word {
        "america" | "american" | "americans" => "us",
        "britain" | "british" => "uk",
        "soviet" | "soviets" => "ussr",
        _ => return None,
    })
}

/// The value of a Roman numeral up to 39 ("II" is 2, "XIV" 14): "Fénix II" is "Fénix 2", "Saturn
/// 5" is "Saturn V". A single letter is read only when `single` (it follows another word of a
/// name: "V" alone may be a letter).
pub fn roman(word: &str, single: bool) -> Option<u32> {
    if word.is_empty()
        || (word.len() < 2 && !single)
        || !word.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'))
    {
        return None;
    }
    let value = |b: u8| match b {
        b'i' => 1,
        b'v' => 5,
        _ => 10,
    };
    let bytes = word.as_bytes();
    let mut total = 0i32;
    for (i, &b) in bytes.iter().enumerate() {
        let v = value(b);
        if bytes.get(i + 1).is_some_and(|&next| value(next) > v) {
            total -= v;
        } else {
            total += v;
        }
    }
    let total = u32::try_from(total).ok().filter(|t| (1..40).contains(t))?;
    // Only the canonical spelling: "iiii" and "vx" are not numerals.
    (to_roman(total) == word).then_some(total)
}

fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for (v, s) in [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")] {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// A compass point shortened to its letter ("S Korea", "N. Korea").
pub fn compass(word: &str) -> Option<&'static str> {
    Some(match word {
        "n" => "north",
        "s" => "south",
        "e" => "east",
        "w" => "west",
        _ => return None,
    })
}

/// Number words said as one word, as digits, so that "Apollo eleven" is "Apollo 11".
pub fn digits_of(word: &str) -> Option<&'static str> {
    const WORDS: [(&str, &str); 20] = [
        ("zero", "0"),
        ("one", "1"),
        ("two", "2"),
        ("three", "3"),
        ("four", "4"),
        ("five", "5"),
        ("six", "6"),
        ("seven", "7"),
        ("eight", "8"),
        ("nine", "9"),
        ("ten", "10"),
        ("eleven", "11"),
        ("twelve", "12"),
        ("thirteen", "13"),
        ("fourteen", "14"),
        ("fifteen", "15"),
        ("sixteen", "16"),
        ("seventeen", "17"),
        ("eighteen", "18"),
        ("nineteen", "19"),
    ];
    WORDS.iter().find(|(w, _)| *w == word).map(|(_, d)| *d)
}

/// Forms of a word that the stemmer does not bring together: "dead" and "death" are forms of "die".
fn irregular(word: &str) -> Option<&'static str> {
    Some(match word {
        "dead" | "death" | "deaths" | "died" | "dies" | "dying" => "die",
        _ => return None,
    })
}

/// The stem of a word, spelled the American way first so that both spellings meet:
/// "denuclearisation", "denuclearising" and "denuclearize" all give "denuclear".
pub fn stem(word: &str) -> String {
    if let Some(root) = irregular(word) {
        return root.to_owned();
    }
    if word.len() < 3 || word.chars().any(|c| c.is_ascii_digit()) {
        return word.to_owned();
    }
    // The same few words are stemmed over and over while one answer is judged: remember them.
    thread_local! {
        static STEMS: std::cell::RefCell<std::collections::HashMap<String, String>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    if let Some(known) = STEMS.with(|s| s.borrow().get(word).cloned()) {
        return known;
    }
    let american = americanise(word);
    let stemmer = Stemmer::create(Algorithm::English);
    let stemmed = stemmer.stem(&american).into_owned();
    STEMS.with(|s| {
        let mut stems = s.borrow_mut();
        if stems.len() > 50_000 {
            stems.clear();
        }
        stems.insert(word.to_owned(), stemmed.clone());
    });
    stemmed
}

/// Whether two words are forms of one word ("Americans" and "American", "denuclearise" and
/// "denuclearisation", "dead" and "died"), or the same word.
pub fn same_form(a: &str, b: &str) -> bool {
    a == b || (a.len() >= 3 && b.len() >= 3 && stem(a) == stem(b))
}

/// British spellings the American way: "-isation" as "-ization", "-ise" as "-ize", "-tre" as "-ter".
fn americanise(word: &str) -> Cow<'_, str> {
    const ENDINGS: [(&str, &str); 10] = [
        ("isation", "ization"),
        ("isations", "izations"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ise", "ize"),
        ("ises", "izes"),
        ("iser", "izer"),
        ("isers", "izers"),
        ("tre", "ter"),
        ("tres", "ters"),
    ];
    for (british, american) in ENDINGS {
        if let Some(head) = word.strip_suffix(british)
            && head.len() >= 3
        {
            return Cow::Owned(format!("{head}{american}"));
        }
    }
    Cow::Borrowed(word)
}

/// Whether `word` is an English word (the Wordnik word list), in any of its simple forms.
pub fn is_english(word: &str) -> bool {
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    wordnik_list::word_exists(word) || wordnik_list::word_exists(&americanise(word))
}

/// Whether `typed` is `form` with one slip of the fingers rather than of meaning: two neighbouring
/// letters swapped, or one letter dropped or doubled ("sliver" and "whit" for "silver" and
/// "white"), never a letter changed for another ("cars" for "vans").
pub fn finger_slip(typed: &str, form: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (typed.chars().collect(), form.chars().collect());
    if a.len().abs_diff(b.len()) == 1 {
        let (long, short) = if a.len() > b.len() {
            (&a, &b)
        } else {
            (&b, &a)
        };
        return (0..long.len()).any(|k| long[..k] == short[..k] && long[k + 1..] == short[k..]);
    }
    if a.len() != b.len() {
        return false;
    }
    let differ: Vec<usize> = (0..a.len()).filter(|&k| a[k] != b[k]).collect();
    matches!(differ.as_slice(), [k, l] if *l == k + 1 && a[*k] == b[*l] && a[*l] == b[*k])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_forms_meet() {
        for (a, b) in [
            ("denuclearisation", "denuclearising"),
            ("denuclearisation", "denuclearise"),
            ("denuclearisation", "denuclearization"),
            ("americans", "american"),
            ("vans", "van"),
            ("families", "family"),
            ("dead", "died"),
            ("chiles", "chile"),
        ] {
            assert!(same_form(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("nuclear", "denuclearisation"),
            ("vans", "cars"),
            ("known", "unknown"),
            ("dead", "dad"),
        ] {
            assert!(!same_form(a, b), "{a} {b}");
        }
    }

    #[test]
    fn negating_prefixes() {
        for (a, b) in [
            ("nuclearisation", "denuclearisation"),
            ("denuclearization", "nuclearisation"),
            ("known", "unknown"),
            ("armament", "disarmament"),
            ("nuclear", "nonnuclear"),
            ("nuclear", "antinuclear"),
        ] {
            assert!(differ_by_negation(a, b), "{a} {b}");
        }
        for (a, b) in [("nuclear", "unclear"), ("seoul", "seuol"), ("in", "on")] {
            assert!(!differ_by_negation(a, b), "{a} {b}");
        }
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(
            ["ii", "iv", "ix", "xiv", "xxxix"].map(|w| roman(w, false)),
            [Some(2), Some(4), Some(9), Some(14), Some(39)]
        );
        assert_eq!(
            ["i", "v", "x", "iiii", "vx", "mix", "vi2", ""].map(|w| roman(w, false)),
            [None; 8]
        );
        assert_eq!(
            ["v", "x", "i"].map(|w| roman(w, true)),
            [Some(5), Some(10), Some(1)]
        );
    }

    #[test]
    fn short_forms_and_countries() {
        assert_eq!(long_form("un"), Some(&["united", "nations"][..]));
        assert_eq!(long_form("ussr"), Some(&["soviet", "union"][..]));
        assert_eq!(
            long_form("british"),
            None,
            "a word of names, not a short form"
        );
        assert_eq!(country_of("american"), Some("us"));
        assert_eq!(country_of("columbia"), None);
    }

    #[test]
    fn english_words() {
        assert!(is_english("unclear") && is_english("cars") && is_english("nuclear"));
        assert!(!is_english("seuol") && !is_english("pyeongteak") && !is_english("Cars"));
    }

    #[test]
    fn slips_of_the_fingers() {
        for (typed, form) in [("sliver", "silver"), ("whit", "white"), ("whitte", "white")] {
            assert!(finger_slip(typed, form), "{typed} {form}");
        }
        for (typed, form) in [
            ("cars", "vans"),
            ("vats", "vans"),
            ("silver", "silver"),
            ("slvier", "silver"),
        ] {
            assert!(!finger_slip(typed, form), "{typed} {form}");
        }
    }
}
