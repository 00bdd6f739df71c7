//! Wiring: parse the command line, run the command against the real stdin, stdout and stderr, print
//! an error once and turn it into an exit status. The one place that touches the process.

use std::ffi::OsString;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

mod clock;
mod counted;
mod files;
mod game;

use counted::{aliases, judge};
use files::{preview, validate};
use game::play;

use crate::admit;
use crate::cli::Cli;
use crate::commands;
use crate::config::Config;
use crate::error::Error;
use crate::front;
use crate::loader::{self, Loaded, Origin};
use crate::store::{History, LoadedHistory};

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
    let mut stdout = io::stdout().lock();
    let max = cli.max_file_mib << 20;
    let result = Config::try_from(cli)
        .map_err(Error::from)
        .and_then(|config| dispatch(config, max, &mut stdout));
    let _ = stdout.flush();
    match result {
        Ok(code) => ExitCode::from(code),
        Err(Error::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(io::stderr(), "factquiz: {}", front::clean(&e.to_string()));
            ExitCode::from(e.exit_code())
        }
    }
}

/// Runs the command `config` asks for; the exit status, or the error to print.
fn dispatch(config: Config, max: u64, stdout: &mut io::StdoutLock<'_>) -> Result<u8, Error> {
    match config {
        Config::Play(config) => play(&config, max, stdout),
        Config::List { questions, json } => {
            load(&questions, max).and_then(|files| commands::list(&files, json, stdout).map(|()| 0))
        }
        Config::Validate {
            paths,
            deny_warnings,
        } => validate(&paths, deny_warnings, max, stdout),
        Config::Preview { path, json } => preview(path, json, max, stdout),
        Config::New { output, force } => {
            commands::new(output.as_deref(), force, stdout).map(|()| 0)
        }
        Config::Schema => commands::schema(stdout).map(|()| 0),
        Config::Completions(shell) => commands::completions(shell.into(), stdout).map(|()| 0),
        Config::Man => commands::man(stdout).map(|()| 0),
        Config::Scores {
            json,
            limit,
            reset,
            yes,
        } => scores(json, limit, reset, yes, max, stdout),
        Config::Aliases { json } => aliases(json, stdout),
        Config::Judge(request) => judge(&request, max, stdout),
        Config::Draft(request) => loader::read_text(&request.path, max)
            .map_err(Error::from)
            .and_then(|text| commands::draft(&request, &text, stdout, &mut io::stderr().lock()))
            .map(|()| 0),
        Config::Import(request) => {
            // The events a game would load, but for the file the import replaces (with --force).
            let mut loaded = load_default(max).files;
            if let Some(output) = &request.output {
                loaded.retain(
                    |l| !matches!(&l.origin, Origin::File(p) if loader::is_same_file(p, output)),
                );
            }
            loader::read_text(&request.path, max)
                .map_err(Error::from)
                .and_then(|text| {
                    let mut notes = io::stderr().lock();
                    commands::import(&request, &text, &loaded, stdout, &mut notes)
                })
                .map(|()| 0)
        }
    }
}

/// The data folder: `$FACTQUIZ_DATA_DIR`, or the platform's (`~/.local/share/factquiz` on Linux).
pub fn data_dir() -> Option<PathBuf> {
    match std::env::var_os("FACTQUIZ_DATA_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => Some(PathBuf::from(dir)),
        None => Some(
            directories::ProjectDirs::from("", "", "factquiz")?
                .data_dir()
                .to_path_buf(),
        ),
    }
}

/// The user's own question folder: `questions` in the data folder.
pub fn user_questions_dir() -> Option<PathBuf> {
    data_dir().map(|d| d.join("questions"))
}

/// Loads the question files a command works on: the ones named, each of which must be valid, or
/// the bundled ones and the user folder's, skipping (with a warning on stderr) any that is not.
fn load(paths: &[PathBuf], max_bytes: u64) -> Result<Vec<Loaded>, Error> {
    if !paths.is_empty() {
        return admit::strict(loader::load_each(paths, max_bytes));
    }
    let admitted = load_default(max_bytes);
    let mut stderr = io::stderr().lock();
    for skipped in &admitted.skipped {
        writeln!(
            stderr,
            "factquiz: warning: {}",
            front::clean_line(&skipped.to_string())
        )?;
    }
    Ok(admitted.files)
}

/// The files a game plays by default, and those it skips.
fn load_default(max_bytes: u64) -> admit::Admitted {
    admit::forgiving(loader::load_default(
        user_questions_dir().as_deref(),
        max_bytes,
    ))
}

/// The question file drafted in memory from the article at `path` (`--article`).
fn article(path: &std::path::Path, max_bytes: u64) -> Result<Loaded, Error> {
    let text = loader::read_text(path, max_bytes)?;
    commands::drafted(path, &text, &commands::article_options(path)).map(|(loaded, _)| loaded)
}

/// `factquiz scores`: the figures of the history, or (`--reset`) the history moved aside after
/// asking on stdin (unless `yes`).
fn scores(
    json: bool,
    limit: usize,
    reset: bool,
    yes: bool,
    max_bytes: u64,
    stdout: &mut dyn Write,
) -> Result<u8, Error> {
    let Some(dir) = data_dir() else {
        return Err(Error::NoDataFolder("no history"));
    };
    let history = History::new(dir).with_max_bytes(max_bytes);
    let past = match history.read(false) {
        Ok(past) => past,
        // A history that cannot be read can still be moved aside.
        Err(e) if reset => LoadedHistory {
            records: Vec::new(),
            warnings: vec![e.to_string()],
        },
        Err(e) => return Err(e.into()),
    };
    for warning in &past.warnings {
        writeln!(io::stderr(), "factquiz: warning: {}", front::clean(warning))?;
    }
    if !reset {
        commands::scores(&past.records, limit, json, &history.path(), stdout)?;
        return Ok(0);
    }
    if past.records.is_empty() && !history.path().exists() {
        writeln!(stdout, "No history to clear.")?;
        return Ok(0);
    }
    if !yes {
        write!(
            stdout,
            "Clear the history of {} game{}? It is moved aside, not deleted. [y/N] ",
            past.records.len(),
            if past.records.len() == 1 { "" } else { "s" }
        )?;
        stdout.flush()?;
        let mut answer = String::new();
        io::stdin().read_line(&mut answer)?;
        if !matches!(answer.trim().to_lowercase().as_str(), "y" | "yes") {
            writeln!(stdout, "Nothing cleared.")?;
            return Ok(1);
        }
    }
    match history.reset()? {
        Some(aside) => writeln!(
            stdout,
            "History cleared; the old one is at {}",
            front::clean(&aside.display().to_string())
        )?,
        None => writeln!(stdout, "No history to clear.")?,
    }
    Ok(0)
}
