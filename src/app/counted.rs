//! Wiring for the answers a player counts as right with `!` (#11): keeping them after a game,
//! listing them (`factquiz aliases`), and judging lines with them (`factquiz judge`).

use std::io::{BufRead, Write};

use super::Context;
use super::files::load;
use crate::aliases::PlayerAlias;
use crate::commands;
use crate::config::JudgeRequest;
use crate::error::Error;
use crate::front;
use crate::store::Aliases;

/// Keeps the answers counted as right with `!` in `store`, so that the next game accepts them;
/// says so, or that they were not kept (`--no-save`).
pub(super) fn remember(
    new: &[PlayerAlias],
    store: Option<&Aliases>,
    stderr: &mut dyn Write,
) -> Result<(), Error> {
    if new.is_empty() {
        return Ok(());
    }
    let Some(store) = store else {
        writeln!(
            stderr,
            "factquiz: the answers counted as right with ! were not remembered (--no-save or no data folder)"
        )?;
        return Ok(());
    };
    for warning in store.add(new)? {
        writeln!(stderr, "factquiz: warning: {}", front::clean(&warning))?;
    }
    writeln!(
        stderr,
        "factquiz: {} answer{} counted as right with ! will be accepted next time (`factquiz aliases` lists them)",
        new.len(),
        if new.len() == 1 { "" } else { "s" }
    )?;
    Ok(())
}

/// The answers the player counted as right, read without changing anything (a file that cannot
/// be read is reported and left as it is); none without a data folder.
fn counted(context: &mut Context) -> Result<(Vec<PlayerAlias>, Option<Aliases>), Error> {
    let Some(dir) = context.data.clone() else {
        return Ok((Vec::new(), None));
    };
    let store = Aliases::new(dir);
    let loaded = store.read(false)?;
    for warning in &loaded.warnings {
        context.warn(warning)?;
    }
    Ok((loaded.aliases, Some(store)))
}

/// `factquiz aliases`: the answers counted as right with `!`.
pub(super) fn aliases(json: bool, context: &mut Context) -> Result<u8, Error> {
    let Some(dir) = context.data.clone() else {
        return Err(Error::NoDataFolder("no answers counted with !"));
    };
    let store = Aliases::new(dir);
    let loaded = store.read(false)?;
    for warning in &loaded.warnings {
        context.warn(warning)?;
    }
    // A file that cannot be read was warned about: its answers are not "none yet".
    let readable = loaded.warnings.is_empty();
    commands::aliases(
        &loaded.aliases,
        &store.path(),
        json,
        readable,
        &mut context.stdout,
    )?;
    Ok(0)
}

/// `factquiz judge`: the answers given, or one a line from standard input, judged as a game
/// judges them, the answers counted with `!` included.
pub(super) fn judge(request: &JudgeRequest, context: &mut Context) -> Result<u8, Error> {
    let files = load(&request.questions, context)?;
    let answers = if request.answers.is_empty() {
        lines(context.stdin.lock())?
    } else {
        request.answers.clone()
    };
    let (counted, _) = counted(context)?;
    commands::judge(&files, request, &answers, &counted, &mut context.stdout)?;
    Ok(0)
}

/// The lines of `input` (a line's ending, "\n" or "\r\n", left off); a line that is not UTF-8
/// text is named by its number.
fn lines(input: impl BufRead) -> Result<Vec<String>, Error> {
    let mut out = Vec::new();
    for (n, line) in input.split(b'\n').enumerate() {
        let mut bytes = line.map_err(|e| Error::Input(format!("cannot read it: {e}")))?;
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        let text = String::from_utf8(bytes).map_err(|e| {
            Error::Input(format!(
                "line {}: not UTF-8 text (at byte {})",
                n + 1,
                e.utf8_error().valid_up_to() + 1
            ))
        })?;
        out.push(text);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_standard_input() {
        let read = |bytes: &[u8]| lines(bytes).map_err(|e| e.to_string());
        assert_eq!(read(b"Wonsan\r\nOsan\n").unwrap(), ["Wonsan", "Osan"]);
        assert_eq!(read(b"").unwrap(), Vec::<String>::new());
        let error = read(b"Wonsan\nOs\xffan\n").unwrap_err();
        assert!(
            error.contains("line 2") && error.contains("not UTF-8"),
            "{error}"
        );
    }
}
