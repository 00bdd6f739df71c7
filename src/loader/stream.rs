//! A large question file read in pieces (issue #16): its lists (`facts`, `claims`, `questions`)
//! are parsed a piece of the file at a time, so that the whole text is never held beside what it
//! becomes. Only for a file that reads without any mistake: anything this path does not read
//! exactly as a whole-file parse would (a mistake anywhere, a list's key written twice, more than
//! `AT_MOST` bytes outside the lists or in one element, a file larger than the limit, a read that
//! fails) gives `None`, and the caller reads the file as one, which then names every mistake as
//! before.

use std::io::Read;

use xxhash_rust::xxh3::Xxh3;

use serde::de::DeserializeOwned;

use super::parts::{Scan, guess_middle};
use super::quick;
use crate::model::{Authored, Claim, Fact, QuestionFile};

/// An element of a list read in pieces: read by serde, or first by a quicker reader of its
/// plain shape when it has one (a fact: `quick`), which leaves anything else to serde.
pub trait Element: DeserializeOwned + Send {
    /// The element whose start starts `text`, and how many bytes it takes; `None` to let serde
    /// read it.
    fn quick(_text: &str) -> Option<(Self, usize)> {
        None
    }
}

impl Element for Fact {
    fn quick(text: &str) -> Option<(Self, usize)> {
        quick::fact(text)
    }
}

impl Element for Claim {}

impl Element for Authored {}

/// How much of the file is read at a time.
pub const PIECE: usize = 2 << 20;

/// How much of the file may come outside its lists, or in one element: a file with more is read
/// whole (this path would only add a read of that much to the whole read).
const AT_MOST: usize = 4 << 20;

/// The question file `input` holds, read `piece` bytes at a time, at most `max` bytes; the facts
/// of each piece are parsed on two cores when `cores` says there are two. `None` when this path
/// does not apply (see the module's note).
pub fn read_pieces(input: impl Read, max: u64, piece: usize, cores: usize) -> Option<QuestionFile> {
    read_hashed(input, max, piece, cores).map(|(file, _)| file)
}

/// `read_pieces`, with the xxh3-128 digest of every byte read (the whole input): the key of the
/// bank cache, worked out from the very bytes that were parsed.
pub fn read_hashed(
    input: impl Read,
    max: u64,
    piece: usize,
    cores: usize,
) -> Option<(QuestionFile, u128)> {
    read_sized(input, None, max, piece, cores)
}

/// `read_hashed` of an input of `size` bytes when it is known (a file): each list is then given
/// room at once for as many elements as its first ones say it holds, instead of growing by
/// doubling, whose earlier copies the allocator keeps a while (issue #16: a cold start's peak
/// memory). A wrong size only changes how much room is given.
pub fn read_sized(
    input: impl Read,
    size: Option<u64>,
    max: u64,
    piece: usize,
    cores: usize,
) -> Option<(QuestionFile, u128)> {
    let (file, digest) = read_with(input, size, max, piece, cores, Some(Xxh3::new()))?;
    Some((file, digest?))
}

/// `read_sized` without the digest, for a file nothing is looked up or stored for (no bank
/// cache): hashing 25 MB took ~5% of a cold start's instructions, on the one core that reads
/// (issue #16).
pub fn read_unhashed(
    input: impl Read,
    size: Option<u64>,
    max: u64,
    piece: usize,
    cores: usize,
) -> Option<QuestionFile> {
    read_with(input, size, max, piece, cores, None).map(|(file, _)| file)
}

