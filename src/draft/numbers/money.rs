//! What an article says about its money that reading an amount needs: a capital letter glued to
//! an amount ("P2.5 million", "N2.3 billion", "P5,000") is how the copy of some countries writes
//! its currency (the Philippine peso, the Nigerian naira; "VT1.2 billion", Vanuatu's vatu), but
//! the same letter is another
//! country's money (Botswana's pula is "P" too) and a grade, a position, a road or a part's name
//! anywhere ("P5", "N1"). A reader takes the letter for a currency only when the article says
//! where its money is from: it names the country, its people, its capital or biggest city, or the
//! currency.

use super::read::Num;
use crate::draft::paragraph::Paragraph;
use crate::draft::tokens::Kind;

/// A currency a country's copy writes with one or two capital letters before the amount.
struct Sign {
    /// The letter or letters, as written.
    letter: &'static str,
    /// The currency's name, as the judge reads it (`check::units`).
    currency: &'static str,
    /// The country, its people and the cities a dateline names it by (its capital, its biggest
    /// city), with a capital; a plural or possessive "s" after one is the same word ("Philippines",
    /// "Filipinos’", "Nigeria’s").
    country: &'static [&'static str],
    /// The currency's own words, in lower case.
    money: &'static [&'static str],
}

/// The letter signs a reader of world news knows.
const SIGNS: [Sign; 3] = [
    Sign {
        letter: "P",
        currency: "pesos",
        country: &["Philippine", "Filipino", "Filipina", "Manila"],
        money: &["peso", "pesos"],
    },
    Sign {
        letter: "N",
        currency: "naira",
        country: &["Nigeria", "Nigerian", "Abuja", "Lagos"],
        money: &["naira", "kobo"],
    },
    // "VT" is also Vermont's abbreviation and a model's or a road's letters ("VT100").
    Sign {
        letter: "VT",
        currency: "vatu",
        country: &["Vanuatu", "Vila"],
        money: &["vatu"],
    },
];

/// The currencies a letter before an amount may stand for in this article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Money {
    /// For each of `SIGNS`, whether the article names its country or its currency.
    named: [bool; SIGNS.len()],
}

impl Money {
    /// What the paragraphs of an article say about its money.
    pub fn of(paragraphs: &[Paragraph]) -> Money {
        let mut named = [false; SIGNS.len()];
        for p in paragraphs {
            for i in (0..p.tokens.len()).filter(|&i| p.tokens[i].kind == Kind::Word) {
                let (written, lower) = (p.text_of(i), p.word(i));
                for (k, sign) in SIGNS.iter().enumerate() {
                    named[k] |= names(sign, written, lower.as_deref());
                }
            }
        }
        Money { named }
    }

    /// Whether `num`, read with a currency's code, may be drafted in this article: a code that
    /// stands for more than one thing ("P", "N", "VT") only where the article says which.
    pub(super) fn allows(self, p: &Paragraph, num: &Num) -> bool {
        let written = p.text_of(num.first);
        SIGNS.iter().zip(self.named).all(|(sign, named)| {
            named || !(num.code == Some(sign.currency) && written == sign.letter)
        })
    }
}

/// Whether a word says the article's money is `sign`'s: its country or its people by name (with
/// a capital), or the currency.
fn names(sign: &Sign, written: &str, lower: Option<&str>) -> bool {
    let bare = written
        .trim_end_matches(['’', '\''])
        .trim_end_matches("’s")
        .trim_end_matches("'s");
    let country = sign
        .country
        .iter()
        .any(|c| bare == *c || bare.strip_suffix('s') == Some(c));
    country || lower.is_some_and(|w| sign.money.contains(&w))
}
