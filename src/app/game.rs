//! Wiring for a game: load the files (or draft the article), read the history and the answers
//! counted with `!`, plan and play the game at the real terminal, then save what it left.

use std::io::{self, IsTerminal, Write};

use rand::RngExt;

use super::Context;
use super::counted::remember;
use super::files::{article, load, remember_checked};
use super::summary;
use crate::aliases;
use crate::commands::{self, Plan, Screen};
use crate::config::PlayConfig;
use crate::error::Error;
use crate::front::{self, Editor, Input, Lines, Style};
use crate::loader::Loaded;
use crate::model::QuestionFile;
use crate::question::Question;
use crate::record::{Mode, Record};
use crate::store::{Aliases, History, LoadedAliases, LoadedHistory};

/// Plays a game; with `--json` the game goes to stderr and only the report to `stdout`. Returns
/// the exit status: 0, or 130 when the game was ended by Ctrl-C.
pub(super) fn play(config: &PlayConfig, context: &mut Context) -> Result<u8, Error> {
    let mut files = match &config.article {
        Some(path) => select_events(vec![article(path, context)?], &config.events)?,
        None => select_events(load(&config.questions, context)?, &config.events)?,
    };
    // The files are admitted: no problem in them will be placed on a line now.
    files.iter_mut().for_each(Loaded::forget_text);
    let max_bytes = context.max_bytes;
    let history = (context.data.clone()).map(|dir| History::new(dir).with_max_bytes(max_bytes));
    let mut practiced = match (&history, &context.cache) {
        (Some(history), Some(cache)) if config.mode == Mode::Practice => {
            Some(summary::practiced(history, cache, config.save)?)
        }
        _ => None,
    };
    let past = match &mut practiced {
        Some(practiced) => std::mem::take(&mut practiced.past),
        None => past_games(history.as_ref(), config.save)?,
    };
    let known = (practiced.as_ref())
        .and_then(|p| p.schedule.as_ref())
        .map(|(cards, games)| (cards, *games));
    let counted_store = context.data.clone().map(Aliases::new);
    let counted = match &counted_store {
        Some(store) => store.read(config.save)?,
        None => LoadedAliases::default(),
    };
    for warning in past.warnings.iter().chain(&counted.warnings) {
        context.warn(warning)?;
    }
    let parsed: Vec<&QuestionFile> = files.iter().map(|l| &l.file).collect();
    let seed = config
        .seed
        .unwrap_or_else(|| rand::rng().random_range(1..1_000_000));
    let plan = commands::plan_with(&parsed, &past.records, known, config, seed);
    let Some((questions, available, seed)) = to_ask(plan, history.as_ref(), &mut context.stderr)?
    else {
        return Ok(0);
    };
    let ready = commands::ready(
        &files,
        config,
        questions,
        (available, seed),
        &counted.aliases,
    )?;
    let text_is_terminal = if config.json {
        context.stderr.is_terminal()
    } else {
        context.stdout.is_terminal()
    };
    let (text, report): (&mut dyn Write, Option<&mut dyn Write>) = if config.json {
        (&mut context.stderr, Some(&mut context.stdout))
    } else {
        (&mut context.stdout, None)
    };
    let width = match front::terminal_columns(config.json) {
        Some(columns) if text_is_terminal => Style::width_for(columns),
        _ => front::PIPED_WIDTH,
    };
    let style = Style {
        enabled: text_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        width,
    };
    let mut input = input(config, &context.stdin, width)?;
    let time = (context.clock)();
    let screen = Screen {
        text,
        report,
        input: input.as_mut(),
        style,
    };
    let (game, record) = commands::run_game(ready, config, &past.records, time.clone(), screen)?;
    drop(input);
    if config.save {
        save(history.as_ref(), &record, &mut context.stderr)?;
    }
    remember(
        &aliases::counted(&game, &time),
        counted_store.as_ref().filter(|_| config.save),
        &mut context.stderr,
    )?;
    // After the game, so that writing the cache never delays the first question.
    remember_checked(&files, context);
    if let (Some(practiced), Some(history), Some(cache)) = (practiced, &history, &context.cache) {
        summary::keep(practiced, history, cache);
    }
    Ok(commands::status(record.ending))
}

/// The questions a plan asks, with how many could be drawn and the seed; `None` when there is
/// nothing to retry (said on `stderr`), an error when there is no game to retry.
fn to_ask(
    plan: Plan,
    history: Option<&History>,
    stderr: &mut dyn Write,
) -> Result<Option<(Vec<Question>, usize, u64)>, Error> {
    match plan {
        Plan::Ask {
            questions,
            available,
            seed,
            gone,
        } => {
            if gone > 0 && questions.is_empty() {
                return Err(Error::RetryGone { count: gone });
            }
            if gone > 0 {
                writeln!(
                    stderr,
                    "factquiz: warning: {gone} of the {} missed questions are not in the question files loaded now (a game played with --questions FILE is retried with the same)",
                    gone + questions.len()
                )?;
            }
            Ok(Some((questions, available, seed)))
        }
        Plan::NoGame => {
            let place = history.as_ref().map_or_else(
                || "the history".to_owned(),
                |h| h.path().display().to_string(),
            );
            Err(Error::NoGameToRetry { place })
        }
        Plan::NoMisses(time) => {
            writeln!(
                stderr,
                "The last game ({}) had no misses: nothing to retry.",
                front::clean(&time)
            )?;
            Ok(None)
        }
    }
}

/// Appends the game's `record` to the history, or says it could not be saved.
fn save(history: Option<&History>, record: &Record, stderr: &mut dyn Write) -> Result<(), Error> {
    match history {
        Some(history) => {
            for warning in history.append(record)? {
                writeln!(stderr, "factquiz: warning: {}", front::clean(&warning))?;
            }
        }
        None => writeln!(
            stderr,
            "factquiz: warning: no data folder (set FACTQUIZ_DATA_DIR); the game was not saved"
        )?,
    }
    Ok(())
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
pub(super) fn past_games(history: Option<&History>, save: bool) -> Result<LoadedHistory, Error> {
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
fn input<'i>(
    config: &PlayConfig,
    stdin: &'i io::Stdin,
    width: usize,
) -> Result<Box<dyn Input + 'i>, Error> {
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
