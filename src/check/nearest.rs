//! Which option of a multiple-choice question a typed text is near, when it is none of them
//! exactly (#11): a slip of one option's text, or words only one option has ("UN flag" has
//! "UN", which only "the United Nations insignia" has). A word joined to another by a hyphen
//! counts only with it ("UN" is no word of "Kim Jong-un"), a name the event knows that an option
//! lacks rules that option out ("San Jose Mining Company" is not near "San Esteban Mining
//! Company"), and it is never an option when another is as near.

use super::phrase::{Words, in_words};
use super::{Accepted, forms, lexicon, normalize, typo};
use crate::model::AnswerType;

/// The one option `given` is nearest, if one is nearer than every other.
pub fn nearest(given: &str, options: &[Accepted]) -> Option<usize> {
    match near(given, options) {
        Near::One(i) => Some(i),
        Near::Several | Near::None => None,
    }
}

/// Whether `given` has words that only one option has and words that only another has ("air
/// force or navy" among the Army, the Air Force and the Navy): it names two options, and taking
/// either would tell the player which of the two guesses was right.
pub fn names_several(given: &str, options: &[Accepted]) -> bool {
    matches!(near(given, options), Near::Several)
}

enum Near {
    One(usize),
    Several,
    None,
}

fn near(given: &str, options: &[Accepted]) -> Near {
    let typed = Words::of(given);
    let typed_units = units(&typed, true, true);
    let option_units: Vec<Vec<String>> = options
        .iter()
        .map(|o| {
            // A person's name has no short forms ("Kim Jong Un").
            let expand = o.answer_type != AnswerType::Person;
            o.forms
                .iter()
                .flat_map(|f| units(&Words::of(f), false, expand))
                .collect()
        })
        .collect();
    let has = |i: usize, unit: &str| option_units[i].iter().any(|w| near_word(unit, w));
    // An option is out when the text has a number it has not, or names what the event knows and
    // the option does not have.
    let out: Vec<bool> = (0..options.len())
        .map(|i| {
            typed.words.iter().any(|w| {
                let named =
                    w.chars().any(|c| c.is_ascii_digit()) || in_words(w, &options[i].context.names);
                named && !lexicon::is_filler(w) && !in_words(w, &option_units[i])
            })
        })
        .collect();
    // The option with the most words that no other option has.
    let scores: Vec<usize> = (0..options.len())
        .map(|i| {
            typed_units
                .iter()
                .filter(|t| !lexicon::is_filler(t))
                .filter(|t| has(i, t) && (0..options.len()).all(|j| j == i || !has(j, t)))
                .count()
        })
        .collect();
    let mut named = (0..options.len()).filter(|&i| scores[i] > 0);
    match (named.next(), named.next()) {
        (Some(_), Some(_)) => return Near::Several,
        (Some(i), None) if out[i] => return Near::None,
        (Some(i), None) => return Near::One(i),
        _ => {}
    }
    // Else a slip of one option's whole text, strictly nearer it than any other, spacing aside
    // ("Pyong yang"; "Kim Jong" is as near Kim Jong-il as Kim Jong-un).
    let squeeze = |text: &str| normalize::key(text).replace(' ', "");
    let typed = squeeze(given);
    // Each option's nearest form: how far, and whether that is a slip of it.
    let near: Vec<(usize, bool)> = options
        .iter()
        .map(|o| {
            o.forms
                .iter()
                .map(|f| squeeze(f))
                .filter(|f| !f.is_empty())
                .map(|f| {
                    let d = strsim::damerau_levenshtein(&typed, &f);
                    let digits =
                        |t: &str| t.chars().filter(char::is_ascii_digit).collect::<String>();
                    // A slip never changes a digit ("Boeing 757" is no slip of "Boeing 747").
                    let slip = d > 0
                        && d <= typo::allowed(f.chars().count())
                        && digits(&typed) == digits(&f);
                    (d, slip)
                })
                .min_by_key(|&(d, slip)| (d, !slip))
                .unwrap_or((usize::MAX, false))
        })
        .collect();
    let Some((i, &(best, slip))) = near.iter().enumerate().min_by_key(|(_, (d, _))| *d) else {
        return Near::None;
    };
    let alone = (0..options.len()).all(|j| j == i || near[j].0 > best);
    if slip && alone && !out[i] {
        Near::One(i)
    } else {
        Near::None
    }
}

