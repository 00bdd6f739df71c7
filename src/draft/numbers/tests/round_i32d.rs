//! Round i32d (#15), from the practice phone launch and swimming reports (read, not blind; our own
//! sentences): a product's model number is no value, a model's word alone names nothing, and
//! parts in hundredths.

use super::*;

#[test]
fn a_product_s_model_number_is_no_value() {
    let text = "Kestrel unveiled its Arlo 5 lineup on Tuesday, and the Arlo 5 Pro starts at $999.\n\
                The regular Arlo 5 is a modest upgrade with 12 hours of battery.\n\
                The Pro packs a 6,100mAh battery, and all three run Kestrel OS 4, based on \
                Android 16, nearly as thin as Samsung’s Galaxy Z Fold 7.";
    let file = crate::draft::draft_all(text);
    let answers: Vec<&str> = file.facts.iter().map(|f| f.answer.as_str()).collect();
    for model in ["5", "4", "16", "7", "Pro"] {
        assert!(!answers.contains(&model), "{model}: {answers:?}");
    }
    // The article's values are still drafted.
    for value in ["999", "12", "6,100"] {
        assert!(
            answers.iter().any(|a| a.contains(value)),
            "{value}: {answers:?}"
        );
    }
    // A name's number that no product's word follows is still a value: "BBC Radio 4" keys
    // none either way, but "Stage 14" and "Game 7" are a race's and a series' numbers.
    let file = crate::draft::draft_all("Rowe won Stage 14 and the Hawks won Game 7 on Sunday.");
    let answers: Vec<&str> = file.facts.iter().map(|f| f.answer.as_str()).collect();
    assert!(
        answers.contains(&"14") && answers.contains(&"7"),
        "{answers:?}"
    );
}

#[test]
fn parts_in_hundredths_are_fractions_with_neighbours_of_their_size() {
    let text = "Lemos held off Marchetti by three-hundredths of a second on Tuesday.";
    let all = answers(text);
    assert!(
        all.contains(&("three-hundredths".to_owned(), Class::Fraction)),
        "{all:?}"
    );
    let file = crate::draft::draft_all(text);
    let fact = file
        .facts
        .iter()
        .find(|f| f.answer == "three-hundredths")
        .expect("drafted");
    assert!(
        fact.distractors.iter().all(|d| d.ends_with("hundredths")),
        "{:?}",
        fact.distractors
    );
    // And the game reads what a player types.
    let read: Vec<f64> = crate::check::number::read_all("three-hundredths", None, 0)
        .iter()
        .map(|r| r.value)
        .collect();
    assert_eq!(read, [0.03]);
}

#[test]
fn a_race_time_spelt_out_to_the_hundredth_is_one_duration() {
    // Round i32f, from the practice swimming report: AP style.
    let text = "Tolland touched in 2 minutes, 1.49 seconds to win on Tuesday.";
    let all = answers(text);
    assert!(
        all.contains(&("2 minutes, 1.49 seconds".to_owned(), Class::Duration)),
        "{all:?}"
    );
    let file = crate::draft::draft_all(text);
    let fact = file
        .facts
        .iter()
        .find(|f| f.answer.starts_with("2 minutes"))
        .expect("drafted");
    assert!(
        fact.aliases.iter().any(|a| a == "2:01.49"),
        "{:?}",
        fact.aliases
    );
    assert!(
        fact.distractors
            .iter()
            .all(|d| d.starts_with("2 minutes, ") && d.ends_with(" seconds")),
        "{:?}",
        fact.distractors
    );
    // Whole seconds stay as they were read; hours and minutes alone stay counts.
    let all = answers("The race took 1 hour, 4 minutes.");
    assert!(all.iter().all(|(_, c)| *c == Class::Number), "{all:?}");
}

#[test]
fn the_third_reader_s_numbers_stay_values() {
    // A side's score after "Galaxy"; a count before "Christmas" and a plural; metres after a
    // noun of size and "of"; millions before a verb.
    let all = answers("Results: LA Galaxy 3 Seattle Sounders 1.");
    assert!(all.iter().any(|(a, _)| a == "3"), "{all:?}");
    let all = answers("The charity delivered 1500 Christmas hampers to families.");
    assert!(all.contains(&("1500".to_owned(), Class::Number)), "{all:?}");
    let text = "At a depth of 40m divers found the wreck.";
    assert!(any_in_metres(text), "{:?}", found(text));
    let text = "At the height of the pandemic, 8.9m were furloughed.";
    assert!(!any_in_metres(text), "{:?}", found(text));
    // An Apple product's number is a model's.
    let file =
        crate::draft::draft_all("The iPhone 16 starts at $799, and the iPhone 16 Pro at $999.");
    assert!(
        !file.facts.iter().any(|f| f.answer == "16"),
        "{:?}",
        file.facts
    );
    // Fractions of other sizes keep their options: thirds, not tenths of tenths.
    let file = crate::draft::draft_all(
        "Nine-tenths of voters backed the plan, and he won by three-hundredths of a second.",
    );
    let nine = file
        .facts
        .iter()
        .find(|f| f.answer == "Nine-tenths")
        .expect("drafted");
    assert!(nine.distractors.len() == 3, "{:?}", nine.distractors);
    assert!(
        !nine.distractors.iter().any(|d| d.contains("hundredth")),
        "{:?}",
        nine.distractors
    );
}

