//! Spelling slips: how many edits (Damerau-Levenshtein: insert, delete, replace, swap two
//! neighbours) a word or an answer may be from a right one and still count.

/// The edits allowed in an answer whose normalised form is `len` characters long: none up to 4,
/// one up to 8, two beyond.
pub fn allowed(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn allowance_grows_with_length() {
        assert_eq!(
            [1, 4, 5, 8, 9, 30].map(allowed),
            [0, 0, 1, 1, 2, 2],
            "none to 4, one to 8, two beyond"
        );
    }
}
