//! Where the player's answers come from: a line editor when they type in a terminal (arrow keys,
//! history, Ctrl-C and Ctrl-D told apart), or plain lines from a pipe, a file or a test.

use std::io::{self, BufRead, Write};
use std::time::{Duration, Instant};

use std::borrow::Cow;

use rustyline::completion::Completer;
use rustyline::config::{BellStyle, ColorMode};
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::DefaultHistory;
use rustyline::validate::Validator;
use rustyline::{
    Cmd, ConditionalEventHandler, Event, EventContext, EventHandler, Helper, KeyCode, KeyEvent,
    Modifiers, RepeatCount,
};

use super::text::{clean, clean_line, unsafe_char};

/// One read at the prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    Text(String),
    /// End of input (Ctrl-D, or the end of a pipe or file).
    End,
    /// Ctrl-C at the prompt.
    Interrupted,
    /// The time limit of a timed game ran out before a line was typed.
    TimeUp,
}

pub trait Input {
    /// Shows `prompt` on `out` (or the terminal) and reads one line.
    fn read(&mut self, prompt: &str, out: &mut dyn Write) -> io::Result<Line>;

    /// Reads one line to be typed by `deadline`, showing the seconds left before `prompt`. An
    /// input that cannot wait with a deadline shows them once and reads as `read` does (a line
    /// that comes late is judged late); a terminal counts down and gives `Line::TimeUp`.
    fn read_by(
        &mut self,
        prompt: &str,
        deadline: Instant,
        out: &mut dyn Write,
    ) -> io::Result<Line> {
        let left = deadline.saturating_duration_since(Instant::now());
        self.read(&format!("{} {prompt}", seconds_left(left)), out)
    }

    /// How many lines in a row that are not answers to end the game after: a person at a terminal
    /// is asked again as long as it takes; a pipe such as `yes t` must not keep the game going
    /// for ever.
    fn patience(&self) -> Option<usize> {
        None
    }
}

/// The seconds left as the prompt shows them: "9 s", counting whole seconds up.
pub fn seconds_left(left: Duration) -> String {
    format!("{} s", left.as_millis().div_ceil(1000))
}

/// Lines from any reader; `echo` writes each answer after the prompt, for input that does not
/// show itself (a pipe or a file), so transcripts read like a game.
pub struct Lines<R> {
    pub reader: R,
    pub echo: bool,
}

/// Lines that are not answers, in a row, after which piped input ends the game.
pub const PATIENCE: usize = 20;

/// The most of one line kept; the rest of a longer line is read and dropped.
const MAX_LINE: usize = 4096;

impl<R: BufRead> Input for Lines<R> {
    fn patience(&self) -> Option<usize> {
        Some(PATIENCE)
    }

    fn read(&mut self, prompt: &str, out: &mut dyn Write) -> io::Result<Line> {
        write!(out, "{prompt}")?;
        out.flush()?;
        let Some(line) = read_bounded(&mut self.reader)? else {
            writeln!(out)?;
            return Ok(Line::End);
        };
        if self.echo {
            writeln!(out, "{}", clean_line(&line))?;
        }
        Ok(Line::Text(line))
    }
}

