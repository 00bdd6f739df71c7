//! What the player is told after each answer: right, wrong, skipped or late, with the points, what
//! the judge noticed (a spelling slip, how far off a number was), and the evidence from the source.

use std::io::{self, Write};

use super::play::say;
use super::style::Style;
use super::text::{clean_line, columns, count};
use crate::check::Match;
use crate::check::number::group_thousands;
use crate::engine::Answer;
use crate::question::Question;

/// The feedback on one answer: right, wrong, skipped or late, with the points, what the judge
/// noticed, and the evidence.
pub(super) fn tell(
    out: &mut dyn Write,
    style: Style,
    q: &Question,
    answer: &Answer,
    streak: u32,
    limit: Option<u64>,
) -> io::Result<()> {
    let solution = clean_line(&q.solution);
    let seconds = |secs: f64| format!("{} s", amount((secs * 10.0).round() / 10.0));
    if answer.skipped {
        let line = format!(
            "{} the answer is {}",
            style.dim("→ Skipped:"),
            stop(&solution)
        );
        say(out, style, &line, "  ")?;
    } else if answer.late && answer.given.is_empty() {
        let limit = limit.map_or(0.0, |l| l as f64 / 1000.0);
        let line = format!(
            "{} the answer is {} ({} a question: no points.)",
            style.bad("⏱ Time's up:"),
            stop(&solution),
            seconds(limit)
        );
        say(out, style, &line, "  ")?;
    } else if answer.late {
        let limit = limit.map_or(0.0, |l| l as f64 / 1000.0);
        let line = format!(
            "{} the answer is {solution}; you said {} after {} of {}: no points.",
            style.bad("⏱ Too late:"),
            said(answer),
            seconds(answer.elapsed as f64 / 1000.0),
            seconds(limit)
        );
        say(out, style, &line, "  ")?;
    } else if answer.correct {
        let time = match limit {
            Some(_) => format!(" in {}", seconds(answer.elapsed as f64 / 1000.0)),
            None => String::new(),
        };
        let points = match answer.confidence {
            Some(level) => format!("{} ({}){time}", signed(answer.earned()), level.name()),
            None => format!(
                "+{} point{}{time} · streak {streak}",
                answer.points,
                plural(answer.points as usize)
            ),
        };
        // The points go on their own line when the answer is long.
        let right = format!("{} {}", style.good("✓ Right:"), stop(&solution));
        if columns(&right) + 2 + columns(&points) > style.width {
            say(out, style, &right, "  ")?;
            say(out, style, &format!("  {}", style.dim(&points)), "  ")?;
        } else {
            writeln!(out, "{right}  {}", style.dim(&points))?;
        }
        if let Some(note) = note(&answer.how) {
            say(out, style, &format!("  {}", style.dim(&note)), "  ")?;
        }
    } else {
        let line = format!(
            "{} the answer is {solution}; you said {}.",
            style.bad("✗ Wrong:"),
            said(answer)
        );
        say(out, style, &line, "  ")?;
        if let Some(level) = answer.confidence {
            let marks = format!("{} (you said {})", signed(answer.earned()), level.name());
            say(out, style, &format!("  {}", style.dim(&marks)), "  ")?;
        }
    }
    // The evidence follows: after the evidence bonus, when the game asks one (`play`).
    Ok(())
}

/// `text` ending a sentence: with a full stop, unless it already ends with one ("3.12 a.m.").
fn stop(text: &str) -> String {
    if text.ends_with(['.', '?', '!']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

pub(super) fn evidence(
    out: &mut dyn Write,
    style: Style,
    q: &Question,
    indent: &str,
) -> io::Result<()> {
    let more = format!("{indent}  ");
    if q.paragraphs.is_empty() && q.explanation.trim().is_empty() {
        let none = style.accent("No evidence: the question file cites no source for this one.");
        return say(out, style, &format!("{indent}{none}"), &more);
    }
    let label = match q.cited() {
        cited if cited.is_empty() => "Evidence".to_owned(),
        cited => format!("Evidence {cited}"),
    };
    let line = format!(
        "{indent}{}: {}",
        style.accent(&label),
        clean_line(&q.explanation)
    );
    say(out, style, &line, &more)
}

/// What the player said, as read, with how far off a number was: "7600 (100 too low)".
pub(super) fn said(answer: &Answer) -> String {
    let given = clean_line(&answer.given);
    let mut notes: Vec<String> = answer.read_as.iter().map(|r| clean_line(r)).collect();
    notes.extend(note(&answer.how));
    if notes.is_empty() {
        given
    } else {
        format!("{given} ({})", notes.join("; "))
    }
}

/// What a judgement adds to "right" or "wrong": the spelling of a slip, how far off a number is.
fn note(how: &Match) -> Option<String> {
    match how {
        Match::Exact | Match::Wrong { off: None, .. } => None,
        Match::Slip { spelling, .. } => Some(format!(
            "Spelling slip accepted: it is spelled {}.",
            clean_line(spelling)
        )),
        Match::Within { off } => Some(format!("Within the tolerance: {}.", distance(*off))),
        Match::Wrong {
            off: Some(off),
            allowed,
        } => Some(match allowed {
            Some(allowed) => format!(
                "{}; answers within {} count",
                distance(*off),
                amount(*allowed)
            ),
            None => distance(*off),
        }),
    }
}

/// "100 too high", "2.5 too low".
pub fn distance(off: f64) -> String {
    let side = if off > 0.0 { "too high" } else { "too low" };
    format!("{} {side}", amount(off.abs()))
}

/// A number as people write it: "7,700", "2.5".
pub fn amount(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        group_thousands(value as i64)
    } else {
        format!("{:.3}", value)
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_owned()
    }
}

/// "−6 points", "0 points", "+2 points": certainty-based marks, with their sign.
pub(super) fn signed(marks: i32) -> String {
    let sign = match marks {
        0 => "",
        m if m < 0 => "−",
        _ => "+",
    };
    format!("{sign}{}", count(u64::from(marks.unsigned_abs()), "point"))
}

pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Match;
    use crate::engine::testing::bundled_game;

    fn answer(skipped: bool, correct: bool) -> Answer {
        Answer {
            given: if skipped { String::new() } else { "x".into() },
            read_as: None,
            correct,
            points: u32::from(correct),
            skipped,
            how: Match::Exact,
            elapsed: 0,
            late: false,
            overridden: false,
            typed: true,
            confidence: None,
        }
    }

    /// An answer that ends with its own full stop ("3.12 a.m.") gets no second one after
    /// "the answer is" or "Right:"; any other answer gets one.
    #[test]
    fn a_solution_that_ends_with_a_stop_gets_no_second_one() {
        let mut q = bundled_game(1, 1, crate::engine::Rules::default()).questions()[0].clone();
        for (solution, ends) in [("3.12 a.m.", "3.12 a.m."), ("260 km", "260 km.")] {
            q.solution = solution.into();
            for (skipped, correct) in [(true, false), (false, true)] {
                let mut out = Vec::new();
                tell(
                    &mut out,
                    Style::PLAIN,
                    &q,
                    &answer(skipped, correct),
                    1,
                    None,
                )
                .unwrap();
                let screen = String::from_utf8(out).unwrap();
                assert!(screen.contains(ends), "{screen}");
                assert!(!screen.contains(&format!("{ends}.")), "{screen}");
            }
        }
    }
}
