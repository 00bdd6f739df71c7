//! The length limit on every text of a question file: a megabyte-long answer is a mistake, and
//! would make every comparison with it slow.

use std::fmt::Display;

use super::{At, Checker, MAX_TEXT};
use crate::model::{Authored, Claim, Event, Fact, QuestionFile};

impl Checker<'_> {
    /// An error for every text of `file` over `MAX_TEXT` characters. The field's path is only
    /// written out for a text that is too long.
    pub(super) fn lengths(&mut self, file: &QuestionFile) {
        let mut long: Vec<(String, usize)> = Vec::new();
        let mut check = |owner: &dyn Display, name: &dyn Display, text: &str| {
            // Bytes first: no text of fewer bytes can have more characters.
            if text.len() > MAX_TEXT {
                let chars = text.chars().count();
                if chars > MAX_TEXT {
                    long.push((format!("{owner}.{name}"), chars));
                }
            }
        };
        event_texts(&file.event, &mut check);
        for (i, f) in file.facts.iter().enumerate() {
            fact_texts(At("facts", i), f, &mut check);
        }
        for (i, c) in file.claims.iter().enumerate() {
            claim_texts(At("claims", i), c, &mut check);
        }
        for (i, q) in file.questions.iter().enumerate() {
            authored_texts(At("questions", i), q, &mut check);
        }
        for (field, chars) in long {
            self.error(
                field,
                format!("is {chars} characters long; the most a text may have is {MAX_TEXT}"),
            );
        }
    }
}

/// Called with the owner (`event`, `facts[3]`), the field's name and the text, for each text.
type Check<'c> = dyn FnMut(&dyn Display, &dyn Display, &str) + 'c;

fn event_texts(e: &Event, check: &mut Check) {
    let date = e.date.as_ref();
    for (name, text) in [
        ("id", Some(e.id.as_str())),
        ("title", Some(e.title.as_str())),
        ("summary", Some(e.summary.as_str())),
        ("date.value", date.map(|d| d.value.as_str())),
        ("date.basis", date.and_then(|d| d.basis.as_deref())),
    ] {
        if let Some(text) = text {
            check(&"event", &name, text);
        }
    }
    for (k, text) in e.places.iter().enumerate() {
        check(&"event", &format_args!("places[{k}]"), text);
    }
}

fn fact_texts(at: At, f: &Fact, check: &mut Check) {
    for (name, text) in [
        ("id", Some(f.id.as_str())),
        ("answer", Some(f.answer.as_str())),
        ("statement", Some(f.statement.as_str())),
        ("explanation", Some(f.explanation.as_str())),
        ("question", f.question.as_deref()),
        ("unit", f.unit.as_deref()),
    ] {
        if let Some(text) = text {
            check(&at, &name, text);
        }
    }
    for (name, texts) in [
        ("aliases", &f.aliases),
        ("distractors", &f.distractors),
        ("tags", &f.tags),
    ] {
        for (k, text) in texts.iter().enumerate() {
            check(&at, &format_args!("{name}[{k}]"), text);
        }
    }
}

fn claim_texts(at: At, c: &Claim, check: &mut Check) {
    for (name, text) in [
        ("id", &c.id),
        ("claim", &c.claim),
        ("explanation", &c.explanation),
    ] {
        check(&at, &name, text);
    }
    for (k, text) in c.tags.iter().enumerate() {
        check(&at, &format_args!("tags[{k}]"), text);
    }
}

fn authored_texts(at: At, q: &Authored, check: &mut Check) {
    for (name, text) in [
        ("id", Some(q.id.as_str())),
        ("question", Some(q.question.as_str())),
        ("answer", Some(q.answer.as_str())),
        ("explanation", q.explanation.as_deref()),
    ] {
        if let Some(text) = text {
            check(&at, &name, text);
        }
    }
    for (name, texts) in [
        ("aliases", &q.aliases),
        ("distractors", &q.distractors),
        ("tags", &q.tags),
    ] {
        for (k, text) in texts.iter().enumerate() {
            check(&at, &format_args!("{name}[{k}]"), text);
        }
    }
}
