//! How a news reader reads a quantity: a minus, an hour "in the morning", a scale word after a
//! hyphen or shared by a range, metres, and fractions of a measure.

use super::*;

#[test]
fn a_minus_sign_or_the_word_minus_is_part_of_the_value() {
    use Class::*;
    use Hedge::*;
    let p = Paragraph::new(0, "Lows of -8 °C are likely.");
    let mut taken = vec![false; p.tokens.len()];
    let all = numbers(&p, &mut taken, money_of(&p));
    assert_eq!(all[0].value, Value::Number(-8.0));
    assert_eq!(&p.text[all[0].slot.clone()], "-8");
    case("Lows of -8 °C are likely.", "-8", Number, None, Exact);
    case(
        "a wind chill near minus 30.",
        "-30",
        Number,
        None,
        Approximate,
    );
    // A hyphen between words or numbers is no minus.
    case("in the 2022-23 season", "2022-23", YearSpan, None, Exact);
    assert!(found("the COVID-19 rules").is_empty());
}

#[test]
fn an_hour_in_the_morning_or_evening_is_a_clock_time() {
    use Class::*;
    use Hedge::*;
    case(
        "The alarm rang at 5 in the morning.",
        "5",
        Time,
        None,
        Exact,
    );
    let p = Paragraph::new(0, "Doors close at 9.30 in the evening, staff said.");
    let mut taken = vec![false; p.tokens.len()];
    let all = numbers(&p, &mut taken, money_of(&p));
    assert_eq!(all[0].value, Value::Time(21 * 60 + 30));
    assert!(all[0].aliases.contains(&"9:30 pm".to_owned()));
    // A count, not a time: no word pointing at a time before it, or a noun after the phrase.
    case("She swam 5 in the morning.", "5", Number, None, Exact);
    case(
        "They scored at 5 in the morning session.",
        "5",
        Number,
        None,
        Exact,
    );
}

#[test]
fn one_before_a_preposition_of_place_stands_for_a_thing_named_before() {
    assert_eq!(
        found("The city set up 8 shelters, including one at the old school."),
        [(
            "8".to_owned(),
            Class::Number,
            Some("shelters".to_owned()),
            Hedge::Exact
        )]
    );
    // "one in five" is still a value: a share, one fraction (CONVENTIONS.md).
    assert_eq!(
        found("Only one in five homes had power.")[0].0,
        "one in five"
    );
}

#[test]
fn a_scale_word_joined_by_a_hyphen_belongs_to_the_number() {
    use Class::*;
    use Hedge::*;
    case(
        "It closes a 40-million-year gap.",
        "40 million",
        Number,
        Some("years"),
        Exact,
    );
    let p = Paragraph::new(0, "a 66-million-year-old bone");
    let mut taken = vec![false; p.tokens.len()];
    let all = numbers(&p, &mut taken, money_of(&p));
    assert_eq!(all[0].value, Value::Number(66e6));
    assert_eq!(&p.text[all[0].slot.clone()], "66-million");
    assert!(all[0].aliases.contains(&"66-million".to_owned()));
}

#[test]
fn the_first_end_of_a_range_sharing_the_second_ends_scale_is_left_out() {
    let all = found("It lived between about 90 and 85 million years ago.");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].0, "85 million");
    let all = found("It will cost between $2 million and $3 million.");
    assert_eq!(all.len(), 2, "{all:?}");
    // "rose 11% to €612 million": two values, not one range's ends.
    assert_eq!(found("Profit climbed 11% to €612 million.").len(), 2);
    // A hedge after "between" leaves the range a range.
    let p = Paragraph::new(0, "between roughly 40 and 45 people");
    let mut taken = vec![false; p.tokens.len()];
    let ends: Vec<_> = numbers(&p, &mut taken, money_of(&p))
        .into_iter()
        .map(|f| f.order)
        .collect();
    assert_eq!(ends.len(), 2);
    assert!(ends.iter().all(Option::is_some), "{ends:?}");
}

#[test]
fn a_sign_on_the_first_end_alone_shares_the_seconds_scale_unless_the_ends_would_be_far_apart() {
    // "$3-3.5 billion": the first end is $3 billion, not $3; the game would read "$3" as 3.
    let all = found("The club is valued at $3-3.5 billion by its owners.");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].0, "3.5 billion");
    let all = found("A stake worth Rs 4,500-4,800 crore is on offer.");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].0, "4,800 crore");
    // "Rs 2,000 to Rs 3 lakh": 2,000 lakh would be far above 3 lakh; 2,000 is the first end.
    let all = found("Grants range from Rs 2,000 to Rs 3 lakh a farmer.");
    let answers: Vec<&str> = all.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(answers, ["Rs 2,000", "Rs 3 lakh"], "{all:?}");
}

