//! Reading question files: the bundled ones built into the binary, or files and folders named by the
//! user. The only code that reads question files; it reports where a file is broken
//! (line:column and field path) and does not judge meaning (see `validate`).

use std::borrow::Cow;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use crate::model::QuestionFile;
use crate::shape;
use crate::store::file::{self, Kind, OpenError};

mod json;
mod parts;
mod quick;
mod stream;
mod vouched;

pub use json::{parse_json, plain};
pub use parts::{PARTS_FROM, parse_parts};
pub use stream::{read_hashed, read_pieces};

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
    /// The file's text, kept so later stages can point at lines; empty for a large file read in
    /// pieces (see `source_text`).
    pub text: String,
    pub file: QuestionFile,
    /// The xxh3-128 digest of the file's bytes, when it was read for the bank cache (a large
    /// file, `load_each_known`): the key its checked form is stored under.
    pub digest: Option<u128>,
    /// Whether the file is known to have no errors: it came from the bank cache, which holds only
    /// files that were checked and had none, or it is a shipped bundled file whose bytes a test has
    /// checked (`vouched`): a game does not check it again at every start.
    pub checked: bool,
}

impl Loaded {
    /// Frees the file's text once nothing will point at its lines (a game, once its files are
    /// admitted): a large bank is then not held twice, as text and as facts.
    pub fn forget_text(&mut self) {
        self.text = String::new();
    }

    /// The file's text to point at lines in: the text kept, or else the file read again (a large
    /// file read in pieces is not held as text, only read again when a problem is to be placed).
    /// Empty when the file can no longer be read.
    pub fn source_text(&self) -> Cow<'_, str> {
        source_text(&self.origin, &self.text)
    }

    /// The start of `source_text`: the text kept, or else about the first `bytes` bytes of the
    /// file read again (cut where a character ends), to place problems near a large file's start
    /// without reading it all again. `None` when it cannot be read so (standard input, a file
    /// that cannot be opened or read, bytes that are not UTF-8).
    pub fn source_start(&self, bytes: usize) -> Option<Cow<'_, str>> {
        let Origin::File(path) = &self.origin else {
            return Some(Cow::Borrowed(&self.text));
        };
        if !self.text.is_empty() {
            return Some(Cow::Borrowed(&self.text));
        }
        if path.as_os_str() == "-" {
            return None;
        }
        let file = file::open_to_read(path).ok()??;
        let mut start = Vec::with_capacity(bytes);
        let limit = u64::try_from(bytes).unwrap_or(u64::MAX);
        std::io::Read::read_to_end(&mut std::io::Read::take(file, limit), &mut start).ok()?;
        match std::str::from_utf8(&start) {
            Ok(_) => {}
            // Cut inside a character: the part before it.
            Err(e) if e.error_len().is_none() => start.truncate(e.valid_up_to()),
            Err(_) => return None,
        }
        let mut text = String::from_utf8(start).ok()?;
        if text.starts_with('\u{FEFF}') {
            text.drain(..'\u{FEFF}'.len_utf8());
        }
        Some(Cow::Owned(text))
    }
}

/// The text of the file from `origin` to point at lines in: `kept` when it holds it, else the
/// file read again; empty when it can no longer be read.
pub fn source_text<'t>(origin: &Origin, kept: &'t str) -> Cow<'t, str> {
    match origin {
        Origin::File(path) if kept.is_empty() => {
            read_text(path, u64::MAX).map_or(Cow::Borrowed(""), Cow::Owned)
        }
        _ => Cow::Borrowed(kept),
    }
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
    /// The file is not JSON, or not a question file: every mistake found, in order.
    #[error("{}", malformed(path, mistakes))]
    Malformed {
        path: String,
        mistakes: Vec<Located>,
    },
}

