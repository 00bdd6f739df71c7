//! Wiring for the commands that read question files or texts: loading what a command works on,
//! `list`, `validate` (named files held against the events a game loads), `preview`, `draft` and
//! `import`.

use std::path::{Path, PathBuf};

use super::Context;
use crate::admit;
use crate::commands::{self, DraftRequest, ImportRequest};
use crate::error::Error;
use crate::loader::{self, Loaded, Origin};

/// Loads the question files a command works on: the ones named, each of which must be valid, or
/// the bundled ones and the user folder's, skipping (with a warning on stderr) any that is not.
pub(super) fn load(paths: &[PathBuf], context: &mut Context) -> Result<Vec<Loaded>, Error> {
    if !paths.is_empty() {
        return admit::strict(load_each(paths, context));
    }
    let admitted = load_default(context);
    for skipped in &admitted.skipped {
        context.warn_line(&skipped.to_string())?;
    }
    Ok(admitted.files)
}

/// The files a game plays by default, and those it skips.
pub(super) fn load_default(context: &Context) -> admit::Admitted {
    let known = |digest| context.cache.as_ref()?.get(digest);
    admit::forgiving(loader::load_default_known(
        context.user_questions().as_deref(),
        context.max_bytes,
        context.cache.as_ref().map(|_| &known as loader::Known),
    ))
}

/// The files at `paths`, a large one taken from the bank cache when it holds its bytes.
fn load_each(
    paths: &[PathBuf],
    context: &Context,
) -> Vec<Result<loader::Loaded, loader::LoadError>> {
    let known = |digest| context.cache.as_ref()?.get(digest);
    // Without a cache, no digest: the file is read once, as before.
    let known = context.cache.as_ref().map(|_| &known as loader::Known);
    loader::load_each_known(paths, context.max_bytes, known)
}

/// Stores in the bank cache each of `files` (admitted: without errors) that was read from its
/// bytes and not from the cache. Best effort: a cache that cannot be written is left alone.
pub(super) fn remember_checked(files: &[Loaded], context: &Context) {
    let Some(cache) = &context.cache else {
        return;
    };
    for loaded in files.iter().filter(|l| !l.checked) {
        if let Some(digest) = loaded.digest {
            cache.put(digest, &loaded.file);
        }
    }
}

/// The question file drafted in memory from the article at `path` (`--article`).
pub(super) fn article(path: &Path, context: &Context) -> Result<Loaded, Error> {
    let text = loader::read_text(path, context.max_bytes)?;
    commands::drafted(path, &text, &commands::article_options(path)).map(|(loaded, _)| loaded)
}

/// `factquiz list`.
pub(super) fn list(paths: &[PathBuf], json: bool, context: &mut Context) -> Result<u8, Error> {
    let files = load(paths, context)?;
    commands::list(&files, json, &mut context.stdout)?;
    Ok(0)
}

/// `factquiz validate`: the files named, or those a game loads, every problem listed. A large
/// file named alone whose bytes were checked before is reported from the cache.
pub(super) fn validate(
    paths: &[PathBuf],
    deny_warnings: bool,
    context: &mut Context,
) -> Result<u8, Error> {
    if let Some(code) = validate_found(paths, deny_warnings, context)? {
        return Ok(code);
    }
    let max = context.max_bytes;
    let results = if paths.is_empty() {
        loader::load_default(context.user_questions().as_deref(), max)
    } else {
        // Nothing is taken from the cache here (`validate_found` looked), but a large file gets
        // the digest of the bytes read, to store what is found in it.
        match context.cache {
            Some(_) => loader::load_each_hashed(paths, max),
            None => loader::load_each(paths, max),
        }
    };
    let (mut loaded, mut unreadable) = (Vec::new(), Vec::new());
    for result in results {
        match result {
            Ok(file) => loaded.push(file),
            Err(e) => unreadable.push(e),
        }
    }
    let origins: Vec<&Origin> = loaded.iter().map(|l| &l.origin).collect();
    let others = if paths.is_empty() {
        Vec::new()
    } else {
        others_than(&origins, context)
    };
    let code = match (paths, &loaded[..], &unreadable[..]) {
        ([_], [file], []) if file.digest.is_some() => {
            let found = crate::validate::findings(file);
            let shown = found.clone();
            let code = commands::validate_found(
                &file.origin,
                shown,
                &others,
                deny_warnings,
                &mut context.stdout,
            );
            remember_found(file, &found, context);
            code
        }
        _ => commands::validate(
            &loaded,
            &unreadable,
            &others,
            deny_warnings,
            &mut context.stdout,
        ),
    };
    // The process ends next: the system takes a large bank back at once, faster than
    // freeing it piece by piece.
    std::mem::forget(loaded);
    code
}

