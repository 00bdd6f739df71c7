//! What a run of factquiz does, decided from the command line and nothing else. The engine and the
//! front end see this, never clap.

use std::path::PathBuf;
use std::time::Duration;

use crate::cli::{Cli, Command, FromArg, PlayArgs};
use crate::commands::{DraftRequest, ImportRequest, default_id};
use crate::import::{Encoding, ImportOptions};
use crate::question::Kind;
use crate::record::Mode;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Config {
    Play(PlayConfig),
    List {
        questions: Vec<PathBuf>,
        json: bool,
    },
    Validate {
        paths: Vec<PathBuf>,
        deny_warnings: bool,
    },
    Preview {
        /// `None`: what a game would load.
        path: Option<PathBuf>,
        json: bool,
    },
    New {
        output: Option<PathBuf>,
        force: bool,
    },
    Schema,
    Import(Box<ImportRequest>),
    Draft(Box<DraftRequest>),
    Scores {
        json: bool,
        limit: usize,
        reset: bool,
        yes: bool,
    },
    Aliases {
        json: bool,
    },
    Judge(JudgeRequest),
    Completions(crate::cli::ShellArg),
    Man,
}

/// `factquiz judge`: typed answers to one fact, judged as a game would.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JudgeRequest {
    /// Empty: the bundled question files and the user's.
    pub questions: Vec<PathBuf>,
    pub id: String,
    /// Empty: read them from standard input, one a line.
    pub answers: Vec<String>,
    /// The options of the multiple-choice question as printed; empty: the short-answer question.
    pub options: Vec<String>,
    pub strict: bool,
    pub json: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlayConfig {
    pub count: usize,
    /// `None`: choose one at random and show it.
    pub seed: Option<u64>,
    /// Empty: the bundled question files and the user's.
    pub questions: Vec<PathBuf>,
    /// An article to draft questions from and play instead of any question file.
    pub article: Option<PathBuf>,
    /// Empty: every loaded event.
    pub events: Vec<String>,
    /// The kinds to ask, each once, in a fixed order; never empty.
    pub kinds: Vec<Kind>,
    /// No spelling slips accepted.
    pub strict: bool,
    pub mode: Mode,
    /// The time a question has, when timed.
    pub timed: Option<Duration>,
    pub streak_bonus: bool,
    /// `--confidence`: certainty-based marking.
    pub confidence: bool,
    /// Record the game in the history.
    pub save: bool,
    pub json: bool,
}

/// A command line clap accepts but factquiz cannot run. Checked once, here, before any file is read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// `judge --option` more times than a question has letters.
    #[error("{given} options given: a question has at most {MOST_OPTIONS}, one for each letter")]
    TooManyOptions { given: usize },
}

/// The most options a question may be given with (`judge --option`): one for each letter.
pub const MOST_OPTIONS: usize = 26;

impl TryFrom<Cli> for Config {
    type Error = ConfigError;

    fn try_from(cli: Cli) -> Result<Config, ConfigError> {
        Ok(match cli.command {
            Some(Command::Play(args)) => Config::Play(args.into()),
            Some(Command::List(args)) => Config::List {
                questions: args.source.questions,
                json: args.json,
            },
            Some(Command::Validate(args)) => Config::Validate {
                paths: args.paths,
                deny_warnings: args.deny_warnings,
            },
            Some(Command::Preview(args)) => Config::Preview {
                path: args.path,
                json: args.json,
            },
            Some(Command::New(args)) => Config::New {
                output: args.output,
                force: args.force,
            },
            Some(Command::Schema) => Config::Schema,
            Some(Command::Completions(args)) => Config::Completions(args.shell),
            Some(Command::Man) => Config::Man,
            Some(Command::Scores(args)) => Config::Scores {
                json: args.json,
                limit: args.limit,
                reset: args.reset,
                yes: args.yes,
            },
            Some(Command::Aliases(args)) => Config::Aliases { json: args.json },
            Some(Command::Judge(args)) if args.options.len() > MOST_OPTIONS => {
                return Err(ConfigError::TooManyOptions {
                    given: args.options.len(),
                });
            }
            Some(Command::Judge(args)) => Config::Judge(JudgeRequest {
                questions: args.source.questions,
                id: args.id,
                answers: args.answers,
                options: args.options,
                strict: args.strict,
                json: args.json,
            }),
            Some(Command::Import(args)) => {
                let FromArg::Opentdb = args.from;
                let origin = if args.file.as_os_str() == "-" {
                    "standard input".to_owned()
                } else {
                    args.file.display().to_string()
                };
                Config::Import(Box::new(ImportRequest {
                    options: ImportOptions {
                        id: args.id.unwrap_or_else(|| default_id(&args.file)),
                        title: args.title,
                        origin,
                        encoding: args.encoding.map(Encoding::from),
                    },
                    path: args.file,
                    output: args.output,
                    force: args.force,
                }))
            }
            Some(Command::Draft(args)) => Config::Draft(Box::new(DraftRequest::new(
                args.article,
                args.output,
                args.force,
                args.id,
                args.title,
                args.date,
                if args.all {
                    usize::MAX
                } else {
                    args.max as usize
                },
            ))),
            None => Config::Play(cli.play.into()),
        })
    }
}

impl From<PlayArgs> for PlayConfig {
    fn from(args: PlayArgs) -> PlayConfig {
        let mut kinds: Vec<Kind> = args.kinds.into_iter().map(Kind::from).collect();
        kinds.sort();
        kinds.dedup();
        if kinds.is_empty() {
            kinds = Kind::ALL.to_vec();
        }
        PlayConfig {
            count: args.count as usize,
            seed: args.seed,
            questions: args.source.questions,
            article: args.article,
            events: args.events,
            kinds,
            strict: args.strict,
            mode: if args.retry {
                Mode::Retry
            } else if args.practice {
                Mode::Practice
            } else {
                Mode::Play
            },
            timed: args.timed.map(Duration::from_secs_f64),
            streak_bonus: !args.no_streak_bonus,
            confidence: args.confidence,
            save: !args.no_save,
            json: args.json,
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    fn config(args: &[&str]) -> Result<Config, ConfigError> {
        Config::try_from(Cli::try_parse_from(args).unwrap())
    }

    #[test]
    fn judge_takes_at_most_one_option_a_letter() {
        let mut args = vec!["factquiz", "judge", "f1", "x"];
        args.extend(std::iter::repeat_n(["--option", "o"], MOST_OPTIONS).flatten());
        let Ok(Config::Judge(request)) = config(&args) else {
            panic!("26 options are fine")
        };
        assert_eq!(request.options.len(), MOST_OPTIONS);
        args.extend(["--option", "o"]);
        let e = config(&args).unwrap_err();
        assert_eq!(e, ConfigError::TooManyOptions { given: 27 });
        assert!(
            e.to_string()
                .starts_with("27 options given: a question has at most 26")
        );
    }

    #[test]
    fn play_is_the_default_and_every_kind_when_none_is_named() {
        let Ok(Config::Play(play)) = config(&["factquiz", "-n", "3"]) else {
            panic!("expected play")
        };
        assert_eq!(
            (play.count, play.kinds.as_slice()),
            (3, Kind::ALL.as_slice())
        );
    }
}
