//! Wiring: parse the command line, run the command against the real stdin, stdout and stderr, print
//! an error once and turn it into an exit status. The one place that touches the process.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use rand::RngExt;

mod clock;
mod counted;
mod files;

use clock::now;
use counted::{aliases, judge, remember};
use files::{preview, validate};

use crate::admit;
use crate::aliases;
use crate::cli::Cli;
use crate::commands::{self, Plan, Screen};
use crate::config::{Config, PlayConfig};
use crate::error::Error;
use crate::front::{self, Editor, Input, Lines, Style};
use crate::loader::{self, Loaded, Origin};
use crate::model::QuestionFile;
use crate::store::{Aliases, History, LoadedAliases, LoadedHistory};

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

/// Plays a game; with `--json` the game goes to stderr and only the report to `stdout`. Returns
/// the exit status: 0, or 130 when the game was ended by Ctrl-C.
fn play(config: &PlayConfig, max_bytes: u64, stdout: &mut dyn Write) -> Result<u8, Error> {
    let files = match &config.article {
        Some(path) => select_events(vec![article(path, max_bytes)?], &config.events)?,
        None => select_events(load(&config.questions, max_bytes)?, &config.events)?,
    };
    let mut stderr = io::stderr().lock();
    let history = data_dir().map(|dir| History::new(dir).with_max_bytes(max_bytes));
    let past = past_games(history.as_ref(), config.save)?;
    let counted_store = data_dir().map(Aliases::new);
    let counted = match &counted_store {
        Some(store) => store.read(config.save)?,
        None => LoadedAliases::default(),
    };
    for warning in past.warnings.iter().chain(&counted.warnings) {
        writeln!(stderr, "factquiz: warning: {}", front::clean(warning))?;
    }
    let parsed: Vec<&QuestionFile> = files.iter().map(|l| &l.file).collect();
    let seed = config
        .seed
        .unwrap_or_else(|| rand::rng().random_range(1..1_000_000));
    let (questions, available, seed) = match commands::plan(&parsed, &past.records, config, seed) {
        Plan::Ask {
            questions,
            available,
            seed,
            gone,
        } => {
            if gone > 0 {
                writeln!(
                    stderr,
                    "factquiz: warning: {gone} of the {} missed questions are no longer in the loaded question files",
                    gone + questions.len()
                )?;
            }
            (questions, available, seed)
        }
        Plan::NoGame => {
            let place = history.as_ref().map_or_else(
                || "the history".to_owned(),
                |h| h.path().display().to_string(),
            );
            return Err(Error::NoGameToRetry { place });
        }
        Plan::NoMisses(time) => {
            writeln!(
                stderr,
                "The last game ({}) had no misses: nothing to retry.",
                front::clean(&time)
            )?;
            return Ok(0);
        }
    };
    let ready = commands::ready(
        &files,
        config,
        questions,
        (available, seed),
        &counted.aliases,
    )?;
    let (text, report, text_is_terminal): (&mut dyn Write, Option<&mut dyn Write>, bool) =
        if config.json {
            (&mut stderr, Some(stdout), io::stderr().is_terminal())
        } else {
            (stdout, None, io::stdout().is_terminal())
        };
    let width = match front::terminal_columns(config.json) {
        Some(columns) if text_is_terminal => Style::width_for(columns),
        _ => front::PIPED_WIDTH,
    };
    let style = Style {
        enabled: text_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        width,
    };
    let mut input = input(config, width)?;
    let time = now();
    let screen = Screen {
        text,
        report,
        input: input.as_mut(),
        style,
    };
    let (game, record) = commands::run_game(ready, config, &past.records, time.clone(), screen)?;
    drop(input);
    let mut stderr = io::stderr().lock();
    match (&history, config.save) {
        (Some(history), true) => {
            for warning in history.append(&record)? {
                writeln!(stderr, "factquiz: warning: {}", front::clean(&warning))?;
            }
        }
        (None, true) => writeln!(
            stderr,
            "factquiz: warning: no data folder (set FACTQUIZ_DATA_DIR); the game was not saved"
        )?,
        _ => {}
    }
    remember(
        &aliases::counted(&game, &time),
        counted_store.as_ref().filter(|_| config.save),
        &mut stderr,
    )?;
    Ok(commands::status(record.ending))
}

/// Of `files`, only those of `events` when some are named (each must be loaded).
fn select_events(mut files: Vec<Loaded>, events: &[String]) -> Result<Vec<Loaded>, Error> {
    if events.is_empty() {
        return Ok(files);
    }
    for id in events {
        if !files.iter().any(|l| l.file.event.id == *id) {
            let known: Vec<&str> = files.iter().map(|l| l.file.event.id.as_str()).collect();
            return Err(Error::UnknownEvent {
                id: id.clone(),
                known: known.join(", "),
            });
        }
    }
    files.retain(|l| events.contains(&l.file.event.id));
    Ok(files)
}

/// The games played before, from `history` when there is a data folder. A history that cannot be
/// read ends a game that is to be saved before it starts (the player can choose --no-save); one
/// that is not saved plays without it.
fn past_games(history: Option<&History>, save: bool) -> Result<LoadedHistory, Error> {
    match history.map(|h| h.read(save)) {
        Some(Ok(past)) => Ok(past),
        Some(Err(e)) if save => Err(Error::CannotSave(e)),
        Some(Err(e)) => Ok(LoadedHistory {
            records: Vec::new(),
            warnings: vec![format!("{e}; playing without it")],
        }),
        None => Ok(LoadedHistory::default()),
    }
}

/// Where the answers come from: at a terminal the line editor (a countdown when timed), else
/// plain lines, echoed after the prompt since piped input does not show itself.
fn input(config: &PlayConfig, width: usize) -> Result<Box<dyn Input>, Error> {
    let stdin = io::stdin();
    Ok(if stdin.is_terminal() && config.timed.is_some() {
        countdown(width, config.json)?
    } else if stdin.is_terminal() {
        Box::new(Editor::new(config.json)?)
    } else {
        Box::new(Lines {
            reader: stdin.lock(),
            echo: true,
        })
    })
}

/// The prompt of a timed game at a terminal: a countdown that ends the question on its own.
#[cfg(unix)]
fn countdown(width: usize, _json: bool) -> Result<Box<dyn Input>, Error> {
    Ok(Box::new(front::Countdown::new(width)))
}

/// Without a countdown, the line editor: an answer after the limit is judged late.
#[cfg(not(unix))]
fn countdown(_width: usize, json: bool) -> Result<Box<dyn Input>, Error> {
    Ok(Box::new(Editor::new(json)?))
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
