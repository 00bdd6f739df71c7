//! `factquiz judge`: typed answers to one fact judged exactly as its question judges them in a
//! game, with the reason: for authors checking what their file accepts, and for the corpus test
//! that measures judging against people (#11). The short-answer question by default; with
//! `--option`, the multiple-choice question with those options as printed, built by the code that
//! builds a game's; the answers the player counted as right with `!` count here too.

use std::io::Write;

use rand::SeedableRng;
use rand::rngs::StdRng;
use serde::Serialize;

use crate::aliases::{self, PlayerAlias};
use crate::check::Match;
use crate::config::JudgeRequest;
use crate::engine::{Reply, Rules, judge as judge_line};
use crate::error::Error;
use crate::front::{amount, clean_line, distance, write_json};
use crate::generate::{Generator, authored_choice, fact_choice};
use crate::loader::Loaded;
use crate::question::{Kind, Question};

/// A judge request that names no question it can build.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JudgeError {
    #[error(
        "{:?} is a hand-written question: give its options as printed (--option), one of them its answer ({})",
        clean_line(id),
        clean_line(answer)
    )]
    NeedsOptions { id: String, answer: String },
    #[error(
        "no fact {:?} in the loaded question files (`factquiz preview FILE` lists their ids)",
        clean_line(id)
    )]
    NoSuchFact { id: String },
    #[error(
        "none of the options given is the answer of {:?} ({})",
        clean_line(id),
        clean_line(answer)
    )]
    AnswerNotAnOption { id: String, answer: String },
    #[error("the fact {:?} cannot be asked as a short answer", clean_line(id))]
    NoShortAnswer { id: String },
}

#[derive(Debug, Serialize)]
struct Judged {
    event: String,
    id: String,
    question: String,
    answer: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    options: Vec<String>,
    results: Vec<Verdict>,
}

#[derive(Debug, Serialize)]
struct Verdict {
    given: String,
    /// `right`, `wrong`, `confirm` (a multiple-choice text near one option: "did you mean"),
    /// or `again` (not an answer: asked again, not counted).
    verdict: &'static str,
    /// How: `exact` (the answer in some form), `slip`, `within` (the tolerance), or `wrong`.
    #[serde(skip_serializing_if = "Option::is_none")]
    how: Option<&'static str>,
    /// The option a multiple-choice line was read as (or asked about), by its letter.
    #[serde(skip_serializing_if = "Option::is_none")]
    option: Option<char>,
    #[serde(skip_serializing_if = "Option::is_none")]
    spelling: Option<String>,
    /// For a number: how far from the answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    off: Option<f64>,
    /// Why a line is asked again.
    #[serde(skip_serializing_if = "Option::is_none")]
    why: Option<String>,
}

/// Judges `answers` to the fact `request.id` of `files` as its short-answer question would (or
/// its multiple-choice question, with `request.options`), whichever kinds the fact may be asked
/// as, with the answers the player counted as right (`counted`) accepted as a game accepts them.
/// `request` comes from `Config`, which holds at most `config::MOST_OPTIONS` options.
pub fn judge(
    files: &[Loaded],
    request: &JudgeRequest,
    answers: &[String],
    counted: &[PlayerAlias],
    out: &mut dyn Write,
) -> Result<(), Error> {
    let mut question = question(files, request)?;
    aliases::accept(std::slice::from_mut(&mut question), counted);
    let rules = Rules {
        strict: request.strict,
        ..Rules::default()
    };
    let results: Vec<Verdict> = answers
        .iter()
        .map(|given| verdict(&question, given, judge_line(&question, given, rules)))
        .collect();
    let judged = Judged {
        event: question.event_id.clone(),
        id: question.id.clone(),
        question: question.prompt.clone(),
        answer: question.answer.clone(),
        options: question.options.clone(),
        results,
    };
    if request.json {
        write_json(out, &judged)?;
        return Ok(());
    }
    writeln!(
        out,
        "{} (answer: {})",
        clean_line(&judged.question),
        clean_line(&judged.answer)
    )?;
    for r in &judged.results {
        let why = match (&r.spelling, r.off, r.option, &r.why) {
            (Some(spelling), ..) => format!("  spelling slip of {}", clean_line(spelling)),
            (_, _, Some(letter), _) if r.verdict == "confirm" => {
                format!("  did you mean {letter})?")
            }
            (_, _, Some(letter), _) => format!("  option {letter})"),
            (_, Some(off), ..) if r.verdict == "right" => {
                format!("  within the tolerance: {}", distance(off))
            }
            (_, Some(off), ..) if off != 0.0 => format!("  {}", distance(off)),
            (_, Some(off), ..) => format!("  {} from the answer", amount(off)),
            (.., Some(why)) => format!("  ({})", clean_line(why)),
            _ => String::new(),
        };
        writeln!(out, "{:<7}  {}{why}", r.verdict, clean_line(&r.given))?;
    }
    Ok(())
}

