//! Judging a typed answer word by word against one accepted form (#11). The typed words are lined
//! up with the form's: each form word is typed as it is, in another form of the same word
//! ("Americans"), as a short form ("UN"), or with a small slip; words the question already says may
//! be left out ("Osan" at "which air base"); and the typed answer may carry words that only join
//! ("in June"), titles before a name ("President Kennedy") and words of the question or of the
//! source's account ("the Saturn V rocket"). Words that contradict (a negation, another number, a
//! name the event knows, a word of a wrong option) are never extra.

use super::context::Context;
use super::{date, lexicon, typo};
use crate::normalize;

/// The words of `text` as the checker compares them: normalised, short forms spelled out ("UN" as
/// "united nations"), number words up to nineteen as digits ("Apollo eleven" as "apollo 11").
pub fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in normalize::words(&prefixes_joined(text)) {
        if let Some(long) = lexicon::expand(&word) {
            out.extend(long.iter().map(|w| (*w).to_owned()));
        } else if let Some(digits) = lexicon::digits_of(&word) {
            out.push(digits.to_owned());
        } else {
            out.push(word);
        }
    }
    out
}

/// `text` with a negating prefix joined to the word it is hyphenated to ("un-known" as
/// "unknown", "non-nuclear" as "nonnuclear"), so that it is read as part of that word, never as a
/// word of its own ("un" is also the UN).
fn prefixes_joined(text: &str) -> std::borrow::Cow<'_, str> {
    const PREFIXES: [&str; 6] = ["un-", "non-", "anti-", "dis-", "de-", "counter-"];
    let lower = text.to_lowercase();
    // ASCII only, so that the lower-case text's byte positions are the text's.
    if !text.is_ascii() || !PREFIXES.iter().any(|p| lower.contains(p)) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    while at < text.len() {
        let starts_word = at == 0 || !text[..at].ends_with(|c: char| c.is_alphanumeric());
        let prefix = PREFIXES.iter().find(|p| {
            starts_word
                && lower[at..].starts_with(*p)
                && lower[at + p.len()..].starts_with(char::is_alphabetic)
        });
        match prefix {
            Some(p) => {
                out.push_str(&text[at..at + p.len() - 1]);
                at += p.len();
            }
            None => {
                let c = text[at..].chars().next().unwrap_or(' ');
                out.push(c);
                at += c.len_utf8();
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

/// What a word-by-word reading may allow, from the question and the answer's other forms.
pub struct Rules<'a> {
    pub context: &'a Context,
    /// Spelling slips allowed (not `--strict`).
    pub slips: bool,
    /// The answer is a person: titles may be added, given names left out when the family name
    /// is there.
    pub person: bool,
    /// The words of every accepted form.
    pub own: &'a [String],
    /// The words of each wrong answer the question knows (other options, distractors).
    pub rivals: &'a [Vec<String>],
}

/// How the typed words lined up with a form's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Cost {
    edits: usize,
    loose: usize,
}

#[derive(Debug, Clone, Copy)]
enum Step {
    /// One typed word for one form word (or two for one, or one for two).
    Match {
        typed: usize,
        form: usize,
        /// The form's word typed shortened ("lab").
        short: bool,
    },
    Extra,
    Missing,
}

/// The most words of either side lined up; longer answers are not phrases.
const MOST_WORDS: usize = 24;

/// The spelling edits with which `typed` reads as `form` under `rules`, or `None` when it does not.
pub fn fit(typed: &[String], form: &[String], rules: &Rules) -> Option<usize> {
    let (n, m) = (typed.len(), form.len());
    if n == 0 || m == 0 || n > MOST_WORDS || m > MOST_WORDS {
        return None;
    }
    let content = form.iter().filter(|w| !lexicon::is_filler(w)).count();
    // Whether each word may be added or left out, worked out once rather than at every step.
    let extra: Vec<bool> = typed.iter().map(|w| extra_ok(w, rules)).collect();
    let missing: Vec<bool> = form.iter().map(|w| missing_ok(w, rules)).collect();
    // best[i][j]: the cheapest way to line up typed[..i] with form[..j], and its last step.
    let mut best: Vec<Vec<Option<(Cost, Step)>>> = vec![vec![None; m + 1]; n + 1];
    best[0][0] = Some((Cost { edits: 0, loose: 0 }, Step::Extra));
    let relax =
        |best: &mut Vec<Vec<Option<(Cost, Step)>>>, i: usize, j: usize, cost: Cost, step| {
            if best[i][j].is_none_or(|(c, _)| cost < c) {
                best[i][j] = Some((cost, step));
            }
        };
    for i in 0..=n {
        for j in 0..=m {
            let Some((cost, _)) = best[i][j] else {
                continue;
            };
            let add = |edits: usize, loose: usize| Cost {
                edits: cost.edits + edits,
                loose: cost.loose + loose,
            };
            if i < n && j < m {
                if let Some((e, short)) = word(&typed[i], &form[j], content, true, rules) {
                    relax(
                        &mut best,
                        i + 1,
                        j + 1,
                        add(e, 0),
                        Step::Match {
                            typed: 1,
                            form: 1,
                            short,
                        },
                    );
                }
                if i + 1 < n {
                    let joined = format!("{}{}", typed[i], typed[i + 1]);
                    if let Some((e, _)) = word(&joined, &form[j], content, false, rules) {
                        relax(
                            &mut best,
                            i + 2,
                            j + 1,
                            add(e, 0),
                            Step::Match {
                                typed: 2,
                                form: 1,
                                short: false,
                            },
                        );
                    }
                }
                if j + 1 < m {
                    let joined = format!("{}{}", form[j], form[j + 1]);
                    if let Some((e, _)) = word(&typed[i], &joined, content, false, rules) {
                        relax(
                            &mut best,
                            i + 1,
                            j + 2,
                            add(e, 0),
                            Step::Match {
                                typed: 1,
                                form: 2,
                                short: false,
                            },
                        );
                    }
                }
            }
            if i < n && extra[i] {
                relax(&mut best, i + 1, j, add(0, 1), Step::Extra);
            }
            if j < m && missing[j] {
                relax(&mut best, i, j + 1, add(0, 1), Step::Missing);
            }
        }
    }
    let (cost, _) = best[n][m]?;
    // Walk back to see which form words were typed and which left out.
    let (mut i, mut j) = (n, m);
    let mut matched_form = vec![false; m];
    let mut matched_typed: Vec<usize> = Vec::new();
    // Form words typed shortened ("lab" for "laboratory").
    let mut shortened = 0;
    while i > 0 || j > 0 {
        let (_, step) = best[i][j]?;
        match step {
            Step::Match {
                typed: t,
                form: f,
                short,
            } => {
                matched_form[j - f..j].fill(true);
                matched_typed.extend(i - t..i);
                shortened += usize::from(short);
                i -= t;
                j -= f;
            }
            Step::Extra => i -= 1,
            Step::Missing => j -= 1,
        }
    }
    let said: Vec<&str> = form
        .iter()
        .zip(&matched_form)
        .filter(|(w, typed)| **typed && !lexicon::is_filler(w) && !lexicon::is_title(w))
        .map(|(w, _)| w.as_str())
        .collect();
    // Something the question does not already say must be typed.
    if !said.iter().any(|w| !in_words(w, &rules.context.asked)) {
        return None;
    }
    // A shortened word only beside others typed in full, none left out ("Jet Propulsion Lab", not
    // "NAT" for "the United Nations Command").
    let left_out_any = (0..m).any(|k| !matched_form[k] && !lexicon::is_filler(&form[k]));
    if shortened > 0 && (said.len() <= shortened || left_out_any) {
        return None;
    }
    let left_out: Vec<usize> = (0..m)
        .filter(|&k| {
            !matched_form[k] && !lexicon::is_filler(&form[k]) && !lexicon::is_title(&form[k])
        })
        .collect();
    // A name is no answer when a wrong answer's name has all of it ("Mr Kim" for Kim Jong-un when
    // Kim Jong-il is an option), even when an alias is written that way.
    if rules.person
        && !said.is_empty()
        && rules
            .rivals
            .iter()
            .any(|r| said.iter().all(|w| in_words(w, r)))
    {
        return None;
    }
    if !left_out.is_empty() {
        // A part of a name is the family name, and only when no wrong answer has it too ("Mr
        // Kim" is no answer when Kim Jong-il is an option).
        let asked_only = left_out.iter().all(|&k| {
            in_words(&form[k], &rules.context.asked) || shared_by_every_rival(&form[k], rules)
        });
        if rules.person && !asked_only {
            let last = (0..m).rev().find(|&k| !lexicon::is_filler(&form[k]))?;
            if !matched_form[last] {
                return None;
            }
        }
        let shared = rules
            .rivals
            .iter()
            .any(|rival| said.iter().all(|w| in_words(w, rival)));
        if shared {
            return None;
        }
    }
    matched_typed.sort_unstable();
    let core: Vec<&str> = matched_typed.iter().map(|&k| typed[k].as_str()).collect();
    let verbatim = cost.edits == 0 && shortened == 0 && !left_out_any;
    if !verbatim && nearer_a_rival(&core, form, cost.edits, rules) {
        return None;
    }
    Some(cost.edits)
}

/// Whether the typed words are as near a wrong answer as to the form they were read as.
/// Whether the typed words, read as the form only by a slip, a shortening or words left out, are
/// as near a wrong answer as to the form, or one slip from a wrong answer ("NAT" for NATO).
fn nearer_a_rival(typed: &[&str], form: &[String], edits: usize, rules: &Rules) -> bool {
    let typed = typed.join(" ");
    let own = strsim::damerau_levenshtein(&typed, &form.join(" ")).max(edits);
    rules.rivals.iter().filter(|r| !r.is_empty()).any(|r| {
        let to_rival = strsim::damerau_levenshtein(&typed, &r.join(" "));
        to_rival <= own || (edits == 0 && to_rival <= 1)
    })
}

/// The edits with which one typed word is the form's word: none for the word itself, another form
/// of it, the same weekday or month, number (a Roman numeral) or compass point, or the word
/// shortened (then `true`); a small slip when allowed. `whole`: one word of each side, not two
/// run together.
fn word(
    typed: &str,
    form: &str,
    content: usize,
    whole: bool,
    rules: &Rules,
) -> Option<(usize, bool)> {
    if typed == form {
        return Some((0, false));
    }
    if lexicon::differ_by_negation(typed, form) {
        return None;
    }
    if lexicon::same_form(typed, form)
        || same_calendar_word(typed, form)
        || lexicon::roman(typed).is_some_and(|n| n.to_string() == form)
        || lexicon::compass(typed) == Some(form)
    {
        return Some((0, false));
    }
    // A long word shortened in a name of several words ("the Jet Propulsion Lab"), never two
    // words run together ("Kim" is not "Kim Jong").
    if whole
        && content >= 2
        && typed.len() >= 3
        && form.len() >= 7
        && form.starts_with(typed)
        && typed.bytes().all(|b| b.is_ascii_alphabetic())
    {
        return Some((0, true));
    }
    // Two words run together are read as one only as they are (spacing is no slip to build on).
    if !rules.slips || !whole {
        return None;
    }
    slip(typed, form, content, rules).map(|e| (e, false))
}

/// "Weds" is "Wednesday", "jun" is "June": a weekday or month shortened.
fn same_calendar_word(typed: &str, form: &str) -> bool {
    let weekday = date::weekday_index(form);
    if weekday.is_some() && date::weekday_index(typed) == weekday {
        return true;
    }
    let full_month = date::MONTHS.iter().any(|m| m.eq_ignore_ascii_case(form));
    full_month
        && date::month_number(typed).is_some()
        && date::month_number(typed) == date::month_number(form)
}

/// A spelling slip of a form word: within the word's allowance, the first letter and every
/// digit as they are, and not another real word or a name the question knows.
fn slip(typed: &str, form: &str, content: usize, rules: &Rules) -> Option<usize> {
    let digits = |w: &str| w.chars().filter(char::is_ascii_digit).collect::<String>();
    if digits(typed) != digits(form) || typed.chars().next() != form.chars().next() {
        return None;
    }
    let length = form.chars().count();
    let allowed = match length {
        0..=3 => 0,
        // A four-letter word gets one slip inside a longer name ("Niel Armstrong"), none alone.
        4 => usize::from(content >= 2),
        _ => typo::allowed(length),
    };
    let edits = strsim::damerau_levenshtein(typed, form);
    if edits == 0 || edits > allowed || is_other_word(typed, form, rules) {
        return None;
    }
    Some(edits)
}

/// Whether `typed` is a word in its own right rather than a slip of `form`: both English words
/// ("unclear" for "nuclear"), or a name or word of a wrong answer the question knows.
fn is_other_word(typed: &str, form: &str, rules: &Rules) -> bool {
    if rules.own.iter().any(|w| w == typed) {
        return false;
    }
    (lexicon::is_english(typed) && lexicon::is_english(form))
        || rules.context.names.iter().any(|n| n == typed)
        || rules.rivals.iter().flatten().any(|w| w == typed)
}

/// Whether `word` may stand in the typed answer beside the answer's own words.
pub(super) fn extra_ok(word: &str, rules: &Rules) -> bool {
    if lexicon::is_negation(word) {
        return false;
    }
    if lexicon::is_filler(word) || (rules.person && lexicon::is_title(word)) {
        return true;
    }
    if word.chars().any(|c| c.is_ascii_digit()) {
        // Another number contradicts, unless the question says it ("the 1953 armistice").
        return rules.context.asked.iter().any(|w| w == word);
    }
    let in_question = in_words(word, &rules.context.asked);
    let a_name = rules.context.names.iter().any(|n| n == word)
        || rules.rivals.iter().flatten().any(|w| w == word);
    if a_name && !in_question && !in_words(word, rules.own) {
        return false;
    }
    in_question || in_words(word, &rules.context.source)
}

/// Whether a form's word may be left out: a word that only joins, a title, a word the question
/// already says; for a person, any name (the family name is checked after).
fn missing_ok(word: &str, rules: &Rules) -> bool {
    lexicon::is_filler(word)
        || lexicon::is_title(word)
        || rules.person
        || in_words(word, &rules.context.asked)
        || shared_by_every_rival(word, rules)
}

/// A word every wrong answer has too ("Camp" of Camp Hope when the others are Camp Faith and
/// Camp Copper): it tells no option from another, so the answer may leave it out.
fn shared_by_every_rival(word: &str, rules: &Rules) -> bool {
    rules.rivals.len() >= 2 && rules.rivals.iter().all(|r| in_words(word, r))
}

/// Whether `word`, in some form, is among `words`.
fn in_words(word: &str, words: &[String]) -> bool {
    words.iter().any(|w| lexicon::same_form(word, w))
}

#[cfg(test)]
mod tests;
