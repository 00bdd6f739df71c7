//! Checking what loaded question files mean: every problem in every file, in one pass. Pure.

use std::collections::{HashMap, HashSet};
use std::fmt;

use crate::check::{canonical, date, number};
use crate::generate::{Generator, OPTIONS, parse_truth};
use crate::loader::Loaded;
use crate::locate::locate;
use crate::model::{AnswerType, Authored, AuthoredKind, FORMAT_VERSION, Fact, QuestionFile, SLOT};

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
    let generator = Generator::new(files.iter().flat_map(|l| &l.file.facts));
    let mut problems = Vec::new();
    let mut ids: HashMap<String, String> = HashMap::new();
    for loaded in files {
        let mut check = Checker {
            file: loaded.origin.to_string(),
            problems: &mut problems,
        };
        let first = check.problems.len();
        check.file(&loaded.file, &generator);
        check.ids(&loaded.file, &mut ids);
        check.lengths(&loaded.file);
        for problem in &mut problems[first..] {
            problem.place = locate(&loaded.text, &problem.field);
        }
    }
    problems
}

/// The most characters any one text in a question file may have.
pub const MAX_TEXT: usize = 10_000;

pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}

struct Checker<'p> {
    file: String,
    problems: &'p mut Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, severity: Severity, field: String, message: String) {
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

    /// Every text of the file within `MAX_TEXT` characters: a megabyte-long answer is a mistake,
    /// and would make every comparison with it slow.
    fn lengths(&mut self, file: &QuestionFile) {
        let mut long: Vec<(String, usize)> = Vec::new();
        let mut check = |field: &dyn Fn() -> String, text: &str| {
            // Bytes first: no text of fewer bytes can have more characters.
            if text.len() > MAX_TEXT && text.chars().count() > MAX_TEXT {
                long.push((field(), text.chars().count()));
            }
        };
        let list = |check: &mut dyn FnMut(&dyn Fn() -> String, &str),
                    at: &str,
                    name: &str,
                    texts: &[String]| {
            for (i, text) in texts.iter().enumerate() {
                check(&|| format!("{at}.{name}[{i}]"), text);
            }
        };
        let e = &file.event;
        for (name, text) in [
            ("id", &e.id),
            ("title", &e.title),
            ("summary", &e.summary),
            ("date.value", &e.date.value),
        ] {
            check(&|| format!("event.{name}"), text);
        }
        for (i, f) in file.facts.iter().enumerate() {
            let at = format!("facts[{i}]");
            for (name, text) in [
                ("id", Some(&f.id)),
                ("answer", Some(&f.answer)),
                ("statement", Some(&f.statement)),
                ("explanation", Some(&f.explanation)),
                ("question", f.question.as_ref()),
                ("unit", f.unit.as_ref()),
            ] {
                if let Some(text) = text {
                    check(&|| format!("{at}.{name}"), text);
                }
            }
            list(&mut check, &at, "aliases", &f.aliases);
            list(&mut check, &at, "distractors", &f.distractors);
            list(&mut check, &at, "tags", &f.tags);
        }
        for (i, c) in file.claims.iter().enumerate() {
            let at = format!("claims[{i}]");
            for (name, text) in [
                ("id", &c.id),
                ("claim", &c.claim),
                ("explanation", &c.explanation),
            ] {
                check(&|| format!("{at}.{name}"), text);
            }
            list(&mut check, &at, "tags", &c.tags);
        }
        for (i, q) in file.questions.iter().enumerate() {
            let at = format!("questions[{i}]");
            for (name, text) in [
                ("id", &q.id),
                ("question", &q.question),
                ("answer", &q.answer),
            ] {
                check(&|| format!("{at}.{name}"), text);
            }
            if let Some(text) = &q.explanation {
                check(&|| format!("{at}.explanation"), text);
            }
            list(&mut check, &at, "aliases", &q.aliases);
            list(&mut check, &at, "distractors", &q.distractors);
            list(&mut check, &at, "tags", &q.tags);
        }
        for (field, chars) in long {
            self.error(
                field,
                format!("is {chars} characters long; the most a text may have is {MAX_TEXT}"),
            );
        }
    }

    fn not_empty(&mut self, field: String, text: &str) {
        if text.trim().is_empty() {
            self.error(field, "must not be empty");
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
        self.not_empty("event.id".into(), &event.id);
        self.not_empty("event.title".into(), &event.title);
        self.not_empty("event.summary".into(), &event.summary);
        self.not_empty("event.date.value".into(), &event.date.value);
        if file.facts.is_empty() && file.claims.is_empty() && file.questions.is_empty() {
            self.error(
                "facts".into(),
                "the file has no facts, claims or questions, so it gives nothing to play",
            );
        }
        let paragraphs = event.source.paragraphs;
        for (i, fact) in file.facts.iter().enumerate() {
            self.fact(&format!("facts[{i}]"), fact, paragraphs, generator);
        }
        for (i, claim) in file.claims.iter().enumerate() {
            let at = format!("claims[{i}]");
            self.not_empty(format!("{at}.id"), &claim.id);
            self.not_empty(format!("{at}.claim"), &claim.claim);
            self.not_empty(format!("{at}.explanation"), &claim.explanation);
            self.paragraphs(&at, &claim.paragraphs, paragraphs);
        }
        for (i, authored) in file.questions.iter().enumerate() {
            self.authored(&format!("questions[{i}]"), authored, paragraphs);
        }
    }

    fn authored(&mut self, at: &str, q: &Authored, paragraphs: u32) {
        self.not_empty(format!("{at}.id"), &q.id);
        self.not_empty(format!("{at}.question"), &q.question);
        self.not_empty(format!("{at}.answer"), &q.answer);
        for (i, p) in q.paragraphs.iter().enumerate() {
            self.paragraph(format!("{at}.paragraphs[{i}]"), *p, paragraphs);
        }
        match q.kind {
            AuthoredKind::Truefalse => {
                if parse_truth(&q.answer).is_none() {
                    self.error(
                        format!("{at}.answer"),
                        format!(
                            "a truefalse answer is \"true\" or \"false\", not {:?}",
                            q.answer
                        ),
                    );
                }
            }
            AuthoredKind::Choice => {
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
                        self.error(field, format!("{d:?} is the same as {same:?}"));
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

    fn fact(&mut self, at: &str, fact: &Fact, paragraphs: u32, generator: &Generator) {
        self.not_empty(format!("{at}.id"), &fact.id);
        self.not_empty(format!("{at}.answer"), &fact.answer);
        self.not_empty(format!("{at}.explanation"), &fact.explanation);
        self.paragraphs(at, &fact.paragraphs, paragraphs);
        if !fact.statement.contains(SLOT) {
            self.error(
                format!("{at}.statement"),
                format!(
                    "the statement has no {SLOT} slot for the answer: {:?}",
                    fact.statement
                ),
            );
        }
        if let Some(message) = type_mismatch(fact.answer_type, &fact.answer) {
            self.error(format!("{at}.answer"), message);
        }
        for (i, alias) in fact.aliases.iter().enumerate() {
            if normalize::key(alias).is_empty() {
                self.error(format!("{at}.aliases[{i}]"), "must not be empty");
            }
        }
        if let Some(question) = &fact.question {
            self.not_empty(format!("{at}.question"), question);
        }
        // The answer must not be given away by the question, nor by the statement around its slot
        // (a true/false statement with a distractor in the slot would then contradict itself).
        let texts = [
            ("question", fact.question.clone()),
            ("statement", Some(fact.statement.replace(SLOT, " "))),
        ];
        for (field, text) in texts {
            let Some(text) = text else { continue };
            if let Some(form) = std::iter::once(&fact.answer)
                .chain(&fact.aliases)
                .find(|form| normalize::contains_words(&text, form))
            {
                self.error(
                    format!("{at}.{field}"),
                    format!("the {field} gives its own answer away: it contains {form:?}"),
                );
            }
        }
        let unit = fact.unit.as_deref();
        let mut seen: HashMap<String, String> = std::iter::once(&fact.answer)
            .chain(&fact.aliases)
            .map(|a| (canonical(fact.answer_type, a, unit), a.clone()))
            .collect();
        for (i, distractor) in fact.distractors.iter().enumerate() {
            let field = format!("{at}.distractors[{i}]");
            if let Some(message) = type_mismatch(fact.answer_type, distractor) {
                self.error(field.clone(), message);
            }
            let key = canonical(fact.answer_type, distractor, unit);
            if key.is_empty() {
                self.error(field, "must not be empty");
            } else if let Some(same) = seen.get(&key) {
                self.error(field, format!("{distractor:?} is the same as {same:?}"));
            } else if crate::generate::within_tolerance(fact, distractor) {
                self.error(field, format!("{distractor:?} is within the tolerance of the answer, so it would be judged right"));
            } else {
                seen.insert(key, distractor.clone());
            }
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
        if fact.kinds.as_ref().is_some_and(Vec::is_empty) {
            self.error(
                format!("{at}.kinds"),
                "lists no kinds, so the fact is never asked",
            );
        }
        let kinds = generator.kinds(fact);
        let allows_choice = fact
            .allowed_kinds()
            .contains(&crate::model::FactKind::Choice);
        if allows_choice && !kinds.contains(&Kind::Choice) {
            self.report(
                Severity::Warning,
                format!("{at}.distractors"),
                "too few distinct distractors from any source for a multiple-choice question; add some".into(),
            );
        }
    }

    fn paragraphs(&mut self, at: &str, cited: &[u32], count: u32) {
        if cited.is_empty() {
            self.error(
                format!("{at}.paragraphs"),
                "cite at least one paragraph of the source",
            );
        }
        for (i, p) in cited.iter().enumerate() {
            self.paragraph(format!("{at}.paragraphs[{i}]"), *p, count);
        }
    }

    fn paragraph(&mut self, field: String, p: u32, count: u32) {
        if p == 0 || p > count {
            let has = match count {
                0 => "has no paragraphs (event.source.paragraphs is 0)".to_owned(),
                1 => "has only paragraph 1".to_owned(),
                n => format!("has paragraphs 1 to {n}"),
            };
            self.error(
                field,
                format!("paragraph {p} is outside the source, which {has}"),
            );
        }
    }

    /// Ids of facts, claims and questions are unique within a file and across all loaded files.
    fn ids(&mut self, file: &QuestionFile, ids: &mut HashMap<String, String>) {
        let mut local = HashSet::new();
        let fields = file
            .facts
            .iter()
            .enumerate()
            .map(|(i, f)| (format!("facts[{i}].id"), &f.id))
            .chain(
                file.claims
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (format!("claims[{i}].id"), &c.id)),
            )
            .chain(
                file.questions
                    .iter()
                    .enumerate()
                    .map(|(i, q)| (format!("questions[{i}].id"), &q.id)),
            );
        for (field, id) in fields {
            if id.is_empty() {
                continue;
            }
            if !local.insert(id.clone()) {
                self.error(field, format!("duplicate id {id:?} in this file"));
            } else if let Some(other) = ids.get(id) {
                self.error(field, format!("duplicate id {id:?}, also used in {other}"));
            } else {
                ids.insert(id.clone(), self.file.clone());
            }
        }
    }
}

fn type_mismatch(answer_type: AnswerType, text: &str) -> Option<String> {
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
        format!("{text:?} is not {expected}")
    })
}

#[cfg(test)]
mod tests;
