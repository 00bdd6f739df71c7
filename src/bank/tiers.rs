//! The one walk through a fact's three tiers of distractors: its own list, then the answers of
//! other facts of its event and type (and, for numbers, unit), then plausible values near its
//! answer. A tier is reached only while the tiers before it gave fewer than were wanted; every
//! candidate goes through one filter (`keeper`), so that none is the answer, an alias or a repeat.
//! The walk goes through each tier in the order listed (`Listed`: what `validate` reports and a
//! slip must not land on) or drawn with the caller's RNG (`Drawn`: what a game shows).

use std::borrow::Cow;
use std::ops::Range;
use std::vec;

use rand::seq::SliceRandom;
use rand::{Rng, RngExt};

use super::form::Look;
use super::perturb::perturbations;
use super::{Bank, Keeper, Led, own_distractors};
use crate::model::{Fact, OPTIONS};

/// How a walk orders each tier.
pub trait Walk {
    /// Puts the kept candidates of a short tier (the fact's own, nearby values) in the order they
    /// are offered.
    fn arrange(&mut self, kept: &mut [String]);
    /// How many answers to pick at random, among `len` that may be borrowed, before going
    /// through them all; `cap` is the most the walk gives.
    fn tries(&self, len: usize, cap: usize) -> usize;
    /// One answer picked at random among `len`.
    fn pick(&mut self, len: usize) -> usize;
    /// The order to go through all `len` answers that may be borrowed.
    fn pass(&mut self, len: usize) -> Pass;
}

/// Each tier in the order listed: the fact's own distractors as written, the others' answers in
/// file order, nearby values from the nearest.
pub struct Listed;

impl Walk for Listed {
    fn arrange(&mut self, _kept: &mut [String]) {}
    fn tries(&self, _len: usize, _cap: usize) -> usize {
        0
    }
    fn pick(&mut self, _len: usize) -> usize {
        0
    }
    fn pass(&mut self, len: usize) -> Pass {
        Pass::InOrder(0..len)
    }
}

/// Each tier drawn with an RNG: the short tiers shuffled; from the others' answers, a few random
/// picks (which find what is needed without going through a large bank), then, only when they
/// fall short, every answer in a random order.
pub struct Drawn<'r, R: Rng + ?Sized>(pub &'r mut R);

impl<R: Rng + ?Sized> Walk for Drawn<'_, R> {
    fn arrange(&mut self, kept: &mut [String]) {
        kept.shuffle(self.0);
    }
    fn tries(&self, len: usize, cap: usize) -> usize {
        len.min(8 * cap)
    }
    fn pick(&mut self, len: usize) -> usize {
        self.0.random_range(0..len)
    }
    fn pass(&mut self, len: usize) -> Pass {
        let mut order: Vec<usize> = (0..len).collect();
        order.shuffle(self.0);
        Pass::Shuffled(order.into_iter())
    }
}

/// The order of a pass through the answers that may be borrowed.
pub enum Pass {
    InOrder(Range<usize>),
    Shuffled(vec::IntoIter<usize>),
}

impl Iterator for Pass {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        match self {
            Pass::InOrder(range) => range.next(),
            Pass::Shuffled(order) => order.next(),
        }
    }
}

/// Where a walk is.
enum Tier {
    Start,
    Own(vec::IntoIter<String>),
    Tries(usize),
    Borrowed(Pass),
    Nearby(vec::IntoIter<String>),
    Done,
}

/// One distractor a walk gives.
pub struct Candidate<'s> {
    /// As shown.
    pub text: Cow<'s, str>,
    /// Its canonical key (`check::canonical` with the fact's type and unit), when the walk had
    /// it without working it out: one of the first answers of the event, keyed once.
    pub key: Option<&'s str>,
    /// Whether it is another fact's answer (not one of the fact's own, nor a nearby value).
    pub borrowed: bool,
    /// Its look as a phrase (`form::Look` of its text and key), when the walk had it with `key`.
    pub look: Option<Look>,
}

impl<'s> Candidate<'s> {
    fn worked_out(text: String, borrowed: bool) -> Self {
        Candidate {
            text: Cow::Owned(text),
            key: None,
            borrowed,
            look: None,
        }
    }
}

