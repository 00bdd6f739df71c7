//! Dates and weekdays as an article writes them.

use super::*;

fn found(text: &str) -> Vec<(String, Class)> {
    let p = Paragraph::new(0, text);
    let mut taken = vec![false; p.tokens.len()];
    dates(&p, &mut taken)
        .into_iter()
        .filter(|f| !f.answer.is_empty())
        .map(|f| (f.answer, f.class))
        .collect()
}

#[test]
fn dates_with_and_without_years_and_weekdays() {
    use Class::*;
    let s = |a: &str, c| (a.to_owned(), c);
    assert_eq!(
        found("It opened on July 27, 2018, at noon."),
        [s("July 27, 2018", Date)]
    );
    assert_eq!(found("on 27 July 2018"), [s("27 July 2018", Date)]);
    assert_eq!(
        found("ST. LOUIS, June 14 – on Friday"),
        [s("June 14", DayMonth), s("Friday", Weekday)]
    );
    assert_eq!(found("until Aug. 15, depending"), [s("Aug. 15", DayMonth)]);
    assert_eq!(
        found("begin on 1 September, with"),
        [s("1 September", DayMonth)]
    );
    assert_eq!(
        found("a target of September 2022."),
        [s("September 2022", MonthYear)]
    );
    assert_eq!(found("on 2018-07-27"), [s("27 July 2018", Date)]);
    assert_eq!(found("Tuesday’s meeting"), [s("Tuesday", Weekday)]);
    assert_eq!(
        found("from March 5 to 7 in"),
        [s("March 5", DayMonth), s("March 7", DayMonth)]
    );
    assert_eq!(
        found("from Aug. 5-9."),
        [s("Aug. 5", DayMonth), s("Aug. 9", DayMonth)]
    );
    assert!(found("It may rain in March; they march on. 31 June").is_empty());
    assert_eq!(
        found("talks on 9 and 10 October in Lyon"),
        [s("9 October", DayMonth), s("10 October", DayMonth)]
    );
    assert_eq!(
        found("closed 4-6 May."),
        [s("4 May", DayMonth), s("6 May", DayMonth)]
    );
    // The year after the month may be the first day's too, or not: left out.
    assert_eq!(
        found("on 9 and 10 October 2024."),
        [s("10 October 2024", Date)]
    );
    // "3 to 5 days" is no date; nor is a first day after the second.
    assert!(found("in 3 to 5 days, by 8 or 2 May").len() == 1);
    assert_eq!(
        found("from Friday 6 to Sunday 15 June"),
        [
            s("Friday", Weekday),
            s("6 June", DayMonth),
            s("Sunday", Weekday),
            s("15 June", DayMonth)
        ]
    );
}

#[test]
fn a_second_day_listed_with_or_or_and_after_a_month_and_day_is_of_that_month() {
    use Class::*;
    let s = |a: &str, c| (a.to_owned(), c);
    assert_eq!(
        found("anyone at the depot on Oct. 14 or 16, the agency said."),
        [s("Oct. 14", DayMonth), s("Oct. 16", DayMonth)]
    );
    assert_eq!(
        found("The ferry sails on June 3 and 17."),
        [s("June 3", DayMonth), s("June 17", DayMonth)]
    );
    // A count after the day-and-number: no second day.
    assert_eq!(
        found("On June 3 and 17 boats were lost."),
        [s("June 3", DayMonth)]
    );
}
