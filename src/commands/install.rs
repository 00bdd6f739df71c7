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

/// The manual page, in roff. It is the only page: a command is named as it is typed
/// ("factquiz play"), not as a page of its own ("factquiz-play(1)"), and the page says where
/// each command's options are.
pub fn man(out: &mut dyn Write) -> Result<(), Error> {
    let mut page = Vec::new();
    let command = Cli::command();
    clap_mangen::Man::new(command.clone()).render(&mut page)?;
    let mut page = String::from_utf8_lossy(&page).into_owned();
    // (clap adds `help` as it renders: it is no subcommand of the command built here.)
    let names = command
        .get_subcommands()
        .map(|s| s.get_name())
        .chain(["help"]);
    for name in names {
        let name = name.replace('-', "\\-");
        page = page.replace(
            &format!("factquiz\\-{name}(1)"),
            &format!("factquiz {name}"),
        );
    }
    if let Some(at) = page.find(".SH SUBCOMMANDS\n") {
        let end = page[at + 1..]
            .find("\n.SH ")
            .map_or(page.len(), |i| at + 1 + i + 1);
        page.insert_str(
            end,
            ".PP\nThe options of each command: factquiz COMMAND \\-\\-help.\n",
        );
    }
    out.write_all(page.as_bytes())?;
    Ok(())
}
