//! A checked question file as compact bytes, and back (issue #16's cache). Lengths and numbers
//! are little-endian, strings are their UTF-8 bytes after a length, enums are one byte. Every field
//! is written in the order the model declares it; the encoder takes each struct apart with a
//! pattern that names every field, so a field added to the model does not compile until it is
//! written here too (and the build id, which changes with the code, keeps older entries unread).
//! Decoding trusts nothing: any length past the end, a byte that is no variant, text that is not
//! UTF-8, or bytes left over give `None`, never a panic.

use std::borrow::Cow;
use std::io::{self, Read};

use compact_str::CompactString;
use xxhash_rust::xxh3::Xxh3;

use crate::model::{
    AnswerType, Authored, AuthoredKind, Claim, Difficulty, Event, EventDate, Fact, FactKind,
    QuestionFile, Source, Tolerance, Verdict,
};
use crate::validate::{Findings, Problem, Severity};

/// The bytes of `file`.
pub fn encode(file: &QuestionFile) -> Vec<u8> {
    let mut bytes = Vec::new();
    let _ = encode_to(file, &mut |chunk| {
        bytes.extend_from_slice(chunk);
        Ok(())
    });
    bytes
}

/// The bytes of `file`, handed to `sink` a chunk at a time (a large bank is never held whole as
/// bytes); the first error `sink` gives.
pub fn encode_to(file: &QuestionFile, sink: Sink) -> io::Result<()> {
    let mut out = Out {
        buf: Vec::with_capacity(CHUNK + (1 << 12)),
        sink,
        error: Ok(()),
    };
    let QuestionFile {
        schema,
        format,
        event,
        facts,
        claims,
        questions,
    } = file;
    out.opt(schema.as_deref(), Out::str);
    out.u32(*format);
    out.event(event);
    out.len(facts.len());
    for fact in facts {
        out.fact(fact);
        out.spill(CHUNK);
    }
    out.len(claims.len());
    for claim in claims {
        out.claim(claim);
        out.spill(CHUNK);
    }
    out.len(questions.len());
    for authored in questions {
        out.authored(authored);
        out.spill(CHUNK);
    }
    out.spill(0);
    out.error
}

/// The bytes of `found` (each problem without its file's name, which is the file's as shown
/// wherever it is checked again).
pub fn encode_findings(found: &Findings) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut sink = |chunk: &[u8]| {
        bytes.extend_from_slice(chunk);
        Ok(())
    };
    let mut out = Out {
        buf: Vec::new(),
        sink: &mut sink,
        error: Ok(()),
    };
    let Findings {
        problems,
        event,
        unreviewed,
    } = found;
    out.len(problems.len());
    for problem in problems {
        let Problem {
            severity,
            file: _,
            field,
            place,
            message,
            counts,
        } = problem;
        out.u8(match severity {
            Severity::Error => 0,
            Severity::Warning => 1,
        });
        out.str(field);
        out.opt(place.as_ref(), |out, (line, column)| {
            out.u64(*line as u64);
            out.u64(*column as u64);
        });
        out.str(message);
        out.u64(*counts as u64);
    }
    out.str(event);
    out.u64(*unreviewed as u64);
    out.spill(0);
    bytes
}

/// The findings `bytes` hold, when they hold exactly that; each problem's file is `file`.
pub fn decode_findings(bytes: &[u8], file: &str) -> Option<Findings> {
    let mut r = In::whole(bytes);
    let problems = r.list(|r| {
        Some(Problem {
            severity: match r.u8()? {
                0 => Severity::Error,
                1 => Severity::Warning,
                _ => return None,
            },
            file: String::new(),
            field: r.string()?,
            place: r.opt(|r| Some((r.size()?, r.size()?)))?,
            message: r.string()?,
            counts: r.size()?,
        })
    })?;
    let event = r.string()?;
    let unreviewed = r.size()?;
    let problems = (problems.into_iter())
        .map(|p| Problem {
            file: file.to_owned(),
            ..p
        })
        .collect();
    (r.left() == 0).then_some(Findings {
        problems,
        event,
        unreviewed,
    })
}

/// Where encoded bytes go.
pub type Sink<'s> = &'s mut dyn FnMut(&[u8]) -> io::Result<()>;

/// How many bytes are gathered before they are handed on.
const CHUNK: usize = 64 << 10;

/// The question file `bytes` hold, when they hold exactly one.
pub fn decode(bytes: &[u8]) -> Option<QuestionFile> {
    In::whole(bytes).file()
}

/// How many bytes are read at a time when an entry is decoded as it is read.
const READ_CHUNK: usize = 256 << 10;