#[test]
fn an_m_before_a_length_in_feet_or_a_word_of_size_is_metres() {
    use Class::*;
    use Hedge::*;
    let all = found("The wave was 4m (13ft) high.");
    assert_eq!(all[0], ("4".into(), Number, Some("m".into()), Exact));
    case("a wall 3m long", "3", Number, Some("m"), Exact);
    assert_eq!(
        found("The project cost 4m euros.")[0].0,
        "4m",
        "without a length, m stays a million"
    );
}

#[test]
fn a_fraction_compared_or_of_a_unit_of_measure_is_a_part() {
    use Class::*;
    use Hedge::*;
    case(
        "Bread now costs a third more.",
        "a third",
        Fraction,
        None,
        Exact,
    );
    case(
        "The bank raised rates by a quarter percentage point.",
        "a quarter",
        Fraction,
        None,
        Exact,
    );
    case(
        "It sells for a fifth cheaper than ours.",
        "a fifth",
        Fraction,
        None,
        Exact,
    );
    case(
        "They wanted a larger half-point rise.",
        "half",
        Fraction,
        None,
        Exact,
    );
    // One of a series: an ordinal.
    case(
        "It was a third day of talks.",
        "third",
        Ordinal,
        Some("day"),
        Exact,
    );
}

#[test]
fn the_first_end_of_a_range_shares_the_second_ends_percent_sign() {
    use Class::*;
    use Hedge::*;
    let all = found("and between 20 and 25 per cent of its staff left");
    assert_eq!(
        all,
        [
            ("20".into(), Percent, Some("percent".into()), Exact),
            ("25".into(), Percent, Some("percent".into()), Exact)
        ]
    );
    assert_eq!(found("from 3 to 4%")[0].1, Percent);
}

#[test]
fn degrees_written_as_a_capital_c_or_f_glued_to_the_number() {
    use Class::*;
    use Hedge::*;
    case("It reached 31C in Seville.", "31", Number, Some("C"), Exact);
    case(
        "Lows of minus 12C are expected.",
        "-12",
        Number,
        Some("C"),
        Exact,
    );
}

#[test]
fn both_ends_of_a_range_of_times_joined_by_a_hyphen() {
    let all = found("The office opens 8am-6pm daily.");
    let answers: Vec<&str> = all.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(answers, ["8am", "6pm"]);
    assert!(all.iter().all(|f| f.1 == Class::Time));
}

#[test]
fn a_race_time_is_one_duration() {
    use Class::*;
    use Hedge::*;
    // With colons, or each part glued to a short unit, larger units first.
    case(
        "She won the fell race in 1:12:05, a record.",
        "1:12:05",
        Duration,
        None,
        Exact,
    );
    case(
        "He was home in 3hr 02min 17sec.",
        "3hr 02min 17sec",
        Duration,
        None,
        Exact,
    );
    case(
        "a lap of 71min 05sec at dusk",
        "71min 05sec",
        Duration,
        None,
        Exact,
    );
    case("The crossing took 2h 5m.", "2h 5m", Duration, None, Exact);
    let p = Paragraph::new(0, "He was home in 3hr 02min 17sec.");
    let mut taken = vec![false; p.tokens.len()];
    let all = numbers(&p, &mut taken, money_of(&p));
    assert_eq!(all[0].value, Value::Duration(3 * 3600 + 2 * 60 + 17));
    assert!(all[0].aliases.contains(&"3:02:17".to_owned()));
    // A clock time with seconds, money, parts out of order or past 59: no duration.
    assert!(found("The alarm went off at 14:30:05 on the dot.").is_empty());
    // Too many hours to count in seconds: no duration, and no overflow.
    assert!(
        !found("the 5000000hr 5min relay")
            .iter()
            .any(|f| f.1 == Duration)
    );
    assert!(found("It closed 2:06:12 GMT.").is_empty());
    assert!(
        !found("They raised $5m 20s later.")
            .iter()
            .any(|f| f.1 == Duration)
    );
    assert!(
        !found("a split of 12min 3hr on paper")
            .iter()
            .any(|f| f.1 == Duration)
    );
    assert!(
        !found("a split of 1hr 75min on paper")
            .iter()
            .any(|f| f.1 == Duration)
    );
    // One part alone is a number with its unit, as before.
    assert!(
        !found("It took 14min to clear.")
            .iter()
            .any(|f| f.1 == Duration)
    );
}

