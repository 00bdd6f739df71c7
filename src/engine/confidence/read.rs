//! Reading the line typed at "How sure?" (#17) as a level. The line is read, not matched against
//! a list of whole answers:
//! - a level by its number, in digits or a word, with any marks around it ("3!", "(2)", "two"),
//!   or out of three ("3/3");
//! - a chance of being right ("75%", "50/50", "60-40") as the level that pays best at that chance
//!   (`Confidence::best_for`: below 67% a guess, to 80% fairly sure, above that certain);
//! - words of certainty, composed: a word that hedges ("fairly", "pretty", "probably") says 2
//!   even beside "sure"; a strong word ("certain", "definitely", "very sure") says 3; doubt
//!   ("guess", "unsure", "low") or a "not"/"no" before a word of certainty ("not sure", "no
//!   idea") says 1. Slips of spelling count as they do for answers (`check::typo`).
//!
//! A line that says two different levels ("1 or 2") or none ("meh", "4") is not a level.

use super::Confidence;
use crate::check::{number, typo};
use crate::normalize;

/// Words that say the player doubts the answer.
const DOUBT: &[&str] = &[
    "doubt",
    "guess",
    "guessing",
    "guessed",
    "guesswork",
    "unsure",
    "uncertain",
    "doubtful",
    "low",
    "random",
];
/// Words that hedge: some confidence, not full.
const HEDGE: &[&str] = &[
    "fairly",
    "fair",
    "pretty",
    "kinda",
    "kind",
    "sorta",
    "somewhat",
    "quite",
    "probably",
    "prob",
    "likely",
    "reasonably",
    "moderately",
    "medium",
    "mid",
    "mostly",
    "think",
];
/// Words of full confidence.
const STRONG: &[&str] = &[
    "certain",
    "certainly",
    "sure",
    "very",
    "definitely",
    "def",
    "definite",
    "positive",
    "absolutely",
    "totally",
    "completely",
    "confident",
    "high",
    "know",
];
/// Words a "not" or "no" turns into doubt, besides the strong ones ("no idea").
const KNOWING: &[&str] = &["idea", "clue"];
const NEGATION: &[&str] = &["not", "no", "dont", "didnt", "un"];
/// Words that may stand between a negation and what it negates ("not at all sure", "not a guess").
const BETWEEN: &[&str] = &[
    "very", "so", "too", "that", "at", "all", "really", "a", "quite", "entirely",
];
/// Prefixes that turn a word of certainty round ("unconfident", "indefinite"): never a slip.
const PREFIXES: &[&str] = &["un", "in", "im", "non", "dis"];

/// The level `line` says, if it says one.
pub fn read(line: &str) -> Option<Confidence> {
    if let Some(share) = chance(line) {
        return Some(Confidence::best_for(share, Confidence::Guess));
    }
    let words = normalize::words(line);
    if words.is_empty() {
        return None;
    }
    let by_number = level_number(&words);
    let by_words = level_words(&words);
    match (by_number, by_words) {
        (Some(Err(())), _) => None,
        (Some(Ok(a)), Some(b)) if a != b => None,
        (Some(Ok(a)), _) => Some(a),
        (None, words) => words,
    }
}

/// A chance of being right: "75%", "100 %", or odds that add up to a hundred ("50/50", "60-40").
fn chance(line: &str) -> Option<f64> {
    let text = line.trim().trim_end_matches(['.', '!', '?']).trim();
    // "75%", "90% sure", "75 percent": a share, then at most words of certainty.
    let lower = text.to_lowercase();
    if let Some(at) = lower
        .find(['%'])
        .or_else(|| lower.find("percent").or(lower.find("per cent")))
    {
        let value: f64 = lower[..at].trim().parse().ok()?;
        let after = lower[at..]
            .trim_start_matches(['%'])
            .trim_start_matches("percent")
            .trim_start_matches("per cent");
        let rest = normalize::words(after);
        let certain = |w: &String| STRONG.contains(&w.as_str());
        return ((0.0..=100.0).contains(&value) && rest.iter().all(certain))
            .then_some(value / 100.0);
    }
    let (a, b) = text.split_once(['/', '-', ':'])?;
    let (a, b): (f64, f64) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
    ((a + b - 100.0).abs() < 1e-9 && a >= 0.0 && b >= 0.0).then_some(a / 100.0)
}

/// The level the line's numbers give: `Ok` for one level named (once, or as "N/3"), `Err` for a
/// number that is no level or two different ones, `None` when it has no number.
fn level_number(words: &[String]) -> Option<Result<Confidence, ()>> {
    let mut found: Option<u8> = None;
    let mut index = 0;
    while index < words.len() {
        let word = &words[index];
        let value = if word.bytes().all(|b| b.is_ascii_digit()) {
            word.parse::<u64>().ok()
        } else if word.len() >= 3
            && word.chars().all(char::is_alphabetic)
            // "I checked twice": how often, no level.
            && number::times(word).is_none()
        {
            number::read(word, None)
                .filter(|r| !r.ordinal && !r.fraction && r.value.fract() == 0.0)
                .map(|r| r.value as u64)
        } else {
            None
        };
        if let Some(value) = value {
            // "not 3": a level refused is no level.
            if index > 0 && NEGATION.contains(&words[index - 1].as_str()) {
                return Some(Err(()));
            }
            // "3/3": a level out of three (the slash reads as a space).
            let out_of_three = words.get(index + 1).is_some_and(|w| w == "3");
            if out_of_three && value <= 3 && words.len() == index + 2 {
                index += 1;
            }
            let level = match u8::try_from(value)
                .ok()
                .and_then(|v| Confidence::try_from(v).ok())
            {
                Some(level) => level.level(),
                None => return Some(Err(())),
            };
            if found.is_some_and(|f| f != level) {
                return Some(Err(()));
            }
            found = Some(level);
        }
        index += 1;
    }
    found.map(|level| Confidence::try_from(level).map_err(|_| ()))
}

