//! A game clock: the time left in a period, read as minutes and seconds, never a time of day.

use super::*;

/// Asserts that `text` has one value written `answer`, a game clock of `seconds`.
fn one_clock(text: &str, answer: &str, seconds: u32) {
    let p = Paragraph::new(0, text);
    let mut taken = vec![false; p.tokens.len()];
    let all = numbers(&p, &mut taken, money_of(&p));
    let clock: Vec<_> = all.iter().filter(|f| f.answer == answer).collect();
    assert_eq!(clock.len(), 1, "{text}: {all:?}");
    assert_eq!(clock[0].class, Class::Duration, "{text}");
    assert_eq!(clock[0].value, Value::Duration(seconds), "{text}");
}

/// Asserts that `text` has a game clock written `answer`, whatever else it has.
fn has_clock(text: &str, answer: &str) {
    let all = found(text);
    assert!(
        all.iter()
            .any(|(a, class, ..)| a == answer && *class == Class::Duration),
        "{text}: {all:?}"
    );
}

/// Asserts that `text` has no game clock written `clock`.
fn no_clock(text: &str, clock: &str) {
    let all = found(text);
    assert!(
        all.iter()
            .all(|(answer, class, ..)| !(answer == clock && *class == Class::Duration)),
        "{text}: {all:?}"
    );
}

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
        one_clock(text, answer, seconds);
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
        no_clock(text, "4:12");
    }
}

#[test]
fn the_final_stretch_of_a_game_and_a_game_s_plays_make_a_game_clock() {
    // "over the final 6:58": the stretch up to the end; a paragraph of a game and its plays
    // ("a go-ahead 3-pointer", "to win the game") names no period but is a game report (#15).
    for (text, answer, seconds) in [
        (
            "The Owls closed on a 15-4 run over the final 5:12 to win the game.",
            "5:12",
            312,
        ),
        (
            "Tia Marsh hit a go-ahead 3-pointer with 1:47 left.",
            "1:47",
            107,
        ),
        (
            "They made 6 of 8 free throws in the last 1:30 to seal it.",
            "1:30",
            90,
        ),
    ] {
        one_clock(text, answer, seconds);
    }
    // "a game-changing drop" is no game (second reader).
    let text = "In the final 5:00 of trading, shares fell 3 percent, a game-changing drop.";
    no_clock(text, "5:00");
    // "the final 4:12" of a song is no game's.
    let text = "The final 4:12 of the album is a single song.";
    no_clock(text, "4:12");
}

#[test]
fn the_time_gone_in_a_period_is_a_game_clock_too() {
    // Hockey copy gives a goal's time as the time gone in its period: "at 6:12 of the third" is
    // no twelve past six (round i27b, from a game report of our own).
    for (text, answer, seconds) in [
        (
            "Ruiz broke a 2-2 tie at 6:12 of the third period with a wrist shot.",
            "6:12",
            372,
        ),
        (
            "Okafor scored at 14:37 of the first on a power play in Game 3.",
            "14:37",
            877,
        ),
        (
            "Lind won it 2:14 into overtime, his first goal of the period.",
            "2:14",
            134,
        ),
        (
            "The Foxes scored three goals in a span of 4:51 in the second period.",
            "4:51",
            291,
        ),
    ] {
        one_clock(text, answer, seconds);
    }
    // A meeting "at 6:12 of the clock" in a paragraph of no game is left as it was.
    let all = found("The council met at 6:12 of the evening.");
    assert!(
        all.iter()
            .all(|(answer, class, ..)| !(answer == "6:12" && *class == Class::Duration)),
        "{all:?}"
    );
}

#[test]
fn the_time_gone_needs_the_period_itself() {
    // The second reader's sentences (round i27c): "the first night" is no period; "the middle
    // period" and "the extra period" are.
    let all = found("The game began at 7:08 of the first night of the series, an hour late.");
    assert!(
        all.iter()
            .all(|(answer, class, ..)| !(answer == "7:08" && *class == Class::Duration)),
        "{all:?}"
    );
    for (text, answer) in [
        (
            "Okafor scored at 3:21 of the middle period in the game.",
            "3:21",
        ),
        ("Lind won it 1:08 into the extra period of Game 2.", "1:08"),
    ] {
        has_clock(text, answer);
    }
}

#[test]
fn the_time_gone_in_a_quarter_a_frame_or_an_overtime() {
    // The second reader's sentences (round i27d).
    for (text, answer) in [
        (
            "Kelce scored on a 12-yard catch at 9:41 of the third quarter in the game.",
            "9:41",
        ),
        (
            "McDavid scored at 12:02 of the second frame in the game.",
            "12:02",
        ),
        (
            "Hyman won it 1:14 into the second overtime of the game.",
            "1:14",
        ),
    ] {
        has_clock(text, answer);
    }
}

#[test]
fn a_period_s_noun_must_end_the_phrase() {
    // The third reader's sentence (round i27d): "the first round trip" is no period of play.
    let all =
        found("The ferry left at 10:15 of the first round trip, and the game started at 7:05.");
    assert!(
        all.iter()
            .all(|(answer, class, ..)| !(answer == "10:15" && *class == Class::Duration)),
        "{all:?}"
    );
}

