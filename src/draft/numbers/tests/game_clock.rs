//! A game clock: the time left in a period, read as minutes and seconds, never a time of day.

use super::*;

#[test]
fn the_time_left_on_a_game_clock_is_minutes_and_seconds() {
    for (text, answer, seconds) in [
        (
            "The Hawks led by nine with 6:48 left in the second half.",
            "6:48",
            408,
        ),
        (
            "She hit a layup with 0:37 remaining to force overtime.",
            "0:37",
            37,
        ),
        (
            "They scored twice with 11:05 to play in the third period.",
            "11:05",
            665,
        ),
        (
            "He fouled out with 2:50 to go before halftime.",
            "2:50",
            170,
        ),
    ] {
        let p = Paragraph::new(0, text);
        let mut taken = vec![false; p.tokens.len()];
        let all = numbers(&p, &mut taken, money_of(&p));
        let clock: Vec<_> = all.iter().filter(|f| f.answer == answer).collect();
        assert_eq!(clock.len(), 1, "{text}: {all:?}");
        assert_eq!(clock[0].class, Class::Duration, "{text}");
        assert_eq!(clock[0].value, Value::Duration(seconds), "{text}");
    }
}

#[test]
fn a_bare_minutes_and_seconds_with_no_word_of_what_is_left_is_no_game_clock() {
    // No "with … left": a time of day, a song's length or nothing; never a game clock.
    for text in [
        "The song runs 4:12 and closes the album.",
        "With 4:12 of the film gone, the screen went dark.",
        "The bus left with 4:12 printed on its ticket.",
        // A paragraph that names no period of play: hours and minutes left in a long race.
        "The leading car pitted with 4:12 to go in the 24-hour race.",
    ] {
        assert!(
            found(text)
                .iter()
                .all(|(answer, class, ..)| !(answer == "4:12" && *class == Class::Duration)),
            "{text}: {:?}",
            found(text)
        );
    }
}
