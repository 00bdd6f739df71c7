//! Where a fact's distractors come from: its own list, then the answers of other facts of its
//! event and type (and, for numbers, unit), then plausible values near its answer; and which of
//! them a question gets.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rand::seq::SliceRandom;
use rand::{Rng, RngExt};

use super::perturb::perturbations;
use super::{Generator, OPTIONS, form, kin};
use crate::check::canonical;
use crate::model::Fact;

impl<'a> Generator<'a> {
    /// `n` distractors for `fact` of the event `event`, drawn tier by tier: its own list, other
    /// answers of its event, type and unit, perturbations of the value. Among the candidates of the
    /// tiers it reaches it takes a set in which the answer does not stand out by its form alone
    /// (`form::choose`), when there is one. Fewer when the tiers run out.
    pub fn distractors<R: Rng + ?Sized>(
        &self,
        event: &str,
        fact: &Fact,
        n: usize,
        rng: &mut R,
    ) -> Vec<String> {
        // A few more candidates than needed, to choose a set that does not give the answer away.
        let want = n + OPTIONS - 1;
        let mut keep = self.keeper(fact);
        let mut picked = own_distractors(fact, &mut keep);
        picked.shuffle(rng);
        if picked.len() < n {
            let others = self.others(event, fact);
            // A few random tries find borrowed distractors without going through the whole bank;
            // only when they fail does the draw go through the others in a random order.
            for _ in 0..others.len().min(8 * want) {
                if picked.len() == want {
                    break;
                }
                let other = others[rng.random_range(0..others.len())];
                let text = fact.answer_type.display(&other.answer);
                if other.id != fact.id && keep(&text) {
                    picked.push(text);
                }
            }
            if picked.len() < n {
                let mut order: Vec<usize> = (0..others.len()).collect();
                order.shuffle(rng);
                for i in order {
                    if picked.len() == want {
                        break;
                    }
                    let other = others[i];
                    let text = fact.answer_type.display(&other.answer);
                    if other.id != fact.id && keep(&text) {
                        picked.push(text);
                    }
                }
            }
        }
        if picked.len() < n {
            let mut perturbed: Vec<String> = perturbations(fact)
                .into_iter()
                .filter(|d| keep(d))
                .collect();
            perturbed.shuffle(rng);
            let room = want - picked.len();
            picked.extend(perturbed.into_iter().take(room));
        }
        form::choose(
            fact.answer_type,
            &fact.answer_type.display(&fact.answer),
            &picked,
            n,
        )
    }

    /// Every distinct distractor `fact` of `event` can be given, tier by tier (its own, other
    /// answers of its event, type and unit, nearby values), up to the tier that brings it to three.
    pub fn distractor_pool(&self, event: &str, fact: &Fact) -> Vec<String> {
        self.distractor_pool_iter(event, fact).collect()
    }