/// The walk of `Bank::candidates`.
struct Candidates<'s, 'a, W> {
    bank: &'s Bank<'a>,
    event: &'s str,
    fact: &'s Fact,
    /// The facts that may lend their answers, looked up when the walk first reaches them.
    others: &'s [&'a Fact],
    /// The first of `others` as shown and keyed (`Bank::lead`), or none.
    lead: &'s [Led],
    walk: W,
    keep: Keeper<'s>,
    /// A tier is reached only while fewer than this were given.
    enough: usize,
    /// The borrowed and nearby tiers stop once this many were given.
    cap: usize,
    given: usize,
    tier: Tier,
}

impl<'s, 'a, W: Walk> Candidates<'s, 'a, W> {
    /// The tier after one that ran out: `next`, or the end when enough were given.
    fn after(&mut self, next: fn(&mut Self) -> Tier) {
        self.tier = if self.given >= self.enough {
            Tier::Done
        } else {
            next(self)
        };
    }

    fn borrowing(&mut self) -> Tier {
        if let Some(kindred) = self.bank.kindred(self.event, self.fact) {
            self.others = &kindred.facts;
            self.lead = self.bank.lead(kindred, self.fact);
        }
        Tier::Tries(self.walk.tries(self.others.len(), self.cap))
    }

    fn full_pass(&mut self) -> Tier {
        Tier::Borrowed(self.walk.pass(self.others.len()))
    }

    fn nearby(&mut self) -> Tier {
        let mut kept: Vec<String> = perturbations(self.fact)
            .into_iter()
            .filter(|d| self.keep.keep(d))
            .collect();
        self.walk.arrange(&mut kept);
        Tier::Nearby(kept.into_iter())
    }

    /// The answer of the `i`th fact that may be borrowed, as shown, when it is kept.
    fn offer(&mut self, i: usize) -> Option<Candidate<'s>> {
        let other = self.others[i];
        if other.id == self.fact.id {
            return None;
        }
        if let Some(Led { text, key, look }) = self.lead.get(i) {
            return self.keep.keep_keyed(text, key).then_some(Candidate {
                text: Cow::Borrowed(text),
                key: Some(key),
                borrowed: true,
                look: Some(*look),
            });
        }
        let text = self.fact.answer_type.display(&other.answer);
        self.keep
            .keep(&text)
            .then(|| Candidate::worked_out(text, true))
    }
}

impl<'s, W: Walk> Iterator for Candidates<'s, '_, W> {
    type Item = Candidate<'s>;

    fn next(&mut self) -> Option<Candidate<'s>> {
        loop {
            if matches!(
                self.tier,
                Tier::Tries(_) | Tier::Borrowed(_) | Tier::Nearby(_)
            ) && self.given >= self.cap
            {
                self.tier = Tier::Done;
            }
            let found = match &mut self.tier {
                Tier::Start => {
                    let mut own = own_distractors(self.fact, &mut self.keep);
                    self.walk.arrange(&mut own);
                    self.tier = Tier::Own(own.into_iter());
                    None
                }
                Tier::Own(own) => match own.next() {
                    Some(text) => Some(Candidate::worked_out(text, false)),
                    None => {
                        self.after(Self::borrowing);
                        None
                    }
                },
                Tier::Tries(0) => {
                    self.after(Self::full_pass);
                    None
                }
                Tier::Tries(left) => {
                    *left -= 1;
                    let i = self.walk.pick(self.others.len());
                    self.offer(i)
                }
                Tier::Borrowed(order) => match order.next() {
                    Some(i) => self.offer(i),
                    None => {
                        self.after(Self::nearby);
                        None
                    }
                },
                Tier::Nearby(near) => {
                    let next = near.next();
                    if next.is_none() {
                        self.tier = Tier::Done;
                    }
                    next.map(|text| Candidate::worked_out(text, false))
                }
                Tier::Done => return None,
            };
            if let Some(text) = found {
                self.given += 1;
                return Some(text);
            }
        }
    }
}

