//! The command line as clap sees it. `Config` turns it into what the program runs on.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::question::Kind;

/// A fact-checking quiz about news events: questions generated from the facts of a source, judged
/// fairly, with the evidence after every answer.
#[derive(Debug, Parser)]
#[command(name = "factquiz", version, args_conflicts_with_subcommands = true)]
#[command(after_help = "Without a command, factquiz plays a game: `factquiz` is `factquiz play`.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    #[command(flatten)]
    pub play: PlayArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Play a game (the default)
    Play(PlayArgs),
}

#[derive(Debug, Args, Clone, Default)]
pub struct PlayArgs {
    /// How many questions to ask
    #[arg(short = 'n', long, value_name = "N", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub count: u32,

    /// Replay a game: the same seed and question files give the same questions, in the same order
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    /// Play the question files at PATH (a file, or a folder of *.json files) instead of the bundled
    /// ones; repeatable
    #[arg(long = "questions", value_name = "PATH")]
    pub questions: Vec<PathBuf>,

    /// Ask only these kinds of question; repeatable [default: all]
    #[arg(long = "kind", value_name = "KIND")]
    pub kinds: Vec<KindArg>,

    /// Print the result as one JSON document on stdout; everything else goes to stderr
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// Type the answer
    Short,
    /// Pick one of four options
    Choice,
    /// Say whether a statement is true
    Truefalse,
    /// Judge a fact-check claim: supported, refuted or not stated
    Verdict,
}

impl From<KindArg> for Kind {
    fn from(kind: KindArg) -> Kind {
        match kind {
            KindArg::Short => Kind::Short,
            KindArg::Choice => Kind::Choice,
            KindArg::Truefalse => Kind::Truefalse,
            KindArg::Verdict => Kind::Verdict,
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn play_is_the_default_command() {
        let cli = Cli::try_parse_from(["factquiz", "-n", "3", "--seed", "7"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!((cli.play.count, cli.play.seed), (3, Some(7)));
        let cli = Cli::try_parse_from(["factquiz", "play", "--kind", "verdict"]).unwrap();
        let Some(Command::Play(args)) = cli.command else {
            panic!("expected play")
        };
        assert_eq!(args.kinds, vec![KindArg::Verdict]);
        assert!(Cli::try_parse_from(["factquiz", "-n", "0"]).is_err());
    }
}