#[test]
fn whose_dollars_go_with_the_amount() {
    use Class::*;
    use Hedge::*;
    let unit = Some("dollars");
    case(
        "They were fined US$2.4m on appeal.",
        "US$2.4m",
        Money,
        unit,
        Exact,
    );
    case(
        "a grant (about NZ$40,000) for the club",
        "NZ$40,000",
        Money,
        unit,
        Approximate,
    );
    let both = found("Tickets cost between A$30 and A$45 each.");
    let answers: Vec<&str> = both.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(answers, ["A$30", "A$45"]);
    let p = Paragraph::new(0, "They were fined US$2.4m on appeal.");
    let mut taken = vec![false; p.tokens.len()];
    let all = numbers(&p, &mut taken, money_of(&p));
    assert_eq!(all[0].value, Value::Number(2.4e6));
    assert_eq!(&p.text[all[0].slot.clone()], "US$2.4m");
    // The letters are taken with the amount: no name is read in them.
    assert!(taken[3] && taken[4]);
}

#[test]
fn a_currency_code_before_the_amount_is_its_currency() {
    use Class::*;
    use Hedge::*;
    case(
        "The winner took home Rs 2.5 lakh and a trophy.",
        "Rs 2.5 lakh",
        Money,
        Some("rupees"),
        Exact,
    );
    case(
        "Bus fares rise to Rs. 45 next week.",
        "Rs. 45",
        Money,
        Some("rupees"),
        Exact,
    );
    case(
        "The bridge cost about RM40 million to build.",
        "RM40 million",
        Money,
        Some("ringgit"),
        Approximate,
    );
    // A rand's "R" where the article names South Africa (`money.rs` has it with no country).
    case(
        "The Pretoria club raised R85,000 for the new stand.",
        "R85,000",
        Money,
        Some("rand"),
        Exact,
    );
    case(
        "South African households were offered a R2.5 billion relief package.",
        "R2.5 billion",
        Money,
        Some("rand"),
        Exact,
    );
    let both = found("Seats cost between Rs 300 and Rs 1,200 a match.");
    let answers: Vec<&str> = both.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(answers, ["Rs 300", "Rs 1,200"]);
    let p = Paragraph::new(0, "The fine was RM5,000.");
    let mut taken = vec![false; p.tokens.len()];
    let all = numbers(&p, &mut taken, money_of(&p));
    assert_eq!(all[0].value, Value::Number(5000.0));
    // A road or a model named with one letter and digits is no amount of rand; nor is a code
    // that does not open its word, or one in lower case.
    assert!(found("Take the R445 towards the coast.").is_empty());
    assert!(found("the BRM25 engine").is_empty());
    assert!(found("rs 400 was paid").iter().all(|f| f.1 != Money));
}

#[test]
fn a_laws_name_ends_with_its_year() {
    use Class::*;
    use Hedge::*;
    case(
        "It breached the Water Safety Act 2011, the court said.",
        "2011",
        Year,
        None,
        Exact,
    );
    case(
        "under the Housing Regulations 1998 as amended",
        "1998",
        Year,
        None,
        Exact,
    );
    case(
        "MPs debated the Finance Bill 2024 again.",
        "2024",
        Year,
        None,
        Exact,
    );
    // Any other name's number is no year; nor is a count after a small "act".
    assert_eq!(one("She flew Flight 1326 home.").1, Number);
    assert_eq!(one("The act 1500 fans saw was long.").1, Number);
}

#[test]
fn half_six_is_half_past_six() {
    let p = Paragraph::new(0, "I clock in at half six in the morning, she said.");
    let mut taken = vec![false; p.tokens.len()];
    let all = numbers(&p, &mut taken, money_of(&p));
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].answer, "half six");
    assert_eq!(all[0].value, Value::Time(6 * 60 + 30));
    assert!(all[0].aliases.contains(&"6:30".to_owned()));
    let evening = Paragraph::new(0, "The bar shuts until half past 8 in the evening.");
    let mut taken = vec![false; evening.tokens.len()];
    assert_eq!(
        numbers(&evening, &mut taken, money_of(&evening))[0].value,
        Value::Time(20 * 60 + 30)
    );
    // Half of a count, or no word of time around it: no clock time.
    assert!(
        !found("Prices fell by half six years ago.")
            .iter()
            .any(|f| f.1 == Class::Time)
    );
    assert!(
        !found("He ate half of six pies.")
            .iter()
            .any(|f| f.1 == Class::Time)
    );
    assert!(
        !found("Only half six-year-olds can swim.")
            .iter()
            .any(|f| f.1 == Class::Time)
    );
}

