//! `factquiz list`: every loaded event, what it holds, how many questions it gives, where it is from.

use std::io::Write;

use serde::Serialize;

use crate::error::Error;
use crate::front::{self, clean_line};
use crate::generate::{Generator, claim_evidence};
use crate::heading::shown_date;
use crate::loader::Loaded;

#[derive(Debug, Serialize)]
struct Row {
    id: String,
    title: String,
    /// `YYYY-MM-DD`, or `null` for an event with no date (a trivia bank).
    date: Option<String>,
    /// The date was worked out rather than stated in the source: the human listing leaves it out,
    /// as the game's header does (see `heading`).
    date_inferred: bool,
    /// The date as the game's header shows it ("27 July 2018"), or nothing. Not in the JSON.
    #[serde(skip)]
    shown_date: Option<String>,
    facts: usize,
    claims: usize,
    authored: usize,
    /// Distinct questions: each kind each fact can be asked as, each claim (and its evidence), each
    /// hand-written one.
    questions: usize,
    /// Items drafted from an article and not yet reviewed by their author.
    unreviewed: usize,
    origin: String,
}

pub fn list(files: &[Loaded], json: bool, out: &mut dyn Write) -> Result<(), Error> {
    let generator = Generator::new(files.iter().map(|l| &l.file));
    let rows: Vec<Row> = files
        .iter()
        .map(|l| {
            let f = &l.file;
            let from_facts: usize = f
                .facts
                .iter()
                .map(|fact| {
                    generator.kinds(&f.event.id, fact).len()
                        + generator.source_kinds(&f.event, fact).len()
                })
                .sum();
            // A claim the source decides is asked for its evidence too, in a file that shows it.
            let evidence = f
                .claims
                .iter()
                .filter(|c| claim_evidence(&f.event, c).is_some())
                .count();
            Row {
                id: f.event.id.clone(),
                title: f.event.title.clone(),
                date: f.event.date.as_ref().map(|d| d.value.clone()),
                date_inferred: f.event.date.as_ref().is_some_and(|d| d.inferred),
                shown_date: shown_date(f.event.date.as_ref()),
                facts: f.facts.len(),
                claims: f.claims.len(),
                authored: f.questions.len(),
                questions: from_facts + f.claims.len() + evidence + f.questions.len(),
                unreviewed: f.unreviewed(),
                origin: l.origin.to_string(),
            }
        })
        .collect();
    if json {
        front::write_json(out, &rows)?;
        return Ok(());
    }
    for row in &rows {
        write!(out, "{}  {}", clean_line(&row.id), clean_line(&row.title))?;
        match &row.shown_date {
            Some(date) => writeln!(out, "  ({})", clean_line(date))?,
            None => writeln!(out)?,
        }
        let unreviewed = if row.unreviewed > 0 {
            format!(" · {} unreviewed", row.unreviewed)
        } else {
            String::new()
        };
        writeln!(
            out,
            "    {}, {}, {} hand-written: {}{unreviewed} · {}",
            front::count(row.facts as u64, "fact"),
            front::count(row.claims as u64, "claim"),
            row.authored,
            front::count(row.questions as u64, "question"),
            clean_line(&row.origin)
        )?;
    }
    Ok(())
}
