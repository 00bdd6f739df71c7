//! Text normalisation shared by answer checking and by the generator's "is this the same answer" test.
//! Pure string functions: no knowledge of questions or facts.

use caseless::Caseless;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The comparison key of a piece of text: compatibility-decomposed (NFKD, so full-width letters and
/// ligatures read as plain ones), case-folded ("Straße" is "strasse"), diacritics dropped,
/// hyphens and dashes read as spaces, other punctuation dropped, runs of space folded to one, and a
/// leading articles ("the", "a", "an") removed. Two answers are the same when their keys are equal.
pub fn key(text: &str) -> String {
    match own_key(text.as_bytes()) {
        Some(Case::Small) => return text.to_owned(),
        Some(Case::Capitals) => return text.to_ascii_lowercase(),
        None => {}
    }
    if text.is_ascii() {
        return ascii_key(text);
    }
    let words = words(text);
    // Every leading article, so that the key of a key is itself ("the the house").
    let skip = words
        .iter()
        .take(words.len().saturating_sub(1))
        .take_while(|w| matches!(w.as_str(), "the" | "a" | "an"))
        .count();
    words[skip..].join(" ")
}

/// Whether `text` is its own key: words of lower-case ASCII letters and digits with one space
/// between them, the first not an article unless it is the only word. Such a text (an answer
/// already written as a key) is copied instead of built again a byte at a time (issue #16).
#[cfg(test)]
fn is_own_key(text: &[u8]) -> bool {
    own_key(text) == Some(Case::Small)
}

/// How a text that is its own key but for the case of its letters is written.
#[derive(Debug, PartialEq)]
enum Case {
    /// In small letters: its own key.
    Small,
    /// With capitals: its key is the text in small letters.
    Capitals,
}

/// Whether `text` is its own key once in small letters: words of ASCII letters and digits with
/// one space between them, the first not an article (in any case) unless it is the only word.
/// Such a text (an answer written as a key, or a name such as "Osan Air Base") is copied, or
/// put in small letters at once, instead of built again a byte at a time (issue #16).
fn own_key(text: &[u8]) -> Option<Case> {
    // At the start, a space would lead the text.
    let mut after_space = true;
    let mut capitals = false;
    for &b in text {
        if b == b' ' {
            if after_space {
                return None;
            }
            after_space = true;
        } else if b.is_ascii_lowercase() || b.is_ascii_digit() {
            after_space = false;
        } else if b.is_ascii_uppercase() {
            after_space = false;
            capitals = true;
        } else {
            return None;
        }
    }
    // A space at the end (or nothing at all, whose key is nothing).
    if after_space && !text.is_empty() {
        return None;
    }
    if let Some(end) = text.iter().position(|&b| b == b' ')
        && ["the", "a", "an"]
            .iter()
            .any(|article| text[..end].eq_ignore_ascii_case(article.as_bytes()))
    {
        return None;
    }
    Some(if capitals {
        Case::Capitals
    } else {
        Case::Small
    })
}

/// `key` for ASCII text, built in one pass over its bytes without the words in between.
fn ascii_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Where the first word that is not an article starts, and where the last word starts.
    let (mut kept, mut last) = (None, 0);
    // Where the word being read starts, once it has a letter or digit.
    let mut word: Option<usize> = None;
    let mut end_word = |out: &str, start: usize| {
        if kept.is_none() && !matches!(&out[start..], "the" | "a" | "an") {
            kept = Some(start);
        }
        last = start;
    };
    for &b in text.as_bytes() {
        if is_ascii_separator(b) {
            if let Some(start) = word.take() {
                end_word(&out, start);
            }
        } else if b.is_ascii_alphanumeric() {
            if word.is_none() {
                if !out.is_empty() {
                    out.push(' ');
                }
                word = Some(out.len());
            }
            out.push(char::from(b.to_ascii_lowercase()));
        }
    }
    if let Some(start) = word {
        end_word(&out, start);
    }
    // Every leading article but a last word, as in `key`.
    let skip = kept.unwrap_or(last);
    if skip > 0 {
        out.drain(..skip);
    }
    out
}

const fn is_ascii_separator(b: u8) -> bool {
    b.is_ascii_whitespace() || b == b'-' || b == b'/' || b == b'_'
}

fn ascii_separator(c: char) -> bool {
    c.is_ascii_whitespace() || c == '-' || c == '/' || c == '_'
}

