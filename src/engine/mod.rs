//! The game engine: draws a game's questions, judges answers, keeps score. Pure: no I/O, no clock,
//! no global RNG; the caller passes a seeded RNG to `draw`.

mod draw;
mod game;
mod judge;
mod leaks;
mod outcome;
mod rules;
mod score;

pub use draw::{Draw, DrawRequest, ItemKey, Order, Replay, draw, keys, rebuild};
pub use game::{Answer, Feedback, Game, Step};
pub use judge::{Judgement, Reply, judge};
pub use leaks::{arrange, form_words, shown_texts};
pub use outcome::Outcome;
pub use rules::Rules;
pub use score::{STREAK_BONUS_FROM, Score};

#[cfg(test)]
mod fair_games;
#[cfg(test)]
mod tests;
