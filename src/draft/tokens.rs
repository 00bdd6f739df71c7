//! The words, numbers and marks of a paragraph, each with its place, so that a value found in them
//! can be cut out of the paragraph exactly.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters, with apostrophes, `&` and dots inside ("King’s", "PG&E", "U.S.", "p.m.").
    Word,
    /// ASCII digits, with `,` `.` or `:` between digits ("7,700", "3.4", "2:14").
    Number,
    /// Any other character that is not space: `$`, `%`, `-`, `“`, `(`...
    Mark,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// No space between this token and the one before it.
    pub glued: bool,
}

impl Token {
    pub fn text<'t>(&self, paragraph: &'t str) -> &'t str {
        &paragraph[self.start..self.end]
    }

    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// The tokens of `text`, in order.
pub fn tokens(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let offset = |i: usize| chars.get(i).map_or(text.len(), |&(o, _)| o);
    let mut out = Vec::new();
    let mut i = 0;
    let mut glued = false;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_whitespace() {
            glued = false;
            i += 1;
            continue;
        }
        let start = i;
        let kind = if c.is_ascii_digit() {
            i += 1;
            while let Some(c) = at(i) {
                let joins =
                    matches!(c, ',' | '.' | ':') && at(i + 1).is_some_and(|n| n.is_ascii_digit());
                if c.is_ascii_digit() {
                    i += 1;
                } else if joins {
                    i += 2;
                } else {
                    break;
                }
            }
            Kind::Number
        } else if c.is_alphabetic() {
            i = word_end(&chars, i);
            Kind::Word
        } else {
            i += 1;
            Kind::Mark
        };
        out.push(Token {
            start: offset(start),
            end: offset(i),
            kind,
            glued,
        });
        glued = true;
    }
    out
}

/// Where the word starting at `i` ends: letters (and marks), joined by an apostrophe or `&`
/// followed by a letter; a run of single letters each followed by a dot is one word ("U.S.").
fn word_end(chars: &[(usize, char)], mut i: usize) -> usize {
    let letter = |i: usize| chars.get(i).is_some_and(|&(_, c)| c.is_alphabetic());
    let single = |i: usize| letter(i) && !letter(i + 1);
    // "U.S.", "p.m.": a letter, a dot, a letter, a dot.
    if single(i) && chars.get(i + 1).is_some_and(|&(_, c)| c == '.') && single(i + 2) {
        let mut j = i;
        while single(j) && chars.get(j + 1).is_some_and(|&(_, c)| c == '.') {
            j += 2;
        }
        return j;
    }
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_alphabetic() || (!c.is_ascii() && is_mark(c)) {
            i += 1;
        } else if matches!(c, '\'' | '’' | '&') && letter(i + 1) && i > 0 {
            i += 2;
        } else {
            break;
        }
    }
    i
}

fn is_mark(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str) -> Vec<String> {
        tokens(text)
            .iter()
            .map(|t| {
                let tag = match t.kind {
                    Kind::Word => "w",
                    Kind::Number => "n",
                    Kind::Mark => "m",
                };
                format!("{}{tag}:{}", if t.glued { "+" } else { "" }, t.text(text))
            })
            .collect()
    }

    #[test]
    fn words_numbers_and_marks() {
        assert_eq!(
            shown("King’s PG&E U.S. 7,700 $3.4m 1950-53 at 2:14 p.m."),
            [
                "w:King’s",
                "w:PG&E",
                "w:U.S.",
                "n:7,700",
                "m:$",
                "+n:3.4",
                "+w:m",
                "n:1950",
                "+m:-",
                "+n:53",
                "w:at",
                "n:2:14",
                "w:p.m."
            ]
        );
        assert_eq!(
            shown("“Go,” he said."),
            ["m:“", "+w:Go", "+m:,", "+m:”", "w:he", "w:said", "+m:."]
        );
        assert_eq!(shown("7, 8. 9"), ["n:7", "+m:,", "n:8", "+m:.", "n:9"]);
        assert!(tokens("").is_empty());
    }
}
