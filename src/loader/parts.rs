//! A large question file parsed on two cores: its `facts` list is cut at an element boundary near
//! its middle, each half is read on its own core, and the rest of the file (with the list left
//! empty) is read as usual. Only for a file that reads without any mistake: anything this path
//! does not read exactly as a whole-file parse would (a mistake anywhere, a `facts` key written
//! twice, a `facts` that is not a list, a cut that is not between two elements) gives `None`, and
//! the caller reads the file as one, which then names every mistake as before.

use crate::model::{Fact, QuestionFile};

/// Below this size a file is read in one go: two threads cost more than they save.
pub const PARTS_FROM: usize = 1 << 20;

/// How many facts a part keeps in one block: the blocks are moved into the file's list one by
/// one, so that the parts are never held twice.
const BLOCK: usize = 4096;

/// `text` (without a byte-order mark) read as a question file in parts; `None` when the parts
/// path does not apply, or the file has a mistake.
pub fn parse_parts(text: &str) -> Option<QuestionFile> {
    let bytes = text.as_bytes();
    let start = facts_start(bytes)?;
    let middle = guess_middle(bytes, start)?;
    let (first, second) = std::thread::scope(|scope| {
        let other = scope.spawn(|| elements(text, middle, None));
        let mine = elements(text, start + 1, Some(middle));
        (mine, other.join().ok().flatten())
    });
    let ((first, _), (second, end)) = (first?, second?);
    let mut rest = String::with_capacity(start + 2 + text.len() - end);
    rest.push_str(&text[..start]);
    rest.push_str("[]");
    rest.push_str(&text[end..]);
    let mut file: QuestionFile = serde_json::from_str(&rest).ok()?;
    // The first part's list grows in place; the second's blocks are moved in and freed.
    let [mut facts]: [Vec<Fact>; 1] = first.try_into().ok()?;
    facts.reserve_exact(second.iter().map(Vec::len).sum());
    for block in second {
        facts.extend(block);
    }
    file.facts = facts;
    Some(file)
}

/// The facts of a list from `from` (just after its `[`, or at an element), and where the part
/// ends: at `stop`, which must then be where an element starts, or else after the list's `]`.
/// The first part (with a `stop`) is one block that grows; the second is in blocks of `BLOCK`.
fn elements(text: &str, from: usize, stop: Option<usize>) -> Option<(Vec<Vec<Fact>>, usize)> {
    let mut scan = Scan {
        bytes: text.as_bytes(),
        at: from,
    };
    let mut blocks = Vec::new();
    let mut block = Vec::with_capacity(if stop.is_some() { 0 } else { BLOCK });
    loop {
        scan.space();
        match stop {
            Some(stop) if scan.at == stop => break,
            Some(stop) if scan.at > stop => return None,
            _ => {}
        }
        let start = scan.at;
        scan.value()?;
        block.push(serde_json::from_str(&text[start..scan.at]).ok()?);
        if block.len() == BLOCK && stop.is_none() {
            blocks.push(std::mem::replace(&mut block, Vec::with_capacity(BLOCK)));
        }
        scan.space();
        match scan.next()? {
            b',' => {}
            b']' if stop.is_none() => break,
            _ => return None,
        }
    }
    blocks.push(block);
    Some((blocks, scan.at))
}

/// Where the `[` of the file's `facts` list is, when the file is an object whose first key
/// written `"facts"` holds a list. A second `facts` key is left for serde to refuse.
pub(super) fn facts_start(bytes: &[u8]) -> Option<usize> {
    let mut scan = Scan { bytes, at: 0 };
    scan.space();
    scan.eat(b'{')?;
    loop {
        scan.space();
        let key = scan.string()?;
        scan.space();
        scan.eat(b':')?;
        scan.space();
        if key == b"facts" {
            return (scan.peek()? == b'[').then_some(scan.at);
        }
        scan.value()?;
        scan.space();
        scan.eat(b',')?;
    }
}

/// A place near the middle of the list from `start` that looks like an element's start (`}`, a
/// comma and `{`, with white space between). Only a guess: the first part must end there.
pub(super) fn guess_middle(bytes: &[u8], start: usize) -> Option<usize> {
    let space = |b: &u8| matches!(b, b' ' | b'\n' | b'\t' | b'\r');
    let mut at = start + (bytes.len() - start) / 2;
    loop {
        at += memchr::memchr(b',', &bytes[at..])?;
        let before = bytes[..at].iter().rev().find(|b| !space(b));
        let after = bytes[at + 1..].iter().position(|b| !space(b));
        if let (Some(b'}'), Some(skip)) = (before, after)
            && bytes[at + 1 + skip] == b'{'
        {
            return Some(at + 1 + skip);
        }
        at += 1;
    }
}

/// A walk over JSON text that finds where values start and end. It does not check what it skips:
/// serde reads every part afterwards and refuses what is not JSON.
pub(super) struct Scan<'a> {
    pub(super) bytes: &'a [u8],
    pub(super) at: usize,
}

impl<'a> Scan<'a> {
    pub(super) fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    pub(super) fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    pub(super) fn eat(&mut self, wanted: u8) -> Option<()> {
        (self.next()? == wanted).then_some(())
    }

