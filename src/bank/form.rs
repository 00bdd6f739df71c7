//! The form of an option: what a player can see without knowing the answer. A multiple-choice set
//! gives its answer away when the answer is the only option of its form (the one number that is
//! not round, the one phrase without "flag" when the other three are flags), so the generator
//! avoids such sets and `validate` warns about facts that cannot avoid them.

use std::borrow::Cow;
use std::fmt;

use crate::check::number;
use crate::model::AnswerType;
use crate::normalize;

/// A way the answer stands out from every distractor, while the distractors all look alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tell {
    /// A round number (a multiple of ten) among numbers that are not, or the reverse.
    Round { answer_round: bool },
    /// Written as an ordinal ("65th") among plain numbers, or the reverse.
    Ordinal { answer_ordinal: bool },
    /// A span of years among single years, or the reverse.
    Span { answer_span: bool },
    /// Digits grouped in thousands ("7,700") among numbers that are not, or the reverse.
    Grouped { answer_grouped: bool },
    /// A number with another count of digits than every distractor.
    Digits { answer: usize, others: usize },
    /// Another count of words than every distractor.
    Words { answer: usize, others: usize },
    /// A capital letter where every distractor has a small one, or the reverse.
    Capital { answer_capital: bool },
    /// "the", "a" or "an" in front where no distractor has one, or the reverse.
    Article { answer_article: bool },
    /// Every distractor has this word and the answer does not.
    Lacks(String),
}

impl fmt::Display for Tell {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let only = |yes: bool, is: &str, is_not: &str| {
            if yes {
                format!("the only {is}")
            } else {
                format!("the only {is_not}")
            }
        };
        match self {
            Tell::Round { answer_round } => f.write_str(&only(
                *answer_round,
                "round number",
                "number that is not round",
            )),
            Tell::Ordinal { answer_ordinal } => f.write_str(&only(
                *answer_ordinal,
                "ordinal (such as \"65th\")",
                "number that is not an ordinal",
            )),
            Tell::Span { answer_span } => {
                f.write_str(&only(*answer_span, "span of years", "single year"))
            }
            Tell::Grouped { answer_grouped } => f.write_str(&only(
                *answer_grouped,
                "number written with thousands separators",
                "number written without thousands separators",
            )),
            Tell::Digits { answer, others } => write!(
                f,
                "the only number of {answer} digits (the others have {others})"
            ),
            Tell::Words { answer, others } => write!(
                f,
                "the only one of {answer} word{} (the others have {others})",
                if *answer == 1 { "" } else { "s" }
            ),
            Tell::Capital { answer_capital } => write!(
                f,
                "the only one that starts with a {} letter",
                if *answer_capital { "capital" } else { "small" }
            ),
            Tell::Article { answer_article } => write!(
                f,
                "the only one {} \"the\", \"a\" or \"an\" in front",
                if *answer_article { "with" } else { "without" }
            ),
            Tell::Lacks(word) => write!(f, "the only one without the word {word:?}"),
        }
    }
}

/// How `answer` stands out among `distractors` by its form alone, if it does: the first form in
/// which every distractor is alike and the answer is not. Needs at least two distractors (with
/// one, every difference would count).
pub fn tell<S: AsRef<str>>(
    answer_type: AnswerType,
    answer: &str,
    distractors: &[S],
) -> Option<Tell> {
    if distractors.len() < 2 {
        return None;
    }
    match answer_type {
        AnswerType::Number | AnswerType::Year => {
            let mine = Shape::of(answer)?;
            let theirs: Vec<Shape> = distractors
                .iter()
                .map(|d| Shape::of(d.as_ref()))
                .collect::<Option<_>>()?;
            let flag = |f: fn(&Shape) -> bool| odd(f(&mine), theirs.iter().map(f));
            if let Some(answer_span) = flag(|s| s.span) {
                return Some(Tell::Span { answer_span });
            }
            if let Some(answer_ordinal) = flag(|s| s.ordinal) {
                return Some(Tell::Ordinal { answer_ordinal });
            }
            if let Some(answer_round) = flag(|s| s.round) {
                return Some(Tell::Round { answer_round });
            }
            if let Some(answer_grouped) = flag(|s| s.grouped) {
                return Some(Tell::Grouped { answer_grouped });
            }
            odd(mine.digits, theirs.iter().map(|s| s.digits)).map(|answer| Tell::Digits {
                answer,
                others: theirs[0].digits,
            })
        }
        AnswerType::Date | AnswerType::Day => None,
        _ => {
            let mine = Phrase::of(answer);
            let theirs: Vec<Phrase> = distractors.iter().map(|d| Phrase::of(d.as_ref())).collect();
            mine.tell(&theirs)
        }
    }
}