/// The question the request names.
fn question(files: &[Loaded], request: &JudgeRequest) -> Result<Question, JudgeError> {
    let generator = Generator::new(files.iter().map(|l| &l.file));
    let id = &request.id;
    let found = files.iter().find_map(|l| {
        let fact = l.file.facts.iter().find(|f| f.id == *id)?;
        Some((&l.file.event, fact))
    });
    let Some((event, fact)) = found else {
        // A hand-written multiple-choice question, with its options as printed.
        let authored = files.iter().find_map(|l| {
            let a = l.file.questions.iter().find(|q| q.id == *id)?;
            Some((&l.file.event, a))
        });
        return match authored {
            Some((event, a)) => {
                authored_choice(event, a, request.options.clone()).ok_or_else(|| {
                    JudgeError::NeedsOptions {
                        id: id.clone(),
                        answer: a.answer.clone(),
                    }
                })
            }
            None => Err(JudgeError::NoSuchFact { id: id.clone() }),
        };
    };
    if !request.options.is_empty() {
        return fact_choice(event, fact, request.options.clone()).ok_or_else(|| {
            JudgeError::AnswerNotAnOption {
                id: id.clone(),
                answer: fact.answer.to_string(),
            }
        });
    }
    let mut open = fact.clone();
    open.kinds = None;
    let mut rng = StdRng::seed_from_u64(0);
    generator
        .fact_question(event, &open, Kind::Short, true, &mut rng)
        .ok_or_else(|| JudgeError::NoShortAnswer { id: id.clone() })
}

fn verdict(question: &Question, given: &str, reply: Reply) -> Verdict {
    let letter = |i: usize| char::from(b'a' + i as u8);
    let mut v = Verdict {
        given: given.to_owned(),
        verdict: "again",
        how: None,
        option: None,
        spelling: None,
        off: None,
        why: None,
    };
    match reply {
        Reply::Judged(j) => {
            v.verdict = if j.correct { "right" } else { "wrong" };
            v.how = Some(match j.how {
                Match::Exact => "exact",
                Match::Slip { .. } => "slip",
                Match::Within { .. } => "within",
                Match::Wrong { .. } => "wrong",
            });
            v.option = j
                .read_as
                .as_ref()
                .and_then(|r| question.options.iter().position(|o| o == r))
                .or_else(|| question.options.iter().position(|o| o == given.trim()))
                .map(letter);
            if let Match::Slip { spelling, .. } = &j.how {
                v.spelling = Some(spelling.clone());
            }
            if let Match::Within { off } | Match::Wrong { off: Some(off), .. } = j.how {
                v.off = Some(off);
            }
        }
        Reply::Confirm { option, .. } => {
            v.verdict = "confirm";
            v.option = Some(letter(option));
        }
        Reply::AskAgain(why) => v.why = Some(why),
        Reply::Empty => v.why = Some("an empty line".into()),
        Reply::Quit | Reply::Skip | Reply::Help | Reply::Override | Reply::Hint => {
            v.why = Some("a command at the prompt, not an answer".into());
        }
    }
    v
}
