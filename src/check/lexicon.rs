//! What the checker knows about English words, apart from any question: which words only join
//! others ("the", "in"), which are titles ("President"), which negate ("not", "un-"), the common
//! short forms ("UN", "US"), word forms ("denuclearising" is "denuclearisation"), and whether a
//! word is a real English word (so that a slip landing on one is another word, not a slip; #11).
//! Words here are already normalised (`normalize::words`): lower case, no punctuation.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};

/// Words that only join others: an answer may add them ("in June", "the 65th") or leave them out.
pub fn is_filler(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "of"
            | "to"
            | "by"
            | "for"
            | "from"
            | "with"
            | "into"
            | "onto"
            | "during"
            | "its"
            | "it"
            | "his"
            | "her"
            | "their"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "that"
            | "this"
            | "which"
            | "who"
            | "as"
            | "and"
            // Pronouns and words of degree or number that say nothing of their own ("all 33 of
            // them", "so many families", "he was the second").
            | "he"
            | "she"
            | "him"
            | "they"
            | "them"
            | "all"
            | "both"
            | "each"
            | "so"
            | "very"
            | "many"
    )
}

/// Words that say a number is not exact; they may stand before any number or amount.
pub fn is_approximation(word: &str) -> bool {
    matches!(
        word,
        "about"
            | "around"
            | "roughly"
            | "approximately"
            | "approx"
            | "some"
            | "nearly"
            | "almost"
            | "circa"
            | "ca"
            | "c"
            | "exactly"
            | "precisely"
    )
}

/// Titles and forms of address before a name: "President Kennedy", "Mr Kim", "Dr Ride".
pub fn is_title(word: &str) -> bool {
    matches!(
        word,
        "president"
            | "pres"
            | "vice"
            | "mr"
            | "mrs"
            | "ms"
            | "miss"
            | "dr"
            | "doctor"
            | "prof"
            | "professor"
            | "sir"
            | "dame"
            | "lord"
            | "lady"
            | "general"
            | "gen"
            | "colonel"
            | "col"
            | "major"
            | "maj"
            | "captain"
            | "capt"
            | "lieutenant"
            | "lt"
            | "commander"
            | "cmdr"
            | "admiral"
            | "adm"
            | "sergeant"
            | "sgt"
            | "senator"
            | "sen"
            | "governor"
            | "gov"
            | "secretary"
            | "minister"
            | "prime"
            | "pm"
            | "chancellor"
            | "chairman"
            | "chair"
            | "leader"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "pope"
            | "saint"
            | "st"
            | "rev"
            | "reverend"
            | "father"
            | "judge"
            | "justice"
            | "astronaut"
            | "jr"
            | "junior"
            | "sr"
            | "senior"
    )
}

/// Words that turn a statement round: an answer with one of these added is not the answer.
pub fn is_negation(word: &str) -> bool {
    matches!(
        word,
        "not"
            | "no"
            | "non"
            | "never"
            | "neither"
            | "nor"
            | "without"
            | "un"
            | "anti"
            | "dis"
            | "de"
            | "none"
            | "nobody"
            | "nothing"
            | "isnt"
            | "wasnt"
            | "didnt"
            | "dont"
            | "doesnt"
            | "arent"
            | "werent"
            | "cannot"
            | "cant"
    )
}

/// Prefixes that negate or reverse the word they stand before.
const NEGATING_PREFIXES: [&str; 10] = [
    "de", "dis", "un", "non", "in", "im", "il", "ir", "anti", "counter",
];

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

/// Common short forms and the words they stand for, so that "UN insignia" is "United Nations
/// insignia" and "US soldiers" are "American soldiers".
pub fn expand(word: &str) -> Option<&'static [&'static str]> {
    Some(match word {
        "us" | "usa" | "america" | "american" | "americans" => &["united", "states"],
        "un" => &["united", "nations"],
        "uk" | "britain" | "british" => &["united", "kingdom"],
        "ussr" | "soviet" | "soviets" => &["soviet", "union"],
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

/// The value of a Roman numeral of two letters or more, up to 39 ("II" is 2): "Fénix II" is
/// "Fénix 2". Single letters are left alone ("V" may be a letter).
pub fn roman(word: &str) -> Option<u32> {
    if word.len() < 2 || !word.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')) {
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

/// The stem of a word, spelled the American way first so that both spellings meet:
/// "denuclearisation", "denuclearising" and "denuclearize" all give "denuclear".
pub fn stem(word: &str) -> String {
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
/// "denuclearisation"), or the same word.
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
        ] {
            assert!(same_form(a, b), "{a} {b}");
        }
        for (a, b) in [
            ("nuclear", "denuclearisation"),
            ("vans", "cars"),
            ("known", "unknown"),
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
            ["ii", "iv", "ix", "xiv", "xxxix"].map(roman),
            [Some(2), Some(4), Some(9), Some(14), Some(39)]
        );
        assert_eq!(
            ["i", "v", "x", "iiii", "vx", "mix", "vi2"].map(roman),
            [None; 7]
        );
    }

    #[test]
    fn english_words() {
        assert!(is_english("unclear") && is_english("cars") && is_english("nuclear"));
        assert!(!is_english("seuol") && !is_english("pyeongteak") && !is_english("Cars"));
    }
}
