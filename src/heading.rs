//! What a game's header says about its events: each title, and a date only when the source states
//! it. A date marked `inferred` (worked out rather than read in the source) is left out of the
//! header: the header is shown before every question, and a date worked out from the source is
//! worked out from facts the game may ask about (the bundled article's year follows from "the 65th
//! anniversary of the 1953 armistice", so showing it would hand over the anniversary).

use crate::check::date::Date;
use crate::model::{Event, EventDate};

/// The date to show for an event: the stated date, written out ("27 July 2018"); nothing for a
/// missing or worked-out one. A value that is not a calendar date is shown as written.
pub fn shown_date(date: Option<&EventDate>) -> Option<String> {
    let date = date.filter(|d| !d.inferred)?;
    let value = date.value.trim();
    if value.is_empty() {
        return None;
    }
    Some(Date::read(value).map_or_else(|| value.to_owned(), Date::display))
}

/// "Title (27 July 2018)", or the title alone when no date is shown.
pub fn event_heading(event: &Event) -> String {
    match shown_date(event.date.as_ref()) {
        Some(date) => format!("{} ({date})", event.title),
        None => event.title.clone(),
    }
}

/// The header's first line: one event's heading, or "N events: A; B".
pub fn heading(events: &[&Event]) -> String {
    match events {
        [one] => event_heading(one),
        many => format!(
            "{} events: {}",
            many.len(),
            many.iter()
                .map(|e| event_heading(e))
                .collect::<Vec<_>>()
                .join("; ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(title: &str, date: &str, inferred: bool) -> Event {
        serde_json::from_value(serde_json::json!({
            "id": "e", "title": title,
            "date": {"value": date, "inferred": inferred},
            "summary": "s", "source": {"kind": "article", "paragraphs": 1}
        }))
        .unwrap()
    }

    #[test]
    fn a_stated_date_is_shown_written_out() {
        let landing = event("Apollo 11 lands", "1969-07-20", false);
        assert_eq!(event_heading(&landing), "Apollo 11 lands (20 July 1969)");
    }

    #[test]
    fn a_worked_out_or_missing_date_is_not_shown() {
        let remains = event("Remains returned", "2018-07-27", true);
        assert_eq!(event_heading(&remains), "Remains returned");
        assert_eq!(shown_date(None), None);
        assert_eq!(shown_date(event("t", "  ", false).date.as_ref()), None);
    }

    #[test]
    fn several_events_are_listed() {
        let a = event("A", "1969-07-20", false);
        let b = event("B", "2018-07-27", true);
        assert_eq!(heading(&[&a, &b]), "2 events: A (20 July 1969); B");
    }
}
