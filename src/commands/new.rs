//! `factquiz new`: a starter question file that validates as it is and shows each feature once.

use std::io::Write;
use std::path::Path;

use crate::error::Error;
use crate::store;

pub const STARTER: &str = include_str!("starter.json");

pub fn new(output: Option<&Path>, force: bool, out: &mut dyn Write) -> Result<(), Error> {
    match output {
        Some(path) => {
            store::write_new(path, STARTER, force)?;
            writeln!(
                out,
                "wrote {}; check it with `factquiz validate {}`",
                path.display(),
                path.display()
            )?;
        }
        None => out.write_all(STARTER.as_bytes())?,
    }
    Ok(())
}
