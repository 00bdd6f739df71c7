//! Any bytes as a question file: loading, validating, listing and generating every question must
//! end in a value or an error, never a panic, a hang or unbounded memory.
#![no_main]

use libfuzzer_sys::fuzz_target;

use factquiz::engine::{DrawRequest, Order, draw};
use factquiz::front::clean;
use factquiz::loader::{Origin, parse, parse_parts, read_pieces};
use factquiz::question::Kind;
use factquiz::validate::validate;

fuzz_target!(|data: &[u8]| {
    // The reading of a large file in pieces (small ones here) reads what one parse reads, or
    // leaves it to it.
    let pieces = read_pieces(data, u64::MAX, 7, 2);
    let Ok(text) = std::str::from_utf8(data) else {
        assert!(pieces.is_none());
        return;
    };
    // The two-core reading of a large file reads what one parse reads, or leaves it to it.
    let parts = parse_parts(text.strip_prefix('\u{FEFF}').unwrap_or(text));
    match parse(Origin::File("fuzz.json".into()), text) {
        Err(e) => {
            assert!(parts.is_none(), "{e}");
            assert!(pieces.is_none(), "{e}");
            let shown = clean(&e.to_string()).into_owned();
            assert!(!shown.contains('\u{1b}'));
        }
        Ok(loaded) => {
            assert!(parts.is_none_or(|p| p == loaded.file));
            assert!(pieces.is_none_or(|p| p == loaded.file));
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
