//! Playing a game over any line-based input and text output: the header, the question screens and
//! the reading of answers; the feedback after each answer is `feedback`'s, the summary `summary`'s.

use std::io::{self, Write};
use std::time::{Duration, Instant};

use super::at_prompt::{help, overridden, overrides_at_end, show_hint};
use super::feedback::{amount, evidence, plural, tell};
use super::input::{Input, Line};
use super::prompt::ask;
use super::source_view::{bonus, hint_taken};
use super::style::Style;
use super::text::{clean_line, fill, wrap};
use crate::engine::{Game, Step};
use crate::record::{Ending, Mode};

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
    opening(game, header, style, out)?;
    let mut told_of_override = false;
    let ending = loop {
        let Some((i, question)) = game.current() else {
            break Ending::Finished;
        };
        writeln!(out)?;
        ask(out, style, i, total, question, game)?;
        let mut step = respond(game, i, style, input, out)?;
        if matches!(step, Ok(Step::Sure)) {
            step = how_sure(game, style, input, out)?;
        }
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
                // The evidence bonus, if the game asks one, comes before the evidence itself.
                let ended = bonus(game, style, input, out)?;
                evidence(out, style, &game.questions()[i], "  ")?;
                hint_taken(out, style, game, i)?;
                if let Some(ending) = ended {
                    if ending != Ending::Quit {
                        game.end();
                    }
                    break ending;
                }
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

/// The header: the events, the version, the count, the mode and rules and the seed, then how to
/// answer.
fn opening(game: &Game, header: &Header, style: Style, out: &mut dyn Write) -> io::Result<()> {
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
            "factquiz {} · {}{total} question{}{} · seed {}",
            env!("CARGO_PKG_VERSION"),
            match header.mode {
                Mode::Play => "",
                Mode::Practice => "practice · ",
                Mode::Retry => "retry of the last game's misses · ",
            },
            plural(total),
            rule_labels(game.rules()),
            game.seed()
        )),
        "",
    )?;
    if let Some(limit) = game.rules().time_limit {
        // With --confidence, marks replace points and their time bonus.
        let pays = if game.rules().confidence {
            "an answer after that earns nothing"
        } else {
            "the faster a right answer, the more it earns"
        };
        say(
            out,
            style,
            &style.dim(&format!(
                "Timed: {} seconds a question; {pays}.",
                amount(limit as f64 / 1000.0)
            )),
            "",
        )?;
    }
    if game.rules().confidence {
        say(
            out,
            style,
            &style.dim(
                "Confidence: after each answer, say how sure you are. Right earns 1, 2 or 3 \
                 points (a guess, fairly, certain); wrong costs 0, 2 or 6.",
            ),
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
    // Only a game whose questions cite a source can promise its evidence: an imported trivia
    // bank cites none.
    let how = if game.questions().iter().any(|q| !q.paragraphs.is_empty()) {
        "Type an answer, skip, or q to quit. Answers are checked against the source."
    } else {
        "Type an answer, skip, or q to quit."
    };
    say(out, style, &style.dim(how), "")?;
    Ok(())
}

/// The header's names of the options that change how answers count: " · strict · confidence ·
/// timed 20 s".
fn rule_labels(rules: crate::engine::Rules) -> String {
    let mut labels = String::new();
    if rules.strict {
        labels.push_str(" · strict");
    }
    if rules.confidence {
        labels.push_str(" · confidence");
    }
    if let Some(ms) = rules.time_limit {
        labels.push_str(&format!(" · timed {} s", amount(ms as f64 / 1000.0)));
    }
    labels
}

/// Reads lines for question `i` until one answers it, quits, or ends the game (`Err`): a line that
/// is not an answer gets a hint and the question stands; the time limit runs from when the
/// question is shown, through any re-ask.
fn respond(
    game: &mut Game,
    i: usize,
    style: Style,
    input: &mut dyn Input,
    out: &mut dyn Write,
) -> io::Result<Result<Step, Ending>> {
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
            Step::Hint(hint) => {
                show_hint(out, style, &hint)?;
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
    Ok(step)
}

/// `--confidence`: asks how sure the player is of the answer just given, before saying whether
/// it was right, until a line gives a level (the answer then counts), quits, or ends the game
/// (`Err`). Never timed: the answer's time was taken when it was given.
fn how_sure(
    game: &mut Game,
    style: Style,
    input: &mut dyn Input,
    out: &mut dyn Write,
) -> io::Result<Result<Step, Ending>> {
    say(
        out,
        style,
        &format!(
            "How sure? {}",
            style.dim("1 (a guess), 2 (fairly), 3 (certain)")
        ),
        "  ",
    )?;
    let mut not_answers = 0;
    loop {
        let line = match input.read(&style.accent("> "), out)? {
            Line::Text(line) => line,
            Line::TimeUp | Line::End => return Ok(Err(Ending::EndOfInput)),
            Line::Interrupted => return Ok(Err(Ending::Interrupted)),
        };
        match game.respond(&line, 0) {
            Step::Empty => continue,
            Step::AskAgain(hint) => say(
                out,
                style,
                &format!("  {}", style.dim(&format!("({hint})"))),
                "   ",
            )?,
            step => return Ok(Ok(step)),
        }
        not_answers += 1;
        if input.patience().is_some_and(|most| not_answers >= most) {
            let line = format!("({not_answers} lines in a row were not answers; ending the game.)");
            say(out, style, &style.dim(&line), "")?;
            return Ok(Err(Ending::EndOfInput));
        }
    }
}

#[cfg(test)]
mod tests;
