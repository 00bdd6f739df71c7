//! The time a game's record and a counted answer are stamped with: read once from the clock.

use crate::check::date::Date;

fn unix_seconds() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// The UTC date of `seconds` since 1970 as `YYYY-MM-DD`.
fn date_of(seconds: u64) -> String {
    Date::from_days(i64::try_from(seconds / 86_400).unwrap_or(0)).iso()
}

/// Now (UTC) as RFC 3339: `2026-11-25T15:30:12Z`, date and time from one reading of the clock.
pub(super) fn now() -> String {
    let seconds = unix_seconds();
    let time = seconds % 86_400;
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        date_of(seconds),
        time / 3600,
        time % 3600 / 60,
        time % 60
    )
}