#[test]
fn a_number_to_call_is_no_year() {
    use Class::*;
    use Hedge::*;
    case(
        "Residents can call the flood helpline 1077 at any hour.",
        "1077",
        Number,
        None,
        Exact,
    );
    case(
        "Callers should dial 1930 for help.",
        "1930",
        Number,
        None,
        Exact,
    );
    // A year after other words stays a year.
    case(
        "The line opened in 1930 for callers.",
        "1930",
        Year,
        None,
        Exact,
    );
}

#[test]
fn a_factor_glued_to_x_before_a_word() {
    use Class::*;
    use Hedge::*;
    case(
        "The lens has 5x optical zoom.",
        "5",
        Number,
        Some("x"),
        Exact,
    );
    // A code, a name, or an "x" in capitals is no factor.
    assert!(found("They drove a 4x4 truck.").is_empty());
    assert!(found("Shares in 10x Genomics rose.").is_empty());
    assert!(found("It was 5X faster.").is_empty());
}

#[test]
fn second_place_is_a_position() {
    use Class::*;
    use Hedge::*;
    case(
        "She took the cup for second place.",
        "second",
        Ordinal,
        Some("place"),
        Exact,
    );
    // A second of time stays no number.
    assert!(found("Wait a second, he said.").is_empty());
}

#[test]
fn noon_and_half_as_a_share_and_twice_as_times_but_not_a_decade() {
    use Class::*;
    // "a decade" holds its unit in the word: a blank for it reads "for more than 20" with
    // another value, so it is not drafted. "twice" is, as a count of times whose options are
    // counts of times ("three times"; round i21a).
    assert_eq!(
        found("The council has twice rejected the plan."),
        [("twice".into(), Number, Some("times".into()), Hedge::Exact)]
    );
    assert!(found("The mill stood empty for more than a decade.").is_empty());
    assert!(found("a twice-yearly audit").is_empty());
    assert!(found("a decade-long dispute").is_empty());
    assert!(found("over the decades").is_empty());
    let noon = one("The roads reopened by noon on Friday.");
    assert_eq!((noon.0.as_str(), noon.1), ("noon", Time));
    assert!(found("a noon-day meal").is_empty());
    assert!(found("Noon Street was closed.").is_empty());
    for text in [
        "Costs fell by nearly half, the report said.",
        "The party won exactly half.",
        "It sold about half the tickets.",
    ] {
        let share = one(text);
        assert_eq!((share.0.as_str(), share.1), ("half", Fraction), "{text}");
    }
    // Half of a unit is a share of the unit; a half with no measuring word is no share.
    let half = one("She walked nearly half a mile.");
    assert_eq!((half.0.as_str(), half.1), ("half", Fraction));
    assert!(
        found("the second half ended")
            .iter()
            .all(|f| f.1 != Fraction)
    );
    assert!(found("Half the town came out.").is_empty());
}

#[test]
fn a_financial_years_slash_and_a_hyphened_noun_after_a_second() {
    use Class::*;
    use Hedge::*;
    case(
        "The levy rises in the 2027/28 tax year.",
        "2027/28",
        YearSpan,
        None,
        Exact,
    );
    case(
        "a plan for 2030/2031 only",
        "2030/2031",
        YearSpan,
        None,
        Exact,
    );
    // Not years that do not follow each other, a fraction or a date written with slashes.
    assert!(found("the 2027/29 plan").is_empty());
    assert!(found("on 2026/11/03 at the port").is_empty());
    let second = one("A second re-count is due on Monday.");
    assert_eq!((second.0.as_str(), second.1), ("second", Ordinal));
    assert!(
        found("Wait a second or two.")
            .iter()
            .all(|f| f.1 != Ordinal)
    );
}

