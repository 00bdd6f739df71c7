//! A vague pair of numbers ("one or two", "three or four wide releases"): an estimate, not two
//! values. Neither is asked: a blank in it is guessed from the other, and a false version that
//! swaps one reads as nonsense ("three or two wide releases", issue 15's second audit).

use super::super::paragraph::Paragraph;
use super::super::value::{Class, Found, Value};

/// Whether `f` is one of two numbers of its kind joined by "or", the smaller first.
pub(super) fn in_pair(p: &Paragraph, all: &[Found], f: &Found) -> bool {
    let number = |g: &Found| match g.value {
        Value::Number(v) => Some(v),
        _ => None,
    };
    // Counts only: an ordinal pair ("the third or fourth best") ranks, and is left asked.
    let Some(value) = number(f).filter(|_| f.class == Class::Number) else {
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
    fn two_years_joined_by_or_are_both_asked() {
        // The second reader's sentence (round i27c): a window of two years, each a value.
        let (facts, _) = answers(
            "Passengers who travelled with the airline in 2022 or 2023 can claim a refund of up \
             to €400, the regulator said.",
        );
        assert!(facts.iter().any(|a| a == "2022"), "{facts:?}");
        assert!(facts.iter().any(|a| a == "2023"), "{facts:?}");
    }

    #[test]
    fn numbers_joined_otherwise_are_asked() {
        let (facts, _) = answers("The ferry makes two crossings a day and three at weekends.");
        assert!(facts.iter().any(|a| a == "two"), "{facts:?}");
    }
}
