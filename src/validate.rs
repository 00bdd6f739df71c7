//! Checking what loaded question files mean: every problem in every file, in one pass. Pure.

use std::collections::HashMap;
use std::fmt;

use crate::check::{canonical, date, number};
use crate::generate::{Generator, OPTIONS, parse_truth};
use crate::heading;
use crate::loader::Loaded;
use crate::locate::locate_all;
use crate::model::{AnswerType, Authored, AuthoredKind, FORMAT_VERSION, Fact, QuestionFile, SLOT};

use crate::echo::quoted;
use crate::normalize;
use crate::question::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub severity: Severity,
    /// The file, as shown to the user.
    pub file: String,
    /// Where in the file, as a field path: `facts[3].statement`.
    pub field: String,
    /// The line and column where that field's value starts, when it can be found.
    pub place: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{}", self.file)?;
        if let Some((line, column)) = self.place {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {level}: {}: {}", self.field, self.message)
    }
}

/// Every problem in `files`, errors and warnings, in file order.
pub fn validate(files: &[Loaded]) -> Vec<Problem> {
    check_all(files, true)
}

/// The errors of `validate`, without working out the warnings: whether files can be played, at
/// the cost of the checks errors need (a game from a large bank starts without weighing how fair
/// every fact is).
pub fn errors(files: &[Loaded]) -> Vec<Problem> {
    check_all(files, false)
}

/// The problems in `files`, with the warnings when `warnings`.
fn check_all(files: &[Loaded], warnings: bool) -> Vec<Problem> {
    let generator = Generator::new(files.iter().map(|l| &l.file));
    let mut problems = Vec::new();
    let names: Vec<String> = files.iter().map(|l| l.origin.to_string()).collect();
    let mut events: HashMap<&str, String> = HashMap::with_capacity(files.len());
    for (index, loaded) in files.iter().enumerate() {
        let first = problems.len();
        // Lengths are checked beside the rest: a pass over every text of a large bank.
        let long = std::thread::scope(|scope| {
            let long = scope.spawn(|| {
                let mut long = Vec::new();
                Checker {
                    file: names[index].clone(),
                    problems: &mut long,
                    warnings,
                }
                .lengths(&loaded.file);
                long
            });
            let mut check = Checker {
                file: names[index].clone(),
                problems: &mut problems,
                warnings,
            };
            check.event_id(&loaded.file, &mut events);
            check.file(&loaded.file, &generator);
            check.ids(&loaded.file);
            long.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
        });
        problems.extend(long);
        place(&mut problems[first..], &loaded.text);
    }
    problems
}

/// Gives each problem the line and column of its field; a field the file does not have (a list
/// left out) is placed at the nearest field around it that it has, so every problem has a place.
fn place(problems: &mut [Problem], text: &str) {
    let mut fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    let mut places = locate_all(text, &fields);
    loop {
        let missing: Vec<usize> = (0..fields.len())
            .filter(|&i| places[i].is_none() && !fields[i].is_empty())
            .collect();
        if missing.is_empty() {
            break;
        }
        for &i in &missing {
            fields[i] = parent(fields[i]);
        }
        let asked: Vec<&str> = missing.iter().map(|&i| fields[i]).collect();
        for (i, place) in missing.into_iter().zip(locate_all(text, &asked)) {
            places[i] = place.or_else(|| fields[i].is_empty().then_some((1, 1)));
        }
    }
    for (problem, place) in problems.iter_mut().zip(places) {
        problem.place = place;
    }
}

/// `facts[3].distractors` -> `facts[3]` -> `facts` -> ``.
fn parent(field: &str) -> &str {
    match field.rfind(['.', '[']) {
        Some(at) => &field[..at],
        None => "",
    }
}

/// Where in a file a fact, claim or question is, shown as `facts[3]`, without building the text
/// unless a problem is reported.
#[derive(Debug, Clone, Copy)]
struct At(&'static str, usize);

impl fmt::Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}[{}]", self.0, self.1)
    }
}

/// What every fact of a file is checked against: its event, the heading its games open with, the
/// source's paragraph count, and the generator (for the distractors a fact can borrow).
struct FactContext<'c, 'g> {
    event: &'c str,
    heading: String,
    /// The heading's words, after normalisation.
    heading_words: Vec<String>,
    paragraphs: u32,
    generator: &'c Generator<'g>,
}

