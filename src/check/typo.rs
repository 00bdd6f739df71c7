//! Spelling slips: how many edits (Damerau-Levenshtein: insert, delete, replace, swap two
//! neighbours) an answer may be from a right one and still count, and which right form it is a slip of.

/// The edits allowed in an answer whose normalised form is `len` characters long: none up to 4,
/// one up to 8, two beyond.
pub fn allowed(len: usize) -> usize {
    match len {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// The index of the form in `forms` that `given` is a slip of, and the edits between them. All
/// three are normalised keys. A slip never changes a digit, must be within `allowed` of the
/// form's length, and must be nearer that form than any of `rivals` (the other options or the
/// distractors), so that it never lands on a wrong answer.
pub fn slip(given: &str, forms: &[String], rivals: &[String]) -> Option<(usize, usize)> {
    if given.is_empty() || forms.iter().any(|f| f == given) {
        return None;
    }
    let (index, distance) = forms
        .iter()
        .enumerate()
        .filter(|(_, form)| !form.is_empty() && digits(form) == digits(given))
        .map(|(i, form)| (i, strsim::damerau_levenshtein(given, form)))
        .filter(|&(i, d)| d > 0 && d <= allowed(forms[i].chars().count()))
        .min_by_key(|&(_, d)| d)?;
    let nearer_rival = rivals
        .iter()
        .any(|r| !r.is_empty() && strsim::damerau_levenshtein(given, r) <= distance);
    (!nearer_rival).then_some((index, distance))
}

fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn allowance_grows_with_length() {
        assert_eq!(
            [1, 4, 5, 8, 9, 30].map(allowed),
            [0, 0, 1, 1, 2, 2],
            "none to 4, one to 8, two beyond"
        );
    }

    #[test]
    fn slips() {
        let forms = keys(&["pyeongtaek", "pyongtaek"]);
        assert_eq!(slip("pyeongteak", &forms, &[]), Some((0, 1)));
        assert_eq!(slip("pyongtak", &forms, &[]), Some((1, 1)));
        assert_eq!(slip("pyeongtaek", &forms, &[]), None, "exact is not a slip");
        assert_eq!(
            slip("pyeontak", &forms, &[]),
            Some((0, 2)),
            "the first of equally near forms"
        );
        assert_eq!(slip("pytk", &forms, &[]), None, "too far");
        assert_eq!(slip("osan", &keys(&["osan"]), &[]), None);
        assert_eq!(
            slip("oasn", &keys(&["osan"]), &[]),
            None,
            "four letters: exact only"
        );
        assert_eq!(slip("wonsna", &keys(&["wonsan"]), &[]), Some((0, 1)));
    }

    #[test]
    fn a_slip_never_lands_on_a_rival() {
        let forms = keys(&["kim jong un"]);
        assert_eq!(slip("kim jong il", &forms, &keys(&["kim jong il"])), None);
        assert_eq!(
            slip("kim jong i", &forms, &keys(&["kim jong il"])),
            None,
            "as near to the rival"
        );
        assert_eq!(
            slip("kim jon un", &forms, &keys(&["kim jong il"])),
            Some((0, 1))
        );
        assert_eq!(
            slip("boeing 757", &keys(&["boeing 747"]), &[]),
            None,
            "digits never slip"
        );
    }
}
