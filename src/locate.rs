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
///
/// The text is one that parsed into the model, so no object has a key twice: once the value of a
/// wanted field's object or array has been scanned to its end without the field, the field is not
/// in the text, and the scan stops as soon as every field is found or so ruled out (a problem on a
/// field a fact leaves out, near the start of a large bank, is not looked for to the file's end).
pub fn locate_all(text: &str, fields: &[&str]) -> Vec<Option<(usize, usize)>> {
    let (offsets, _) = scan(text, fields);
    places(text, &offsets)
}

/// `locate_all` in `start`, the beginning of a text, when the scan finds or rules out every field
/// before `start` ends: what it finds is then what `locate_all` finds in the whole text, which
/// holds the same bytes up to there (the scan decides from the bytes before where it stops, and
/// stops at once when all is settled, each value found at a byte `start` holds). `None` when
/// `start` ends first (a large file's problems are mostly placed from its first bytes, without
/// reading it all again: issue #16).
pub fn locate_all_within(start: &str, fields: &[&str]) -> Option<Vec<Option<(usize, usize)>>> {
    let (offsets, settled) = scan(start, fields);
    // A value found where `start` ends may start further on, after white space it does not hold.
    let inside = offsets.iter().flatten().all(|&at| at < start.len());
    (settled && inside).then(|| places(start, &offsets))
}

/// The byte offsets of `fields` in `text`, and whether each was found or ruled out (rather than
/// the text ending first).
fn scan(text: &str, fields: &[&str]) -> (Vec<Option<usize>>, bool) {
    let mut wanted: HashMap<Vec<Segment>, Vec<usize>, Fast> = HashMap::default();
    for (i, field) in fields.iter().enumerate() {
        if let Some(target) = segments(field) {
            wanted.entry(target).or_default().push(i);
        }
    }
    let mut offsets: Vec<Option<usize>> = vec![None; fields.len()];
    // The wanted paths not yet found nor ruled out.
    let mut left = wanted.len();
    if left > 0 {
        let sieve = Sieve::of(wanted.keys());
        let mut open = Open::of(wanted.keys());
        let mut scanner = Scanner {
            text,
            bytes: text.as_bytes(),
            pos: 0,
        };
        let mut visit = visitor(|path, at| {
            let Some(at) = at else {
                // The value at `path` ended: what is still wanted inside it is not there.
                left = left.saturating_sub(open.ended(path));
                return left == 0;
            };
            if !sieve.may_want(path) {
                return false;
            }
            if let Some(indexes) = wanted.remove(path) {
                for i in indexes {
                    offsets[i] = Some(at);
                }
                open.found(path);
                // Saturating: a text with a key twice (which the model never parses) may have a
                // path ruled out and then found.
                left = left.saturating_sub(1);
            }
            left == 0
        });
        scanner.value(&mut Vec::new(), &mut visit, 0);
    }
    (offsets, left == 0)
}

/// `f`, with the paths it is given borrowing the text for as long as the scan. It is told of each
/// value where it starts (`Some` offset) and of each object or array when it ends (`None`), and
/// returns whether the scan can stop.
fn visitor<'a, F: FnMut(&[Segment<'a>], Option<usize>) -> bool>(f: F) -> F {
    f
}

/// The objects and arrays that hold wanted paths, with how many of those are not found yet.
struct Open<'w> {
    /// By each proper, non-empty beginning of a wanted path: the wanted paths under it not yet
    /// found.
    inside: HashMap<Vec<Segment<'w>>, usize, Fast>,
    /// Bit `n` set when a key of `inside` has `n` steps (127 for 127 or more).
    depths: u128,
}

impl<'w> Open<'w> {
    fn of<'p>(paths: impl Iterator<Item = &'p Vec<Segment<'w>>>) -> Self
    where
        'w: 'p,
    {
        let mut open = Open {
            inside: HashMap::default(),
            depths: 0,
        };
        for path in paths {
            for end in 1..path.len() {
                *open.inside.entry(path[..end].to_vec()).or_default() += 1;
                open.depths |= 1 << end.min(127);
            }
        }
        open
    }

