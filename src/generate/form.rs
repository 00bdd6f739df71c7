//! The form of an option: what a player can see without knowing the answer. A multiple-choice set
//! gives its answer away when the answer is the only option of its form (the one number that is
//! not round, the one phrase without "flag" when the other three are flags), so the generator
//! avoids such sets and `validate` warns about facts that cannot avoid them.

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
pub fn tell(answer_type: AnswerType, answer: &str, distractors: &[String]) -> Option<Tell> {
    if distractors.len() < 2 {
        return None;
    }
    match answer_type {
        AnswerType::Number | AnswerType::Year => {
            let mine = Shape::of(answer)?;
            let theirs: Vec<Shape> = distractors
                .iter()
                .map(|d| Shape::of(d))
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
            let theirs: Vec<Phrase> = distractors.iter().map(|d| Phrase::of(d)).collect();
            mine.tell(&theirs)
        }
    }
}

/// `mine`, when every one of `theirs` is the same and `mine` is not.
fn odd<T: PartialEq + Copy>(mine: T, mut theirs: impl Iterator<Item = T>) -> Option<T> {
    let first = theirs.next()?;
    (theirs.all(|t| t == first) && mine != first).then_some(mine)
}

/// What a phrase looks like: its words after normalisation, whether its first letter (after an
/// article) is a capital, whether it opens with an article.
struct Phrase {
    words: Vec<String>,
    capital: Option<bool>,
    article: bool,
}

impl Phrase {
    fn of(text: &str) -> Phrase {
        Phrase {
            words: normalize::key(text).split(' ').map(str::to_owned).collect(),
            capital: first_letter_capital(text),
            article: has_article(text),
        }
    }

    /// How this phrase, the answer, stands out among `theirs`.
    fn tell(&self, theirs: &[Phrase]) -> Option<Tell> {
        if let Some(answer) = odd(self.words.len(), theirs.iter().map(|p| p.words.len())) {
            return Some(Tell::Words {
                answer,
                others: theirs[0].words.len(),
            });
        }
        if let Some(Some(answer_capital)) = odd(self.capital, theirs.iter().map(|p| p.capital)) {
            return Some(Tell::Capital { answer_capital });
        }
        if let Some(answer_article) = odd(self.article, theirs.iter().map(|p| p.article)) {
            return Some(Tell::Article { answer_article });
        }
        theirs[0]
            .words
            .iter()
            .find(|w| theirs[1..].iter().all(|p| p.words.contains(w)) && !self.words.contains(w))
            .cloned()
            .map(Tell::Lacks)
    }
}

/// Whether the first letter after any leading article is a capital; `None` without letters.
fn first_letter_capital(text: &str) -> Option<bool> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let skip = usize::from(words.len() > 1 && is_article(words[0]));
    words[skip..]
        .iter()
        .flat_map(|w| w.chars())
        .find(|c| c.is_alphabetic())
        .map(char::is_uppercase)
}

fn has_article(text: &str) -> bool {
    let mut words = text.split_whitespace();
    words.next().is_some_and(is_article) && words.next().is_some()
}

fn is_article(word: &str) -> bool {
    ["the", "a", "an"]
        .iter()
        .any(|a| a.eq_ignore_ascii_case(word))
}

/// What a number looks like, whatever its value.
#[derive(Clone, Copy)]
struct Shape {
    span: bool,
    ordinal: bool,
    round: bool,
    grouped: bool,
    digits: usize,
}

impl Shape {
    fn of(text: &str) -> Option<Shape> {
        let grouped = text.contains(',');
        let digits = |value: f64| value.abs().trunc().to_string().len();
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

/// Of the first `limit` candidates, `n` whose set does not single out `answer` by its form,
/// preferring earlier candidates (the fact's own before borrowed ones); the first `n` when every
/// set does. Fewer when there are fewer candidates.
pub fn choose(
    answer_type: AnswerType,
    answer: &str,
    candidates: &[String],
    n: usize,
) -> Vec<String> {
    const LIMIT: usize = 10;
    let pool = &candidates[..candidates.len().min(LIMIT)];
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