/// The words of `text` after folding, without removing a leading article.
pub fn words(text: &str) -> Vec<String> {
    if text.is_ascii() {
        // The same rules without the Unicode tables: most answers are plain ASCII.
        return text
            .split(|c: char| {
                !c.is_ascii_alphanumeric()
                    && (c.is_ascii_whitespace() || c == '-' || c == '/' || c == '_')
            })
            .map(|w| {
                w.chars()
                    .filter(char::is_ascii_alphanumeric)
                    .map(|c| c.to_ascii_lowercase())
                    .collect::<String>()
            })
            .filter(|w| !w.is_empty())
            .collect();
    }
    let mut folded = String::with_capacity(text.len());
    // Case folding can itself produce letters with marks, so marks are dropped after it.
    for c in text.nfkd().default_case_fold().nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        if c.is_alphanumeric() {
            folded.push(c);
        } else if c.is_whitespace() || is_dash(c) || c == '/' || c == '_' {
            folded.push(' ');
        }
        // Every other character (punctuation, symbols, controls) is dropped, so "U.S." reads as "us".
    }
    folded.split_whitespace().map(str::to_owned).collect()
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// Whether `needle`'s words appear as a run of whole words in `haystack`'s words.
pub fn contains_words(haystack: &str, needle: &str) -> bool {
    contains_key(haystack, &key(needle))
}

/// `contains_words` with the needle's `key` already worked out.
pub fn contains_key(haystack: &str, needle: &str) -> bool {
    if haystack.is_ascii() && needle.is_ascii() {
        return contains_ascii_words(haystack, needle);
    }
    let hay = words(haystack);
    if needle.is_empty() {
        return false;
    }
    let needle: Vec<&str> = needle.split(' ').collect();
    hay.windows(needle.len())
        .any(|w| w.iter().zip(&needle).all(|(a, b)| a == b))
}

/// `contains_words` for ASCII text, without building the haystack's words: each word of the
/// haystack is compared in place, lower-cased and without its punctuation, with the needle's.
fn contains_ascii_words(haystack: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    let same = |raw: &str, word: &str| {
        let mut letters = raw
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase());
        word.chars().all(|w| letters.next() == Some(w)) && letters.next().is_none()
    };
    if !needle.contains(' ') {
        // One word, the usual answer: one pass over the haystack's bytes.
        return has_ascii_word(haystack.as_bytes(), needle.as_bytes());
    }
    let needle: Vec<&str> = needle.split(' ').collect();
    let hay: Vec<&str> = haystack
        .split(ascii_separator)
        .filter(|w| w.chars().any(|c| c.is_ascii_alphanumeric()))
        .collect();
    hay.windows(needle.len())
        .any(|w| w.iter().zip(&needle).all(|(raw, word)| same(raw, word)))
}

/// Whether a word of `haystack` (split as `ascii_key` splits), lower-cased and without its
/// punctuation, is `word`, which is not empty.
fn has_ascii_word(haystack: &[u8], word: &[u8]) -> bool {
    let class = |i: usize| ASCII_CLASS[usize::from(haystack[i])];
    let mut at = 0;
    while at < haystack.len() {
        // One word of the haystack: its letters and digits are compared with `word` as they come,
        // and once one differs the rest of the word is passed over.
        let mut matched = 0;
        while at < haystack.len() {
            match class(at) {
                SEPARATOR => break,
                IGNORED => {}
                lower if word.get(matched) == Some(&lower) => matched += 1,
                _ => {
                    matched = usize::MAX;
                    while at < haystack.len() && class(at) != SEPARATOR {
                        at += 1;
                    }
                    break;
                }
            }
            at += 1;
        }
        if matched == word.len() {
            return true;
        }
        at += 1;
    }
    false
}

/// In `ASCII_CLASS`: a byte that ends a word.
const SEPARATOR: u8 = 0;
/// In `ASCII_CLASS`: a byte a word is read without (punctuation, and any byte past ASCII).
const IGNORED: u8 = 1;

/// Each byte as `has_ascii_word` reads it: a separator, ignored, or the lower-case letter or digit.
const ASCII_CLASS: [u8; 256] = {
    let mut class = [IGNORED; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if is_ascii_separator(byte) {
            class[b] = SEPARATOR;
        } else if byte.is_ascii_alphanumeric() {
            class[b] = byte.to_ascii_lowercase();
        }
        b += 1;
    }
    class
};

#[cfg(test)]
mod tests {
    use super::*;

    #[track_caller]
    fn same(a: &str, b: &str) {
        assert_eq!(key(a), key(b), "{a:?} and {b:?} should normalise alike");
    }

    #[track_caller]
    fn differ(a: &str, b: &str) {
        assert_ne!(key(a), key(b), "{a:?} and {b:?} should stay apart");
    }

    #[test]
    fn folding_rules() {
        same("Wonsan", "  wonsan ");
        same("Osan   Air Base", "osan air base");
        same("Kim Jong-un", "kim jong un");
        same("Pyeongtaek", "Pyeongtaek.");
        same("Sao Paulo", "São Paulo");
        same("the White House", "White House");
        same("the the White House", "White House");
        same("a the", "the");
        same("U.S.", "US");
        same("blue-and-white", "blue and white");
        same("C‑17", "c 17");
        same("Straße", "STRASSE");
        same("ＫＩＭ", "kim");
        same("Ångström", "angstrom");
        same("ﬁnal", "final");
        differ("Wonsan", "Osan");
        differ("the", "");
        differ("C-17", "C-130");
    }

