//! `factquiz scores`: best scores, the last games, accuracy over time, by kind and by answer type.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use crate::error::Error;
use crate::front::{Style, calibration_table, clean_line, count, verdicts, write_json};
use crate::record::{Ending, Mode, Record};
use crate::stats::{CalibrationVerdict, Summary, Tally, summarize};

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
            "  {:<34} {:>3} of {:<3} in {}  {}{}",
            clean_line(&best.events.join(", ")),
            best.score,
            best.max_score,
            count(best.total, "question"),
            day(&best.time),
            if best.confidence {
                "  (confidence)"
            } else {
                ""
            }
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
    judgement(out, &summary)
}

/// Accuracy per verdict and the lean; with games played with `--confidence`, the calibration of
/// them all and day by day.
fn judgement(out: &mut dyn Write, summary: &Summary) -> Result<(), Error> {
    if let Some(lean) = &summary.lean {
        writeln!(out, "\nFact-check claims by verdict:")?;
        verdicts(out, Style::PLAIN, lean, "  ")?;
        if lean.sentence.is_none() {
            writeln!(
                out,
                "  No lean towards calling claims refuted or supported."
            )?;
        }
    }
    if let Some(calibration) = &summary.calibration {
        let answers: u32 = calibration.levels.iter().map(|l| l.answers).sum();
        writeln!(
            out,
            "\nCalibration ({} with --confidence):",
            count(answers, "answer")
        )?;
        calibration_table(out, Style::PLAIN, calibration, "  ")?;
        writeln!(out, "\nCalibration by day:")?;
        for day in &summary.calibration_by_day {
            let answers: u32 = day.calibration.levels.iter().map(|l| l.answers).sum();
            let word = match day.calibration.verdict {
                CalibrationVerdict::OverConfident => "over-confident",
                CalibrationVerdict::UnderConfident => "under-confident",
                CalibrationVerdict::WellCalibrated => "well calibrated",
            };
            let shares: Vec<String> = day
                .calibration
                .levels
                .iter()
                .map(|l| match l.share() {
                    Some(p) => format!("{} {:.0}%", l.level.level(), p * 100.0),
                    None => format!("{} –", l.level.level()),
                })
                .collect();
            writeln!(
                out,
                "  {}  {:>11}  right at {}  {word}",
                clean_line(&day.date),
                count(answers, "answer"),
                shares.join(" · ")
            )?;
        }
    }
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
            "  {}  {mode:<8} {:>3} of {:<3} {}/{} right of {}{ending}  seed {}{}",
            clean_line(&game.time.replace('T', " ").replace('Z', "")),
            game.totals.score,
            game.totals.max_score,
            game.totals.correct,
            // A skip is no answer (the history keeps skips among the answered).
            game.totals.answers(),
            game.totals.total,
            game.seed,
            if game.confidence {
                "  (confidence)"
            } else {
                ""
            }
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