/// `tell` for a phrase answer (not a number, year, date or day) whose options' `normalize::key`s
/// are known: `(text, key)` pairs, the answer first. Saves working the keys out again.
/// The distractors are a fixed handful, so their phrases are kept on the stack (issue #16).
pub fn tell_keyed<const N: usize>(
    answer: (&str, &str),
    distractors: &[(&str, &str); N],
) -> Option<Tell> {
    if N < 2 {
        return None;
    }
    let looks: [(&str, Look); N] = distractors.map(|(text, key)| (key, Look::of(text, key)));
    tell_looked(answer, &looks)
}

/// `tell_keyed`, for distractors whose looks are known too: `(key, look)` pairs, the look of each
/// worked out once for the many facts it is a distractor of (issue #16).
pub fn tell_looked<const N: usize>(
    answer: (&str, &str),
    distractors: &[(&str, Look); N],
) -> Option<Tell> {
    if N < 2 {
        return None;
    }
    let mine = Phrase::keyed(answer.0, Cow::Borrowed(answer.1));
    let theirs: [Phrase; N] = distractors.map(|(key, look)| Phrase {
        key: Cow::Borrowed(key),
        look,
    });
    mine.tell(&theirs)
}

/// `mine`, when every one of `theirs` is the same and `mine` is not.
fn odd<T: PartialEq + Copy>(mine: T, mut theirs: impl Iterator<Item = T>) -> Option<T> {
    let first = theirs.next()?;
    (theirs.all(|t| t == first) && mine != first).then_some(mine)
}

/// What a phrase looks like: its words after normalisation (one string, words split by spaces),
/// and the rest of its look.
struct Phrase<'k> {
    key: Cow<'k, str>,
    look: Look,
}

/// What a phrase looks like besides its words: how many words its key has, whether its first
/// letter (after an article) is a capital, whether it opens with an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    count: usize,
    capital: Option<bool>,
    article: bool,
}

impl Look {
    /// The look of the phrase `text`, whose `normalize::key` is `key`.
    pub fn of(text: &str, key: &str) -> Look {
        let after = after_article(text);
        Look {
            // `key.split(' ').count()`, counted without a searcher.
            count: key.bytes().filter(|&b| b == b' ').count() + 1,
            capital: first_letter_capital(after.unwrap_or(text)),
            article: after.is_some(),
        }
    }
}

impl<'k> Phrase<'k> {
    fn of(text: &str) -> Phrase<'k> {
        Phrase::keyed(text, Cow::Owned(normalize::key(text)))
    }

    /// The phrase `text`, whose `normalize::key` is `key`.
    fn keyed(text: &str, key: Cow<'k, str>) -> Phrase<'k> {
        Phrase {
            look: Look::of(text, &key),
            key,
        }
    }

    fn words(&self) -> std::str::Split<'_, char> {
        self.key.split(' ')
    }

    fn has(&self, word: &str) -> bool {
        // A phrase of one word has it or not as a whole: no need to split it.
        if self.look.count == 1 {
            return self.key == word;
        }
        self.words().any(|w| w == word)
    }

    /// How this phrase, the answer, stands out among `theirs`.
    fn tell(&self, theirs: &[Phrase]) -> Option<Tell> {
        let (mine, looks) = (self.look, theirs.iter().map(|p| p.look));
        if let Some(answer) = odd(mine.count, looks.clone().map(|l| l.count)) {
            return Some(Tell::Words {
                answer,
                others: theirs[0].look.count,
            });
        }
        if let Some(Some(answer_capital)) = odd(mine.capital, looks.clone().map(|l| l.capital)) {
            return Some(Tell::Capital { answer_capital });
        }
        if let Some(answer_article) = odd(mine.article, looks.map(|l| l.article)) {
            return Some(Tell::Article { answer_article });
        }
        let lacks = |w: &str| theirs[1..].iter().all(|p| p.has(w)) && !self.has(w);
        // A first distractor of one word is that word, without splitting it.
        if theirs[0].look.count == 1 {
            let word = &*theirs[0].key;
            return lacks(word).then(|| Tell::Lacks(word.to_owned()));
        }
        (theirs[0].words())
            .find(|w| lacks(w))
            .map(|w| Tell::Lacks(w.to_owned()))
    }
}

/// Whether the first letter of `text` (a phrase after its article) is a capital; `None` without
/// letters. Whitespace and punctuation are not letters, so no splitting into words is needed.
fn first_letter_capital(text: &str) -> Option<bool> {
    text.chars()
        .find(|c| c.is_alphabetic())
        .map(char::is_uppercase)
}

