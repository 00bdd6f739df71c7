//! The `{answer}` slot of a fact's statement, found without a substring searcher: `str::contains`
//! and `str::split` set up a new searcher for each call, which is most of their cost over a large
//! bank's statements (issue #16).

use crate::model::SLOT;

/// Where the first slot in `text` starts: `text.find(SLOT)`. A statement is short and has few
/// braces, so each `{` (memchr) is looked at; a substring searcher costs more to run on so short
/// a text than the search itself (issue #16).
fn find_slot(text: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(brace) = memchr::memchr(b'{', &text[from..]) {
        let at = from + brace;
        if text[at..].starts_with(SLOT.as_bytes()) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Whether `statement` has a slot: `statement.contains(SLOT)`.
pub(super) fn has_slot(statement: &str) -> bool {
    find_slot(statement.as_bytes()).is_some()
}

/// The parts of `statement` around its slots: `statement.split(SLOT)`.
pub(super) fn around_slots(statement: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(statement);
    std::iter::from_fn(move || {
        let text = rest?;
        match find_slot(text.as_bytes()) {
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
            "{ {answer {{answer} {answer}",
            "}{answer}{",
        ];
        for statement in statements {
            assert_eq!(has_slot(statement), statement.contains(SLOT), "{statement}");
            let parts: Vec<&str> = around_slots(statement).collect();
            let expected: Vec<&str> = statement.split(SLOT).collect();
            assert_eq!(parts, expected, "{statement}");
        }
    }
}
