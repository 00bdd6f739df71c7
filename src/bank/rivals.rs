//! The wrong answers a spelling slip in a typed answer must not land on (`rivals`): the
//! distractor pool, with a large event's answers keyed once for all its facts.

use std::collections::HashSet;
use std::sync::Arc;

use super::{Bank, own_distractors};
use crate::check::canonical;
use crate::model::{Fact, OPTIONS};

impl Bank<'_> {
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
        let seen: HashSet<String> = std::iter::once(&fact.answer)
            .chain(&fact.aliases)
            .chain(&pool)
            .map(|s| canonical(fact.answer_type, s, unit))
            .collect();
        let firsts = self.first_answers(event, fact);
        // The fact itself is left out of what it borrows: when it is the first of its key, the
        // next answer of that key would be borrowed, which the shared list does not have.
        let first_is_self = firsts
            .iter()
            .any(|(i, key)| others[*i].id == fact.id && !seen.contains(key));
        if first_is_self {
            return self.distractor_pool(event, fact);
        }
        pool.extend(
            firsts
                .iter()
                .filter(|(i, key)| {
                    !key.is_empty() && others[*i].id != fact.id && !seen.contains(key)
                })
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
    fn first_answers(&self, event: &str, fact: &Fact) -> Arc<Vec<(usize, String)>> {
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
        let mut keyed: Vec<(String, usize)> = self
            .others(event, fact)
            .iter()
            .enumerate()
            .map(|(i, o)| {
                let shown = fact.answer_type.display(&o.answer);
                (canonical(fact.answer_type, &shown, unit), i)
            })
            .collect();
        keyed.sort_unstable();
        keyed.dedup_by(|later, first| later.0 == first.0);
        let mut firsts: Vec<(usize, String)> = keyed.into_iter().map(|(k, i)| (i, k)).collect();
        firsts.sort_unstable_by_key(|(i, _)| *i);
        let firsts = Arc::new(firsts);
        if let Ok(mut cache) = self.firsts.lock() {
            cache.insert(id, Arc::clone(&firsts));
        }
        firsts
    }
}
