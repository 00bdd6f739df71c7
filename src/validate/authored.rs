//! A hand-written question's checks: its texts, its paragraphs, a true/false answer that is true
//! or false, and a choice question's distinct wrong options that do not give the answer away.

use std::collections::HashMap;

use super::{At, Checker, Severity};
use crate::echo::quoted;
use crate::model::{Authored, AuthoredKind};
use crate::model::{OPTIONS, parse_truth};
use crate::normalize;

impl Checker<'_> {
    pub(super) fn authored(&mut self, at: At, q: &Authored, paragraphs: u32) {
        self.not_empty(|| format!("{at}.id"), &q.id);
        self.not_empty(|| format!("{at}.question"), &q.question);
        self.not_empty(|| format!("{at}.answer"), &q.answer);
        for (i, p) in q.paragraphs.iter().enumerate() {
            self.paragraph(|| format!("{at}.paragraphs[{i}]"), *p, paragraphs);
        }
        match q.kind {
            AuthoredKind::Truefalse => {
                if parse_truth(&q.answer).is_none() {
                    self.error(
                        format!("{at}.answer"),
                        format!(
                            "a truefalse answer is \"true\" or \"false\", not {}",
                            quoted(&q.answer)
                        ),
                    );
                }
            }
            AuthoredKind::Choice => {
                // As for facts: the question must not contain the answer it asks for.
                if let Some(form) = std::iter::once(&q.answer)
                    .chain(&q.aliases)
                    .find(|form| normalize::contains_words(&q.question, form))
                {
                    self.error(
                        format!("{at}.question"),
                        format!(
                            "the question gives its own answer away: it contains {}",
                            quoted(form)
                        ),
                    );
                }
                let mut seen: HashMap<String, &String> = std::iter::once(&q.answer)
                    .chain(&q.aliases)
                    .map(|a| (normalize::key(a), a))
                    .collect();
                for (i, d) in q.distractors.iter().enumerate() {
                    let key = normalize::key(d);
                    let field = format!("{at}.distractors[{i}]");
                    if key.is_empty() {
                        self.error(field, "must not be empty");
                    } else if let Some(same) = seen.get(&key) {
                        self.error(
                            field,
                            format!("{} is the same as {}", quoted(d), quoted(same)),
                        );
                    } else {
                        seen.insert(key, d);
                    }
                }
                if q.distractors.is_empty() {
                    self.error(
                        format!("{at}.distractors"),
                        "a choice question needs wrong options to choose from",
                    );
                } else if q.distractors.len() < OPTIONS - 1 {
                    self.report(
                        Severity::Warning,
                        format!("{at}.distractors"),
                        format!(
                            "only {} wrong options; players will see fewer than {OPTIONS} choices",
                            q.distractors.len()
                        ),
                    );
                }
            }
        }
    }
}
