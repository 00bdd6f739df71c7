//! Reading question files: the bundled ones built into the binary, or files and folders named by the
//! user. The only code that reads question files; it reports where a file is broken
//! (line:column and field path) and does not judge meaning (see `validate`).

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use crate::excerpt::{MAX_ECHO, cap, cap_quoted};
use crate::model::QuestionFile;
use crate::store::file::{self, Kind, OpenError};

mod bundled {
    include!(concat!(env!("OUT_DIR"), "/bundled.rs"));
}

/// Where a loaded file came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Built into the binary from the repo's `questions/` folder.
    Bundled(&'static str),
    File(PathBuf),
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Bundled(name) => write!(f, "{name} (bundled)"),
            Origin::File(path) => write!(f, "{}", path.display()),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Loaded {
    pub origin: Origin,
    /// The file's text, kept so later stages can point at lines.
    pub text: String,
    pub file: QuestionFile,
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: no such file or folder")]
    Missing { path: String },
    #[error("{path}: no question files (*.json) in this folder")]
    EmptyFolder { path: String },
    #[error("{path}: the file is empty")]
    Empty { path: String },
    #[error("{path}: is a folder; give a file")]
    Folder { path: String },
    #[error(
        "{path}: is {kind}, not a regular file, so it is not read; give a file (import also reads standard input as -)"
    )]
    NotAFile { path: String, kind: Kind },
    #[error("{path}: larger than the limit of {max_mib} MiB (raise it with --max-file-mib)")]
    TooBig { path: String, max_mib: f64 },
    #[error("{path}: not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 { path: String, offset: usize },
    #[error("{path}:{line}:{column}: {message}")]
    Syntax {
        path: String,
        line: usize,
        column: usize,
        message: String,
        /// The offending line of the file.
        excerpt: String,
    },
    #[error("{path}:{line}:{column}: {field}: {message}")]
    Shape {
        path: String,
        line: usize,
        column: usize,
        field: String,
        message: String,
        excerpt: String,
    },
}

/// How large a file the loader reads unless told otherwise: 64 MiB.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 << 20;

/// The question files built into the binary.
pub fn load_bundled() -> Result<Vec<Loaded>, LoadError> {
    bundled::BUNDLED
        .iter()
        .map(|(name, text)| parse(Origin::Bundled(name), *text))
        .collect()
}

/// The question files at `paths`: each a file, or a folder whose `*.json` files are read in name order.
/// Stops at the first file that cannot be loaded.
pub fn load_paths(paths: &[PathBuf], max_bytes: u64) -> Result<Vec<Loaded>, LoadError> {
    load_each(paths, max_bytes).into_iter().collect()
}

/// Every file at `paths`, each loaded or with the reason it could not be, so that one broken file
/// does not hide the problems of the others.
pub fn load_each(paths: &[PathBuf], max_bytes: u64) -> Vec<Result<Loaded, LoadError>> {
    let mut results = Vec::new();
    for path in paths {
        match expand(path) {
            Ok(files) => results.extend(files.iter().map(|f| load_file(f, max_bytes))),
            Err(e) => results.push(Err(e)),
        }
    }
    results
}

/// The default set: the bundled files, then the `*.json` files in the user's question folder
/// (`user_dir`), which may be missing or empty.
pub fn load_default(user_dir: Option<&Path>, max_bytes: u64) -> Vec<Result<Loaded, LoadError>> {
    let mut results: Vec<Result<Loaded, LoadError>> = match load_bundled() {
        Ok(files) => files.into_iter().map(Ok).collect(),
        Err(e) => vec![Err(e)],
    };
    if let Some(dir) = user_dir.filter(|d| d.is_dir())
        && let Ok(files) = expand(dir)
    {
        results.extend(files.iter().map(|f| load_file(f, max_bytes)));
    }
    results
}

/// A missing path is named as such; any other failure keeps its cause.
fn io_error(path: &Path, source: std::io::Error) -> LoadError {
    let path = path.display().to_string();
    match source.kind() {
        std::io::ErrorKind::NotFound => LoadError::Missing { path },
        _ => LoadError::Read { path, source },
    }
}

