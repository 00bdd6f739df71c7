//! Which option of a multiple-choice question a typed text is near, when it is none of them
//! exactly (#11): a slip of one option's text, or words only one option has ("UN flag" has
//! "UN", which only "the United Nations insignia" has). Never an option when another is as near.

use super::{Accepted, lexicon, normalize, phrase, typo};

/// The one option `given` is nearest, if one is nearer than every other.
pub fn nearest(given: &str, options: &[Accepted]) -> Option<usize> {
    // The option with the most words that no other option has.
    let words: Vec<Vec<String>> = options
        .iter()
        .map(|o| o.forms.iter().flat_map(|f| phrase::tokens(f)).collect())
        .collect();
    let has = |i: usize, word: &str| words[i].iter().any(|w| near_word(word, w));
    let scores: Vec<usize> = (0..options.len())
        .map(|i| {
            phrase::tokens(given)
                .iter()
                .filter(|t| !lexicon::is_filler(t))
                .filter(|t| has(i, t) && (0..options.len()).all(|j| j == i || !has(j, t)))
                .count()
        })
        .collect();
    let best = *scores.iter().max()?;
    if best > 0 {
        let mut at_best = (0..options.len()).filter(|&i| scores[i] == best);
        return match (at_best.next(), at_best.next()) {
            (Some(i), None) => Some(i),
            _ => None,
        };
    }
    // Else a slip of one option's whole text, nearer it than any other ("Pyong yang").
    let keys: Vec<Vec<String>> = options
        .iter()
        .map(|o| o.forms.iter().map(|f| normalize::key(f)).collect())
        .collect();
    let typed = normalize::key(given);
    let mut slips = (0..options.len()).filter(|&i| {
        let others: Vec<String> = (0..options.len())
            .filter(|&j| j != i)
            .flat_map(|j| keys[j].iter().cloned())
            .collect();
        typo::slip(&typed, &keys[i], &others).is_some()
    });
    match (slips.next(), slips.next()) {
        (Some(i), None) => Some(i),
        _ => None,
    }
}

/// The same word, another form of it, or a slip of it.
fn near_word(typed: &str, word: &str) -> bool {
    if lexicon::same_form(typed, word) {
        return true;
    }
    let length = word.chars().count();
    typed.chars().next() == word.chars().next()
        && length >= 5
        && strsim::damerau_levenshtein(typed, word) <= typo::allowed(length)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::AnswerType;

    fn options(texts: &[&[&str]]) -> Vec<Accepted> {
        texts
            .iter()
            .map(|forms| {
                Accepted::new(
                    AnswerType::Thing,
                    forms.iter().map(|f| (*f).to_owned()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn the_option_a_text_is_near() {
        let flags = options(&[
            &["the US flag"],
            &["the United Nations insignia", "UN insignia", "UN emblem"],
            &["the South Korean flag"],
            &["the North Korean flag"],
        ]);
        assert_eq!(nearest("UN flag", &flags), Some(1));
        assert_eq!(nearest("the UN", &flags), Some(1));
        assert_eq!(nearest("insignai", &flags), Some(1));
        assert_eq!(nearest("Korean flag", &flags), None, "as near two options");
        assert_eq!(nearest("a flag", &flags), None);
        assert_eq!(nearest("bananas", &flags), None);
        let places = options(&[&["Kaesong"], &["Pyongyang"], &["Sinuiju"], &["Wonsan"]]);
        assert_eq!(nearest("Wonsna", &places), Some(3));
        assert_eq!(nearest("Pyongyng", &places), Some(1));
        assert_eq!(nearest("Hamhung", &places), None);
    }
}