/// The level the line's words give, if they give one. Each word of certainty votes: doubt 1, a
/// hedge 2, a strong word 3; a negation just before a word (with only "very", "at all", "a"…
/// between) turns it round: "not sure" doubts, "no doubt" and "not a guess" are sure. A hedge
/// tempers a strong word ("pretty sure" is 2); votes of 1 and 3 together are no level.
fn level_words(words: &[String]) -> Option<Confidence> {
    let lists = [NEGATION, STRONG, KNOWING, HEDGE, DOUBT];
    let kinds: Vec<Option<usize>> = words.iter().map(|w| kind_of(w, &lists)).collect();
    let negated = |at: usize| {
        let mut i = at;
        while i > 0 {
            i -= 1;
            if kinds[i] == Some(0) {
                return true;
            }
            if !BETWEEN.contains(&words[i].as_str()) {
                return false;
            }
        }
        false
    };
    let (mut doubt, mut hedge, mut strong) = (false, false, false);
    for (at, kind) in kinds.iter().enumerate() {
        let turned = negated(at);
        match (kind, turned) {
            (Some(1..=3), true) => doubt = true,
            (Some(4), true) => strong = true,
            (Some(1), false) => strong = true,
            (Some(3), false) => hedge = true,
            (Some(4), false) => doubt = true,
            _ => {}
        }
        // "unconfident", "indefinite": a prefix that turns a strong word round.
        if kind.is_none()
            && PREFIXES.iter().any(|p| {
                word_after(&words[at], p)
                    .is_some_and(|rest| STRONG.contains(&rest) || HEDGE.contains(&rest))
            })
        {
            doubt = true;
        }
    }
    match (doubt, hedge, strong) {
        (true, false, false) => Some(Confidence::Guess),
        (false, true, _) => Some(Confidence::Fairly),
        (false, false, true) => Some(Confidence::Certain),
        _ => None,
    }
}

/// `word` without the prefix `prefix`, when it has it.
fn word_after<'w>(word: &'w str, prefix: &str) -> Option<&'w str> {
    word.strip_prefix(prefix).filter(|rest| !rest.is_empty())
}

/// Which of `lists` `word` is in, or else the one list it is a slip of ("certian"): never a word
/// that only a prefix turns round ("unconfident" is no slip of "confident").
fn kind_of(word: &str, lists: &[&[&str]]) -> Option<usize> {
    if let Some(at) = lists.iter().position(|l| l.contains(&word)) {
        return Some(at);
    }
    if word.chars().count() < 5 || PREFIXES.iter().any(|p| word.starts_with(p)) {
        return None;
    }
    let near = |l: &&[&str]| {
        l.iter()
            .any(|w| strsim::damerau_levenshtein(w, word) <= typo::allowed(word.len()))
    };
    let mut found = lists.iter().enumerate().filter(|(_, l)| near(l));
    match (found.next(), found.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::read;
    use crate::engine::confidence::Confidence::{self, Certain, Fairly, Guess};

    #[test]
    fn numbers_chances_and_words_compose() {
        let cases: [(&str, Option<Confidence>); 28] = [
            ("(3)", Some(Certain)),
            ("two.", Some(Fairly)),
            ("1/3", Some(Guess)),
            ("90%", Some(Certain)),
            ("70 %", Some(Fairly)),
            ("60-40", Some(Guess)),
            ("very sure", Some(Certain)),
            ("quite certain", Some(Fairly)),
            ("not very sure", Some(Guess)),
            ("no clue", Some(Guess)),
            ("uncertain", Some(Guess)),
            ("definately", Some(Certain)),
            ("3 certain", Some(Certain)),
            ("1 certain", None),
            ("2 or 3", None),
            ("5", None),
            ("guess, but very sure", None),
            ("banana", None),
            // A second reader's lines: a negation turns round only the word it stands before.
            ("no doubt, certain", Some(Certain)),
            ("not a guess, I am sure", Some(Certain)),
            ("sure, why not", Some(Certain)),
            ("not at all sure", Some(Guess)),
            ("unconfident", Some(Guess)),
            ("un-sure", Some(Guess)),
            ("not 3", None),
            ("90% sure", Some(Certain)),
            ("75 percent", Some(Fairly)),
            // How often is no level (the numbers' reader takes "twice" as 2).
            ("certain, I checked twice", Some(Certain)),
        ];
        for (line, want) in cases {
            assert_eq!(read(line), want, "{line:?}");
        }
    }

    /// Lines a player who had not seen this code typed at "How sure?", each labelled with the
    /// level they meant (or none): tests/fixtures/blind/confidence.jsonl (issue #17).
    #[test]
    fn a_blind_players_lines_are_read_as_they_meant() {
        let text = include_str!("../../../tests/fixtures/blind/confidence.jsonl");
        let mut misread = Vec::new();
        let mut total = 0;
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let record: serde_json::Value = serde_json::from_str(line).unwrap();
            let typed = record["answer"].as_str().unwrap();
            let meant = record["means"].as_u64().map(|n| n as u8);
            total += 1;
            if read(typed).map(Confidence::level) != meant {
                misread.push(format!("{typed:?} meant {meant:?}, read {:?}", read(typed)));
            }
        }
        assert_eq!(total, 40);
        // Measured: 39 of 40 as meant; the one left is "2/3" (level 2, or two thirds?).
        assert!(misread.len() <= 1, "{misread:#?}");
    }
}