/// One line without its ending, at most `MAX_LINE` bytes of it kept, invalid UTF-8 replaced.
fn read_bounded(reader: &mut dyn BufRead) -> io::Result<Option<String>> {
    let mut kept = Vec::new();
    let mut any = false;
    loop {
        let buffer = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buffer.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => (&buffer[..=at], true),
            None => (buffer, false),
        };
        let room = MAX_LINE.saturating_sub(kept.len());
        kept.extend_from_slice(&chunk[..chunk.len().min(room)]);
        let used = chunk.len();
        reader.consume(used);
        if done {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    let text = String::from_utf8_lossy(&kept);
    Ok(Some(text.trim_end_matches(['\n', '\r']).to_owned()))
}

/// The line editor, for a player at a terminal.
pub struct Editor {
    editor: rustyline::Editor<Shown, DefaultHistory>,
}

impl Editor {
    /// `own_terminal`: talk to the terminal itself (`/dev/tty`) rather than stdout, for when
    /// stdout carries something else (`--json`).
    pub fn new(own_terminal: bool) -> io::Result<Editor> {
        let behavior = if own_terminal {
            rustyline::config::Behavior::PreferTerm
        } else {
            rustyline::config::Behavior::Stdio
        };
        let config = rustyline::Config::builder()
            .behavior(behavior)
            // A pasted text comes key by key, through `Filter`, rather than whole into the line.
            .bracketed_paste(false)
            // The line is always shown through `Shown`, which adds no colour, NO_COLOR or not.
            .color_mode(ColorMode::Forced)
            // A bell is a raw control character too.
            .bell_style(BellStyle::None)
            .build();
        let mut editor = rustyline::Editor::with_config(config).map_err(io::Error::other)?;
        editor.set_helper(Some(Shown));
        editor.bind_sequence(Event::Any, EventHandler::Conditional(Box::new(Filter)));
        Ok(Editor { editor })
    }
}

/// Keeps the characters `clean` escapes out of the line being edited: a typed or pasted one is
/// dropped, so the terminal never gets it raw, the cursor stays where the text is, and the line
/// is judged as the player sees it (the judge ignores such characters anyway, as it does in
/// piped input). Ways in that would bypass this (a bracketed paste, which rustyline inserts
/// whole; quoted insert, Ctrl-V) do nothing. C0 and C1 controls never get here as text:
/// rustyline reads them as keys (Ctrl-G, Esc...).
struct Filter;

impl ConditionalEventHandler for Filter {
    fn handle(&self, evt: &Event, _: RepeatCount, _: bool, _: &EventContext) -> Option<Cmd> {
        let KeyEvent(code, modifiers) = *evt.get(0)?;
        match code {
            KeyCode::Char(c) if unsafe_char(c) => Some(Cmd::Noop),
            KeyCode::BracketedPasteStart | KeyCode::BracketedPasteEnd => Some(Cmd::Noop),
            KeyCode::Char('V' | 'Q') if modifiers == Modifiers::CTRL => Some(Cmd::Noop),
            _ => None,
        }
    }
}

/// Shows the line with every character `clean` escapes escaped: a last guard behind `Filter`,
/// should such a character reach the line some other way.
struct Shown;

impl Highlighter for Shown {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        clean(line)
    }

    fn highlight_char(&self, line: &str, _pos: usize, _kind: CmdKind) -> bool {
        // A full redraw through `highlight`, not the raw character, when there is one to escape.
        line.chars().any(unsafe_char)
    }
}

impl Completer for Shown {
    type Candidate = String;
}

impl Hinter for Shown {
    type Hint = String;
}

impl Validator for Shown {}

impl Helper for Shown {}

impl Input for Editor {
    fn read(&mut self, prompt: &str, out: &mut dyn Write) -> io::Result<Line> {
        out.flush()?;
        match self.editor.readline(prompt) {
            Ok(line) => {
                let _ = self.editor.add_history_entry(line.as_str());
                Ok(Line::Text(line))
            }
            Err(ReadlineError::Eof) => Ok(Line::End),
            Err(ReadlineError::Interrupted) => Ok(Line::Interrupted),
            Err(ReadlineError::Io(e)) => Err(e),
            Err(e) => Err(io::Error::other(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_read_one_at_a_time_and_long_ones_cut() {
        let long = "x".repeat(MAX_LINE * 3);
        let text = format!("first\r\n{long}\nlast");
        let mut input = Lines {
            reader: text.as_bytes(),
            echo: true,
        };
        let mut out = Vec::new();
        assert_eq!(
            input.read("> ", &mut out).unwrap(),
            Line::Text("first".into())
        );
        let Line::Text(cut) = input.read("> ", &mut out).unwrap() else {
            panic!()
        };
        assert_eq!(cut.len(), MAX_LINE);
        assert_eq!(
            input.read("> ", &mut out).unwrap(),
            Line::Text("last".into())
        );
        assert_eq!(input.read("> ", &mut out).unwrap(), Line::End);
        assert!(String::from_utf8(out).unwrap().starts_with("> first\n> "));
    }

    #[test]
    fn invalid_utf8_is_replaced_not_an_error() {
        let mut input = Lines {
            reader: &b"caf\xe9\n"[..],
            echo: false,
        };
        assert_eq!(
            input.read("", &mut Vec::new()).unwrap(),
            Line::Text("caf\u{fffd}".into())
        );
    }
}