#[test]
fn a_goal_s_time_with_its_period_named_elsewhere_in_the_paragraph_is_a_game_clock() {
    // holdout40's hockey report wrote a goal's time bare, "at 15:20", its period said before or
    // after ("late in the period", "in the second"); these sentences are our own.
    for (text, answer, seconds) in [
        (
            "Dubois tied it on the power play at 14:05, but Keller answered late in the period.",
            "14:05",
            845,
        ),
        (
            "The Comets pulled even in the second at 9:12 when a point shot deflected in, and \
             nobody scored again in the period.",
            "9:12",
            552,
        ),
        (
            "Varga sealed it with an empty-net goal at 19:02, his second of the period.",
            "19:02",
            1142,
        ),
    ] {
        one_clock(text, answer, seconds);
    }
}

#[test]
fn a_player_s_average_time_on_the_ice_is_minutes_and_seconds() {
    for (text, answer, seconds) in [
        (
            "Coach Lind said Reyes, who averages 21:37 a game in the playoffs, would be \
             evaluated on Friday.",
            "21:37",
            1297,
        ),
        (
            "Lind said Keller, who leads the team's forwards with an average of 19:47 in the \
             playoffs, was doubtful for Game 4.",
            "19:47",
            1187,
        ),
        (
            "Keller played 22:05 of ice time in Game 3, a season high.",
            "22:05",
            1325,
        ),
    ] {
        one_clock(text, answer, seconds);
    }
}

#[test]
fn a_bare_time_with_no_period_of_play_or_with_a_word_of_the_clock_is_no_game_clock() {
    for (text, clock) in [
        // A game, but no period of play: the time of the next game.
        (
            "Game 6 is Thursday at 7:30, and a seventh game would be Saturday.",
            "7:30",
        ),
        // A period's noun, but the time says it is of the day.
        (
            "The power play unit met at 10:30 a.m. for a walkthrough before the game.",
            "10:30",
        ),
        (
            "The period of mourning began at 12:00 local time with a minute's silence.",
            "12:00",
        ),
        // "headquarters" and "framework" hold a period's noun, but name none.
        (
            "The company's headquarters opened at 11:15 on the day the game launched.",
            "11:15",
        ),
        // More minutes than any period has.
        (
            "The power play drill started at 21:30 after the late game.",
            "21:30",
        ),
    ] {
        no_clock(text, clock);
    }
}

#[test]
fn the_second_reader_s_times_of_day_beside_a_quarter_or_a_period_stay_times() {
    // The first second reader of the twenty-seventh session: a financial quarter, a quiet
    // period, a campaign period, a kick-off, a tip-off and a game's start beside the words of a
    // period of play; none tells of a goal at that time.
    for (text, clock) in [
        (
            "Trading in the shares was suspended at 10:45 after the company said profit for the \
             quarter had fallen 12%.",
            "10:45",
        ),
        (
            "The Bank of England will announce its decision at 12:00, ending a quiet period for \
             markets.",
            "12:00",
        ),
        (
            "Polls closed at 20:00 and the count, which began at 20:30, ran into a second day; \
             the campaign period ended on Friday.",
            "20:00",
        ),
        (
            "Kick-off is at 17:30, and United have not led at half-time in their last six games.",
            "17:30",
        ),
        (
            "Tip-off is at 19:45 at the Arena; Boston outscored them 32-18 in the fourth quarter \
             last time.",
            "19:45",
        ),
        (
            "Game 6 is at 7:30 Thursday in Edmonton, where the Oilers won in overtime on Monday.",
            "7:30",
        ),
        (
            "The fast ends at 18:42 during the holy month, a period of fasting and prayer.",
            "18:42",
        ),
    ] {
        no_clock(text, clock);
    }
}

#[test]
fn a_goal_s_time_in_a_period_or_gone_in_overtime_is_a_game_clock() {
    // The same reader's gaps.
    for (text, answer, seconds) in [
        (
            "Kessler scored at 4:40 in the third to make it 3-1.",
            "4:40",
            280,
        ),
        ("Pastrnak tied it with 1:12 gone in overtime.", "1:12", 72),
    ] {
        one_clock(text, answer, seconds);
    }
}

#[test]
fn the_second_reader_s_goals_penalties_and_fights_at_a_bare_time_are_game_clocks() {
    // The second second reader of the twenty-seventh session: a goal, a penalty, a save, a
    // fight at a bare time in a hockey paragraph.
    for (text, answer, seconds) in [
        (
            "Reinhart netted his 40th of the season at 11:09, late in the period.",
            "11:09",
            669,
        ),
        (
            "Ekblad took a tripping penalty at 4:50, and Boston killed it off late in the period.",
            "4:50",
            290,
        ),
        (
            "Bennett was ejected for a hit to the head at 13:26 of the period.",
            "13:26",
            806,
        ),
        (
            "Boston's only goal was at 12:30, a Pastrnak wrist shot late in the period.",
            "12:30",
            750,
        ),
    ] {
        one_clock(text, answer, seconds);
    }
}

#[test]
fn the_third_reader_s_start_times_and_shots() {
    // The third second reader of the twenty-seventh session.
    let text = "The opening faceoff was at 7:08 and the Bruins scored on the power play in the first period.";
    no_clock(text, "7:08");
    one_clock(
        "McDavid had a shot at 18:55 that hit the post, late in the period.",
        "18:55",
        1135,
    );
}
