//! Turning facts and claims into questions. Pure: the caller passes in a seeded RNG.
//!
//! A fact is asked as `short` (type the value), `choice` (the value among three distractors),
//! or `truefalse` (its statement with the value or a distractor in the slot); a claim is asked as
//! a `verdict`. Distractors come from the fact's own list, then from the answers of other facts of
//! the same type in the loaded files, then (numbers, years, days and dates) from plausible
//! perturbations of the value. Guarantees (issue #2): the answer never appears in its own prompt;
//! distractors differ from the answer, its aliases and each other after normalisation.

use std::collections::{BTreeMap, HashSet};

use rand::seq::SliceRandom;
use rand::{Rng, RngExt};

use crate::check::date::Date;
use crate::check::{Accepted, canonical, number};
use crate::model::{AnswerType, Claim, Event, Fact, FactKind};
use crate::question::{Expected, Kind, Question};

/// Options in a multiple-choice question: the answer and three distractors.
pub const OPTIONS: usize = 4;

/// Generates questions for the facts of a set of loaded files; it remembers every fact's answer by
/// type, to borrow distractors from.
pub struct Generator<'a> {
    answers_by_type: BTreeMap<AnswerType, Vec<&'a Fact>>,
}

impl<'a> Generator<'a> {
    pub fn new<I: IntoIterator<Item = &'a Fact>>(facts: I) -> Self {
        let mut answers_by_type: BTreeMap<AnswerType, Vec<&'a Fact>> = BTreeMap::new();
        for fact in facts {
            answers_by_type
                .entry(fact.answer_type)
                .or_default()
                .push(fact);
        }
        Generator { answers_by_type }
    }

    /// The kinds `fact` can be asked as: those it allows and has enough distractors for. Looks only
    /// as far as it must (a fact with three distractors of its own never scans the others), so
    /// that checking a bank stays linear in its size.
    pub fn kinds(&self, fact: &Fact) -> Vec<Kind> {
        let available = self.pool(fact, OPTIONS - 1).len();
        fact.allowed_kinds()
            .into_iter()
            .filter_map(|kind| match kind {
                FactKind::Short => Some(Kind::Short),
                FactKind::Choice => (available >= OPTIONS - 1).then_some(Kind::Choice),
                FactKind::Truefalse => (available >= 1).then_some(Kind::Truefalse),
            })
            .collect()
    }

    /// The question of `kind` for `fact`. `truth` chooses, for `truefalse`, whether the statement
    /// carries the real value. `None` when the fact cannot be asked that way.
    pub fn fact_question<R: Rng + ?Sized>(
        &self,
        event: &Event,
        fact: &Fact,
        kind: Kind,
        truth: bool,
        rng: &mut R,
    ) -> Option<Question> {
        let allowed = match kind {
            Kind::Short => FactKind::Short,
            Kind::Choice => FactKind::Choice,
            Kind::Truefalse => FactKind::Truefalse,
            Kind::Verdict => return None,
        };
        if !fact.allowed_kinds().contains(&allowed) {
            return None;
        }
        let shown = display(fact.answer_type, &fact.answer);
        let solution = solution(fact, &shown);
        match kind {
            Kind::Short => {
                let expected = Expected::Typed(Accepted {
                    rivals: self.rivals(fact),
                    ..accepted(fact, &shown)
                });
                let asked = asked(fact);
                Some(fact_question_of(
                    event,
                    fact,
                    (kind, asked, Vec::new()),
                    expected,
                    (shown, solution),
                ))
            }
            Kind::Choice => {
                let mut options = self.distractors(fact, OPTIONS - 1, rng);
                if options.len() < OPTIONS - 1 {
                    return None;
                }
                options.push(shown);
                if fact.answer_type.is_numeric() {
                    sort_numeric(&mut options);
                } else {
                    options.shuffle(rng);
                }
                fact_choice(event, fact, options)
            }
            Kind::Truefalse => {
                let put = if truth {
                    shown
                } else {
                    self.distractors(fact, 1, rng).pop()?
                };
                let (answer, solution) = if truth {
                    ("true", format!("true ({solution})"))
                } else {
                    ("false", format!("false: it is {solution}, not {put}"))
                };
                Some(fact_question_of(
                    event,
                    fact,
                    (kind, fact.fill(&put), Vec::new()),
                    Expected::TrueFalse(truth),
                    (answer.to_owned(), solution),
                ))
            }
            Kind::Verdict => None,
        }
    }

    /// `n` distractors for `fact`, drawn tier by tier: its own list, other facts' answers of the same
    /// type, perturbations of the value. Fewer when the tiers run out.
    pub fn distractors<R: Rng + ?Sized>(&self, fact: &Fact, n: usize, rng: &mut R) -> Vec<String> {
        let mut keep = self.keeper(fact);
        let mut own = own_distractors(fact, &mut keep);
        own.shuffle(rng);
        let mut picked: Vec<String> = own.into_iter().take(n).collect();
        if picked.len() < n {
            let others = self.others(fact);
            // A few random tries find borrowed distractors without going through the whole bank;
            // only when they fail does the draw go through the others in a random order.
            for _ in 0..others.len().min(8 * n) {
                if picked.len() == n {
                    break;
                }
                let other = others[rng.random_range(0..others.len())];
                let text = display(fact.answer_type, &other.answer);
                if other.id != fact.id && keep(&text) {
                    picked.push(text);
                }
            }
            if picked.len() < n {
                let mut order: Vec<usize> = (0..others.len()).collect();
                order.shuffle(rng);
                for i in order {
                    if picked.len() == n {
                        break;
                    }
                    let other = others[i];
                    let text = display(fact.answer_type, &other.answer);
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
            picked.extend(perturbed.into_iter().take(n - picked.len()));
        }
        picked
    }

    /// Every distinct distractor `fact` can be given, tier by tier (its own, other facts' answers of
    /// its type, nearby values), up to the tier that brings it to three.
    pub fn distractor_pool(&self, fact: &Fact) -> Vec<String> {
        let mut keep = self.keeper(fact);
        let mut pool = own_distractors(fact, &mut keep);
        if pool.len() < OPTIONS - 1 {
            pool.extend(
                self.others(fact)
                    .iter()
                    .filter(|o| o.id != fact.id)
                    .map(|o| display(fact.answer_type, &o.answer))
                    .filter(|d| keep(d)),
            );
        }
        if pool.len() < OPTIONS - 1 {
            pool.extend(perturbations(fact).into_iter().filter(|d| keep(d)));
        }
        pool
    }

    /// The wrong answers a spelling slip in a typed answer to `fact` must not land on: the
    /// distractors its multiple-choice question is drawn from.
    fn rivals(&self, fact: &Fact) -> Vec<String> {
        self.distractor_pool(fact)
    }

    /// Up to `want` distinct distractors for `fact`, in tier order, looking no further than needed.
    fn pool(&self, fact: &Fact, want: usize) -> Vec<String> {
        let mut keep = self.keeper(fact);
        let mut pool = Vec::with_capacity(want);
        let own = fact
            .distractors
            .iter()
            .map(|d| display(fact.answer_type, d));
        let borrowed = self
            .others(fact)
            .iter()
            .filter(|o| o.id != fact.id)
            .map(|o| display(fact.answer_type, &o.answer));
        let mut perturbed = None;
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

    /// The facts whose answers `fact` may borrow: those of its type.
    fn others(&self, fact: &Fact) -> &[&'a Fact] {
        self.answers_by_type
            .get(&fact.answer_type)
            .map_or(&[], Vec::as_slice)
    }

    /// A filter that keeps a candidate distractor once, and only when it is not the answer, an
    /// alias, or within the tolerance.
    fn keeper(&self, fact: &'a Fact) -> impl FnMut(&str) -> bool + 'a {
        let unit = fact.unit.as_deref();
        let answer_type = fact.answer_type;
        let mut seen: HashSet<String> = std::iter::once(&fact.answer)
            .chain(&fact.aliases)
            .map(|s| canonical(answer_type, s, unit))
            .collect();
        move |text: &str| {
            let k = canonical(answer_type, text, unit);
            !k.is_empty() && !within_tolerance(fact, text) && seen.insert(k)
        }
    }
}

/// The fact's own distractors, as shown, that `keep` lets through.
fn own_distractors(fact: &Fact, keep: &mut impl FnMut(&str) -> bool) -> Vec<String> {
    fact.distractors
        .iter()
        .map(|d| display(fact.answer_type, d))
        .filter(|d| keep(d))
        .collect()
}

/// The verdict question for a claim.
pub fn claim_question(event: &Event, claim: &Claim) -> Question {
    Question {
        id: claim.id.clone(),
        event_id: event.id.clone(),
        kind: Kind::Verdict,
        prompt: claim.claim.clone(),
        options: Vec::new(),
        expected: Expected::Verdict(claim.verdict),
        answer: claim.verdict.name().to_owned(),
        solution: claim.verdict.name().to_owned(),
        answer_type: None,
        difficulty: claim.difficulty,
        explanation: claim.explanation.clone(),
        paragraphs: claim.paragraphs.clone(),
        inferred: false,
    }
}

/// "true" or "false", in any case.
pub fn parse_truth(text: &str) -> Option<bool> {
    match text.trim().to_lowercase().as_str() {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// What counts as a right answer to `fact` shown as `shown`: the answer, the shown form, the
/// aliases, with the fact's unit, tolerance and strictness.
fn accepted(fact: &Fact, shown: &str) -> Accepted {
    let mut forms = vec![fact.answer.clone()];
    if shown != fact.answer {
        forms.push(shown.to_owned());
    }
    forms.extend(fact.aliases.iter().cloned());
    Accepted {
        unit: fact.unit.as_deref().map(str::to_owned),
        tolerance: fact.tolerance,
        strict: fact.strict,
        ..Accepted::new(fact.answer_type, forms)
    }
}

/// How a value of `answer_type` is shown: dates written out ("27 July 2018"), the rest as written.
pub fn display(answer_type: AnswerType, text: &str) -> String {
    match answer_type {
        AnswerType::Date => Date::read(text).map_or_else(|| text.to_owned(), Date::display),
        _ => text.to_owned(),
    }
}

/// Whether `text` is a number close enough to the fact's answer to be judged right, which would
/// make it a right answer posing as a distractor.
pub fn within_tolerance(fact: &Fact, text: &str) -> bool {
    let Some(tolerance) = fact.tolerance else {
        return false;
    };
    let unit = fact.unit.as_deref();
    match (number::read(text, unit), number::read(&fact.answer, unit)) {
        (Some(given), Some(answer)) => {
            (given.value - answer.value).abs() <= tolerance.allowed(answer.value)
        }
        _ => false,
    }
}

/// Options that are numbers or years, in ascending order.
fn sort_numeric(options: &mut [String]) {
    options.sort_by(|a, b| {
        let (a, b) = (numeric(a), numeric(b));
        a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1))
    });
}

/// Where a number or a span of years sorts among the options: by its value, or by its start
/// then its end.
fn numeric(text: &str) -> (f64, f64) {
    match (number::read(text, None), number::read_span(text)) {
        (Some(r), _) => (r.value, r.value),
        (None, Some(span)) => span,
        (None, None) => (f64::MAX, f64::MAX),
    }
}

mod authored;
mod choice;
mod perturb;

pub use authored::{authored_choice, authored_question};
pub use choice::fact_choice;
use choice::{asked, fact_question_of, rival_options, solution};
use perturb::perturbations;

#[cfg(test)]
mod tests;
