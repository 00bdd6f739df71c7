//! A file's digest of its source (`event.source.digest`, issue #17): one line for each of the
//! source's paragraphs, none of them empty, so that paragraph N of the digest stands for paragraph N
//! of the source wherever the game shows it.

use super::Checker;
use crate::model::Source;

impl Checker<'_> {
    pub(super) fn digest(&mut self, source: &Source) {
        if let Some(text) = &source.text {
            self.lines("text", text);
        }
        let Some(digest) = &source.digest else { return };
        if digest.len() != source.paragraphs as usize {
            self.error(
                "event.source.digest".into(),
                format!(
                    "the digest has {} line{}, but event.source.paragraphs says the source has {}: write one line for each paragraph",
                    digest.len(),
                    if digest.len() == 1 { "" } else { "s" },
                    source.paragraphs
                ),
            );
        }
        self.lines("digest", digest);
    }

    /// No paragraph of the text or line of the digest is empty.
    fn lines(&mut self, field: &str, lines: &[String]) {
        for (i, line) in lines.iter().enumerate() {
            self.not_empty(|| format!("event.source.{field}[{i}]"), line);
        }
    }
}