/// The question file the next `len` bytes of `read` hold, when they hold exactly one, with the
/// xxh3-64 checksum of those bytes (which the caller compares with the entry's before trusting
/// the file). The bytes are read a piece at a time and never held whole, so that a large bank is
/// not in memory twice (as bytes and as the file) while it is decoded.
pub fn decode_from(read: &mut dyn Read, len: u64) -> Option<(QuestionFile, u64)> {
    decode_in_pieces(read, len, READ_CHUNK)
}

fn decode_in_pieces(read: &mut dyn Read, len: u64, chunk: usize) -> Option<(QuestionFile, u64)> {
    let mut r = In {
        bytes: Cow::Owned(vec![
            0;
            chunk.min(usize::try_from(len).unwrap_or(usize::MAX))
        ]),
        at: 0,
        end: 0,
        more: Some(More {
            read,
            left: len,
            chunk,
            hasher: Xxh3::new(),
        }),
    };
    let file = r.file()?;
    Some((file, r.more?.hasher.digest()))
}

struct Out<'s> {
    buf: Vec<u8>,
    sink: Sink<'s>,
    error: io::Result<()>,
}

impl Out<'_> {
    /// Hands on what is gathered once it is more than `at` bytes (after the first error, nothing).
    fn spill(&mut self, at: usize) {
        if self.buf.len() > at || (at == 0 && !self.buf.is_empty()) {
            if self.error.is_ok() {
                self.error = (self.sink)(&self.buf);
            }
            self.buf.clear();
        }
    }
    fn u8(&mut self, v: u8) {
        self.buf.push(v);
    }
    fn u32(&mut self, v: u32) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.buf.extend_from_slice(&v.to_le_bytes());
    }
    fn len(&mut self, n: usize) {
        // A question file is at most a few hundred MiB: every length fits.
        self.u32(u32::try_from(n).unwrap_or(u32::MAX));
    }
    fn bool(&mut self, v: bool) {
        self.u8(u8::from(v));
    }
    fn str(&mut self, s: &str) {
        self.len(s.len());
        self.buf.extend_from_slice(s.as_bytes());
    }
    fn strings(&mut self, list: &[String]) {
        self.len(list.len());
        list.iter().for_each(|s| self.str(s));
    }
    fn numbers(&mut self, list: &[u32]) {
        self.len(list.len());
        list.iter().for_each(|n| self.u32(*n));
    }
    fn opt<T: ?Sized>(&mut self, v: Option<&T>, put: fn(&mut Self, &T)) {
        match v {
            None => self.u8(0),
            Some(v) => {
                self.u8(1);
                put(self, v);
            }
        }
    }

    fn event(&mut self, event: &Event) {
        let Event {
            id,
            title,
            date,
            places,
            summary,
            source,
        } = event;
        self.str(id);
        self.str(title);
        self.opt(date.as_ref(), |out, date| {
            let EventDate {
                value,
                inferred,
                basis,
            } = date;
            out.str(value);
            out.bool(*inferred);
            out.opt(basis.as_deref(), Out::str);
        });
        self.strings(places);
        self.str(summary);
        let Source {
            kind,
            paragraphs,
            title,
            reference,
            text,
            digest,
        } = source;
        self.str(kind);
        self.u32(*paragraphs);
        self.opt(title.as_deref(), Out::str);
        self.opt(reference.as_deref(), Out::str);
        self.opt(text.as_deref(), Out::strings);
        self.opt(digest.as_deref(), Out::strings);
    }

    fn fact(&mut self, fact: &Fact) {
        let Fact {
            id,
            answer_type,
            answer,
            aliases,
            tolerance,
            strict,
            unit,
            question,
            statement,
            distractors,
            kinds,
            difficulty,
            tags,
            paragraphs,
            explanation,
            inferred,
            exclusive,
        } = fact;
        self.str(id);
        self.u8(answer_type_byte(*answer_type));
        self.str(answer);
        self.strings(aliases);
        self.opt(tolerance.as_ref(), |out, t| {
            let (byte, amount) = match *t {
                Tolerance::Absolute(d) => (0, d),
                Tolerance::Percent(p) => (1, p),
            };
            out.u8(byte);
            out.buf.extend_from_slice(&amount.to_bits().to_le_bytes());
        });
        self.bool(*strict);
        self.opt(unit.as_deref(), Out::str);
        self.opt(question.as_deref(), Out::str);
        self.str(statement);
        self.strings(distractors);
        self.opt(kinds.as_deref(), |out, kinds| {
            out.len(kinds.len());
            for kind in kinds {
                out.u8(match kind {
                    FactKind::Short => 0,
                    FactKind::Choice => 1,
                    FactKind::Truefalse => 2,
                });
            }
        });
        self.u8(difficulty_byte(*difficulty));
        self.strings(tags);
        self.numbers(paragraphs);
        self.str(explanation);
        self.bool(*inferred);
        self.bool(*exclusive);
    }

    fn claim(&mut self, claim: &Claim) {
        let Claim {
            id,
            claim,
            verdict,
            difficulty,
            tags,
            paragraphs,
            explanation,
        } = claim;
        self.str(id);
        self.str(claim);
        self.u8(match verdict {
            Verdict::Supported => 0,
            Verdict::Refuted => 1,
            Verdict::NotStated => 2,
        });
        self.u8(difficulty_byte(*difficulty));
        self.strings(tags);
        self.numbers(paragraphs);
        self.str(explanation);
    }

    fn authored(&mut self, authored: &Authored) {
        let Authored {
            id,
            kind,
            question,
            answer,
            aliases,
            distractors,
            difficulty,
            tags,
            paragraphs,
            explanation,
        } = authored;
        self.str(id);
        self.u8(match kind {
            AuthoredKind::Choice => 0,
            AuthoredKind::Truefalse => 1,
        });
        self.str(question);
        self.str(answer);
        self.strings(aliases);
        self.strings(distractors);
        self.u8(difficulty_byte(*difficulty));
        self.strings(tags);
        self.numbers(paragraphs);
        self.opt(explanation.as_deref(), Out::str);
    }
}

