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
