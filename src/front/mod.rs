//! The front end: everything that talks to the player. It reads lines from any `BufRead` and writes
//! to any `Write`, so whole games play in tests; only `crate::app` hands it the real terminal.

mod play;
mod report;
mod style;
mod text;

pub use play::{Ending, Header, Session, play};
pub use report::{Report, ReportQuestion};
pub use style::Style;
pub use text::{clean, clean_line, wrap};
