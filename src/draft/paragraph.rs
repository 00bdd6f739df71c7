//! One paragraph as the drafting rules see it: its text, tokens, sentences and direct quotations,
//! with the questions the rules ask of them ("which sentence is this in?", "is this quoted?").

use std::ops::Range;

use super::sentences::sentences;
use super::tokens::{Kind, Token, tokens};

pub struct Paragraph<'t> {
    /// 0-based.
    pub index: usize,
    pub text: &'t str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Range<usize>>,
    /// Direct quotations, from the opening mark to the closing one (or the paragraph's end).
    pub quotes: Vec<Range<usize>>,
    /// Where the body starts after a dateline ("ST. LOUIS, June 14 – "), if the paragraph has one.
    pub body: usize,
}

impl<'t> Paragraph<'t> {
    pub fn new(index: usize, text: &'t str) -> Paragraph<'t> {
        let text = analysed(text);
        Paragraph {
            index,
            text,
            tokens: tokens(text),
            sentences: sentences(text),
            quotes: quotes(text),
            body: 0,
        }
    }

    /// A paragraph the draft does not look into (see `draft::sample`).
    pub fn skipped(index: usize) -> Paragraph<'t> {
        Paragraph {
            index,
            text: "",
            tokens: Vec::new(),
            sentences: Vec::new(),
            quotes: Vec::new(),
            body: 0,
        }
    }

    /// The lower-case text of token `i` when it is a word.
    pub fn word(&self, i: usize) -> Option<String> {
        let t = self.tokens.get(i)?;
        (t.kind == Kind::Word).then(|| t.text(self.text).to_lowercase())
    }

    /// The lower-case text of the token before token `i` when it is a word (`None` at the start).
    pub fn word_before(&self, i: usize) -> Option<String> {
        self.word(i.checked_sub(1)?)
    }

    /// Whether token `i` is a word written with a capital first letter.
    pub fn capitalised(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            t.kind == Kind::Word && t.text(self.text).starts_with(char::is_uppercase)
        })
    }

    pub fn text_of(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    pub fn is_mark(&self, i: usize, marks: &[char]) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            t.kind == Kind::Mark
                && t.text(self.text)
                    .chars()
                    .next()
                    .is_some_and(|c| marks.contains(&c))
        })
    }

    /// Whether the paragraph's text holds any of `words` (written in lower case), whatever its
    /// case: what the paragraph speaks of ("a paragraph of cricket", "of politics").
    pub fn speaks_of(&self, words: &[&str]) -> bool {
        let lower = self.text.to_lowercase();
        words.iter().any(|w| lower.contains(w))
    }

    pub fn is_glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.glued)
    }

    /// Whether token `i` is a number in digits that ends a road's name after its capitalised road
    /// word ("Highway 12", "Interstate 80", "State Route 9"): the road is a place, the number
    /// part of its name. Not when a unit of measure or "times" follows: "the Trans-Canada
    /// Highway 20 kilometres east of Golden", "drove the Coast Highway 14 times" (review 175 3);
    /// a unit of time leaves it the road's ("Highway 1 hours after", review 177 7).
    pub fn road_number(&self, i: usize) -> bool {
        let Some(before) = i.checked_sub(1) else {
            return false;
        };
        let number = self.tokens.get(i).is_some_and(|t| {
            t.kind == Kind::Number
                && self.text[t.start..t.end]
                    .bytes()
                    .all(|b| b.is_ascii_digit())
        });
        if !number || !self.capitalised(before) {
            return false;
        }
        let time = |w: &str| {
            let w = w.strip_suffix('s').unwrap_or(w);
            matches!(
                w,
                "second"
                    | "minute"
                    | "hour"
                    | "day"
                    | "week"
                    | "month"
                    | "year"
                    | "decade"
                    | "min"
                    | "hr"
                    | "sec"
            )
        };
        let measured = self.word(i + 1).is_some_and(|w| {
            w == "times"
                || (w.len() >= 2
                    && !time(&w)
                    && self.text_of(i + 1).starts_with(char::is_lowercase)
                    && crate::check::units::is_measure(&w))
        });
        !measured
            && self
                .word(before)
                .is_some_and(|w| super::lexicon::ROAD_WORDS.contains(&w.as_str()))
    }

    /// Whether token `i` is a number that belongs to the name before it: right after a
    /// capitalised word in mid-sentence that is not a month, a day or a small word ("BBC Radio
    /// *4*", "Channel *4* News", "Highway *299*"; not "May 5", "In 2019", "Nearly 40 people"),
    /// unless a score or a range goes on from it ("Manchester United 2-1"). The number is still
    /// a value of the article (except a road's: `numbers_a_road`); the words around it are not a
    /// whole name.
    pub fn number_in_a_name(&self, i: usize) -> bool {
        use crate::check::date::{MONTHS, WEEKDAYS};
        let Some(before) = i.checked_sub(1) else {
            return false;
        };
        let capital = |k: usize| {
            self.tokens.get(k).is_some_and(|t| {
                t.kind == Kind::Word && self.text[t.start..].starts_with(char::is_uppercase)
            })
        };
        let Some(word) = self.word(before) else {
            return false;
        };
        let dated = word.len() >= 3
            && MONTHS
                .iter()
                .chain(WEEKDAYS.iter())
                .any(|m| m.to_lowercase().starts_with(&word));
        let opens = self.tokens[..before]
            .iter()
            .rev()
            .take_while(|t| {
                t.start
                    >= self
                        .sentence(self.sentence_of(self.tokens[before].start))
                        .start
            })
            .all(|t| t.kind == Kind::Mark);
        let goes_on = self.is_mark(i + 1, &['-', '–', '—', ':', '.', ','])
            && self
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.kind == Kind::Number);
        // "the Supreme Court’s 2021 ruling": a possessive ends the name.
        let possessive = is_possessive(&word);
        // "right about Greenland 40 years before", "visited Paris 12 times": a count of a time or
        // of people after a name is no part of it (#15).
        // Only after a known place's name or initials: "Formula 1 years", "Ward 7 days", "BBC
        // Radio 4 years" are a name's number (third reader).
        let counts = self.word(i + 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "years" | "times" | "days" | "weeks" | "months" | "hours" | "minutes" | "people"
            )
        }) && {
            let name = self.text_of(before);
            // Or a body's initials: "gave the FFEA 35 years ago".
            super::lexicon::known_place(name)
                || super::lexicon::known_city(name)
                || ((2..=6).contains(&name.len()) && name.chars().all(|c| c.is_ascii_uppercase()))
        };
        // "182,400 UK 18-year-olds": an age after a name is no number of the name (#15).
        let aged = self.is_mark(i + 1, &['-'])
            && self.is_glued(i + 1)
            && matches!(self.word(i + 2).as_deref(), Some("year" | "month" | "week"));
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Number)
            && capital(before)
            && !aged
            && !possessive
            && !dated
            && !opens
            && !super::value::is_function_word(&word)
            && !goes_on
            && !counts
    }

    /// The index of the sentence holding byte `at`.
    pub fn sentence_of(&self, at: usize) -> usize {
        self.sentences
            .partition_point(|s| s.start <= at)
            .saturating_sub(1)
    }

    /// The sentence `s` as drafts use it: after the dateline, if it has one.
    pub fn sentence(&self, s: usize) -> Range<usize> {
        let range = self.sentences.get(s).cloned().unwrap_or(0..0);
        range.start.max(self.body).min(range.end)..range.end
    }

    /// The quotation that `range` lies in, if any.
    pub fn quote_around(&self, range: &Range<usize>) -> Option<Range<usize>> {
        let after = self.quotes.partition_point(|q| q.start <= range.start);
        let q = self.quotes.get(after.checked_sub(1)?)?;
        (range.end <= q.end).then(|| q.clone())
    }

    /// The first token at or after byte `at`.
    pub fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.start < at)
    }
}

