//! `factquiz import`: another format's question bank as a factquiz question file, checked by the
//! validator before it is printed or written.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::front::{clean_line, json_safe};
use crate::import::{ImportOptions, Response, from_opentdb, slug};
use crate::loader::{self, Loaded, Origin};
use crate::shape;
use crate::store;
use crate::validate::{Severity, has_errors, validate};

/// What to import and where the result goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportRequest {
    /// The bank as the user named it (`-` for standard input).
    pub path: PathBuf,
    pub output: Option<PathBuf>,
    pub force: bool,
    pub options: ImportOptions,
}

/// The event id an import gets when the user names none: from the bank's file name.
pub fn default_id(path: &Path) -> String {
    let stem = path
        .file_stem()
        .filter(|_| path.as_os_str() != "-")
        .map(|s| slug(&s.to_string_lossy()))
        .unwrap_or_default();
    if stem.starts_with("opentdb") {
        stem
    } else if stem.is_empty() {
        "opentdb".to_owned()
    } else {
        format!("opentdb-{stem}")
    }
}

/// Converts `text` (the bank read from `request.path`); the question file goes to `out` or to
/// `request.output`, and what was done (and skipped) to `notes`. `loaded` are the files a game
/// loads: the import's event id must not be one of theirs, or a game would skip one of the two.
pub fn import(
    request: &ImportRequest,
    text: &str,
    loaded: &[Loaded],
    out: &mut dyn Write,
    notes: &mut dyn Write,
) -> Result<(), Error> {
    let origin = &request.options.origin;
    let response: Response = loader::parse_json(origin, text, &shape::OPENTDB_RESPONSE)?;
    let imported = from_opentdb(&response, &request.options)?;
    let id = &imported.file.event.id;
    let taken = |id: &str| loaded.iter().find(|l| l.file.event.id == id);
    if let Some(other) = taken(id) {
        let free = (2..)
            .map(|n| format!("{id}-{n}"))
            .find(|candidate| taken(candidate).is_none())
            .unwrap_or_default();
        return Err(Error::EventTaken {
            id: id.clone(),
            by: other.origin.to_string(),
            free,
        });
    }
    let json =
        json_safe(serde_json::to_string_pretty(&imported.file).map_err(std::io::Error::from)?)
            + "\n";

    // The file must load and validate as it is, or nothing is written.
    let shown = request
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from("(imported)"));
    let loaded = loader::parse(Origin::File(shown), &json)?;
    let problems = validate(std::slice::from_ref(&loaded));
    if has_errors(&problems) {
        return Err(Error::Invalid(problems));
    }

    let count = imported.file.questions.len();
    writeln!(
        notes,
        "imported {count} question{} from {} ({} encoding)",
        if count == 1 { "" } else { "s" },
        clean_line(origin),
        imported.encoding.name()
    )?;
    for line in &imported.skipped {
        writeln!(notes, "  skipped {}", clean_line(line))?;
    }
    for problem in problems.iter().filter(|p| p.severity == Severity::Warning) {
        writeln!(notes, "  {}", clean_line(&problem.to_string()))?;
    }
    match &request.output {
        Some(path) => {
            store::write_new(path, &json, request.force)?;
            let p = clean_line(&path.display().to_string());
            writeln!(
                notes,
                "wrote {p}; see it with `factquiz preview {p}`, play it with `factquiz --questions {p}`"
            )?;
        }
        None => out.write_all(json.as_bytes())?,
    }
    Ok(())
}
