//! `factquiz preview`: every question a file can generate, kind by kind, with the answers that are
//! accepted and the distractors that can appear, so an author sees what players will get.

use std::io::Write;

use rand::SeedableRng;
use serde::Serialize;

use crate::engine::GameRng;
use crate::error::Error;
use crate::front::{self, clean_line};
use crate::generate::{
    ALTERED_ASK, EVIDENCE_ASK, Generator, authored_question, claim_evidence, claim_question,
};
use crate::loader::Loaded;
use crate::model::{AnswerType, QuestionFile};
use crate::question::{Expected, Kind, Question};

#[derive(Debug, Serialize)]
struct Preview {
    event: String,
    id: String,
    kind: &'static str,
    prompt: String,
    /// Answers judged right when typed.
    accepts: Vec<String>,
    /// Every wrong value that can appear as an option or in a false statement.
    distractors: Vec<String>,
    /// For true/false: the statement with the true value (the false ones put a distractor in).
    #[serde(skip_serializing_if = "Option::is_none")]
    true_statement: Option<String>,
    answer: String,
    /// For the kinds that show the source first: the question the player then answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    then_asks: Option<&'static str>,
    /// How typed answers are compared: numbers, years, dates and days by value.
    #[serde(skip)]
    answer_type: Option<AnswerType>,
}

/// Every question of `files`, with distractors drawn as a game over `pool` (which holds `files`
/// and the other files a game would load) would draw them.
pub fn preview(
    files: &[Loaded],
    pool: &[Loaded],
    json: bool,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let mut rows = rows(files, pool);
    for r in &mut rows {
        r.then_asks = then_asks(r.kind).filter(|a| *a != r.prompt);
    }
    if json {
        front::write_json(out, &rows)?;
        return Ok(());
    }
    write_text(&rows, out)
}

/// The preview rows of `files`, kind by kind: the facts' questions, the claims' verdicts and the
/// authored questions, with distractors drawn over `pool`.
fn rows(files: &[Loaded], pool: &[Loaded]) -> Vec<Preview> {
    let generator = Generator::new(pool.iter().map(|l| &l.file));
    let mut rows = Vec::new();
    for loaded in files {
        let file = &loaded.file;
        let event = &file.event;
        for kind in Kind::ALL {
            if Kind::FROM_SOURCE.contains(&kind) {
                rows.extend(source_rows(&generator, file, kind));
                continue;
            }
            for fact in &file.facts {
                if !generator.kinds(&event.id, fact).contains(&kind) {
                    continue;
                }
                let mut rng = GameRng::seed_from_u64(0);
                let Some(q) = generator.fact_question(event, fact, kind, true, &mut rng) else {
                    continue;
                };
                let shown = fact.answer_type.display(&fact.answer);
                let mut accepts = vec![shown];
                accepts.extend(fact.aliases.iter().cloned());
                let distractors = if kind == Kind::Short {
                    Vec::new()
                } else {
                    generator.bank().distractor_pool(&event.id, fact)
                };
                rows.push(Preview {
                    event: event.id.clone(),
                    id: fact.id.to_string(),
                    kind: kind.name(),
                    true_statement: (kind == Kind::Truefalse).then(|| q.prompt.clone()),
                    prompt: if kind == Kind::Truefalse {
                        fact.statement.to_string()
                    } else {
                        q.prompt.clone()
                    },
                    accepts: if kind == Kind::Truefalse {
                        vec!["true".into(), "false".into()]
                    } else {
                        accepts
                    },
                    distractors,
                    answer: q.answer.clone(),
                    then_asks: None,
                    answer_type: Some(fact.answer_type),
                });
            }
            if kind == Kind::Verdict {
                rows.extend(
                    file.claims
                        .iter()
                        .map(|c| row(&claim_question(event, c), Vec::new())),
                );
            }
            for authored in &file.questions {
                let mut rng = GameRng::seed_from_u64(0);
                if let Some(q) =
                    authored_question(event, authored, &mut rng).filter(|q| q.kind == kind)
                {
                    rows.push(row(&q, authored.distractors.clone()));
                }
            }
        }
    }
    rows
}

