//! The `{answer}` slot of a fact's statement, found with one searcher made once: `str::contains`
//! and `str::split` set up a new searcher for each call, which is most of their cost over a large
//! bank's statements (issue #16).

use std::sync::LazyLock;

use memchr::memmem::Finder;

use crate::model::SLOT;

static FINDER: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(SLOT));

/// Whether `statement` has a slot: `statement.contains(SLOT)`.
pub(super) fn has_slot(statement: &str) -> bool {
    FINDER.find(statement.as_bytes()).is_some()
}

/// The parts of `statement` around its slots: `statement.split(SLOT)`.
pub(super) fn around_slots(statement: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(statement);
    std::iter::from_fn(move || {
        let text = rest?;
        match FINDER.find(text.as_bytes()) {
            // The slot is ASCII, so where it starts and ends are a character's bounds.
            Some(at) => {
                rest = text.get(at + SLOT.len()..);
                text.get(..at)
            }
            None => rest.take(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_slots_as_str_does() {
        let statements = [
            "",
            "{answer}",
            "The ferry left {answer} late.",
            "{answer} and {answer}",
            "{answer}{answer}",
            "{{answer}}",
            "{answe} {ANSWER} answer",
            "Ébène {answer} über {answer}",
            "ends {answer",
        ];
        for statement in statements {
            assert_eq!(has_slot(statement), statement.contains(SLOT), "{statement}");
            let parts: Vec<&str> = around_slots(statement).collect();
            let expected: Vec<&str> = statement.split(SLOT).collect();
            assert_eq!(parts, expected, "{statement}");
        }
    }
}
