//! Calendar dates and weekdays: reading "2018-07-27", "27 July 2018" or "July 27th, 2018", showing
//! them as "27 July 2018", and stepping days for plausible wrong dates.

use crate::normalize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let date = Date { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(date)
    }

    /// Reads an ISO date ("2018-07-27") or a written one ("27 July 2018", "July 27, 2018", "27th July 2018").
    pub fn read(text: &str) -> Option<Date> {
        let text = text.trim();
        if let Some(date) = read_iso(text) {
            return Some(date);
        }
        let words = normalize::words(text);
        let [a, b, c] = words.as_slice() else {
            return None;
        };
        let (day, month) = match (month_number(a), month_number(b)) {
            (None, Some(m)) => (day_number(a)?, m),
            (Some(m), None) => (day_number(b)?, m),
            _ => return None,
        };
        let year = c.parse().ok().filter(|y: &i32| (1..=9999).contains(y))?;
        Date::new(year, month, day)
    }

    pub fn display(self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS[self.month as usize - 1],
            self.year
        )
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn plus_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }

    pub fn weekday(self) -> &'static str {
        // 1970-01-01 was a Thursday (index 3 from Monday).
        WEEKDAYS[(self.to_days() + 3).rem_euclid(7) as usize]
    }
}

fn read_iso(text: &str) -> Option<Date> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() > 2 || d.len() > 2 {
        return None;
    }
    Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

pub fn month_number(word: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| {
            let m = m.to_lowercase();
            word == m || (word.len() >= 3 && m.starts_with(word))
        })
        .map(|i| i as u32 + 1)
}

fn day_number(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    digits.parse().ok()
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// The index (0 = Monday) of a weekday written in full or shortened to at least its first three
/// letters ("Fri", "Thurs"), or as "Weds".
pub fn weekday_index(text: &str) -> Option<usize> {
    let key = normalize::key(text);
    let key = key
        .strip_suffix('s')
        .filter(|k| k.len() > 6)
        .unwrap_or(&key);
    if key == "weds" {
        return Some(2);
    }
    WEEKDAYS.iter().position(|d| {
        let d = d.to_lowercase();
        key == d || (key.len() >= 3 && d.starts_with(key))
    })
}

/// A year as typed in a date: in full, or as its last two digits ("'69", "20/7/69").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearPart {
    Full(i32),
    Short(u32),
}

impl YearPart {
    /// Whether this is `year`: the same year, or its last two digits.
    pub fn is(self, year: i32) -> bool {
        match self {
            YearPart::Full(y) => y == year,
            YearPart::Short(yy) => i64::from(year).rem_euclid(100) == i64::from(yy),
        }
    }
}

/// A date as typed, perhaps without its day or year: "20 July", "July 1969", "Sunday 20 July".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    pub day: Option<u32>,
    pub month: u32,
    pub year: Option<YearPart>,
    pub weekday: Option<usize>,
    /// The month's name was typed with a slip ("Ocotber").
    pub month_slip: bool,
}

impl Parts {
    /// Whether these parts can all be true of `date`, the year given by `year_known` when the
    /// parts leave it out: the day and month agree, the year if typed, the weekday if typed.
    pub fn fit(&self, date: Date, year_known: bool) -> bool {
        self.month == date.month
            && self.day.is_some_and(|d| d == date.day)
            && self.year.map_or(year_known, |y| y.is(date.year))
            && self.weekday.is_none_or(|w| WEEKDAYS[w] == date.weekday())
    }
}

/// Every way `text` reads as a date, whole or in part: "20/7/1969", "1969-07-20", "20.7.69",
/// "7/20" (two readings, month and day either way round, when both are possible), "the 20th of
/// July", "July 20th, 1969", "jul 20", "July 1969". Empty when it is not a date.
pub fn read_parts(text: &str) -> Vec<Parts> {
    let mut text = text.trim().trim_end_matches('.');
    // "on 20/7/1969", "in July 1969"
    while let Some((first, rest)) = text.split_once(char::is_whitespace) {
        if !matches!(
            first.to_lowercase().as_str(),
            "on" | "in" | "the" | "of" | "at" | "by"
        ) {
            break;
        }
        text = rest.trim_start();
    }
    if let Some(readings) = numeric_parts(text) {
        return readings;
    }
    written_parts(text).into_iter().collect()
}

