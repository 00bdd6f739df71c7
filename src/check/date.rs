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

fn month_number(word: &str) -> Option<u32> {
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

/// The index (0 = Monday) of a weekday written in full or as its first three letters.
pub fn weekday_index(text: &str) -> Option<usize> {
    let key = normalize::key(text);
    WEEKDAYS.iter().position(|d| {
        let d = d.to_lowercase();
        key == d || (key.len() == 3 && d.starts_with(&key))
    })
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
    fn weekdays() {
        assert_eq!(weekday_index("Friday"), Some(4));
        assert_eq!(weekday_index(" fri "), Some(4));
        assert_eq!(weekday_index("Fr"), None);
        assert_eq!(weekday_index("Freitag"), None);
    }
}