/// What follows a leading "the", "a" or "an" that has more words after it.
fn after_article(text: &str) -> Option<&str> {
    let text = text.trim_start();
    // Every article starts with a "t" or an "a": most phrases are settled by their first byte.
    if !matches!(text.as_bytes().first(), Some(b't' | b'T' | b'a' | b'A')) {
        return None;
    }
    ["the", "a", "an"].iter().find_map(|article| {
        let n = article.len();
        let rest = text.get(n..)?;
        (text[..n].eq_ignore_ascii_case(article)
            && rest.starts_with(char::is_whitespace)
            && !rest.trim().is_empty())
        .then_some(rest)
    })
}

/// What a number looks like, whatever its value.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Shape {
    span: bool,
    ordinal: bool,
    round: bool,
    grouped: bool,
    digits: usize,
}

impl Shape {
    fn of(text: &str) -> Option<Shape> {
        Shape::plain(text).or_else(|| Shape::general(text))
    }

    /// The shape of any number the game reads ("about 7.7 thousand", "sixty-fifth", "1950-53").
    fn general(text: &str) -> Option<Shape> {
        let grouped = text.contains(',');
        // Counted, not formatted: formatting a float is slow, and a bank has many numbers.
        let digits = |value: f64| {
            let mut whole = value.abs().trunc();
            let mut count = 1;
            while whole >= 10.0 && count < 400 {
                whole /= 10.0;
                count += 1;
            }
            count
        };
        if let Some(reading) = number::read(text, None) {
            let whole = reading.value.abs().trunc();
            let round = reading.value.fract() == 0.0 && whole >= 10.0 && whole % 10.0 == 0.0;
            return Some(Shape {
                span: false,
                ordinal: reading.ordinal,
                round,
                grouped,
                digits: digits(reading.value),
            });
        }
        number::read_span(text).map(|(from, _)| Shape {
            span: true,
            ordinal: false,
            round: false,
            grouped,
            digits: digits(from),
        })
    }
}

impl Shape {
    /// The shape of a whole number written in digits ("7,700", "65th", "55"), read without the
    /// general number reader: most numbers in a bank are written so.
    fn plain(text: &str) -> Option<Shape> {
        // One pass over the digits and commas: how many digits, whether grouped, and every group
        // after a comma of three digits.
        let bytes = text.as_bytes();
        let (mut digits, mut grouped, mut group) = (0, false, 0);
        let mut end = bytes.len();
        for (i, &b) in bytes.iter().enumerate() {
            match b {
                b'0'..=b'9' => {
                    digits += 1;
                    group += 1;
                }
                b',' => {
                    if grouped && group != 3 {
                        return None;
                    }
                    grouped = true;
                    group = 0;
                }
                _ => {
                    end = i;
                    break;
                }
            }
        }
        let (number, suffix) = bytes.split_at(end);
        let ordinal = match suffix {
            b"" => false,
            b"st" | b"nd" | b"rd" | b"th" => true,
            _ => return None,
        };
        // Leading zeros, a leading comma or commas out of place go to the general reader (a
        // comma at the end leaves a last group of none).
        if digits == 0 || digits > 18 || matches!(number.first(), Some(b'0' | b',')) {
            return None;
        }
        if grouped && group != 3 {
            return None;
        }
        Some(Shape {
            span: false,
            ordinal,
            round: digits >= 2 && number.last() == Some(&b'0'),
            grouped,
            digits,
        })
    }
}

/// How many candidates `choose` and `unavoidable` look at, at most.
pub const CANDIDATES: usize = 10;

/// Of the first `CANDIDATES` candidates, `n` whose set does not single out `answer` by its form,
/// preferring earlier candidates (the fact's own before borrowed ones); the first `n` when every
/// set does. Fewer when there are fewer candidates.
pub fn choose(
    answer_type: AnswerType,
    answer: &str,
    candidates: &[String],
    n: usize,
) -> Vec<String> {
    let pool = &candidates[..candidates.len().min(CANDIDATES)];
    if pool.len() <= n {
        return pool.to_vec();
    }
    let mut at: Vec<usize> = (0..n).collect();
    loop {
        let set: Vec<String> = at.iter().map(|&i| pool[i].clone()).collect();
        if tell(answer_type, answer, &set).is_none() {
            return set;
        }
        // The next combination of `n` indices in lexicographic order.
        let Some(i) = (0..n).rev().find(|&i| at[i] < pool.len() - n + i) else {
            return pool[..n].to_vec();
        };
        at[i] += 1;
        for j in i + 1..n {
            at[j] = at[j - 1] + 1;
        }
    }
}

/// Whether every set of `n` among the first candidates singles out the answer, and by what (the
/// tell of the first set).
pub fn unavoidable(
    answer_type: AnswerType,
    answer: &str,
    candidates: &[String],
    n: usize,
) -> Option<Tell> {
    let first = tell(answer_type, answer, &candidates[..candidates.len().min(n)])?;
    let chosen = choose(answer_type, answer, candidates, n);
    tell(answer_type, answer, &chosen).map(|_| first)
}

#[cfg(test)]
mod tests;
