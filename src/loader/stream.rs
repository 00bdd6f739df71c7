//! A large question file read in pieces (issue #16): its lists (`facts`, `claims`, `questions`)
//! are parsed a piece of the file at a time, so that the whole text is never held beside what it
//! becomes. Only for a file that reads without any mistake: anything this path does not read
//! exactly as a whole-file parse would (a mistake anywhere, a list's key written twice, more than
//! `AT_MOST` bytes outside the lists or in one element, a file larger than the limit, a read that
//! fails) gives `None`, and the caller reads the file as one, which then names every mistake as
//! before.

use std::io::Read;
use std::ops::Range;

use xxhash_rust::xxh3::Xxh3;

use serde::de::DeserializeOwned;

use super::parts::Scan;
use crate::model::{Authored, Claim, Fact, QuestionFile};

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
    let mut pieces = Pieces {
        hasher: Xxh3::new(),
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
    let digest = pieces.hasher.digest128();
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
    /// The digest of every byte read so far.
    hasher: Xxh3,
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
        self.hasher.update(&self.buf[before..]);
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
fn list<R: Read, T: DeserializeOwned + Send>(
    pieces: &mut Pieces<R>,
    two: bool,
    items: &mut Option<Vec<T>>,
) -> Option<usize> {
    let items = items.insert(Vec::new());
    loop {
        let (ranges, next, closed) = complete(&pieces.buf, items.is_empty())?;
        if items.capacity() == 0 && !ranges.is_empty() {
            // Room the system cannot give is not asked for: the list then grows as it would.
            let _ = items.try_reserve_exact(pieces.guess(ranges.len(), next));
        }
        parse(&pieces.buf, &ranges, two, items)?;
        if let Some(end) = closed {
            return Some(end);
        }
        pieces.buf.drain(..next);
        if pieces.buf.len() > AT_MOST || !pieces.more()? {
            return None;
        }
    }
}

/// Where the whole elements are, where the next one starts, and where the list ends when its `]`
/// was read.
type Complete = (Vec<Range<usize>>, usize, Option<usize>);

/// The elements of a list that are whole in `bytes` (which starts just after a `[` or a `,`),
/// where the next one starts, and, when the list's `]` was read, where it ends. An empty list is
/// one only when nothing came before (`first`). `None` for a mistake no further piece can mend.
fn complete(bytes: &[u8], first: bool) -> Option<Complete> {
    let mut scan = Scan { bytes, at: 0 };
    let mut ranges = Vec::new();
    loop {
        let mark = scan.at;
        scan.space();
        if first && ranges.is_empty() && scan.peek() == Some(b']') {
            return Some((ranges, scan.at + 1, Some(scan.at + 1)));
        }
        let from = scan.at;
        if scan.value().is_none() {
            return Some((ranges, mark, None));
        }
        let to = scan.at;
        scan.space();
        match scan.next() {
            Some(b',') => ranges.push(from..to),
            Some(b']') => {
                ranges.push(from..to);
                return Some((ranges, scan.at, Some(scan.at)));
            }
            // The piece ends here: the element is read again with the next piece.
            None => return Some((ranges, mark, None)),
            Some(_) => return None,
        }
    }
}

/// The elements at `ranges` of `bytes`, put in `items` in order; the second half parsed on
/// another core when `two`.
fn parse<T: DeserializeOwned + Send>(
    bytes: &[u8],
    ranges: &[Range<usize>],
    two: bool,
    items: &mut Vec<T>,
) -> Option<()> {
    // The elements' bytes are checked to be UTF-8 once, as one text, and each is parsed as text:
    // serde then does not check every string it reads again (issue #16). An element that does
    // not start and end on a character's bounds is not one serde would read.
    let each = |ranges: &[Range<usize>], out: &mut Vec<T>| -> Option<()> {
        let (Some(first), Some(last)) = (ranges.first(), ranges.last()) else {
            return Some(());
        };
        let text = std::str::from_utf8(bytes.get(first.start..last.end)?).ok()?;
        for r in ranges {
            let element = text.get(r.start - first.start..r.end - first.start)?;
            out.push(serde_json::from_str(element).ok()?);
        }
        Some(())
    };
    if !two || ranges.len() < 64 {
        return each(ranges, items);
    }
    let (mine, theirs) = ranges.split_at(ranges.len() / 2);
    // The other core's elements go to a list made here at its full size: a list grown by the
    // other thread would be freed here, from that thread's memory, which the allocator does not
    // take back at once (issue #16: a cold start's peak memory).
    let mut second = Vec::with_capacity(theirs.len());
    let (first, other) = std::thread::scope(|scope| {
        let other = scope.spawn(|| each(theirs, &mut second));
        (each(mine, items), other.join().ok().flatten())
    });
    first?;
    other?;
    items.append(&mut second);
    Some(())
}

#[cfg(test)]
mod tests;
