//! What the screens say about the questions that show the source (issue #17): how an evidence or
//! altered-detail question is named in lists, the evidence bonus after a right verdict, and the
//! summary's lines on hints and bonuses.

use std::io::{self, Write};

use super::input::{Input, Line};
use super::play::say;
use super::style::Style;
use super::text::clean_line;
use crate::engine::{Bonus, Game};
use crate::question::{Kind, Question};
use crate::record::Ending;

/// How a question is named in the lists after a game: its prompt, or for an evidence question its
/// claim or statement, and for an altered-detail question the paragraph that was changed.
pub(super) fn headline(q: &Question) -> String {
    match q.kind {
        Kind::Evidence => format!("Which paragraph? “{}”", clean_line(&q.prompt)),
        Kind::Altered => {
            let cited: Vec<String> = q.paragraphs.iter().map(|p| format!("¶{p}")).collect();
            format!("The changed detail in {}", cited.join(", "))
        }
        _ => clean_line(&q.prompt),
    }
}

/// After a right answer given after a hint: that it earned half the points.
pub(super) fn hint_taken(
    out: &mut dyn Write,
    style: Style,
    game: &Game,
    i: usize,
) -> io::Result<()> {
    if !game.hinted(i) {
        return Ok(());
    }
    let note = "(hint taken: half the points)";
    say(out, style, &format!("  {}", style.dim(note)), "   ")
}

/// The summary's line on hints: how many were taken, and what they cost.
pub(super) fn hints_line(out: &mut dyn Write, style: Style, game: &Game) -> io::Result<()> {
    let taken: Vec<String> = (0..game.questions().len())
        .filter(|&i| game.hinted(i))
        .map(|i| (i + 1).to_string())
        .collect();
    if taken.is_empty() {
        return Ok(());
    }
    let line = format!(
        "Hints:    {} taken (question{} {}), each question at half its points",
        taken.len(),
        if taken.len() == 1 { "" } else { "s" },
        taken.join(", ")
    );
    say(out, style, &line, "          ")
}

/// The evidence bonus after a right verdict, when the game offers one and the input is a terminal
/// (piped answers stay one line a question): the paragraphs, and a paragraph's number asked for
/// (Enter passes). `Some` ending when the game ended there.
pub(super) fn bonus(
    game: &mut Game,
    style: Style,
    input: &mut dyn Input,
    out: &mut dyn Write,
) -> io::Result<Option<Ending>> {
    let Some(question) = game.bonus_offer() else {
        return Ok(None);
    };
    // Piped answers stay one line a question: the bonus is asked at a terminal only.
    if input.patience().is_some() {
        game.bonus_respond("");
        return Ok(None);
    }
    let asked = "Bonus: which paragraph decides it? Verdict and evidence both right is FEVER's \
                 strict score.";
    say(out, style, &format!("  {}", style.strong(asked)), "  ")?;
    super::prompt::passages(out, style, &question.passages)?;
    say(
        out,
        style,
        &style.dim("(a paragraph number for a bonus point, or Enter to go on)"),
        "",
    )?;
    loop {
        let line = match input.read(&style.accent("> "), out)? {
            Line::Text(line) => line,
            Line::TimeUp => return Ok(None),
            Line::End => return Ok(Some(Ending::EndOfInput)),
            Line::Interrupted => return Ok(Some(Ending::Interrupted)),
        };
        let solution = game.bonus_offer().map(|q| q.solution.clone());
        match game.bonus_respond(&line) {
            Bonus::Judged(true) => {
                let line = format!("{} Evidence bonus +1.", style.good("✓ Right:"));
                say(out, style, &line, "  ")?;
                return Ok(None);
            }
            Bonus::Judged(false) => {
                let it = solution.unwrap_or_default();
                let line = format!("{} it is {it}: no bonus.", style.bad("✗ Not that one:"));
                say(out, style, &line, "  ")?;
                return Ok(None);
            }
            Bonus::Passed => return Ok(None),
            Bonus::Quit => return Ok(Some(Ending::Quit)),
            Bonus::AskAgain(why) => {
                say(
                    out,
                    style,
                    &format!("  {}", style.dim(&format!("({why})"))),
                    "   ",
                )?;
            }
        }
    }
}

/// The summary's line on the evidence bonus: right of asked, kept apart from the score.
pub(super) fn bonus_line(out: &mut dyn Write, style: Style, game: &Game) -> io::Result<()> {
    let results = game.bonus_results();
    if results.is_empty() {
        return Ok(());
    }
    let right = results.iter().filter(|(_, r)| *r).count();
    let line = format!(
        "Evidence bonus: {right} of {} (verdict and paragraph both right), {right} bonus point{} \
         beside the score",
        results.len(),
        if right == 1 { "" } else { "s" }
    );
    say(out, style, &line, "          ")
}
