//! How a question is shown: its status line (number, score, streak, kind, difficulty), then its
//! prompt as its kind asks it, with the source's paragraphs where the kind shows them.

use std::io::{self, Write};

use super::play::say;
use super::style::Style;
use super::text::{clean_line, columns};
use crate::engine::Game;
use crate::generate::EVIDENCE_ASK;
use crate::question::{Kind, Passage, Question};

/// Shows question `i` of `total`: the status line, then the prompt.
pub(super) fn ask(
    out: &mut dyn Write,
    style: Style,
    i: usize,
    total: usize,
    q: &Question,
    game: &Game,
) -> io::Result<()> {
    status(out, style, i, total, q, game)?;
    prompt(out, style, q)
}

/// The line above the prompt: where the game is and the score on the left, the question's kind
/// and difficulty on the right (on a line of their own when the terminal is narrow).
fn status(
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
        game.points(),
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
    Ok(())
}

/// A claim or statement in quotation marks; one that opens with a quoted clause ("“We were
/// ready,” she said.") keeps its own, but not one that only opens with a quoted word ("“Safe”
/// levels were exceeded.").
fn quoted(text: &str) -> String {
    let clause = text
        .strip_prefix(['“', '"'])
        .and_then(|rest| rest.find(['”', '"']).map(|end| &rest[..end]))
        .is_some_and(|inside| inside.ends_with([',', '.', '?', '!']));
    if clause {
        text.to_owned()
    } else {
        format!("“{text}”")
    }
}

/// The question itself, as its kind asks it.
fn prompt(out: &mut dyn Write, style: Style, q: &Question) -> io::Result<()> {
    let prompt = clean_line(&q.prompt);
    match q.kind {
        Kind::Short => say(out, style, &prompt, ""),
        Kind::Choice => {
            say(out, style, &prompt, "")?;
            options(out, style, q)
        }
        Kind::Truefalse => {
            say(out, style, &format!("True or false? {prompt}"), "")?;
            writeln!(out, "{}", style.dim("(t / f)"))
        }
        Kind::Verdict => {
            say(
                out,
                style,
                &format!("Claim: {}", quoted(&prompt)),
                "        ",
            )?;
            let question = format!(
                "Supported, refuted, or not stated in the source?  {}",
                style.dim("(s / r / n)")
            );
            say(out, style, &question, "")
        }
        Kind::Evidence => {
            let what = if q.answer_type.is_some() {
                "Statement"
            } else {
                "Claim"
            };
            let quoted = quoted(&prompt);
            // The paragraphs first, so that on a short screen the claim stays beside the prompt.
            passages(out, style, &q.passages)?;
            say(out, style, &format!("{what}: {quoted}"), "        ")?;
            let question = format!("{EVIDENCE_ASK}  {}", style.dim("(a paragraph number)"));
            say(out, style, &question, "")
        }
        Kind::Altered => {
            passages(out, style, &q.passages)?;
            say(out, style, &prompt, "")?;
            options(out, style, q)
        }
    }
}

/// The options of a choice or altered-detail question, lettered a), b), ...
fn options(out: &mut dyn Write, style: Style, q: &Question) -> io::Result<()> {
    for (n, option) in q.options.iter().enumerate() {
        let line = format!("  {}) {}", char::from(b'a' + n as u8), clean_line(option));
        say(out, style, &line, "     ")?;
    }
    Ok(())
}

/// Paragraphs of the source, numbered, each wrapped under its number.
pub(super) fn passages(out: &mut dyn Write, style: Style, passages: &[Passage]) -> io::Result<()> {
    for p in passages {
        let number = format!("¶{}", p.number);
        let line = format!("  {number:<4}{}", clean_line(&p.text));
        say(out, style, &line, "      ")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::testing::bundled_game;

    /// A claim that is a quotation keeps its own marks: no "““" on the screen.
    #[test]
    fn a_quoted_claim_is_not_quoted_twice() {
        let game = bundled_game(1, 1, crate::engine::Rules::default());
        let mut q = game.questions()[0].clone();
        for kind in [Kind::Verdict, Kind::Evidence] {
            q.kind = kind;
            q.answer_type = None;
            for (claim, shown) in [
                (
                    "“We were ready,” she said.",
                    "Claim: “We were ready,” she said.",
                ),
                (
                    "The bridge opened in May.",
                    "Claim: “The bridge opened in May.”",
                ),
                (
                    "“Safe” levels were passed.",
                    "Claim: ““Safe” levels were passed.”",
                ),
            ] {
                q.prompt = claim.into();
                let mut out = Vec::new();
                prompt(&mut out, Style::PLAIN, &q).unwrap();
                let screen = String::from_utf8(out).unwrap();
                assert!(screen.contains(shown), "{kind:?}: {screen}");
            }
        }
    }
}
