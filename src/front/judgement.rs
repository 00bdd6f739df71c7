//! A player's judgement, as the summary and `scores` show it: the calibration table and its
//! sentence (`--confidence`), and accuracy per verdict with the lean on fact-check claims.

use std::io::{self, Write};

use super::play::say;
use super::style::Style;
use crate::engine::Confidence;
use crate::stats::{Calibration, Lean, band_text};

/// The calibration table, a line for each level (answers, share right, where it pays best), and
/// the sentence:
///
/// ```text
/// How sure  answers right  pays best
/// 1 a guess       2   50%  below 67%
/// ```
///
/// (35 columns: it fits a terminal of 40 with an indent of two.)
pub fn calibration_table(
    out: &mut dyn Write,
    style: Style,
    calibration: &Calibration,
    indent: &str,
) -> io::Result<()> {
    let head = format!(
        "{:<10}{:>7} {:>5}  pays best",
        "How sure", "answers", "right"
    );
    writeln!(out, "{indent}{}", style.dim(&head))?;
    for level in &calibration.levels {
        let share = level
            .share()
            .map_or("–".to_owned(), |p| format!("{:.0}%", p * 100.0));
        let name = match level.level {
            Confidence::Guess => "1 a guess",
            Confidence::Fairly => "2 fairly",
            Confidence::Certain => "3 certain",
        };
        writeln!(
            out,
            "{indent}{name:<10}{:>7} {share:>5}  {}",
            level.answers,
            band_text(level.level)
        )?;
    }
    say(
        out,
        style,
        &format!("{indent}{}", calibration.sentence()),
        &format!("{indent}  "),
    )
}

/// "By verdict: not stated 1/5 · refuted 3/3 · supported 3/3", and the lean when there is one:
/// "Lean: you called 4 of 5 not-stated claims refuted: too sceptical."
pub fn verdicts(out: &mut dyn Write, style: Style, lean: &Lean, label: &str) -> io::Result<()> {
    let tallies: Vec<String> = lean
        .by_verdict
        .iter()
        .map(|(name, t)| format!("{name} {}/{}", t.correct, t.answered))
        .collect();
    let pad = " ".repeat(label.len());
    say(out, style, &format!("{label}{}", tallies.join(" · ")), &pad)?;
    if let Some(sentence) = &lean.sentence {
        let line = format!("Lean: {}.", sentence);
        say(out, style, &style.bad(&line), "  ")?;
    }
    Ok(())
}