#[test]
fn the_fourth_reader_s_numbers_stay_what_they_were() {
    // Metres after a physical noun, though a verb follows; a year of our era before "Christmas".
    let text = "Waves of up to 8m were recorded off the coast of Cornwall.";
    assert!(any_in_metres(text), "{:?}", found(text));
    let all = answers("Retailers reported weak 2023 Christmas sales.");
    assert!(all.contains(&("2023".to_owned(), Class::Year)), "{all:?}");
    // "3 minutes and 58.12 seconds" is one time; the parts of a time in hours stay counts.
    let all = answers("Kerr won in 3 minutes and 58.12 seconds on Wednesday.");
    assert!(
        all.contains(&("3 minutes and 58.12 seconds".to_owned(), Class::Duration)),
        "{all:?}"
    );
    let all = answers("She won in 2 hours, 1 minute, 9.5 seconds.");
    assert!(!all.iter().any(|(_, c)| *c == Class::Duration), "{all:?}");
    // Wrong options say "minute" of one minute and "minutes" of more.
    let file = crate::draft::draft_all(
        "Lee swam 2 minutes, 0.99 seconds, and Hale swam 1 minute, 52.3 seconds.",
    );
    let options: Vec<&String> = file.facts.iter().flat_map(|f| &f.distractors).collect();
    assert!(
        !options
            .iter()
            .any(|o| o.starts_with("1 minutes") || o.starts_with("2 minute,")),
        "{options:?}"
    );
}

#[test]
fn the_fifth_reader_s_numbers_stay_what_they_were() {
    // Millions after a wave that is not the figure's; two spelt-out times joined by "and"; a
    // count sold before "Christmas".
    let text = "Huge waves battered the coast and 1.2m were left without power.";
    assert!(!any_in_metres(text), "{:?}", found(text));
    let all = answers("Her times were 2 minutes, 6.56 seconds and 4 minutes, 24.38 seconds.");
    assert!(
        all.contains(&("4 minutes, 24.38 seconds".to_owned(), Class::Duration)),
        "{all:?}"
    );
    let all = answers("The market sold 2000 Christmas trees in three days.");
    assert!(all.contains(&("2000".to_owned(), Class::Number)), "{all:?}");
}

#[test]
fn the_sixth_reader_s_numbers_stay_what_they_were() {
    // A wave's or a swell's height before a verb stays metres; a verb "swell" measures nothing.
    for text in [
        "Waves as high as 8m were recorded off the coast.",
        "Swells of 5m to 7m are forecast for the weekend.",
    ] {
        assert!(any_in_metres(text), "{text}: {:?}", found(text));
    }
    let text = "Crowds are expected to swell to about 1.2m over the weekend.";
    assert!(!any_in_metres(text), "{:?}", found(text));
    // A year before "Christmas" after a verb of no handing out.
    let all = answers("Officials attended 2020 Christmas parties in Downing Street.");
    assert!(all.contains(&("2020".to_owned(), Class::Year)), "{all:?}");
    // "2h and 1 minute, 9.5 seconds": the hours' minutes are no time of their own.
    let all = answers("Kipchoge won in 2h and 1 minute, 9.5 seconds.");
    assert!(!all.iter().any(|(_, c)| *c == Class::Duration), "{all:?}");
}

#[test]
fn the_seventh_reader_s_numbers_stay_what_they_were() {
    // Figurative waves before a verb are millions; the sea's waves that hold the figure are
    // metres wherever the sentence opens; "due to swell" is the sea's.
    let text = "Repeated waves of strikes mean 7.6m are now waiting for treatment.";
    assert!(!any_in_metres(text), "{:?}", found(text));
    for text in [
        "On Sunday, waves as high as 8m were recorded off Cornwall.",
        "Ferries were cancelled due to swell of up to 5m in the Channel.",
    ] {
        assert!(any_in_metres(text), "{text}: {:?}", found(text));
    }
    let text = "The crowd could swell to 1.2m by Sunday.";
    assert!(!any_in_metres(text), "{:?}", found(text));
    // A count served before "Christmas".
    let all = answers("The food bank provided 2000 Christmas dinners to families.");
    assert!(all.contains(&("2000".to_owned(), Class::Number)), "{all:?}");
}