/// The question file `input` holds, and the digest of its bytes when `hasher` is given.
fn read_with(
    input: impl Read,
    size: Option<u64>,
    max: u64,
    piece: usize,
    cores: usize,
    hasher: Option<Xxh3>,
) -> Option<(QuestionFile, Option<u128>)> {
    let mut pieces = Pieces {
        hasher,
        input: input.take(max.saturating_add(1)),
        buf: Vec::with_capacity(piece),
        piece,
        max,
        size,
        read: 0,
        done: false,
    };
    while pieces.buf.len() < 3 && pieces.more()? {}
    if pieces.buf.starts_with("\u{FEFF}".as_bytes()) {
        pieces.buf.drain(..3);
    }
    let mut lists = Lists::default();
    let mut rest = Vec::new();
    let open = pieces.until(|bytes| {
        let mut scan = Scan { bytes, at: 0 };
        scan.space();
        scan.eat(b'{')?;
        Some(scan.at)
    })?;
    pieces.keep(open, &mut rest);
    loop {
        member(&mut pieces, &mut lists, &mut rest, cores > 1)?;
        let (next, at) = pieces.until(|bytes| {
            let mut scan = Scan { bytes, at: 0 };
            scan.space();
            Some((scan.next()?, scan.at))
        })?;
        pieces.keep(at, &mut rest);
        match next {
            b',' if rest.len() <= AT_MOST => {}
            b'}' => break,
            _ => return None,
        }
    }
    // Only white space may follow; serde refuses anything else in `rest`.
    while pieces.more()? {
        if pieces.buf.len() > AT_MOST {
            return None;
        }
    }
    rest.extend_from_slice(&pieces.buf);
    let digest = pieces.hasher.as_ref().map(Xxh3::digest128);
    drop(pieces);
    let rest = String::from_utf8(rest).ok()?;
    let mut file: QuestionFile = serde_json::from_str(&rest).ok()?;
    // A list written with an escaped key was read by serde in `rest`; it is kept.
    if let Some(facts) = lists.facts {
        file.facts = facts;
    }
    if let Some(claims) = lists.claims {
        file.claims = claims;
    }
    if let Some(questions) = lists.questions {
        file.questions = questions;
    }
    Some((file, digest))
}

/// The file's three lists, each read a piece at a time when it is written as a list.
#[derive(Default)]
struct Lists {
    facts: Option<Vec<Fact>>,
    claims: Option<Vec<Claim>>,
    questions: Option<Vec<Authored>>,
}

/// One member of the file's object, from its key: a list of facts, claims or questions is read
/// a piece at a time (and kept in `rest` as `[]`), any other value is kept in `rest` as written.
/// `None` for a mistake, or a list written twice (serde would refuse the key written twice).
fn member<R: Read>(
    pieces: &mut Pieces<R>,
    lists: &mut Lists,
    rest: &mut Vec<u8>,
    two: bool,
) -> Option<()> {
    let (key, at) = pieces.until(|bytes| {
        let mut scan = Scan { bytes, at: 0 };
        scan.space();
        let key = scan.string()?.to_vec();
        scan.space();
        scan.eat(b':')?;
        scan.space();
        scan.peek()?;
        Some((key, scan.at))
    })?;
    if pieces.buf[at] != b'[' || !matches!(&key[..], b"facts" | b"claims" | b"questions") {
        let end = pieces.until(|bytes| {
            let mut scan = Scan { bytes, at };
            scan.value()?;
            scan.space();
            // A bare word or number is whole only once something follows it.
            scan.peek()?;
            Some(scan.at)
        })?;
        pieces.keep(end, rest);
        return Some(());
    }
    pieces.keep(at, rest);
    rest.extend_from_slice(b"[]");
    pieces.buf.drain(..1);
    let end = match &key[..] {
        b"facts" if lists.facts.is_none() => list(pieces, two, &mut lists.facts)?,
        b"claims" if lists.claims.is_none() => list(pieces, two, &mut lists.claims)?,
        b"questions" if lists.questions.is_none() => list(pieces, two, &mut lists.questions)?,
        _ => return None,
    };
    pieces.buf.drain(..end);
    Some(())
}

/// The input, and what of it has been read but not yet used.
struct Pieces<R> {
    /// The digest of every byte read so far, when one is wanted.
    hasher: Option<Xxh3>,
    input: std::io::Take<R>,
    buf: Vec<u8>,
    piece: usize,
    max: u64,
    /// The input's size, when known.
    size: Option<u64>,
    read: u64,
    done: bool,
}

