//! What an article says about its money that reading an amount needs. A currency's sign that is
//! one letter ("P2.5 million", "N2.3 billion", "K350 million"; not "R1.2 million", the rand's, which
//! South Africa's papers write without naming it: `currencies::needs_naming`), that is also a word
//! or an abbreviation ("VT1.2 billion", Vanuatu's vatu and Vermont; "Sh4.2 billion"; "kr"), or
//! that several currencies write ("P" is the Philippine peso and Botswana's pula, "K" Zambia's
//! kwacha and Papua New Guinea's kina) is a grade, a position, a road or a part's name anywhere
//! ("P5", "N1"). A reader takes it for a currency only when the article says where its money is
//! from: it names the country, its people, its capital or biggest city, or the currency
//! (`check::currencies`); where several currencies write the sign, the one named is read.

use super::read::Num;
use crate::check::currencies::{self, CURRENCIES};
use crate::draft::paragraph::Paragraph;
use crate::draft::tokens::Kind;

/// The currencies a sign before an amount may stand for in this article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Money {
    /// For each of `CURRENCIES`, whether the article names one of its countries or the currency.
    named: [bool; CURRENCIES.len()],
    /// For each of `CURRENCIES`, whether the article writes an amount in it: its symbol before
    /// the digits ("$412 million") or its unit after them ("40 euros"); the first row of a unit
    /// stands for all of that unit's.
    written: [bool; CURRENCIES.len()],
}

impl Default for Money {
    fn default() -> Money {
        Money {
            named: [false; CURRENCIES.len()],
            written: [false; CURRENCIES.len()],
        }
    }
}

impl Money {
    /// What the paragraphs of an article say about its money.
    pub fn of(paragraphs: &[Paragraph]) -> Money {
        let mut named = [false; CURRENCIES.len()];
        // Only a currency with a sign that needs naming is looked for.
        let wanted: Vec<usize> = (0..CURRENCIES.len())
            .filter(|&k| {
                let c = &CURRENCIES[k];
                c.signs
                    .iter()
                    .chain(std::iter::once(&c.code))
                    .any(|s| currencies::needs_naming(s))
            })
            .collect();
        for p in paragraphs {
            for &k in &wanted {
                let c = &CURRENCIES[k];
                named[k] |= c
                    .countries
                    .iter()
                    .any(|country| names_country(p.text, country));
            }
            for i in (0..p.tokens.len()).filter(|&i| p.tokens[i].kind == Kind::Word) {
                // A currency's name in lower case: "Rand" may be a name.
                let Some(lower) = p
                    .word(i)
                    .filter(|_| p.text_of(i).starts_with(char::is_lowercase))
                else {
                    continue;
                };
                for &k in &wanted {
                    let c = &CURRENCIES[k];
                    named[k] |= c.unit == lower || c.names.contains(&lower.as_str());
                }
            }
        }
        Money {
            named,
            written: written_in(paragraphs),
        }
    }

    /// The unit of the currency whose hundredths an amount is written in: pence are pounds';
    /// cents the one currency but pounds the article writes its amounts in (`None` where it
    /// writes none, or several).
    pub(super) fn hundredths_of(self, pence: bool) -> Option<&'static str> {
        if pence {
            return Some("pounds");
        }
        let mut units = CURRENCIES
            .iter()
            .zip(self.written)
            .filter(|(c, written)| *written && c.unit != "pounds")
            .map(|(c, _)| c.unit);
        let unit = units.next()?;
        units.all(|u| u == unit).then_some(unit)
    }

    /// `num` as it may be drafted in this article: read with a sign that needs naming, it is
    /// the currency the article names of those that write the sign, or nothing where it names
    /// none of them (or two of different units).
    pub(super) fn settle(self, num: Num) -> Option<Num> {
        let Some(sign) = num.sign.filter(|s| currencies::needs_naming(s)) else {
            return Some(num);
        };
        let mut units = CURRENCIES
            .iter()
            .zip(self.named)
            .filter(|(c, named)| *named && c.written_as(sign, true))
            .map(|(c, _)| c.unit);
        let unit = units.next()?;
        if units.any(|u| u != unit) {
            return None;
        }
        Some(Num {
            code: Some(unit),
            ..num
        })
    }
}

/// Which currencies the paragraphs write amounts in: a symbol glued before digits ("$412"), or a
/// currency's name right after a number ("40 euros", "2.3 billion naira").
fn written_in(paragraphs: &[Paragraph]) -> [bool; CURRENCIES.len()] {
    let mut written = [false; CURRENCIES.len()];
    let mut mark = |unit: &str| {
        if let Some(k) = CURRENCIES.iter().position(|c| c.unit == unit) {
            written[k] = true;
        }
    };
    for p in paragraphs {
        for i in 0..p.tokens.len() {
            let number = |k: usize| p.tokens.get(k).is_some_and(|t| t.kind == Kind::Number);
            if p.tokens[i].kind == Kind::Mark
                && number(i + 1)
                && p.is_glued(i + 1)
                && let Some(c) = p.text_of(i).chars().next().and_then(currencies::symbol)
            {
                mark(c.unit);
            }
            // "40 euros", "2.3 billion naira": the name after the number or its scale word.
            let scale = |k: usize| p.word(k).is_some_and(|w| super::read::scale_word(&w));
            let after_amount = i > 0 && (number(i - 1) || (i > 1 && number(i - 2) && scale(i - 1)));
            if after_amount && let Some(unit) = p.word(i).and_then(|w| currencies::unit_of(&w)) {
                mark(unit);
            }
        }
    }
    written
}

/// Whether `text` names `country` as a word of its own, written with its capital; a plural or
/// possessive "s" after it is the same word ("Philippines", "Filipinos’", "Nigeria’s").
fn names_country(text: &str, country: &str) -> bool {
    text.match_indices(country).any(|(at, _)| {
        let opens = !text[..at].ends_with(char::is_alphanumeric);
        let rest = &text[at + country.len()..];
        let rest = rest.strip_prefix('s').unwrap_or(rest);
        opens && !rest.starts_with(char::is_alphanumeric)
    })
}
