//! Any bytes as a question file: loading, validating, listing and generating every question must
//! end in a value or an error, never a panic, a hang or unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

use factquiz::engine::{DrawRequest, Order, draw};
use factquiz::front::clean;
use factquiz::loader::{Origin, parse};
use factquiz::question::Kind;
use factquiz::validate::validate;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match parse(Origin::File("fuzz.json".into()), text) {
        Err(e) => {
            let shown = clean(&e.to_string()).into_owned();
            assert!(!shown.contains('\u{1b}'));
        }
        Ok(loaded) => {
            let loaded = [loaded];
            for problem in validate(&loaded) {
                let shown = clean(&problem.to_string()).into_owned();
                assert!(!shown.contains('\u{1b}'));
            }
            let files = [&loaded[0].file];
            for seed in 0..3 {
                let request = DrawRequest {
                    count: 50,
                    kinds: Kind::ALL.to_vec(),
                    seed,
                    order: Order::Shuffled,
                };
                for q in draw(&files, &request).questions {
                    let _ = clean(&q.prompt);
                }
            }
        }
    }
});
