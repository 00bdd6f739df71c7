//! A line typed at a multiple-choice question: which option it picks, by letter, number or text,
//! or why it is asked again.

use super::Question;
use crate::check::Match;

/// What a line typed at a multiple-choice question picks.
pub(super) enum Chosen {
    /// This option, as its letter or number, or as its text (`typed`).
    Option {
        index: usize,
        how: Match,
        typed: bool,
    },
    /// Near this option (a slip, or words only it has), to be confirmed.
    Near(usize, Match),
    /// Under `--strict`, a slip of an option's text: no option, and wrong.
    Wrong,
    /// No option: the text says why, and the question is asked again, not counted.
    Again(String),
}

/// The option a line picks: its letter as printed ("c", "c)", "(c)", "c."), its number (where the
/// options are not numbers themselves), or its text (`by_text`).
pub(super) fn choose(
    question: &Question,
    options: &[crate::check::Accepted],
    given: &str,
    lower: &str,
    strict: bool,
) -> Chosen {
    let count = options.len();
    let numeric = digit_is_a_value(question, options, lower);
    let by_letter = printed_letter(lower, count, numeric).or_else(|| {
        // "the answer is b", "it's c", "I think a": a few words that only lead in to a letter.
        let letter = after_lead_in(lower)?;
        // "i think 4" among 2, 3, 4, 5 is the option 4, not the fourth.
        let numeric = digit_is_a_value(question, options, letter);
        printed_letter(letter, count, numeric).filter(|(_, rest)| rest.is_empty())
    });
    // A whole line that is one option's text is that option, though it opens like a letter or
    // a position: "1:40 a.m." among 45, 15, 1:40 a.m. is the time, not the first option.
    let whole = || {
        // Its words as written (a key would drop the "a" of "a) Wonsan").
        let line = crate::normalize::words(given);
        let mut same = question
            .options
            .iter()
            .enumerate()
            .filter(|(_, o)| crate::normalize::words(o) == line);
        match (same.next(), same.next()) {
            (Some((j, _)), None) => Some(j),
            _ => None,
        }
    };
    // "c or d": two guesses, neither taken (unless that is an option's whole text).
    if several_letters(lower, count, numeric) && exact_option(options, given).is_none() {
        return Chosen::Again(format!(
            "that names more than one option: type the one letter you mean ({})",
            letters(count)
        ));
    }
    match by_letter {
        Some((Ok(i), rest)) if !rest.is_empty() && whole().is_some_and(|j| j != i) => {
            by_text(options, given, strict)
        }
        Some((Ok(i), "")) if !numeric && let Some(j) = opens_with_number(question, lower, i) => {
            Chosen::Again(format!(
                "{} may be the option {}) or {}) {}: type the letter you mean",
                lower.trim(),
                letter(i),
                letter(j),
                question.options[j]
            ))
        }
        Some((Ok(i), rest)) => by_letter_and_text(question, options, i, rest),
        Some((Err(()), _)) => match by_text(options, given, strict) {
            Chosen::Again(_) => Chosen::Again(format!(
                "choose one of the options, {}, or type the answer",
                // No brackets: the front end shows the hint in brackets.
                letters(count)
            )),
            chosen => chosen,
        },
        None => by_text(options, given, strict),
    }
}

/// Whether a line is two or more options' letters (or positions) and nothing else: "c or d",
/// "b/c", "a, b and d".
fn several_letters(lower: &str, count: usize, numeric_options: bool) -> bool {
    let mut picked = 0;
    for word in lower.split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '&')) {
        let word = word.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | '.' | '?'));
        if word.is_empty() || matches!(word, "or" | "and" | "maybe" | "either") {
            continue;
        }
        match printed_letter(word, count, numeric_options) {
            Some((Ok(_), "")) => picked += 1,
            _ => return false,
        }
    }
    picked > 1
}

/// Whether a line's leading digit is an option's value rather than a position ("2" among 5, 15,
/// 45, 90 is the second option; among 2, 3, 4, 5 it is the option 2).
fn digit_is_a_value(question: &Question, options: &[crate::check::Accepted], lower: &str) -> bool {
    question.answer_type.is_some_and(|t| t.is_numeric())
        && lower.chars().next().is_some_and(|c| c.is_ascii_digit())
        && options.iter().any(|o| {
            let digit: String = lower.chars().take_while(char::is_ascii_digit).collect();
            // The whole number too: "1.9" is the option 1.9, not option 1 and a "9".
            let number: String = lower
                .chars()
                .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
                .collect();
            let number = number.trim_end_matches(['.', ',']);
            // And the whole line: "1.1bn" is the option $1.1bn.
            [digit.as_str(), number, lower.trim()]
                .iter()
                .any(|text| o.judge(text, true).is_right() && !o.only_as_hundredths(text))
        })
}

/// Another option than the `i`th whose text opens with the number `lower` is ("1" among 11.47
/// p.m., 1 p.m., 3.12 a.m.): the number may name either, so neither is taken.
fn opens_with_number(question: &Question, lower: &str, i: usize) -> Option<usize> {
    let number = lower.trim();
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    question.options.iter().enumerate().position(|(j, o)| {
        j != i
            && o.trim_start().strip_prefix(number).is_some_and(|rest| {
                !rest.starts_with(|c: char| c.is_alphanumeric() || c == '.' || c == ',' || c == ':')
            })
    })
}

