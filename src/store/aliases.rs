//! `aliases.json` in the data folder: the answers a player counted as right with `!`, kept under
//! a lock and written atomically like the history (`guarded`); a file that cannot be read is
//! moved aside, never overwritten.

use std::path::PathBuf;

use super::guarded::{Guarded, StoreError};
use crate::aliases::{ALIASES_VERSION, AliasFile, PlayerAlias};

const FILE: &str = "aliases.json";
const LOCK: &str = "aliases.lock";

/// What reading the file found.
#[derive(Debug, Default)]
pub struct LoadedAliases {
    pub aliases: Vec<PlayerAlias>,
    /// Things the user should know (a file moved aside), each a full sentence.
    pub warnings: Vec<String>,
}

/// The player's counted answers in the data folder `dir`.
#[derive(Debug, Clone)]
pub struct Aliases {
    file: Guarded,
}

impl Aliases {
    pub fn new(dir: impl Into<PathBuf>) -> Aliases {
        Aliases {
            file: Guarded::new(dir.into(), FILE, LOCK, "list of counted answers"),
        }
    }

    pub fn path(&self) -> PathBuf {
        self.file.path()
    }

    /// Every counted answer, oldest first. An unreadable file is moved aside (with a warning) when
    /// `repair`, and otherwise only reported; either way it reads as empty.
    pub fn read(&self, repair: bool) -> Result<LoadedAliases, StoreError> {
        let read = self.file.read(repair, parse)?;
        Ok(LoadedAliases {
            aliases: read.value.unwrap_or_default(),
            warnings: read.warnings,
        })
    }

    /// Adds the answers in `new` that are not there yet; returns warnings (an unreadable file moved
    /// aside first).
    pub fn add(&self, new: &[PlayerAlias]) -> Result<Vec<String>, StoreError> {
        let _lock = self.file.lock()?;
        let read = self.file.read_locked(true, parse)?;
        let (mut aliases, warnings) = (read.value.unwrap_or_default(), read.warnings);
        for alias in new {
            if !aliases.iter().any(|a| a.same(alias)) {
                aliases.push(alias.clone());
            }
        }
        let file = AliasFile {
            version: ALIASES_VERSION,
            aliases,
        };
        let text =
            serde_json::to_string_pretty(&file).map_err(|e| self.file.io("write", e.into()))?;
        self.file.replace(&(text + "\n"))?;
        Ok(warnings)
    }
}

/// The answers in `bytes`, or why they are not a file this build reads.
fn parse(bytes: &[u8]) -> Result<Vec<PlayerAlias>, String> {
    let file: AliasFile = serde_json::from_slice(bytes).map_err(|e| {
        use serde_json::error::Category;
        let why = match e.classify() {
            Category::Eof => "it is cut off",
            Category::Syntax => "it is not written as JSON",
            Category::Data | Category::Io => "it is not a list of answers this factquiz reads",
        };
        format!("{why}, at line {} column {}", e.line(), e.column())
    })?;
    if file.version == 0 || file.version > ALIASES_VERSION {
        return Err(format!(
            "version {} is not one this factquiz reads (it reads 1 to {ALIASES_VERSION})",
            file.version
        ));
    }
    Ok(file.aliases)
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::thread;

    use super::*;

    fn alias(fact: &str, typed: &str) -> PlayerAlias {
        PlayerAlias {
            event: "e".into(),
            fact: fact.into(),
            answer: "x".into(),
            alias: typed.into(),
            time: "2026-01-01T00:00:00Z".into(),
        }
    }

    #[test]
    fn answers_are_kept_once_each() {
        let dir = tempfile::tempdir().unwrap();
        let store = Aliases::new(dir.path());
        assert!(store.read(true).unwrap().aliases.is_empty());
        store.add(&[alias("a", "one"), alias("b", "two")]).unwrap();
        store
            .add(&[alias("a", "ONE."), alias("a", "three")])
            .unwrap();
        let typed: Vec<String> = store
            .read(true)
            .unwrap()
            .aliases
            .into_iter()
            .map(|a| a.alias)
            .collect();
        assert_eq!(typed, ["one", "two", "three"]);
    }

    #[test]
    fn games_ending_at_once_keep_every_answer() {
        let dir = tempfile::tempdir().unwrap();
        let store = Arc::new(Aliases::new(dir.path()));
        let threads: Vec<_> = (0..8)
            .map(|n| {
                let store = Arc::clone(&store);
                thread::spawn(move || store.add(&[alias("f", &format!("answer {n}"))]).unwrap())
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert_eq!(store.read(true).unwrap().aliases.len(), 8);
    }

    #[test]
    fn an_unreadable_file_is_moved_aside_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let store = Aliases::new(dir.path());
        std::fs::write(store.path(), "not json").unwrap();
        let read = store.read(false).unwrap();
        assert!(read.aliases.is_empty() && read.warnings[0].contains("left as it is"));
        assert_eq!(std::fs::read_to_string(store.path()).unwrap(), "not json");
        let warnings = store.add(&[alias("a", "one")]).unwrap();
        assert!(
            warnings[0].contains("aliases.json.unreadable-1"),
            "{warnings:?}"
        );
        let aside = dir.path().join("aliases.json.unreadable-1");
        assert_eq!(std::fs::read_to_string(aside).unwrap(), "not json");
        assert_eq!(store.read(true).unwrap().aliases.len(), 1);
    }
}
