//! The answer prompt of a timed game at a terminal: the seconds left count down beside the line
//! being typed, and when they run out the question ends on its own (`Line::TimeUp`). The line
//! editor cannot be stopped from outside a read, so a timed game reads keys itself: typed text,
//! Backspace, Ctrl-U, Enter, Ctrl-C and Ctrl-D; other keys (arrows, function keys) do nothing.

use std::io::{self, Write};
use std::os::fd::RawFd;
use std::time::{Duration, Instant};

use super::input::{Input, Line, seconds_left};
use super::text::{columns, unsafe_char};

/// Keys from the terminal on standard input, read with a deadline.
pub struct Countdown {
    fd: RawFd,
    /// The columns the prompt and the typed line may take.
    width: usize,
}

impl Countdown {
    /// For a terminal on standard input whose lines take `width` columns.
    pub fn new(width: usize) -> Countdown {
        Countdown {
            fd: libc::STDIN_FILENO,
            width,
        }
    }

    fn read_line(
        &mut self,
        prompt: &str,
        deadline: Option<Instant>,
        out: &mut dyn Write,
    ) -> io::Result<Line> {
        let _raw = RawMode::enter(self.fd)?;
        let mut typed = Typed::default();
        loop {
            let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
            self.draw(prompt, left, &typed.line, out)?;
            if left == Some(Duration::ZERO) {
                writeln!(out)?;
                return Ok(Line::TimeUp);
            }
            // Wake when the shown second changes, or at once for a key.
            let wait = left.map_or(-1, |left| {
                let into = left.as_millis() % 1000;
                i32::try_from(if into == 0 { 1000 } else { into }).unwrap_or(1000)
            });
            if !self.ready(wait)? {
                continue;
            }
            let mut buffer = [0u8; 256];
            // SAFETY: `read` writes at most `buffer.len()` bytes into `buffer`.
            let n = unsafe { libc::read(self.fd, buffer.as_mut_ptr().cast(), buffer.len()) };
            if n < 0 {
                let e = io::Error::last_os_error();
                if e.kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                return Err(e);
            }
            if n == 0 {
                writeln!(out)?;
                return Ok(Line::End);
            }
            for &byte in &buffer[..n as usize] {
                if let Some(line) = typed.key(byte) {
                    if let Line::Text(text) = &line {
                        // The keys of this read are not on the screen yet (typed fast or
                        // pasted with the Enter): the line goes up as it is answered.
                        let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
                        self.draw(prompt, left, text, out)?;
                    }
                    writeln!(out)?;
                    return Ok(line);
                }
            }
        }
    }

    /// Whether a key waits to be read, after at most `wait` milliseconds (-1: for ever).
    fn ready(&self, wait: i32) -> io::Result<bool> {
        let mut poll = libc::pollfd {
            fd: self.fd,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid `pollfd`, and its count, 1.
        match unsafe { libc::poll(&mut poll, 1, wait) } {
            n if n > 0 => Ok(true),
            0 => Ok(false),
            _ => match io::Error::last_os_error() {
                e if e.kind() == io::ErrorKind::Interrupted => Ok(false),
                e => Err(e),
            },
        }
    }

    /// The prompt line drawn again: the seconds left, `prompt`, and as much of the end of the
    /// typed line as fits.
    fn draw(
        &self,
        prompt: &str,
        left: Option<Duration>,
        line: &str,
        out: &mut dyn Write,
    ) -> io::Result<()> {
        let head = match left {
            Some(left) => format!("{} {prompt}", seconds_left(left)),
            None => prompt.to_owned(),
        };
        let room = self.width.saturating_sub(columns(&head) + 1);
        let mut shown: Vec<char> = Vec::new();
        let mut used = 0;
        for c in line.chars().rev() {
            used += columns(c.encode_utf8(&mut [0; 4]));
            if used > room {
                break;
            }
            shown.push(c);
        }
        let shown: String = shown.into_iter().rev().collect();
        write!(out, "\r\u{1b}[K{head}{shown}")?;
        out.flush()
    }
}

impl Input for Countdown {
    fn read(&mut self, prompt: &str, out: &mut dyn Write) -> io::Result<Line> {
        self.read_line(prompt, None, out)
    }

