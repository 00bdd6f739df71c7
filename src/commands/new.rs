//! `factquiz new`: a starter question file that validates as it is and shows each feature once,
//! with the JSON Schema beside it so that an editor checks the file as it is written.

use std::io::Write;
use std::path::Path;

use crate::error::Error;
use crate::front::clean_line;
use crate::store;
use crate::store::WriteError;

pub const STARTER: &str = include_str!("starter.json");

/// The name the starter's `"$schema"` points at, in the starter's own folder.
pub const SCHEMA_FILE: &str = "question-file.schema.json";

pub fn new(output: Option<&Path>, force: bool, out: &mut dyn Write) -> Result<(), Error> {
    let Some(path) = output else {
        out.write_all(STARTER.as_bytes())?;
        return Ok(());
    };
    store::write_new(path, STARTER, force)?;
    let schema = path.with_file_name(SCHEMA_FILE);
    // One schema serves every file of the folder: an existing one is kept unless --force.
    let wrote_schema = match store::write_new(&schema, &super::schema_text(), force) {
        Ok(()) => true,
        Err(WriteError::Exists(_)) => false,
        Err(e) => return Err(e.into()),
    };
    let shown = clean_line(&path.display().to_string());
    write!(out, "wrote {shown}")?;
    if wrote_schema {
        write!(
            out,
            " and {SCHEMA_FILE} beside it, so that editors check the file as you type"
        )?;
    }
    writeln!(out, "; check it with `factquiz validate {shown}`")?;
    Ok(())
}
