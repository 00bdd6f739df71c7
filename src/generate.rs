//! Turning facts and claims into questions. Pure: the caller passes in a seeded RNG.
//!
//! A fact is asked as `short` (type the value), `choice` (the value among three distractors),
//! or `truefalse` (its statement with the value or a distractor in the slot; only when the fact is
//! `exclusive`); a claim is asked as a `verdict`. Distractors come from the fact's own list, then
//! from the answers of other facts of the same event and type (and unit), then (numbers, years,
//! days and dates) from plausible perturbations of the value (`distractors`). Every prompt of an
//! `inferred` fact says it is worked out. Guarantees (issue #2): the answer never appears in its own
//! prompt; distractors differ from the answer, its aliases and each other after normalisation.

use rand::Rng;
use rand::seq::SliceRandom;

use crate::bank::Bank;
use crate::check::{Accepted, number};
use crate::model::{Claim, Event, Fact, FactKind, OPTIONS, QuestionFile};
use crate::question::{Expected, Kind, Passage, Question};

/// Added to every prompt of a fact worked out from the source rather than stated in it.
pub const WORKED_OUT: &str = "(Worked out from the source, not stated in it.)";

/// Generates questions for the facts of a set of loaded files, with the distractors their bank
/// lends them (`Bank`).
#[derive(Default)]
pub struct Generator<'a> {
    bank: Bank<'a>,
}

impl<'a> Generator<'a> {
    /// A generator for the facts of `files`; each borrows only from its own file's event.
    pub fn new<I: IntoIterator<Item = &'a QuestionFile>>(files: I) -> Self {
        Generator {
            bank: Bank::new(files),
        }
    }

    /// Adds the facts of the event `event`.
    pub fn add(&mut self, event: &'a str, facts: &'a [Fact]) {
        self.bank.add(event, facts);
    }

    /// The bank the facts borrow distractors from.
    pub fn bank(&self) -> &Bank<'a> {
        &self.bank
    }

    /// The kinds `fact` of `event` can be asked as: those it allows and has enough distractors
    /// for (`Bank::kinds`).
    pub fn kinds(&self, event: &str, fact: &Fact) -> Vec<Kind> {
        self.bank
            .kinds(event, fact)
            .into_iter()
            .map(|kind| match kind {
                FactKind::Short => Kind::Short,
                FactKind::Choice => Kind::Choice,
                FactKind::Truefalse => Kind::Truefalse,
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
            Kind::Evidence => return fact_evidence(event, fact),
            Kind::Altered => return self.altered_question(event, fact, rng),
        };
        if !fact.allowed_kinds().contains(&allowed) {
            return None;
        }
        let shown = fact.answer_type.display(&fact.answer);
        let solution = solution(fact, &shown);
        match kind {
            Kind::Short => {
                let expected = Expected::Typed(Accepted {
                    rivals: self.bank.rivals(&event.id, fact),
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
                let mut options = self.distractors(&event.id, fact, OPTIONS - 1, rng);
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
                    shown.clone()
                } else {
                    self.distractors(&event.id, fact, 1, rng).pop()?
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
            Kind::Verdict | Kind::Evidence | Kind::Altered => None,
        }
    }

    /// The kinds among `Kind::FROM_SOURCE` that `fact` of `event` can be asked as: none unless the
    /// file carries its source's text or digest.
    pub fn source_kinds(&self, event: &Event, fact: &Fact) -> Vec<Kind> {
        if event.source.shown().is_none() {
            return Vec::new();
        }
        let mut kinds = Vec::new();
        if fact_evidence(event, fact).is_some() {
            kinds.push(Kind::Evidence);
        }
        if self.can_alter(event, fact) {
            kinds.push(Kind::Altered);
        }
        kinds
    }
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
        answer_forms: Vec::new(),
        passages: Vec::new(),
        cited_text: Passage::cited(event.source.shown(), &claim.paragraphs),
        follow_up: claim_evidence(event, claim).map(Box::new),
    }
}

/// What counts as a right answer to `fact` shown as `shown`: the answer, the shown form, the
/// aliases, with the fact's unit, tolerance and strictness.
fn accepted(fact: &Fact, shown: &str) -> Accepted {
    let mut forms = vec![fact.answer.to_string()];
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
mod distractors;
mod source;

pub use authored::{authored_choice, authored_question};
pub use choice::fact_choice;
use choice::{asked, fact_question_of, rival_options, solution};
pub use source::{ALTERED_ASK, EVIDENCE_ASK, claim_evidence, fact_evidence, places};

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_fair;
