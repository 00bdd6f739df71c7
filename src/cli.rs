//! The command line as clap sees it. `Config` turns it into what the program runs on.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::import::Encoding;
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

    /// Refuse to read a file larger than this many MiB
    #[arg(long, global = true, value_name = "MIB", default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..=65536))]
    pub max_file_mib: u64,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Play a game (the default)
    Play(PlayArgs),
    /// List the loaded events and how many questions each gives
    List(ListArgs),
    /// Check question files and report every problem (exit 0 valid, 1 invalid)
    Validate(ValidateArgs),
    /// Print every question a file can generate, with accepted answers and distractors
    Preview(PreviewArgs),
    /// Print a starter question file that shows each feature once
    New(NewArgs),
    /// Print the JSON Schema (draft 2020-12) of question files
    Schema,
    /// Turn another quiz's question bank (an Open Trivia DB response) into a question file
    Import(ImportArgs),
    /// Draft a question file from a plain-text news article, to review and then play
    Draft(DraftArgs),
    /// Show your progress: best scores, last games, accuracy over time, by kind and answer type
    Scores(ScoresArgs),
    /// List the answers you counted as right with `!`, to add to question files as aliases
    Aliases(AliasesArgs),
    /// Judge typed answers to one fact as a game would (for authors): right, wrong, and why
    Judge(JudgeArgs),
    /// Print a shell completion script (bash, zsh, fish or powershell)
    Completions(CompletionsArgs),
    /// Print the manual page (roff), for `man -l -` or a man folder
    Man,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_name = "SHELL")]
    pub shell: ShellArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShellArg {
    Bash,
    Zsh,
    Fish,
    Powershell,
}

impl From<ShellArg> for clap_complete::Shell {
    fn from(shell: ShellArg) -> clap_complete::Shell {
        match shell {
            ShellArg::Bash => clap_complete::Shell::Bash,
            ShellArg::Zsh => clap_complete::Shell::Zsh,
            ShellArg::Fish => clap_complete::Shell::Fish,
            ShellArg::Powershell => clap_complete::Shell::PowerShell,
        }
    }
}

