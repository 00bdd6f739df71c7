//! Wiring: parse the command line, run the command against the real stdin, stdout and stderr, print
//! an error once and turn it into an exit status. The one place that touches the process.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use rand::RngExt;
use rand::SeedableRng;

mod clock;
mod counted;
mod files;

use clock::now;
use counted::{aliases, judge, remember};
use files::{preview, title, validate};

use crate::admit;
use crate::aliases;
use crate::cli::Cli;
use crate::commands;
use crate::config::{Config, PlayConfig};
use crate::engine::{DrawRequest, Game, GameRng, Order, Rules, draw, keys, rebuild};
use crate::error::Error;
use crate::front::{self, Editor, Header, Input, Lines, Report, Style};
use crate::history::{Ending, Mode, Options, Record};
use crate::loader::{self, Loaded, Origin};
use crate::model::QuestionFile;
use crate::practice::{self, Retry};
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
    let result = match Config::from(cli) {
        Config::Play(config) => play(&config, max, &mut stdout),
        Config::List { questions, json } => load(&questions, max)
            .and_then(|files| commands::list(&files, json, &mut stdout).map(|()| 0)),
        Config::Validate {
            paths,
            deny_warnings,
        } => validate(&paths, deny_warnings, max, &mut stdout),
        Config::Preview { path, json } => preview(path, json, max, &mut stdout),
        Config::New { output, force } => {
            commands::new(output.as_deref(), force, &mut stdout).map(|()| 0)
        }
        Config::Schema => commands::schema(&mut stdout).map(|()| 0),
        Config::Completions(shell) => commands::completions(shell.into(), &mut stdout).map(|()| 0),
        Config::Man => commands::man(&mut stdout).map(|()| 0),
        Config::Scores {
            json,
            limit,
            reset,
            yes,
        } => scores(json, limit, reset, yes, max, &mut stdout),
        Config::Aliases { json } => aliases(json, &mut stdout),
        Config::Judge(request) => judge(&request, max, &mut stdout),
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
                    commands::import(&request, &text, &loaded, &mut stdout, &mut notes)
                })
                .map(|()| 0)
        }
    };
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

