//! Which of a fact's distractors a question gets: drawn through the bank's tiers with the game's
//! RNG, then a set in which the answer does not stand out by its form.

use rand::Rng;

use super::{Generator, OPTIONS};
use crate::bank::{Drawn, form};
use crate::model::Fact;

impl Generator<'_> {
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
        let picked: Vec<String> = self
            .bank
            .candidates(event, fact, Drawn(rng), n, want)
            .collect();
        form::choose(
            fact.answer_type,
            &fact.answer_type.display(&fact.answer),
            &picked,
            n,
        )
    }
}
