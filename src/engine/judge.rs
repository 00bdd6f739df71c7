//! Reading a player's line as an answer to one question: a judgement, a request to quit, a
//! question back ("did you mean b) ...?"), a call for help or for the last answer to count, or a
//! reason to ask again (an empty line, a letter with no option, a text that is no option, a
//! true/false answer that is neither).

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
    /// A multiple-choice text near one option but not it: ask whether that option was meant.
    Confirm {
        option: usize,
        how: Match,
    },
    /// `?` or `help`: how to answer this kind of question.
    Help,
    /// `!`: the last answer, typed and marked wrong, was right after all.
    Override,
    /// `hint`: show the cited paragraphs, for half the question's points.
    Hint,
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
    /// The answer is text the player wrote (a short answer, or an option's text), not a letter,
    /// a number, true/false or a verdict: `!` may count it at the next prompt, and a counted one
    /// is remembered.
    pub typed: bool,
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
    if lower == "?" || lower == "help" {
        return Reply::Help;
    }
    if lower == "!" {
        return Reply::Override;
    }
    if lower == "hint" {
        return Reply::Hint;
    }
    let judged = |correct: bool, read_as: Option<String>, how: Match, typed: bool| {
        Reply::Judged(Judgement {
            correct,
            given: given.to_owned(),
            read_as,
            how,
            typed,
        })
    };
    let plain = |correct: bool| if correct { Match::Exact } else { Match::NO };
    match &question.expected {
        Expected::Typed(accepted) => {
            let how = accepted.judge(given, rules.strict);
            judged(how.is_right(), None, how, true)
        }
        Expected::Choice { correct, options } => {
            match choose(question, options, given, &lower, rules.strict) {
                Chosen::Option { index, how, typed } => {
                    let read_as =
                        (question.options[index] != given).then(|| question.options[index].clone());
                    let how = if index == *correct { how } else { Match::NO };
                    judged(index == *correct, read_as, how, typed)
                }
                Chosen::Near(option, how) => Reply::Confirm { option, how },
                Chosen::Wrong => judged(false, None, Match::NO, true),
                Chosen::Again(why) => Reply::AskAgain(why),
            }
        }
        Expected::TrueFalse(truth) => match yes_no(&lower) {
            Some(said) => judged(said == *truth, None, plain(said == *truth), false),
            None => Reply::AskAgain("answer t for true or f for false".into()),
        },
        Expected::Paragraph { cited, count } => match paragraph::read(given, *count) {
            Some(n) if n <= *count => {
                let as_is = [n.to_string(), format!("¶{n}")];
                let read_as = (!as_is.iter().any(|p| p == given)).then(|| format!("¶{n}"));
                judged(
                    cited.contains(&n),
                    read_as,
                    plain(cited.contains(&n)),
                    false,
                )
            }
            _ => Reply::AskAgain(format!(
                "answer with the number of one paragraph, 1 to {count}, like 3 or ¶3"
            )),
        },
        Expected::Verdict(verdict) => match read_verdict(&lower) {
            Some(said) => {
                let read_as = (said.name() != lower).then(|| said.name().to_owned());
                judged(said == *verdict, read_as, plain(said == *verdict), false)
            }
            None => {
                Reply::AskAgain("answer s for supported, r for refuted or n for not stated".into())
            }
        },
    }
}

fn yes_no(lower: &str) -> Option<bool> {
    match lower.trim_end_matches(['.', '!']) {
        "t" | "true" | "y" | "yes" | "correct" => Some(true),
        "f" | "false" | "n" | "no" | "incorrect" => Some(false),
        _ => None,
    }
}

/// The verdict a line names (`s`, `refuted`, `not stated`, `true`…), whatever its case.
pub fn read_verdict(lower: &str) -> Option<Verdict> {
    let words = crate::normalize::key(lower);
    match words.as_str() {
        // "true" and "false" say what the source makes of the claim.
        "s" | "supported" | "support" | "supports" | "true" => Some(Verdict::Supported),
        "r" | "refuted" | "refute" | "refutes" | "false" => Some(Verdict::Refuted),
        "n" | "ns" | "not stated" | "notstated" | "unstated" | "not enough info" | "unknown" => {
            Some(Verdict::NotStated)
        }
        _ => None,
    }
}

mod choice;
mod paragraph;

use choice::{Chosen, choose};

#[cfg(test)]
mod tests;
