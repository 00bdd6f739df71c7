//! `factquiz list`: every loaded event, what it holds, how many questions it gives, where it is from.

use std::io::Write;

use serde::Serialize;

use crate::error::Error;
use crate::front::{self, clean_line};
use crate::generate::Generator;
use crate::loader::Loaded;

#[derive(Debug, Serialize)]
struct Row {
    id: String,
    title: String,
    /// `YYYY-MM-DD`, or `null` for an event with no date (a trivia bank).
    date: Option<String>,
    facts: usize,
    claims: usize,
    authored: usize,
    /// Distinct questions: each kind each fact can be asked as, each claim, each hand-written one.
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
                .map(|fact| generator.kinds(&f.event.id, fact).len())
                .sum();
            Row {
                id: f.event.id.clone(),
                title: f.event.title.clone(),
                date: f.event.date.as_ref().map(|d| d.value.clone()),
                facts: f.facts.len(),
                claims: f.claims.len(),
                authored: f.questions.len(),
                questions: from_facts + f.claims.len() + f.questions.len(),
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
        match &row.date {
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
