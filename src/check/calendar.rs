//! Dates and calendar words typed otherwise than the answer is written (#11): a date in any
//! common form (every way it reads must fit), without the year in the event's year, with a slip
//! in a long month's name ("4 Ocotber 1957"); a month or weekday given as a fuller date ("June
//! 2018", "Sunday 20 July").

use super::{Accepted, Match, date};
use crate::model::AnswerType;

impl Accepted {
    /// A date in another form: every way the typed date reads must fit the answer ("7/8/2018" is
    /// no answer for 7 August when it may be 8 July), and a date without its year is in the
    /// event's year. A slip in the month's name is a slip (refused when `slips` is off).
    pub(super) fn by_date(&self, given: &str, slips: bool) -> Match {
        let Some(answer) = self.forms.iter().find_map(|f| date::Date::read(f)) else {
            return Match::NO;
        };
        let year_known = self.context.year == Some(answer.year);
        let readings = date::read_parts(given);
        if readings.is_empty() || !readings.iter().all(|p| p.fit(answer, year_known)) {
            return Match::NO;
        }
        if !readings.iter().any(|p| p.month_slip) {
            Match::Exact
        } else if slips {
            Match::Slip {
                spelling: answer.display(),
                edits: 1,
            }
        } else {
            Match::NO
        }
    }

    /// A month or weekday answer given as a fuller date: "June 2018" for June in the event's
    /// year, "Sunday 20 July" for Sunday when 20 July of the event's year was one.
    pub(super) fn by_calendar(&self, given: &str) -> Option<Match> {
        let readings = date::read_parts(given);
        if readings.is_empty() || readings.iter().any(|p| p.month_slip) {
            return None;
        }
        let year_fits = |p: &date::Parts| {
            p.year
                .is_none_or(|y| self.context.year.is_some_and(|e| y.is(e)))
        };
        if self.answer_type == AnswerType::Day {
            let day = self.forms.iter().find_map(|f| date::weekday_index(f))?;
            let fits = readings.iter().all(|p| {
                p.weekday == Some(day)
                    && year_fits(p)
                    && match (p.day, self.context.year) {
                        (Some(d), Some(year)) => date::Date::new(year, p.month, d)
                            .is_some_and(|date| date.weekday() == date::WEEKDAYS[day]),
                        _ => true,
                    }
            });
            return fits.then_some(Match::Exact);
        }
        // A day of a month without its year ("February 18", a drafted text answer): "18/2",
        // "18-02" or "2/18" when that is the only way it reads.
        if let Some((day, month)) = self.forms.iter().find_map(|f| day_of_month(f)) {
            let fits = readings.iter().all(|p| {
                p.day == Some(day) && p.month == month && p.weekday.is_none() && year_fits(p)
            });
            if fits {
                return Some(Match::Exact);
            }
            // Not that day: a month the answer also accepts on its own may still fit below.
        }
        let month = self.forms.iter().find_map(|f| {
            let f = f.trim();
            date::MONTHS
                .iter()
                .position(|m| m.eq_ignore_ascii_case(f))
                .map(|i| i as u32 + 1)
        })?;
        let fits = readings
            .iter()
            .all(|p| p.month == month && p.weekday.is_none() && year_fits(p));
        fits.then_some(Match::Exact)
    }
}

/// The day and month of a form that names a day of a month and nothing more ("February 18",
/// "18th February"): no year, no weekday, one reading.
fn day_of_month(form: &str) -> Option<(u32, u32)> {
    if !form.chars().any(char::is_alphabetic) {
        return None; // "12-13" is a score before it is a date
    }
    match date::read_parts(form).as_slice() {
        [p] if p.year.is_none() && p.weekday.is_none() && !p.month_slip => {
            Some((p.day?, p.month)).filter(|_| p.month != 0)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Context;

    fn drafted(forms: &[&str], year: Option<i32>) -> Accepted {
        let mut a = Accepted::new(
            AnswerType::Thing,
            forms.iter().map(|f| (*f).to_owned()).collect(),
        );
        a.context = Context {
            year,
            ..Context::default()
        };
        a
    }

    #[test]
    fn a_day_of_a_month_typed_in_figures_is_that_day() {
        let ides = drafted(&["March 15", "15 March"], Some(2024));
        for right in ["15/3", "3/15", "15-03", "15.3", "15/3/2024", "2024-03-15"] {
            assert_eq!(ides.by_calendar(right), Some(Match::Exact), "{right}");
        }
        for wrong in ["16/3", "15/4", "15/3/2023", "Friday 15/3"] {
            assert_eq!(ides.by_calendar(wrong), None, "{wrong}");
        }
        // Both ways round possible: "4/5" may be 4 May or April 5, so it is no answer.
        let may = drafted(&["May 4"], None);
        assert_eq!(may.by_calendar("4/5"), None);
        assert_eq!(
            may.by_calendar("4/5/2019"),
            None,
            "no year to check it against"
        );
        assert!(may.matches("4 May"));
        // A score is no date.
        assert_eq!(drafted(&["12-13"], None).by_calendar("13 December"), None);
    }

    #[test]
    fn a_month_the_answer_also_accepts_alone_still_reads_with_the_events_year() {
        let both = drafted(&["February 18", "February"], Some(2018));
        assert_eq!(both.by_calendar("February 2018"), Some(Match::Exact));
        assert_eq!(both.by_calendar("18/2"), Some(Match::Exact));
        // The month alone is no answer where only the day of the month is accepted.
        let day = drafted(&["February 18"], Some(2018));
        assert_eq!(day.by_calendar("February 2018"), None);
        assert_eq!(both.by_calendar("March 2018"), None);
        assert_eq!(both.by_calendar("February 2017"), None);
    }
}
