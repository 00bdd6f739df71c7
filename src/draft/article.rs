//! An article's text as paragraphs: one paragraph a line, or paragraphs split by blank lines (the
//! lines of one paragraph then joined). Control characters are dropped and runs of space folded, so
//! a paragraph can be quoted as it is.

/// The paragraphs of `text`, cleaned, none empty.
pub fn paragraphs(text: &str) -> Vec<String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let blank = |line: &&str| clean(line).is_empty();
    // A blank line between two lines with text means paragraphs are blocks of lines.
    let first = lines.iter().position(|l| !blank(l));
    let last = lines.iter().rposition(|l| !blank(l));
    let blocks = match (first, last) {
        (Some(first), Some(last)) => lines[first..=last].iter().any(blank),
        _ => false,
    };
    let mut out = Vec::new();
    if blocks {
        let mut current = String::new();
        for line in &lines {
            let line = clean(line);
            if line.is_empty() {
                if !current.is_empty() {
                    out.push(std::mem::take(&mut current));
                }
            } else {
                if !current.is_empty() {
                    current.push(' ');
                }
                current.push_str(&line);
            }
        }
        if !current.is_empty() {
            out.push(current);
        }
    } else {
        out.extend(lines.iter().map(|l| clean(l)).filter(|l| !l.is_empty()));
    }
    out
}

/// A line without control or format characters that could change how a terminal shows it, with
/// every run of space (tabs and no-break spaces included) folded to one space.
fn clean(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut space = false;
    for c in line.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if c.is_control() || is_format(c) {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

/// Bidirectional overrides and isolates, zero-width and other invisible format characters.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_paragraph_a_line_or_blocks_between_blank_lines() {
        assert_eq!(paragraphs("One.\nTwo.\n\n"), ["One.", "Two."]);
        assert_eq!(
            paragraphs("\n\nOne line\nwrapped.\n\n  \nTwo.\n"),
            ["One line wrapped.", "Two."]
        );
        assert_eq!(
            paragraphs("\u{feff}A\tb\u{1b}[31m  c\u{202e}d\r\n"),
            ["A b[31m cd"]
        );
        assert!(paragraphs("").is_empty());
        assert!(paragraphs(" \n\t\n").is_empty());
    }
}
