//! `factquiz judge`: typed answers to one fact judged exactly as its short-answer question judges
//! them in a game, with the reason: for authors checking what their file accepts, and for the
//! corpus test that measures judging against people (#11).

use std::io::Write;

use rand::SeedableRng;
use rand::rngs::StdRng;
use serde::Serialize;

use crate::check::Match;
use crate::error::Error;
use crate::front::{clean_line, write_json};
use crate::generate::Generator;
use crate::loader::Loaded;
use crate::question::{Expected, Kind};

#[derive(Debug, Serialize)]
struct Judged {
    event: String,
    id: String,
    question: String,
    answer: String,
    results: Vec<Verdict>,
}

#[derive(Debug, Serialize)]
struct Verdict {
    given: String,
    correct: bool,
    /// `exact` (the answer in some form), `slip`, `within` (the tolerance) or `wrong`.
    how: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    spelling: Option<String>,
    /// For a number: how far from the answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    off: Option<f64>,
}

/// Judges `answers` to the fact `id` of `files` as its short-answer question would, whichever
/// kinds the fact may be asked as.
pub fn judge(
    files: &[Loaded],
    id: &str,
    answers: &[String],
    strict: bool,
    json: bool,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let generator = Generator::new(files.iter().flat_map(|l| &l.file.facts));
    let found = files.iter().find_map(|l| {
        let fact = l.file.facts.iter().find(|f| f.id == id)?;
        Some((&l.file.event, fact))
    });
    let Some((event, fact)) = found else {
        return Err(Error::NoQuestions(format!(
            "no fact {:?} in the loaded question files (`factquiz preview FILE` lists their ids)",
            clean_line(id)
        )));
    };
    let mut open = fact.clone();
    open.kinds = None;
    let mut rng = StdRng::seed_from_u64(0);
    let question = generator.fact_question(event, &open, Kind::Short, true, &mut rng);
    let Some(Expected::Typed(accepted)) = question.as_ref().map(|q| &q.expected) else {
        return Err(Error::NoQuestions(format!(
            "the fact {:?} cannot be asked as a short answer",
            clean_line(id)
        )));
    };
    let results: Vec<Verdict> = answers
        .iter()
        .map(|given| {
            let how = accepted.judge(given, strict);
            Verdict {
                given: given.clone(),
                correct: how.is_right(),
                how: match how {
                    Match::Exact => "exact",
                    Match::Slip { .. } => "slip",
                    Match::Within { .. } => "within",
                    Match::Wrong { .. } => "wrong",
                },
                spelling: match &how {
                    Match::Slip { spelling, .. } => Some(spelling.clone()),
                    _ => None,
                },
                off: match how {
                    Match::Within { off } | Match::Wrong { off: Some(off), .. } => Some(off),
                    _ => None,
                },
            }
        })
        .collect();
    let judged = Judged {
        event: event.id.clone(),
        id: fact.id.clone(),
        question: question
            .as_ref()
            .map_or_else(String::new, |q| q.prompt.clone()),
        answer: fact.answer.clone(),
        results,
    };
    if json {
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
        let why = match (&r.spelling, r.off) {
            (Some(spelling), _) => format!("  spelling slip of {}", clean_line(spelling)),
            (None, Some(off)) if r.correct => format!("  within the tolerance, {off:+}"),
            (None, Some(off)) => format!("  {off:+} from the answer"),
            _ => String::new(),
        };
        let verdict = if r.correct { "right" } else { "wrong" };
        writeln!(out, "{verdict}  {}{why}", clean_line(&r.given))?;
    }
    Ok(())
}
