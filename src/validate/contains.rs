//! Whether a question or statement contains an answer's words (issue #16): most answers of
//! several words do not even have their first word in the text, and that is settled in one pass
//! over the text's bytes, without the list of its words `normalize::contains_key` builds for them.
//! A word is looked for where its first letter or digit occurs, found eight bytes at a time.

use crate::normalize;

/// `normalize::contains_key(text, key)`: `key` is a `normalize::key`.
#[cfg(test)]
fn contains_form(text: &str, key: &str) -> bool {
    Form::new(key).in_text(text)
}

/// A form of an answer (its `normalize::key`) to look for in texts, with what is known of it
/// worked out once: whether it is a single word of letters and digits, or where its first word
/// ends when that word is.
pub(super) struct Form<'k> {
    key: &'k str,
    /// The first word when it is one of lower-case ASCII letters and digits (the whole key for a
    /// single word), and whether the key is all ASCII.
    first: Option<&'k str>,
    single: bool,
}

impl<'k> Form<'k> {
    pub(super) fn new(key: &'k str) -> Form<'k> {
        // Where the first word's letters and digits end: the key's end, or a space for a run.
        let bytes = key.as_bytes();
        let end = bytes
            .iter()
            .position(|&b| !is_word_byte(b))
            .unwrap_or(bytes.len());
        let single = end == bytes.len();
        let usable = end > 0 && (single || (bytes[end] == b' ' && key.is_ascii()));
        Form {
            key,
            first: usable.then(|| &key[..end]),
            single,
        }
    }

    /// `normalize::contains_key(text, key)`. A single word, the usual answer, is looked for in
    /// one pass that also tells whether the text is ASCII; a run of words in an ASCII text starts
    /// with its first word.
    pub(super) fn in_text(&self, text: &str) -> bool {
        if let Some(first) = self.first {
            match has_word(text.as_bytes(), first.as_bytes()) {
                Some(found) if self.single => return found,
                Some(false) => return false,
                _ => {}
            }
        }
        normalize::contains_key(text, self.key)
    }
}

/// A byte of a word of a `normalize::key` of ASCII text: a lower-case letter or a digit.
const fn is_word_byte(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit()
}

/// How `normalize` splits ASCII text into words: at whitespace, hyphens, slashes and underscores.
const fn is_separator(b: u8) -> bool {
    b.is_ascii_whitespace() || b == b'-' || b == b'/' || b == b'_'
}

/// Eight bytes at a time.
const ONES: u64 = u64::from_le_bytes([0x01; 8]);
const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
const CASE: u64 = u64::from_le_bytes([0x20; 8]);

/// `normalize::contains_key(text, word)` for a `word` of `is_word_byte`s, when `text` is
/// ASCII (`None` when it is not): whether a word of `text`, lower-cased and without its
/// punctuation, is `word`. Only the places where `word`'s first letter or digit occurs (in either
/// case) are looked at, found eight bytes at a time: a matching word starts there when nothing but
/// punctuation stands between that place and the word's start.
fn has_word(text: &[u8], word: &[u8]) -> Option<bool> {
    // With the case bit set, a letter of either case is its small letter; a digit is itself.
    let wanted = u64::from_le_bytes([word[0]; 8]);
    let mut seen = 0u64;
    let mut found = false;
    let (chunks, tail) = text.as_chunks::<8>();
    let mut at = 0;
    for chunk in chunks {
        let bytes = u64::from_le_bytes(*chunk);
        seen |= bytes;
        let hits = first_letters(bytes, wanted);
        if hits != 0 && !found {
            found = any_starts_word(text, at, hits, word);
        }
        at += 8;
    }
    // The last bytes, padded with zeros (which are neither a letter nor a digit).
    let mut last = [0u8; 8];
    last[..tail.len()].copy_from_slice(tail);
    let bytes = u64::from_le_bytes(last);
    seen |= bytes;
    let hits = first_letters(bytes, wanted);
    if hits != 0 && !found {
        found = any_starts_word(text, at, hits, word);
    }
    (seen & HIGH == 0).then_some(found)
}

/// A high bit for each of the eight `bytes` that is the letter or digit of `wanted` (eight
/// copies of it) in either case, and maybe for a byte after one.
#[inline(always)]
fn first_letters(bytes: u64, wanted: u64) -> u64 {
    let same = (bytes | CASE) ^ wanted;
    same.wrapping_sub(ONES) & !same & HIGH
}

/// Whether a word that is `word` starts at one of the bytes of `hits` (high bits) from `at`.
fn any_starts_word(text: &[u8], at: usize, mut hits: u64, word: &[u8]) -> bool {
    while hits != 0 {
        let byte = hits.trailing_zeros() as usize / 8;
        hits &= hits - 1;
        if starts_word_at(text, at + byte, word) {
            return true;
        }
    }
    false
}

/// Whether a word of `text` whose first letter or digit is at `at` is `word`, once lower-cased
/// and without its punctuation.
fn starts_word_at(text: &[u8], at: usize, word: &[u8]) -> bool {
    let Some(&b) = text.get(at) else {
        return false;
    };
    if b.to_ascii_lowercase() != word[0] {
        return false;
    }
    let opens = text[..at]
        .iter()
        .rev()
        .take_while(|&&b| !is_separator(b))
        .all(|b| !b.is_ascii_alphanumeric());
    if !opens {
        return false;
    }
    let rest = &word[1..];
    let mut matched = 0;
    for &b in &text[at + 1..] {
        if is_separator(b) {
            break;
        }
        if !b.is_ascii_alphanumeric() {
            continue;
        }
        if rest.get(matched) != Some(&b.to_ascii_lowercase()) {
            return false;
        }
        matched += 1;
    }
    matched == rest.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_as_contains_key_on_invented_texts() {
        let texts = [
            "",
            "The harbour of Port Ellis opened in {answer}.",
            "the port-ellis harbour",
            "Port Ellisville and the old port",
            "PORT, ELLIS! was the name",
            "old  port / ellis_bay",
            "ports ellis",
            "the port of port ellis",
            "Čapek's port ellis garden",
            "port",
            "it's Port-Ellis' own",
        ];
        let keys = [
            "port ellis",
            "port",
            "ellis",
            "the port",
            "port ellis harbour",
            "old port ellis bay",
            "capek s",
            "čapek port",
            "",
            "its port ellis",
            "ports ellis",
            "port ellis own",
        ];
        let mut found = 0;
        for text in texts {
            for key in keys {
                let expected = normalize::contains_key(text, key);
                assert_eq!(contains_form(text, key), expected, "{text:?} {key:?}");
                found += usize::from(expected);
            }
        }
        // Both answers occur: a program that always said no would not pass.
        assert!(found > 10, "{found}");
        assert!(contains_form(
            "the old port ellis bay",
            "old port ellis bay"
        ));
        assert!(!contains_form(
            "the old port of ellis bay",
            "old port ellis bay"
        ));
    }

    #[test]
    fn a_word_is_found_only_whole_and_from_its_first_letter() {
        // Where the first letter occurs but no word starts or ends there, or punctuation stands
        // inside the word: what a plain substring search, or one that missed punctuation, gets wrong.
        assert!(!contains_form("the kilns of Rimaro", "kiln"));
        assert!(!contains_form("akiln and kilnx", "kiln"));
        assert!(!contains_form("a-kilnb", "kiln"));
        assert!(contains_form("a-KILN/b", "kiln"));
        assert!(contains_form("it's \"Ki'ln.\" there", "kiln"));
        assert!(contains_form("(k)iln", "kiln"));
        assert!(!contains_form("x(k)iln", "kiln"));
        assert!(contains_form("run 4-7 fast", "7"));
        assert!(!contains_form("run 47 fast", "7"));
        assert!(contains_form("x\tkk\tkiln", "kiln"));
        // Across the eight-byte steps, and in the last bytes.
        assert!(contains_form("abcdef KILN xyz", "kiln"));
        assert!(contains_form("1234567 kiln", "kiln"));
        assert!(!contains_form("1234567 kil", "kiln"));
        assert!(contains_form("12345678901234 k", "k"));
        // A no-break space splits words only as Unicode text: not read byte by byte.
        assert!(contains_form("old\u{a0}kiln", "kiln"));
        // Control bytes whose low bits are a digit's are no digits (review 172).
        assert!(!contains_form("\x10", "0"));
        assert!(!contains_form("run \x1984", "984"));
        assert!(contains_form("run \x19 984", "984"));
    }

    proptest::proptest! {
        /// ASCII texts (the fast path's) of letters of both cases, digits, separators,
        /// punctuation and control bytes whose low bits are a digit's, long enough to span
        /// several eight-byte steps: the same answers as `normalize::contains_key` for every word
        /// and run of words.
        #[test]
        fn the_same_as_contains_key_on_random_texts(
            text in "[kKiIlLn0 \\-/_\t.,'!(\x10\x19]{0,40}",
            key in "(k|i|kl|kin|ilk|0|n0)( (k|i|kl|kin|ilk|0|n0)){0,2}",
        ) {
            proptest::prop_assert_eq!(
                contains_form(&text, &key),
                normalize::contains_key(&text, &key)
            );
        }

        /// The same with a few non-ASCII characters (a no-break space splits words only when
        /// read as Unicode), which leave the fast path.
        #[test]
        fn the_same_as_contains_key_on_random_unicode_texts(
            text in "[kKiIlLn0 \\-/_\t.,'!(\u{a0}é]{0,40}",
            key in "(k|i|kl|kin|ilk|0|n0)( (k|i|kl|kin|ilk|0|n0)){0,2}",
        ) {
            proptest::prop_assert_eq!(
                contains_form(&text, &key),
                normalize::contains_key(&text, &key)
            );
        }
    }
}
