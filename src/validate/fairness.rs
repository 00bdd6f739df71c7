//! Warnings about facts that would be unfair to players, each from a rule of "Writing facts that are
//! fair" (README): a fact that is never asked because the header gives its answer away, one whose
//! source is not exclusive but lists true or false among its kinds, one whose multiple-choice
//! question has to borrow other facts' answers, one whose options give the answer away by their
//! form, and a yes/no question asked with options that are not yes or no.

use std::borrow::Cow;

use super::{At, Checker, FactContext, Problem, Severity};
use crate::bank::form;
use crate::bank::{Bank, Candidate};
use crate::model::OPTIONS;
use crate::model::{AnswerType, Fact, FactKind};

/// Words that open a question answered yes or no.
const YES_NO: [&str; 16] = [
    "is", "are", "was", "were", "do", "does", "did", "has", "have", "had", "can", "could", "will",
    "would", "should", "must",
];

/// How many letters the longest word of `YES_NO` has.
const LONGEST_YES_NO: usize = {
    let (mut i, mut longest) = (0, 0);
    while i < YES_NO.len() {
        if YES_NO[i].len() > longest {
            longest = YES_NO[i].len();
        }
        i += 1;
    }
    longest
};

/// Whether `word`, in small letters, is one of `YES_NO`: an ASCII word is compared as it is,
/// without a small-letter copy for each fact (issue #16).
fn yes_no(word: &str) -> bool {
    if !word.is_ascii() {
        return YES_NO.contains(&word.to_lowercase().as_str());
    }
    let mut small = [0u8; LONGEST_YES_NO];
    let Some(small) = small.get_mut(..word.len()) else {
        return false;
    };
    small.copy_from_slice(word.as_bytes());
    small.make_ascii_lowercase();
    YES_NO.iter().any(|w| w.as_bytes() == small)
}

/// What `Checker::fact` has already worked out about a fact, so that it is not worked out twice.
pub(super) struct Keys<'k> {
    /// `normalize::key` of the answer and of each alias, with the text.
    pub forms: &'k [(String, &'k str)],
    /// The canonical key of the answer, the aliases and the distinct distractors, with the text.
    pub canonical: &'k [(Cow<'k, str>, &'k str)],
    /// The kinds the fact may be asked as (`Fact::allowed_kinds`).
    pub allowed: &'k [FactKind],
    /// The first three of `Bank::distractor_pool`, when worked out: for a fact that may be a
    /// choice and has fewer than three distractors of its own.
    pub pool: Option<&'k [Candidate<'k>]>,
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
            let first = memchr::memchr(b' ', key.as_bytes()).map_or(key, |end| &key[..end]);
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
        // The walk of the pool, when there is one, reached the others' answers just as
        // `borrowed_iter` does: fewer than three of its own kept; and it went on to the first of
        // them that is kept, if any, before any nearby value.
        let borrows = || match keys.pool {
            Some(pool) => pool.iter().any(|c| c.borrowed),
            None => bank.borrowed_iter(event, fact).next().is_some(),
        };
        if ((choice && own < OPTIONS - 1) || (truefalse && own == 0)) && borrows() {
            // Its text and place are worked out only if it is shown (`group_borrowing`): a bank
            // whose facts all borrow shows ten of them (issue #16).
            self.borrowers.push(Borrower {
                at: self.problems.len(),
                fact: at.1,
            });
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
            && question.split_whitespace().next().is_some_and(yes_no)
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
                std::array::from_fn(|i| (distinct[i].1, distinct[i].0.as_ref()));
            let (key, text) = &keys.canonical[0];
            if form::tell_keyed((text, key), &first).is_none() {
                return;
            }
        }
        let (first, pool);
        let candidates = if own >= OPTIONS - 1 {
            &fact.distractors[..]
        } else {
            let first = match keys.pool {
                Some(pool) => pool,
                None => {
                    first =
                        bank.first_of_pool_keyed(event, fact, keys.form_keys(fact), OPTIONS - 1);
                    &first
                }
            };
            // `unavoidable` looks further only when the first three give the answer away (few
            // facts): then at the first few candidates.
            if first.len() < OPTIONS - 1 || first_tell(fact, keys, first).is_none() {
                return;
            }
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

impl Keys<'_> {
    /// The canonical keys of the answer and of each alias.
    fn form_keys<'s>(&'s self, fact: &Fact) -> impl Iterator<Item = &'s str> + Clone {
        let forms = &self.canonical[..1 + fact.aliases.len()];
        forms.iter().map(|(key, _)| key.as_ref())
    }
}