impl LoadError {
    /// The file or folder the error is about, as shown.
    pub fn path(&self) -> &str {
        match self {
            LoadError::Read { path, .. }
            | LoadError::Missing { path }
            | LoadError::EmptyFolder { path }
            | LoadError::Empty { path }
            | LoadError::Folder { path }
            | LoadError::NotAFile { path, .. }
            | LoadError::TooBig { path, .. }
            | LoadError::NotUtf8 { path, .. }
            | LoadError::Malformed { path, .. } => path,
        }
    }
}

/// One mistake in a file's text, with its place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub line: usize,
    pub column: usize,
    /// The field path (`facts[3].paragraphs`); empty for the document itself.
    pub field: String,
    /// What is wrong, and the fix, in plain words.
    pub message: String,
    /// The line of the file the mistake is on.
    pub excerpt: String,
}

impl Located {
    /// `path:line:column: field: message`.
    pub fn describe(&self, path: &str) -> String {
        let field = if self.field.is_empty() {
            String::new()
        } else {
            format!("{}: ", self.field)
        };
        format!(
            "{path}:{}:{}: {field}{}",
            self.line, self.column, self.message
        )
    }
}

fn malformed(path: &str, mistakes: &[Located]) -> String {
    let lines: Vec<String> = mistakes.iter().map(|m| m.describe(path)).collect();
    lines.join("\n")
}

/// How large a file the loader reads unless told otherwise: 64 MiB.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 << 20;

/// The question files built into the binary. The shipped ones a test has checked (their digests
/// in `vouched`) are marked `checked`, so a game does not spend its start checking them again; a
/// file added to `questions/` or edited since is checked at every start like any other, and
/// skipped when it has errors. `validate` still checks every one in full (it looks at warnings).
pub fn load_bundled() -> Result<Vec<Loaded>, LoadError> {
    bundled::BUNDLED
        .iter()
        .map(|(name, text)| bundled_file(name, text))
        .collect()
}

/// One bundled file: `checked` when a test has checked these very bytes.
fn bundled_file(name: &'static str, text: &str) -> Result<Loaded, LoadError> {
    let mut loaded = parse(Origin::Bundled(name), text)?;
    loaded.checked = vouched::vouched(text);
    Ok(loaded)
}

/// Where checked question files are looked up by the digest of their bytes (the bank cache).
pub type Known<'k> = &'k dyn Fn(u128) -> Option<QuestionFile>;

/// Every file at `paths` (each a file, or a folder whose `*.json` files are read in name order),
/// each loaded or with the reason it could not be, so that one broken file does not hide the
/// problems of the others.
pub fn load_each(paths: &[PathBuf], max_bytes: u64) -> Vec<Result<Loaded, LoadError>> {
    load_each_known(paths, max_bytes, None)
}

/// `load_each`, a large file taken from `known` when it holds the file's bytes' digest (and
/// given its digest either way, to be stored once checked).
pub fn load_each_known(
    paths: &[PathBuf],
    max_bytes: u64,
    known: Option<Known>,
) -> Vec<Result<Loaded, LoadError>> {
    each(paths, max_bytes, known.map_or(Lookup::No, Lookup::In))
}

/// `load_each`, a large file given the digest of the bytes it was read from (to store what is
/// found in it), without looking it up: the file is read once.
pub fn load_each_hashed(paths: &[PathBuf], max_bytes: u64) -> Vec<Result<Loaded, LoadError>> {
    each(paths, max_bytes, Lookup::HashOnly)
}

/// Whether a large file is looked up in the bank cache, or only hashed.
#[derive(Clone, Copy)]
enum Lookup<'k> {
    No,
    HashOnly,
    In(Known<'k>),
}

fn each(paths: &[PathBuf], max_bytes: u64, lookup: Lookup) -> Vec<Result<Loaded, LoadError>> {
    let mut results = Vec::new();
    for path in paths {
        match expand(path) {
            Ok(files) => results.extend(files.iter().map(|f| load_file(f, max_bytes, lookup))),
            Err(e) => results.push(Err(e)),
        }
    }
    results
}

