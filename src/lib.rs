//! factquiz: a fact-checking quiz game for the terminal.
//!
//! Data flows one way: `loader` (reads question files) -> `validate` (every problem, pure) ->
//! `generate` (facts and claims to questions, pure) -> `engine` (draws, judges, scores, pure) ->
//! `front` (the player's terminal or a JSON report). `app` wires them to the real process. The
//! rules on the loaded files that both `validate` and `generate` apply (which distractors a fact
//! can be given, whether a set of options gives its answer away) are in `bank`, before both.

mod admit;
pub mod aliases;
mod app;
pub mod bank;
pub mod check;
pub mod cli;
pub mod commands;
pub mod config;
pub mod draft;
pub mod echo;
pub mod engine;
pub mod error;
pub mod front;
pub mod generate;
pub mod heading;
pub mod huge_pages;
pub mod import;
pub mod loader;
pub mod locate;
pub mod model;
pub mod normalize;
pub mod practice;
pub mod question;
pub mod record;
pub mod shape;
pub mod stats;
pub mod store;
pub mod synthetic;
pub mod validate;

pub use app::run;
