//! Round i33l (#15): the ninth reader's findings on round i33k (its own sentences), mended.

use super::tests::{has_written, names};
use crate::draft::value::Class;

#[test]
fn a_side_s_country_that_takes_no_the_after_the_is_the_side() {
    for text in [
        "England beat Italy 2-1 at Wembley.\nRoot has been the backbone of the England cricket \
         side.",
        "Scotland beat Wales 2-1.\nMcTominay curled in from outside the Scotland box.",
        "Italy beat Spain 1-0.\nThe coach of the Italy national team praised the crowd.",
    ] {
        let got = names(text);
        assert!(
            !got.iter().any(|(n, c)| *c == Class::Place
                && ["England", "Scotland", "Italy"]
                    .iter()
                    .any(|k| n.starts_with(k))),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_starting_eleven_in_figures_is_the_side_s() {
    let got = names("The US beat Mexico 2-0.\nPulisic was named in the US starting 11 on Monday.");
    assert!(!has_written(&got, "US", Class::Place), "{got:?}");
}

#[test]
fn a_specialist_or_a_player_before_a_studio_s_film_leaves_the_studio() {
    let got = names(
        "At the box office, horror specialist Blumhouse’s “M3GAN 2.0” opened to $10 million, \
         and streaming player Netflix’s “Glass Onion” earned $15 million.",
    );
    for studio in ["Blumhouse", "Netflix"] {
        assert!(
            has_written(&got, studio, Class::Organisation),
            "{studio}: {got:?}"
        );
    }
}
