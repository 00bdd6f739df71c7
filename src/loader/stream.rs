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
    let mut pieces = Pieces {
        hasher: Xxh3::new(),
        input: input.take(max.saturating_add(1)),
        buf: Vec::with_capacity(piece),
        piece,
        max,
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
        items.extend(parse(&pieces.buf, &ranges, two)?);
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

/// The elements at `ranges` of `bytes`, in order; the second half on another core when `two`.
fn parse<T: DeserializeOwned + Send>(
    bytes: &[u8],
    ranges: &[Range<usize>],
    two: bool,
) -> Option<Vec<T>> {
    // The elements' bytes are checked to be UTF-8 once, as one text, and each is parsed as text:
    // serde then does not check every string it reads again (issue #16). An element that does
    // not start and end on a character's bounds is not one serde would read.
    let each = |ranges: &[Range<usize>]| -> Option<Vec<T>> {
        let (Some(first), Some(last)) = (ranges.first(), ranges.last()) else {
            return Some(Vec::new());
        };
        let text = std::str::from_utf8(bytes.get(first.start..last.end)?).ok()?;
        ranges
            .iter()
            .map(|r| {
                let element = text.get(r.start - first.start..r.end - first.start)?;
                serde_json::from_str(element).ok()
            })
            .collect()
    };
    if !two || ranges.len() < 64 {
        return each(ranges);
    }
    let (mine, theirs) = ranges.split_at(ranges.len() / 2);
    let (mut first, second) = std::thread::scope(|scope| {
        let other = scope.spawn(|| each(theirs));
        (each(mine), other.join().ok().flatten())
    });
    first.as_mut()?.extend(second?);
    first
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(text: &str) -> Option<QuestionFile> {
        serde_json::from_str(text.strip_prefix('\u{FEFF}').unwrap_or(text)).ok()
    }

    fn pieces(text: &str, piece: usize) -> Option<QuestionFile> {
        read_pieces(text.as_bytes(), u64::MAX, piece, 2)
    }

    const HEAD: &str = r#"{"format": 1, "event": {"id": "é", "title": "t", "summary": "s", "source": {"kind": "k", "paragraphs": 2}}"#;

    fn fact(i: usize) -> String {
        format!(
            r#"{{"id": "f{i}", "type": "text", "answer": "ä \"{i}\" \\ b", "statement": "Its {{answer}}: ], [ }}, {{", "paragraphs": [1, 2], "explanation": "[x] {{y}} ü", "kinds": ["short"]}}"#
        )
    }

    #[test]
    fn reads_the_same_file_as_a_whole_parse_whatever_the_piece() {
        let few: Vec<String> = (0..7).map(fact).collect();
        let many: Vec<String> = (0..300).map(fact).collect();
        let texts = [
            format!("{HEAD}, \"facts\": [{}]}}", few.join(",")),
            format!(
                "\u{FEFF} \r\n{HEAD},\n\t\"facts\" :\n[ {} ] , \"claims\": [] }}\n",
                few.join(" ,\n ")
            ),
            format!("{HEAD}, \"facts\": [{}]}}", many.join(", ")),
            format!("{HEAD}, \"facts\": [ ] }}"),
            format!("{HEAD}, \"facts\": [{}]}}", fact(1)),
        ];
        for text in &texts {
            let expected = whole(text).expect(text);
            for piece in [1, 2, 3, 7, 64, 1000, 1 << 20] {
                assert_eq!(
                    pieces(text, piece).as_ref(),
                    Some(&expected),
                    "{piece}: {text}"
                );
            }
        }
    }

    fn claim(i: usize) -> String {
        format!(
            r#"{{"id": "c{i}", "claim": "Claim {i}: ], [ }}, {{ ü", "verdict": "supported", "paragraphs": [2], "explanation": "It says so."}}"#
        )
    }

    /// The claims are read in pieces too, wherever they come, so a file with many claims is
    /// read the same way (and gets its digest).
    #[test]
    fn reads_claims_in_pieces_before_or_after_the_facts() {
        let facts: Vec<String> = (0..40).map(fact).collect();
        let claims: Vec<String> = (0..60).map(claim).collect();
        let (facts, claims) = (facts.join(", "), claims.join(",\n"));
        let texts = [
            format!("{HEAD}, \"facts\": [{facts}], \"claims\": [{claims}]}}"),
            format!(
                "{{\"claims\": [{claims}], \"format\": 1, {}, \"facts\": [{facts}] }}",
                &HEAD[14..]
            ),
            format!("{HEAD}, \"claims\": [{claims}]}}"),
        ];
        for text in &texts {
            let expected = whole(text).expect(text);
            assert_eq!(expected.claims.len(), 60);
            for piece in [1, 7, 64, 1 << 20] {
                let (read, digest) = read_hashed(text.as_bytes(), u64::MAX, piece, 2).expect(text);
                assert_eq!(read, expected, "{piece}: {text}");
                assert_eq!(digest, xxhash_rust::xxh3::xxh3_128(text.as_bytes()));
            }
        }
        // A list written twice is left to the whole parse, which refuses it.
        let twice = format!("{HEAD}, \"claims\": [{}], \"claims\": []}}", claim(1));
        assert_eq!(whole(&twice), None);
        assert_eq!(pieces(&twice, 7), None);
    }

    /// Anything the pieces would not read exactly as one parse is left to it.
    #[test]
    fn leaves_what_it_cannot_read_exactly_to_a_whole_parse() {
        let (a, b) = (fact(1), fact(2));
        let texts = [
            format!("{HEAD}, \"facts\": [{a}, {b}], \"facts\": [{b}, {a}]}}"),
            format!("{HEAD}, \"f\\u0061cts\": [{a}, {b}], \"facts\": [{b}, {a}]}}"),
            format!("{HEAD}, \"f\\u0061cts\": [{a}, {b}]}}"),
            format!("{HEAD}, \"facts\": {{\"x\": {a}, \"y\": {b}}}}}"),
            format!("{HEAD}, \"facts\": [{a}, {b},]}}"),
            format!("{HEAD}, \"facts\": [,]}}"),
            format!("{HEAD}, \"facts\": [{a}, {b} {a}]}}"),
            format!("{HEAD}, \"facts\": [{a}, {{\"id\": 1}}]}}"),
            format!("{HEAD}, \"facts\": [{a}, {b}]}} x"),
            format!("{HEAD}, \"facts\": [{a}, {b}], \"nope\": 1}}"),
            format!("{HEAD}, \"facts\": [{a}, {b}"),
            format!("{HEAD}, \"facts\": [{a}, {b}]"),
            format!("{HEAD}}}"),
            "[]".to_owned(),
            "{}".to_owned(),
            String::new(),
        ];
        for text in &texts {
            for piece in [1, 5, 64, 1 << 20] {
                let read = pieces(text, piece);
                assert!(read.is_none() || read == whole(text), "{piece}: {text}");
                if whole(text).is_none() {
                    assert_eq!(read, None, "{piece}: {text}");
                }
            }
        }
        // Bytes that are not UTF-8, inside a text or after the list, are never read.
        let good = format!("{HEAD}, \"facts\": [{a}, {b}], \"claims\": []}}");
        for at in [good.find("ä").unwrap(), good.len() - 3] {
            let mut bytes = good.clone().into_bytes();
            bytes.insert(at, 0xFF);
            assert_eq!(read_pieces(&bytes[..], u64::MAX, 16, 2), None);
        }
    }

    #[test]
    fn the_digest_is_of_every_byte_whatever_the_piece() {
        let many: Vec<String> = (0..50).map(fact).collect();
        let text = format!("\u{FEFF}{HEAD}, \"facts\": [{}]}}\n ", many.join(","));
        let expected = xxhash_rust::xxh3::xxh3_128(text.as_bytes());
        for piece in [1, 7, 64, 1 << 20] {
            let (_, digest) = read_hashed(text.as_bytes(), u64::MAX, piece, 2).unwrap();
            assert_eq!(digest, expected, "{piece}");
        }
        let mut changed = text.clone().into_bytes();
        let last = changed.len() - 1;
        changed[last] = b'\t';
        let (_, other) = read_hashed(&changed[..], u64::MAX, 64, 2).unwrap();
        assert_ne!(other, expected);
    }

    #[test]
    fn a_file_over_the_limit_is_left_to_a_whole_read() {
        let text = format!("{HEAD}, \"facts\": [{}]}}", fact(1));
        let size = text.len() as u64;
        assert!(read_pieces(text.as_bytes(), size, 8, 1).is_some());
        assert_eq!(read_pieces(text.as_bytes(), size - 1, 8, 1), None);
    }
}