/// The most of one paragraph a draft reads: a paragraph longer than this is not news prose (a
/// whole book on one line, say), and only its first sentences up to this length are drafted.
const LONGEST_PARAGRAPH: usize = 20_000;

/// `text`, or its first whole sentences up to `LONGEST_PARAGRAPH` bytes.
fn analysed(text: &str) -> &str {
    if text.len() <= LONGEST_PARAGRAPH {
        return text;
    }
    let mut cut = LONGEST_PARAGRAPH;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    // The last sentence of the head may be cut short: keep the ones before it.
    let whole = sentences(head);
    let end = match whole.len() {
        0 | 1 => 0,
        n => whole[n - 2].end,
    };
    &text[..end]
}

/// Direct quotations in `text`: “…”, "…", and ‘…’ (a ’ between letters is an apostrophe).
fn quotes(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut double: Option<usize> = None;
    let mut single: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let letter = |i: usize| chars.get(i).is_some_and(|&(_, c)| c.is_alphanumeric());
    for (k, &(at, c)) in chars.iter().enumerate() {
        let end = at + c.len_utf8();
        match c {
            '“' if double.is_none() => double = Some(at),
            '”' => {
                if let Some(start) = double.take() {
                    out.push(start..end);
                }
            }
            '"' => match double.take() {
                Some(start) => out.push(start..end),
                None => double = Some(at),
            },
            '‘' if single.is_none() && double.is_none() && (k == 0 || !letter(k - 1)) => {
                single = Some(at)
            }
            '’' if single.is_some() && !letter(k + 1) => {
                if let Some(start) = single.take() {
                    out.push(start..end);
                }
            }
            _ => {}
        }
    }
    if let Some(start) = double.or(single) {
        out.push(start..text.len());
    }
    out.sort_by_key(|r| r.start);
    out
}

/// The words of `text` in lower case, a hyphenated word kept whole ("empty-net",
/// "game-changing"), split at every other mark: for asking whether a text uses a word as a word
/// of its own, where `Paragraph::speaks_of` would find it inside another ("headquarters").
pub fn plain_words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether a word is written as a possessive: "Court’s", "Ardmore's", "Jones’", "players'".
pub fn is_possessive(word: &str) -> bool {
    ["’s", "'s", "s’", "s'"].iter().any(|s| word.ends_with(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_words_keep_a_hyphenated_word_whole_and_find_no_word_inside_another() {
        let words = plain_words("An empty-net Goal at the club's headquarters.");
        assert_eq!(
            words,
            [
                "an",
                "empty-net",
                "goal",
                "at",
                "the",
                "club",
                "s",
                "headquarters"
            ]
        );
        assert!(!words.iter().any(|w| w == "quarter" || w == "net"));
    }

    #[test]
    fn quotations_and_apostrophes() {
        let text = "“We’ve won,” she said, and ‘tis “late";
        let found: Vec<&str> = quotes(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["“We’ve won,”", "“late"]);
        let text = r#"He said "no" twice."#;
        let found: Vec<&str> = quotes(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["\"no\""]);
    }
}
