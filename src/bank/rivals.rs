//! The wrong answers a spelling slip in a typed answer must not land on (`rivals`): the
//! distractor pool, with a large event's answers keyed once for all its facts.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use super::{Bank, Fast, own_distractors};
use crate::check::canonical;
use crate::model::{Fact, OPTIONS};

impl<'a> Bank<'a> {
    /// The wrong answers a spelling slip in a typed answer to `fact` must not land on: the
    /// distractors its multiple-choice question is drawn from.
    ///
    /// The same list as `distractor_pool`, but a fact that borrows from a large event takes the
    /// others' answers from a list of them worked out once for the event, type and unit (each
    /// answer's key once, the first answer of each key), instead of keying every answer again for
    /// every question.
    pub fn rivals(&self, event: &str, fact: &Fact) -> Vec<String> {
        /// Fewer others than this are keyed as they are read.
        const LARGE: usize = 64;
        let others = self.others(event, fact);
        // A tolerance drops values near the answer, which the shared list cannot know.
        if others.len() < LARGE || fact.tolerance.is_some() {
            return self.distractor_pool(event, fact);
        }
        let mut keep = self.keeper(fact);
        let mut pool = own_distractors(fact, &mut keep);
        if pool.len() >= OPTIONS - 1 {
            return pool;
        }
        // What `keep` has seen: the answer, the aliases and the distractors it kept.
        let unit = fact.unit.as_deref();
        let seen: HashSet<String, Fast> = std::iter::once(&fact.answer)
            .chain(&fact.aliases)
            .chain(&pool)
            .map(|s| canonical(fact.answer_type, s, unit))
            .collect();
        let firsts = self.first_answers(event, fact);
        // Where the fact itself is among the others (it is left out of what it borrows).
        let own_place = match firsts.ids.get(fact.id.as_str()) {
            // Several facts have its id (a file with errors): all of them are left out.
            Some(None) => return self.distractor_pool(event, fact),
            Some(Some(at)) => Some(*at),
            None => None,
        };
        // When it is the first of its key, the next answer of that key would be borrowed, which
        // the shared list does not have.
        let first_is_self = own_place.is_some_and(|at| {
            firsts
                .list
                .binary_search_by_key(&at, |(i, _)| *i)
                .is_ok_and(|k| !seen.contains(&firsts.list[k].1))
        });
        if first_is_self {
            return self.distractor_pool(event, fact);
        }
        pool.extend(
            firsts
                .list
                .iter()
                .filter(|(i, key)| !key.is_empty() && Some(*i) != own_place && !seen.contains(key))
                .map(|(i, _)| fact.answer_type.display(&others[*i].answer)),
        );
        if pool.len() < OPTIONS - 1 {
            // Nearby values come next, filtered against every key kept so far.
            return self.distractor_pool(event, fact);
        }
        pool
    }

    /// For the answers `fact` of `event` may borrow (`others`), the first of each key (as `keeper`
    /// keys it): its place in `others` and its key, in order. Worked out once an event, type and
    /// unit.
    fn first_answers(&self, event: &str, fact: &Fact) -> Arc<Firsts<'a>> {
        let id = (
            event.to_owned(),
            fact.answer_type,
            fact.unit.as_deref().map(str::to_owned),
        );
        let cached = self.firsts.lock().map(|c| c.get(&id).cloned());
        if let Ok(Some(firsts)) = cached {
            return firsts;
        }
        let unit = fact.unit.as_deref();
        let others = self.others(event, fact);
        let mut keys: Vec<String> = others
            .iter()
            .map(|o| canonical(fact.answer_type, &fact.answer_type.shown(&o.answer), unit))
            .collect();
        // One pass in order keeps the first of each key, without sorting every key.
        let mut seen: HashSet<&str, Fast> =
            HashSet::with_capacity_and_hasher(keys.len(), Fast::default());
        let first: Vec<usize> = (0..keys.len())
            .filter(|&i| seen.insert(keys[i].as_str()))
            .collect();
        drop(seen);
        let list: Vec<(usize, String)> = first
            .into_iter()
            .map(|i| (i, std::mem::take(&mut keys[i])))
            .collect();
        let mut ids: HashMap<&'a str, Option<usize>, Fast> =
            HashMap::with_capacity_and_hasher(others.len(), Fast::default());
        for (i, other) in others.iter().enumerate() {
            ids.entry(other.id.as_str())
                .and_modify(|at| *at = None)
                .or_insert(Some(i));
        }
        let firsts = Arc::new(Firsts { list, ids });
        if let Ok(mut cache) = self.firsts.lock() {
            cache.insert(id, Arc::clone(&firsts));
        }
        firsts
    }
}

/// The answers a fact of a large event may borrow, worked out once for its event, type and unit.
pub(super) struct Firsts<'a> {
    /// The first answer of each key (as `keeper` keys it): its place among the others and its key,
    /// in order.
    list: Vec<(usize, String)>,
    /// Where each id is among the others; `None` for an id that several of them have.
    ids: HashMap<&'a str, Option<usize>, Fast>,
}
