//! Playing a game over any line-based input and text output: the question screens, the feedback
//! with its evidence after each answer, and the final summary.

use std::io::{self, BufRead, Write};

use super::style::Style;
use super::text::{clean_line, wrap};
use crate::check::Match;
use crate::check::number::group_thousands;
use crate::engine::{Answer, Game, Step};
use crate::question::{Kind, Question};

/// What the opening lines say about the game.
#[derive(Debug, Clone)]
pub struct Header {
    /// The event or events played ("North Korea returns Korean War remains (27 July 2018)").
    pub title: String,
    /// How many questions were asked for, when fewer could be drawn.
    pub asked: usize,
    pub available: usize,
}

#[derive(Debug, Clone, Copy)]
pub struct Session {
    pub style: Style,
    /// Write each answer after the prompt, for input that does not echo itself (a pipe or a file).
    pub echo: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    Finished,
    Quit,
    EndOfInput,
}

const WIDTH: usize = 78;

/// Plays `game` to its end, reading one answer a line, then prints the summary.
pub fn play(
    game: &mut Game,
    header: &Header,
    session: &Session,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> io::Result<Ending> {
    let style = session.style;
    let total = game.questions().len();
    writeln!(
        out,
        "{}",
        style.strong(&wrap(&clean_line(&header.title), WIDTH, 0, ""))
    )?;
    writeln!(
        out,
        "{}",
        style.dim(&format!(
            "factquiz {} · {total} question{} · seed {}",
            env!("CARGO_PKG_VERSION"),
            plural(total),
            game.seed()
        ))
    )?;
    if total < header.asked {
        writeln!(
            out,
            "{}",
            style.dim(&format!(
                "You asked for {} questions, but only {} can be drawn with these options: playing {}.",
                header.asked, header.available, total
            ))
        )?;
    }
    writeln!(
        out,
        "{}",
        style.dim("Type an answer, skip, or q to quit. Answers are checked against the source.")
    )?;
    let ending = loop {
        let Some((i, question)) = game.current() else {
            break Ending::Finished;
        };
        writeln!(out)?;
        ask(out, style, i, total, question, game)?;
        let step = loop {
            write!(out, "{}", style.accent("> "))?;
            out.flush()?;
            let Some(line) = read_line(input)? else {
                writeln!(out)?;
                break None;
            };
            if session.echo {
                writeln!(out, "{}", clean_line(&line))?;
            }
            match game.respond(&line) {
                Step::Empty => continue,
                Step::AskAgain(hint) => writeln!(out, "  {}", style.dim(&format!("({hint})")))?,
                step => break Some(step),
            }
        };
        match step {
            None => {
                game.end();
                break Ending::EndOfInput;
            }
            Some(Step::Quit) => break Ending::Quit,
            Some(Step::Answered(feedback)) => {
                let question = &game.questions()[i];
                tell(
                    out,
                    style,
                    question,
                    &feedback.answer,
                    feedback.score.streak,
                )?;
            }
            Some(_) => {}
        }
    };
    writeln!(out)?;
    summary(out, style, game, ending)?;
    Ok(ending)
}

/// One line of input without its line ending; invalid UTF-8 is replaced, not an error.
fn read_line(input: &mut dyn BufRead) -> io::Result<Option<String>> {
    let mut bytes = Vec::new();
    if input.read_until(b'\n', &mut bytes)? == 0 {
        return Ok(None);
    }
    Ok(Some(
        String::from_utf8_lossy(&bytes)
            .trim_end_matches(['\n', '\r'])
            .to_owned(),
    ))
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
    let pad = WIDTH
        .saturating_sub(left.chars().count() + right.chars().count())
        .max(2);
    writeln!(
        out,
        "{}{}{}",
        style.strong(&left),
        " ".repeat(pad),
        style.dim(&right)
    )?;
    let prompt = clean_line(&q.prompt);
    match q.kind {
        Kind::Short => writeln!(out, "{}", wrap(&prompt, WIDTH, 0, "")),
        Kind::Choice => {
            writeln!(out, "{}", wrap(&prompt, WIDTH, 0, ""))?;
            for (n, option) in q.options.iter().enumerate() {
                let option = wrap(&clean_line(option), WIDTH, 5, "     ");
                writeln!(out, "  {}) {option}", char::from(b'a' + n as u8))?;
            }
            Ok(())
        }
        Kind::Truefalse => {
            writeln!(out, "True or false? {}", wrap(&prompt, WIDTH, 15, ""))?;
            writeln!(out, "{}", style.dim("(t / f)"))
        }
        Kind::Verdict => {
            writeln!(out, "Claim: “{}”", wrap(&prompt, WIDTH, 8, "        "))?;
            writeln!(
                out,
                "Supported, refuted, or not stated in the source?  {}",
                style.dim("(s / r / n)")
            )
        }
    }
}

fn tell(
    out: &mut dyn Write,
    style: Style,
    q: &Question,
    answer: &Answer,
    streak: u32,
) -> io::Result<()> {
    let solution = clean_line(&q.solution);
    if answer.skipped {
        writeln!(out, "{} the answer is {solution}.", style.dim("→ Skipped:"))?;
    } else if answer.correct {
        let points = format!(
            "+{} point{} · streak {streak}",
            answer.points,
            plural(answer.points as usize)
        );
        // The points go on their own line when the answer is long.
        let width =
            "✓ Right: ".chars().count() + solution.chars().count() + 3 + points.chars().count();
        let gap = if width > WIDTH { "\n  " } else { "  " };
        writeln!(
            out,
            "{} {solution}.{gap}{}",
            style.good("✓ Right:"),
            style.dim(&points)
        )?;
        if let Some(note) = note(&answer.how) {
            writeln!(out, "  {}", style.dim(&note))?;
        }
    } else {
        writeln!(
            out,
            "{} the answer is {solution}; you said {}.",
            style.bad("✗ Wrong:"),
            said(answer)
        )?;
    }
    evidence(out, style, q, "  ")
}

fn evidence(out: &mut dyn Write, style: Style, q: &Question, indent: &str) -> io::Result<()> {
    let inferred = if q.inferred {
        " (inferred, not stated outright)"
    } else {
        ""
    };
    if q.paragraphs.is_empty() && q.explanation.trim().is_empty() {
        return writeln!(
            out,
            "{indent}{}",
            style.accent("No evidence: the question file cites no source for this one.")
        );
    }
    let label = match q.cited() {
        cited if cited.is_empty() => "Evidence".to_owned(),
        cited => format!("Evidence {cited}"),
    };
    let used = indent.chars().count() + label.chars().count() + inferred.len() + 2;
    let body = wrap(
        &clean_line(&q.explanation),
        WIDTH,
        used,
        &format!("{indent}  "),
    );
    writeln!(out, "{indent}{}{inferred}: {body}", style.accent(&label))
}

/// What the player said, as read, with how far off a number was: "7600 (100 too low)".
fn said(answer: &Answer) -> String {
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
fn distance(off: f64) -> String {
    let side = if off > 0.0 { "too high" } else { "too low" };
    format!("{} {side}", amount(off.abs()))
}

/// A number as people write it: "7,700", "2.5".
fn amount(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        group_thousands(value as i64)
    } else {
        format!("{:.3}", value)
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_owned()
    }
}

fn summary(out: &mut dyn Write, style: Style, game: &Game, ending: Ending) -> io::Result<()> {
    let score = game.score();
    let total = game.questions().len();
    if ending != Ending::Finished {
        let why = if ending == Ending::Quit {
            "You quit"
        } else {
            "Input ended"
        };
        writeln!(out, "{why} after {} of {total} questions.", score.answered)?;
    }
    let skipped = if score.skipped > 0 {
        format!(" ({} skipped)", score.skipped)
    } else {
        String::new()
    };
    writeln!(
        out,
        "{} {} of {} points · {} right / {} answered{skipped} / {total} questions",
        style.strong("Game over:"),
        score.points,
        game.max_score(),
        score.correct,
        score.answered,
    )?;
    writeln!(
        out,
        "Accuracy {:.0}% · best streak {} · seed {} (replay this game with --seed {})",
        score.accuracy() * 100.0,
        score.best_streak,
        game.seed(),
        game.seed()
    )?;
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

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests;