    /// `path`, a wanted path, was found.
    fn found(&mut self, path: &[Segment<'w>]) {
        self.settle(path, 1);
    }

    /// The value at `path` ended: how many wanted paths inside it were not found (and never will
    /// be).
    fn ended(&mut self, path: &[Segment<'w>]) -> usize {
        if self.depths & (1 << path.len().min(127)) == 0 {
            return 0;
        }
        let missing = self.inside.remove(path).unwrap_or(0);
        if missing > 0 {
            self.settle(path, missing);
        }
        missing
    }

    /// `n` wanted paths inside `path` (or `path` itself) are settled: the objects around it wait
    /// for that many fewer.
    fn settle(&mut self, path: &[Segment<'w>], n: usize) {
        for end in 1..path.len() {
            if let Some(count) = self.inside.get_mut(&path[..end]) {
                *count = count.saturating_sub(n);
            }
        }
    }
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
        visit: &mut dyn FnMut(&[Segment<'a>], Option<usize>) -> bool,
        depth: usize,
    ) -> Option<()> {
        self.skip_space();
        if visit(path, Some(self.pos)) {
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
        visit: &mut dyn FnMut(&[Segment<'a>], Option<usize>) -> bool,
        depth: usize,
    ) -> Option<()> {
        self.pos += 1;
        loop {
            self.skip_space();
            match self.peek()? {
                b'}' => {
                    self.pos += 1;
                    return visit(path, None).then_some(());
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
        visit: &mut dyn FnMut(&[Segment<'a>], Option<usize>) -> bool,
        depth: usize,
    ) -> Option<()> {
        self.pos += 1;
        let mut index = 0;
        loop {
            self.skip_space();
            match self.peek()? {
                b']' => {
                    self.pos += 1;
                    return visit(path, None).then_some(());
                }
                b',' => {
                    self.pos += 1;
                    index += 1;
                }
                _ => {
                    let before = self.pos;
                    path.push(Segment::Index(index));
                    let found = self.value(path, visit, depth + 1);
                    path.pop();
                    if found.is_some() {
                        return found;
                    }
                    // An element that could not be read (a text that ends inside it, a byte no
                    // value starts with, nesting too deep) moves the scan no further: stop.
                    if self.pos == before {
                        return None;
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
        // The text ends inside the string: nothing after it is read.
        self.pos = self.bytes.len();
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

    /// A field its object lacks is given up when the object ends: the scan goes no further for
    /// it (shown by a second object under the same key, which a question file cannot have, and
    /// which a scan to the end would find), and the fields after it are still found.
    #[test]
    fn a_field_its_object_lacks_is_not_looked_for_past_the_object() {
        let repeated = "{\"facts\": [{\"id\": \"a\"}], \"facts\": [{\"id\": \"b\", \"unit\": 1}]}";
        assert_eq!(locate(repeated, "facts[0].unit"), None);
        assert_eq!(locate(repeated, "facts[0].id"), Some((1, 19)));
        let fields = [
            "facts[0].statement",
            "facts[1].statement",
            "facts[0]",
            "facts[1].unit",
            "claims[1][0]",
            "claims[0][2]",
            "facts[0].statement",
        ];
        assert_eq!(
            locate_all(TEXT, &fields),
            [
                None,
                Some((7, 20)),
                Some((4, 5)),
                None,
                Some((10, 23)),
                None,
                None
            ]
        );
        // Only missing fields: every one ruled out, none found.
        assert_eq!(
            locate_all(TEXT, &["facts[0].x", "claims[1][1]", "format.x"]),
            [None, None, None]
        );
    }

    /// A text that is cut or broken ends the scan instead of holding it in place for ever: a
    /// string the text ends inside, an array holding a byte no value starts with, nesting deeper
    /// than the scan goes.
    #[test]
    fn a_cut_or_broken_text_ends_the_scan() {
        let deep = "[".repeat(300);
        for text in [
            "{\"a\": [{\"",
            "{\"a\": [\"b",
            "[}",
            "{\"a\": [1, }",
            deep.as_str(),
        ] {
            assert_eq!(
                locate_all(text, &["a[0].b", "x"]),
                vec![None, None],
                "{text:?}"
            );
        }
    }

    /// In any beginning of a text, the places are settled only when they are those of the whole
    /// text: found or ruled out before the beginning ends, whatever follows it.
    #[test]
    fn a_beginning_settles_only_the_places_of_the_whole_text() {
        let unicode = "{\"é\": {\"ü\": [\"ß\", 2]}, \"facts\": [{\"id\": \"a\"}, {\"id\": \"b\\\"\", \"x\": 3}]}";
        let sets: [&[&str]; 6] = [
            &["format"],
            &["facts[1].statement", "format"],
            &["facts[0].statement", "facts[0]", "claims[1][0]"],
            &["facts[0].unit", "é.ü[1]", "facts[1].x"],
            &["facts[2]", "format.x"],
            &[],
        ];
        let mut settled_early = 0;
        for text in [TEXT, unicode] {
            for fields in sets {
                let whole = locate_all(text, fields);
                for cut in (0..=text.len()).filter(|&c| text.is_char_boundary(c)) {
                    if let Some(found) = locate_all_within(&text[..cut], fields) {
                        assert_eq!(found, whole, "{fields:?} in {:?}", &text[..cut]);
                        settled_early += usize::from(cut < text.len() && !fields.is_empty());
                    }
                }
            }
        }
        // Settled before the end of the text for some, which is what it is for.
        assert!(settled_early > 20, "{settled_early}");
        assert_eq!(
            locate_all_within(&TEXT[..20], &["format"]),
            Some(vec![Some((2, 13))])
        );
        assert_eq!(locate_all_within(&TEXT[..20], &["claims"]), None);
        assert_eq!(locate_all_within(TEXT, &["nothing"]), None);
    }
}
