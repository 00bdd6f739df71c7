//! Wiring: parse the command line, run the command against the real stdin, stdout and stderr, print
//! an error once and turn it into an exit status. The one place that touches the process.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;
use rand::RngExt;
use rand::SeedableRng;
use rand::rngs::StdRng;

use crate::cli::Cli;
use crate::config::{Config, PlayConfig};
use crate::engine::{DrawRequest, Game, draw};
use crate::error::Error;
use crate::front::{self, Header, Report, Session, Style};
use crate::loader::{self, Loaded};
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
    let result = match Config::from(cli) {
        Config::Play(config) => play(&config),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::Output(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            let _ = writeln!(io::stderr(), "factquiz: {}", front::clean(&e.to_string()));
            ExitCode::from(e.exit_code())
        }
    }
}

/// Loads the question files a command works on: the ones named, or the bundled ones.
fn load(paths: &[std::path::PathBuf]) -> Result<Vec<Loaded>, Error> {
    let files = if paths.is_empty() {
        loader::load_bundled()?
    } else {
        loader::load_paths(paths)?
    };
    let problems = validate(&files);
    if has_errors(&problems) {
        return Err(Error::Invalid(problems));
    }
    Ok(files)
}

fn play(config: &PlayConfig) -> Result<(), Error> {
    let files = load(&config.questions)?;
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
    let mut game = Game::new(seed, drawn.questions);

    let stdin = io::stdin();
    let mut input = stdin.lock();
    let echo = !stdin.is_terminal();
    let mut stdout = io::stdout().lock();
    let mut stderr = io::stderr().lock();
    let (text, text_is_terminal): (&mut dyn Write, bool) = if config.json {
        (&mut stderr, io::stderr().is_terminal())
    } else {
        (&mut stdout, io::stdout().is_terminal())
    };
    let session = Session {
        style: Style {
            enabled: text_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        },
        echo,
    };
    front::play(&mut game, &header, &session, &mut input, text)?;
    if config.json {
        let report = serde_json::to_string_pretty(&Report::of(&game)).map_err(io::Error::other)?;
        writeln!(stdout, "{report}")?;
    }
    stdout.flush()?;
    Ok(())
}

/// "Title (date)" for one event, "N events: A; B" for several.
fn title(files: &[Loaded]) -> String {
    let describe = |l: &Loaded| {
        let event = &l.file.event;
        let date = crate::check::date::Date::read(&event.date.value)
            .map_or_else(|| event.date.value.clone(), |d| d.display());
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