    /// `distractor_pool`, worked out only as far as it is read: the first few of a fact that
    /// borrows from a large event do not go through every other answer.
    pub fn distractor_pool_iter<'s>(
        &'s self,
        event: &'s str,
        fact: &'s Fact,
    ) -> impl Iterator<Item = String> + 's {
        let mut keep = self.keeper(fact);
        let mut own = fact.distractors.iter().map(|d| fact.answer_type.display(d));
        let mut borrowed = None;
        let mut perturbed = None;
        // 0: its own, 1: borrowed, 2: nearby values; a tier is reached only when those before it
        // gave fewer than three.
        let (mut tier, mut count) = (0, 0);
        std::iter::from_fn(move || {
            loop {
                let next = match tier {
                    0 => own.next(),
                    1 => borrowed
                        .get_or_insert_with(|| self.borrowable(event, fact))
                        .next(),
                    2 => perturbed
                        .get_or_insert_with(|| perturbations(fact).into_iter())
                        .next(),
                    _ => return None,
                };
                match next {
                    Some(text) if keep(&text) => {
                        count += 1;
                        return Some(text);
                    }
                    Some(_) => {}
                    None if count >= OPTIONS - 1 => tier = 3,
                    None => tier += 1,
                }
            }
        })
    }

    /// The distractors `fact` of `event` borrows from other facts, as shown: none when it has
    /// three distinct ones of its own.
    pub fn borrowed(&self, event: &str, fact: &Fact) -> Vec<String> {
        self.borrowed_iter(event, fact).collect()
    }

    /// `borrowed`, worked out only as far as it is read.
    pub fn borrowed_iter<'s>(
        &'s self,
        event: &'s str,
        fact: &'s Fact,
    ) -> impl Iterator<Item = String> + 's {
        let mut keep = self.keeper(fact);
        let enough = own_distractors(fact, &mut keep).len() >= OPTIONS - 1;
        self.borrowable(event, fact)
            .take_while(move |_| !enough)
            .filter(move |d| keep(d))
    }

    /// The answers of other facts that `fact` of `event` may borrow, as shown, in file order.
    pub fn borrowable<'s>(
        &'s self,
        event: &str,
        fact: &'s Fact,
    ) -> impl Iterator<Item = String> + 's {
        self.others(event, fact)
            .iter()
            .filter(|o| o.id != fact.id)
            .map(|o| fact.answer_type.display(&o.answer))
    }

    /// The wrong answers a spelling slip in a typed answer to `fact` must not land on: the
    /// distractors its multiple-choice question is drawn from.
    ///
    /// The same list as `distractor_pool`, but a fact that borrows from a large event takes the
    /// others' answers from a list of them worked out once for the event, type and unit (each
    /// answer's key once, the first answer of each key), instead of keying every answer again for
    /// every question.
    pub(super) fn rivals(&self, event: &str, fact: &Fact) -> Vec<String> {
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

    /// Up to `want` distinct distractors for `fact`, in tier order, looking no further than needed.
    pub(super) fn pool(&self, event: &str, fact: &Fact, want: usize) -> Vec<String> {
        let mut keep = self.keeper(fact);
        let mut pool = Vec::with_capacity(want);
        let own = fact.distractors.iter().map(|d| fact.answer_type.display(d));
        let mut perturbed = None;
        // The others are looked up only when the fact's own distractors run out.
        let borrowed = std::iter::once(()).flat_map(|()| self.borrowable(event, fact));
        let mut candidates = own.chain(borrowed);
        while pool.len() < want {
            let next = match candidates.next() {
                Some(text) => text,
                None => {
                    let rest = perturbed.get_or_insert_with(|| perturbations(fact).into_iter());
                    match rest.next() {
                        Some(text) => text,
                        None => break,
                    }
                }
            };
            if keep(&next) {
                pool.push(next);
            }
        }
        pool
    }

    /// The facts whose answers `fact` of `event` may borrow: those of its event, type and unit.
    fn others(&self, event: &str, fact: &Fact) -> &[&'a Fact] {
        self.kin()
            .get(event)
            .and_then(|kins| kins.get(&kin(fact)))
            .map_or(&[], Vec::as_slice)
    }

    /// A filter that keeps a candidate distractor once, and only when it is not the answer, an
    /// alias, or within the tolerance.
    fn keeper<'f>(&self, fact: &'f Fact) -> impl FnMut(&str) -> bool + 'f {
        let unit = fact.unit.as_deref();
        let answer_type = fact.answer_type;
        let mut seen: HashSet<String, Fast> = std::iter::once(&fact.answer)
            .chain(&fact.aliases)
            .map(|s| canonical(answer_type, s, unit))
            .collect();
        move |text: &str| {
            let k = canonical(answer_type, text, unit);
            !k.is_empty() && !fact.within_tolerance(text) && seen.insert(k)
        }
    }
}

/// The hasher of the sets and maps worked out for every question: foldhash, several times quicker
/// than SipHash on short keys, which come from the question files, not from an attacker.
type Fast = foldhash::fast::RandomState;

/// The answers a fact of a large event may borrow, worked out once for its event, type and unit.
pub(super) struct Firsts<'a> {
    /// The first answer of each key (as `keeper` keys it): its place among the others and its key,
    /// in order.
    list: Vec<(usize, String)>,
    /// Where each id is among the others; `None` for an id that several of them have.
    ids: HashMap<&'a str, Option<usize>, Fast>,
}

/// The fact's own distractors, as shown, that `keep` lets through.
fn own_distractors(fact: &Fact, keep: &mut impl FnMut(&str) -> bool) -> Vec<String> {
    fact.distractors
        .iter()
        .map(|d| fact.answer_type.display(d))
        .filter(|d| keep(d))
        .collect()
}
