//! What a player may type at a prompt besides an answer: `?` for help on the kind of question,
//! `hint` for the cited paragraphs at half the points (#17), and `!` to count an answer marked
//! wrong as right (#11): at the next prompt one the player typed as text, or at the end of the
//! game any missed question, where they are listed.

use std::io::{self, Write};

use super::input::{Input, Line};
use super::play::say;
use super::style::Style;
use super::summary::said_list;
use super::text::clean_line;
use crate::engine::{BLANKED, Game, Hint};
use crate::question::{Kind, Question};

/// At the end of a game, the answers marked wrong, and a prompt to count any of them as right
/// (`!3`); an empty line, any other line or the end of input goes on to the summary.
pub(super) fn overrides_at_end(
    game: &mut Game,
    style: Style,
    input: &mut dyn Input,
    out: &mut dyn Write,
) -> io::Result<()> {
    let missed: Vec<usize> = game.overridable().map(|(i, _, _)| i).collect();
    let Some(first) = missed.first() else {
        return Ok(());
    };
    writeln!(out, "Answers marked wrong:")?;
    let listed: Vec<_> = game.overridable().collect();
    said_list(out, style, &listed, "the answer is")?;
    let ask = format!(
        "Were you right? Type ! and the number to count it (!{}), or press Enter for the summary.",
        first + 1
    );
    say(out, style, &style.dim(&ask), "")?;
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
            _ => {
                let hint = "(type ! and the number of a question listed above, or press Enter)";
                say(out, style, &format!("  {}", style.dim(hint)), "   ")?
            }
        }
    }
    writeln!(out)
}

/// Says that the answer at `index` now counts as right, and for an answer that was no text of
/// the player's (a letter, true/false, a verdict) that it counts for this game only.
pub(super) fn overridden(
    out: &mut dyn Write,
    style: Style,
    game: &Game,
    index: usize,
) -> io::Result<()> {
    let answer = &game.answers()[index];
    let only_now = if answer.typed {
        ""
    } else {
        " It counts for this game only: only text you type is remembered."
    };
    let text = format!(
        "{} Question {} counts as right at your word ({}); score {}.{only_now}",
        style.good("✓"),
        index + 1,
        clean_line(&answer.given),
        game.points()
    );
    say(out, style, &format!("  {text}"), "    ")
}

/// What `hint` shows: the cited paragraphs (text or digest), answers of later questions blanked
/// out, and that the question is now worth half its points.
pub(super) fn show_hint(out: &mut dyn Write, style: Style, hint: &Hint) -> io::Result<()> {
    let half = "Hint: the question now earns half its points.";
    if hint.shown.is_empty() && hint.held_back.is_empty() {
        let none = "No hint here: the file has neither the source's text nor a digest of it.";
        return say(out, style, &format!("  {}", style.dim(none)), "  ");
    }
    say(out, style, &format!("  {}", style.dim(half)), "  ")?;
    super::prompt::passages(out, style, &hint.shown)?;
    if hint.shown.iter().any(|p| p.text.contains(BLANKED)) {
        let note = format!("({BLANKED} stands for an answer to a question still to come.)");
        say(out, style, &format!("  {}", style.dim(&note)), "   ")?;
    }
    if !hint.held_back.is_empty() {
        let cited: Vec<String> = hint.held_back.iter().map(|p| format!("¶{p}")).collect();
        let note = format!(
            "({} held back: a question still to come is decided by it.)",
            cited.join(", ")
        );
        say(out, style, &format!("  {}", style.dim(&note)), "   ")?;
    }
    Ok(())
}

/// How to answer `q`'s kind of question (`?` or `help` at the prompt).
pub(super) fn help(q: &Question) -> String {
    match q.kind {
        Kind::Short => "(Type the answer in your own words: numbers as digits or words (7,700 or \
            seven thousand seven hundred), dates as you like (27 July 2018, 27/7/2018); a small \
            slip in a name is accepted. skip skips, q quits; ! after an answer marked wrong counts \
            it as right.)"
            .to_owned(),
        Kind::Choice => format!(
            "(Type the letter as printed ({}), the number (1-{}), or the option's text. skip \
             skips, q quits; ! after an option's text marked wrong counts it as right.)",
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
        Kind::Evidence => "(Type the number of the paragraph that supports or refutes it: 3, ¶3, \
            p3 or para 3; any paragraph it cites counts. hint shows that paragraph for half the \
            points; skip skips, q quits.)"
            .to_owned(),
        Kind::Altered => format!(
            "(One of the details listed was changed from the source: type its letter ({}), or \
             its text. hint shows the paragraph as the source has it, for half the points; skip \
             skips, q quits.)",
            (0..q.options.len())
                .map(|n| char::from(b'a' + n as u8).to_string())
                .collect::<Vec<_>>()
                .join(", "),
        ),
    }
}
