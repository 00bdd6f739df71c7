//! A fact's checks: its fields, that nothing around the question gives its answer away, its
//! distractors, its unit, tolerance and kinds, and (with warnings) its fairness. A large bank's
//! facts are checked on several cores.

use std::borrow::Cow;

use super::contains::Form;
use super::fairness::{self, Borrower};
use super::{At, Checker, Problem, Severity, slot};
use crate::bank::{Bank, Candidate};
use crate::check::{canonical, date, number};
use crate::echo::quoted;
use crate::model::OPTIONS;
use crate::model::{AnswerType, Fact, FactKind, SLOT};
use crate::normalize;

/// What every fact of a file is checked against: its event, the heading its games open with, the
/// source's paragraph count, and the bank (for the distractors a fact can borrow).
pub(super) struct FactContext<'c, 'g> {
    pub(super) event: &'c str,
    pub(super) heading: String,
    /// The heading's words, after normalisation.
    pub(super) heading_words: Vec<String>,
    pub(super) paragraphs: u32,
    pub(super) bank: &'c Bank<'g>,
}

impl Checker<'_> {
    /// Every fact: a large bank is checked in parts, one a core, and the problems put back in
    /// order; each fact's checks depend on nothing but the fact and the bank.
    pub(super) fn facts(&mut self, facts: &[Fact], context: &FactContext) {
        const ALONE: usize = 4096;
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
        if facts.len() < ALONE || cores == 1 {
            for (i, fact) in facts.iter().enumerate() {
                self.fact(At("facts", i), fact, context);
            }
            return;
        }
        let size = facts.len().div_ceil(cores);
        let name = &self.file;
        let warnings = self.warnings;
        let parts: Vec<(Vec<Problem>, Vec<Borrower>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = facts
                .chunks(size)
                .enumerate()
                .map(|(part, chunk)| {
                    scope.spawn(move || {
                        let mut problems = Vec::new();
                        let mut check = Checker {
                            file: name.clone(),
                            problems: &mut problems,
                            warnings,
                            borrowers: Vec::new(),
                        };
                        for (j, fact) in chunk.iter().enumerate() {
                            check.fact(At("facts", part * size + j), fact, context);
                        }
                        let borrowers = check.borrowers;
                        (problems, borrowers)
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        for (part, borrowers) in parts {
            // Their places count the problems before them in the file, not in the part.
            let before = self.problems.len();
            self.borrowers
                .extend(borrowers.into_iter().map(|b| Borrower {
                    at: before + b.at,
                    ..b
                }));
            self.problems.extend(part);
        }
    }

    /// Every check of one fact, in the order its problems are listed.
    fn fact(&mut self, at: At, fact: &Fact, context: &FactContext) {
        self.fact_fields(at, fact, context.paragraphs);
        let forms = self.given_away(at, fact);
        let seen = self.distractors(at, fact, &forms);
        self.settings(at, fact);
        // `fact.allowed_kinds()` without a Vec a fact (issue #16).
        let mut kinds = FactKind::ALL;
        let mut count = 0;
        for kind in FactKind::ALL.into_iter().filter(|k| fact.allows(*k)) {
            kinds[count] = kind;
            count += 1;
        }
        let allowed = &kinds[..count];
        let allows_choice = allowed.contains(&FactKind::Choice);
        // Three good distractors of its own settle it; only a fact with fewer asks the bank
        // whether the others' answers and nearby values make up the difference.
        let own = seen.len() - 1 - fact.aliases.len();
        // The first three candidates of such a fact, tier by tier, walked once for both
        // questions asked of them: whether it can be asked as a choice (`Bank::kinds` walks the
        // same three) and whether its options give the answer away (`fairness`).
        // The keeper of that walk starts from the keys of the answer and the aliases worked out
        // above, and the others' answers come keyed once for the event (issue #16).
        let pool: Option<Vec<Candidate>> = (self.warnings && allows_choice && own < OPTIONS - 1)
            .then(|| {
                let forms = seen[..1 + fact.aliases.len()].iter();
                let forms = forms.map(|(k, _)| k.as_ref());
                (context.bank).first_of_pool_keyed(context.event, fact, forms, OPTIONS - 1)
            });
        let enough = own >= OPTIONS - 1 || pool.as_ref().is_some_and(|p| p.len() >= OPTIONS - 1);
        if self.warnings && allows_choice && !enough {
            self.report(
                Severity::Warning,
                format!("{at}.distractors"),
                "too few distinct distractors from any source for a multiple-choice question; add some".into(),
            );
        }
        if allowed.is_empty() && fact.kinds.as_ref().is_some_and(|k| !k.is_empty()) {
            self.error(
                format!("{at}.kinds"),
                "lists only truefalse, but the fact is not exclusive, so it is never asked",
            );
        }
        if !self.warnings {
            return;
        }
        let keys = fairness::Keys {
            forms: &forms,
            canonical: &seen,
            allowed,
            pool: pool.as_deref(),
        };
        self.fairness(at, fact, context, &keys);
    }

    /// A fact's own fields: its texts are there, its statement has a slot, its answer is of its type.
    fn fact_fields(&mut self, at: At, fact: &Fact, paragraphs: u32) {
        self.not_empty(|| format!("{at}.id"), &fact.id);
        self.not_empty(|| format!("{at}.answer"), &fact.answer);
        self.not_empty(|| format!("{at}.explanation"), &fact.explanation);
        self.paragraphs(at, &fact.paragraphs, paragraphs);
        if !slot::has_slot(&fact.statement) {
            self.error(
                format!("{at}.statement"),
                format!(
                    "the statement has no {SLOT} slot for the answer: {}",
                    quoted(&fact.statement)
                ),
            );
        }
        // "Rs 800" with the unit "rupees": an amount written with its currency's code is a
        // number in that currency.
        let coded = fact.answer_type == AnswerType::Number
            && fact.unit.as_deref().is_some_and(number::is_currency)
            && number::currency_code_first(&fact.answer)
            && number::read(&fact.answer, fact.unit.as_deref()).is_some();
        if let Some(message) = type_mismatch(fact.answer_type, &fact.answer).filter(|_| !coded) {
            let tolerance = if fact.answer_type.is_numeric()
                && number::approximation(&fact.answer).is_some()
            {
                ", and put how far off still counts in tolerance, like \"tolerance\": {\"percent\": 10}"
            } else {
                ""
            };
            self.error(format!("{at}.answer"), format!("{message}{tolerance}"));
        }

        if let Some(question) = &fact.question {
            self.not_empty(|| format!("{at}.question"), question);
        }
    }

    /// No alias is empty, and neither the question nor the statement around its slot contains the
    /// answer or an alias. Returns the normalised forms: the answer's, then each alias's.
    fn given_away<'f>(&mut self, at: At, fact: &'f Fact) -> Vec<(String, &'f str)> {
        // The answer must not be given away by the question, nor by the statement around its slot
        // (a true/false statement with a distractor in the slot would then contradict itself).
        // The statement is checked on each side of its slot.
        let texts = std::iter::once(("question", fact.question.as_deref()))
            .chain(slot::around_slots(&fact.statement).map(|part| ("statement", Some(part))));
        let forms: Vec<(String, &str)> = fact
            .forms()
            .map(|form| (normalize::key(form), form))
            .collect();
        for (i, (key, _)) in forms.iter().enumerate().skip(1) {
            if key.is_empty() {
                self.error(format!("{at}.aliases[{}]", i - 1), "must not be empty");
            }
        }
        // Most facts have no alias: one form, kept on the stack.
        let (one, many): ([Form; 1], Vec<Form>);
        let looked_for: &[Form] = match forms.as_slice() {
            [(key, _)] => {
                one = [Form::new(key)];
                &one
            }
            _ => {
                many = forms.iter().map(|(key, _)| Form::new(key)).collect();
                &many
            }
        };
        let mut reported = Vec::new();
        for (field, text) in texts {
            let Some(text) = text else { continue };
            if reported.contains(&field) {
                continue;
            }
            if let Some(((_, form), _)) = forms
                .iter()
                .zip(looked_for)
                .find(|(_, looked)| looked.in_text(text))
            {
                self.error(
                    format!("{at}.{field}"),
                    format!(
                        "the {field} gives its own answer away: it contains {}",
                        quoted(form)
                    ),
                );
                reported.push(field);
            }
        }
        forms
    }

    /// Each distractor is of the answer's type, distinct, and outside the tolerance; each alias
    /// that reads as a value reads as the answer's. Returns the canonical keys: the answer's, each
    /// alias's, then each accepted distractor's. `forms` are `given_away`'s: the `normalize::key`
    /// of the answer and of each alias, which are their canonical keys for a phrase answer.
    fn distractors<'f, 'k>(
        &mut self,
        at: At,
        fact: &'f Fact,
        forms: &'k [(String, &'f str)],
    ) -> Vec<(Cow<'k, str>, &'f str)> {
        let unit = fact.unit.as_deref();
        // A handful of keys: a list is quicker than a hash set here, and a bank has many facts.
        // The forms' keys are borrowed, not copied, for a phrase answer (issue #16).
        let mut seen: Vec<(Cow<str>, &str)> =
            Vec::with_capacity(forms.len() + fact.distractors.len());
        if keyed_as_words(fact.answer_type) {
            seen.extend(
                forms
                    .iter()
                    .map(|(key, form)| (Cow::Borrowed(key.as_str()), *form)),
            );
        } else {
            seen.extend(
                fact.forms()
                    .map(|a| (Cow::Owned(canonical(fact.answer_type, a, unit)), a)),
            );
        }
        self.alias_values(at, fact, &seen);
        for (i, distractor) in fact.distractors.iter().enumerate() {
            let field = || format!("{at}.distractors[{i}]");
            let key = canonical(fact.answer_type, distractor, unit);
            if let Some(message) = type_mismatch_keyed(fact.answer_type, distractor, &key) {
                self.error(field(), message);
            }
            if key.is_empty() {
                self.error(field(), "must not be empty");
            } else if let Some((_, same)) = seen.iter().find(|(k, _)| k.as_ref() == key) {
                self.error(
                    field(),
                    format!("{} is the same as {}", quoted(distractor), quoted(same)),
                );
            } else if fact.within_tolerance(distractor) {
                self.error(
                    field(),
                    format!(
                        "{} is within the tolerance of the answer, so it would be judged right",
                        quoted(distractor)
                    ),
                );
            } else {
                seen.push((Cow::Owned(key), distractor));
            }
        }
        seen
    }

    /// An alias of a number, year, date or day that reads as a value reads as the answer's: "700 m"
    /// (700 million) for 700, or "Thursday" for Wednesday, would mark a wrong answer right.
    /// `keys` are the canonical forms of the answer and then of each alias.
    fn alias_values(&mut self, at: At, fact: &Fact, keys: &[(Cow<str>, &str)]) {
        let Some(((answer, _), aliases)) = keys.split_first() else {
            return;
        };
        if !answer.starts_with(['#', '@']) {
            return;
        }
        for (i, (key, alias)) in aliases.iter().enumerate() {
            if key.starts_with(['#', '@']) && key != answer {
                self.error(
                    format!("{at}.aliases[{i}]"),
                    format!(
                        "the alias {} reads as another {} than the answer {}, so a player typing it would be marked right: an alias is another way of writing the answer",
                        quoted(alias),
                        fact.answer_type.name(),
                        quoted(&fact.answer)
                    ),
                );
            }
        }
    }

    /// A unit only on a number, a tolerance only on a number or year and never negative, and a
    /// `kinds` list that is not empty.
    fn settings(&mut self, at: At, fact: &Fact) {
        if fact.unit.is_some() && fact.answer_type != AnswerType::Number {
            self.error(
                format!("{at}.unit"),
                "only number answers have a unit (what is counted)",
            );
        }
        if let Some(tolerance) = fact.tolerance {
            if !fact.answer_type.is_numeric() {
                self.error(
                    format!("{at}.tolerance"),
                    "only number and year answers can have a tolerance",
                );
            } else if !tolerance.amount().is_finite() || tolerance.amount() < 0.0 {
                self.error(
                    format!("{at}.tolerance"),
                    format!(
                        "a tolerance must be zero or more, not {}",
                        tolerance.amount()
                    ),
                );
            }
        }
        if fact.kinds.as_ref().is_some_and(|k| k.is_empty()) {
            self.error(
                format!("{at}.kinds"),
                "lists no kinds, so the fact is never asked",
            );
        }
    }
}

/// Whether `canonical` keys a text of `answer_type` by its words alone (`normalize::key`), never
/// by a value read from it: a phrase answer, not a number, year, date or day.
pub(super) fn keyed_as_words(answer_type: AnswerType) -> bool {
    !matches!(
        answer_type,
        AnswerType::Number | AnswerType::Year | AnswerType::Date | AnswerType::Day
    )
}

/// `type_mismatch`, when the canonical `key` of `text` is already known: a number or a span reads
/// as a `#` key, a date or a day as an `@` key, so most texts need no second reading.
pub(super) fn type_mismatch_keyed(
    answer_type: AnswerType,
    text: &str,
    key: &str,
) -> Option<String> {
    match answer_type {
        AnswerType::Number if key.starts_with('#') && number::approximation(text).is_none() => None,
        AnswerType::Date | AnswerType::Day if key.starts_with(['#', '@']) => None,
        _ => type_mismatch(answer_type, text),
    }
}

pub(super) fn type_mismatch(answer_type: AnswerType, text: &str) -> Option<String> {
    if answer_type.is_numeric()
        && let Some(plain) = number::approximation(text)
    {
        // "about 300" reads as 300 when typed, but a file says the number plainly (issue #12).
        return Some(format!(
            "{} is not a plain number: write {}",
            quoted(text),
            quoted(plain)
        ));
    }
    let ok = match answer_type {
        AnswerType::Number => number::read(text, None).is_some(),
        AnswerType::Year => {
            number::read(text, None).is_some_and(|r| r.value.fract() == 0.0 && !r.ordinal)
                || number::read_span(text).is_some()
        }
        AnswerType::Date => date::Date::read(text).is_some(),
        AnswerType::Day => date::weekday_index(text).is_some(),
        _ => true,
    };
    (!ok).then(|| {
        let expected = match answer_type {
            AnswerType::Number => "a number such as 55, 7,700 or 65th",
            AnswerType::Year => "a year such as 1953, or a span such as 1950-53",
            AnswerType::Date => "a date such as 2018-07-27 or 27 July 2018",
            _ => "a day of the week such as Friday",
        };
        format!("{} is not {expected}", quoted(text))
    })
}
