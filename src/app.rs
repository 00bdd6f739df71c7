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
use crate::engine::{DrawRequest, Game, Order, Rules, draw, keys, rebuild};
use crate::error::Error;
use crate::front::{self, Editor, Header, Input, Lines, Report, Style};
use crate::generate::display;
use crate::history::{Ending, Mode, Options, Record};
use crate::loader::{self, Loaded};
use crate::model::AnswerType;
use crate::model::QuestionFile;
use crate::practice::{self, Retry};
use crate::store::{History, LoadedHistory};
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
    let max = cli.max_file_mib << 20;
    let result = match Config::from(cli) {
        Config::Play(config) => play(&config, max, &mut stdout),
        Config::List { questions, json } => load(&questions, max)
            .and_then(|files| commands::list(&files, json, &mut stdout).map(|()| 0)),
        Config::Validate {
            paths,
            deny_warnings,
        } => {
            let results = if paths.is_empty() {
                loader::load_default(user_questions_dir().as_deref(), max)
            } else {
                loader::load_each(&paths, max)
            };
            let (mut loaded, mut unreadable) = (Vec::new(), Vec::new());
            for result in results {
                match result {
                    Ok(file) => loaded.push(file),
                    Err(e) => unreadable.push(e),
                }
            }
            let code = commands::validate(&loaded, &unreadable, deny_warnings, &mut stdout);
            // The process ends next: the system takes a large bank back at once, faster than
            // freeing it piece by piece.
            std::mem::forget(loaded);
            code
        }
        Config::Preview { path, json } => load(std::slice::from_ref(&path), max)
            .and_then(|files| commands::preview(&files, json, &mut stdout).map(|()| 0)),
        Config::New { output, force } => {
            commands::new(output.as_deref(), force, &mut stdout).map(|()| 0)
        }
        Config::Schema => commands::schema(&mut stdout).map(|()| 0),
        Config::Scores {
            json,
            limit,
            reset,
            yes,
        } => scores(json, limit, reset, yes, &mut stdout),
        Config::Draft(mut request) => {
            request.options.today = today();
            loader::read_text(&request.path, max)
                .map_err(Error::from)
                .and_then(|text| {
                    commands::draft(&request, &text, &mut stdout, &mut io::stderr().lock())
                })
                .map(|()| 0)
        }
        Config::Import(mut request) => {
            request.options.date = today();
            loader::read_text(&request.path, max)
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

fn unix_seconds() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The UTC date of `seconds` since 1970 as `YYYY-MM-DD`.
fn date_of(seconds: u64) -> String {
    Date::from_days(i64::try_from(seconds / 86_400).unwrap_or(0)).iso()
}

/// Today's date (UTC) as `YYYY-MM-DD`.
fn today() -> String {
    date_of(unix_seconds())
}

/// Now (UTC) as RFC 3339: `2026-11-25T15:30:12Z`, date and time from one reading of the clock.
fn now() -> String {
    let seconds = unix_seconds();
    let time = seconds % 86_400;
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        date_of(seconds),
        time / 3600,
        time % 3600 / 60,
        time % 60
    )
}

/// Loads the question files a command works on: the ones named, or the bundled ones.
fn load(paths: &[PathBuf], max_bytes: u64) -> Result<Vec<Loaded>, Error> {
    let files: Vec<Loaded> = if paths.is_empty() {
        loader::load_default(user_questions_dir().as_deref(), max_bytes)
            .into_iter()
            .collect::<Result<_, _>>()?
    } else {
        loader::load_paths(paths, max_bytes)?
    };
    let problems = validate(&files);
    if has_errors(&problems) {
        return Err(Error::Invalid(problems));
    }
    Ok(files)
}

/// The question file drafted in memory from the article at `path` (`--article`).
fn article(path: &std::path::Path, max_bytes: u64) -> Result<Loaded, Error> {
    let text = loader::read_text(path, max_bytes)?;
    let mut options = commands::article_options(path);
    options.today = today();
    commands::drafted(path, &text, &options).map(|(loaded, _)| loaded)
}

/// Plays a game; with `--json` the game goes to stderr and only the report to `stdout`. Returns
/// the exit status: 0, or 130 when the game was ended by Ctrl-C.
fn play(config: &PlayConfig, max_bytes: u64, stdout: &mut dyn Write) -> Result<u8, Error> {
    let mut files = match &config.article {
        Some(path) => vec![article(path, max_bytes)?],
        None => load(&config.questions, max_bytes)?,
    };
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
    let history = data_dir().map(History::new);
    let past = match &history {
        Some(h) => h.read(config.save)?,
        None => LoadedHistory::default(),
    };
    for warning in &past.warnings {
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
            let mut rng = StdRng::seed_from_u64(seed);
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
        time_limit: config.timed.map(|s| u64::from(s) * 1000),
    };
    let mut game = Game::new(request.seed, questions, rules);

    let (text, text_is_terminal): (&mut dyn Write, bool) = if config.json {
        (&mut stderr, io::stderr().is_terminal())
    } else {
        (&mut *stdout, io::stdout().is_terminal())
    };
    let style = Style {
        enabled: text_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let stdin = io::stdin();
    let mut input: Box<dyn Input> = if stdin.is_terminal() {
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
        timed: config.timed.map(f64::from),
    };
    let record = Record::of(&game, config.mode, options, ending, now());
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
    Ok(if ending == Ending::Interrupted {
        130
    } else {
        0
    })
}

/// `factquiz scores`: the figures of the history, or (`--reset`) the history moved aside after
/// asking on stdin (unless `yes`).
fn scores(
    json: bool,
    limit: usize,
    reset: bool,
    yes: bool,
    stdout: &mut dyn Write,
) -> Result<u8, Error> {
    let Some(dir) = data_dir() else {
        return Err(Error::NoQuestions(
            "no data folder (set FACTQUIZ_DATA_DIR), so no history".into(),
        ));
    };
    let history = History::new(dir);
    let past = history.read(true)?;
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

/// "Title (date)" for one event, "N events: A; B" for several.
fn title(files: &[&Loaded]) -> String {
    let describe = |l: &&Loaded| {
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
