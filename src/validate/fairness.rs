//! Warnings about facts that would be unfair to players, each from a rule of "Writing facts that are
//! fair" (README): a fact that is never asked because the header gives its answer away, one whose
//! source is not exclusive but lists true or false among its kinds, one whose multiple-choice
//! question has to borrow other facts' answers, one whose options give the answer away by their
//! form, and a yes/no question asked with options that are not yes or no.

use super::{At, Checker, FactContext, Problem, Severity};
use crate::bank::form;
use crate::model::OPTIONS;
use crate::model::{AnswerType, Fact, FactKind};

/// Words that open a question answered yes or no.
const YES_NO: [&str; 16] = [
    "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will",
    "would", "should", "must",
];

/// What `Checker::fact` has already worked out about a fact, so that it is not worked out twice.
pub(super) struct Keys<'k> {
    /// `normalize::key` of the answer and of each alias, with the text.
    pub forms: &'k [(String, &'k str)],
    /// The canonical key of the answer, the aliases and the distinct distractors, with the text.
    pub canonical: &'k [(String, &'k str)],
    /// The kinds the fact may be asked as (`Fact::allowed_kinds`).
    pub allowed: &'k [FactKind],
}

impl Checker<'_> {
    /// The fairness warnings for `fact`, of the file checked with `context`.
    pub(super) fn fairness(&mut self, at: At, fact: &Fact, context: &FactContext, keys: &Keys) {
        self.in_header(at, context, keys);
        self.borrowing(at, fact, context, keys);
        if keys.allowed.contains(&FactKind::Choice) {
            self.options_fairness(at, fact, context, keys);
        }
    }

    /// The game's header contains the answer or an alias: the fact is never asked.
    fn in_header(&mut self, at: At, context: &FactContext, keys: &Keys) {
        let FactContext {
            ref heading,
            ref heading_words,
            ..
        } = *context;
        let mut warn = |field: &str, message: String| {
            self.report(Severity::Warning, format!("{at}.{field}"), message);
        };
        let in_heading = |key: &str| {
            // Most answers do not even share their first word with the heading.
            let first = key.split(' ').next().unwrap_or_default();
            !key.is_empty()
                && heading_words.iter().any(|w| w == first)
                && heading_words
                    .windows(key.split(' ').count())
                    .any(|w| w.iter().map(String::as_str).eq(key.split(' ')))
        };
        if let Some((_, form)) = keys.forms.iter().find(|(key, _)| in_heading(key)) {
            warn(
                "answer",
                format!(
                    "the game's header ({heading:?}) contains {form:?}, so this fact is never asked; \
                     reword the event's title or the answer"
                ),
            );
        }
    }

    /// Truefalse listed for a fact that is not exclusive, and a fact whose questions borrow other
    /// facts' answers for want of distractors of its own.
    fn borrowing(&mut self, at: At, fact: &Fact, context: &FactContext, keys: &Keys) {
        let FactContext { event, bank, .. } = *context;
        let mut warn = |field: &str, message: String| {
            self.report(Severity::Warning, format!("{at}.{field}"), message);
        };
        let listed = |kind| fact.kinds.as_ref().is_some_and(|k| k.contains(&kind));
        if !fact.exclusive && listed(FactKind::Truefalse) {
            warn(
                "kinds",
                "lists truefalse, but a fact with \"exclusive\": false is never asked as true or \
                 false (a statement with a distractor would be not stated, not false)"
                    .into(),
            );
        }
        let choice = keys.allowed.contains(&FactKind::Choice);
        let truefalse = keys.allowed.contains(&FactKind::Truefalse);
        let own = fact.distractors.len();
        if (choice && own < OPTIONS - 1) || (truefalse && own == 0) {
            // Three to show, and whether there are more.
            let borrowed: Vec<String> = bank.borrowed_iter(event, fact).take(4).collect();
            if !borrowed.is_empty() {
                let shown: Vec<String> =
                    borrowed.iter().take(3).map(|b| format!("{b:?}")).collect();
                warn(
                    "distractors",
                    format!(
                        "only {own} distractor{} {BORROWS} of other facts of this event ({}{}), \
                         which may give those facts away; add distractors of its own",
                        if own == 1 { "" } else { "s" },
                        shown.join(", "),
                        if borrowed.len() > 3 { ", ..." } else { "" }
                    ),
                );
            }
        }
    }

    /// A multiple-choice question that reads as yes/no, or whose options give the answer away by
    /// their form.
    fn options_fairness(&mut self, at: At, fact: &Fact, context: &FactContext, keys: &Keys) {
        let FactContext { event, bank, .. } = *context;
        let mut warn = |field: &str, message: String| {
            self.report(Severity::Warning, format!("{at}.{field}"), message);
        };
        let own = fact.distractors.len();
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
        // A phrase answer among three distinct distractors of its own whose first three tell
        // nothing (nearly every fact): settled with the keys already worked out.
        let distinct = &keys.canonical[1 + fact.aliases.len()..];
        if !fact.answer_type.is_numeric() && distinct.len() >= OPTIONS - 1 {
            // On the stack: a list built for each fact of a large bank adds up (issue #16).
            let first: [(&str, &str); OPTIONS - 1] =
                std::array::from_fn(|i| (distinct[i].1, distinct[i].0.as_str()));
            let (key, text) = &keys.canonical[0];
            if form::tell_keyed((text, key), &first).is_none() {
                return;
            }
        }
        let pool;
        let candidates = if own >= OPTIONS - 1 {
            &fact.distractors
        } else {
            // `unavoidable` looks at the first few candidates only.
            pool = bank
                .distractor_pool_iter(event, fact)
                .take(form::CANDIDATES)
                .collect::<Vec<_>>();
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

/// What every borrowing warning says after its count of distractors.
const BORROWS: &str = "of its own, so its questions borrow the answers";

/// How many facts of a file get the borrowing warning in full; past these, one line says how many
/// more borrow the same way.
pub(super) const BORROWING_SHOWN: usize = 10;

/// The borrowing warnings of one file (from `from` in `problems`) past the first
/// `BORROWING_SHOWN`, as one line in place of the first of them, which names its fields: a bank
/// whose facts all borrow gets a dozen lines, not one a fact.
pub(super) fn group_borrowing(problems: &mut Vec<Problem>, from: usize) {
    /// How many of the grouped facts the line names.
    const NAMED: usize = 3;
    // One searcher for every message: a bank whose facts all borrow has a warning a fact, and
    // `str::contains` would set a searcher up for each (issue #16).
    let borrows = memchr::memmem::Finder::new(BORROWS);
    let borrowing = |p: &Problem| {
        p.severity == Severity::Warning
            && p.field.ends_with(".distractors")
            && borrows.find(p.message.as_bytes()).is_some()
    };
    let count = problems[from..].iter().filter(|p| borrowing(p)).count();
    // One line past the first ones is shown as it is.
    if count <= BORROWING_SHOWN + 1 {
        return;
    }
    let mut seen = 0;
    let mut named: Vec<String> = Vec::new();
    let mut line = None;
    let mut kept = Vec::with_capacity(problems.len() - from - (count - BORROWING_SHOWN) + 1);
    for problem in problems.drain(from..) {
        if !borrowing(&problem) {
            kept.push(problem);
            continue;
        }
        seen += 1;
        if seen <= BORROWING_SHOWN {
            kept.push(problem);
            continue;
        }
        if named.len() < NAMED {
            named.push(problem.field.trim_end_matches(".distractors").to_owned());
        }
        if line.is_none() {
            line = Some(kept.len());
            kept.push(problem);
        }
    }
    if let Some(at) = line {
        let more = count - BORROWING_SHOWN;
        kept[at].counts = more;
        kept[at].message = format!(
            "{more} more facts ({}, ...) have too few distractors of their own too, so their \
             questions borrow the answers of other facts of this event the same way, which may \
             give those facts away; add distractors of their own",
            named.join(", ")
        );
    }
    problems.extend(kept);
}
