//! Finding where a field path (`facts[3].statement`) sits in a JSON text, so that meaning errors
//! can name a line as well as a field. Pure; works on text that has already parsed.

#[derive(Debug, PartialEq)]
enum Segment {
    Key(String),
    Index(usize),
}

fn segments(field: &str) -> Option<Vec<Segment>> {
    let mut out = Vec::new();
    for part in field.split('.') {
        let (key, mut rest) = part.split_once('[').map_or((part, ""), |(k, r)| (k, r));
        if !key.is_empty() {
            out.push(Segment::Key(key.to_owned()));
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
    let target = segments(field)?;
    let mut scanner = Scanner {
        bytes: text.as_bytes(),
        pos: 0,
    };
    let at = scanner.value(&mut Vec::new(), &target, 0)?;
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some((line, column))
}

struct Scanner<'a> {
    bytes: &'a [u8],
    pos: usize,
}

const MAX_DEPTH: usize = 256;

impl Scanner<'_> {
    fn skip_space(&mut self) {
        while self.pos < self.bytes.len() && self.bytes[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// Scans one value; returns the offset of the target value if it is this one or inside it.
    fn value(
        &mut self,
        path: &mut Vec<Segment>,
        target: &[Segment],
        depth: usize,
    ) -> Option<usize> {
        self.skip_space();
        if path.as_slice() == target {
            return Some(self.pos);
        }
        if depth > MAX_DEPTH {
            return None;
        }
        match self.peek()? {
            b'{' => {
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
                            let found = self.value(path, target, depth + 1);
                            path.pop();
                            if found.is_some() {
                                return found;
                            }
                        }
                        _ => return None,
                    }
                }
            }
            b'[' => {
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
                            let found = self.value(path, target, depth + 1);
                            path.pop();
                            if found.is_some() {
                                return found;
                            }
                        }
                    }
                }
            }
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

    /// Reads a string (the cursor on its opening quote) and returns it with escapes left as written.
    fn string(&mut self) -> Option<String> {
        let start = self.pos + 1;
        let mut i = start;
        while i < self.bytes.len() {
            match self.bytes[i] {
                b'\\' => i += 2,
                b'"' => {
                    self.pos = i + 1;
                    return String::from_utf8(self.bytes[start..i].to_vec()).ok();
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
}
