//! The draw and the kinds that show the source (issue #17): which of them a game's files can give,
//! and a second chance for an item whose evidence or altered-detail question had to be left out.

use std::cell::OnceCell;

use super::{Item, Pool};
use crate::generate::Generator;
use crate::model::QuestionFile;
use crate::question::{Kind, Question};

/// The kinds of `wanted` that `files` can give, as far as it shows at a glance: the kinds that show
/// the source only when a file carries its text or digest. A game of files without either thus
/// takes its turns among the same kinds, and draws the same questions from a seed, as before those
/// kinds existed (the pinned seeds).
pub(super) fn drawable(files: &[&QuestionFile], wanted: &[Kind]) -> Vec<Kind> {
    let shown = files.iter().any(|f| f.event.source.shown().is_some());
    let kept: Vec<Kind> = wanted
        .iter()
        .copied()
        .filter(|k| shown || !Kind::FROM_SOURCE.contains(k))
        .collect();
    // Asked for those kinds only: the draw finds nothing, and says so.
    if kept.is_empty() {
        wanted.to_vec()
    } else {
        kept
    }
}

impl<'a> Item<'a> {
    /// The item again, offered only the kinds of `wanted` that do not show the source; `None` when
    /// it has no other.
    fn without_source_kinds(&self, generator: &Generator, wanted: &[Kind]) -> Option<Item<'a>> {
        let kinds: Vec<Kind> = self
            .offered(generator, wanted)
            .iter()
            .copied()
            .filter(|k| !Kind::FROM_SOURCE.contains(k))
            .collect();
        if kinds.is_empty() {
            return None;
        }
        let kinds = OnceCell::from(kinds.into_boxed_slice());
        match self {
            Item::Fact(event, fact, _) => Some(Item::Fact(event, fact, kinds)),
            Item::Claim(event, claim, _) => Some(Item::Claim(event, claim, kinds)),
            Item::Authored(..) => None,
        }
    }
}

impl<'a> Pool<'a> {
    /// Puts back, first among the items left, each item of `picked` whose question in `left_out` showed
    /// the source (a paragraph names many answers, so such a question is often what a game cannot
    /// hold), to be drawn again as another kind. Returns whether any was put back.
    pub(super) fn take_back(
        &mut self,
        picked: &[Item<'a>],
        left_out: &[Question],
        generator: &Generator,
        wanted: &[Kind],
    ) -> bool {
        let mut any = false;
        for q in left_out
            .iter()
            .filter(|q| Kind::FROM_SOURCE.contains(&q.kind))
        {
            let key = (q.event_id.as_str(), q.id.as_str());
            let again = picked
                .iter()
                .find(|item| item.key_ref() == key)
                .and_then(|item| item.without_source_kinds(generator, wanted));
            if let Some(item) = again {
                // First among the items left, so that practice's order keeps it where it was.
                self.left.insert(self.first, Some(item));
                any = true;
            }
        }
        any
    }
}

/// The kinds of `offered` a practice game asks an item as: those that do not show the source, when
/// there are any.
pub(super) fn in_order(offered: &[Kind]) -> Vec<Kind> {
    let plain: Vec<Kind> = offered
        .iter()
        .copied()
        .filter(|k| !Kind::FROM_SOURCE.contains(k))
        .collect();
    if plain.is_empty() {
        offered.to_vec()
    } else {
        plain
    }
}