    /// JSON's white space, as serde reads it.
    pub(super) fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\t' | b'\r')) {
            self.at += 1;
        }
    }

    /// A string's contents as written (escapes not undone).
    pub(super) fn string(&mut self) -> Option<&'a [u8]> {
        self.eat(b'"')?;
        let start = self.at;
        loop {
            self.at += memchr::memchr2(b'"', b'\\', &self.bytes[self.at..])?;
            match self.next()? {
                b'"' => return Some(&self.bytes[start..self.at - 1]),
                _ => {
                    self.next()?;
                }
            }
        }
    }

    /// Skips one value: a string, an object or list with all it holds, or a bare word or number.
    pub(super) fn value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(drop),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => depth = depth.checked_sub(1)?,
                        _ => {}
                    }
                    self.at += 1;
                    if depth == 0 {
                        return Some(());
                    }
                }
            }
            _ => {
                let start = self.at;
                while self.peek().is_some_and(|b| {
                    !matches!(b, b',' | b'}' | b']' | b' ' | b'\n' | b'\t' | b'\r')
                }) {
                    self.at += 1;
                }
                (self.at > start).then_some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(text: &str) -> Option<QuestionFile> {
        serde_json::from_str(text).ok()
    }

    const HEAD: &str = r#"{"format": 1, "event": {"id": "e", "title": "t", "summary": "s", "source": {"kind": "k", "paragraphs": 2}}"#;

    fn fact(i: usize) -> String {
        format!(
            r#"{{"id": "f{i}", "type": "text", "answer": "a \"{i}\" \\ b", "statement": "It is {{answer}}.", "paragraphs": [1, 2], "explanation": "[x] {{y}}", "tolerance": null, "kinds": ["short"]}}"#
        )
    }

    #[test]
    fn reads_the_same_file_as_a_whole_parse() {
        let facts: Vec<String> = (0..7).map(fact).collect();
        let texts = [
            format!("{HEAD}, \"facts\": [{}]}}", facts.join(",")),
            format!(
                " \r\n{HEAD},\n\t\"facts\" :\n[ {} ] , \"claims\": [] }}\n",
                facts.join(" ,\n ")
            ),
        ];
        for text in &texts {
            let parts = parse_parts(text).expect(text);
            assert_eq!(Some(&parts), whole(text).as_ref(), "{text}");
            assert_eq!(parts.facts.len(), text.matches("\"id\": \"f").count());
        }
        // Blocks of facts are put back in order.
        let many: Vec<String> = (0..3 * BLOCK).map(fact).collect();
        let text = format!("{HEAD}, \"facts\": [{}]}}", many.join(","));
        let parts = parse_parts(&text).expect("a large list is read in parts");
        assert_eq!(Some(parts), whole(&text));
    }

    /// A cut guessed inside a text, where `}, {` is written, is found out: the file is then read
    /// whole, never wrongly.
    #[test]
    fn a_cut_inside_a_text_is_never_taken() {
        let tricky = |i: usize| fact(i).replace("[x] {y}", "}, {\\\"id\\\": 1} ], {");
        for n in 2..12 {
            let facts: Vec<String> = (0..n).map(tricky).collect();
            let text = format!("{HEAD}, \"facts\": [{}]}}", facts.join(", "));
            let whole = whole(&text);
            assert_eq!(whole.as_ref().map(|f| f.facts.len()), Some(n), "{text}");
            let parts = parse_parts(&text);
            assert!(parts.is_none() || parts == whole, "{text}");
        }
    }

    /// Anything the parts path would not read exactly as one parse is left to it.
    #[test]
    fn leaves_what_it_cannot_read_exactly_to_a_whole_parse() {
        let (a, b) = (fact(1), fact(2));
        let texts = [
            format!("{HEAD}, \"facts\": [{a}, {b}], \"facts\": [{b}, {a}]}}"),
            format!("{HEAD}, \"f\\u0061cts\": [{a}, {b}], \"facts\": [{b}, {a}]}}"),
            format!("{HEAD}, \"f\\u0061cts\": [{a}, {b}]}}"),
            format!("{HEAD}, \"facts\": {{\"x\": {a}, \"y\": {b}}}}}"),
            format!("{HEAD}, \"facts\": [{a}, {b},]}}"),
            format!("{HEAD}, \"facts\": [{a}, {b} {a}]}}"),
            format!("{HEAD}, \"facts\": [{a}, {{\"id\": 1}}]}}"),
            format!("{HEAD}, \"facts\": [{a}, {b}]}} x"),
            format!("{HEAD}, \"facts\": [{a}, {b}], \"nope\": 1}}"),
            format!("{HEAD}, \"facts\": [{a}, {b}"),
            // Nothing to cut.
            format!("{HEAD}, \"facts\": [{a}]}}"),
            format!("{HEAD}, \"facts\": []}}"),
            format!("{HEAD}}}"),
            "[]".to_owned(),
            "{}".to_owned(),
        ];
        for text in &texts {
            assert_eq!(parse_parts(text), None, "{text}");
        }
        // The escaped key is read by serde as `facts`: a whole parse still reads it.
        assert_eq!(whole(&texts[2]).map(|f| f.facts.len()), Some(2));
        assert_eq!(whole(&texts[10]).map(|f| f.facts.len()), Some(1));
    }
}
