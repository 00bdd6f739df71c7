//! The game engine: draws a game's questions, judges answers, keeps score. Pure: no I/O, no clock,
//! no global RNG; the caller passes a seeded RNG to `draw`.

mod confidence;
mod draw;
mod ending;
mod game;
mod hint;
mod judge;
mod leaks;
mod mode;
mod outcome;
mod rules;
mod score;
mod totals;

pub use confidence::Confidence;
pub use draw::{Draw, DrawRequest, ItemKey, Order, Replay, draw, keys, rebuild};
pub use ending::Ending;
pub use game::{Answer, Bonus, Feedback, Game, Step};
pub use hint::{BLANKED, Hint, blank_out, halved};
pub use judge::{Judgement, Reply, judge, read_verdict};
pub use leaks::{arrange, form_words, shown_texts};
pub use mode::Mode;
pub use outcome::Outcome;
pub use rules::Rules;
pub use score::{STREAK_BONUS_FROM, Score};
pub use totals::Totals;

/// The generator every game's seed drives (the draw, each question's options, practice's order).
/// A named algorithm, not `rand::rngs::StdRng`, which rand may change in any release: a seed
/// saved in the history (`--retry`, `--seed`) must give the same game after an update. The
/// questions a few seeds draw are pinned in a test (`draw::tests`), which fails should any
/// dependency change them.
pub type GameRng = rand_chacha::ChaCha8Rng;

#[cfg(test)]
mod bundled;
#[cfg(test)]
mod confident_games;
#[cfg(test)]
mod fair_games;
#[cfg(test)]
mod pinned;
#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;
