//! What may stand for what when a typed answer is lined up with a form (#11): the pairs of words
//! (`pairs`, `word`, `slip`), the words a typed answer may add (`extra_ok`) and those a form's may
//! leave out (`missing_ok`).

use super::super::context::Context;
use super::super::{date, forms, lexicon, typo};
use super::{How, Words};

/// What a word-by-word reading may allow, from the question and the answer's other forms.
pub struct Rules<'a> {
    pub context: &'a Context,
    /// Spelling slips allowed (not `--strict`).
    pub slips: bool,
    /// The answer is a person: titles may stand before the name, middle names inside it, given
    /// names left out when the family name is there, initials for given names.
    pub person: bool,
    /// The answer is a place: "port", "airport", "area" may be added.
    pub place: bool,
    /// The answer is a weekday or a month: "night", "mid" may be added.
    pub calendar: bool,
    /// The family name of a person's answer, as its first form has it ("kim" of Kim Jong-un).
    pub family: &'a [String],
    /// The words of every accepted form.
    pub own: &'a [String],
    /// The words of each wrong answer the question knows (other options, distractors).
    pub rivals: &'a [Vec<String>],
}

/// The ways typed words from `i` on may stand for form words from `j` on: how many of each,
/// the edits, and how.
pub(super) fn pairs(
    typed: &Words,
    i: usize,
    form: &Words,
    j: usize,
    content: usize,
    rules: &Rules,
) -> Vec<(usize, usize, usize, How)> {
    let (n, m) = (typed.len(), form.len());
    let mut out = Vec::new();
    if i >= n || j >= m {
        return out;
    }
    let (t, f) = (typed.words[i].as_str(), form.words[j].as_str());
    let at = Place {
        typed_first: i == 0,
        form_first: j == 0,
        content,
    };
    if let Some((edits, how)) = word(t, f, at, true, rules) {
        out.push((1, 1, edits, how));
    }
    // Two words run together are read as one only as they are (spacing is no slip to build on),
    // and never a negating prefix with a word ("uninsignia" is no "UN insignia").
    if i + 1 < n && !forms::is_negating_prefix(t) {
        let joined = format!("{t}{}", typed.words[i + 1]);
        if word(&joined, f, at, false, rules).is_some() {
            out.push((2, 1, 0, How::Full));
        }
    }
    if j + 1 < m && !forms::is_negating_prefix(f) {
        let joined = format!("{f}{}", form.words[j + 1]);
        if word(t, &joined, at, false, rules).is_some() {
            out.push((1, 2, 0, How::Full));
        }
    }
    // A short form standing on its own for the words it stands for, either way round ("UN" for
    // "United Nations", "USSR" for "the Soviet Union"), or for another short form of them.
    let long_of = |words: &Words, k: usize| {
        words
            .whole(k)
            .then(|| forms::long_form(&words.words[k]))
            .flatten()
    };
    if let Some(long) = long_of(typed, i)
        && spelled(&form.words[j..], long)
    {
        out.push((1, long.len(), 0, How::Full));
    }
    if let Some(long) = long_of(form, j)
        && spelled(&typed.words[i..], long)
    {
        out.push((long.len(), 1, 0, How::Full));
    }
    if let (Some(a), Some(b)) = (long_of(typed, i), long_of(form, j))
        && a == b
        && t != f
    {
        out.push((1, 1, 0, How::Full));
    }
    out
}

/// Whether `words` start with the words of `long`, each in some form.
fn spelled(words: &[String], long: &[&str]) -> bool {
    words.len() >= long.len() && long.iter().zip(words).all(|(l, w)| forms::same_form(l, w))
}

/// Where a pair of words stands: first of its side or not (a single letter after a word of a name
/// may be a Roman numeral: "Saturn V"), and how many form words say something.
#[derive(Clone, Copy)]
struct Place {
    typed_first: bool,
    form_first: bool,
    content: usize,
}

/// The edits with which one typed word is the form's word: none for the word itself, another form
/// of it, the same weekday or month, number (a Roman numeral, either way round) or compass point,
/// an initial or a given name for an initial (in a name), or the word shortened; a small slip when
/// allowed. `whole`: one word of each side, not two run together.
fn word(typed: &str, form: &str, at: Place, whole: bool, rules: &Rules) -> Option<(usize, How)> {
    if typed == form {
        return Some((0, How::Full));
    }
    if forms::differ_by_negation(typed, form) {
        return None;
    }
    let as_number = |word: &str, single: bool| forms::roman(word, single).map(|n| n.to_string());
    if forms::same_form(typed, form)
        || same_calendar_word(typed, form)
        || as_number(typed, !at.typed_first).is_some_and(|n| n == form)
        || as_number(form, !at.form_first).is_some_and(|n| n == typed)
        || forms::compass(typed) == Some(form)
    {
        return Some((0, How::Full));
    }
    let letters = |w: &str| w.bytes().all(|b| b.is_ascii_alphabetic());
    if rules.person && whole && letters(typed) && letters(form) {
        // "N. Khrushchev" for Nikita Khrushchev; "John Fitzgerald Kennedy" for John F. Kennedy.
        if typed.len() == 1 && form.len() > 1 && form.starts_with(typed) {
            return Some((0, How::Initial));
        }
        if form.len() == 1 && typed.len() > 1 && typed.starts_with(form) {
            return Some((0, How::ForInitial));
        }
    }
    // A long word shortened in a name of several words ("the Jet Propulsion Lab"), never two
    // words run together ("Kim" is not "Kim Jong"), never a person's name.
    if whole
        && !rules.person
        && at.content >= 2
        && typed.len() >= 3
        && form.len() >= 7
        && form.starts_with(typed)
        && letters(typed)
    {
        return Some((0, How::Shortened));
    }
    if !rules.slips || !whole {
        return None;
    }
    slip(typed, form, at.content, rules).map(|e| (e, How::Slip))
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
    if edits == 0 || edits > allowed || is_other_word(typed, form, content, rules) {
        return None;
    }
    Some(edits)
}

