//! Seeds replay for ever: the questions a few seeds draw from a fixed file, pinned. A change to
//! the draw, to the generator or to a dependency (rand, rand_chacha) that alters the games saved
//! seeds give fails here; such a change must be deliberate, and said in the release notes.

use super::*;
use crate::loader::{Origin, parse};
use crate::question::Kind;

/// A fixed file, not the bundled bank: new content may change a game, code may not.
const FILE: &str = include_str!("../../tests/fixtures/apollo-11.json");

/// Each question of the game `seed` draws: its id, its kind and, for a multiple-choice
/// question, its options in order (so the per-question generator is pinned too).
fn drawn(seed: u64) -> Vec<String> {
    let file = parse(Origin::Bundled("apollo-11.json"), FILE).unwrap().file;
    let request = DrawRequest {
        count: 6,
        kinds: Kind::ALL.to_vec(),
        seed,
        order: Order::Shuffled,
    };
    draw(&[&file], &request)
        .questions
        .iter()
        .map(|q| match q.kind {
            Kind::Choice => format!("{} {} [{}]", q.id, q.kind.name(), q.options.join(" | ")),
            Kind::Truefalse => format!("{} {} {}", q.id, q.kind.name(), q.prompt),
            _ => format!("{} {}", q.id, q.kind.name()),
        })
        .collect()
}

#[test]
fn seeds_draw_the_games_they_always_drew() {
    for (seed, want) in PINNED {
        assert_eq!(drawn(*seed), *want, "seed {seed}");
    }
}

const PINNED: &[(u64, &[&str])] = &[
    (
        1,
        &[
            "apollo-command-module short",
            "apollo-samples truefalse The crew brought back about 21.5 kilograms of lunar samples.",
            "apollo-claim-flag verdict",
            "apollo-landing-site choice [the Sea of Crises | the Ocean of Storms | the Sea of Serenity | the Sea of Tranquility]",
            "apollo-orbit-pilot truefalse Neil Armstrong stayed in lunar orbit while the others landed.",
            "apollo-crew-size choice [2 | 3 | 4 | 5]",
        ],
    ),
    (
        205,
        &[
            "apollo-crew-size short",
            "apollo-splashdown truefalse The command module splashed down in the Pacific Ocean.",
            "apollo-claim-collins-walked verdict",
            "apollo-landing-site choice [the Sea of Serenity | the Sea of Crises | the Sea of Tranquility | the Ocean of Storms]",
            "apollo-orbit-pilot truefalse Buzz Aldrin stayed in lunar orbit while the others landed.",
            "apollo-launch-site short",
        ],
    ),
    (
        190318,
        &[
            "apollo-claim-flag verdict",
            "apollo-command-module truefalse The command module that stayed in lunar orbit was called Eagle.",
            "apollo-mission-days short",
            "apollo-landing-site short",
            "apollo-launch-site choice [Kennedy Space Center | the Sea of Tranquility | Vandenberg | Baikonur]",
            "apollo-samples choice [10.8 | 17.2 | 21.5 | 32.3]",
        ],
    ),
];
