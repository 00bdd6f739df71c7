//! Playing a game over any line-based input and text output: the question screens, the feedback
//! with its evidence after each answer, and the final summary.

use std::io::{self, Write};
use std::time::{Duration, Instant};

use super::at_prompt::{help, overridden, overrides_at_end};
use super::input::{Input, Line};
use super::style::Style;
use super::text::{clean_line, columns, fill, wrap};
use crate::check::Match;
use crate::check::number::group_thousands;
use crate::engine::{Answer, Game, Step};
use crate::history::{Ending, Mode};
use crate::question::{Kind, Question};

/// What the opening lines say about the game.
#[derive(Debug, Clone)]
pub struct Header {
    /// The event or events played ("Apollo 11 lands on the Moon (20 July 1969)"); see `heading`.
    pub title: String,
    /// How many questions were asked for, when fewer could be drawn.
    pub asked: usize,
    pub available: usize,
    /// A plain game, practice or a retry: the header says which, for the last two.
    pub mode: Mode,
}

/// Writes `line` wrapped to the width of `style`, its later lines starting with `indent`.
pub(super) fn say(out: &mut dyn Write, style: Style, line: &str, indent: &str) -> io::Result<()> {
    writeln!(out, "{}", fill(line, style.width, indent))
}

/// Plays `game` to its end (the last question, `q`, the end of input or Ctrl-C), reading one answer
/// a line. The summary is `summary`'s.
pub fn play(
    game: &mut Game,
    header: &Header,
    style: Style,
    input: &mut dyn Input,
    out: &mut dyn Write,
) -> io::Result<Ending> {
    let total = game.questions().len();
    writeln!(
        out,
        "{}",
        style.strong(&wrap(&clean_line(&header.title), style.width, 0, ""))
    )?;
    say(
        out,
        style,
        &style.dim(&format!(
            "factquiz {} · {}{total} question{}{}{} · seed {}",
            env!("CARGO_PKG_VERSION"),
            match header.mode {
                Mode::Play => "",
                Mode::Practice => "practice · ",
                Mode::Retry => "retry of the last game's misses · ",
            },
            plural(total),
            if game.rules().strict {
                " · strict"
            } else {
                ""
            },
            match game.rules().time_limit {
                Some(ms) => format!(" · timed {} s", amount(ms as f64 / 1000.0)),
                None => String::new(),
            },
            game.seed()
        )),
        "",
    )?;
    if let Some(limit) = game.rules().time_limit {
        say(
            out,
            style,
            &style.dim(&format!(
                "Timed: {} seconds a question; the faster a right answer, the more it earns.",
                amount(limit as f64 / 1000.0)
            )),
            "",
        )?;
    }
    if total < header.asked {
        say(
            out,
            style,
            &style.dim(&format!(
                "You asked for {} questions, but only {} can be drawn with these options: playing {}.",
                header.asked, header.available, total
            )),
            "",
        )?;
    }
    say(
        out,
        style,
        &style.dim("Type an answer, skip, or q to quit. Answers are checked against the source."),
        "",
    )?;
    let mut told_of_override = false;
    let ending = loop {
        let Some((i, question)) = game.current() else {
            break Ending::Finished;
        };
        writeln!(out)?;
        ask(out, style, i, total, question, game)?;
        let shown = Instant::now();
        // Timed: the limit runs from when the question is shown, through any re-ask.
        let deadline = game
            .rules()
            .time_limit
            .map(|ms| shown + Duration::from_millis(ms));
        let mut not_answers = 0;
        let step = loop {
            let prompt = style.accent("> ");
            let read = match deadline {
                Some(deadline) => input.read_by(&prompt, deadline, out)?,
                None => input.read(&prompt, out)?,
            };
            let elapsed = u64::try_from(shown.elapsed().as_millis()).unwrap_or(u64::MAX);
            let line = match read {
                Line::Text(line) => line,
                Line::TimeUp => break Ok(game.time_up(elapsed)),
                Line::End => break Err(Ending::EndOfInput),
                Line::Interrupted => break Err(Ending::Interrupted),
            };
            match game.respond(&line, elapsed) {
                Step::Empty => continue,
                Step::AskAgain(hint) => {
                    say(
                        out,
                        style,
                        &format!("  {}", style.dim(&format!("({hint})"))),
                        "   ",
                    )?;
                }
                Step::Help => say(
                    out,
                    style,
                    &format!("  {}", style.dim(&help(&game.questions()[i]))),
                    "   ",
                )?,
                Step::Confirm(option) => {
                    let text = clean_line(&game.questions()[i].options[option]);
                    let line = format!(
                        "  Did you mean {}) {text}? {}",
                        char::from(b'a' + option as u8),
                        style.dim("(y / n)")
                    );
                    say(out, style, &line, "    ")?;
                }
                Step::Overridden(index) => {
                    overridden(out, style, game, index)?;
                    continue;
                }
                step => break Ok(step),
            }
            not_answers += 1;
            if input.patience().is_some_and(|most| not_answers >= most) {
                say(
                    out,
                    style,
                    &style.dim(&format!(
                        "({not_answers} lines in a row were not answers; ending the game.)"
                    )),
                    "",
                )?;
                break Err(Ending::EndOfInput);
            }
        };
        match step {
            Err(ending) => {
                game.end();
                break ending;
            }
            Ok(Step::Quit) => break Ending::Quit,
            Ok(Step::Answered(feedback)) => {
                let question = &game.questions()[i];
                tell(
                    out,
                    style,
                    question,
                    &feedback.answer,
                    feedback.score.streak,
                    game.rules().time_limit,
                )?;
                if game.can_override(i) && !told_of_override {
                    told_of_override = true;
                    let hint = "Sure you were right? Type ! at the next prompt to count it.";
                    say(out, style, &format!("  {}", style.dim(hint)), "  ")?;
                }
            }
            Ok(_) => {}
        }
    };
    writeln!(out)?;
    if matches!(ending, Ending::Finished | Ending::Quit) {
        overrides_at_end(game, style, input, out)?;
    }
    Ok(ending)
}

