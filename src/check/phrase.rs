//! Judging a typed answer word by word against one accepted form (#11). The typed words are lined
//! up with the form's (`align`): each form word is typed as it is, in another form of the same
//! word ("Americans"), as a short form or spelled out ("UN", "USSR"), as an initial (in a name), or
//! with a small slip; words the question already says may be left out ("Osan" at "which air
//! base"); and the typed answer may carry words that only join ("in June"), titles before a name
//! ("President Kennedy") and words of the question or of the source's account ("the Saturn V
//! rocket"). Then the reading as a whole is checked (`fit`): something the question does not say
//! was typed, a hyphenated word is typed whole or not at all ("Jae" is no part of "Jae-in"), a
//! name is typed by its family name (`names`), and the words are no nearer a wrong answer.

mod align;
mod names;
mod rules;
mod words;

use align::align;

pub use names::family;
pub use rules::{Rules, extra_ok, in_words};
pub use words::{Words, tokens};

use super::lexicon;

/// How one form word was typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum How {
    /// As it is, in another form of it, a short form, a Roman numeral, a compass letter.
    Full,
    /// A long word shortened inside a name of several words ("the Jet Propulsion Lab").
    Shortened,
    /// By its first letter, in a name ("N. Khrushchev").
    Initial,
    /// An initial of a name typed as the whole name ("John Fitzgerald Kennedy").
    ForInitial,
    /// With a spelling slip.
    Slip,
}

/// The cheapest way found to line the typed words up with the form's.
#[derive(Debug)]
struct Alignment {
    edits: usize,
    /// How each form word was typed; `None` when it was left out.
    form: Vec<Option<How>>,
    /// The form word each typed word stands for (the first, for a short form of several), or
    /// `None` for an extra word.
    typed: Vec<Option<usize>>,
}

/// The most words of either side lined up; longer answers are not phrases.
const MOST_WORDS: usize = 24;

/// The spelling edits with which `typed` reads as `form` under `rules`, or `None` when it does not.
pub fn fit(typed: &Words, form: &Words, rules: &Rules) -> Option<usize> {
    let (n, m) = (typed.len(), form.len());
    if n == 0 || m == 0 || n > MOST_WORDS || m > MOST_WORDS {
        return None;
    }
    let aligned = align(typed, form, rules)?;
    let said = aligned.said(form, rules);
    // Something the question does not already say must be typed.
    if !said.iter().any(|w| !in_words(w, &rules.context.asked)) {
        return None;
    }
    if !aligned.compounds_whole(form) || !aligned.shortening_ok(form) {
        return None;
    }
    if rules.person {
        names::name_ok(typed, form, &aligned, rules)?;
    } else if aligned.any_left_out(form, rules) && rules.rivals.iter().any(|r| all_in(&said, r)) {
        // Words left out, and what was typed is all a wrong answer has too.
        return None;
    }
    let verbatim = aligned.edits == 0
        && aligned.form.iter().flatten().all(|h| *h == How::Full)
        && aligned.all_typed(form);
    if !verbatim && aligned.nearer_a_rival(typed, form, rules) {
        return None;
    }
    Some(aligned.edits)
}

impl Alignment {
    /// The form's words that were typed, but those that only join or are titles of a person.
    fn said<'f>(&self, form: &'f Words, rules: &Rules) -> Vec<&'f str> {
        form.words
            .iter()
            .zip(&self.form)
            .filter(|(w, how)| how.is_some() && rules::says_something(w, rules))
            .map(|(w, _)| w.as_str())
            .collect()
    }

    /// Whether any form word that says something (not only joins, no person's title) was left out.
    fn any_left_out(&self, form: &Words, rules: &Rules) -> bool {
        (0..form.len())
            .any(|k| self.form[k].is_none() && rules::says_something(&form.words[k], rules))
    }

    /// Whether every form word but those that only join was typed.
    fn all_typed(&self, form: &Words) -> bool {
        (0..form.len()).all(|k| self.form[k].is_some() || joins_only(form, k))
    }

    /// Whether every hyphenated word of the form ("Jae-in", "C-17") was typed whole or left out
    /// whole: a part of one is no answer ("Jae", and the "un" of "Kim Jong-un" for the UN).
    fn compounds_whole(&self, form: &Words) -> bool {
        form.compounds().all(|run| {
            let content: Vec<usize> = run.filter(|&k| !joins_only(form, k)).collect();
            let typed = content.iter().filter(|&&k| self.form[k].is_some()).count();
            typed == 0 || typed == content.len()
        })
    }

    /// A shortened word only beside others typed in full, none left out ("Jet Propulsion Lab",
    /// not "NAT" for "the United Nations Command").
    fn shortening_ok(&self, form: &Words) -> bool {
        let shortened = self
            .form
            .iter()
            .filter(|h| **h == Some(How::Shortened))
            .count();
        let said = (0..form.len())
            .filter(|&k| self.form[k].is_some() && !joins_only(form, k))
            .count();
        shortened == 0 || (said > shortened && self.all_typed(form))
    }

    /// Whether the typed words, read as the form only by a slip, a shortening or words left out,
    /// are as near a wrong answer as to the form words they stand for, or one slip from a wrong
    /// answer ("NAT" for NATO).
    fn nearer_a_rival(&self, typed: &Words, form: &Words, rules: &Rules) -> bool {
        let core: Vec<&str> = (0..typed.len())
            .filter(|&k| self.typed[k].is_some())
            .map(|k| typed.words[k].as_str())
            .collect();
        let core = core.join(" ");
        let meant: Vec<&str> = (0..form.len())
            .filter(|&k| self.form[k].is_some())
            .map(|k| form.words[k].as_str())
            .collect();
        let own = strsim::damerau_levenshtein(&core, &meant.join(" ")).max(self.edits);
        rules.rivals.iter().filter(|r| !r.is_empty()).any(|r| {
            let to_rival = strsim::damerau_levenshtein(&core, &r.join(" "));
            to_rival <= own || (self.edits == 0 && to_rival <= 1)
        })
    }
}

/// Whether form word `k` only joins others: a word like "the" or "and" on its own or inside a
/// hyphenated word ("blue-and-white"), never at a hyphenated word's end (the "in" of "Jae-in").
fn joins_only(form: &Words, k: usize) -> bool {
    let run = form.compound_of(k);
    lexicon::is_filler(&form.words[k]) && (run.len() == 1 || (k > run.start && k + 1 < run.end))
}

/// Whether every one of `words` is among `rival`'s, in some form.
fn all_in(words: &[&str], rival: &[String]) -> bool {
    !words.is_empty() && words.iter().all(|w| in_words(w, rival))
}

#[cfg(test)]
mod tests;