/// The default set: the bundled files, then the `*.json` files in the user's question folder
/// (`user_dir`), which may be missing or empty.
pub fn load_default(user_dir: Option<&Path>, max_bytes: u64) -> Vec<Result<Loaded, LoadError>> {
    load_default_known(user_dir, max_bytes, None)
}

/// `load_default`, with the user folder's large files taken from `known` (`load_each_known`).
pub fn load_default_known(
    user_dir: Option<&Path>,
    max_bytes: u64,
    known: Option<Known>,
) -> Vec<Result<Loaded, LoadError>> {
    let mut results: Vec<Result<Loaded, LoadError>> = match load_bundled() {
        Ok(files) => files.into_iter().map(Ok).collect(),
        Err(e) => vec![Err(e)],
    };
    if let Some(dir) = user_dir.filter(|d| d.is_dir())
        && let Ok(files) = expand(dir)
    {
        let lookup = known.map_or(Lookup::No, Lookup::In);
        results.extend(files.iter().map(|f| load_file(f, max_bytes, lookup)));
    }
    results
}

/// Whether `a` and `b` name the same file (`b` may not exist yet: then its folder is compared).
pub fn is_same_file(a: &Path, b: &Path) -> bool {
    let full = |p: &Path| {
        fs::canonicalize(p).ok().or_else(|| {
            let folder = match p.parent() {
                Some(f) if !f.as_os_str().is_empty() => f,
                _ => Path::new("."),
            };
            Some(fs::canonicalize(folder).ok()?.join(p.file_name()?))
        })
    };
    match (full(a), full(b)) {
        (Some(a), Some(b)) => a == b,
        _ => a == b,
    }
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
                && !is_schema(p)
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(LoadError::EmptyFolder { path: shown() });
    }
    Ok(files)
}

/// A JSON Schema kept beside question files (`question-file.schema.json`, written by `factquiz
/// new`) is not a question file.
fn is_schema(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|n| n.to_string_lossy().to_lowercase().ends_with(".schema.json"))
}

fn load_file(path: &Path, max_bytes: u64, lookup: Lookup) -> Result<Loaded, LoadError> {
    let origin = Origin::File(path.to_path_buf());
    let before = match lookup {
        Lookup::In(_) => large_digest(path, max_bytes),
        _ => None,
    };
    if let (Lookup::In(known), Some(digest)) = (lookup, before)
        && let Some(file) = known(digest)
    {
        return Ok(Loaded {
            origin,
            text: String::new(),
            file,
            digest: Some(digest),
            checked: true,
        });
    }
    // Without a cache (`Lookup::No`) the bytes are not hashed at all.
    let hashed = !matches!(lookup, Lookup::No);
    if let Some((file, read)) =
        large(path, max_bytes).and_then(|f| read_large(f, max_bytes, hashed))
    {
        // Stored only when the bytes parsed are those looked up (the file did not change), or
        // when nothing was looked up: the digest is then of the very bytes parsed.
        let digest = match lookup {
            Lookup::No => None,
            Lookup::HashOnly => read,
            Lookup::In(_) => before.filter(|d| Some(*d) == read),
        };
        return Ok(Loaded {
            origin,
            text: String::new(),
            file,
            digest,
            checked: false,
        });
    }
    let text = read_text(path, max_bytes)?;
    parse(origin, text)
}

/// The xxh3-128 digest of the bytes of the large file at `path` (the bank cache's key); `None`
/// for a file that is not large (see `large`) or cannot be read.
pub fn large_digest(path: &Path, max_bytes: u64) -> Option<u128> {
    digest(large(path, max_bytes)?, max_bytes)
}

/// A regular file of at least `PARTS_FROM` bytes and at most `max_bytes`, opened; `None` for
/// anything else (a small file, standard input, a file that cannot be opened), which is read whole.
fn large(path: &Path, max_bytes: u64) -> Option<fs::File> {
    if path.as_os_str() == "-" {
        return None;
    }
    let file = file::open_to_read(path).ok()??;
    let size = file.metadata().ok()?.len();
    (PARTS_FROM as u64..=max_bytes)
        .contains(&size)
        .then_some(file)
}