/// The words of a text to tell options apart by: its words, hyphenated words run together
/// ("jongun"), the long forms of short forms standing alone. For a typed text (`typed`), a short
/// form is its long form only ("UN" is the United Nations, never the "Un" of an option "Kim Jong
/// Un"), and each two neighbouring words run together count too ("Jong un" may be "Jong-un").
fn units(words: &Words, typed: bool, expand: bool) -> Vec<String> {
    let mut out = Vec::new();
    for (k, word) in words.words.iter().enumerate() {
        let short = forms::country_of(word).unwrap_or(word);
        let long = forms::long_form(short).filter(|_| expand && words.whole(k));
        if !(typed && long.is_some()) {
            out.push(word.clone());
        }
        out.extend(long.into_iter().flatten().map(|w| (*w).to_owned()));
        if typed && k + 1 < words.len() {
            out.push(format!("{word}{}", words.words[k + 1]));
        }
    }
    out.extend(words.compounds().map(|run| words.words[run].concat()));
    out
}

/// The same word, another form of it, or a slip of it.
fn near_word(typed: &str, word: &str) -> bool {
    if forms::same_form(typed, word) {
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
        of_type(AnswerType::Thing, texts)
    }

    fn of_type(answer_type: AnswerType, texts: &[&[&str]]) -> Vec<Accepted> {
        texts
            .iter()
            .map(|forms| {
                Accepted::new(answer_type, forms.iter().map(|f| (*f).to_owned()).collect())
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

    #[test]
    fn a_text_naming_two_options_is_near_neither() {
        let services = options(&[
            &["the US Army"],
            &["the US Air Force"],
            &["the US Navy"],
            &["the Marine Corps"],
        ]);
        assert_eq!(nearest("air force", &services), Some(1));
        for both in [
            "air force or navy",
            "air force, navy",
            "navy or the marines",
        ] {
            assert_eq!(nearest(both, &services), None, "{both}");
            assert!(names_several(both, &services), "{both}");
        }
        assert!(!names_several("air force", &services));
        assert!(!names_several("bananas", &services));
    }

    #[test]
    fn a_slip_is_near_one_option_only() {
        let bases = options(&[
            &["Pyeongtaek", "Pyongtaek"],
            &["Busan"],
            &["Osan"],
            &["Seoul"],
        ]);
        assert_eq!(nearest("pyeongteak", &bases), Some(0));
        assert_eq!(nearest("pyongtak", &bases), Some(0));
        assert_eq!(nearest("pyeontak", &bases), Some(0));
        assert_eq!(nearest("pytk", &bases), None, "too far");
        assert_eq!(nearest("oasn", &bases), None, "four letters: exact only");
        let kims = of_type(
            AnswerType::Person,
            &[
                &["Kim Jong-un", "Kim Jong Un", "Kim Jongun"],
                &["Kim Jong-il"],
                &["Kim Il-sung"],
                &["Moon Jae-in"],
            ],
        );
        assert_eq!(nearest("kim jong i", &kims), Some(1), "nearer Kim Jong-il");
        assert_eq!(
            nearest("Kim Jong", &kims),
            None,
            "as near Kim Jong-il as Kim Jong-un"
        );
        assert_eq!(nearest("kim jon un", &kims), Some(0));
        assert_eq!(
            nearest("UN", &kims),
            None,
            "the un of Jong-un is no word of its own"
        );
        let planes = options(&[
            &["Boeing 747"],
            &["Airbus A380"],
            &["Concorde"],
            &["Tupolev"],
        ]);
        assert_eq!(nearest("boeing 757", &planes), None, "digits never slip");
        assert_eq!(nearest("beoing 747", &planes), Some(0));
    }
}