impl<R: Read> Pieces<R> {
    /// Reads one more piece onto the buffer: `Some(false)` at the end of the input, `None` when
    /// the read fails or the input is larger than the limit.
    fn more(&mut self) -> Option<bool> {
        if self.done {
            return Some(false);
        }
        let before = self.buf.len();
        let n = (&mut self.input)
            .take(self.piece as u64)
            .read_to_end(&mut self.buf)
            .ok()?;
        if let Some(hasher) = &mut self.hasher {
            hasher.update(&self.buf[before..]);
        }
        self.read += n as u64;
        if self.read > self.max {
            return None;
        }
        self.done = n < self.piece;
        Some(n > 0)
    }

    /// What `found` finds in the bytes read and not yet used, reading more pieces until it finds
    /// it; `None` when it is not found in `AT_MOST` bytes or before the end.
    fn until<T>(&mut self, found: impl Fn(&[u8]) -> Option<T>) -> Option<T> {
        loop {
            if let Some(t) = found(&self.buf) {
                return Some(t);
            }
            if self.buf.len() > AT_MOST || !self.more()? {
                return None;
            }
        }
    }

    /// How many elements a list holds in all, guessed from its first `count` elements, written
    /// in the first `bytes` bytes not yet used, and the bytes left (with an eighth more); `count`
    /// when the input's size is not known.
    fn guess(&self, count: usize, bytes: usize) -> usize {
        let Some(size) = self.size.map(|s| s.min(self.max)) else {
            return count;
        };
        let left = (size.saturating_sub(self.read)).saturating_add((self.buf.len() - bytes) as u64);
        let more = (count as u64).saturating_mul(left) / bytes.max(1) as u64;
        let more = usize::try_from(more.saturating_add(more / 8)).unwrap_or(usize::MAX);
        // An element takes at least two bytes (`{}`): never more room than the bytes allow.
        let most = usize::try_from(left / 2).unwrap_or(usize::MAX);
        count.saturating_add(more.min(most))
    }

    /// Moves the first `n` bytes not yet used to `rest`.
    fn keep(&mut self, n: usize, rest: &mut Vec<u8>) {
        rest.extend(self.buf.drain(..n));
    }
}

/// The elements of the list whose `[` has just been read, put in `items`, and where in the
/// buffer its `]` ends.
fn list<R: Read, T: Element>(
    pieces: &mut Pieces<R>,
    two: bool,
    items: &mut Option<Vec<T>>,
) -> Option<usize> {
    let items = items.insert(Vec::new());
    // The other core's elements, moved into `items` after each piece. Made here and kept for the
    // whole list: a list grown by the other thread and freed here, from that thread's memory,
    // is not taken back by the allocator at once (issue #16: a cold start's peak memory).
    let mut second = Vec::new();
    loop {
        let text = whole_chars(&pieces.buf)?;
        let (next, closed) = if items.capacity() == 0 {
            // Room for the whole list, guessed from its first piece, before the piece's elements
            // are moved in: the list then does not grow by doubling.
            let mut first = Vec::new();
            let (next, closed) = parse(text, two, true, &mut first, &mut second)?;
            let count = first.len() + second.len();
            if count > 0 {
                // Room the system cannot give is not asked for: the list then grows as it would.
                let _ = items.try_reserve_exact(pieces.guess(count, next));
                // A large bank's list is tens of MB, first touched as its facts are moved in:
                // huge pages make that a few dozen page faults instead of thousands (issue #16).
                crate::huge_pages::advise(items);
            }
            items.append(&mut first);
            (next, closed)
        } else {
            parse(text, two, false, items, &mut second)?
        };
        items.append(&mut second);
        if let Some(end) = closed {
            return Some(end);
        }
        pieces.buf.drain(..next);
        if pieces.buf.len() > AT_MOST || !pieces.more()? {
            return None;
        }
    }
}

/// The longest start of `bytes` that is UTF-8: a piece may end inside a character, which the next
/// piece completes. `None` for bytes that are not UTF-8 whatever follows.
fn whole_chars(bytes: &[u8]) -> Option<&str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(e) if e.error_len().is_none() => std::str::from_utf8(&bytes[..e.valid_up_to()]).ok(),
        Err(_) => None,
    }
}

