//! Warnings about facts that would be unfair to players, each from a rule of "Writing facts that are
//! fair" (README): a fact that is never asked because the header gives its answer away, one whose
//! source is not exclusive but lists true or false among its kinds, one whose multiple-choice
//! question has to borrow other facts' answers, one whose options give the answer away by their
//! form, and a yes/no question asked with options that are not yes or no.

use super::{At, Checker, Severity};
use crate::generate::{Generator, OPTIONS, form};
use crate::model::{AnswerType, Fact, FactKind};
use crate::normalize;

/// Words that open a question answered yes or no.
const YES_NO: [&str; 16] = [
    "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will",
    "would", "should", "must",
];

impl Checker<'_> {
    /// The fairness warnings for `fact` of the event `event`, whose games open with `heading`.
    pub(super) fn fairness(
        &mut self,
        at: At,
        event: &str,
        heading: &str,
        fact: &Fact,
        generator: &Generator,
    ) {
        let mut warn = |field: &str, message: String| {
            self.report(Severity::Warning, format!("{at}.{field}"), message);
        };
        if let Some(form) = std::iter::once(&fact.answer)
            .chain(&fact.aliases)
            .find(|form| normalize::contains_words(heading, form))
        {
            warn(
                "answer",
                format!(
                    "the game's header ({heading:?}) contains {form:?}, so this fact is never asked; \
                     reword the event's title or the answer"
                ),
            );
        }
        let listed = |kind| fact.kinds.as_ref().is_some_and(|k| k.contains(&kind));
        if !fact.exclusive && listed(FactKind::Truefalse) {
            warn(
                "kinds",
                "lists truefalse, but a fact with \"exclusive\": false is never asked as true or \
                 false (a statement with a distractor would be not stated, not false)"
                    .into(),
            );
        }
        let kinds = fact.allowed_kinds();
        let choice = kinds.contains(&FactKind::Choice);
        let truefalse = kinds.contains(&FactKind::Truefalse);
        let own = fact.distractors.len();
        if (choice && own < OPTIONS - 1) || (truefalse && own == 0) {
            let borrowed = generator.borrowed(event, fact);
            if !borrowed.is_empty() {
                let shown: Vec<String> =
                    borrowed.iter().take(3).map(|b| format!("{b:?}")).collect();
                warn(
                    "distractors",
                    format!(
                        "only {own} distractor{} of its own, so its questions borrow the answers \
                         of other facts of this event ({}{}), which may give those facts away; \
                         add distractors of its own",
                        if own == 1 { "" } else { "s" },
                        shown.join(", "),
                        if borrowed.len() > 3 { ", ..." } else { "" }
                    ),
                );
            }
        }
        if !choice {
            return;
        }
        if let Some(question) = &fact.question
            && question
                .split_whitespace()
                .next()
                .is_some_and(|w| YES_NO.contains(&w.to_lowercase().as_str()))
        {
            warn(
                "question",
                "reads as a yes/no question, but its multiple-choice options are not yes and no; \
                 ask \"what\", \"which\", \"who\", \"where\" or \"how\""
                    .into(),
            );
        }
        // Its own distractors when it has three (most facts of a large bank): no need to look at
        // what it could borrow. Dates and days are always shown in one form.
        if matches!(fact.answer_type, AnswerType::Date | AnswerType::Day) {
            return;
        }
        let pool;
        let candidates = if own >= OPTIONS - 1 {
            &fact.distractors
        } else {
            pool = generator.distractor_pool(event, fact);
            &pool
        };
        if candidates.len() >= OPTIONS - 1 {
            let answer = &fact.answer;
            if let Some(tell) = form::unavoidable(fact.answer_type, answer, candidates, OPTIONS - 1)
            {
                warn(
                    "distractors",
                    format!(
                        "every set of options gives the answer away by its form: {answer:?} is \
                         {tell}; add distractors of the answer's form"
                    ),
                );
            }
        }
    }
}