#[derive(Debug, Args)]
pub struct AliasesArgs {
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct JudgeArgs {
    #[command(flatten)]
    pub source: SourceArgs,
    /// The fact (or hand-written question) the answers are to, by id
    #[arg(value_name = "ID")]
    pub id: String,
    /// The typed answers [default: one a line from standard input]
    #[arg(value_name = "ANSWER")]
    pub answers: Vec<String>,
    /// Judge a line typed at the fact's multiple-choice question with these options, in the
    /// order printed (one of them the answer); repeat for each option
    #[arg(long = "option", value_name = "TEXT")]
    pub options: Vec<String>,
    /// Judge with no spelling slips, as --strict plays
    #[arg(long)]
    pub strict: bool,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ScoresArgs {
    /// Print JSON
    #[arg(long)]
    pub json: bool,
    /// How many of the last games to list
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub limit: usize,
    /// Clear the history (it is moved aside, not deleted), after asking
    #[arg(long)]
    pub reset: bool,
    /// With --reset: do not ask
    #[arg(long, requires = "reset")]
    pub yes: bool,
}

#[derive(Debug, Args, Clone, Default)]
pub struct SourceArgs {
    /// Use the question files at PATH (a file, or a folder of *.json files) instead of the bundled
    /// ones and the user folder; repeatable
    #[arg(long = "questions", value_name = "PATH")]
    pub questions: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[command(flatten)]
    pub source: SourceArgs,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Files or folders to check [default: everything a game would load]
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Fail (exit 1) on warnings too
    #[arg(long)]
    pub deny_warnings: bool,
}

#[derive(Debug, Args)]
pub struct PreviewArgs {
    /// The question file (or folder) to preview [default: everything a game would load]
    #[arg(value_name = "PATH")]
    pub path: Option<PathBuf>,
    /// Print JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// Write the starter file here instead of printing it
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Overwrite FILE if it exists
    #[arg(long, requires = "output")]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The bank's format
    #[arg(long, value_name = "FORMAT", default_value = "opentdb")]
    pub from: FromArg,
    /// The saved response (`-` reads standard input)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Write the question file here instead of printing it
    #[arg(long, short = 'o', value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Overwrite OUT if it exists
    #[arg(long, requires = "output")]
    pub force: bool,
    /// The event id (question ids are made from it) [default: from FILE's name]
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// The event title [default: from the bank's categories]
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// How the bank's strings are encoded [default: worked out from the file]
    #[arg(long, value_name = "ENCODING")]
    pub encoding: Option<EncodingArg>,
}

#[derive(Debug, Args)]
pub struct DraftArgs {
    /// The article: plain text, one paragraph a line or paragraphs split by blank lines (`-`
    /// reads standard input)
    #[arg(value_name = "ARTICLE")]
    pub article: PathBuf,
    /// Write the question file here instead of printing it
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Overwrite FILE if it exists
    #[arg(long, requires = "output")]
    pub force: bool,
    /// The event id (fact and claim ids are made from it) [default: from ARTICLE's name]
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// The event title [default: from ARTICLE's name]
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// The event's date [default: a full date in the dateline, else none]
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = crate::draft::parse_date)]
    pub date: Option<String>,
    /// How many facts and claims to keep, the best first
    #[arg(long, value_name = "N", default_value_t = crate::draft::DEFAULT_MAX as u32, value_parser = clap::value_parser!(u32).range(1..))]
    pub max: u32,
    /// Keep every fact and claim drafted, unranked, to choose from when reviewing (some will
    /// show another's answer in their sentence)
    #[arg(long, conflicts_with = "max")]
    pub all: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FromArg {
    /// An Open Trivia DB (opentdb.com) API response, saved as it came
    Opentdb,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EncodingArg {
    /// HTML entities (&quot; &#039; &eacute;), the API's default
    Html,
    /// encode=base64
    Base64,
    /// encode=url3986 or encode=urlLegacy
    Url,
}

impl From<EncodingArg> for Encoding {
    fn from(encoding: EncodingArg) -> Encoding {
        match encoding {
            EncodingArg::Html => Encoding::Html,
            EncodingArg::Base64 => Encoding::Base64,
            EncodingArg::Url => Encoding::Url,
        }
    }
}

#[derive(Debug, Args, Clone, Default)]
pub struct PlayArgs {
    /// How many questions to ask (if fewer can be drawn, those are played)
    #[arg(short = 'n', long, value_name = "N", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..))]
    pub count: u32,

    /// Replay a game: the same seed and question files give the same questions, in the same order
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,

    #[command(flatten)]
    pub source: SourceArgs,

    /// Draft questions from this plain-text article and play them at once (`-` reads standard
    /// input until its end, Ctrl-D at a terminal)
    #[arg(long, value_name = "ARTICLE", conflicts_with_all = ["questions", "events", "retry"])]
    pub article: Option<PathBuf>,

    /// Play only this event (its id, as `factquiz list` shows); repeatable [default: all loaded]
    #[arg(long = "event", value_name = "ID")]
    pub events: Vec<String>,

    /// Ask only these kinds of question; repeatable [default: all]
    #[arg(long = "kind", value_name = "KIND")]
    pub kinds: Vec<KindArg>,

    /// Accept no spelling slips: typed answers must be spelled right
    #[arg(long)]
    pub strict: bool,

    /// Practise: ask what you missed first, then what you have not seen, then what is due again
    #[arg(long, conflicts_with = "retry")]
    pub practice: bool,

    /// Ask again exactly the questions missed in the last game
    #[arg(long, conflicts_with_all = ["seed", "events", "kinds"])]
    pub retry: bool,

    /// Give each question SECS seconds (decimals allowed): faster right answers earn more, late
    /// ones nothing, and at the limit the game moves on
    #[arg(long, value_name = "SECS", allow_negative_numbers = true, value_parser = seconds)]
    pub timed: Option<f64>,

    /// No bonus point for a streak of right answers
    #[arg(long)]
    pub no_streak_bonus: bool,

    /// After each answer, say how sure you are (1 a guess, 2 fairly, 3 certain): right earns
    /// 1/2/3, wrong costs 0/2/6, and the summary shows how well your certainty matched
    #[arg(long)]
    pub confidence: bool,

    /// Do not record this game in the history
    #[arg(long)]
    pub no_save: bool,

    /// Print the result as one JSON document on stdout; everything else goes to stderr
    #[arg(long)]
    pub json: bool,
}

/// The most `--timed` allows: an hour a question.
const MAX_SECONDS: f64 = 3600.0;

/// A `--timed` value: a number of seconds more than 0 and at most an hour.
fn seconds(text: &str) -> Result<f64, String> {
    let secs: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a number of seconds (try 20, or 7.5)"))?;
    if !secs.is_finite() || secs <= 0.0 {
        return Err(format!(
            "the time a question has must be more than 0 seconds, not {text}"
        ));
    }
    if secs > MAX_SECONDS {
        return Err(format!(
            "the time a question has is at most {MAX_SECONDS} seconds (an hour), not {text}"
        ));
    }
    Ok(secs)
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
    /// Find the paragraph of the source that supports or refutes a claim or statement
    Evidence,
    /// Spot the detail changed in a paragraph of the source
    Altered,
}

impl From<KindArg> for Kind {
    fn from(kind: KindArg) -> Kind {
        match kind {
            KindArg::Short => Kind::Short,
            KindArg::Choice => Kind::Choice,
            KindArg::Truefalse => Kind::Truefalse,
            KindArg::Verdict => Kind::Verdict,
            KindArg::Evidence => Kind::Evidence,
            KindArg::Altered => Kind::Altered,
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

    #[test]
    fn timed_takes_decimals_and_refuses_nothing_or_less() {
        let cli = Cli::try_parse_from(["factquiz", "--timed", "7.5"]).unwrap();
        assert_eq!(cli.play.timed, Some(7.5));
        for bad in ["-1", "0", "-0.5", "NaN", "inf", "3601", "soon"] {
            let e = Cli::try_parse_from(["factquiz", "--timed", bad]).unwrap_err();
            let text = e.to_string();
            assert!(!text.contains("unexpected argument"), "{bad}: {text}");
            assert!(text.contains("seconds"), "{bad}: {text}");
        }
    }

    #[test]
    fn draft_takes_an_article_and_checks_its_date_and_max() {
        let cli = Cli::try_parse_from([
            "factquiz",
            "draft",
            "a.txt",
            "--date",
            "July 27, 2018",
            "--max",
            "5",
        ])
        .unwrap();
        let Some(Command::Draft(args)) = cli.command else {
            panic!("expected draft")
        };
        assert_eq!((args.date.as_deref(), args.max), (Some("2018-07-27"), 5));
        assert!(Cli::try_parse_from(["factquiz", "draft", "a.txt", "--date", "soon"]).is_err());
        assert!(Cli::try_parse_from(["factquiz", "draft", "a.txt", "--max", "0"]).is_err());
        assert!(Cli::try_parse_from(["factquiz", "--article", "a.txt", "--retry"]).is_err());
        let cli = Cli::try_parse_from(["factquiz", "--article", "a.txt", "-n", "3"]).unwrap();
        assert_eq!(
            cli.play.article.as_deref(),
            Some(std::path::Path::new("a.txt"))
        );
    }
}
