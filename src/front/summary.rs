//! The end of a game on screen: why it ended, the score, a new personal best, the breakdown by
//! kind and answer type, the answers counted as right with `!`, and every question missed or
//! skipped with its answer and evidence.

use std::io::{self, Write};

use super::feedback::{amount, evidence, said};
use super::play::say;
use super::source_view::{bonus_line, headline, hints_line};
use super::style::Style;
use super::text::{clean_line, columns, count};
use crate::engine::{Answer, Game, Outcome, Totals};
use crate::question::{Kind, Question};
use crate::record::{Ending, Mode, Record};
use crate::stats::{Tally, breakdown, calibration, lean};

use super::judgement::{calibration_table, verdicts};

/// The end of a game: why it ended, the score, a new personal best (when `previous_best`, the best
/// score of earlier games like it, is beaten), the breakdown by kind and answer type, the answers
/// counted as right with `!`, and every question missed or skipped with its answer and evidence.
pub fn summary(
    out: &mut dyn Write,
    style: Style,
    game: &Game,
    record: &Record,
    previous_best: Option<i32>,
    sources: &[String],
) -> io::Result<()> {
    totals(out, style, game, record, previous_best, sources)?;
    let (by_kind, by_type) = breakdown(&record.questions);
    if !by_kind.is_empty() {
        say(
            out,
            style,
            &format!("By kind:  {}", tallies(&by_kind)),
            "          ",
        )?;
        say(
            out,
            style,
            &format!("By type:  {}", tallies(&by_type)),
            "          ",
        )?;
    }
    hints_line(out, style, game)?;
    bonus_line(out, style, game)?;
    if let Some(lean) = lean(&record.questions) {
        verdicts(out, style, &lean, "By verdict:  ")?;
    }
    if let Some(calibration) = calibration(&record.questions) {
        writeln!(out, "Calibration (how sure you were, and how often right):")?;
        calibration_table(out, style, &calibration, "")?;
    }
    let counted: Vec<_> = game
        .questions()
        .iter()
        .zip(game.answers())
        .enumerate()
        .filter(|(_, (_, a))| a.overridden)
        .map(|(i, (q, a))| (i, q, a))
        .collect();
    if !counted.is_empty() {
        writeln!(out, "Counted as right at your word (!):")?;
        said_list(out, style, &counted, "the file's answer is")?;
    }
    missed(out, style, game)
}

/// Why the game ended, the score, the accuracy and seed, and a new personal best.
fn totals(
    out: &mut dyn Write,
    style: Style,
    game: &Game,
    record: &Record,
    previous_best: Option<i32>,
    sources: &[String],
) -> io::Result<()> {
    let score = game.score();
    let total = record.totals.total;
    let why = match record.ending {
        Ending::Finished => None,
        Ending::Quit => Some("You quit"),
        Ending::EndOfInput => Some("Input ended"),
        Ending::Interrupted => Some("Interrupted"),
    };
    if let Some(why) = why {
        let line = format!(
            "{why} after {} of {}.",
            score.answered,
            count(total as u64, "question")
        );
        say(out, style, &line, "")?;
    }
    let answered = game_over(out, style, game, &record.totals)?;
    // A game with no answer has no accuracy, rather than 0%.
    let accuracy = match answered {
        0 => "No answers, so no accuracy".to_owned(),
        n => format!(
            "Accuracy {:.0}%",
            f64::from(score.correct) * 100.0 / f64::from(n)
        ),
    };
    let line = format!(
        "{accuracy} · best streak {} · seed {}",
        score.best_streak,
        game.seed()
    );
    if record.mode == Mode::Play {
        // The command to replay stays whole on a line of its own when it does not fit: never
        // wrapped, so that it can be copied as it is (a quoted path may hold spaces).
        let hint = format!("(replay this game with {})", replay(record, sources));
        if columns(&line) + 1 + columns(&hint) <= style.width {
            writeln!(out, "{line} {hint}")?;
        } else {
            say(out, style, &line, "")?;
            writeln!(out, "{hint}")?;
        }
    } else {
        say(out, style, &line, "")?;
    }
    if let Some(best) = previous_best
        && record.totals.score > best
    {
        let line = style.good(&format!(
            "New personal best: {} points (your best before was {best}).",
            record.totals.score
        ));
        say(out, style, &line, "")?;
    }
    Ok(())
}

