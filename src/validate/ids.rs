//! Ids: a fact, claim or question id is unique within its event, and an event id within the loaded
//! files. Two files for different events may reuse an id; two files for the same event cannot both
//! be played (a game skips the later one).

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use super::Checker;
use crate::echo::quoted;
use crate::model::QuestionFile;

impl Checker<'_> {
    /// Ids of facts, claims and questions are unique within the file: they share one namespace.
    pub(super) fn ids(&mut self, file: &QuestionFile) {
        const LISTS: [&str; 3] = ["facts", "claims", "questions"];
        let facts = file.facts.iter().map(|f| f.id.as_str()).enumerate();
        let claims = file.claims.iter().map(|c| c.id.as_str()).enumerate();
        let questions = file.questions.iter().map(|q| q.id.as_str()).enumerate();
        let all = facts
            .map(|(i, id)| (0, i, id))
            .chain(claims.map(|(i, id)| (1, i, id)))
            .chain(questions.map(|(i, id)| (2, i, id)));
        let count = file.facts.len() + file.claims.len() + file.questions.len();
        // Where each id was first seen: the list and the index, packed small (a bank has many).
        // foldhash: several times quicker than SipHash on short ids (issue #16).
        let mut seen: HashMap<&str, (u8, u32), foldhash::fast::RandomState> =
            HashMap::with_capacity_and_hasher(count, Default::default());
        for (list, i, id) in all {
            if id.is_empty() {
                continue;
            }
            // One look-up a new id (most are new): its place is taken where it is found free.
            let (first_list, first) = match seen.entry(id) {
                Entry::Occupied(first) => *first.get(),
                Entry::Vacant(free) => {
                    free.insert((list, u32::try_from(i).unwrap_or(u32::MAX)));
                    continue;
                }
            };
            self.error(
                format!("{}[{i}].id", LISTS[usize::from(list)]),
                format!(
                    "the id {} is already used by {}[{first}]; ids must differ within an event",
                    quoted(id),
                    LISTS[usize::from(first_list)]
                ),
            );
        }
    }

    /// The event's id is not the id of an event loaded before it; `events` maps each event id seen
    /// so far to the name of its file.
    pub(super) fn event_id<'f>(
        &mut self,
        file: &'f QuestionFile,
        events: &mut HashMap<&'f str, String>,
    ) {
        let id = file.event.id.as_str();
        if id.is_empty() {
            return;
        }
        match events.get(id) {
            Some(first) => self.error(
                "event.id".into(),
                format!(
                    "the event id {} is already used by {first}; a game plays that file and skips this one, so give this event its own id",
                    quoted(id)
                ),
            ),
            None => {
                events.insert(id, self.file.clone());
            }
        }
    }
}