/// The text of a file, at most `max_bytes` long and checked to be UTF-8. `-` reads standard input.
/// Only a regular file is read: a named pipe or a device is refused without waiting on it.
pub fn read_text(path: &Path, max_bytes: u64) -> Result<String, LoadError> {
    let shown = || path.display().to_string();
    let bytes = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(
            &mut std::io::Read::take(std::io::stdin().lock(), max_bytes.saturating_add(1)),
            &mut bytes,
        )
        .map_err(|source| LoadError::Read {
            path: "standard input".to_owned(),
            source,
        })?;
        (bytes.len() as u64 <= max_bytes).then_some(bytes)
    } else {
        let file = match file::open_to_read(path) {
            Ok(Some(file)) => file,
            Ok(None) => return Err(LoadError::Missing { path: shown() }),
            Err(OpenError::NotRegular(Kind::Folder)) => {
                return Err(LoadError::Folder { path: shown() });
            }
            Err(OpenError::NotRegular(kind)) => {
                return Err(LoadError::NotAFile {
                    path: shown(),
                    kind,
                });
            }
            Err(OpenError::Io(e)) => return Err(io_error(path, e)),
        };
        file::read_capped(file, max_bytes).map_err(|source| LoadError::Read {
            path: shown(),
            source,
        })?
    };
    let Some(bytes) = bytes else {
        return Err(LoadError::TooBig {
            path: shown(),
            max_mib: max_bytes as f64 / f64::from(1 << 20),
        });
    };
    let mut text = String::from_utf8(bytes).map_err(|e| LoadError::NotUtf8 {
        path: shown(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    if text.starts_with('\u{FEFF}') {
        text.drain(..'\u{FEFF}'.len_utf8());
    }
    Ok(text)
}

fn expand(path: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let shown = || path.display().to_string();
    let meta = fs::metadata(path).map_err(|e| io_error(path, e))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let entries = fs::read_dir(path).map_err(|source| LoadError::Read {
        path: shown(),
        source,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("json"))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(LoadError::EmptyFolder { path: shown() });
    }
    Ok(files)
}

fn load_file(path: &Path, max_bytes: u64) -> Result<Loaded, LoadError> {
    let text = read_text(path, max_bytes)?;
    parse(Origin::File(path.to_path_buf()), text)
}

/// Parses one file's text. A leading byte-order mark is allowed; trailing data after the JSON is not.
/// A `String` is kept as it is, not copied: a large bank is not held twice.
pub fn parse(origin: Origin, text: impl Into<String>) -> Result<Loaded, LoadError> {
    let text = text.into();
    let file = parse_json(&origin.to_string(), &text)?;
    Ok(Loaded { origin, text, file })
}

/// Parses `text` (the contents of `path`) as one JSON document of type `T`: a leading byte-order
/// mark is skipped, trailing text is an error, and errors carry the line, column and field path.
pub fn parse_json<T: serde::de::DeserializeOwned>(path: &str, text: &str) -> Result<T, LoadError> {
    let path = path.to_owned();
    let body = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if body.trim().is_empty() {
        return Err(LoadError::Empty { path });
    }
    // Most files are fine: parse at full speed, and only for a broken one parse again, tracking
    // the field path so that the error can name it.
    if let Ok(value) = serde_json::from_str(body) {
        return Ok(value);
    }
    let mut deserializer = serde_json::Deserializer::from_str(body);
    let value: T = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let field = e.path().to_string();
        let inner = e.into_inner();
        located(path.clone(), &field, &inner, body)
    })?;
    deserializer
        .end()
        .map_err(|e| located(path.clone(), ".", &e, body))?;
    Ok(value)
}

