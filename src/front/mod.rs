//! The front end: everything that talks to the player. It reads lines from any `Input` (a line
//! editor, or any `BufRead`) and writes to any `Write`, so whole games play in tests; only
//! `crate::app` hands it the real terminal.

mod at_prompt;
#[cfg(unix)]
mod countdown;
mod feedback;
mod input;
mod judgement;
mod play;
mod prompt;
mod report;
mod source_view;
mod style;
mod summary;
mod term;
mod text;

#[cfg(unix)]
pub use countdown::Countdown;
pub use feedback::{amount, distance};
pub use input::{Editor, Input, Line, Lines};
pub use judgement::{calibration_table, verdicts};
pub use play::{Header, play};
pub use report::{Report, ReportQuestion};
pub use style::{PIPED_WIDTH, Style};
pub use summary::summary;
pub use term::terminal_columns;
pub use text::{clean, clean_line, columns, count, fill, json_safe, wrap};

/// Writes `value` as one pretty-printed JSON document and a newline.
pub fn write_json<T: serde::Serialize>(
    out: &mut dyn std::io::Write,
    value: &T,
) -> std::io::Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(std::io::Error::other)?;
    writeln!(out, "{}", json_safe(text))
}
