//! `factquiz scores`: best scores, the last games, accuracy over time, by kind and by answer type.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use crate::error::Error;
use crate::front::{clean_line, count, write_json};
use crate::record::{Ending, Mode, Record};
use crate::stats::{Tally, summarize};

pub fn scores(
    records: &[Record],
    limit: usize,
    json: bool,
    path: &Path,
    out: &mut dyn Write,
) -> Result<(), Error> {
    let summary = summarize(records, limit);
    if json {
        write_json(out, &summary)?;
        return Ok(());
    }
    if summary.games == 0 {
        writeln!(
            out,
            "No games yet. Play one with `factquiz`; each game is kept in {}.",
            clean_line(&path.display().to_string())
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "{} game{} · {} answered · accuracy {}",
        summary.games,
        if summary.games == 1 { "" } else { "s" },
        summary.overall.answered,
        percent(&summary.overall)
    )?;
    writeln!(out, "\nBest scores (plain games, by events and length):")?;
    for best in &summary.best {
        writeln!(
            out,
            "  {:<34} {:>3} of {:<3} in {}  {}",
            clean_line(&best.events.join(", ")),
            best.score,
            best.max_score,
            count(best.total, "question"),
            day(&best.time)
        )?;
    }
    last_games(out, &summary.last)?;
    writeln!(out, "\nAccuracy by day:")?;
    for d in &summary.by_day {
        writeln!(
            out,
            "  {}  {:>3} game{}  {:>4}  ({}/{})",
            clean_line(&d.date),
            d.games,
            if d.games == 1 { " " } else { "s" },
            percent(&d.tally),
            d.tally.correct,
            d.tally.answered
        )?;
    }
    writeln!(out, "\nBy kind (weakest first):")?;
    groups(out, &weakest_first(&summary.by_kind))?;
    writeln!(out, "\nBy answer type (weakest first):")?;
    groups(out, &weakest_first(&summary.by_type))?;
    Ok(())
}

/// "Last games:", one a line: when, the mode, the score, right of answered, how it ended, the seed.
fn last_games(out: &mut dyn Write, last: &[crate::stats::PastGame]) -> Result<(), Error> {
    writeln!(out, "\nLast games:")?;
    for game in last {
        let mode = match game.mode {
            Mode::Play => "play",
            Mode::Practice => "practice",
            Mode::Retry => "retry",
        };
        let ending = match game.ending {
            Ending::Finished => "",
            Ending::Quit => " (quit)",
            Ending::EndOfInput => " (input ended)",
            Ending::Interrupted => " (interrupted)",
        };
        writeln!(
            out,
            "  {}  {mode:<8} {:>3} of {:<3} {}/{} right of {}{ending}  seed {}",
            clean_line(&game.time.replace('T', " ").replace('Z', "")),
            game.score,
            game.max_score,
            game.correct,
            // A skip is no answer (the history keeps skips among the answered).
            game.answered - game.skipped.min(game.answered),
            game.total,
            game.seed
        )?;
    }
    Ok(())
}

/// The groups of `map`, the lowest share right first (ties by name).
fn weakest_first(map: &BTreeMap<&'static str, Tally>) -> Vec<(&'static str, Tally)> {
    let mut groups: Vec<_> = map.iter().map(|(k, v)| (*k, *v)).collect();
    groups.sort_by_key(|(_, t)| t.percent().unwrap_or(0));
    groups
}

fn groups(out: &mut dyn Write, groups: &[(&str, Tally)]) -> std::io::Result<()> {
    for (name, t) in groups {
        writeln!(
            out,
            "  {name:<13} {:>4}  ({}/{})",
            percent(t),
            t.correct,
            t.answered
        )?;
    }
    Ok(())
}

fn percent(t: &Tally) -> String {
    t.percent().map_or("–".to_owned(), |p| format!("{p}%"))
}

fn day(time: &str) -> String {
    clean_line(&time.chars().take(10).collect::<String>())
}
