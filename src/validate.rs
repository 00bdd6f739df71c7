//! Checking what loaded question files mean: every problem in every file, in one pass. Pure.

use std::collections::HashMap;
use std::fmt;

use crate::bank::Bank;
use crate::heading;
use crate::loader::Loaded;
use crate::locate::{locate_all, locate_all_within};
use crate::model::{FORMAT_VERSION, QuestionFile};

use crate::normalize;

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
    /// How many problems this line stands for: 1, or more for a line that groups many of one
    /// kind (`fairness::group_borrowing`), so the summary still counts each.
    pub counts: usize,
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

/// What `validate` finds in one file, all that its report says of it: its problems (with their
/// places), its event id and how many of its items are not yet reviewed. The bank cache keeps it
/// for a large file, so that checking the same bytes again prints the same report at once.
#[derive(Debug, Clone, PartialEq)]
pub struct Findings {
    pub problems: Vec<Problem>,
    pub event: String,
    pub unreviewed: usize,
}

/// The findings of `loaded` checked on its own (what `validate` lists for it when it is the one
/// file named).
pub fn findings(loaded: &Loaded) -> Findings {
    Findings {
        problems: validate(std::slice::from_ref(loaded)),
        event: loaded.file.event.id.clone(),
        unreviewed: loaded.file.unreviewed(),
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
    let bank = Bank::new(files.iter().map(|l| &l.file));
    let mut problems = Vec::new();
    let names: Vec<String> = files.iter().map(|l| l.origin.to_string()).collect();
    let mut events: HashMap<&str, String> = HashMap::with_capacity(files.len());
    for (index, loaded) in files.iter().enumerate() {
        let first = problems.len();
        if loaded.checked && !warnings {
            // From the bank cache: checked alone before and without errors; only what depends on
            // the other files loaded beside it is left to check.
            let mut check = Checker {
                file: names[index].clone(),
                problems: &mut problems,
                warnings,
                borrowers: Vec::new(),
            };
            check.event_id(&loaded.file, &mut events);
            if problems.len() > first {
                place_in(&mut problems[first..], loaded);
            }
            continue;
        }
        // Ids and lengths are checked beside the rest: passes over every fact of a large bank.
        let (borrowers, beside) = std::thread::scope(|scope| {
            let beside = scope.spawn(|| {
                let (mut ids, mut long) = (Vec::new(), Vec::new());
                let check = |problems| Checker {
                    file: names[index].clone(),
                    problems,
                    warnings,
                    borrowers: Vec::new(),
                };
                check(&mut ids).ids(&loaded.file);
                check(&mut long).lengths(&loaded.file);
                ids.extend(long);
                ids
            });
            let mut check = Checker {
                file: names[index].clone(),
                problems: &mut problems,
                warnings,
                borrowers: Vec::new(),
            };
            check.event_id(&loaded.file, &mut events);
            check.file(&loaded.file, &bank);
            let borrowers = check.borrowers;
            let beside = beside
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
            (borrowers, beside)
        });
        problems.extend(beside);
        let lenders = fairness::Lenders {
            file: &names[index],
            facts: &loaded.file.facts,
            event: &loaded.file.event.id,
            bank: &bank,
        };
        fairness::group_borrowing(&mut problems, &borrowers, &lenders);
        if problems.len() > first {
            place_in(&mut problems[first..], loaded);
        }
    }
    problems
}

/// How much of a large file, read in pieces and not kept as text, is read again to place its
/// problems before all of it is: most are found near its start, or ruled out there.
const PLACED_FROM: usize = 1 << 20;

/// `place` in the text of `loaded`: a large file not kept as text is read again only as far as
/// its first `PLACED_FROM` bytes when every place is settled there (the places are then those
/// found in the whole text), and whole otherwise (issue #16: 25 MB read again after the checks).
fn place_in(problems: &mut [Problem], loaded: &Loaded) {
    if loaded.text.is_empty()
        && let Some(start) = loaded.source_start(PLACED_FROM)
        && place_with(problems, |fields| locate_all_within(&start, fields))
    {
        return;
    }
    place(problems, &loaded.source_text());
}

/// Gives each problem the line and column of its field; a field the file does not have (a list
/// left out) is placed at the nearest field around it that it has, so every problem has a place.
fn place(problems: &mut [Problem], text: &str) {
    place_with(problems, |fields| Some(locate_all(text, fields)));
}

/// `place`, each field looked for by `locate`; `false`, with no problem placed, when `locate`
/// cannot settle the places it is asked for.
fn place_with(
    problems: &mut [Problem],
    locate: impl Fn(&[&str]) -> Option<Vec<Option<(usize, usize)>>>,
) -> bool {
    let mut fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    let Some(mut places) = locate(&fields) else {
        return false;
    };
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
        let Some(found) = locate(&asked) else {
            return false;
        };
        for (i, place) in missing.into_iter().zip(found) {
            places[i] = place.or_else(|| fields[i].is_empty().then_some((1, 1)));
        }
    }
    for (problem, place) in problems.iter_mut().zip(places) {
        problem.place = place;
    }
    true
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

/// The most characters any one text in a question file may have.
pub const MAX_TEXT: usize = 10_000;

pub use evidence::states;
use facts::FactContext;

pub fn has_errors(problems: &[Problem]) -> bool {
    problems.iter().any(|p| p.severity == Severity::Error)
}

struct Checker<'p> {
    file: String,
    problems: &'p mut Vec<Problem>,
    /// Whether warnings are wanted, or only errors.
    warnings: bool,
    /// The facts that borrow other facts' answers, whose warnings `fairness::group_borrowing`
    /// writes and puts among `problems`.
    borrowers: Vec<fairness::Borrower>,
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
            counts: 1,
        });
    }

    fn error(&mut self, field: String, message: impl Into<String>) {
        self.report(Severity::Error, field, message.into());
    }

    /// `field` is only worked out when there is a problem to report: most texts have none.
    fn not_empty(&mut self, field: impl FnOnce() -> String, text: &str) {
        // `trim().is_empty()`, without looking for the end of the text from both sides: the
        // first character that is not white space settles it (issue #16: four texts a fact).
        if text.chars().all(char::is_whitespace) {
            self.error(field(), "must not be empty");
        }
    }

    fn file(&mut self, file: &QuestionFile, bank: &Bank) {
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
            bank,
        };
        self.facts(&file.facts, &context);
        self.evidence(file);
        self.digest(&event.source);
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
}

mod authored;
mod contains;
mod digest;
mod evidence;
mod facts;
mod fairness;
mod ids;
mod lengths;
mod slot;
mod source;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_fair;
#[cfg(test)]
mod tests_keys;