/// Whether `typed` is a word in its own right rather than a slip of `form`: a name or word of a
/// wrong answer the question knows, or an English word where `form` is one ("unclear" for
/// "nuclear") unless, beside the answer's other words, it is a slip of the fingers (two letters
/// swapped, one dropped or doubled: "sliver vans", "whit gloves"; never "silver cars").
fn is_other_word(typed: &str, form: &str, content: usize, rules: &Rules) -> bool {
    if rules.own.iter().any(|w| w == typed) {
        return false;
    }
    if rules.context.names.iter().any(|n| n == typed)
        || rules.rivals.iter().flatten().any(|w| w == typed)
    {
        return true;
    }
    let english = forms::is_english(typed) && forms::is_english(form);
    english && !(content >= 2 && forms::finger_slip(typed, form))
}

/// What a middle name weighs when typed words are lined up: more than any slips, so that a name
/// typed with slips ("Kim Jon Un", "Kruschev") is read as that, not as a middle name with the
/// name's own words left out.
const MIDDLE_NAME: usize = 100;

/// Whether typed word `i` may stand beside the words of `form`, and at what weight: `extra_ok`
/// for nothing, or in a name, a middle name (checked to stand inside the name by `names`).
pub(super) fn may_add(typed: &Words, i: usize, form: &Words, rules: &Rules) -> Option<usize> {
    let word = typed.words[i].as_str();
    if extra_ok(word, &form.words, rules) {
        Some(0)
    } else {
        (rules.person && middle_name(word, rules)).then_some(MIDDLE_NAME)
    }
}

/// Whether `word` may be a middle name or a patronymic ("Nikita Sergeyevich Khrushchev", "S. P.
/// Korolev"): letters only, and no word that means anything else here.
pub(super) fn middle_name(word: &str, rules: &Rules) -> bool {
    word.bytes().all(|b| b.is_ascii_alphabetic())
        && !lexicon::is_negation(word)
        && !lexicon::is_kin(word)
        && !lexicon::is_filler(word)
        && !lexicon::is_title(word)
        && !rules.context.names.iter().any(|n| n == word)
        && !rules.rivals.iter().flatten().any(|w| w == word)
}

/// Whether `word` may stand in the typed answer beside the words of the form it is read as
/// (`form`): a word that only joins, a title before a name, a part of a day or month, of a place,
/// a word of the question or of the source's account, a word of another accepted form ("Codelco,
/// Chile's copper company" beside "National Copper Corporation of Chile"). Never a negation, a
/// relative of a person, another number, or a name the question does not say.
pub fn extra_ok(word: &str, form: &[String], rules: &Rules) -> bool {
    if lexicon::is_negation(word) || (rules.person && lexicon::is_kin(word)) {
        return false;
    }
    if lexicon::is_filler(word)
        || (rules.person && lexicon::is_title(word))
        || (rules.calendar && lexicon::is_part_of_day_or_month(word))
        || (rules.place && lexicon::is_part_of_place(word))
    {
        return true;
    }
    if word.chars().any(|c| c.is_ascii_digit()) {
        // Another number contradicts, unless the question says it ("the 1953 armistice").
        return rules.context.asked.iter().any(|w| w == word);
    }
    let in_question = in_words(word, &rules.context.asked);
    // A word of the form itself is typed as that word or not at all ("Jae" is no extra to "Moon").
    let own = in_words(word, rules.own) && !in_words(word, form);
    let a_name =
        in_words(word, &rules.context.names) || rules.rivals.iter().flatten().any(|w| w == word);
    if a_name {
        return in_question || own;
    }
    in_question || own || in_words(word, &rules.context.source)
}

/// Whether a form's word says something of its own: not a word that only joins, nor the title of
/// a person ("President").
pub(super) fn says_something(word: &str, rules: &Rules) -> bool {
    let title = rules.person && lexicon::is_title(word);
    !(lexicon::is_filler(word) || title)
}

/// Whether a form's word may be left out: a word that only joins, a word the question already
/// says, a word every wrong answer has; for a person, a title or any name (the family name is
/// checked after).
pub(super) fn missing_ok(word: &str, rules: &Rules) -> bool {
    lexicon::is_filler(word)
        || rules.person
        || in_words(word, &rules.context.asked)
        || shared_by_every_rival(word, rules)
}

/// A word every wrong answer has too ("Camp" of Camp Hope when the others are Camp Faith and
/// Camp Copper): it tells no option from another, so the answer may leave it out.
pub(super) fn shared_by_every_rival(word: &str, rules: &Rules) -> bool {
    rules.rivals.len() >= 2 && rules.rivals.iter().all(|r| in_words(word, r))
}

/// Whether `word`, in some form, is among `words`: itself, another form of it, or a short form or
/// country word whose words all are ("US" among "united states").
pub fn in_words(word: &str, words: &[String]) -> bool {
    if words.iter().any(|w| forms::same_form(word, w)) {
        return true;
    }
    let short = forms::country_of(word).unwrap_or(word);
    forms::long_form(short).is_some_and(|long| long.iter().all(|l| words.iter().any(|w| w == l)))
}