#[test]
fn the_eighth_reader_s_numbers_stay_what_they_were() {
    // The sea's sizes keep their metres before a verb whatever small words stand between.
    for text in [
        "Swells peaking at 7m are expected off the coast of Cornwall on Sunday.",
        "Waves of more than 8m were recorded off the Irish coast.",
        "Waves in excess of 10m were recorded near the Faroe Islands.",
        "Draught restrictions of 13.1m were imposed at the Panama Canal.",
        "Ocean swells to 6m are forecast for the weekend.",
    ] {
        assert!(any_in_metres(text), "{text}: {:?}", found(text));
    }
    // Millions: a verb "swell", a limit, waves of things.
    for text in [
        "Waiting lists continue to swell to 7.6m by the end of the year.",
        "The Home Office set a limit of 1.2m a year on new visas.",
        "Storm Ciarán brought huge waves and 1.2m were left without power.",
        "Waves of strikes have left 7.6m waiting for treatment.",
    ] {
        assert!(!any_in_metres(text), "{text}: {:?}", found(text));
    }
    // A year before "Christmas" after "made".
    let all = answers("Many families had made 2020 Christmas plans.");
    assert!(all.contains(&("2020".to_owned(), Class::Year)), "{all:?}");
}

#[test]
fn the_ninth_reader_s_numbers_stay_what_they_were() {
    // Metres: ranges and lists held by the sea's noun, limits of size, a swell after an
    // adjective.
    for text in [
        "Waves of between 6 and 8m were recorded off the coast of Donegal.",
        "Waves of 6m, 7m and 8m were recorded off Kerry.",
        "A height limit of 4.5m is in place on the old bridge.",
        "A northwesterly swell to 4m is forecast for Saturday.",
        "Waves of less than 2m lapped the shore.",
    ] {
        let all = found(text);
        let last = all.iter().rfind(|f| f.1 == Class::Number);
        assert!(
            last.is_some_and(|f| f.2.as_deref() == Some("m")),
            "{text}: {all:?}"
        );
    }
    // Millions: figurative waves and swells, a brand named like a ship's beam.
    for text in [
        "Successive Covid waves mean 1.2m are still waiting for treatment.",
        "Huge waves hit the coast as 1.2m were left without power.",
        "Beam Suntory said 3.4m were sold in the year.",
    ] {
        assert!(!any_in_metres(text), "{text}: {:?}", found(text));
    }
    // A round count received; a recent year received.
    let all = answers("The post office received 2000 Christmas cards for Santa.");
    assert!(all.contains(&("2000".to_owned(), Class::Number)), "{all:?}");
    let all = answers("Staff received 2022 Christmas bonuses in January.");
    assert!(all.contains(&("2022".to_owned(), Class::Year)), "{all:?}");
}

#[test]
fn the_tenth_reader_s_numbers_stay_what_they_were() {
    // The sea's waves through a verb of how high, and "or" between figures: metres.
    for text in [
        "Waves that topped 8m were recorded off the west coast of Ireland.",
        "Waves building to 6m are expected off Cornwall.",
        "Waves of 8m or 9m were recorded off Donegal.",
    ] {
        let all = found(text);
        assert!(
            all.iter()
                .rfind(|f| f.1 == Class::Number)
                .is_some_and(|f| f.2.as_deref() == Some("m")),
            "{text}: {all:?}"
        );
    }
    // Millions: a year and a comma between, a verb "swell" after a plural, draught beer.
    for text in [
        "At its height in 2020, 8.9m were on furlough.",
        "Visitor numbers swell to 1.2m each summer.",
        "Draught beer sales of 3.4m are expected this summer.",
    ] {
        assert!(!any_in_metres(text), "{text}: {:?}", found(text));
    }
}

#[test]
fn the_eleventh_reader_s_numbers_stay_what_they_were() {
    // A capitalised word before the sea's noun, or a verb after a ship's size, keeps metres.
    for text in [
        "On Tuesday waves reached 8m off the Cornish coast.",
        "The vessel's draught is 15m, too deep for the old harbour.",
        "The ship's beam measures 59m, making it one of the widest afloat.",
        "Forecasters expect a swell by Thursday of up to 6m along the north coast.",
    ] {
        assert!(any_in_metres(text), "{text}: {:?}", found(text));
    }
    // "meant" starts a clause of its own: millions.
    let text = "Successive pandemic waves meant 1.2m were still waiting for treatment.";
    assert!(!any_in_metres(text), "{:?}", found(text));
}

#[test]
fn the_twelfth_reader_s_numbers_stay_what_they_were() {
    // Metres only where the sea's or the ship's noun holds the figure.
    for text in [
        "Successive Covid waves pushed the NHS waiting list to 7.6m, the highest on record.",
        "Jim Beam bourbon shipments reached 3.4m last year.",
        "Sales of draught ales rose to 3.4m in the quarter.",
    ] {
        assert!(!any_in_metres(text), "{text}: {:?}", found(text));
    }
    for text in [
        "Waves were so high that 8m was recorded off Land's End.",
        "Her beam, at 61m, is among the widest.",
    ] {
        assert!(any_in_metres(text), "{text}: {:?}", found(text));
    }
    let all = answers("Organisers handed out around 2000 Christmas hampers.");
    assert!(all.contains(&("2000".to_owned(), Class::Number)), "{all:?}");
}
