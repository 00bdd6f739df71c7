//! `factquiz validate`: every problem in every file, with the place, in one run.

use std::io::Write;

use crate::error::Error;
use crate::front::clean_line;
use crate::loader::{LoadError, Loaded};
use crate::model::UNREVIEWED;
use crate::validate::{Severity, validate as check};

/// Prints why each of `unreadable` could not be loaded and the problems of `loaded`, and returns
/// the exit status: 0 when every file is valid (and, with `deny_warnings`, has no warnings), 1
/// otherwise.
pub fn validate(
    loaded: &[Loaded],
    unreadable: &[LoadError],
    deny_warnings: bool,
    out: &mut dyn Write,
) -> Result<u8, Error> {
    let (mut errors, mut warnings) = (unreadable.len(), 0usize);
    let count = loaded.len() + unreadable.len();
    for e in unreadable {
        write_load_error(out, e)?;
    }
    for problem in check(loaded) {
        match problem.severity {
            Severity::Error => errors += 1,
            Severity::Warning => warnings += 1,
        }
        writeln!(out, "{}", clean_line(&problem.to_string()))?;
    }
    let mut unreviewed = 0;
    for file in loaded {
        let n = file.file.unreviewed();
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

fn write_load_error(out: &mut dyn Write, e: &LoadError) -> std::io::Result<()> {
    match e {
        LoadError::Syntax {
            path,
            line,
            column,
            message,
            excerpt,
        }
        | LoadError::Shape {
            path,
            line,
            column,
            message,
            excerpt,
            ..
        } => {
            let field = match e {
                LoadError::Shape { field, .. } => format!("{}: ", clean_line(field)),
                _ => String::new(),
            };
            writeln!(
                out,
                "{}:{line}:{column}: error: {field}{}",
                clean_line(path),
                clean_line(message)
            )?;
            let shown: String = clean_line(excerpt).chars().take(160).collect();
            let gutter = line.to_string().len();
            writeln!(out, "{:>gutter$} | {shown}", line)?;
            // The column counts characters of the raw line; escapes shown make the line longer.
            let before: String = excerpt.chars().take(column.saturating_sub(1)).collect();
            let caret = clean_line(&before)
                .chars()
                .count()
                .min(shown.chars().count());
            writeln!(out, "{:>gutter$} | {}^", "", " ".repeat(caret))
        }
        other => writeln!(
            out,
            "{}",
            clean_line(&other.to_string()).replacen(": ", ": error: ", 1)
        ),
    }
}
