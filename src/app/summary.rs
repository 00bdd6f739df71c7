//! `--practice` from a summary of the history kept in the cache folder (issue #16): the schedule
//! after the history's first bytes, with their digest, keyed by the history's place. The history
//! only grows by lines added at its end, so a game reads the summary and only the lines added
//! since; a history reset or written again starts with other bytes, and is read whole. Best
//! effort, as for the bank cache: without a summary, or one that cannot be used, the history is
//! read whole and the game is the same.

use xxhash_rust::xxh3::xxh3_128;

use super::game::past_games;
use crate::error::Error;
use crate::practice::{self, Cards};
use crate::store::cache::{Prefix, Summary};
use crate::store::{BankCache, History, LoadedHistory};

/// The history as practice needs it.
pub(super) struct Practiced {
    /// The games read (only those after the summary's when it was used), and the warnings.
    pub past: LoadedHistory,
    /// Every item's card and the number of games in the whole history; `None` when the history
    /// could not be read (the game plays without it).
    pub schedule: Option<(Cards, usize)>,
    /// The history as it is now, when a summary of it is to be kept after the game (`keep`).
    fresh: Option<Prefix>,
}

/// What practice needs from `history`, from the summary in `cache` when it still fits the file.
/// Errors and warnings as for a whole read (`past_games`).
pub(super) fn practiced(
    history: &History,
    cache: &BankCache,
    save: bool,
) -> Result<Practiced, Error> {
    let identity = identity(history);
    let known = cache.summary(identity);
    let since = match history.read_since(save, known.as_ref().map(|k| k.prefix)) {
        Ok(since) => since,
        Err(_) => {
            return Ok(Practiced {
                past: past_games(Some(history), save)?,
                schedule: None,
                fresh: None,
            });
        }
    };
    let (cards, games) = match known.filter(|_| since.after_known) {
        Some(Summary {
            games, mut cards, ..
        }) => {
            practice::fold(&mut cards, &since.loaded.records, games);
            (cards, games + since.loaded.records.len())
        }
        None => {
            let records = &since.loaded.records;
            (practice::schedule(records), records.len())
        }
    };
    // A new summary when the file moved on since the one kept (or none was used); none for an
    // empty file.
    let fresh = since
        .whole
        .filter(|w| w.len > 0 && (!since.after_known || !since.loaded.records.is_empty()));
    Ok(Practiced {
        past: since.loaded,
        schedule: Some((cards, games)),
        fresh,
    })
}

/// Keeps the summary of the history `practiced` read, for the next practice game (after the
/// game, so that writing it never delays the first question). Best effort.
pub(super) fn keep(practiced: Practiced, history: &History, cache: &BankCache) {
    if let (Some(prefix), Some((cards, games))) = (practiced.fresh, practiced.schedule) {
        let summary = Summary {
            prefix,
            games,
            cards,
        };
        cache.put_summary(identity(history), &summary);
    }
}

/// The history's place, as the summary's key.
fn identity(history: &History) -> u128 {
    xxh3_128(history.path().as_os_str().as_encoded_bytes())
}
