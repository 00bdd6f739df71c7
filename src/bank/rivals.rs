//! The wrong answers a spelling slip in a typed answer must not land on (`rivals`): the
//! distractor pool, with a large event's answers keyed once for all its facts.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use compact_str::CompactString;

use super::{Bank, Fast, own_distractors};
use crate::check::{Rivals, canonical};
use crate::model::{Fact, OPTIONS};

impl<'a> Bank<'a> {
    /// The wrong answers a spelling slip in a typed answer to `fact` must not land on: the
    /// distractors its multiple-choice question is drawn from.
    ///
    /// The same list as `distractor_pool`, but a fact that borrows from a large event takes the
    /// others' answers from a list of them worked out once for the event, type and unit (each
    /// answer's key once, the first answer of each key), instead of keying every answer again for
    /// every question.
    pub fn rivals(&self, event: &str, fact: &Fact) -> Rivals {
        /// Fewer others than this are keyed as they are read.
        const LARGE: usize = 64;
        let others = self.others(event, fact);
        // A tolerance drops values near the answer, which the shared list cannot know.
        if others.len() < LARGE || fact.tolerance.is_some() {
            return self.distractor_pool(event, fact).into();
        }
        let mut keep = self.keeper(fact);
        let pool = own_distractors(fact, &mut keep);
        if pool.len() >= OPTIONS - 1 {
            return pool.into();
        }
        // What `keep` has seen: the answer, the aliases and the distractors it kept.
        let unit = fact.unit.as_deref();
        let seen: HashSet<String, Fast> = fact
            .forms()
            .chain(pool.iter().map(String::as_str))
            .map(|s| canonical(fact.answer_type, s, unit))
            .collect();
        let firsts = self.first_answers(event, fact);
        // Several facts have its id (a file with errors): all of them are left out.
        if firsts.several.contains(fact.id.as_str()) {
            return self.distractor_pool(event, fact).into();
        }
        // The places in the list of the keys seen (each key is there once at most).
        let seen_places: Vec<usize> = seen
            .iter()
            .filter_map(|key| firsts.places.get(key.as_str()).copied())
            .collect();
        // Where the fact itself is in the list, when it is the first of its key (it is left out
        // of what it borrows): the first of its own key, when that one has its id.
        let own_key = canonical(
            fact.answer_type,
            &fact.answer_type.shown(&fact.answer),
            unit,
        );
        let own_first = (firsts.places.get(own_key.as_str()).copied())
            .filter(|&k| others[firsts.list[k]].id == fact.id);
        // When it is the first of its key, the next answer of that key would be borrowed, which
        // the shared list does not have.
        if own_first.is_some_and(|k| !seen_places.contains(&k)) {
            return self.distractor_pool(event, fact).into();
        }
        let empty = firsts.places.get("").copied();
        let mut skip: Vec<usize> = seen_places
            .into_iter()
            .chain(own_first)
            .chain(empty)
            .collect();
        skip.sort_unstable();
        skip.dedup();
        let rivals = Rivals::shared(pool, Arc::clone(&firsts.shown), skip);
        if rivals.len() < OPTIONS - 1 {
            // Nearby values come next, filtered against every key kept so far.
            return self.distractor_pool(event, fact).into();
        }
        rivals
    }

    /// For the answers `fact` of `event` may borrow (`others`), the first of each key (as `keeper`
    /// keys it): its place in `others`, its key and its answer as shown, in order. Worked out once
    /// an event, type and unit.
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
        // The ids several of the others have (a file with errors; usually none), found before the
        // lists below are built, so that the set of every id is gone by then.
        let several: HashSet<&'a str, Fast> = {
            let mut ids: HashSet<&str, Fast> =
                HashSet::with_capacity_and_hasher(others.len(), Fast::default());
            (others.iter().map(|o| o.id.as_str()))
                .filter(|id| !ids.insert(id))
                .collect()
        };
        // One pass in order keeps the first of each key, without sorting every key.
        let mut places: HashMap<CompactString, usize, Fast> =
            HashMap::with_capacity_and_hasher(others.len(), Fast::default());
        let mut list = Vec::new();
        for (i, other) in others.iter().enumerate() {
            let key = canonical(
                fact.answer_type,
                &fact.answer_type.shown(&other.answer),
                unit,
            );
            if let std::collections::hash_map::Entry::Vacant(v) =
                places.entry(CompactString::new(&key))
            {
                v.insert(list.len());
                list.push(i);
            }
        }
        list.shrink_to_fit();
        let shown: Arc<[CompactString]> = list
            .iter()
            .map(|&i| CompactString::from(fact.answer_type.shown(&others[i].answer)))
            .collect();
        let firsts = Arc::new(Firsts {
            list,
            places,
            shown,
            several,
        });
        if let Ok(mut cache) = self.firsts.lock() {
            cache.insert(id, Arc::clone(&firsts));
        }
        firsts
    }
}

/// The answers a fact of a large event may borrow, worked out once for its event, type and unit.
pub(super) struct Firsts<'a> {
    /// The first answer of each key (as `keeper` keys it): its place among the others, in order.
    list: Vec<usize>,
    /// Each key's place in `list` (a key is short: most are held inline, without an allocation).
    places: HashMap<CompactString, usize, Fast>,
    /// The answer of each of `list`, as shown (most are short: held inline, without an
    /// allocation each).
    shown: Arc<[CompactString]>,
    /// The ids that several of the others have.
    several: HashSet<&'a str, Fast>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(id: &str, answer: &str, aliases: &[&str], distractors: &[&str]) -> Fact {
        serde_json::from_value(serde_json::json!({
            "id": id, "type": "place", "answer": answer, "aliases": aliases,
            "distractors": distractors, "statement": "It was {answer}.",
            "paragraphs": [1], "explanation": "Because."
        }))
        .unwrap()
    }

    /// The shared list gives the same rivals as the distractor pool, whatever a fact has of its
    /// own: keys several answers share, an answer with no key, aliases and distractors that are
    /// another fact's answer, the fact the first of its key or not, an id two facts have.
    #[test]
    fn a_large_events_rivals_are_its_distractor_pool() {
        let mut facts: Vec<Fact> = (0..150)
            .map(|i| fact(&format!("f{i}"), &format!("Town {}", i % 90), &[], &[]))
            .collect();
        facts.push(fact("blank", "...", &[], &[]));
        facts.push(fact("alias", "Town 3", &["Town 4"], &["Town 5"]));
        facts.push(fact("own", "Elsewhere", &[], &["Town 1", "town 1", "Far"]));
        facts.push(fact("f7", "Town 7", &[], &[]));
        facts.push(fact("full", "Home", &[], &["A", "B", "C"]));
        let bank = Bank::new([]).with(&facts);
        let mut shared = 0;
        for fact in &facts {
            let rivals = bank.rivals("e", fact);
            shared += usize::from(rivals.len() > 50);
            assert_eq!(
                rivals.to_vec(),
                bank.distractor_pool("e", fact),
                "{}",
                fact.id
            );
        }
        assert!(shared > 100, "{shared}");
    }

    impl<'a> Bank<'a> {
        fn with(mut self, facts: &'a [Fact]) -> Self {
            self.add("e", facts);
            self
        }
    }
}
