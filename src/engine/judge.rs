//! Reading a player's line as an answer to one question: a judgement, a request to quit, or a
//! reason to ask again (an empty line, a letter with no option, a true/false answer that is neither).

use super::Rules;
use crate::check::Match;
use crate::model::Verdict;
use crate::question::{Expected, Kind, Question};

#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    /// Nothing typed: ask the same question again.
    Empty,
    /// `q` or `quit`.
    Quit,
    /// `skip`, or `s` where `s` is not an answer (every kind but verdicts).
    Skip,
    /// The line is not an answer to this kind of question; the text says what is expected.
    AskAgain(String),
    Judged(Judgement),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    pub correct: bool,
    /// What the player typed, trimmed.
    pub given: String,
    /// What the answer was read as, when that differs from what was typed ("b" -> "Wonsan").
    pub read_as: Option<String>,
    /// How a typed answer compared: exact, a slip, within the tolerance, or how far off.
    pub how: Match,
}

pub fn judge(question: &Question, line: &str, rules: Rules) -> Reply {
    let given = line.trim();
    if given.is_empty() {
        return Reply::Empty;
    }
    let lower = given.to_lowercase();
    if lower == "q" || lower == "quit" {
        return Reply::Quit;
    }
    if lower == "skip" || (lower == "s" && question.kind != Kind::Verdict) {
        return Reply::Skip;
    }
    let judged = |correct: bool, read_as: Option<String>, how: Match| {
        Reply::Judged(Judgement {
            correct,
            given: given.to_owned(),
            read_as,
            how,
        })
    };
    let plain = |correct: bool| if correct { Match::Exact } else { Match::NO };
    match &question.expected {
        Expected::Typed(accepted) => {
            let how = accepted.judge(given, rules.strict);
            judged(how.is_right(), None, how)
        }
        Expected::Choice { correct, options } => {
            let by_text = choose_by_text(options, given, rules.strict);
            let numeric = question.answer_type.is_some_and(|t| t.is_numeric());
            let by_position = option_position(&lower, options.len(), numeric);
            match (by_text, by_position) {
                (Some((i, how)), _) => {
                    let read_as =
                        (question.options[i] != given).then(|| question.options[i].clone());
                    let how = if i == *correct { how } else { Match::NO };
                    judged(i == *correct, read_as, how)
                }
                (None, Some(Ok(i))) => {
                    let read_as =
                        (question.options[i] != given).then(|| question.options[i].clone());
                    judged(i == *correct, read_as, plain(i == *correct))
                }
                (None, Some(Err(()))) => Reply::AskAgain(format!(
                    "choose one of the options: {} (or type the answer)",
                    letters(options.len())
                )),
                (None, None) => judged(false, None, Match::NO),
            }
        }
        Expected::TrueFalse(truth) => match yes_no(&lower) {
            Some(said) => judged(said == *truth, None, plain(said == *truth)),
            None => Reply::AskAgain("answer t (true) or f (false)".into()),
        },
        Expected::Verdict(verdict) => match read_verdict(&lower) {
            Some(said) => {
                let read_as = (said.name() != lower).then(|| said.name().to_owned());
                judged(said == *verdict, read_as, plain(said == *verdict))
            }
            None => Reply::AskAgain("answer s (supported), r (refuted) or n (not stated)".into()),
        },
    }
}

/// The option whose text `given` is: exactly, or else by a spelling slip (which, by the rivals
/// rule, fits at most one option).
fn choose_by_text(
    options: &[crate::check::Accepted],
    given: &str,
    strict: bool,
) -> Option<(usize, Match)> {
    let judged: Vec<Match> = options.iter().map(|o| o.judge(given, strict)).collect();
    let exact = judged
        .iter()
        .position(|m| matches!(m, Match::Exact | Match::Within { .. }));
    let index = exact.or_else(|| judged.iter().position(Match::is_right))?;
    Some((index, judged[index].clone()))
}

/// A letter (a, b, ...) or, where options are not numbers themselves, a digit (1, 2, ...).
/// `Err` for a letter or digit with no option behind it.
fn option_position(lower: &str, count: usize, numeric_options: bool) -> Option<Result<usize, ()>> {
    let mut chars = lower.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    let index = match c {
        'a'..='z' => usize::from(c as u8 - b'a'),
        '1'..='9' if !numeric_options => usize::from(c as u8 - b'1'),
        _ => return None,
    };
    Some(if index < count { Ok(index) } else { Err(()) })
}

fn letters(count: usize) -> String {
    let all: Vec<String> = (0..count)
        .map(|i| char::from(b'a' + i as u8).to_string())
        .collect();
    all.join(", ")
}

fn yes_no(lower: &str) -> Option<bool> {
    match lower.trim_end_matches(['.', '!']) {
        "t" | "true" | "y" | "yes" | "correct" => Some(true),
        "f" | "false" | "n" | "no" | "incorrect" => Some(false),
        _ => None,
    }
}

fn read_verdict(lower: &str) -> Option<Verdict> {
    let words = crate::normalize::key(lower);
    match words.as_str() {
        "s" | "supported" | "support" | "supports" => Some(Verdict::Supported),
        "r" | "refuted" | "refute" | "refutes" => Some(Verdict::Refuted),
        "n" | "ns" | "not stated" | "notstated" | "unstated" | "not enough info" | "unknown" => {
            Some(Verdict::NotStated)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