/// Below this many bytes a piece's elements are parsed on one core.
const SPLIT_FROM: usize = 32 << 10;

/// The elements that are whole in `text` (which starts just after a `[` or a `,`; `first` when
/// no element came before), pushed in order onto `items`, then `second`: where the next element
/// starts, and where the list ends when its `]` was read. With `two`, the elements from a guessed
/// start of an element near the middle are parsed on another core; they are kept only when the
/// first core's elements end exactly there, and otherwise the first core goes on past it. serde
/// finds where each element ends, so the text is not scanned beforehand (issue #16).
/// `None` for a mistake no further piece can mend.
fn parse<T: Element>(
    text: &str,
    two: bool,
    first: bool,
    items: &mut Vec<T>,
    second: &mut Vec<T>,
) -> Option<(usize, Option<usize>)> {
    let middle = if two && text.len() >= SPLIT_FROM {
        guess_middle(text.as_bytes(), 0)
    } else {
        None
    };
    let Some(middle) = middle else {
        return match elements(text, 0, first, None, items)? {
            End::Cut(next) => Some((next, None)),
            End::Closed(end) => Some((end, Some(end))),
            End::Stopped => None,
        };
    };
    let (mine, theirs) = std::thread::scope(|scope| {
        let other = scope.spawn(|| elements(text, middle, false, None, second));
        let mine = elements(text, 0, first, Some(middle), items);
        (mine, other.join().ok().flatten())
    });
    let end = match mine? {
        End::Stopped => theirs?,
        // The guess was not where an element starts: the first core read past it.
        mine => {
            second.clear();
            mine
        }
    };
    match end {
        End::Cut(next) => Some((next, None)),
        End::Closed(end) => Some((end, Some(end))),
        End::Stopped => None,
    }
}

/// Where a run of a list's elements ended.
#[derive(Debug, PartialEq)]
enum End {
    /// At the place it was to stop at, where an element starts.
    Stopped,
    /// At an element the text does not hold whole, which starts here (after its comma).
    Cut(usize),
    /// After the list's `]`.
    Closed(usize),
}

/// The elements of the list in `text` from `at` (just after a `[` or a `,`, or where an element
/// starts), pushed onto `out`, until an element would start at `stop`, the list ends, or an element
/// is cut by the end of the text. An empty list is one only when nothing came before (`first`).
/// `None` for a mistake.
fn elements<T: Element>(
    text: &str,
    mut at: usize,
    first: bool,
    mut stop: Option<usize>,
    out: &mut Vec<T>,
) -> Option<End> {
    let bytes = text.as_bytes();
    let mut first = first;
    loop {
        let mark = at;
        let mut scan = Scan { bytes, at };
        scan.space();
        match stop {
            Some(s) if scan.at == s => return Some(End::Stopped),
            // Read past: the place to stop at was inside an element.
            Some(s) if scan.at > s => stop = None,
            _ => {}
        }
        if first && scan.peek() == Some(b']') {
            return Some(End::Closed(scan.at + 1));
        }
        first = false;
        let start = scan.at;
        let used = match T::quick(&text[start..]) {
            Some((item, used)) => {
                out.push(item);
                used
            }
            None => {
                let mut stream =
                    serde_json::Deserializer::from_str(&text[start..]).into_iter::<T>();
                match stream.next() {
                    Some(Ok(item)) => out.push(item),
                    // The text ends inside the element (or before it): the next piece holds it
                    // whole.
                    None => return Some(End::Cut(mark)),
                    Some(Err(e)) if e.is_eof() => return Some(End::Cut(mark)),
                    Some(Err(_)) => return None,
                }
                stream.byte_offset()
            }
        };
        let mut scan = Scan {
            bytes,
            at: start + used,
        };
        scan.space();
        match scan.next() {
            Some(b',') => at = scan.at,
            Some(b']') => return Some(End::Closed(scan.at)),
            None => {
                // Whether a comma or the list's end follows is in the next piece.
                out.pop();
                return Some(End::Cut(mark));
            }
            Some(_) => return None,
        }
    }
}

#[cfg(test)]
mod tests;
