//! A person's name typed in part (#11): titles stand before it ("President Kennedy"), middle names
//! and patronymics inside it ("Nikita Sergeyevich Khrushchev"), initials for given names ("N.
//! Khrushchev"); given names may be left out, the family name may not, and a name is no answer
//! when a wrong answer's name has all of it ("Mr Kim" when Kim Jong-il is an option). The family
//! name is the last, but for names written the Korean way, family name first and then a given
//! name of two hyphenated parts ("Moon Jae-in": "President Moon", never "Jae").

use super::super::lexicon;
use super::rules::{Rules, in_words, may_add, shared_by_every_rival};
use super::{Alignment, How, Words, all_in, joins_only};

/// The indices of the family name in a person's form.
pub fn family(form: &Words) -> Vec<usize> {
    let name: Vec<usize> = (0..form.len())
        .filter(|&k| !joins_only(form, k) && !lexicon::is_title(&form.words[k]))
        .collect();
    let Some((&first, rest)) = name.split_first() else {
        return Vec::new();
    };
    let korean = !rest.is_empty()
        && form.whole(first)
        && rest.iter().all(|&k| form.in_given_name(k))
        && form
            .compound_of(rest[0])
            .contains(rest.last().unwrap_or(&first));
    if korean {
        return vec![first];
    }
    let last = *name.last().unwrap_or(&first);
    form.compound_of(last)
        .filter(|&k| !joins_only(form, k))
        .collect()
}

/// `None` when the typed words, lined up with a person's form as `aligned`, are no answer.
pub(super) fn name_ok(
    typed: &Words,
    form: &Words,
    aligned: &Alignment,
    rules: &Rules,
) -> Option<()> {
    // The typed words that stand for words of the name proper (not for a title).
    let matched: Vec<usize> = (0..typed.len())
        .filter(|&k| aligned.typed[k].is_some_and(|f| !lexicon::is_title(&form.words[f])))
        .collect();
    let &first = matched.first()?;
    for k in (0..typed.len()).filter(|&k| aligned.typed[k].is_none()) {
        let word = typed.words[k].as_str();
        // Titles only before the name.
        if lexicon::is_title(word) && k > first && !lexicon::is_filler(word) {
            return None;
        }
        if may_add(typed, k, form, rules) != Some(0)
            && !middle_name_fits(k, &matched, form, aligned)
        {
            return None;
        }
    }
    let said = aligned.said(form, rules);
    if rules.rivals.iter().any(|r| all_in(&said, r)) {
        return None;
    }
    let family = family_in(form, rules);
    let typed_as = |k: usize| aligned.form[k];
    // An initial typed as a whole name is read in its place: after the name before it ("Dwight
    // David Eisenhower", never "David Eisenhower" for Dwight D. Eisenhower).
    let name: Vec<usize> = (0..form.len())
        .filter(|&k| !joins_only(form, k) && !lexicon::is_title(&form.words[k]))
        .collect();
    for pair in name.windows(2) {
        if typed_as(pair[1]) == Some(How::ForInitial) && typed_as(pair[0]).is_none() {
            return None;
        }
    }
    // The family name, where typed, is typed in full (a slip at most), not by its initial.
    if family
        .iter()
        .any(|&k| matches!(typed_as(k), Some(How::Initial | How::Shortened)))
    {
        return None;
    }
    let left_out: Vec<usize> = (0..form.len())
        .filter(|&k| {
            let w = &form.words[k];
            typed_as(k).is_none()
                && !joins_only(form, k)
                && !lexicon::is_title(w)
                && !in_words(w, &rules.context.asked)
                && !shared_by_every_rival(w, rules)
        })
        .collect();
    if left_out.is_empty() || family.iter().all(|&k| typed_as(k).is_some()) {
        return Some(());
    }
    // Without the family name, only a whole given name of two hyphenated parts ("Jong-un").
    let given_typed = form.compounds().any(|run| {
        run.clone()
            .all(|k| form.in_given_name(k) && typed_as(k).is_some())
    });
    (given_typed && left_out.iter().all(|k| family.contains(k))).then_some(())
}

/// Whether typed word `k`, a middle name, stands inside the name and takes no name word's place:
/// between typed words of the name, with every name word between those typed ("kim jon un" is no
/// Kim Jong Un with a middle name Jon).
fn middle_name_fits(k: usize, matched: &[usize], form: &Words, aligned: &Alignment) -> bool {
    let before = matched.iter().rev().find(|&&m| m < k);
    let after = matched.iter().find(|&&m| m > k);
    let (Some(&before), Some(&after)) = (before, after) else {
        return false;
    };
    let (Some(from), Some(to)) = (aligned.typed[before], aligned.typed[after]) else {
        return false;
    };
    (from + 1..to).all(|f| aligned.form[f].is_some() || joins_only(form, f))
}

/// The family name in `form`: the answer's family name where `form` has it (an alias written
/// "Kim Jong Un" keeps Kim as the family name), else `form`'s own.
fn family_in(form: &Words, rules: &Rules) -> Vec<usize> {
    let found: Vec<usize> = (0..form.len())
        .filter(|&k| rules.family.iter().any(|f| *f == form.words[k]))
        .collect();
    if found.is_empty() {
        family(form)
    } else {
        found
    }
}