#[test]
fn number_words_hyphened_into_a_name_are_no_number() {
    use Class::*;
    // Rugby's positions: "five-eighth" is no fraction (that is "five-eighths"), "first-five"
    // no count, and the ordinal before the pair belongs to the name.
    assert!(found("Their first five-eighth kicked well.").is_empty());
    assert!(found("The first-five missed touch.").is_empty());
    // Hyphened numbers that read, and a finishing order, stay numbers.
    assert_eq!(one("on the twenty-first lap").0, "twenty-first");
    assert_eq!(one("She won two-thirds of the vote.").1, Fraction);
    let pair = found("Kenya took a one-two in the final.");
    assert!(pair.iter().any(|f| f.0 == "two"), "{pair:?}");
}

#[test]
fn a_bill_numbered_in_its_chamber_is_no_year() {
    use Class::*;
    for text in [
        "The senators tabled Senate Bill 1917 on Monday.",
        "Members passed House Bill 1620 by a wide margin.",
        "A vote on Assembly Bill 2013 was put off.",
        "The chamber sent S. 1788 to committee.",
        "The chamber sent H.R. 2045 to committee.",
    ] {
        let all = found(text);
        assert!(all.iter().all(|f| f.1 != Year), "{text}: {all:?}");
        assert!(!all.is_empty(), "{text}: the number is still read");
    }

    // A law's own name still ends with its year.
    assert_eq!(one("MPs debated the Finance Bill 2024 again.").1, Year);
}

#[test]
fn thousands_grouped_and_glued_to_m_are_metres() {
    use Class::*;
    use Hedge::*;
    case(
        "The walkers reached the 2,315m saddle.",
        "2,315",
        Number,
        Some("m"),
        Exact,
    );
    case(
        "The hut stands at 1,870m.",
        "1,870",
        Number,
        Some("m"),
        Exact,
    );
    // With a currency they stay millions, before or after.
    assert_eq!(found("It cost £1,450m in all.")[0].0, "1,450m");
    for text in [
        "Revenue fell to 2,450m euros.",
        "The field holds 1,100m barrels.",
    ] {
        let all = found(text);
        assert!(
            all.iter().all(|f| f.2.as_deref() != Some("m")),
            "{text}: {all:?}"
        );
    }
}

#[test]
fn one_picked_out_by_the_word_before_is_a_pronoun() {
    for text in [
        "The second one was quicker.",
        "She kept the last one.",
        "He liked the other one, but this one is cheaper.",
    ] {
        let all = found(text);
        assert!(
            all.iter().all(|f| !f.0.eq_ignore_ascii_case("one")),
            "{text}: {all:?}"
        );
    }
    // A noun after it is counted: "the next one week".
    assert!(found("in the next one week").iter().any(|f| f.0 == "one"));
    // One end of a count, or one hyphened to its noun, is counted too.
    for text in [
        "Prices may rise over the next one to two years.",
        "He missed the last one or two matches.",
    ] {
        let all = found(text);
        assert!(
            all.iter().any(|f| f.0.starts_with("one")),
            "{text}: {all:?}"
        );
    }
}

#[test]
fn a_trillion_is_a_scale_word_of_an_amount() {
    use Class::*;
    use Hedge::*;
    // The judge reads "trillion" as a scale, so the drafted amount is one it can check.
    case(
        "The group now expects revenue of 18.6 trillion won this year.",
        "18.6 trillion",
        Number,
        None,
        Exact,
    );
    let p = Paragraph::new(0, "Its debt stands at ¥1.4tn, the ministry said.");
    let mut taken = vec![false; p.tokens.len()];
    let all = numbers(&p, &mut taken, money_of(&p));
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].value, Value::Number(1.4e12));
}

#[test]
fn a_bare_number_set_against_a_scaled_amount_shares_its_scale_and_is_left_out() {
    let answers = |text: &str| -> Vec<String> { found(text).into_iter().map(|f| f.0).collect() };
    assert_eq!(
        answers("The council wanted at least 4 billion rand a year, not 3.5."),
        ["4 billion"]
    );
    assert_eq!(
        answers("Exports rose to 7.2 million tonnes from 6.9, the ministry said."),
        ["7.2 million"]
    );
    // No scale to share, or a count after it: kept.
    assert_eq!(answers("The team scored 4 goals, not 3."), ["4", "3"]);
    // The amount before it has no scale, though one before that has.
    assert_eq!(
        answers("Some 2 million voters backed moving the age to 67 from 66."),
        ["2 million", "67", "66"]
    );
    assert_eq!(
        answers("It raised 5 million euros from 12 donors."),
        ["5 million", "12"]
    );
}
