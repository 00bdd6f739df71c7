//! The end of a game on screen: why it ended, the score, a new personal best, the breakdown by
//! kind and answer type, the answers counted as right with `!`, and every question missed or
//! skipped with its answer and evidence.

use std::io::{self, Write};

use super::play::{WIDTH, evidence, said};
use super::style::Style;
use super::text::{clean_line, wrap};
use crate::engine::Game;
use crate::history::{Ending, Mode, Record};
use crate::question::Kind;
use crate::stats::{Tally, breakdown};

/// The end of a game: why it ended, the score, a new personal best (when `previous_best`, the best
/// score of earlier games like it, is beaten), the breakdown by kind and answer type, and every
/// question missed or skipped with its answer and evidence.
pub fn summary(
    out: &mut dyn Write,
    style: Style,
    game: &Game,
    record: &Record,
    previous_best: Option<u32>,
) -> io::Result<()> {
    let score = game.score();
    let total = game.questions().len();
    let why = match record.ending {
        Ending::Finished => None,
        Ending::Quit => Some("You quit"),
        Ending::EndOfInput => Some("Input ended"),
        Ending::Interrupted => Some("Interrupted"),
    };
    if let Some(why) = why {
        writeln!(out, "{why} after {} of {total} questions.", score.answered)?;
    }
    let skipped = if score.skipped > 0 {
        format!(" ({} skipped)", score.skipped)
    } else {
        String::new()
    };
    let overridden = game.answers().iter().filter(|a| a.overridden).count();
    let by_word = if overridden > 0 {
        format!(" ({overridden} by !)")
    } else {
        String::new()
    };
    writeln!(
        out,
        "{} {} of {} points · {} right{by_word} / {} answered{skipped} / {total} questions",
        style.strong("Game over:"),
        score.points,
        game.max_score(),
        score.correct,
        score.answered,
    )?;
    writeln!(
        out,
        "Accuracy {:.0}% · best streak {} · seed {}{}",
        score.accuracy() * 100.0,
        score.best_streak,
        game.seed(),
        if record.mode == Mode::Play {
            format!(" (replay this game with --seed {})", game.seed())
        } else {
            String::new()
        }
    )?;
    if let Some(best) = previous_best
        && score.points > best
    {
        writeln!(
            out,
            "{}",
            style.good(&format!(
                "New personal best: {} points (your best before was {best}).",
                score.points
            ))
        )?;
    }
    let (by_kind, by_type) = breakdown(&record.questions);
    if !by_kind.is_empty() {
        writeln!(out, "By kind:  {}", tallies(&by_kind))?;
        writeln!(out, "By type:  {}", tallies(&by_type))?;
    }
    let counted: Vec<_> = game
        .questions()
        .iter()
        .zip(game.answers())
        .enumerate()
        .filter(|(_, (_, a))| a.overridden)
        .collect();
    if !counted.is_empty() {
        writeln!(out, "Counted as right at your word (!):")?;
        for (i, (q, answer)) in counted {
            writeln!(
                out,
                "  {:>2}. {}",
                i + 1,
                wrap(&clean_line(&q.prompt), WIDTH, 6, "      ")
            )?;
            writeln!(
                out,
                "      you said {}; the file's answer is {}.",
                clean_line(&answer.given),
                clean_line(&q.solution)
            )?;
        }
    }
    let missed: Vec<_> = game.missed().collect();
    if missed.is_empty() {
        if score.answered > 0 {
            writeln!(out, "{}", style.good("No misses."))?;
        }
        return Ok(());
    }
    writeln!(out, "Missed:")?;
    for (i, q, answer) in missed {
        let what = match q.kind {
            Kind::Verdict => format!("Claim “{}”", clean_line(&q.prompt)),
            Kind::Truefalse => format!("True or false? {}", clean_line(&q.prompt)),
            _ => clean_line(&q.prompt),
        };
        writeln!(out, "  {:>2}. {}", i + 1, wrap(&what, WIDTH, 6, "      "))?;
        if answer.skipped {
            writeln!(
                out,
                "      answer: {}; skipped.",
                style.good(&clean_line(&q.solution))
            )?;
        } else {
            writeln!(
                out,
                "      answer: {}; you said {}.",
                style.good(&clean_line(&q.solution)),
                style.bad(&said(answer))
            )?;
        }
        evidence(out, style, q, "      ")?;
    }
    Ok(())
}

/// "short 2/3 · choice 1/1"
fn tallies(groups: &std::collections::BTreeMap<&'static str, Tally>) -> String {
    groups
        .iter()
        .map(|(name, t)| format!("{name} {}/{}", t.correct, t.answered))
        .collect::<Vec<_>>()
        .join(" · ")
}
