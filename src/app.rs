//! Wiring: parse the command line, build the context a command runs against (the real stdin,
//! stdout and stderr, the clock, the data folder), run the command, print an error once and turn
//! it into an exit status. The one place that touches the process.

use std::ffi::OsString;
use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

mod clock;
mod context;
mod counted;
mod files;
mod game;
mod scores;
mod summary;

use context::Context;
use counted::{aliases, judge};
use files::{draft, import, list, preview, validate};
use game::play;
use scores::scores;

use crate::cli::Cli;
use crate::commands;
use crate::config::Config;
use crate::error::Error;
use crate::front;

/// Runs factquiz with `args` (the program name first) and returns the exit status.
pub fn run<I, T>(args: I) -> ExitCode
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            // --help and --version land here too, with exit status 0.
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    let mut context = Context::of_process(cli.max_file_mib << 20);
    let result = Config::try_from(cli)
        .map_err(Error::from)
        .and_then(|config| dispatch(config, &mut context));
    let _ = context.stdout.flush();
    match result {
        Ok(code) => ExitCode::from(code),
        Err(Error::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(context.stderr, "factquiz: {}", front::clean(&e.to_string()));
            ExitCode::from(e.exit_code())
        }
    }
}

/// Runs the command `config` asks for in `context`; the exit status, or the error to print.
fn dispatch(config: Config, context: &mut Context) -> Result<u8, Error> {
    let done = |()| 0;
    match config {
        Config::Play(config) => play(&config, context),
        Config::List { questions, json } => list(&questions, json, context),
        Config::Validate {
            paths,
            deny_warnings,
        } => validate(&paths, deny_warnings, context),
        Config::Preview { path, json } => preview(path, json, context),
        Config::New { output, force } => {
            commands::new(output.as_deref(), force, &mut context.stdout).map(done)
        }
        Config::Schema => commands::schema(&mut context.stdout).map(done),
        Config::Completions(shell) => {
            commands::completions(shell.into(), &mut context.stdout).map(done)
        }
        Config::Man => commands::man(&mut context.stdout).map(done),
        Config::Scores {
            json,
            limit,
            reset,
            yes,
        } => scores(json, limit, reset, yes, context),
        Config::Aliases { json } => aliases(json, context),
        Config::Judge(request) => judge(&request, context),
        Config::Draft(request) => draft(&request, context),
        Config::Import(request) => import(&request, context),
    }
}