/// The report of the one large file `paths` names, from what the cache keeps for its bytes;
/// `None` when there is none.
fn validate_found(
    paths: &[PathBuf],
    deny_warnings: bool,
    context: &mut Context,
) -> Result<Option<u8>, Error> {
    let ([path], Some(cache)) = (paths, &context.cache) else {
        return Ok(None);
    };
    let origin = Origin::File(path.clone());
    let Some(found) = loader::large_digest(path, context.max_bytes)
        .and_then(|digest| cache.findings(digest, &origin.to_string()))
    else {
        return Ok(None);
    };
    let others = others_than(&[&origin], context);
    commands::validate_found(&origin, found, &others, deny_warnings, &mut context.stdout).map(Some)
}

/// The files a game loads, but for those at `origins`: a file named is held against them, since
/// two files for one event cannot both be played.
fn others_than(origins: &[&Origin], context: &Context) -> Vec<Loaded> {
    load_default(context)
        .files
        .into_iter()
        .filter(|o| !origins.iter().any(|l| same_origin(l, &o.origin)))
        .collect()
}

/// Keeps what `validate` found in `file` (read for its digest) when it has no errors. Best effort,
/// as every write to the cache. The checked form is not stored here: writing a large bank would
/// make the first `validate` of it slower; the first game stores it.
fn remember_found(file: &Loaded, found: &crate::validate::Findings, context: &Context) {
    if let (Some(cache), Some(digest)) = (&context.cache, file.digest)
        && !crate::validate::has_errors(&found.problems)
    {
        cache.put_findings(digest, found);
    }
}

/// `factquiz preview`: the questions of the file at `path` (or of those a game loads), with
/// distractors borrowed from the events a game loads.
pub(super) fn preview(
    path: Option<PathBuf>,
    json: bool,
    context: &mut Context,
) -> Result<u8, Error> {
    let Some(path) = path else {
        let files = load(&[], context)?;
        commands::preview(&files, &files, json, &mut context.stdout)?;
        return Ok(0);
    };
    let shown = load(std::slice::from_ref(&path), context)?;
    let mut pool = shown.clone();
    pool.extend(load_default(context).files.into_iter().filter(|l| {
        let same_file = shown.iter().any(|s| same_origin(&s.origin, &l.origin));
        let same_event = shown.iter().any(|s| s.file.event.id == l.file.event.id);
        !same_file && !same_event
    }));
    commands::preview(&shown, &pool, json, &mut context.stdout)?;
    Ok(0)
}

/// `factquiz draft`: a question file drafted from the article at the request's path.
pub(super) fn draft(request: &DraftRequest, context: &mut Context) -> Result<u8, Error> {
    let text = loader::read_text(&request.path, context.max_bytes)?;
    commands::draft(request, &text, &mut context.stdout, &mut context.stderr)?;
    Ok(0)
}

/// `factquiz import`: questions from another format, held against the events a game would load
/// but for the file the import replaces (with `--force`).
pub(super) fn import(request: &ImportRequest, context: &mut Context) -> Result<u8, Error> {
    let mut loaded = load_default(context).files;
    if let Some(output) = &request.output {
        loaded.retain(|l| !matches!(&l.origin, Origin::File(p) if loader::is_same_file(p, output)));
    }
    let text = loader::read_text(&request.path, context.max_bytes)?;
    commands::import(
        request,
        &text,
        &loaded,
        &mut context.stdout,
        &mut context.stderr,
    )?;
    Ok(0)
}

/// Whether two files came from the same place.
fn same_origin(a: &Origin, b: &Origin) -> bool {
    match (a, b) {
        (Origin::File(a), Origin::File(b)) => loader::is_same_file(a, b),
        (a, b) => a == b,
    }
}
