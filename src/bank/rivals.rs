//! The wrong answers a spelling slip in a typed answer must not land on (`rivals`): the
//! distractor pool, with a large event's answers keyed once for all its facts.

use std::collections::HashSet;
use std::sync::Arc;

use compact_str::CompactString;

use super::{Bank, Fast, own_distractors};
use crate::check::{Answers, Rivals, canonical};
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
        let answers = &firsts.answers;
        let own_key = canonical(
            fact.answer_type,
            &fact.answer_type.shown(&fact.answer),
            unit,
        );
        if !seen.contains(&own_key) {
            return self.rivals_keyed(event, fact, pool, &seen, &own_key, &firsts);
        }
        // Its own key is among those seen, so whether it is the first of that key changes
        // nothing: the keys seen and the empty key are left out, wherever their first answers
        // are, and the answers need not be keyed now. Enough others of keys not left out make
        // the list long enough without keying them all.
        let mut more: HashSet<String, Fast> = HashSet::default();
        let needed = (OPTIONS - 1).saturating_sub(pool.len());
        for answer in answers.shown() {
            if more.len() >= needed {
                break;
            }
            let key = answers.key(answer);
            if !key.is_empty() && !seen.contains(&key) {
                more.insert(key);
            }
        }
        let mut skip_keys: Vec<String> = seen.into_iter().collect();
        skip_keys.push(String::new());
        let rivals = Rivals::keyed(pool, Arc::clone(answers), skip_keys);
        if more.len() < needed && rivals.len() < OPTIONS - 1 {
            // Nearby values come next, filtered against every key kept so far.
            return self.distractor_pool(event, fact).into();
        }
        rivals
    }

    /// `rivals` for a fact whose own key is not among those seen (its answer shown otherwise
    /// than it is written): the answers are keyed, to know whether it is the first of its key.
    fn rivals_keyed(
        &self,
        event: &str,
        fact: &Fact,
        pool: Vec<String>,
        seen: &HashSet<String, Fast>,
        own_key: &str,
        firsts: &Firsts<'a>,
    ) -> Rivals {
        let others = self.others(event, fact);
        let keyed = firsts.answers.firsts();
        // The places in the list of the keys seen (each key is there once at most).
        let seen_places: Vec<usize> = seen
            .iter()
            .filter_map(|key| keyed.places.get(key.as_str()).copied())
            .collect();
        // Where the fact itself is in the list, when it is the first of its key (it is left out
        // of what it borrows): the first of its own key, when that one has its id.
        let own_first = (keyed.places.get(own_key).copied())
            .filter(|&k| others.get(keyed.list[k]).is_some_and(|o| o.id == fact.id));
        // When it is the first of its key, the next answer of that key would be borrowed, which
        // the shared list does not have.
        if own_first.is_some_and(|k| !seen_places.contains(&k)) {
            return self.distractor_pool(event, fact).into();
        }
        let empty = keyed.places.get("").copied();
        let mut skip: Vec<usize> = seen_places
            .into_iter()
            .chain(own_first)
            .chain(empty)
            .collect();
        skip.sort_unstable();
        skip.dedup();
        let rivals = Rivals::keyed_without(pool, Arc::clone(&firsts.answers), skip);
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
        // Their answers as shown, keyed only when a typed answer is first judged against them.
        let shown: Arc<[CompactString]> = (others.iter())
            .map(|o| CompactString::from(fact.answer_type.shown(&o.answer)))
            .collect();
        let answers = Answers::new(shown, fact.answer_type, unit.map(str::to_owned));
        let firsts = Arc::new(Firsts {
            answers: Arc::new(answers),
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
    /// The others' answers as shown, in order (keyed when first needed).
    answers: Arc<Answers>,
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

    /// A large event's answers are keyed when a fact's rivals are first read, not when they are
    /// made (a question whose typed answer is never judged keys nothing), and then once for
    /// all its facts.
    #[test]
    fn a_large_events_answers_are_keyed_when_first_read() {
        let facts: Vec<Fact> = (0..100)
            .map(|i| fact(&format!("f{i}"), &format!("Town {i}"), &[], &[]))
            .collect();
        let bank = Bank::new([]).with(&facts);
        let (first, second) = (bank.rivals("e", &facts[0]), bank.rivals("e", &facts[1]));
        let keyed = |bank: &Bank| {
            let firsts = bank.firsts.lock().unwrap();
            assert_eq!(firsts.len(), 1);
            firsts.values().all(|f| f.answers.is_keyed())
        };
        assert!(!keyed(&bank));
        assert_eq!(first.len(), 99);
        assert!(keyed(&bank));
        assert_eq!(second.to_vec(), bank.distractor_pool("e", &facts[1]));
    }

    impl<'a> Bank<'a> {
        fn with(mut self, facts: &'a [Fact]) -> Self {
            self.add("e", facts);
            self
        }
    }
}
