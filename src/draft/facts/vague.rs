//! A vague pair of numbers ("one or two", "three or four wide releases") or of years a year or two
//! apart ("in 2027 or 2028"): an estimate, not two values. Neither is asked: a blank in it is guessed from the other, and a false version that
//! swaps one reads as nonsense ("three or two wide releases", issue 15's second audit).

use super::super::paragraph::Paragraph;
use super::super::value::{Class, Found, Value};

/// Whether `f` is one of two numbers of its kind joined by "or", the smaller first; years are at
/// most two apart ("in 1990 or 2010" names two years, and both are asked).
pub(super) fn in_pair(p: &Paragraph, all: &[Found], f: &Found) -> bool {
    let number = |g: &Found| match g.value {
        Value::Number(v) => Some(v),
        _ => None,
    };
    // Counts only: an ordinal pair ("the third or fourth best") ranks, and is left asked.
    let Some(value) = number(f).filter(|_| matches!(f.class, Class::Number | Class::Year)) else {
        return false;
    };
    all.iter().any(|g| {
        if g.paragraph != f.paragraph || g.class != f.class || g.slot == f.slot {
            return false;
        }
        let Some(other) = number(g) else {
            return false;
        };
        let (first, second, low, high) = if g.slot.start < f.slot.start {
            (g, f, other, value)
        } else {
            (f, g, value, other)
        };
        first.slot.end <= second.slot.start
            && p.text[first.slot.end..second.slot.start]
                .trim()
                .eq_ignore_ascii_case("or")
            && low < high
            && (f.class != Class::Year || high - low <= 2.0)
    })
}

#[cfg(test)]
mod tests {
    use crate::draft::draft_all;

    fn answers(text: &str) -> (Vec<String>, Vec<String>) {
        let file = draft_all(text);
        (
            file.facts.iter().map(|f| f.answer.to_string()).collect(),
            file.claims.iter().map(|c| c.claim.clone()).collect(),
        )
    }

    #[test]
    fn neither_number_of_a_vague_pair_is_asked_or_swapped() {
        // A wrong program blanks "two" or "three", or swaps one for a nudge ("two or two").
        let (facts, claims) =
            answers("The ferry makes two or three crossings a day and carries 140 cars.");
        assert!(
            !facts.iter().any(|a| a == "two" || a == "three"),
            "{facts:?}"
        );
        assert!(facts.iter().any(|a| a == "140"), "{facts:?}");
        for claim in &claims {
            assert!(claim.contains("two or three crossings"), "{claim}");
        }
    }

    #[test]
    fn neither_year_of_a_vague_pair_is_asked_but_two_far_apart_are() {
        // The carmaker's "rather have taken in 2027 or 2028" (holdout39).
        let (facts, _) = answers(
            "We would rather have taken these decisions in 2027 or 2028, the chief executive said. \
             The plant opened in 1990 or 2010, depending on who is counting.",
        );
        assert!(
            !facts.iter().any(|a| a == "2027" || a == "2028"),
            "{facts:?}"
        );
        assert!(facts.iter().any(|a| a == "1990"), "{facts:?}");
        assert!(facts.iter().any(|a| a == "2010"), "{facts:?}");
    }

    #[test]
    fn numbers_joined_otherwise_are_asked() {
        let (facts, _) = answers("The ferry makes two crossings a day and three at weekends.");
        assert!(facts.iter().any(|a| a == "two"), "{facts:?}");
    }
}
