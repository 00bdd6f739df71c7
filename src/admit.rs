//! Which loaded question files a game, `list` or `preview` plays from. Files named with
//! `--questions` are the player's explicit choice: any problem in them stops the command. The
//! default set (the bundled files and the user folder) forgives: a file that cannot be loaded,
//! has errors, or is for an event already loaded is skipped with one warning, so that one broken
//! file never stops a game (issue #12). Pure: it judges load results and calls the validator.

use std::collections::HashMap;
use std::fmt;

use crate::echo::{quoted, shell_word};
use crate::error::Error;
use crate::loader::{LoadError, Loaded};
use crate::validate::{Severity, has_errors, validate};

/// A file of the default set that is not played, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skipped {
    /// It cannot be loaded, or it has errors: how many, and the place of the first when known.
    Broken {
        path: String,
        errors: usize,
        first: Option<(usize, usize)>,
        /// Why, when there is no place to point at (too large, not UTF-8).
        reason: Option<String>,
    },
    /// Its event id is that of a file loaded before it.
    SameEvent {
        path: String,
        id: String,
        first: String,
    },
}

impl fmt::Display for Skipped {
    /// One line: which file, why, and what to run to see more.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Skipped::Broken {
                path,
                errors,
                first,
                reason,
            } => {
                write!(f, "skipped {path}: ")?;
                match (reason, first) {
                    (Some(reason), _) => write!(f, "{reason}")?,
                    (None, Some((line, column))) => write!(
                        f,
                        "{errors} error{}, the first at line {line}, column {column}",
                        if *errors == 1 { "" } else { "s" }
                    )?,
                    (None, None) => {
                        write!(f, "{errors} error{}", if *errors == 1 { "" } else { "s" })?;
                    }
                }
                write!(f, "; `factquiz validate {}` shows why", shell_word(path))
            }
            Skipped::SameEvent { path, id, first } => write!(
                f,
                "skipped {path}: its event id {} is already the id of {first}; give one of them another id",
                quoted(id)
            ),
        }
    }
}

/// The files a command uses, and those of the default set it skips.
#[derive(Debug, Default)]
pub struct Admitted {
    pub files: Vec<Loaded>,
    pub skipped: Vec<Skipped>,
}

/// Files the player named: every one must load and be valid.
pub fn strict(results: Vec<Result<Loaded, LoadError>>) -> Result<Vec<Loaded>, Error> {
    let files: Vec<Loaded> = results.into_iter().collect::<Result<_, _>>()?;
    // The warnings are worked out only for files that have errors, to be shown with them.
    if has_errors(&crate::validate::errors(&files)) {
        return Err(Error::Invalid(validate(&files)));
    }
    Ok(files)
}

/// The default set: each file that loads, is for an event not loaded before it, and is valid.
pub fn forgiving(results: Vec<Result<Loaded, LoadError>>) -> Admitted {
    let mut admitted = Admitted::default();
    let mut events: HashMap<String, String> = HashMap::new();
    let mut candidates = Vec::new();
    for result in results {
        match result {
            Err(e) => admitted.skipped.push(broken_load(&e)),
            Ok(loaded) => {
                let id = loaded.file.event.id.clone();
                let path = loaded.origin.to_string();
                match events.get(&id) {
                    Some(first) => admitted.skipped.push(Skipped::SameEvent {
                        path,
                        id,
                        first: first.clone(),
                    }),
                    None => {
                        events.insert(id, path);
                        candidates.push(loaded);
                    }
                }
            }
        }
    }
    // Errors are per file (ids are unique within an event, and each event is in one file now),
    // so a file with errors can be left out without changing whether the others are valid.
    let mut errors: HashMap<String, (usize, Option<(usize, usize)>)> = HashMap::new();
    for problem in crate::validate::errors(&candidates) {
        if problem.severity == Severity::Error {
            let entry = errors.entry(problem.file).or_insert((0, problem.place));
            entry.0 += 1;
        }
    }
    for loaded in candidates {
        let path = loaded.origin.to_string();
        match errors.get(&path) {
            Some(&(count, first)) => admitted.skipped.push(Skipped::Broken {
                path,
                errors: count,
                first,
                reason: None,
            }),
            None => admitted.files.push(loaded),
        }
    }
    admitted
}

fn broken_load(e: &LoadError) -> Skipped {
    match e {
        LoadError::Malformed { path, mistakes } => Skipped::Broken {
            path: path.clone(),
            errors: mistakes.len(),
            first: mistakes.first().map(|m| (m.line, m.column)),
            reason: None,
        },
        other => {
            let message = other.to_string();
            let path = other.path().to_owned();
            let reason = message
                .strip_prefix(&format!("{path}: "))
                .unwrap_or(&message)
                .to_owned();
            Skipped::Broken {
                path,
                errors: 1,
                first: None,
                reason: Some(reason),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::{Origin, parse};

    const TINY: &str = include_str!("../tests/fixtures/tiny.json");

    fn file(name: &str, text: &str) -> Result<Loaded, LoadError> {
        parse(Origin::File(name.into()), text)
    }

    #[test]
    fn the_default_set_skips_broken_files_and_repeated_events() {
        let other = TINY.replace("tiny-event", "other-event");
        let results = vec![
            file("a.json", TINY),
            file("broken.json", "{\n  \"format\": 1,\n  oops\n}"),
            file("b.json", TINY),
            file(
                "bad.json",
                &other.replace("\"paragraphs\": [2]", "\"paragraphs\": [9]"),
            ),
            file("c.json", &other.replace("other-event", "third-event")),
        ];
        let admitted = forgiving(results);
        let played: Vec<String> = admitted
            .files
            .iter()
            .map(|l| l.origin.to_string())
            .collect();
        assert_eq!(played, ["a.json", "c.json"]);
        let said: Vec<String> = admitted.skipped.iter().map(ToString::to_string).collect();
        assert_eq!(
            said,
            [
                "skipped broken.json: 2 errors, the first at line 1, column 1; `factquiz validate broken.json` shows why",
                "skipped b.json: its event id \"tiny-event\" is already the id of a.json; give one of them another id",
                "skipped bad.json: 1 error, the first at line 26, column 22; `factquiz validate bad.json` shows why",
            ]
        );
    }

    #[test]
    fn named_files_must_all_be_valid() {
        assert!(strict(vec![file("a.json", TINY)]).is_ok());
        assert!(matches!(
            strict(vec![file("a.json", TINY), file("b.json", TINY)]),
            Err(Error::Invalid(_))
        ));
        assert!(matches!(
            strict(vec![file("x.json", "{")]),
            Err(Error::Load(_))
        ));
    }

    #[test]
    fn paths_in_the_suggested_command_are_quoted_for_a_shell() {
        assert_eq!(shell_word("/home/t/q/a.json"), "/home/t/q/a.json");
        assert_eq!(shell_word("my file.json"), "'my file.json'");
        assert_eq!(shell_word("it's.json"), "'it'\\''s.json'");
        assert_eq!(shell_word("~/q/a.json"), "'~/q/a.json'");
    }
}
