//! What a run of factquiz does, decided from the command line and nothing else. The engine and the
//! front end see this, never clap.

use std::path::PathBuf;

use crate::cli::{Cli, Command, PlayArgs};
use crate::question::Kind;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Config {
    Play(PlayConfig),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlayConfig {
    pub count: usize,
    /// `None`: choose one at random and show it.
    pub seed: Option<u64>,
    /// Empty: the bundled question files.
    pub questions: Vec<PathBuf>,
    /// The kinds to ask, each once, in a fixed order; never empty.
    pub kinds: Vec<Kind>,
    pub json: bool,
}

impl From<Cli> for Config {
    fn from(cli: Cli) -> Config {
        match cli.command {
            Some(Command::Play(args)) => Config::Play(args.into()),
            None => Config::Play(cli.play.into()),
        }
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
            questions: args.questions,
            kinds,
            json: args.json,
        }
    }
}
