//! The commands: each renders plain data to a `Write` the caller hands in (`play` plays over an
//! input the caller hands in too).

mod aliases;
mod draft;
mod import;
mod install;
mod judge;
mod list;
mod new;
mod play;
mod preview;
mod scores;
mod validate;

pub use aliases::aliases;
pub use draft::{DraftRequest, article_options, draft, drafted};
pub use import::{ImportRequest, default_id, import};
pub use install::{completions, man};
pub use judge::{JudgeError, judge};
pub use list::list;
pub use new::{SCHEMA_FILE, STARTER, new};
pub use play::{Plan, Ready, Screen, plan, plan_with, ready, run as run_game, status};
pub use preview::preview;
pub use scores::scores;
pub use validate::{validate, validate_found};

use std::io::Write;

use crate::error::Error;
use crate::model::QuestionFile;

/// The JSON Schema (draft 2020-12) of question files, derived from the Rust types.
pub fn schema_text() -> String {
    let schema = schemars::schema_for!(QuestionFile);
    serde_json::to_string_pretty(&schema).unwrap_or_default() + "\n"
}

pub fn schema(out: &mut dyn Write) -> Result<(), Error> {
    out.write_all(schema_text().as_bytes())?;
    Ok(())
}