fn located(path: String, field: &str, error: &serde_json::Error, body: &str) -> LoadError {
    use serde_json::error::Category;
    let (line, column) = (error.line(), error.column());
    // A name or value the message echoes, and the line, are cut short: a file may hold a key of
    // 60 MB, and its error must still be a line or two.
    let message = did_you_mean(&strip_position(&cap_quoted(&error.to_string())));
    let field = &*cap(field, MAX_ECHO);
    let excerpt = cap(
        body.lines().nth(line.saturating_sub(1)).unwrap_or(""),
        2 * MAX_ECHO,
    )
    .into_owned();
    match error.classify() {
        Category::Data if field != "." => LoadError::Shape {
            path,
            line,
            column,
            field: field.to_owned(),
            message,
            excerpt,
        },
        _ => LoadError::Syntax {
            path,
            line,
            column,
            message,
            excerpt,
        },
    }
}

/// serde's "unknown field `evnt`, expected one of `id`, `event`" gains "; did you mean `event`?"
/// when one expected name is close to the unknown one.
fn did_you_mean(message: &str) -> String {
    let Some(rest) = message.strip_prefix("unknown field `") else {
        return message.to_owned();
    };
    let Some((unknown, expected)) = rest.split_once('`') else {
        return message.to_owned();
    };
    let best = expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|name| (strsim::damerau_levenshtein(unknown, name), name))
        .filter(|(distance, name)| *distance <= 2.max(name.len() / 3))
        .min();
    match best {
        Some((_, name)) => format!("{message}; did you mean `{name}`?"),
        None => message.to_owned(),
    }
}

/// serde_json ends its messages with " at line L column C"; we print the place first instead.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        match parse(Origin::File("x.json".into()), text) {
            Ok(_) => panic!("expected an error for {text:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn the_bundled_files_load() {
        let files = load_bundled().expect("bundled files parse");
        assert!(!files.is_empty());
        assert!(
            files
                .iter()
                .all(|f| matches!(f.origin, Origin::Bundled(n) if n.starts_with("questions/")))
        );
    }

    #[test]
    fn errors_name_the_file_and_place() {
        assert_eq!(error(""), "x.json: the file is empty");
        assert_eq!(
            error("{\n  \"format\": 1,\n  oops\n}"),
            "x.json:3:3: key must be a string"
        );
        let shape = error("{\"format\": \"one\"}");
        assert!(
            shape.starts_with("x.json:1:16: format: invalid type: string \"one\""),
            "{shape}"
        );
        let trailing = error(
            "{\"format\": 1, \"event\": {\"id\": \"e\", \"title\": \"t\", \"date\": {\"value\": \"2018\"}, \"summary\": \"s\", \"source\": {\"kind\": \"k\", \"paragraphs\": 1}}} x",
        );
        assert!(trailing.starts_with("x.json:1:"), "{trailing}");
        assert!(trailing.contains("trailing characters"), "{trailing}");
        let unknown = error("{\"format\": 1, \"evnt\": {}}");
        assert!(unknown.contains("unknown field `evnt`"), "{unknown}");
        assert!(unknown.ends_with("; did you mean `event`?"), "{unknown}");
        let far = error("{\"format\": 1, \"zzzzzz\": {}}");
        assert!(!far.contains("did you mean"), "{far}");
    }

    #[test]
    fn a_huge_name_is_echoed_cut_short() {
        let key = "k".repeat(100_000);
        let e = match parse(
            Origin::File("x.json".into()),
            format!("{{\"format\": 1, \"{key}\": {{}}}}"),
        ) {
            Err(e) => e,
            Ok(_) => panic!("an unknown key is an error"),
        };
        let (LoadError::Syntax {
            message, excerpt, ..
        }
        | LoadError::Shape {
            message, excerpt, ..
        }) = &e
        else {
            panic!("{e}")
        };
        assert!(message.starts_with("unknown field `kkk"), "{message}");
        assert!(
            message.contains("k…`, expected one of `$schema`"),
            "{message}"
        );
        assert!(message.len() < 400 && excerpt.len() < 1300, "{e}");
        assert!(e.to_string().len() < 1000);
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let text = format!("\u{FEFF}{}", bundled::BUNDLED[0].1);
        assert!(parse(Origin::File("bom.json".into()), &text).is_ok());
    }
}
