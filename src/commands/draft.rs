//! `factquiz draft` and `factquiz --article`: a plain-text article drafted into a question file,
//! checked by the validator before it is printed, written or played.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::draft::{DEFAULT_MAX, Draft, DraftOptions, draft as draft_text};
use crate::error::Error;
use crate::front::{clean_line, json_safe};
use crate::import::slug;
use crate::loader::{self, Loaded, Origin};
use crate::model::UNREVIEWED;
use crate::store;
use crate::validate::{Severity, has_errors, validate};

/// What to draft and where the result goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftRequest {
    /// The article as the user named it (`-` for standard input).
    pub path: PathBuf,
    pub output: Option<PathBuf>,
    pub force: bool,
    pub options: DraftOptions,
}

impl DraftRequest {
    /// A request with the id and title worked out from the article's name when not given.
    pub fn new(
        path: PathBuf,
        output: Option<PathBuf>,
        force: bool,
        id: Option<String>,
        title: Option<String>,
        date: Option<String>,
        max: usize,
    ) -> DraftRequest {
        let mut options = article_options(&path);
        if let Some(id) = id {
            options.id = id;
        }
        if let Some(title) = title {
            options.title = title;
        }
        options.date = date;
        options.max = max;
        DraftRequest {
            path,
            output,
            force,
            options,
        }
    }
}

/// The options a draft of the article at `path` gets by default: an id and a title from its
/// file name ("bridge-opening.txt": `bridge-opening`, "Bridge opening").
pub fn article_options(path: &Path) -> DraftOptions {
    let stdin = path.as_os_str() == "-";
    let stem = path
        .file_stem()
        .filter(|_| !stdin)
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id = if stem.is_empty() {
        "article".to_owned()
    } else {
        slug(&stem)
    };
    let words = stem.replace(['-', '_'], " ");
    let words = words.trim();
    let title = match words.chars().next() {
        Some(first) => first.to_uppercase().chain(words.chars().skip(1)).collect(),
        None => "Pasted article".to_owned(),
    };
    DraftOptions {
        id,
        title,
        date: None,
        reference: Some(shown(path)),
        max: DEFAULT_MAX,
    }
}

fn shown(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "standard input".to_owned()
    } else {
        path.display().to_string()
    }
}

/// Drafts `text` (the article read from `path`) and loads the result as a question file would be
/// loaded, validated; the JSON text is the file's.
pub fn drafted(path: &Path, text: &str, options: &DraftOptions) -> Result<(Loaded, Draft), Error> {
    let draft = draft_text(text, options).map_err(|source| Error::Draft {
        path: shown(path),
        source,
    })?;
    let json =
        json_safe(serde_json::to_string_pretty(&draft.file).map_err(std::io::Error::from)?) + "\n";
    let loaded = loader::parse(Origin::File(path.to_path_buf()), json)?;
    let problems = validate(std::slice::from_ref(&loaded));
    if has_errors(&problems) {
        return Err(Error::Invalid(problems));
    }
    Ok((loaded, draft))
}

/// `factquiz draft`: the question file goes to `out` or to `request.output`, and what was done to
/// `notes`.
pub fn draft(
    request: &DraftRequest,
    text: &str,
    out: &mut dyn Write,
    notes: &mut dyn Write,
) -> Result<(), Error> {
    let (loaded, draft) = drafted(&request.path, text, &request.options)?;
    let file = &loaded.file;
    writeln!(
        notes,
        "drafted {} from {} paragraph{} of {} ({}); each is tagged {UNREVIEWED:?}: check it against the article, then remove the tag",
        crate::draft::counts(file),
        file.event.source.paragraphs,
        if file.event.source.paragraphs == 1 {
            ""
        } else {
            "s"
        },
        clean_line(&shown(&request.path)),
        if request.options.max == usize::MAX {
            "every item, unranked".to_owned()
        } else {
            format!("the best of {}", draft.candidates)
        },
    )?;
    // A warning's line and column are the drafted file's, not the article's.
    let drafted = match &request.output {
        Some(path) => path.display().to_string(),
        None => "the printed draft".to_owned(),
    };
    for mut problem in validate(std::slice::from_ref(&loaded))
        .into_iter()
        .filter(|p| p.severity == Severity::Warning)
    {
        problem.file.clone_from(&drafted);
        writeln!(notes, "  {}", clean_line(&problem.to_string()))?;
    }
    match &request.output {
        Some(path) => {
            store::write_new(path, &loaded.text, request.force)?;
            let p = clean_line(&path.display().to_string());
            writeln!(
                notes,
                "wrote {p}; see it with `factquiz preview {p}`, play it with `factquiz --questions {p}`"
            )?;
        }
        None => out.write_all(loaded.text.as_bytes())?,
    }
    Ok(())
}