/// The xxh3-128 digest of `file`'s bytes, read a piece at a time (never held whole); `None` when
/// it cannot be read or has grown past `max_bytes`.
fn digest(file: fs::File, max_bytes: u64) -> Option<u128> {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    let mut buf = vec![0; 256 << 10];
    let mut input = std::io::Read::take(file, max_bytes.saturating_add(1));
    let mut read = 0u64;
    loop {
        match std::io::Read::read(&mut input, &mut buf) {
            Ok(0) => return (read <= max_bytes).then(|| hasher.digest128()),
            Ok(n) => {
                read += n as u64;
                hasher.update(&buf[..n]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
}

/// A large file read in pieces, never held whole as text, with the digest of its bytes when
/// `hashed`; `None` when it has a mistake (it is then read whole, which names it).
fn read_large(
    file: fs::File,
    max_bytes: u64,
    hashed: bool,
) -> Option<(QuestionFile, Option<u128>)> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let size = file.metadata().ok().map(|m| m.len());
    if hashed {
        let (file, digest) = stream::read_sized(file, size, max_bytes, stream::PIECE, cores)?;
        Some((file, Some(digest)))
    } else {
        let file = stream::read_unhashed(file, size, max_bytes, stream::PIECE, cores)?;
        Some((file, None))
    }
}

/// Parses one file's text. A leading byte-order mark is allowed; trailing data after the JSON is not.
/// A `String` is kept as it is, not copied: a large bank is not held twice. A large file is read
/// on two cores (`parse_parts`) when it has no mistake.
pub fn parse(origin: Origin, text: impl Into<String>) -> Result<Loaded, LoadError> {
    let text = text.into();
    let body = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let quick = (body.len() >= PARTS_FROM && cores > 1)
        .then(|| parse_parts(body))
        .flatten();
    let file = match quick {
        Some(file) => file,
        None => parse_json(&origin.to_string(), &text, &shape::QUESTION_FILE)?,
    };
    Ok(Loaded {
        origin,
        text,
        file,
        digest: None,
        checked: false,
    })
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

    /// A large file's start read again to place its problems: without its byte order mark (as the
    /// whole text is read), cut back to where a character ends, and not at all when it cannot be
    /// read as text (the whole file is then read, as before) or comes from standard input.
    #[test]
    fn a_files_start_read_again_is_cut_where_a_character_ends_and_drops_its_mark() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bank.json");
        let mut loaded = parse(Origin::File(path.clone()), bundled::BUNDLED[0].1).unwrap();
        loaded.text.clear();
        let body = "{\"format\": 1, \"note\": \"caf\u{e9}\"}";
        fs::write(&path, format!("\u{FEFF}{body}")).unwrap();
        let mark = '\u{FEFF}'.len_utf8();
        let inside = mark + body.find('\u{e9}').unwrap() + 1;
        assert_eq!(
            loaded.source_start(inside).as_deref(),
            Some(&body[..inside - mark - 1])
        );
        assert_eq!(loaded.source_start(1 << 20).as_deref(), Some(body));
        fs::write(&path, b"{\"note\": \"\xff\"}").unwrap();
        assert_eq!(loaded.source_start(1 << 20), None);
        loaded.origin = Origin::File("-".into());
        assert_eq!(loaded.source_start(1 << 20), None);
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
    fn the_bundled_files_have_no_errors_when_checked_again() {
        let bundled = load_bundled().expect("bundled files parse");
        assert!(
            bundled.iter().all(|f| f.checked),
            "bundled files are marked checked"
        );
        // The same texts read as files nobody vouches for: every check a game runs is run.
        let again: Vec<Loaded> = bundled::BUNDLED
            .iter()
            .map(|(name, text)| parse(Origin::File(name.into()), *text).unwrap())
            .collect();
        assert!(again.iter().all(|f| !f.checked));
        assert_eq!(crate::validate::errors(&again), vec![]);
        // A bundled text with an error is caught by the same call: the test can fail.
        let broken =
            bundled::BUNDLED[0]
                .1
                .replacen("\"paragraphs\": [", "\"paragraphs\": [999, ", 1);
        assert_ne!(broken, bundled::BUNDLED[0].1);
        let file = parse(Origin::File("broken.json".into()), broken.as_str()).unwrap();
        assert!(!crate::validate::errors(&[file]).is_empty());
        // Built into the binary from `questions/` (a file added there, or a shipped one edited),
        // it is not vouched for: a game checks it and skips it, as before.
        let bundled = bundled_file("questions/zz.json", &broken).unwrap();
        assert!(!bundled.checked);
        assert!(!crate::validate::errors(&[bundled]).is_empty());
    }

    #[test]
    fn errors_name_the_file_and_place() {
        assert_eq!(error(""), "x.json: the file is empty");
        let stray = error("{\n  \"format\": 1,\n  oops\n}");
        assert!(
            stray.starts_with("x.json:1:1: event: the file needs \"event\"")
                && stray.contains("\nx.json:3:3: \"oops\" does not belong here"),
            "{stray}"
        );
        let shape = error("{\"format\": \"one\"}");
        assert!(
            shape.contains("x.json:1:12: format: format must be the format version, the number 1, not text (\"one\")"),
            "{shape}"
        );
        let trailing = error(
            "{\"format\": 1, \"event\": {\"id\": \"e\", \"title\": \"t\", \"date\": {\"value\": \"2018\"}, \"summary\": \"s\", \"source\": {\"kind\": \"k\", \"paragraphs\": 1}}} x",
        );
        assert!(trailing.starts_with("x.json:1:"), "{trailing}");
        assert!(trailing.contains("already ended"), "{trailing}");
        let unknown = error("{\"format\": 1, \"evnt\": {}}");
        assert!(
            unknown.contains("evnt: \"evnt\" is not a field of the file"),
            "{unknown}"
        );
        assert!(unknown.ends_with("; did you mean \"event\"?"), "{unknown}");
        let far = error("{\"format\": 1, \"zzzzzz\": {}}");
        assert!(!far.contains("did you mean"), "{far}");
    }

    /// Should serde and the shape check ever disagree, serde's own complaint is said in plain
    /// words too: every kind of serde_json error, translated, holds none of its vocabulary.
    #[test]
    fn serde_errors_are_said_in_plain_words() {
        let texts = [
            "{",
            "{\"a\" 1}",
            "{\"a\": 1,}",
            "[1 2]",
            "{1: 2}",
            "\"\\q\"",
            "01",
            "1e999",
            "\"a\nb\"",
            "{} x",
            "nope",
            "{\"format\": \"one\"}",
            "{\"format\": -1}",
            "{\"event\": []}",
            "{\"claims\": [{\"verdict\": true}]}",
        ];
        for text in texts {
            let error = serde_json::from_str::<QuestionFile>(text).unwrap_err();
            let said = plain(&error);
            for word in shape::JARGON {
                assert!(
                    !said.contains(word),
                    "{text:?}: {said:?} says {word:?} ({error})"
                );
            }
        }
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
        let LoadError::Malformed { mistakes, .. } = &e else {
            panic!("{e}")
        };
        assert!(!mistakes.is_empty(), "{e}");
        for m in mistakes {
            assert!(
                m.message.chars().count() < 400 && m.excerpt.chars().count() < 1300,
                "{e}"
            );
            assert!(m.field.chars().count() < 400, "{e}");
        }
        assert!(e.to_string().contains("k…"), "{e}");
        assert!(e.to_string().len() < 1000);
    }

    #[test]
    fn a_byte_order_mark_is_accepted() {
        let text = format!("\u{FEFF}{}", bundled::BUNDLED[0].1);
        assert!(parse(Origin::File("bom.json".into()), &text).is_ok());
    }
}
