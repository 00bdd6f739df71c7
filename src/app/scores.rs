//! Wiring for `factquiz scores`: the history read from the data folder, or moved aside.

use std::io::{BufRead, Write};

use super::Context;
use crate::commands;
use crate::error::Error;
use crate::front;
use crate::store::{History, LoadedHistory};

/// `factquiz scores`: the figures of the history, or (`--reset`) the history moved aside after
/// asking on stdin (unless `yes`).
pub(super) fn scores(
    json: bool,
    limit: usize,
    reset: bool,
    yes: bool,
    context: &mut Context,
) -> Result<u8, Error> {
    let Some(dir) = context.data.clone() else {
        return Err(Error::NoDataFolder("no history"));
    };
    let history = History::new(dir).with_max_bytes(context.max_bytes);
    let past = match history.read(false) {
        Ok(past) => past,
        // A history that cannot be read can still be moved aside.
        Err(e) if reset => LoadedHistory {
            records: Vec::new(),
            warnings: vec![e.to_string()],
        },
        Err(e) => return Err(e.into()),
    };
    for warning in &past.warnings {
        context.warn(warning)?;
    }
    let stdout = &mut context.stdout;
    if !reset {
        commands::scores(&past.records, limit, json, &history.path(), stdout)?;
        return Ok(0);
    }
    if past.records.is_empty() && !history.path().exists() {
        writeln!(stdout, "No history to clear.")?;
        return Ok(0);
    }
    if !yes {
        write!(
            stdout,
            "Clear the history of {} game{}? It is moved aside, not deleted. [y/N] ",
            past.records.len(),
            if past.records.len() == 1 { "" } else { "s" }
        )?;
        stdout.flush()?;
        let mut answer = String::new();
        context.stdin.lock().read_line(&mut answer)?;
        if !matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
            writeln!(stdout, "Nothing cleared.")?;
            return Ok(1);
        }
    }
    match history.reset()? {
        Some(aside) => writeln!(
            stdout,
            "History cleared; the old one is at {}",
            front::clean(&aside.display().to_string())
        )?,
        None => writeln!(stdout, "No history to clear.")?,
    }
    Ok(0)
}
