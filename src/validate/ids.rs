//! Ids are unique within a file and across every loaded file.

use std::collections::HashMap;

use super::Checker;
use crate::model::QuestionFile;

impl Checker<'_> {
    /// Ids of facts, claims and questions are unique within a file and across all loaded files.
    /// `ids` maps each id seen so far to the index of its file in `names`.
    pub(super) fn ids<'f>(
        &mut self,
        file: &'f QuestionFile,
        index: usize,
        names: &[String],
        ids: &mut HashMap<&'f str, usize>,
    ) {
        let facts = file.facts.iter().map(|f| ("facts", &f.id));
        let claims = file.claims.iter().map(|c| ("claims", &c.id));
        let questions = file.questions.iter().map(|q| ("questions", &q.id));
        let mut counts = [0usize; 3];
        for (list, id) in facts.chain(claims).chain(questions) {
            let slot = ["facts", "claims", "questions"]
                .iter()
                .position(|l| *l == list)
                .unwrap_or(0);
            let i = counts[slot];
            counts[slot] += 1;
            if id.is_empty() {
                continue;
            }
            match ids.get(id.as_str()) {
                Some(&other) if other == index => self.error(
                    format!("{list}[{i}].id"),
                    format!("duplicate id {id:?} in this file"),
                ),
                Some(&other) => self.error(
                    format!("{list}[{i}].id"),
                    format!("duplicate id {id:?}, also used in {}", names[other]),
                ),
                None => {
                    ids.insert(id, index);
                }
            }
        }
    }
}
