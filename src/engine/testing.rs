//! For tests: a game drawn from the bundled file, every kind mixed.

use super::{DrawRequest, Game, Order, Rules, draw};
use crate::loader::load_bundled;
use crate::model::QuestionFile;
use crate::question::Kind;

/// A game of `count` questions drawn with `seed` from the bundled file, played by `rules`.
pub(crate) fn bundled_game(seed: u64, count: usize, rules: Rules) -> Game {
    let files: Vec<QuestionFile> = load_bundled()
        .unwrap()
        .into_iter()
        .map(|l| l.file)
        .collect();
    let refs: Vec<&QuestionFile> = files.iter().collect();
    let request = DrawRequest {
        count,
        kinds: Kind::ALL.to_vec(),
        seed,
        order: Order::Shuffled,
    };
    Game::new(seed, draw(&refs, &request).questions, rules)
}
