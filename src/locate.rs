//! Finding where a field path (`facts[3].statement`) sits in a JSON text, so that meaning errors
//! can name a line as well as a field. Pure; works on text that has already parsed.

use std::collections::HashMap;

/// A step of a path: a member's key as the text writes it (escapes as written), or an index.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

fn segments(field: &str) -> Option<Vec<Segment<'_>>> {
    let mut out = Vec::new();
    for part in field.split('.') {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Segment::Key(key));
        }
        while !rest.is_empty() {
            let (index, after) = rest.split_once(']')?;
            out.push(Segment::Index(index.parse().ok()?));
            rest = after.strip_prefix('[').unwrap_or(after);
        }
    }
    Some(out)
}

/// The 1-based line and column where the value at `field` starts, if it is there.
pub fn locate(text: &str, field: &str) -> Option<(usize, usize)> {
    locate_all(text, &[field]).pop().flatten()
}

/// `locate` for many fields, in one pass over the text however many there are: a large bank
/// with a problem in every fact must not be scanned once a problem.
pub fn locate_all(text: &str, fields: &[&str]) -> Vec<Option<(usize, usize)>> {
    let mut wanted: HashMap<Vec<Segment>, Vec<usize>, Fast> = HashMap::default();
    for (i, field) in fields.iter().enumerate() {
        if let Some(target) = segments(field) {
            wanted.entry(target).or_default().push(i);
        }
    }
    let mut offsets: Vec<Option<usize>> = vec![None; fields.len()];
    let mut left = wanted.values().map(Vec::len).sum::<usize>();
    if left > 0 {
        let sieve = Sieve::of(wanted.keys());
        let mut scanner = Scanner {
            text,
            bytes: text.as_bytes(),
            pos: 0,
        };
        let mut visit = visitor(|path, at| {
            if !sieve.may_want(path) {
                return false;
            }
            if let Some(indexes) = wanted.remove(path) {
                for i in indexes {
                    offsets[i] = Some(at);
                    left -= 1;
                }
            }
            left == 0
        });
        scanner.value(&mut Vec::new(), &mut visit, 0);
    }
    places(text, &offsets)
}

/// `f`, with the paths it is given borrowing the text for as long as the scan.
fn visitor<'a, F: FnMut(&[Segment<'a>], usize) -> bool>(f: F) -> F {
    f
}

/// Byte offsets of `text` as 1-based lines and columns (in characters), in one walk.
pub fn places(text: &str, offsets: &[Option<usize>]) -> Vec<Option<(usize, usize)>> {
    let mut order: Vec<(usize, usize)> = offsets
        .iter()
        .enumerate()
        .filter_map(|(i, o)| o.map(|at| (at, i)))
        .collect();
    order.sort_unstable();
    let mut out = vec![None; offsets.len()];
    // `column`: the characters from the line's start to `walked`, counted as the walk goes, so
    // that a file on one line is not counted again from its start for every offset.
    let (mut line, mut walked, mut column) = (1, 0, 0);
    for (at, i) in order {
        let Some(between) = text.get(walked..at) else {
            continue;
        };
        let after_newline = match between.rfind('\n') {
            Some(k) => {
                line += between.bytes().filter(|&b| b == b'\n').count();
                column = 0;
                &between[k + 1..]
            }
            None => between,
        };
        column += after_newline.chars().count();
        walked = at;
        out[i] = Some((line, column + 1));
    }
    out
}

/// The hasher of the paths wanted: every value of a large file is looked up, and foldhash is
/// several times quicker than SipHash on these short keys (nothing here comes from an attacker
/// who could gain by collisions: the paths are our own).
type Fast = foldhash::fast::RandomState;

/// A quick test that rules out most paths before the map of wanted ones is asked: by how many
/// steps they have and what their last step is.
struct Sieve<'w> {
    /// Bit `n` set when a wanted path has `n` steps (127 for 127 or more).
    depths: u128,
    /// The last keys of the wanted paths that end in a key.
    keys: std::collections::HashSet<&'w str, Fast>,
    /// Whether a wanted path ends in an index.
    index: bool,
}

impl<'w> Sieve<'w> {
    fn of<'p>(paths: impl Iterator<Item = &'p Vec<Segment<'w>>>) -> Self
    where
        'w: 'p,
    {
        let mut sieve = Sieve {
            depths: 0,
            keys: Default::default(),
            index: false,
        };
        for path in paths {
            sieve.depths |= 1 << path.len().min(127);
            match path.last() {
                Some(Segment::Key(key)) => {
                    sieve.keys.insert(*key);
                }
                Some(Segment::Index(_)) => sieve.index = true,
                None => {}
            }
        }
        sieve
    }