/// "20/7/1969", "1969-07-20", "20.7.69", "7/20": `None` when `text` is not digits and separators.
fn numeric_parts(text: &str) -> Option<Vec<Parts>> {
    let separator = text.chars().find(|c| matches!(c, '/' | '.' | '-'))?;
    let fields: Vec<&str> = text.split(separator).map(str::trim).collect();
    if fields.len() < 2
        || fields.len() > 3
        || fields
            .iter()
            .any(|f| f.is_empty() || f.len() > 4 || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let number = |f: &str| f.parse::<u32>().ok();
    let year_of = |f: &str| match f.len() {
        4 => number(f)
            .and_then(|y| i32::try_from(y).ok())
            .map(YearPart::Full),
        2 => number(f).map(YearPart::Short),
        _ => None,
    };
    let mut readings = Vec::new();
    let mut push = |day: u32, month: u32, year: Option<YearPart>| {
        let parts = Parts {
            day: Some(day),
            month,
            year,
            weekday: None,
            month_slip: false,
        };
        if valid(&parts) && !readings.contains(&parts) {
            readings.push(parts);
        }
    };
    if fields[0].len() == 4 {
        // Year first: 1969-07-20, 1969/07/20.
        let [y, m, d] = fields.as_slice() else {
            return Some(Vec::new());
        };
        push(number(d)?, number(m)?, year_of(y));
        return Some(readings);
    }
    if fields.iter().take(2).any(|f| f.len() > 2) {
        return Some(Vec::new());
    }
    let year = match fields.get(2) {
        Some(y) => Some(year_of(y)?),
        None => None,
    };
    let (a, b) = (number(fields[0])?, number(fields[1])?);
    push(a, b, year);
    push(b, a, year);
    Some(readings)
}

/// "the 20th of July 1969", "Sunday, July 20", "jul 1969", "4 October 57" (a year of two digits
/// after the day and month), "4 Ocotber 1957" (a slip in a month's name of five letters or more):
/// each part at most once, a month always.
fn written_parts(text: &str) -> Option<Parts> {
    let mut parts = Parts {
        day: None,
        month: 0,
        year: None,
        weekday: None,
        month_slip: false,
    };
    let lower = text.to_lowercase();
    let tokens = lower
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty());
    for token in tokens {
        let token = token.trim_end_matches('.');
        let word = token.trim_start_matches(['\'', '\u{2019}']);
        if matches!(word, "the" | "of" | "on" | "in" | "at")
            || super::lexicon::is_part_of_day_or_month(word)
        {
            continue;
        }
        let slipped = month_number(word)
            .is_none()
            .then(|| month_slip(word))
            .flatten();
        if let Some(m) = month_number(word).or(slipped) {
            if parts.month != 0 {
                return None;
            }
            parts.month = m;
            parts.month_slip = slipped.is_some();
        } else if let Some(w) = weekday_index(word) {
            if parts.weekday.replace(w).is_some() {
                return None;
            }
        } else if word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()) {
            let year = YearPart::Full(word.parse().ok()?);
            if parts.year.replace(year).is_some() {
                return None;
            }
        } else if word.len() == 2
            && (word.len() < token.len() || (parts.day.is_some() && parts.month != 0))
        {
            let year = YearPart::Short(word.parse().ok()?);
            if parts.year.replace(year).is_some() {
                return None;
            }
        } else {
            let day = day_number(word).filter(|d| (1..=31).contains(d))?;
            if parts.day.replace(day).is_some() {
                return None;
            }
        }
    }
    (parts.month != 0 && valid(&parts)).then_some(parts)
}

/// The month a word of five letters or more is one slip from ("Ocotber", "Setpember"): the first
/// letter as it is, and no other month as near.
fn month_slip(word: &str) -> Option<u32> {
    if word.len() < 5 || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut near = MONTHS.iter().enumerate().filter(|(_, m)| {
        let m = m.to_lowercase();
        m.len() >= 5
            && m.as_bytes()[0] == word.as_bytes()[0]
            && strsim::damerau_levenshtein(&m, word) == 1
    });
    match (near.next(), near.next()) {
        (Some((i, _)), None) => Some(i as u32 + 1),
        _ => None,
    }
}

