//! Any line typed at any question of the bundled bank: judging must end in a reply, never a
//! panic; and the answer readers must not panic on any text.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

use factquiz::check::number;
use factquiz::engine::{DrawRequest, Game, Order, Rules, draw, judge};
use factquiz::loader::load_bundled;
use factquiz::normalize;
use factquiz::question::{Kind, Question};

fn questions() -> &'static Vec<Question> {
    static QUESTIONS: OnceLock<Vec<Question>> = OnceLock::new();
    QUESTIONS.get_or_init(|| {
        let loaded = load_bundled().expect("the bundled files load");
        let files: Vec<_> = loaded.iter().map(|l| &l.file).collect();
        (0..4)
            .flat_map(|seed| {
                let request = DrawRequest {
                    count: 200,
                    kinds: Kind::ALL.to_vec(),
                    seed,
                    order: Order::Shuffled,
                };
                draw(&files, &request).questions
            })
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let line = String::from_utf8_lossy(data);
    let _ = number::read(&line, Some("soldiers"));
    let _ = number::read_span(&line);
    let key = normalize::key(&line);
    assert_eq!(normalize::key(&key), key, "normalising is idempotent");
    let all = questions();
    let pick = data.first().map_or(0, |b| usize::from(*b)) % all.len();
    for q in [&all[pick], &all[(pick * 7 + 3) % all.len()]] {
        for strict in [false, true] {
            let rules = Rules {
                strict,
                ..Rules::default()
            };
            let _ = judge(q, &line, rules);
        }
    }
    let mut game = Game::new(1, vec![all[pick].clone()], Rules::default());
    let _ = game.respond(&line, 1000);
});