    fn may_want(&self, path: &[Segment]) -> bool {
        self.depths & (1 << path.len().min(127)) != 0
            && match path.last() {
                Some(Segment::Key(key)) => self.keys.contains(*key),
                Some(Segment::Index(_)) => self.index,
                None => true,
            }
    }
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

const MAX_DEPTH: usize = 256;

impl<'a> Scanner<'a> {
    fn skip_space(&mut self) {
        while self.pos < self.bytes.len() && self.bytes[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Scans one value, telling `visit` the path and offset of it and of every value inside it;
    /// returns `Some` as soon as `visit` says it has all it wants, `None` otherwise.
    fn value(
        &mut self,
        path: &mut Vec<Segment<'a>>,
        visit: &mut dyn FnMut(&[Segment<'a>], usize) -> bool,
        depth: usize,
    ) -> Option<()> {
        self.skip_space();
        if visit(path, self.pos) {
            return Some(());
        }
        if depth > MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            b'{' => self.members(path, visit, depth),
            b'[' => self.elements(path, visit, depth),
            b'"' => {
                self.string()?;
                None
            }
            _ => {
                while let Some(b) = self.peek() {
                    if b == b',' || b == b']' || b == b'}' || b.is_ascii_whitespace() {
                        break;
                    }
                    self.pos += 1;
                }
                None
            }
        }
    }

    /// Scans an object's members (the cursor on its `{`), as `value` does a value.
    fn members(
        &mut self,
        path: &mut Vec<Segment<'a>>,
        visit: &mut dyn FnMut(&[Segment<'a>], usize) -> bool,
        depth: usize,
    ) -> Option<()> {
        self.pos += 1;
        loop {
            self.skip_space();
            match self.peek()? {
                b'}' => {
                    self.pos += 1;
                    return None;
                }
                b',' => self.pos += 1,
                b'"' => {
                    let key = self.string()?;
                    self.skip_space();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.pos += 1;
                    path.push(Segment::Key(key));
                    let found = self.value(path, visit, depth + 1);
                    path.pop();
                    if found.is_some() {
                        return found;
                    }
                }
                _ => return None,
            }
        }
    }

    /// Scans an array's elements (the cursor on its `[`), as `value` does a value.
    fn elements(
        &mut self,
        path: &mut Vec<Segment<'a>>,
        visit: &mut dyn FnMut(&[Segment<'a>], usize) -> bool,
        depth: usize,
    ) -> Option<()> {
        self.pos += 1;
        let mut index = 0;
        loop {
            self.skip_space();
            match self.peek()? {
                b']' => {
                    self.pos += 1;
                    return None;
                }
                b',' => {
                    self.pos += 1;
                    index += 1;
                }
                _ => {
                    path.push(Segment::Index(index));
                    let found = self.value(path, visit, depth + 1);
                    path.pop();
                    if found.is_some() {
                        return found;
                    }
                }
            }
        }
    }

    /// Reads a string (the cursor on its opening quote) and returns it with escapes left as written.
    fn string(&mut self) -> Option<&'a str> {
        let start = self.pos + 1;
        let mut i = start;
        while i < self.bytes.len() {
            match self.bytes[i] {
                b'\\' => i += 2,
                b'"' => {
                    self.pos = i + 1;
                    return self.text.get(start..i);
                }
                _ => i += 1,
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"format\": 1,\n  \"facts\": [\n    {\"id\": \"a\"},\n    {\n      \"id\": \"b\",\n      \"statement\": \"x\"\n    }\n  ],\n  \"claims\": [[1, 2], [3]]\n}";

    #[test]
    fn finds_fields_by_path() {
        assert_eq!(locate(TEXT, "format"), Some((2, 13)));
        assert_eq!(locate(TEXT, "facts[0].id"), Some((4, 12)));
        assert_eq!(locate(TEXT, "facts[1].statement"), Some((7, 20)));
        assert_eq!(locate(TEXT, "claims[1][0]"), Some((10, 23)));
        assert_eq!(locate(TEXT, "facts[2]"), None);
        assert_eq!(locate(TEXT, "nothing"), None);
        assert_eq!(locate("{\"a\": \"unterminated", "b"), None);
        assert_eq!(locate("", "a"), None);
    }

    #[test]
    fn many_fields_in_one_pass() {
        let fields = [
            "claims[1][0]",
            "format",
            "nothing",
            "facts[0].id",
            "format",
            "facts[1].statement",
        ];
        assert_eq!(
            locate_all(TEXT, &fields),
            [
                Some((10, 23)),
                Some((2, 13)),
                None,
                Some((4, 12)),
                Some((2, 13)),
                Some((7, 20))
            ]
        );
        // Columns count characters, not bytes.
        assert_eq!(
            locate("{\"é\": 1,\n \"ü\": [\"ß\", 2]}", "ü[1]"),
            Some((2, 13))
        );
    }
}
