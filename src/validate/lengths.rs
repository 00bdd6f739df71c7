//! The length limit on every text of a question file: a megabyte-long answer is a mistake, and
//! would make every comparison with it slow.

use super::{At, Checker, MAX_TEXT};
use crate::model::QuestionFile;

impl Checker<'_> {
    /// Every text of the file within `MAX_TEXT` characters: a megabyte-long answer is a mistake,
    /// and would make every comparison with it slow.
    pub(super) fn lengths(&mut self, file: &QuestionFile) {
        let mut long: Vec<(String, usize)> = Vec::new();
        let mut check = |field: &dyn Fn() -> String, text: &str| {
            // Bytes first: no text of fewer bytes can have more characters.
            if text.len() > MAX_TEXT && text.chars().count() > MAX_TEXT {
                long.push((field(), text.chars().count()));
            }
        };
        let list = |check: &mut dyn FnMut(&dyn Fn() -> String, &str),
                    at: At,
                    name: &str,
                    texts: &[String]| {
            for (i, text) in texts.iter().enumerate() {
                check(&|| format!("{at}.{name}[{i}]"), text);
            }
        };
        let e = &file.event;
        for (name, text) in [
            ("id", &e.id),
            ("title", &e.title),
            ("summary", &e.summary),
            ("date.value", &e.date.value),
        ] {
            check(&|| format!("event.{name}"), text);
        }
        for (i, f) in file.facts.iter().enumerate() {
            let at = At("facts", i);
            for (name, text) in [
                ("id", Some(f.id.as_str())),
                ("answer", Some(f.answer.as_str())),
                ("statement", Some(f.statement.as_str())),
                ("explanation", Some(f.explanation.as_str())),
                ("question", f.question.as_deref()),
                ("unit", f.unit.as_deref()),
            ] {
                if let Some(text) = text {
                    check(&|| format!("{at}.{name}"), text);
                }
            }
            list(&mut check, at, "aliases", &f.aliases);
            list(&mut check, at, "distractors", &f.distractors);
            list(&mut check, at, "tags", &f.tags);
        }
        for (i, c) in file.claims.iter().enumerate() {
            let at = At("claims", i);
            for (name, text) in [
                ("id", &c.id),
                ("claim", &c.claim),
                ("explanation", &c.explanation),
            ] {
                check(&|| format!("{at}.{name}"), text);
            }
            list(&mut check, at, "tags", &c.tags);
        }
        for (i, q) in file.questions.iter().enumerate() {
            let at = At("questions", i);
            for (name, text) in [
                ("id", &q.id),
                ("question", &q.question),
                ("answer", &q.answer),
            ] {
                check(&|| format!("{at}.{name}"), text);
            }
            if let Some(text) = &q.explanation {
                check(&|| format!("{at}.explanation"), text);
            }
            list(&mut check, at, "aliases", &q.aliases);
            list(&mut check, at, "distractors", &q.distractors);
            list(&mut check, at, "tags", &q.tags);
        }
        for (field, chars) in long {
            self.error(
                field,
                format!("is {chars} characters long; the most a text may have is {MAX_TEXT}"),
            );
        }
    }
}