/// `form::tell` of `fact`'s answer among the first three of its distractor pool, `first`: with
/// the keys already worked out for a phrase answer (the canonical keys of a type keyed as words
/// are `normalize::key`s, which `tell` would work out again).
fn first_tell(fact: &Fact, keys: &Keys, first: &[Candidate]) -> Option<form::Tell> {
    if !super::facts::keyed_as_words(fact.answer_type) {
        let texts: Vec<&str> = first.iter().map(|c| c.text.as_ref()).collect();
        return form::tell(fact.answer_type, &fact.answer, &texts);
    }
    let worked: [Option<String>; OPTIONS - 1] = std::array::from_fn(|i| {
        let c = &first[i];
        c.key.is_none().then(|| crate::normalize::key(&c.text))
    });
    // The looks of the first answers of the event come worked out once for it, with their keys.
    let options: [(&str, form::Look); OPTIONS - 1] = std::array::from_fn(|i| {
        let c = &first[i];
        // A canonical key of a type keyed as words is its `normalize::key` (a second reader of
        // round i16u: true while `check::canonical` works out values for numbers, years, dates
        // and days alone); checked in every debug build and test.
        debug_assert!(
            c.key
                .is_none_or(|k| k == crate::normalize::key(&c.text).as_str()),
            "{:?}",
            c.text
        );
        let key = c.key.or(worked[i].as_deref()).unwrap_or_default();
        (key, c.look.unwrap_or_else(|| form::Look::of(&c.text, key)))
    });
    let (key, text) = &keys.canonical[0];
    form::tell_looked((text, key), &options)
}

/// What every borrowing warning says after its count of distractors.
const BORROWS: &str = "of its own, so its questions borrow the answers";

/// How many facts of a file get the borrowing warning in full; past these, one line says how many
/// more borrow the same way.
pub(super) const BORROWING_SHOWN: usize = 10;

/// A fact whose questions borrow other facts' answers, its warning not yet written.
#[derive(Debug, Clone, Copy)]
pub(super) struct Borrower {
    /// Where its warning goes: after this many of the file's problems.
    pub(super) at: usize,
    /// The fact's index in its file.
    pub(super) fact: usize,
}

/// What the borrowing warnings of a file are written from.
pub(super) struct Lenders<'c, 'g> {
    /// The file, as shown to the user.
    pub(super) file: &'c str,
    pub(super) facts: &'c [Fact],
    pub(super) event: &'c str,
    pub(super) bank: &'c Bank<'g>,
}

/// The borrowing warnings of one file's `borrowers` (in file order, each placed after the number
/// of `problems` it says), put in among its `problems`: the first `BORROWING_SHOWN` in full, and
/// past these one line in place of the next, which names the fields of the first few of the
/// rest: a bank whose facts all borrow gets a dozen lines, not one a fact, and the text of the
/// others is never written.
pub(super) fn group_borrowing(
    problems: &mut Vec<Problem>,
    borrowers: &[Borrower],
    lenders: &Lenders,
) {
    /// How many of the grouped facts the line names.
    const NAMED: usize = 3;
    let warning = |b: &Borrower, message: String, counts: usize| Problem {
        severity: Severity::Warning,
        file: lenders.file.to_owned(),
        field: format!("{}.distractors", At("facts", b.fact)),
        place: None,
        message,
        counts,
    };
    // One line past the first ones is shown as it is.
    let shown = if borrowers.len() <= BORROWING_SHOWN + 1 {
        borrowers.len()
    } else {
        BORROWING_SHOWN
    };
    let mut lines: Vec<(usize, Problem)> = borrowers[..shown]
        .iter()
        .map(|b| (b.at, warning(b, borrowing_message(lenders, b.fact), 1)))
        .collect();
    if let Some(first) = borrowers.get(shown).filter(|_| shown < borrowers.len()) {
        let more = borrowers.len() - BORROWING_SHOWN;
        let named: Vec<String> = borrowers[shown..]
            .iter()
            .take(NAMED)
            .map(|b| At("facts", b.fact).to_string())
            .collect();
        let message = format!(
            "{more} more facts ({}, ...) have too few distractors of their own too, so their \
             questions borrow the answers of other facts of this event the same way, which may \
             give those facts away; add distractors of their own",
            named.join(", ")
        );
        lines.push((first.at, warning(first, message, more)));
    }
    // Each after the problems before it, and after the lines put in before it.
    for (added, (at, line)) in lines.into_iter().enumerate() {
        problems.insert(at + added, line);
    }
}

/// The borrowing warning of the `fact`th fact: the first three answers it borrows, and whether
/// there are more.
fn borrowing_message(lenders: &Lenders, fact: usize) -> String {
    let fact = &lenders.facts[fact];
    let own = fact.distractors.len();
    let borrowed: Vec<String> = (lenders.bank)
        .borrowed_iter(lenders.event, fact)
        .take(4)
        .collect();
    let shown: Vec<String> = borrowed.iter().take(3).map(|b| format!("{b:?}")).collect();
    format!(
        "only {own} distractor{} {BORROWS} of other facts of this event ({}{}), \
         which may give those facts away; add distractors of its own",
        if own == 1 { "" } else { "s" },
        shown.join(", "),
        if borrowed.len() > 3 { ", ..." } else { "" }
    )
}