/// A day that exists in its month (in a leap year, when the year is not known).
fn valid(parts: &Parts) -> bool {
    let year = match parts.year {
        Some(YearPart::Full(y)) => y,
        _ => 2000,
    };
    (1..=12).contains(&parts.month)
        && parts
            .day
            .is_none_or(|d| d >= 1 && d <= days_in_month(year, parts.month))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_written_and_iso_dates() {
        let d = Date::new(2018, 7, 27).unwrap();
        for text in [
            "2018-07-27",
            "27 July 2018",
            "July 27, 2018",
            "27th July 2018",
            "jul 27 2018",
        ] {
            assert_eq!(Date::read(text), Some(d), "{text}");
        }
        for text in [
            "2018-02-30",
            "27 July",
            "July 2018",
            "32 July 2018",
            "27 Juli 2018",
            "2018-7-27-1",
        ] {
            assert_eq!(Date::read(text), None, "{text}");
        }
    }

    #[test]
    fn days_round_trip_and_weekdays() {
        let d = Date::new(2018, 7, 27).unwrap();
        assert_eq!(d.weekday(), "Friday");
        assert_eq!(d.plus_days(5), Date::new(2018, 8, 1).unwrap());
        assert_eq!(d.plus_days(5).weekday(), "Wednesday");
        assert_eq!(Date::new(1953, 7, 27).unwrap().weekday(), "Monday");
        assert_eq!(
            Date::new(2000, 2, 29).unwrap().plus_days(1),
            Date::new(2000, 3, 1).unwrap()
        );
        assert_eq!(Date::from_days(d.to_days()), d);
        assert_eq!(d.display(), "27 July 2018");
        assert_eq!(d.iso(), "2018-07-27");
    }

    #[test]
    fn dates_in_parts() {
        let full = |d, m, y| Parts {
            day: Some(d),
            month: m,
            year: Some(YearPart::Full(y)),
            weekday: None,
            month_slip: false,
        };
        assert_eq!(read_parts("20/7/1969"), vec![full(20, 7, 1969)]);
        assert_eq!(read_parts("20.7.1969"), vec![full(20, 7, 1969)]);
        assert_eq!(read_parts("1969/07/20"), vec![full(20, 7, 1969)]);
        assert_eq!(read_parts("7/20/1969"), vec![full(20, 7, 1969)]);
        assert_eq!(
            read_parts("7/8/2018"),
            vec![full(7, 8, 2018), full(8, 7, 2018)],
            "two readings"
        );
        assert_eq!(read_parts("7/7/2018"), vec![full(7, 7, 2018)]);
        assert_eq!(read_parts("24th of July")[0].day, Some(24));
        assert_eq!(read_parts("the 27th July")[0].month, 7);
        assert_eq!(read_parts("July 1969")[0].day, None);
        assert_eq!(read_parts("20.7.69")[0].year, Some(YearPart::Short(69)));
        assert_eq!(
            read_parts("4 October 57")[0].year,
            Some(YearPart::Short(57))
        );
        assert_eq!(
            read_parts("October 4 57")[0].year,
            Some(YearPart::Short(57))
        );
        assert!(
            read_parts("October 57").is_empty(),
            "57 is no day, and no year without one"
        );
        let slipped = read_parts("4 Ocotber 1957");
        assert!(slipped[0].month == 10 && slipped[0].month_slip);
        assert!(
            read_parts("4 Juyl 1957").is_empty(),
            "four letters: no slip"
        );
        assert_eq!(read_parts("Sunday night, 20 July")[0].weekday, Some(6));
        let sunday = read_parts("Sunday, July 20th, 1969");
        assert_eq!(sunday[0].weekday, Some(6));
        assert!(sunday[0].fit(Date::new(1969, 7, 20).unwrap(), false));
        assert!(!read_parts("July 20")[0].fit(Date::new(1969, 7, 20).unwrap(), false));
        assert!(read_parts("July 20")[0].fit(Date::new(1969, 7, 20).unwrap(), true));
        for text in [
            "",
            "31/2/2018",
            "July",
            "friday",
            "20 July July",
            "1950-53",
            "7,700",
            "55",
        ] {
            let parts = read_parts(text);
            assert!(
                parts.iter().all(|p| p.day.is_none() || p.month != 0)
                    && (text != "July" || parts[0].day.is_none()),
                "{text}: {parts:?}"
            );
        }
        assert!(read_parts("31/2/2018").is_empty() && read_parts("1950-53").is_empty());
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday_index("Friday"), Some(4));
        assert_eq!(weekday_index(" fri "), Some(4));
        assert_eq!(weekday_index("Fr"), None);
        assert_eq!(weekday_index("Freitag"), None);
        assert_eq!(weekday_index("Weds"), Some(2));
        assert_eq!(weekday_index("thurs"), Some(3));
        assert_eq!(weekday_index("Tues"), Some(1));
    }
}
