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
    /// The event or events played ("North Korea returns Korean War remains (27 July 2018)").
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
    let mut told_of_override = false;
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
                }
                Step::Help => writeln!(
                    out,
                    "  {}",
                    style.dim(&wrap(&help(&game.questions()[i]), WIDTH, 2, "   "))
                )?,
                Step::Confirm(option) => {
                    let text = clean_line(&game.questions()[i].options[option]);
                    writeln!(
                        out,
                        "  Did you mean {}) {}? {}",
                        char::from(b'a' + option as u8),
                        wrap(&text, WIDTH, 20, "    "),
                        style.dim("(y / n)")
                    )?;
                }
                Step::Overridden(index) => {
                    overridden(out, style, game, index)?;
                    continue;
                }
                step => break Ok(step),
            }
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
                    writeln!(
                        out,
                        "  {}",
                        style.dim("Sure you were right? Type ! at the next prompt to count it.")
                    )?;
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

/// At the end of a game, the typed answers marked wrong, and a prompt to count any of them as
/// right (`!3`); an empty line, any other line or the end of input goes on to the summary.
fn overrides_at_end(
    game: &mut Game,
    style: Style,
    input: &mut dyn Input,
    out: &mut dyn Write,
) -> io::Result<()> {
    let missed: Vec<usize> = game.overridable().map(|(i, _, _)| i).collect();
    let Some(first) = missed.first() else {
        return Ok(());
    };
    writeln!(out, "Typed answers marked wrong:")?;
    for (i, q, a) in game.overridable() {
        writeln!(
            out,
            "  {:>2}. {}",
            i + 1,
            wrap(&clean_line(&q.prompt), WIDTH, 6, "      ")
        )?;
        writeln!(
            out,
            "      you said {}; the answer is {}.",
            style.bad(&clean_line(&a.given)),
            style.good(&clean_line(&q.solution))
        )?;
    }
    writeln!(
        out,
        "{}",
        style.dim(&format!(
            "Were you right? Type ! and the number to count it (!{}), or press Enter for the summary.",
            first + 1
        ))
    )?;
    while game.overridable().next().is_some() {
        let Line::Text(line) = input.read(&style.accent("> "), out)? else {
            break;
        };
        let Some(number) = line.trim().strip_prefix('!') else {
            break;
        };
        let index = match number.trim().parse::<usize>() {
            Ok(n) if n >= 1 => Some(n - 1),
            Err(_) if number.trim().is_empty() && missed.len() == 1 => Some(missed[0]),
            _ => None,
        };
        match index {
            Some(index) if game.override_answer(index) => overridden(out, style, game, index)?,
            _ => writeln!(
                out,
                "  {}",
                style.dim("(type ! and the number of a question listed above, or press Enter)")
            )?,
        }
    }
    writeln!(out)
}

/// Says that the answer at `index` now counts as right.
fn overridden(out: &mut dyn Write, style: Style, game: &Game, index: usize) -> io::Result<()> {
    let answer = &game.answers()[index];
    let text = format!(
        "{} Question {} counts as right at your word ({}); score {}.",
        style.good("✓"),
        index + 1,
        clean_line(&answer.given),
        game.score().points
    );
    writeln!(out, "  {}", wrap(&text, WIDTH, 2, "    "))
}

/// How to answer `q`'s kind of question (`?` or `help` at the prompt).
fn help(q: &Question) -> String {
    match q.kind {
        Kind::Short => "(Type the answer in your own words: numbers as digits or words (7,700 or \
            seven thousand seven hundred), dates as you like (27 July 2018, 27/7/2018); a small \
            slip in a name is accepted. skip skips, q quits; ! after an answer marked wrong counts \
            it as right.)"
            .to_owned(),
        Kind::Choice => format!(
            "(Type the letter as printed ({}), the number (1-{}), or the option's text. skip \
             skips, q quits.)",
            (0..q.options.len())
                .map(|n| char::from(b'a' + n as u8).to_string())
                .collect::<Vec<_>>()
                .join(", "),
            q.options.len()
        ),
        Kind::Truefalse => {
            "(Type t if the statement is true, f if it is false; yes and no work too. skip \
             skips, q quits.)"
                .to_owned()
        }
        Kind::Verdict => "(Type s if the source supports the claim, r if it says otherwise \
            (refuted), n if it does not say (not stated). skip skips, q quits.)"
            .to_owned(),
    }
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

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

#[cfg(test)]
mod tests;
