//! `factquiz validate`: every problem in every file, with the place, in one run.

use std::io::Write;

use crate::echo::quoted;
use crate::error::Error;
use crate::front::clean_line;
use crate::loader::{LoadError, Loaded, Origin, source_text};
use crate::locate::locate;
use crate::model::UNREVIEWED;
use crate::validate::{Findings, Problem, Severity, validate as check};

/// One file checked: where it came from, the text kept of it, and its findings.
struct Seen<'a> {
    origin: &'a Origin,
    /// The file as read; none when its findings were kept from an earlier check.
    file: Option<&'a crate::model::QuestionFile>,
    text: &'a str,
    event: &'a str,
    unreviewed: usize,
}

/// Prints why each of `unreadable` could not be loaded and the problems of `loaded` (with a warning
/// for each whose event a file of `others` is also for), and returns the exit status: 0 when
/// every file is valid (and, with `deny_warnings`, has no warnings), 1 otherwise.
pub fn validate(
    loaded: &[Loaded],
    unreadable: &[LoadError],
    others: &[Loaded],
    deny_warnings: bool,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let seen: Vec<Seen> = loaded
        .iter()
        .map(|l| Seen {
            origin: &l.origin,
            file: Some(&l.file),
            text: &l.text,
            event: &l.file.event.id,
            unreviewed: l.file.unreviewed(),
        })
        .collect();
    report(check(loaded), &seen, unreadable, others, deny_warnings, out)
}

/// `validate` of the one file at `origin` from its `findings` (kept from an earlier check of the
/// same bytes): the same report, byte for byte.
pub fn validate_found(
    origin: &Origin,
    findings: Findings,
    others: &[Loaded],
    deny_warnings: bool,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let name = origin.to_string();
    let problems = (findings.problems.into_iter())
        .map(|p| Problem {
            file: name.clone(),
            ..p
        })
        .collect();
    let seen = [Seen {
        origin,
        file: None,
        text: "",
        event: &findings.event,
        unreviewed: findings.unreviewed,
    }];
    report(problems, &seen, &[], others, deny_warnings, out)
}

/// The report: the load errors, the `problems` of the files `seen` and their events shared with
/// `others`, the unreviewed items, and the count; the exit status.
fn report(
    mut problems: Vec<Problem>,
    seen: &[Seen],
    unreadable: &[LoadError],
    others: &[Loaded],
    deny_warnings: bool,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let (mut errors, mut warnings) = (0usize, 0usize);
    let count = seen.len() + unreadable.len();
    for e in unreadable {
        errors += write_load_error(out, e)?;
    }
    problems.extend(same_events(seen, others));
    for problem in problems {
        match problem.severity {
            Severity::Error => errors += problem.counts,
            Severity::Warning => warnings += problem.counts,
        }
        writeln!(out, "{}", clean_line(&problem.to_string()))?;
    }
    let mut unreviewed = 0;
    for file in seen {
        let n = file.unreviewed;
        unreviewed += n;
        if n > 0 {
            writeln!(
                out,
                "{}: {n} drafted item{} not yet reviewed (tagged {UNREVIEWED:?}): check each against the source, then remove the tag",
                clean_line(&file.origin.to_string()),
                if n == 1 { "" } else { "s" }
            )?;
        }
    }
    writeln!(
        out,
        "{count} file{} checked: {errors} error{}, {warnings} warning{}{}",
        if count == 1 { "" } else { "s" },
        if errors == 1 { "" } else { "s" },
        if warnings == 1 { "" } else { "s" },
        if unreviewed > 0 {
            format!(", {unreviewed} unreviewed")
        } else {
            String::new()
        }
    )?;
    Ok(u8::from(errors > 0 || (deny_warnings && warnings > 0)))
}

/// A warning for each of `seen` whose event id is that of one of `others`, the files a game
/// loads: a game would play only one of the two. The bundled file itself, validated from the
/// repository's questions/ folder, is no clash with the copy built into the program.
fn same_events(seen: &[Seen], others: &[Loaded]) -> Vec<Problem> {
    let itself =
        |l: &Seen, o: &Loaded| matches!(o.origin, Origin::Bundled(_)) && l.file == Some(&o.file);
    seen.iter()
        .filter_map(|l| {
            let id = l.event;
            let other = others
                .iter()
                .find(|o| o.file.event.id == *id && !itself(l, o))?;
            Some(Problem {
                severity: Severity::Warning,
                file: l.origin.to_string(),
                field: "event.id".into(),
                place: locate(&source_text(l.origin, l.text), "event.id"),
                message: format!(
                    "{} is also the event id of {}, which a game loads; a game plays only the one it loads first, so give this event its own id",
                    quoted(id),
                    other.origin
                ),
                counts: 1,
            })
        })
        .collect()
}

/// Prints why a file could not be loaded (each mistake with an excerpt of its line and a caret
/// under its column), and returns how many errors that is.
fn write_load_error(out: &mut dyn Write, e: &LoadError) -> std::io::Result<usize> {
    let LoadError::Malformed { path, mistakes } = e else {
        writeln!(
            out,
            "{}",
            clean_line(&e.to_string()).replacen(": ", ": error: ", 1)
        )?;
        return Ok(1);
    };
    for m in mistakes {
        let field = if m.field.is_empty() {
            String::new()
        } else {
            format!("{}: ", clean_line(&m.field))
        };
        writeln!(
            out,
            "{}:{}:{}: error: {field}{}",
            clean_line(path),
            m.line,
            m.column,
            clean_line(&m.message)
        )?;
        excerpt(out, &m.excerpt, m.line, m.column)?;
    }
    Ok(mistakes.len())
}

/// The line, cut to 160 characters around the column, with a caret under the column.
fn excerpt(
    out: &mut dyn Write,
    line_text: &str,
    line: usize,
    column: usize,
) -> std::io::Result<()> {
    // A long line is shown from a little before the column, so the caret stays on screen.
    let skip = column.saturating_sub(1).saturating_sub(100);
    let tail: String = line_text.chars().skip(skip).collect();
    let shown: String = clean_line(&tail).chars().take(160).collect();
    let gutter = line.to_string().len();
    writeln!(out, "{line:>gutter$} | {shown}")?;
    // The column counts characters of the raw line; escapes shown make the line longer.
    let before: String = tail.chars().take(column.saturating_sub(1) - skip).collect();
    let caret = clean_line(&before)
        .chars()
        .count()
        .min(shown.chars().count());
    writeln!(out, "{:>gutter$} | {}^", "", " ".repeat(caret))
}
