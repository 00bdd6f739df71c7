//! The words of a text as the checker compares them (#11): normalised, number words up to
//! nineteen as digits ("Apollo eleven" is "apollo 11"), a negating prefix joined to its word
//! ("non-nuclear" is "nonnuclear"), a possessive's "'s" dropped ("Chile's" is "chile"), and which
//! words a hyphen joins into one ("Jong-un", "C-17"): those are one word, typed whole or not at all.

use std::borrow::Cow;
use std::ops::Range;

use super::super::forms;
use crate::normalize;

/// The words of a text, and which of them hyphens join.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Words {
    pub words: Vec<String>,
    /// `joined[k]`: word `k` is joined to word `k + 1` by a hyphen (or a slash).
    joined: Vec<bool>,
    /// `given[k]`: word `k` is part of a hyphenated name whose later parts are written in lower
    /// case, the way Korean given names are ("Jong-un", "Jae-in", "Ki-moon").
    given: Vec<bool>,
}

/// The plain words of `text`, as `Words` reads them.
pub fn tokens(text: &str) -> Vec<String> {
    Words::of(text).words
}

impl Words {
    pub fn of(text: &str) -> Words {
        let mut out = Words::default();
        for chunk in prefixes_joined(text).split_whitespace() {
            let chunk = without_possessive(chunk);
            let words = normalize::words(chunk);
            let given = words.len() > 1 && lower_after_hyphens(chunk);
            for (k, word) in words.iter().enumerate() {
                let word = forms::digits_of(word).map_or_else(|| word.clone(), str::to_owned);
                out.words.push(word);
                out.joined.push(k + 1 < words.len());
                out.given.push(given);
            }
        }
        out
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether word `k` stands on its own, joined to neither neighbour by a hyphen.
    pub fn whole(&self, k: usize) -> bool {
        !self.joined[k] && (k == 0 || !self.joined[k - 1])
    }

    /// Whether word `k` is part of a hyphenated name written the Korean way ("Jong-un").
    pub fn in_given_name(&self, k: usize) -> bool {
        self.given[k]
    }

    /// The runs of words that hyphens join, each of two words or more.
    pub fn compounds(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        let starts = (0..self.len()).filter(|&k| self.joined[k] && (k == 0 || !self.joined[k - 1]));
        starts.map(|start| {
            let end = (start..self.len())
                .find(|&k| !self.joined[k])
                .map_or(self.len(), |k| k + 1);
            start..end
        })
    }

    /// The run of joined words that word `k` belongs to (itself alone when it stands alone).
    pub fn compound_of(&self, k: usize) -> Range<usize> {
        let start = (0..=k)
            .rev()
            .find(|&s| s == 0 || !self.joined[s - 1])
            .unwrap_or(0);
        let end = (k..self.len())
            .find(|&e| !self.joined[e])
            .map_or(self.len(), |e| e + 1);
        start..end
    }

    /// The words, and the words each short form or country word standing on its own stands for
    /// ("UN" adds "united nations", "American" adds "united states"): what a question or a
    /// source says, to compare a typed word with.
    pub fn with_long_forms(&self) -> Vec<String> {
        let mut out = self.words.clone();
        for (k, word) in self.words.iter().enumerate() {
            if !self.whole(k) {
                continue;
            }
            let short = forms::country_of(word).unwrap_or(word);
            if let Some(long) = forms::long_form(short) {
                out.extend(long.iter().map(|w| (*w).to_owned()));
            }
        }
        out
    }
}

/// Whether every part of a hyphenated `chunk` after the first starts with a lower-case letter
/// ("Jong-un") while the first starts with a capital.
fn lower_after_hyphens(chunk: &str) -> bool {
    let mut parts = chunk.split(['-', '\u{2010}', '\u{2011}']);
    let first_upper = parts
        .next()
        .and_then(|p| p.chars().find(|c| c.is_alphabetic()))
        .is_some_and(char::is_uppercase);
    let mut rest = parts.peekable();
    first_upper
        && rest.peek().is_some()
        && rest.all(|p| p.chars().next().is_some_and(char::is_lowercase))
}

/// `chunk` without a possessive "'s" at its end ("Chile's", "Kim Jong-un's").
fn without_possessive(chunk: &str) -> &str {
    let trimmed = chunk.trim_end_matches(|c: char| !c.is_alphanumeric());
    for ending in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if let Some(head) = trimmed.strip_suffix(ending)
            && !head.is_empty()
        {
            return head;
        }
    }
    chunk
}

/// `text` with a negating prefix joined to the word it is hyphenated to ("un-known" as
/// "unknown", "non-nuclear" as "nonnuclear"), so that it is read as part of that word, never as a
/// word of its own ("un" is also the UN).
fn prefixes_joined(text: &str) -> Cow<'_, str> {
    const PREFIXES: [&str; 6] = ["un-", "non-", "anti-", "dis-", "de-", "counter-"];
    let lower = text.to_lowercase();
    // ASCII only, so that the lower-case text's byte positions are the text's.
    if !text.is_ascii() || !PREFIXES.iter().any(|p| lower.contains(p)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < text.len() {
        let starts_word = at == 0 || !text[..at].ends_with(|c: char| c.is_alphanumeric());
        let prefix = PREFIXES.iter().find(|p| {
            starts_word
                && lower[at..].starts_with(*p)
                && lower[at + p.len()..].starts_with(char::is_alphabetic)
        });
        match prefix {
            Some(p) => {
                out.push_str(&text[at..at + p.len() - 1]);
                at += p.len();
            }
            None => {
                let c = text[at..].chars().next().unwrap_or(' ');
                out.push(c);
                at += c.len_utf8();
            }
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_what_hyphens_join() {
        let kim = Words::of("Kim Jong-un's");
        assert_eq!(kim.words, ["kim", "jong", "un"]);
        assert!(kim.whole(0) && !kim.whole(1) && !kim.whole(2));
        let runs: Vec<(usize, usize)> = kim.compounds().map(|r| (r.start, r.end)).collect();
        assert_eq!(runs, [(1, 3)]);
        assert_eq!(kim.compound_of(2), 1..3);
        assert!(kim.in_given_name(1) && !kim.in_given_name(0));
        assert!(!Words::of("Boutros Boutros-Ghali").in_given_name(2));
        assert_eq!(Words::of("Chile's copper").words, ["chile", "copper"]);
        assert_eq!(
            Words::of("non-nuclear un-known").words,
            ["nonnuclear", "unknown"]
        );
        assert_eq!(Words::of("Apollo eleven").words, ["apollo", "11"]);
    }

    #[test]
    fn long_forms_only_of_words_on_their_own() {
        let long = Words::of("the UN and Jong-un, American soldiers").with_long_forms();
        assert!(long.contains(&"nations".to_owned()) && long.contains(&"states".to_owned()));
        let long = Words::of("Kim Jong-un").with_long_forms();
        assert!(!long.contains(&"nations".to_owned()));
    }
}
