//! `factquiz aliases`: the answers the player counted as right with `!`, grouped by fact, for an
//! author to add to the question file as aliases.

use std::io::Write;
use std::path::Path;

use serde::Serialize;

use crate::aliases::PlayerAlias;
use crate::error::Error;
use crate::front::{clean_line, write_json};

#[derive(Debug, Serialize)]
struct Listing<'a> {
    path: String,
    aliases: &'a [PlayerAlias],
    /// Only when the file cannot be read: its answers are unknown, not none.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    unreadable: bool,
}

pub fn aliases(
    aliases: &[PlayerAlias],
    path: &Path,
    json: bool,
    readable: bool,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let shown = path.display().to_string();
    if json {
        write_json(
            out,
            &Listing {
                path: shown,
                aliases,
                unreadable: !readable,
            },
        )?;
        return Ok(());
    }
    if !readable {
        writeln!(
            out,
            "No answers can be listed: {} cannot be read (see the warning).",
            clean_line(&shown)
        )?;
        return Ok(());
    }
    if aliases.is_empty() {
        writeln!(
            out,
            "No answers counted as right with ! yet (they are kept in {}).",
            clean_line(&shown)
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "Answers you counted as right with ! ({}), kept in {}:",
        aliases.len(),
        clean_line(&shown)
    )?;
    let mut facts: Vec<(&str, &str, &str)> = Vec::new();
    for a in aliases {
        if !facts.contains(&(&a.event, &a.fact, &a.answer)) {
            facts.push((&a.event, &a.fact, &a.answer));
        }
    }
    for (event, fact, answer) in facts {
        writeln!(
            out,
            "  {} · {} (answer: {})",
            clean_line(event),
            clean_line(fact),
            clean_line(answer)
        )?;
        for a in aliases
            .iter()
            .filter(|a| a.event == event && a.fact == fact)
        {
            let day = a.time.get(..10).unwrap_or(&a.time);
            writeln!(
                out,
                "      {:?}  ({})",
                clean_line(&a.alias),
                clean_line(day)
            )?;
        }
    }
    writeln!(
        out,
        "To accept one for every player, add it to the fact's \"aliases\" in its question file."
    )?;
    Ok(())
}
