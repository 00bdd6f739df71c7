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
    let words = words(text);
    // Every leading article, so that the key of a key is itself ("the the house").
    let skip = words
        .iter()
        .take(words.len().saturating_sub(1))
        .take_while(|w| matches!(w.as_str(), "the" | "a" | "an"))
        .count();
    words[skip..].join(" ")
}

/// The words of `text` after folding, without removing a leading article.
pub fn words(text: &str) -> Vec<String> {
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
    let hay = words(haystack);
    let needle = key(needle);
    if needle.is_empty() {
        return false;
    }
    let needle: Vec<&str> = needle.split(' ').collect();
    hay.windows(needle.len())
        .any(|w| w.iter().zip(&needle).all(|(a, b)| a == b))
}

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
    }
}