/// The most characters any one text in a question file may have.
pub const MAX_TEXT: usize = 10_000;

pub use evidence::states;

pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}

struct Checker<'p> {
    file: String,
    problems: &'p mut Vec<Problem>,
    /// Whether warnings are wanted, or only errors.
    warnings: bool,
}

impl Checker<'_> {
    fn report(&mut self, severity: Severity, field: String, message: String) {
        if severity == Severity::Warning && !self.warnings {
            return;
        }
        self.problems.push(Problem {
            severity,
            file: self.file.clone(),
            field,
            place: None,
            message,
        });
    }

    fn error(&mut self, field: String, message: impl Into<String>) {
        self.report(Severity::Error, field, message.into());
    }

    /// `field` is only worked out when there is a problem to report: most texts have none.
    fn not_empty(&mut self, field: impl FnOnce() -> String, text: &str) {
        if text.trim().is_empty() {
            self.error(field(), "must not be empty");
        }
    }

    fn file(&mut self, file: &QuestionFile, generator: &Generator) {
        if file.format == 0 || file.format > FORMAT_VERSION {
            self.error(
                "format".into(),
                format!(
                    "format {} is not known to this factquiz, which reads formats 1 to {FORMAT_VERSION}",
                    file.format
                ),
            );
        }
        let event = &file.event;
        self.not_empty(|| "event.id".into(), &event.id);
        self.not_empty(|| "event.title".into(), &event.title);
        self.not_empty(|| "event.summary".into(), &event.summary);
        if let Some(date) = &event.date {
            self.event_date(&date.value);
        }
        if file.facts.is_empty() && file.claims.is_empty() && file.questions.is_empty() {
            self.error(
                "facts".into(),
                "the file has no facts, claims or questions, so it gives nothing to play",
            );
        }
        let paragraphs = event.source.paragraphs;
        let heading = heading::event_heading(event);
        let context = FactContext {
            event: &event.id,
            heading_words: normalize::words(&heading),
            heading,
            paragraphs,
            generator,
        };
        self.facts(&file.facts, &context);
        self.evidence(file);
        for (i, claim) in file.claims.iter().enumerate() {
            let at = At("claims", i);
            self.not_empty(|| format!("{at}.id"), &claim.id);
            self.not_empty(|| format!("{at}.claim"), &claim.claim);
            self.not_empty(|| format!("{at}.explanation"), &claim.explanation);
            self.paragraphs(at, &claim.paragraphs, paragraphs);
        }
        for (i, authored) in file.questions.iter().enumerate() {
            self.authored(At("questions", i), authored, paragraphs);
        }
    }

    /// Every fact: a large bank is checked in parts, one a core, and the problems put back in
    /// order; each fact's checks depend on nothing but the fact and the generator.
    fn facts(&mut self, facts: &[Fact], context: &FactContext) {
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
        let parts: Vec<Vec<Problem>> = std::thread::scope(|scope| {
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
                        };
                        for (j, fact) in chunk.iter().enumerate() {
                            check.fact(At("facts", part * size + j), fact, context);
                        }
                        problems
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        for part in parts {
            self.problems.extend(part);
        }
    }

    fn authored(&mut self, at: At, q: &Authored, paragraphs: u32) {
        self.not_empty(|| format!("{at}.id"), &q.id);
        self.not_empty(|| format!("{at}.question"), &q.question);
        self.not_empty(|| format!("{at}.answer"), &q.answer);
        for (i, p) in q.paragraphs.iter().enumerate() {
            self.paragraph(|| format!("{at}.paragraphs[{i}]"), *p, paragraphs);
        }
        match q.kind {
            AuthoredKind::Truefalse => {
                if parse_truth(&q.answer).is_none() {
                    self.error(
                        format!("{at}.answer"),
                        format!(
                            "a truefalse answer is \"true\" or \"false\", not {}",
                            quoted(&q.answer)
                        ),
                    );
                }
            }
            AuthoredKind::Choice => {
                // As for facts: the question must not contain the answer it asks for.
                if let Some(form) = std::iter::once(&q.answer)
                    .chain(&q.aliases)
                    .find(|form| normalize::contains_words(&q.question, form))
                {
                    self.error(
                        format!("{at}.question"),
                        format!(
                            "the question gives its own answer away: it contains {}",
                            quoted(form)
                        ),
                    );
                }
                let mut seen: HashMap<String, &String> = std::iter::once(&q.answer)
                    .chain(&q.aliases)
                    .map(|a| (normalize::key(a), a))
                    .collect();
                for (i, d) in q.distractors.iter().enumerate() {
                    let key = normalize::key(d);
                    let field = format!("{at}.distractors[{i}]");
                    if key.is_empty() {
                        self.error(field, "must not be empty");
                    } else if let Some(same) = seen.get(&key) {
                        self.error(
                            field,
                            format!("{} is the same as {}", quoted(d), quoted(same)),
                        );
                    } else {
                        seen.insert(key, d);
                    }
                }
                if q.distractors.is_empty() {
                    self.error(
                        format!("{at}.distractors"),
                        "a choice question needs wrong options to choose from",
                    );
                } else if q.distractors.len() < OPTIONS - 1 {
                    self.report(
                        Severity::Warning,
                        format!("{at}.distractors"),
                        format!(
                            "only {} wrong options; players will see fewer than {OPTIONS} choices",
                            q.distractors.len()
                        ),
                    );
                }
            }
        }
    }

    fn fact(&mut self, at: At, fact: &Fact, context: &FactContext) {
        let FactContext {
            event,
            paragraphs,
            generator,
            ..
        } = *context;
        self.not_empty(|| format!("{at}.id"), &fact.id);
        self.not_empty(|| format!("{at}.answer"), &fact.answer);
        self.not_empty(|| format!("{at}.explanation"), &fact.explanation);
        self.paragraphs(at, &fact.paragraphs, paragraphs);
        if !fact.statement.contains(SLOT) {
            self.error(
                format!("{at}.statement"),
                format!(
                    "the statement has no {SLOT} slot for the answer: {}",
                    quoted(&fact.statement)
                ),
            );
        }
        if let Some(message) = type_mismatch(fact.answer_type, &fact.answer) {
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
        // The answer must not be given away by the question, nor by the statement around its slot
        // (a true/false statement with a distractor in the slot would then contradict itself).
        // The statement is checked on each side of its slot.
        let texts = std::iter::once(("question", fact.question.as_deref())).chain(
            fact.statement
                .split(SLOT)
                .map(|part| ("statement", Some(part))),
        );
        let forms: Vec<(String, &String)> = std::iter::once(&fact.answer)
            .chain(&fact.aliases)
            .map(|form| (normalize::key(form), form))
            .collect();
        for (i, (key, _)) in forms.iter().enumerate().skip(1) {
            if key.is_empty() {
                self.error(format!("{at}.aliases[{}]", i - 1), "must not be empty");
            }
        }
        let mut reported = Vec::new();
        for (field, text) in texts {
            let Some(text) = text else { continue };
            if reported.contains(&field) {
                continue;
            }
            if let Some((_, form)) = forms
                .iter()
                .find(|(key, _)| normalize::contains_key(text, key))
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
        let unit = fact.unit.as_deref();
        // A handful of keys: a list is quicker than a hash set here, and a bank has many facts.
        let mut seen: Vec<(String, &String)> = std::iter::once(&fact.answer)
            .chain(&fact.aliases)
            .map(|a| (canonical(fact.answer_type, a, unit), a))
            .collect();
        self.alias_values(at, fact, &seen);
        for (i, distractor) in fact.distractors.iter().enumerate() {
            let field = || format!("{at}.distractors[{i}]");
            let key = canonical(fact.answer_type, distractor, unit);
            if let Some(message) = type_mismatch_keyed(fact.answer_type, distractor, &key) {
                self.error(field(), message);
            }
            if key.is_empty() {
                self.error(field(), "must not be empty");
            } else if let Some((_, same)) = seen.iter().find(|(k, _)| *k == key) {
                self.error(
                    field(),
                    format!("{} is the same as {}", quoted(distractor), quoted(same)),
                );
            } else if crate::generate::within_tolerance(fact, distractor) {
                self.error(
                    field(),
                    format!(
                        "{} is within the tolerance of the answer, so it would be judged right",
                        quoted(distractor)
                    ),
                );
            } else {
                seen.push((key, distractor));
            }
        }
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
        let allowed = fact.allowed_kinds();
        let allows_choice = allowed.contains(&crate::model::FactKind::Choice);
        // Three good distractors of its own settle it; only a fact with fewer asks the generator
        // whether the others' answers and nearby values make up the difference.
        let own = seen.len() - 1 - fact.aliases.len();
        let enough = || own >= OPTIONS - 1 || generator.kinds(event, fact).contains(&Kind::Choice);
        if self.warnings && allows_choice && !enough() {
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
            allowed: &allowed,
        };
        self.fairness(at, fact, context, &keys);
    }

    fn paragraphs(&mut self, at: At, cited: &[u32], count: u32) {
        if cited.is_empty() {
            self.error(
                format!("{at}.paragraphs"),
                "cite at least one paragraph of the source",
            );
        }
        for (i, p) in cited.iter().enumerate() {
            self.paragraph(|| format!("{at}.paragraphs[{i}]"), *p, count);
        }
    }

    /// An alias of a number, year, date or day that reads as a value reads as the answer's: "700 m"
    /// (700 million) for 700, or "Thursday" for Wednesday, would mark a wrong answer right.
    /// `keys` are the canonical forms of the answer and then of each alias.
    fn alias_values(&mut self, at: At, fact: &Fact, keys: &[(String, &String)]) {
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

    /// The event's date is a real day, written `YYYY-MM-DD` (issue #12: "20/07/1969" was shown
    /// in the header as it was written).
    fn event_date(&mut self, value: &str) {
        let field = || "event.date.value".to_owned();
        let digits = |r: std::ops::Range<usize>| {
            value
                .get(r)
                .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|d| d.parse::<u32>().ok())
        };
        let iso = value.len() == 10 && value.as_bytes()[4] == b'-' && value.as_bytes()[7] == b'-';
        let parts = (digits(0..4), digits(5..7), digits(8..10));
        match (iso, parts) {
            (true, (Some(year), Some(month), Some(day))) => {
                let year = i32::try_from(year).unwrap_or(0);
                if date::Date::new(year, month, day).is_none() {
                    self.error(
                        field(),
                        format!("{} is not a day of the calendar", quoted(value)),
                    );
                }
            }
            _ if value.trim().is_empty() => self.error(
                field(),
                "the date is empty: write it YYYY-MM-DD, like \"1969-07-20\", or leave \"date\" out",
            ),
            _ => {
                let fix = match date::Date::read(value) {
                    Some(d) => format!("write it \"{}\"", d.iso()),
                    None => "like \"1969-07-20\" for 20 July 1969".to_owned(),
                };
                self.error(
                    field(),
                    format!("{} is not written YYYY-MM-DD: {fix}", quoted(value)),
                );
            }
        }
    }

    fn paragraph(&mut self, field: impl FnOnce() -> String, p: u32, count: u32) {
        if p == 0 {
            self.error(
                field(),
                "paragraph numbers start at 1 (the first paragraph of the source), so 0 is not one",
            );
        } else if p > count {
            let has = match count {
                0 => "has no paragraphs (event.source.paragraphs is 0)".to_owned(),
                1 => "has only paragraph 1".to_owned(),
                n => format!("has paragraphs 1 to {n}"),
            };
            self.error(
                field(),
                format!("paragraph {p} is outside the source, which {has}"),
            );
        }
    }
}

/// `type_mismatch`, when the canonical `key` of `text` is already known: a number or a span reads
/// as a `#` key, a date or a day as an `@` key, so most texts need no second reading.
fn type_mismatch_keyed(answer_type: AnswerType, text: &str, key: &str) -> Option<String> {
    match answer_type {
        AnswerType::Number if key.starts_with('#') && number::approximation(text).is_none() => None,
        AnswerType::Date | AnswerType::Day if key.starts_with(['#', '@']) => None,
        _ => type_mismatch(answer_type, text),
    }
}

fn type_mismatch(answer_type: AnswerType, text: &str) -> Option<String> {
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

mod evidence;
mod fairness;
mod ids;
mod lengths;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_fair;