/// The rows of one of the kinds that show the source (`Kind::FROM_SOURCE`): none for a file with
/// neither the source's text nor a digest. An altered-detail question shows its changed paragraph
/// as it asks, the changed detail as the answer and the other details as its distractors.
fn source_rows(generator: &Generator, file: &QuestionFile, kind: Kind) -> Vec<Preview> {
    let event = &file.event;
    let mut questions: Vec<Question> = file
        .facts
        .iter()
        .filter(|fact| generator.source_kinds(event, fact).contains(&kind))
        .filter_map(|fact| {
            let mut rng = GameRng::seed_from_u64(0);
            generator.fact_question(event, fact, kind, true, &mut rng)
        })
        .collect();
    if kind == Kind::Evidence {
        questions.extend(file.claims.iter().filter_map(|c| claim_evidence(event, c)));
    }
    questions
        .iter()
        .map(|q| {
            let others: Vec<String> = q
                .options
                .iter()
                .filter(|o| **o != q.answer)
                .cloned()
                .collect();
            let mut r = row(q, others);
            // The answer is a paragraph or a detail, not a value to write another way.
            r.answer_type = None;
            if let Some(p) = q.passages.first().filter(|_| kind == Kind::Altered) {
                r.prompt = format!("¶{} with one detail changed: {}", p.number, p.text);
                r.accepts = vec![q.solution.clone()];
            }
            r
        })
        .collect()
}

/// The rows as text: a heading for each kind, then each question with its answers and
/// distractors, and the count at the end.
fn write_text(rows: &[Preview], out: &mut dyn Write) -> Result<(), Error> {
    let mut last_kind = "";
    for r in rows {
        if r.kind != last_kind {
            writeln!(out, "\n== {} ==", r.kind)?;
            last_kind = r.kind;
        }
        writeln!(out, "{} [{}]", clean_line(&r.id), clean_line(&r.event))?;
        writeln!(out, "  asks:        {}", clean_line(&r.prompt))?;
        if let Some(ask) = r.then_asks {
            writeln!(out, "  then asks:   {ask}")?;
        }
        if let Some(t) = &r.true_statement {
            writeln!(out, "  when true:   {}", clean_line(t))?;
        }
        if r.kind == "truefalse" {
            writeln!(out, "  right:       {}", clean_line(&r.answer))?;
        } else {
            writeln!(
                out,
                "  accepts:     {}{}",
                join(&r.accepts),
                by_value(r.answer_type)
            )?;
        }
        if !r.distractors.is_empty() {
            writeln!(out, "  distractors: {}", join(&r.distractors))?;
        }
    }
    writeln!(out, "\n{}", front::count(rows.len() as u64, "question"))?;
    Ok(())
}

/// What the game asks after showing a question of the kinds that show the source: the
/// statement or paragraph alone is not the question a player answers.
fn then_asks(kind: &str) -> Option<&'static str> {
    if kind == Kind::Evidence.name() {
        Some(EVIDENCE_ASK)
    } else if kind == Kind::Altered.name() {
        Some(ALTERED_ASK)
    } else {
        None
    }
}

fn row(q: &Question, distractors: Vec<String>) -> Preview {
    let accepts = match &q.expected {
        Expected::Verdict(v) => vec![v.name().to_owned()],
        Expected::Choice { correct, options } => options[*correct].forms.clone(),
        Expected::TrueFalse(t) => vec![t.to_string()],
        Expected::Typed(a) => a.forms.clone(),
        Expected::Paragraph { cited, .. } => cited.iter().map(|p| format!("¶{p}")).collect(),
    };
    Preview {
        event: q.event_id.clone(),
        id: q.id.clone(),
        kind: q.kind.name(),
        prompt: q.prompt.clone(),
        accepts,
        distractors,
        true_statement: None,
        answer: q.answer.clone(),
        then_asks: None,
        answer_type: q.answer_type,
    }
}

/// What the accepted forms of a number, year, date or day leave out: every other way of writing
/// the same value counts too.
fn by_value(answer_type: Option<AnswerType>) -> &'static str {
    match answer_type {
        Some(AnswerType::Number) => " (by value: any way of writing the same number counts)",
        Some(AnswerType::Year) => " (by value: any way of writing the same year or span counts)",
        Some(AnswerType::Date) => " (by value: any way of writing the same date counts)",
        Some(AnswerType::Day) => " (by value: the day's short form counts too)",
        _ => "",
    }
}

fn join(items: &[String]) -> String {
    items
        .iter()
        .map(|s| clean_line(s))
        .collect::<Vec<_>>()
        .join(" | ")
}
