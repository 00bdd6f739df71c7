//! Wiring for the commands that show question files: `validate` (named files held against the
//! events a game loads) and `preview`.

use std::io::Write;
use std::path::PathBuf;

use super::{load, load_default, user_questions_dir};
use crate::commands;
use crate::error::Error;
use crate::loader::{self, Loaded, Origin};

/// `factquiz validate [PATH...]`: every problem of the files named, or of those a game loads.
pub(super) fn validate(
    paths: &[PathBuf],
    deny_warnings: bool,
    max: u64,
    stdout: &mut dyn Write,
) -> Result<u8, Error> {
    let results = if paths.is_empty() {
        loader::load_default(user_questions_dir().as_deref(), max)
    } else {
        loader::load_each(paths, max)
    };
    let (mut loaded, mut unreadable) = (Vec::new(), Vec::new());
    for result in results {
        match result {
            Ok(file) => loaded.push(file),
            Err(e) => unreadable.push(e),
        }
    }
    // Files named on their own are also held against the events a game loads: two files
    // for one event cannot both be played.
    let others: Vec<Loaded> = if paths.is_empty() {
        Vec::new()
    } else {
        load_default(max)
            .files
            .into_iter()
            .filter(|o| !loaded.iter().any(|l| same_origin(l, o)))
            .collect()
    };
    let code = commands::validate(&loaded, &unreadable, &others, deny_warnings, stdout);
    // The process ends next: the system takes a large bank back at once, faster than
    // freeing it piece by piece.
    std::mem::forget(loaded);
    code
}

/// `factquiz preview [PATH]`: the questions of PATH, with the distractors a game with the default
/// files would give them (so borrowed ones show too), or of everything a game would load.
pub(super) fn preview(
    path: Option<PathBuf>,
    json: bool,
    max_bytes: u64,
    stdout: &mut dyn Write,
) -> Result<u8, Error> {
    let Some(path) = path else {
        let files = load(&[], max_bytes)?;
        commands::preview(&files, &files, json, stdout)?;
        return Ok(0);
    };
    let shown = load(std::slice::from_ref(&path), max_bytes)?;
    let mut pool = shown.clone();
    pool.extend(load_default(max_bytes).files.into_iter().filter(|l| {
        let same_file = shown.iter().any(|s| same_origin(s, l));
        let same_event = shown.iter().any(|s| s.file.event.id == l.file.event.id);
        !same_file && !same_event
    }));
    commands::preview(&shown, &pool, json, stdout)?;
    Ok(0)
}

/// Whether two loaded files are the same file.
fn same_origin(a: &Loaded, b: &Loaded) -> bool {
    match (&a.origin, &b.origin) {
        (Origin::File(a), Origin::File(b)) => loader::is_same_file(a, b),
        (a, b) => a == b,
    }
}
