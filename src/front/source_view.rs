//! What the screens say about the questions that show the source (issue #17): how an evidence or
//! altered-detail question is named in lists, and the summary's lines on hints.

use std::io::{self, Write};

use super::play::say;
use super::style::Style;
use super::text::clean_line;
use crate::engine::Game;
use crate::question::{Kind, Question};

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