fn ask(
    out: &mut dyn Write,
    style: Style,
    i: usize,
    total: usize,
    q: &Question,
    game: &Game,
) -> io::Result<()> {
    let score = game.score();
    let left = format!(
        "[{}/{total}] score {} · streak {}",
        i + 1,
        score.points,
        score.streak
    );
    let right = format!("{} · {}", q.kind.label(), q.difficulty.name());
    let room = style.width.saturating_sub(columns(&left) + columns(&right));
    if room >= 2 {
        writeln!(
            out,
            "{}{}{}",
            style.strong(&left),
            " ".repeat(room),
            style.dim(&right)
        )?;
    } else {
        // A narrow terminal: the kind and difficulty go on a line of their own.
        writeln!(out, "{}", style.strong(&left))?;
        writeln!(out, "{}", style.dim(&right))?;
    }
    let prompt = clean_line(&q.prompt);
    match q.kind {
        Kind::Short => say(out, style, &prompt, ""),
        Kind::Choice => {
            say(out, style, &prompt, "")?;
            for (n, option) in q.options.iter().enumerate() {
                let line = format!("  {}) {}", char::from(b'a' + n as u8), clean_line(option));
                say(out, style, &line, "     ")?;
            }
            Ok(())
        }
        Kind::Truefalse => {
            say(out, style, &format!("True or false? {prompt}"), "")?;
            writeln!(out, "{}", style.dim("(t / f)"))
        }
        Kind::Verdict => {
            say(out, style, &format!("Claim: “{prompt}”"), "        ")?;
            let question = format!(
                "Supported, refuted, or not stated in the source?  {}",
                style.dim("(s / r / n)")
            );
            say(out, style, &question, "")
        }
    }
}

fn tell(
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
        let line = format!("{} the answer is {solution}.", style.dim("→ Skipped:"));
        say(out, style, &line, "  ")?;
    } else if answer.late && answer.given.is_empty() {
        let limit = limit.map_or(0.0, |l| l as f64 / 1000.0);
        let line = format!(
            "{} the answer is {solution}. ({} a question: no points.)",
            style.bad("⏱ Time's up:"),
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
        let points = format!(
            "+{} point{}{time} · streak {streak}",
            answer.points,
            plural(answer.points as usize)
        );
        // The points go on their own line when the answer is long.
        let right = format!("{} {solution}.", style.good("✓ Right:"));
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
    }
    evidence(out, style, q, "  ")
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

pub(super) fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests;
