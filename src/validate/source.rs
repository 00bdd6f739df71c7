//! Where a file points into its source: the event's date, written `YYYY-MM-DD` as a real day,
//! and the paragraphs each item cites, within the source.

use super::{At, Checker};
use crate::check::date;
use crate::echo::quoted;

impl Checker<'_> {
    /// The event's date is a real day, written `YYYY-MM-DD` (issue #12: "20/07/1969" was shown
    /// in the header as it was written).
    pub(super) fn event_date(&mut self, value: &str) {
        let field = || "event.date.value".to_owned();
        let digits = |r: std::ops::Range<usize>| {
            value
                .get(r)
                .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|d| d.parse::<u32>().ok())
        };
        let iso = value.len() == 10 && value.as_bytes()[4] == b'-' && value.as_bytes()[7] == b'-';
        let parts = (digits(0..4), digits(5..7), digits(8..10));
        match (iso, parts) {
            (true, (Some(year), Some(month), Some(day))) => {
                let year = i32::try_from(year).unwrap_or(0);
                if date::Date::new(year, month, day).is_none() {
                    self.error(
                        field(),
                        format!("{} is not a day of the calendar", quoted(value)),
                    );
                }
            }
            _ if value.trim().is_empty() => self.error(
                field(),
                "the date is empty: write it YYYY-MM-DD, like \"1969-07-20\", or leave \"date\" out",
            ),
            _ => {
                let fix = match date::Date::read(value) {
                    Some(d) => format!("write it \"{}\"", d.iso()),
                    None => "like \"1969-07-20\" for 20 July 1969".to_owned(),
                };
                self.error(
                    field(),
                    format!("{} is not written YYYY-MM-DD: {fix}", quoted(value)),
                );
            }
        }
    }

    pub(super) fn paragraphs(&mut self, at: At, cited: &[u32], count: u32) {
        if cited.is_empty() {
            self.error(
                format!("{at}.paragraphs"),
                "cite at least one paragraph of the source",
            );
        }
        for (i, p) in cited.iter().enumerate() {
            self.paragraph(|| format!("{at}.paragraphs[{i}]"), *p, count);
        }
    }

    pub(super) fn paragraph(&mut self, field: impl FnOnce() -> String, p: u32, count: u32) {
        if p == 0 {
            self.error(
                field(),
                "paragraph numbers start at 1 (the first paragraph of the source), so 0 is not one",
            );
        } else if p > count {
            let has = match count {
                0 => "has no paragraphs (event.source.paragraphs is 0)".to_owned(),
                1 => "has only paragraph 1".to_owned(),
                n => format!("has paragraphs 1 to {n}"),
            };
            self.error(
                field(),
                format!("paragraph {p} is outside the source, which {has}"),
            );
        }
    }
}