    /// `text` sent down the general (Unicode) path: with a character outside ASCII that every
    /// rule drops (a right single quote), so the ASCII shortcuts are compared with it.
    fn general(text: &str) -> String {
        format!("{text}\u{2019}")
    }

    #[test]
    fn ascii_takes_a_shortcut_to_the_same_words() {
        for text in [
            "U.S. Air-Force",
            "  the  C-17 / x_y ",
            "a.b",
            "\t7,700\n",
            "!!!",
            "o'neill",
        ] {
            assert_eq!(words(text), words(&general(text)), "{text:?}");
        }
    }

    #[test]
    fn the_ascii_key_is_the_general_key() {
        for text in [
            "the the White House",
            "  a  ",
            "The",
            "U.S. Air-Force",
            "an apple",
            "a the",
            "x__y//z",
            "",
            "!!",
            "the !!",
        ] {
            assert_eq!(key(text), key(&general(text)), "{text:?}");
        }
    }

    /// A text already in key form is copied; any other text (capitals, a leading article before
    /// another word, spaces at either end or doubled, punctuation) is keyed as before: for every
    /// text of up to four characters from an alphabet with all of these, the key equals the
    /// general (non-ASCII) path's.
    #[test]
    fn a_text_that_is_its_own_key_is_copied() {
        assert!(is_own_key(b"osan air base") && is_own_key(b"a") && is_own_key(b"7 an"));
        assert_eq!(own_key(b"Osan Air Base"), Some(Case::Capitals));
        assert_eq!(own_key(b"The Osan"), None);
        for text in "the house|an 7| x|x |x  y|Osan|c-17|x.y|x\ty".split('|') {
            assert!(!is_own_key(text.as_bytes()), "{text:?}");
        }
        let alphabet = ['a', 'n', 't', 'h', 'e', ' ', '7', 'T', '-', '.', 'A', 'N'];
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = (texts.iter())
                .flat_map(|t| alphabet.iter().map(move |c| format!("{t}{c}")))
                .collect();
            texts.extend(longer);
        }
        texts.extend(
            [
                "the an a", "a b c", "the ant", "then the", "an", "ab  cd", "THE Osan", "Osan Air",
            ]
            .map(String::from),
        );
        for text in &texts {
            assert_eq!(key(text), key(&general(text)), "{text:?}");
        }
    }

    #[test]
    fn a_lone_article_is_kept() {
        assert_eq!(key("The"), "the");
    }

    #[test]
    fn whole_word_containment() {
        assert!(contains_words("The plane left Wonsan on Friday.", "wonsan"));
        assert!(contains_words(
            "Flew to Osan Air Base today",
            "the Osan Air Base"
        ));
        assert!(!contains_words("Osan Air Base", "Osan Air Base Pyeongtaek"));
        assert!(!contains_words("1950-53", "55"));
        assert!(!contains_words("the Korean War", "Korea"));
        // The ASCII shortcut and the general path agree.
        for (hay, needle) in [
            ("Flew to Osan Air-Base, today.", "osan air base"),
            ("It was U.S. made", "US"),
            ("1950-53 war", "53"),
            ("a  b", "a b"),
            ("x", ""),
            ("O'Neill's boat", "oneills"),
            ("--a--b", "b"),
            ("ab", "a"),
            ("a", "ab"),
            ("!! a", "a"),
            ("a.", "a"),
            ("ab a", "a"),
            ("a ab", "ab"),
            ("aa a", "aa"),
            (
                "x Pneumono-ultramicroscopicsilicovolcanoconiosisxxxxxxxxxxxxxxxxxxxxxxxxxx y",
                "pneumonoultramicroscopicsilicovolcanoconiosisxxxxxxxxxxxxxxxxxxxxxxxxxx",
            ),
            (
                "x Pneumono'ultramicroscopicsilicovolcanoconiosisxxxxxxxxxxxxxxxxxxxxxxxxxx y",
                "pneumonoultramicroscopicsilicovolcanoconiosisxxxxxxxxxxxxxxxxxxxxxxxxxx",
            ),
            (
                "x Pneumonoultramicroscopicsilicovolcanoconiosisxxxxxxxxxxxxxxxxxxxxxxxxxx y",
                "pneumonoultramicroscopicsilicovolcanoconiosisxxxxxxxxxxxxxxxxxxxxxxxxx",
            ),
        ] {
            assert_eq!(
                contains_words(hay, needle),
                contains_words(&general(hay), needle),
                "{hay:?} {needle:?}"
            );
        }
    }
}