    fn read_by(
        &mut self,
        prompt: &str,
        deadline: Instant,
        out: &mut dyn Write,
    ) -> io::Result<Line> {
        self.read_line(prompt, Some(deadline), out)
    }
}

/// The line being typed, key by key.
#[derive(Default)]
struct Typed {
    line: String,
    /// The bytes of a character not yet whole (UTF-8 comes a byte at a time).
    partial: Vec<u8>,
    /// Within an escape sequence (an arrow key, say): the bytes read of it.
    escape: Option<usize>,
}

impl Typed {
    /// Takes one byte; the line read, when it ends one.
    fn key(&mut self, byte: u8) -> Option<Line> {
        if let Some(read) = self.escape {
            // ESC [ parameters final, or ESC O final, or ESC and one key.
            let done = match read {
                0 => !matches!(byte, b'[' | b'O'),
                _ => (0x40..=0x7e).contains(&byte),
            };
            self.escape = if done { None } else { Some(read + 1) };
            return None;
        }
        match byte {
            0x03 => return Some(Line::Interrupted),
            0x04 if self.line.is_empty() => return Some(Line::End),
            b'\r' | b'\n' => return Some(Line::Text(std::mem::take(&mut self.line))),
            0x7f | 0x08 => {
                self.line.pop();
            }
            0x15 => self.line.clear(),
            0x1b => self.escape = Some(0),
            0..0x20 => {}
            _ => {
                self.partial.push(byte);
                match std::str::from_utf8(&self.partial) {
                    Ok(text) => {
                        self.line.extend(text.chars().filter(|&c| !unsafe_char(c)));
                        self.partial.clear();
                    }
                    Err(e) if e.error_len().is_some() || self.partial.len() >= 4 => {
                        self.partial.clear()
                    }
                    Err(_) => {}
                }
            }
        }
        None
    }
}

/// The terminal in raw mode while it lives: keys come one at a time, unechoed, and Ctrl-C is a
/// key rather than a signal; the old mode is put back when it is dropped.
struct RawMode {
    fd: RawFd,
    old: libc::termios,
}

impl RawMode {
    fn enter(fd: RawFd) -> io::Result<RawMode> {
        // SAFETY: `tcgetattr` fills the `termios` it is given.
        let mut old: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(fd, &mut old) } != 0 {
            return Err(io::Error::last_os_error());
        }
        let mut raw = old;
        raw.c_lflag &= !(libc::ICANON | libc::ECHO | libc::ISIG | libc::IEXTEN);
        raw.c_iflag &= !(libc::IXON | libc::ICRNL);
        raw.c_cc[libc::VMIN] = 1;
        raw.c_cc[libc::VTIME] = 0;
        // SAFETY: a `termios` read from this terminal, changed in its flags only.
        if unsafe { libc::tcsetattr(fd, libc::TCSANOW, &raw) } != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(RawMode { fd, old })
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        // SAFETY: the `termios` this terminal had before.
        unsafe { libc::tcsetattr(self.fd, libc::TCSANOW, &self.old) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(bytes: &[u8]) -> (Option<Line>, String) {
        let mut typed = Typed::default();
        let line = bytes.iter().find_map(|&b| typed.key(b));
        (line, typed.line)
    }

    #[test]
    fn keys_make_a_line() {
        assert_eq!(keys(b"Seoul\r").0, Some(Line::Text("Seoul".into())));
        assert_eq!(
            keys(b"Seoxx\x7f\x7ful\r").0,
            Some(Line::Text("Seoul".into()))
        );
        assert_eq!(keys(b"nonsense\x15ok\n").0, Some(Line::Text("ok".into())));
        assert_eq!(
            keys("caf\u{e9} \u{6771}\r".as_bytes()).0,
            Some(Line::Text("caf\u{e9} \u{6771}".into()))
        );
        // An arrow key and a function key do nothing; a lone bell and a bidi override neither.
        assert_eq!(
            keys("a\x1b[Db\x1bOPc\x07d\u{202e}e\r".as_bytes()).0,
            Some(Line::Text("abcde".into()))
        );
        assert_eq!(keys(b"x\x03").0, Some(Line::Interrupted));
        assert_eq!(keys(b"\x04").0, Some(Line::End));
        assert_eq!(
            keys(b"x\x04"),
            (None, "x".into()),
            "Ctrl-D ends only an empty line"
        );
    }
}