/// "Game over: 7 of 12 points · 3 right / 4 answered (1 skipped) / 5 questions"; returns how many
/// were answered (skips left out, late answers in).
fn game_over(out: &mut dyn Write, style: Style, game: &Game, totals: &Totals) -> io::Result<u32> {
    // A skip is no answer, and a late answer is an answer (not a right one).
    let answered = totals.answers();
    let late = game
        .answers()
        .iter()
        .filter(|a| a.outcome() == Outcome::Late)
        .count();
    let skipped = match (totals.skipped, late) {
        (0, 0) => String::new(),
        (skipped, 0) => format!(" ({skipped} skipped)"),
        (0, late) => format!(" ({late} late)"),
        (skipped, late) => format!(" ({skipped} skipped, {late} late)"),
    };
    let overridden = game.answers().iter().filter(|a| a.overridden).count();
    let by_word = if overridden > 0 {
        format!(" ({overridden} by !)")
    } else {
        String::new()
    };
    let line = format!(
        "{} {} of {} · {} right{by_word} / {answered} answered{skipped} / {}",
        style.strong("Game over:"),
        totals.score,
        count(totals.max_score, "point"),
        totals.correct,
        count(u64::from(totals.total), "question"),
    );
    say(out, style, &line, "")?;
    Ok(answered)
}

/// The options that give the same game again: `--seed 205 -n 5 --kind short --strict`.
/// The options that replay a game: `sources` are the arguments that named its questions
/// (`--questions FILE`, `--article FILE`), each written as a shell reads it.
pub fn replay(record: &Record, sources: &[String]) -> String {
    let options = &record.options;
    let mut line = String::new();
    for argument in sources {
        line.push_str(&crate::echo::shell_word(&clean_line(argument)));
        line.push(' ');
    }
    line.push_str(&format!("--seed {} -n {}", record.seed, options.count));
    for event in &options.events {
        line.push_str(&format!(" --event {}", clean_line(event)));
    }
    if options.kinds != Kind::ALL {
        for kind in &options.kinds {
            line.push_str(&format!(" --kind {}", kind.name()));
        }
    }
    if options.strict {
        line.push_str(" --strict");
    }
    if let Some(timed) = options.timed {
        line.push_str(&format!(" --timed {}", amount(timed)));
    }
    if !options.streak_bonus {
        line.push_str(" --no-streak-bonus");
    }
    if options.confidence {
        line.push_str(" --confidence");
    }
    line
}

/// Every question missed or skipped, with its answer, what was said, and the evidence.
fn missed(out: &mut dyn Write, style: Style, game: &Game) -> io::Result<()> {
    let missed: Vec<_> = game.missed().collect();
    if missed.is_empty() {
        if game.score().answered > 0 {
            writeln!(out, "{}", style.good("No misses."))?;
        }
        return Ok(());
    }
    writeln!(out, "Missed:")?;
    for (i, q, answer) in missed {
        let what = match q.kind {
            Kind::Verdict => format!("Claim “{}”", clean_line(&q.prompt)),
            Kind::Truefalse => format!("True or false? {}", clean_line(&q.prompt)),
            _ => headline(q),
        };
        say(out, style, &format!("  {:>2}. {what}", i + 1), "      ")?;
        let line = if answer.skipped {
            format!(
                "      answer: {}; skipped.",
                style.good(&clean_line(&q.solution))
            )
        } else if answer.late && answer.given.is_empty() {
            format!(
                "      answer: {}; no answer in time.",
                style.good(&clean_line(&q.solution))
            )
        } else if answer.late {
            format!(
                "      answer: {}; you said {} too late.",
                style.good(&clean_line(&q.solution)),
                style.bad(&said(answer))
            )
        } else {
            format!(
                "      answer: {}; you said {}.",
                style.good(&clean_line(&q.solution)),
                style.bad(&said(answer))
            )
        };
        say(out, style, &line, "        ")?;
        evidence(out, style, q, "      ")?;
    }
    Ok(())
}

/// Questions with what the player said and the answer ("the answer is", `answer`), numbered as
/// in the game: the answers `!` may count at the end, and those it counted. A counted answer that
/// was no text of the player's says it counts for this game only.
pub(super) fn said_list(
    out: &mut dyn Write,
    style: Style,
    entries: &[(usize, &Question, &Answer)],
    answer: &str,
) -> io::Result<()> {
    for (i, q, a) in entries {
        let line = format!("  {:>2}. {}", i + 1, headline(q));
        say(out, style, &line, "      ")?;
        let line = format!(
            "      you said {}; {answer} {}.",
            style.bad(&said(a)),
            style.good(&clean_line(&q.solution))
        );
        say(out, style, &line, "        ")?;
        if a.overridden && !a.typed {
            let only = style.dim("(for this game only: only text you type is remembered)");
            say(out, style, &format!("      {only}"), "       ")?;
        }
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

#[cfg(test)]
mod tests {
    use crate::echo::shell_word;

    #[test]
    fn a_path_is_quoted_only_where_a_shell_would_split_or_expand_it() {
        assert_eq!(
            shell_word("questions/my-event.json"),
            "questions/my-event.json"
        );
        assert_eq!(shell_word("my event.json"), "'my event.json'");
        assert_eq!(shell_word("it's.json"), "'it'\\''s.json'");
        assert_eq!(shell_word("$HOME.json"), "'$HOME.json'");
        assert_eq!(shell_word(""), "''");
    }
}
