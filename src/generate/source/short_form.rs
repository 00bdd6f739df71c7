//! A name and its short form side by side ("the National Disaster Response Force (NDRF)"): a
//! detail swapped at either of them must still agree with the other, or the mismatch gives the
//! change away ("the Wadia Institute of Himalayan Geology (NDRF)").

// The initials as the judge reads them ("Indo-Tibetan Border Police" is "ITBP"; small words such
// as "of" add nothing); none for a single word.
use crate::check::initials::of as initials;

/// Whether `distractor`, put in place of the value at `at` in `paragraph`, would disagree with a
/// short form written right after the value in brackets, or with the name the value is itself
/// the short form of.
pub(super) fn gives_away(paragraph: &str, at: (usize, usize), distractor: &str) -> bool {
    let value = &paragraph[at.0..at.1];
    // "Force (NDRF)": the value's initials are the bracketed short form after it.
    if let Some(short) = bracketed_after(&paragraph[at.1..])
        && initials(value).as_deref() == Some(short)
    {
        return initials(distractor).as_deref() != Some(short);
    }
    // "(NDRF)" after the name it stands for: no other short form fits that name.
    let before = paragraph[..at.0].trim_end();
    if let Some(name) = before.strip_suffix('(')
        && paragraph[at.1..].starts_with(')')
        && is_short_form(value)
    {
        return ends_with_initials(name.trim_end(), value) && distractor != value;
    }
    false
}

/// "ITBP" of " (ITBP) and ...": a bracketed run of capitals right after a name.
fn bracketed_after(rest: &str) -> Option<&str> {
    let inner = rest.trim_start().strip_prefix('(')?;
    let short = &inner[..inner.find(')')?];
    is_short_form(short).then_some(short)
}

fn is_short_form(text: &str) -> bool {
    (2..=8).contains(&text.chars().count()) && text.chars().all(|c| c.is_ascii_uppercase())
}

/// Whether the last words of `text` have `short` as their initials.
fn ends_with_initials(text: &str, short: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-')
        .collect();
    (1..=words.len())
        .any(|n| initials(&words[words.len() - n..].join(" ")).as_deref() == Some(short))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, value: &str) -> (usize, usize) {
        let start = text.find(value).unwrap();
        (start, start + value.len())
    }

    #[test]
    fn a_swap_must_agree_with_the_short_form_beside_it() {
        let text = "Crews of the Rural Fire Service (RFS) and the State Emergency Service helped.";
        let rfs = at(text, "Rural Fire Service");
        assert!(gives_away(text, rfs, "State Emergency Service"));
        assert!(gives_away(text, rfs, "Red Cross"));
        assert!(
            !gives_away(text, rfs, "Royal Flying Squad"),
            "same initials"
        );
        // No short form after the other name: any swap may stand there.
        let ses = at(text, "State Emergency Service");
        assert!(!gives_away(text, ses, "Red Cross"));
        // The short form itself, after its name.
        let short = at(text, "RFS");
        assert!(gives_away(text, short, "SES"));
        // Numbers and names with nothing bracketed after them are left alone.
        let plain = "About 40 (forty) crews came.";
        assert!(!gives_away(plain, at(plain, "40"), "45"));
        let hyphen = "the Indo-Tibetan Border Police (ITBP) came";
        assert!(gives_away(
            hyphen,
            at(hyphen, "Indo-Tibetan Border Police"),
            "Home Guard"
        ));
    }
}
