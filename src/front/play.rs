//! Playing a game over any line-based input and text output: the question screens, the feedback
//! with its evidence after each answer, and the final summary.

use std::io::{self, Write};
use std::time::Instant;

use super::input::{Input, Line};
use super::style::Style;
use super::text::{clean_line, wrap};
use crate::check::Match;
use crate::check::number::group_thousands;
use crate::engine::{Answer, Game, Step};
use crate::history::{Ending, Mode, Record};
use crate::question::{Kind, Question};
use crate::stats::{Tally, breakdown};

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

const WIDTH: usize = 78;

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
        style.strong(&wrap(&clean_line(&header.title), WIDTH, 0, ""))
    )?;
    writeln!(
        out,
        "{}",
        style.dim(&format!(
            "factquiz {} · {}{total} question{} · seed {}",
            env!("CARGO_PKG_VERSION"),
            match header.mode {
                Mode::Play => "",
                Mode::Practice => "practice · ",
                Mode::Retry => "retry of the last game's misses · ",
            },
            plural(total),
            game.seed()
        ))
    )?;
    if let Some(limit) = game.rules().time_limit {
        writeln!(
            out,
            "{}",
            style.dim(&format!(
                "Timed: {} seconds a question; the faster a right answer, the more it earns.",
                amount(limit as f64 / 1000.0)
            ))
        )?;
    }
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
        let shown = Instant::now();
        let mut not_answers = 0;
        let step = loop {
            let line = match input.read(&style.accent("> "), out)? {
                Line::Text(line) => line,
                Line::End => break Err(Ending::EndOfInput),
                Line::Interrupted => break Err(Ending::Interrupted),
            };
            let elapsed = u64::try_from(shown.elapsed().as_millis()).unwrap_or(u64::MAX);
            match game.respond(&line, elapsed) {
                Step::Empty => continue,
                Step::AskAgain(hint) => {
                    writeln!(out, "  {}", style.dim(&format!("({hint})")))?;
                    not_answers += 1;
                    if input.patience().is_some_and(|most| not_answers >= most) {
                        writeln!(
                            out,
                            "{}",
                            style.dim(&format!(
                                "({not_answers} lines in a row were not answers; ending the game.)"
                            ))
                        )?;
                        break Err(Ending::EndOfInput);
                    }
                }
                step => break Ok(step),
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
            }
            Ok(_) => {}
        }
    };
    writeln!(out)?;
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
    limit: Option<u64>,
) -> io::Result<()> {
    let solution = clean_line(&q.solution);
    let seconds = |secs: f64| format!("{} s", amount((secs * 10.0).round() / 10.0));
    if answer.skipped {
        writeln!(out, "{} the answer is {solution}.", style.dim("→ Skipped:"))?;
    } else if answer.correct && answer.late {
        let limit = limit.map_or(0.0, |l| l as f64 / 1000.0);
        writeln!(
            out,
            "{} {solution}, but after the time limit ({} of {}): no points.",
            style.good("✓ Right:"),
            seconds(answer.elapsed as f64 / 1000.0),
            seconds(limit)
        )?;
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

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests;
