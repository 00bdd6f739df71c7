//! `factquiz completions SHELL` and `factquiz man`: what a packager or a user installing the
//! command adds to their shell and their manual, made from the command line's own definition.

use std::io::Write;

use clap::CommandFactory;

use crate::cli::Cli;
use crate::error::Error;

/// The completion script for `shell`.
pub fn completions(shell: clap_complete::Shell, out: &mut dyn Write) -> Result<(), Error> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "factquiz", &mut script);
    out.write_all(&script)?;
    Ok(())
}

/// The manual page, in roff.
pub fn man(out: &mut dyn Write) -> Result<(), Error> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut page)?;
    out.write_all(&page)?;
    Ok(())
}