/// "c) Wonsan": option `i` by its letter, unless the text after it is exactly another option.
fn by_letter_and_text(
    question: &Question,
    options: &[crate::check::Accepted],
    i: usize,
    rest: &str,
) -> Chosen {
    let other = (!rest.is_empty())
        .then(|| exact_option(options, rest))
        .flatten()
        .filter(|&j| j != i);
    match other {
        Some(j) => Chosen::Again(format!(
            "{}) is {}, but the text is {}) {}: type the letter you mean",
            letter(i),
            question.options[i],
            letter(j),
            question.options[j]
        )),
        None => Chosen::Option {
            index: i,
            how: Match::Exact,
            typed: false,
        },
    }
}

/// The option a text picks: exactly one option's text picks it; one near a single option asks to
/// confirm it (under `--strict`, a slip is wrong); a text that may mean two options, or none,
/// asks again.
fn by_text(options: &[crate::check::Accepted], given: &str, strict: bool) -> Chosen {
    let count = options.len();
    let could_be: Vec<usize> = (0..count).filter(|&i| options[i].could_be(given)).collect();
    if let Some(i) = exact_option(options, given)
        && could_be.iter().all(|&j| j == i)
    {
        let how = options[i].judge(given, true);
        return Chosen::Option {
            index: i,
            how,
            typed: true,
        };
    }
    let right = options
        .iter()
        .filter(|o| o.judge(given, true).is_right())
        .count();
    if could_be.len() > 1 || right > 1 || crate::check::names_several(given, options) {
        return Chosen::Again(format!(
            "that fits more than one option: type the letter you mean ({})",
            letters(count)
        ));
    }
    let slips: Vec<(usize, Match)> = options
        .iter()
        .enumerate()
        .map(|(i, o)| (i, o.judge(given, false)))
        .filter(|(_, how)| matches!(how, Match::Slip { .. }))
        .collect();
    let near = match slips.as_slice() {
        [(i, how)] => Some((*i, how.clone())),
        [] => crate::check::nearest(given, options).map(|i| (i, Match::NO)),
        _ => None,
    };
    match near {
        // --strict: a slip of an option's text is not that option (and not a right answer).
        Some(_) if strict => Chosen::Wrong,
        Some((i, how)) => Chosen::Near(i, how),
        None => Chosen::Again(format!(
            "that is none of the options: type a letter, {}, or an option's text",
            letters(count)
        )),
    }
}

/// The one option whose text `given` is, in any of its forms but without slips.
fn exact_option(options: &[crate::check::Accepted], given: &str) -> Option<usize> {
    let mut right = options
        .iter()
        .enumerate()
        .filter(|(_, o)| o.judge(given, true).is_right())
        .map(|(i, _)| i);
    match (right.next(), right.next()) {
        (Some(i), None) => Some(i),
        _ => None,
    }
}

/// Words that only lead in to the letter of an option: "the answer is", "it's", "I think".
const LEAD_IN: [&str; 13] = [
    "the", "answer", "is", "its", "it's", "it’s", "it", "i", "think", "say", "my", "guess", "go",
];

/// The last word of a line of at most five, when every word before it only leads in to it
/// ("the answer is b" gives "b"; "answer: a" gives "a").
fn after_lead_in(lower: &str) -> Option<&str> {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let (last, before) = words.split_last()?;
    let leads = |w: &&str| LEAD_IN.contains(&w.trim_end_matches([':', ',', '-']));
    (!before.is_empty() && words.len() <= 5 && before.iter().all(leads)).then_some(*last)
}

/// A letter as printed ("c", "c)", "(c)", "c.", "[c]", "option c"), or a digit where the options
/// are not numbers themselves, with any text after it ("c) Wonsan"). `Err` for a letter or digit
/// with no option behind it; `None` when the line does not start with one.
fn printed_letter(
    lower: &str,
    count: usize,
    numeric_options: bool,
) -> Option<(Result<usize, ()>, &str)> {
    let mut text = lower.trim();
    for word in ["option", "answer", "letter", "choice"] {
        if let Some(rest) = text.strip_prefix(word)
            && rest.starts_with(char::is_whitespace)
        {
            text = rest.trim_start();
        }
    }
    let opened = text.strip_prefix(['(', '[']);
    let body = opened.unwrap_or(text);
    let mut chars = body.char_indices();
    let (_, c) = chars.next()?;
    let after = &body[c.len_utf8()..];
    let closer = after.chars().next();
    // "3:12am" and "3.12" are a time and a number, not the third option.
    let digits_after = after.chars().nth(1).is_some_and(|d| d.is_ascii_digit());
    if c.is_ascii_digit() && matches!(closer, Some('.' | ':')) && digits_after {
        return None;
    }
    let (closed, rest) = match closer {
        None => (false, ""),
        Some(')' | ']' | '.' | ':') => (true, after[1..].trim_start()),
        Some(_) => return None,
    };
    if opened.is_some() && !closed && !after.is_empty() {
        return None;
    }
    if !rest.is_empty() && !closed {
        return None;
    }
    let index = match c {
        'a'..='z' => usize::from(c as u8 - b'a'),
        '1'..='9' if !numeric_options => usize::from(c as u8 - b'1'),
        _ => return None,
    };
    // A letter alone with a stop after it may be a word ("a."): only a letter with an option.
    let result = if index < count { Ok(index) } else { Err(()) };
    Some((result, rest))
}

pub(super) fn letter(index: usize) -> char {
    char::from(b'a' + index as u8)
}

/// The letters of `count` options: "a to d".
fn letters(count: usize) -> String {
    let last = char::from(b'a' + count.saturating_sub(1) as u8);
    format!("a to {last}")
}
