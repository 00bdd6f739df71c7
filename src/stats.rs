//! Figures from the history: best scores, the last games, accuracy by day, by kind and by answer
//! type. Pure; `commands::scores` and the end-of-game summary render them.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::record::{Asked, Ending, Mode, Outcome, Record, Totals};

mod calibration;
mod lean;

pub use calibration::{Calibration, Level, Verdict as CalibrationVerdict, band_text, calibration};
pub use lean::{Lean, Leaning, lean};

/// Right answers out of answered questions (skips count as answered, not as right).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub answered: u32,
    pub correct: u32,
}

impl Tally {
    pub fn add(&mut self, asked: &Asked) {
        if asked.result != Outcome::Unanswered {
            self.answered += 1;
            self.correct += u32::from(asked.result.is_right());
        }
    }

    /// Percent right, `None` when nothing was answered.
    pub fn percent(&self) -> Option<u32> {
        (self.answered > 0).then(|| (100 * self.correct + self.answered / 2) / self.answered)
    }
}

/// The group a question counts in "by answer type": its fact's type, or "verdict" for a claim.
pub fn type_group(asked: &Asked) -> &'static str {
    asked.answer_type.map_or("verdict", |t| t.name())
}

/// Tallies of `questions` by kind and by answer type, in a fixed order.
pub fn breakdown<'a>(
    questions: impl IntoIterator<Item = &'a Asked>,
) -> (BTreeMap<&'static str, Tally>, BTreeMap<&'static str, Tally>) {
    let mut by_kind: BTreeMap<&'static str, Tally> = BTreeMap::new();
    let mut by_type: BTreeMap<&'static str, Tally> = BTreeMap::new();
    for asked in questions {
        if asked.result == Outcome::Unanswered {
            continue;
        }
        by_kind.entry(asked.kind.name()).or_default().add(asked);
        by_type.entry(type_group(asked)).or_default().add(asked);
    }
    (by_kind, by_type)
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    pub games: usize,
    pub overall: Tally,
    /// The best score for each set of events and game length (plain games only).
    pub best: Vec<Best>,
    /// The last games, newest first.
    pub last: Vec<PastGame>,
    /// Accuracy by day (UTC), oldest first.
    pub by_day: Vec<Day>,
    pub by_kind: BTreeMap<&'static str, Tally>,
    pub by_type: BTreeMap<&'static str, Tally>,
    /// Every answer given a confidence (`--confidence`), in every game; none without one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calibration: Option<Calibration>,
    /// The same by day (UTC), oldest first: days with such answers only.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub calibration_by_day: Vec<DayCalibration>,
    /// Accuracy per verdict on fact-check claims, and the lean; none without a claim answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lean: Option<Lean>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayCalibration {
    pub date: String,
    #[serde(flatten)]
    pub calibration: Calibration,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Best {
    pub events: Vec<String>,
    pub total: u32,
    pub score: i32,
    pub max_score: u32,
    pub time: String,
    /// Games played with `--confidence` (scored in marks) have bests of their own.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub confidence: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PastGame {
    pub time: String,
    pub mode: Mode,
    pub events: Vec<String>,
    pub seed: u64,
    /// As in the history: `answered` includes the skips.
    #[serde(flatten)]
    pub totals: Totals,
    pub ending: Ending,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub confidence: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Day {
    pub date: String,
    pub games: usize,
    #[serde(flatten)]
    pub tally: Tally,
}

/// The figures of `records` (oldest first), with the last `limit` games.
pub fn summarize(records: &[Record], limit: usize) -> Summary {
    let mut overall = Tally::default();
    let mut best: BTreeMap<(bool, Vec<String>, u32), Best> = BTreeMap::new();
    let mut days: BTreeMap<String, Day> = BTreeMap::new();
    for record in records {
        let date: String = record.time.chars().take(10).collect();
        let day = days.entry(date.clone()).or_insert_with(|| Day {
            date,
            games: 0,
            tally: Tally::default(),
        });
        day.games += 1;
        for asked in &record.questions {
            overall.add(asked);
            day.tally.add(asked);
        }
        let totals = &record.totals;
        if record.mode == Mode::Play && totals.answered > 0 {
            let confidence = record.options.confidence;
            let key = (confidence, record.events.clone(), totals.total);
            let better = best.get(&key).is_none_or(|b| totals.score >= b.score);
            if better {
                best.insert(
                    key,
                    Best {
                        events: record.events.clone(),
                        total: totals.total,
                        score: totals.score,
                        max_score: totals.max_score,
                        time: record.time.clone(),
                        confidence,
                    },
                );
            }
        }
    }
    let (by_kind, by_type) = breakdown(records.iter().flat_map(|r| &r.questions));
    Summary {
        calibration: calibration(records.iter().flat_map(|r| &r.questions)),
        calibration_by_day: calibration_by_day(records),
        lean: lean(records.iter().flat_map(|r| &r.questions)),
        games: records.len(),
        overall,
        best: best.into_values().collect(),
        last: records
            .iter()
            .rev()
            .take(limit)
            .map(|r| PastGame {
                time: r.time.clone(),
                mode: r.mode,
                events: r.events.clone(),
                seed: r.seed,
                totals: r.totals,
                ending: r.ending,
                confidence: r.options.confidence,
            })
            .collect(),
        by_day: days.into_values().collect(),
        by_kind,
        by_type,
    }
}

/// The calibration of the games played with `--confidence`, day by day (UTC), oldest first.
fn calibration_by_day(records: &[Record]) -> Vec<DayCalibration> {
    let mut by_date: BTreeMap<&str, Vec<&Asked>> = BTreeMap::new();
    for record in records.iter().filter(|r| r.options.confidence) {
        let date = record.time.get(..10).unwrap_or(&record.time);
        by_date.entry(date).or_default().extend(&record.questions);
    }
    by_date
        .into_iter()
        .filter_map(|(date, asked)| {
            calibration(asked).map(|calibration| DayCalibration {
                date: date.to_owned(),
                calibration,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests;
