//! A name and its short form side by side ("the National Disaster Response Force (NDRF)", "the
//! NDRF (National Disaster Response Force)"): a detail swapped at either of them must still agree
//! with the other, or the mismatch gives the change away ("the Wadia Institute of Himalayan
//! Geology (NDRF)").

// The initials as the judge reads them ("Indo-Tibetan Border Police" is "ITBP", "Ministry of
// Defence" is "MoD"; none for a single word).
use crate::check::initials::stand_for;

/// Whether `distractor`, put in place of the value at `at` in `paragraph`, would disagree with a
/// short form or name written beside the value in brackets, either way round.
pub(super) fn gives_away(paragraph: &str, at: (usize, usize), distractor: &str) -> bool {
    let value = &paragraph[at.0..at.1];
    let after = &paragraph[at.1..];
    if let Some(inside) = bracketed_after(after) {
        // "Force (NDRF)": the bracketed short form is the value's initials.
        if is_short_form(inside) && stand_for(inside, value) {
            return !stand_for(inside, distractor);
        }
        // "NDRF (National Disaster Response Force)": the value is the initials of the name after it.
        if is_short_form(value) && stand_for(value, inside) {
            return distractor != value;
        }
    }
    // The value in brackets after what it stands for, or after its own short form.
    let before = paragraph[..at.0].trim_end();
    if let Some(outside) = before.strip_suffix('(')
        && after.starts_with(')')
    {
        let outside = outside.trim_end();
        // "Force (NDRF)": no other short form fits that name.
        if is_short_form(value) && ends_with_initials(outside, value) {
            return distractor != value;
        }
        // "NDRF (National Disaster Response Force)": the swapped name must have those initials.
        if let Some(short) = outside.rsplit(char::is_whitespace).next()
            && is_short_form(short)
            && stand_for(short, value)
        {
            return !stand_for(short, distractor);
        }
    }
    false
}

/// "ITBP" of " (ITBP) and ...": the text of a bracket right after the value.
fn bracketed_after(rest: &str) -> Option<&str> {
    let inner = rest.trim_start().strip_prefix('(')?;
    Some(&inner[..inner.find(')')?])
}

/// A run of 2 to 8 letters written as initials: all capitals ("NDRF"), or capitals with the small
/// words' letters in lower case ("MoD", "DfE").
fn is_short_form(text: &str) -> bool {
    (2..=8).contains(&text.chars().count())
        && text.chars().all(|c| c.is_ascii_alphabetic())
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && text.chars().filter(char::is_ascii_uppercase).count() >= 2
}

/// Whether the last words of `text` have `short` as their initials.
fn ends_with_initials(text: &str, short: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '-')
        .collect();
    (1..=words.len()).any(|n| stand_for(short, &words[words.len() - n..].join(" ")))
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

    #[test]
    fn the_short_form_may_come_first_or_be_written_in_mixed_case() {
        let text = "The NDRF (National Disaster Response Force) and the army came.";
        let short = at(text, "NDRF");
        assert!(gives_away(text, short, "ITBP"));
        assert!(!gives_away(text, short, "NDRF"));
        let name = at(text, "National Disaster Response Force");
        assert!(gives_away(text, name, "Indian Army"));
        assert!(!gives_away(text, name, "National Defence Reserve Force"));
        // Initials with the small words in lower case.
        let mixed = "The Ministry of Defence (MoD) and the police spoke.";
        assert!(gives_away(
            mixed,
            at(mixed, "Ministry of Defence"),
            "Home Office"
        ));
        assert!(gives_away(mixed, at(mixed, "MoD"), "FCO"));
        // A bracket that is no short form of the value is left alone.
        let aside = "The council (Labour) voted.";
        assert!(!gives_away(aside, at(aside, "council"), "board"));
        assert!(!gives_away(aside, at(aside, "Labour"), "Reform"));
    }
}
