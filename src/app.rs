//! Wiring: parse the command line, run the command against the real stdin, stdout and stderr, print
//! an error once and turn it into an exit status. The one place that touches the process.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use rand::RngExt;
use rand::SeedableRng;
use rand::rngs::StdRng;

use crate::check::date::Date;
use crate::cli::Cli;
use crate::commands;
use crate::config::{Config, PlayConfig};
use crate::engine::{DrawRequest, Game, Rules, draw};
use crate::error::Error;
use crate::front::{self, Header, Report, Session, Style};
use crate::generate::display;
use crate::loader::{self, Loaded};
use crate::model::AnswerType;
use crate::validate::{has_errors, validate};

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
    let result = match Config::from(cli) {
        Config::Play(config) => play(&config, &mut stdout).map(|()| 0),
        Config::List { questions, json } => {
            load(&questions).and_then(|files| commands::list(&files, json, &mut stdout).map(|()| 0))
        }
        Config::Validate {
            paths,
            deny_warnings,
        } => {
            let results = if paths.is_empty() {
                loader::load_default(user_questions_dir().as_deref())
            } else {
                loader::load_each(&paths)
            };
            commands::validate(results, deny_warnings, &mut stdout)
        }
        Config::Preview { path, json } => load(std::slice::from_ref(&path))
            .and_then(|files| commands::preview(&files, json, &mut stdout).map(|()| 0)),
        Config::New { output, force } => {
            commands::new(output.as_deref(), force, &mut stdout).map(|()| 0)
        }
        Config::Schema => commands::schema(&mut stdout).map(|()| 0),
        Config::Import(mut request) => {
            request.options.date = today();
            loader::read_text(&request.path)
                .map_err(Error::from)
                .and_then(|text| {
                    commands::import(&request, &text, &mut stdout, &mut io::stderr().lock())
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

/// The user's own question folder: `$FACTQUIZ_DATA_DIR/questions`, or the platform's data folder
/// (`~/.local/share/factquiz/questions` on Linux).
pub fn user_questions_dir() -> Option<PathBuf> {
    let data = match std::env::var_os("FACTQUIZ_DATA_DIR").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => directories::ProjectDirs::from("", "", "factquiz")?
            .data_dir()
            .to_path_buf(),
    };
    Some(data.join("questions"))
}

/// Today's date (UTC) as `YYYY-MM-DD`.
fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days(i64::try_from(seconds / 86_400).unwrap_or(0)).iso()
}

/// Loads the question files a command works on: the ones named, or the bundled ones.
fn load(paths: &[PathBuf]) -> Result<Vec<Loaded>, Error> {
    let files: Vec<Loaded> = if paths.is_empty() {
        loader::load_default(user_questions_dir().as_deref())
            .into_iter()
            .collect::<Result<_, _>>()?
    } else {
        loader::load_paths(paths)?
    };
    let problems = validate(&files);
    if has_errors(&problems) {
        return Err(Error::Invalid(problems));
    }
    Ok(files)
}

/// Plays a game; with `--json` the game goes to stderr and only the report to `stdout`.
fn play(config: &PlayConfig, stdout: &mut dyn Write) -> Result<(), Error> {
    let mut files = load(&config.questions)?;
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
    let seed = config
        .seed
        .unwrap_or_else(|| rand::rng().random_range(1..1_000_000));
    let request = DrawRequest {
        count: config.count,
        kinds: config.kinds.clone(),
    };
    let parsed: Vec<_> = files.iter().map(|l| &l.file).collect();
    let drawn = draw(&parsed, &request, &mut StdRng::seed_from_u64(seed));
    if drawn.questions.is_empty() {
        let kinds: Vec<&str> = config.kinds.iter().map(|k| k.name()).collect();
        return Err(Error::NoQuestions(format!(
            "no questions of the kinds asked for ({}) in the loaded question files",
            kinds.join(", ")
        )));
    }
    let header = Header {
        title: title(&files),
        asked: config.count,
        available: drawn.available,
    };
    let rules = Rules {
        strict: config.strict,
    };
    let mut game = Game::new(seed, drawn.questions, rules);

    let stdin = io::stdin();
    let mut input = stdin.lock();
    let echo = !stdin.is_terminal();
    let mut stderr = io::stderr().lock();
    let (text, text_is_terminal): (&mut dyn Write, bool) = if config.json {
        (&mut stderr, io::stderr().is_terminal())
    } else {
        (&mut *stdout, io::stdout().is_terminal())
    };
    let session = Session {
        style: Style {
            enabled: text_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        },
        echo,
    };
    front::play(&mut game, &header, &session, &mut input, text)?;
    if config.json {
        front::write_json(stdout, &Report::of(&game))?;
    }
    stdout.flush()?;
    Ok(())
}

/// "Title (date)" for one event, "N events: A; B" for several.
fn title(files: &[Loaded]) -> String {
    let describe = |l: &Loaded| {
        let event = &l.file.event;
        let date = display(AnswerType::Date, &event.date.value);
        format!("{} ({date})", event.title)
    };
    match files {
        [one] => describe(one),
        many => format!(
            "{} events: {}",
            many.len(),
            many.iter().map(describe).collect::<Vec<_>>().join("; ")
        ),
    }
}