/// A type's number in the entry: its place in `AnswerType::ALL`.
fn answer_type_byte(t: AnswerType) -> u8 {
    AnswerType::ALL.iter().position(|&a| a == t).unwrap_or(0) as u8
}

const DIFFICULTIES: [Difficulty; 3] = [Difficulty::Easy, Difficulty::Medium, Difficulty::Hard];

fn difficulty_byte(d: Difficulty) -> u8 {
    match d {
        Difficulty::Easy => 0,
        Difficulty::Medium => 1,
        Difficulty::Hard => 2,
    }
}

/// The bytes being decoded, and how far: all at hand, or a window onto bytes still being read.
struct In<'b> {
    bytes: Cow<'b, [u8]>,
    at: usize,
    /// Where the bytes at hand end (read into the window so far).
    end: usize,
    /// Where the bytes after the window come from, when they are read a piece at a time.
    more: Option<More<'b>>,
}

/// The bytes still to read after the window, and the checksum of those read so far.
struct More<'r> {
    read: &'r mut dyn Read,
    left: u64,
    chunk: usize,
    hasher: Xxh3,
}

impl<'b> In<'b> {
    fn whole(bytes: &'b [u8]) -> Self {
        In {
            bytes: Cow::Borrowed(bytes),
            at: 0,
            end: bytes.len(),
            more: None,
        }
    }
    /// The file the bytes hold, when they hold exactly one.
    fn file(&mut self) -> Option<QuestionFile> {
        let schema = self.opt(In::string)?;
        let format = self.u32()?;
        let event = self.event()?;
        let facts = self.list(In::fact)?;
        let claims = self.list(In::claim)?;
        let questions = self.list(In::authored)?;
        (self.left() == 0).then_some(QuestionFile {
            schema,
            format,
            event,
            facts,
            claims,
            questions,
        })
    }
    /// How many bytes are left to decode, in the window and still to read.
    fn left(&self) -> usize {
        let unread = self.more.as_ref().map_or(0, |m| m.left);
        (self.end - self.at).saturating_add(usize::try_from(unread).unwrap_or(usize::MAX))
    }
    #[inline]
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.at.checked_add(n)?;
        if end > self.end {
            return self.take_more(n);
        }
        let slice = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(slice)
    }
    /// `take` when the window holds fewer than `n` bytes from where decoding is.
    #[cold]
    #[inline(never)]
    fn take_more(&mut self, n: usize) -> Option<&[u8]> {
        self.fill(n)?;
        let end = self.at.checked_add(n)?;
        let slice = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(slice)
    }
    /// Reads on until the window holds `n` bytes from where decoding is (a chunk at least, or
    /// all that is left); `None` when fewer than that are left or they cannot be read.
    fn fill(&mut self, n: usize) -> Option<()> {
        let more = self.more.as_mut()?;
        let have = self.end - self.at;
        let want = n.checked_sub(have)?.max(more.chunk);
        let get = usize::try_from(more.left.min(want as u64)).ok()?;
        if have + get < n {
            return None;
        }
        let window = self.bytes.to_mut();
        window.copy_within(self.at..self.end, 0);
        (self.at, self.end) = (0, have + get);
        if window.len() < self.end {
            window.resize(self.end, 0);
        }
        let read = window.get_mut(have..self.end)?;
        more.read.read_exact(read).ok()?;
        more.hasher.update(read);
        more.left -= get as u64;
        Some(())
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn size(&mut self) -> Option<usize> {
        usize::try_from(u64::from_le_bytes(self.take(8)?.try_into().ok()?)).ok()
    }
    fn bool(&mut self) -> Option<bool> {
        match self.u8()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
    /// A list's length, no more than the bytes left could hold (each element takes a byte at
    /// least), so that a garbled length cannot ask for a huge allocation.
    fn len(&mut self) -> Option<usize> {
        let n = self.u32()? as usize;
        // The bytes at hand are checked first: most lengths are short.
        (n <= self.end - self.at || n <= self.left()).then_some(n)
    }
    fn str(&mut self) -> Option<&str> {
        let n = self.len()?;
        let bytes = self.take(n)?;
        // Most strings are short and ASCII: checked as such, they skip `from_utf8`'s set-up,
        // which was the decode's largest cost (issue #16). Every byte is still checked.
        if bytes.is_ascii() {
            // SAFETY: every byte is below 0x80, and ASCII bytes are valid UTF-8 on their own.
            return Some(unsafe { std::str::from_utf8_unchecked(bytes) });
        }
        std::str::from_utf8(bytes).ok()
    }
    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_owned)
    }
    fn compact(&mut self) -> Option<CompactString> {
        self.str().map(CompactString::from)
    }
    fn boxed(&mut self) -> Option<Box<str>> {
        self.str().map(Box::from)
    }
    fn opt<T>(&mut self, get: fn(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.u8()? {
            0 => Some(None),
            1 => get(self).map(Some),
            _ => None,
        }
    }
    fn list<T>(&mut self, get: fn(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.len()?;
        let mut list = Vec::with_capacity(n);
        for _ in 0..n {
            list.push(get(self)?);
        }
        Some(list)
    }
    fn strings(&mut self) -> Option<Vec<String>> {
        self.list(In::string)
    }
    fn numbers(&mut self) -> Option<Vec<u32>> {
        self.list(In::u32)
    }
    fn difficulty(&mut self) -> Option<Difficulty> {
        DIFFICULTIES.get(usize::from(self.u8()?)).copied()
    }

    fn event(&mut self) -> Option<Event> {
        let id = self.string()?;
        let title = self.string()?;
        let date = self.opt(|r| {
            Some(EventDate {
                value: r.string()?,
                inferred: r.bool()?,
                basis: r.opt(In::string)?,
            })
        })?;
        let places = self.strings()?;
        let summary = self.string()?;
        let source = Source {
            kind: self.string()?,
            paragraphs: self.u32()?,
            title: self.opt(In::string)?,
            reference: self.opt(In::string)?,
            text: self.opt(In::strings)?,
            digest: self.opt(In::strings)?,
        };
        Some(Event {
            id,
            title,
            date,
            places,
            summary,
            source,
        })
    }

    fn fact(&mut self) -> Option<Fact> {
        Some(Fact {
            id: self.compact()?,
            answer_type: *AnswerType::ALL.get(usize::from(self.u8()?))?,
            answer: self.compact()?,
            aliases: self.strings()?,
            tolerance: self.opt(|r| {
                let byte = r.u8()?;
                let amount = f64::from_bits(u64::from_le_bytes(r.take(8)?.try_into().ok()?));
                match byte {
                    0 => Some(Tolerance::Absolute(amount)),
                    1 => Some(Tolerance::Percent(amount)),
                    _ => None,
                }
            })?,
            strict: self.bool()?,
            unit: self.opt(In::boxed)?,
            question: self.opt(In::boxed)?,
            statement: self.compact()?,
            distractors: self.strings()?,
            kinds: self.opt(|r| {
                let kinds = r.list(|r| FactKind::ALL.get(usize::from(r.u8()?)).copied())?;
                Some(kinds.into_boxed_slice())
            })?,
            difficulty: self.difficulty()?,
            tags: self.strings()?,
            paragraphs: self.numbers()?,
            explanation: self.compact()?,
            inferred: self.bool()?,
            exclusive: self.bool()?,
        })
    }

    fn claim(&mut self) -> Option<Claim> {
        Some(Claim {
            id: self.string()?,
            claim: self.string()?,
            verdict: *Verdict::ALL.get(usize::from(self.u8()?))?,
            difficulty: self.difficulty()?,
            tags: self.strings()?,
            paragraphs: self.numbers()?,
            explanation: self.string()?,
        })
    }

    fn authored(&mut self) -> Option<Authored> {
        Some(Authored {
            id: self.string()?,
            kind: match self.u8()? {
                0 => AuthoredKind::Choice,
                1 => AuthoredKind::Truefalse,
                _ => return None,
            },
            question: self.string()?,
            answer: self.string()?,
            aliases: self.strings()?,
            distractors: self.strings()?,
            difficulty: self.difficulty()?,
            tags: self.strings()?,
            paragraphs: self.numbers()?,
            explanation: self.opt(In::string)?,
        })
    }
}

#[cfg(test)]
mod tests;