/// Plays a game; with `--json` the game goes to stderr and only the report to `stdout`. Returns
/// the exit status: 0, or 130 when the game was ended by Ctrl-C.
fn play(config: &PlayConfig, max_bytes: u64, stdout: &mut dyn Write) -> Result<u8, Error> {
    let mut files = load(&config.questions, max_bytes)?;
    if !config.events.is_empty() {
        for id in &config.events {
            if !files.iter().any(|l| l.file.event.id == *id) {
                let known: Vec<&str> = files.iter().map(|l| l.file.event.id.as_str()).collect();
                return Err(Error::UnknownEvent {
                    id: id.clone(),
                    known: known.join(", "),
                });
            }
        }
        files.retain(|l| config.events.contains(&l.file.event.id));
    }
    let mut stderr = io::stderr().lock();
    let history = data_dir().map(|dir| History::new(dir).with_max_bytes(max_bytes));
    let past = match history.as_ref().map(|h| h.read(config.save)) {
        Some(Ok(past)) => past,
        // Said before the game, not after it: the player can choose --no-save.
        Some(Err(e)) if config.save => return Err(Error::CannotSave(e)),
        // A game that is not saved needs the history only for comparisons.
        Some(Err(e)) => LoadedHistory {
            records: Vec::new(),
            warnings: vec![format!("{e}; playing without it")],
        },
        None => LoadedHistory::default(),
    };
    for warning in &past.warnings {
        writeln!(stderr, "factquiz: warning: {}", front::clean(warning))?;
    }
    let counted_store = data_dir().map(Aliases::new);
    let counted = match &counted_store {
        Some(store) => store.read(config.save)?,
        None => LoadedAliases::default(),
    };
    for warning in &counted.warnings {
        writeln!(stderr, "factquiz: warning: {}", front::clean(warning))?;
    }
    let parsed: Vec<&QuestionFile> = files.iter().map(|l| &l.file).collect();
    let seed = config
        .seed
        .unwrap_or_else(|| rand::rng().random_range(1..1_000_000));
    let mut request = DrawRequest {
        count: config.count,
        kinds: config.kinds.clone(),
        seed,
        order: Order::Shuffled,
    };
    let (questions, available) = match config.mode {
        Mode::Play => {
            let drawn = draw(&parsed, &request);
            (drawn.questions, drawn.available)
        }
        Mode::Practice => {
            let cards = practice::schedule(&past.records);
            let items = keys(&parsed, &config.kinds);
            let mut rng = GameRng::seed_from_u64(seed);
            request.order = Order::Ranked(practice::ranking(
                &items,
                &cards,
                past.records.len(),
                &mut rng,
            ));
            let drawn = draw(&parsed, &request);
            (drawn.questions, drawn.available)
        }
        Mode::Retry => {
            let (seed, missed) = match practice::retry(&past.records) {
                Retry::NoGame => {
                    let place = history.as_ref().map_or_else(
                        || "the history".to_owned(),
                        |h| h.path().display().to_string(),
                    );
                    return Err(Error::NoQuestions(format!(
                        "no earlier game to retry: no game with an answer in {place}"
                    )));
                }
                Retry::NoMisses(last) => {
                    writeln!(
                        stderr,
                        "The last game ({}) had no misses: nothing to retry.",
                        front::clean(&last.time)
                    )?;
                    return Ok(0);
                }
                Retry::Questions { seed, asked } => (seed, asked),
            };
            request.seed = seed;
            let questions = rebuild(&parsed, seed, &missed);
            if questions.len() < missed.len() {
                writeln!(
                    stderr,
                    "factquiz: warning: {} of the {} missed questions are no longer in the loaded question files",
                    missed.len() - questions.len(),
                    missed.len()
                )?;
            }
            let count = questions.len();
            (questions, count)
        }
    };
    let mut questions = questions;
    // The answers the player counted as right before are right again.
    aliases::accept(&mut questions, &counted.aliases);
    if questions.is_empty() {
        let kinds: Vec<&str> = config.kinds.iter().map(|k| k.name()).collect();
        return Err(Error::NoQuestions(format!(
            "no questions of the kinds asked for ({}) in the loaded question files",
            kinds.join(", ")
        )));
    }
    let header = Header {
        // The events the drawn questions come from (a retry may touch only one of those loaded).
        title: title(
            &files
                .iter()
                .filter(|l| questions.iter().any(|q| q.event_id == l.file.event.id))
                .collect::<Vec<_>>(),
        ),
        asked: if config.mode == Mode::Retry {
            questions.len()
        } else {
            config.count
        },
        available,
        mode: config.mode,
    };
    let rules = Rules {
        strict: config.strict,
        streak_bonus: config.streak_bonus,
        time_limit: config.timed.map(|d| d.as_millis() as u64),
    };
    let mut game = Game::new(request.seed, questions, rules);

    let (text, text_is_terminal): (&mut dyn Write, bool) = if config.json {
        (&mut stderr, io::stderr().is_terminal())
    } else {
        (&mut *stdout, io::stdout().is_terminal())
    };
    let width = match front::terminal_columns(config.json) {
        Some(columns) if text_is_terminal => Style::width_for(columns),
        _ => front::PIPED_WIDTH,
    };
    let style = Style {
        enabled: text_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        width,
    };
    let stdin = io::stdin();
    let mut input: Box<dyn Input> = if stdin.is_terminal() && config.timed.is_some() {
        countdown(width, config.json)?
    } else if stdin.is_terminal() {
        Box::new(Editor::new(config.json)?)
    } else {
        // Piped input does not show itself: the answers are echoed after the prompt.
        Box::new(Lines {
            reader: stdin.lock(),
            echo: true,
        })
    };
    let ending = front::play(&mut game, &header, style, input.as_mut(), text)?;
    let options = Options {
        count: config.count as u32,
        kinds: config.kinds.clone(),
        strict: config.strict,
        streak_bonus: config.streak_bonus,
        timed: config.timed.map(|d| d.as_secs_f64()),
        events: config.events.clone(),
    };
    let time = now();
    let record = Record::of(&game, config.mode, options, ending, time.clone());
    let previous_best = match config.mode {
        Mode::Play => record.previous_best(&past.records),
        _ => None,
    };
    front::summary(text, style, &game, &record, previous_best)?;
    text.flush()?;
    if config.json {
        let mut report = Report::of(&game);
        report.new_best = previous_best.is_some_and(|best| record.score > best);
        front::write_json(stdout, &report)?;
    }
    stdout.flush()?;
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
    Ok(if ending == Ending::Interrupted {
        130
    } else {
        0
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
        return Err(Error::NoQuestions(
            "no data folder (set FACTQUIZ_DATA_DIR), so no history".into(),
        ));
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
