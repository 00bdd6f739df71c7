//! `hint` (issue #17): the paragraphs a question cites, as the file has them (text or digest), for
//! half its points. A hint must not give away a question still to come: every answer of a later
//! question is blanked out of it, and a paragraph that could decide a later question with no answer
//! of its own (a claim, which the paragraph's words might settle) is held back.

use super::leaks::form_words;
use crate::normalize;
use crate::question::{Passage, Question};

/// What stands in a hint where an answer of a later question was.
pub const BLANKED: &str = "…";

/// What `hint` shows at a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    /// The cited paragraphs that can be shown, later answers blanked out.
    pub shown: Vec<Passage>,
    /// The cited paragraphs held back, as a later question is decided by them.
    pub held_back: Vec<u32>,
}

/// The points a right answer earns after a hint: half, rounded up.
pub fn halved(points: u32) -> u32 {
    points.div_ceil(2)
}

/// The hint for question `at` of `questions` (the game's questions in order).
pub fn hint(questions: &[Question], at: usize) -> Hint {
    let Some(question) = questions.get(at) else {
        return Hint {
            shown: Vec::new(),
            held_back: Vec::new(),
        };
    };
    let later = &questions[at + 1..];
    let forms: Vec<Vec<String>> = later.iter().flat_map(form_words).collect();
    let mut shown = Vec::new();
    let mut held_back = Vec::new();
    for passage in &question.cited_text {
        // A later question that shows the source's paragraphs itself is not decided by them.
        let decides_later = later.iter().any(|q| {
            q.event_id == question.event_id
                && q.answer_forms.is_empty()
                && q.passages.is_empty()
                && q.paragraphs.contains(&passage.number)
        });
        if decides_later {
            held_back.push(passage.number);
        } else {
            shown.push(Passage {
                number: passage.number,
                text: blank_out(&passage.text, &forms),
            });
        }
    }
    Hint { shown, held_back }
}

/// `text` with every run of words that reads as one of `forms` (normalised words) replaced by
/// `BLANKED`.
pub fn blank_out(text: &str, forms: &[Vec<String>]) -> String {
    // Each word of the text, normalised, with the bytes it takes (its letters and digits).
    let mut words: Vec<(String, usize, usize)> = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
        if c.is_whitespace() || matches!(c, '-' | '/' | '_' | '–' | '—') {
            let segment = &text[start..i];
            let first = segment.find(char::is_alphanumeric);
            let last = segment
                .char_indices()
                .rfind(|(_, c)| c.is_alphanumeric())
                .map(|(at, c)| at + c.len_utf8());
            if let (Some(first), Some(last)) = (first, last) {
                for word in normalize::words(segment) {
                    words.push((word, start + first, start + last));
                }
            }
            start = i + c.len_utf8();
        }
    }
    let mut cut: Vec<(usize, usize)> = Vec::new();
    for form in forms.iter().filter(|f| !f.is_empty()) {
        for (i, window) in words.windows(form.len()).enumerate() {
            if window.iter().zip(form).all(|(w, f)| w.0 == *f) {
                cut.push((words[i].1, words[i + form.len() - 1].2));
            }
        }
    }
    cut.sort_unstable();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (from, to) in cut {
        if to <= at {
            continue;
        }
        if from >= at {
            out.push_str(&text[at..from]);
            out.push_str(BLANKED);
        }
        at = to;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests;
