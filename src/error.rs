//! The errors that end a run, and the exit status each maps to.

use crate::commands::JudgeError;
use crate::config::ConfigError;
use crate::draft::DraftError;
use crate::import::ImportError;
use crate::loader::LoadError;
use crate::store::{HistoryError, StoreError, WriteError};
use crate::validate::{Problem, Severity};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("{}", invalid(.0))]
    Invalid(Vec<Problem>),
    /// Nothing to ask: no question of the kinds asked for in the loaded files.
    #[error("{0}")]
    NoQuestions(String),
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Judge(#[from] JudgeError),
    /// `--retry` with no earlier game that had an answer; `place` is the history.
    #[error("no earlier game to retry: no game with an answer in {place}")]
    NoGameToRetry { place: String },
    /// `--retry` when none of the last game's misses is in the files loaded now.
    #[error(
        "none of the last game's {count} missed question{} is in the question files loaded now: retry with the files that game was played with (factquiz --retry --questions FILE)",
        if *.count == 1 { "" } else { "s" }
    )]
    RetryGone { count: usize },
    #[error("no event {id:?} among the loaded files (events: {known})")]
    UnknownEvent { id: String, known: String },
    #[error(
        "the event id {} is already the id of {by}, which a game loads; give the import another id, like --id {free}",
        crate::echo::quoted(id)
    )]
    EventTaken {
        id: String,
        by: String,
        free: String,
    },
    #[error(transparent)]
    WriteFile(#[from] WriteError),
    /// No data folder (no `FACTQUIZ_DATA_DIR`, no home), so nothing kept there: `what`.
    #[error("no data folder (set FACTQUIZ_DATA_DIR), so {0}")]
    NoDataFolder(&'static str),
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error("{path}: {source}")]
    Draft {
        path: String,
        #[source]
        source: DraftError,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    History(#[from] HistoryError),
    /// The history a game would be saved in cannot be used.
    #[error("{0}\nso this game could not be saved; to play without saving it, add --no-save")]
    CannotSave(HistoryError),
    /// Standard input that cannot be read as answers (not UTF-8, say).
    #[error("standard input: {0}")]
    Input(String),
    #[error("cannot write output: {0}")]
    Output(#[from] std::io::Error),
}

impl Error {
    /// 2 for a problem with what the user gave us (question files, options), 1 for anything else.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Load(_)
            | Error::Invalid(_)
            | Error::NoQuestions(_)
            | Error::Config(_)
            | Error::Judge(_)
            | Error::NoGameToRetry { .. }
            | Error::RetryGone { .. }
            | Error::UnknownEvent { .. }
            | Error::Import(_)
            | Error::Draft { .. }
            | Error::EventTaken { .. }
            | Error::WriteFile(WriteError::Exists(_) | WriteError::NotAFile { .. })
            | Error::Input(_)
            // As before it had its own error: the user's setting to fix.
            | Error::NoDataFolder(_) => 2,
            Error::Output(_)
            | Error::WriteFile(WriteError::Write { .. })
            | Error::Store(_)
            | Error::History(_)
            | Error::CannotSave(_) => 1,
        }
    }
}

fn invalid(problems: &[Problem]) -> String {
    let errors: Vec<String> = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(Problem::to_string)
        .collect();
    let count = errors.len();
    format!(
        "{}\n{count} error{} in the question files; `factquiz validate` lists every problem",
        errors.join("\n"),
        if count == 1 { "" } else { "s" }
    )
}