impl<'a> Bank<'a> {
    /// The distinct distractors of `fact` of `event`, tier by tier, each tier walked as `walk`
    /// says: a tier is reached only while fewer than `enough` were given, and the borrowed and
    /// nearby tiers stop at `cap` in all (the fact's own distractors are all given).
    pub fn candidates<'s, W: Walk + 's>(
        &'s self,
        event: &'s str,
        fact: &'s Fact,
        walk: W,
        enough: usize,
        cap: usize,
    ) -> impl Iterator<Item = String> + 's {
        self.walk(event, fact, walk, enough, cap, self.keeper(fact))
            .map(|c| c.text.into_owned())
    }

    /// `candidates`, each with what the walk knows of it, filtered by `keep`.
    fn walk<'s, W: Walk + 's>(
        &'s self,
        event: &'s str,
        fact: &'s Fact,
        walk: W,
        enough: usize,
        cap: usize,
        keep: Keeper<'s>,
    ) -> Candidates<'s, 'a, W> {
        Candidates {
            bank: self,
            event,
            fact,
            others: &[],
            lead: &[],
            walk,
            keep,
            enough,
            cap,
            given: 0,
            tier: Tier::Start,
        }
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
        self.candidates(event, fact, Listed, OPTIONS - 1, usize::MAX)
    }

    /// `distractor_pool_iter`, each candidate with whether it is borrowed and, when known, its
    /// key, for a caller that has the canonical keys of the answer and the aliases (`forms`:
    /// `Keeper::new`'s) and would work them out again otherwise.
    pub fn distractor_pool_keyed<'s>(
        &'s self,
        event: &'s str,
        fact: &'s Fact,
        forms: impl IntoIterator<Item = &'s str>,
    ) -> impl Iterator<Item = Candidate<'s>> + 's {
        let keep = Keeper::seeded(fact, forms.into_iter().map(Cow::Borrowed));
        self.walk(event, fact, Listed, OPTIONS - 1, usize::MAX, keep)
    }

    /// The first `n` of `distractor_pool_keyed`. A fact with nothing of its own but its answer
    /// (no alias, distractor or tolerance), not among the first answers of its event, is given
    /// the first of them whose keys are not empty, not its answer's and not a repeat, as the walk
    /// would give them: those are worked out once for the event (issue #16).
    pub fn first_of_pool_keyed<'s, F>(
        &'s self,
        event: &'s str,
        fact: &'s Fact,
        forms: F,
        n: usize,
    ) -> Vec<Candidate<'s>>
    where
        F: IntoIterator<Item = &'s str>,
        F::IntoIter: Clone,
    {
        let forms = forms.into_iter();
        let plain =
            fact.aliases.is_empty() && fact.distractors.is_empty() && fact.tolerance.is_none();
        if plain
            && let Some(own) = forms.clone().next()
            && let Some(firsts) = self.plain_firsts(event, fact, own, n)
        {
            return firsts;
        }
        self.distractor_pool_keyed(event, fact, forms)
            .take(n)
            .collect()
    }

    /// `first_of_pool_keyed` of a plain fact whose answer's key is `own`, from the heads of its
    /// lead; `None` when they do not settle it (too few, or the fact among them).
    fn plain_firsts<'s>(
        &'s self,
        event: &str,
        fact: &Fact,
        own: &str,
        n: usize,
    ) -> Option<Vec<Candidate<'s>>> {
        let kindred = self.kindred(event, fact)?;
        let lead = self.lead_of(kindred, fact)?;
        let mut firsts = Vec::with_capacity(n);
        // The last place of the lead the walk reaches.
        let mut reached = 0;
        for &at in &lead.heads {
            if firsts.len() == n {
                break;
            }
            let Led { text, key, look } = &lead.led[at];
            reached = at;
            if key != own {
                firsts.push(Candidate {
                    text: Cow::Borrowed(text.as_str()),
                    key: Some(key.as_str()),
                    borrowed: true,
                    look: Some(*look),
                });
            }
        }
        let among = kindred.facts[..=reached].iter().any(|o| o.id == fact.id);
        (firsts.len() == n && !among).then_some(firsts)
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
        let (others, lead) = match self.kindred(event, fact) {
            Some(kindred) if !enough => (kindred.facts.as_slice(), self.lead(kindred, fact)),
            _ => (&[][..], &[][..]),
        };
        (others.iter().enumerate())
            .filter(|(_, o)| o.id != fact.id)
            .filter_map(move |(i, o)| match lead.get(i) {
                Some(Led { text, key, .. }) => keep.keep_keyed(text, key).then(|| text.clone()),
                None => {
                    let text = fact.answer_type.display(&o.answer);
                    keep.keep(&text).then_some(text)
                }
            })
    }
}

#[cfg(test)]
mod tests;
