//! What an article says about its money that reading an amount needs: a capital "P" glued to an
//! amount ("P2.5 million", "P5,000") is how Philippine copy writes the peso, but the same letter
//! is the pula in Botswana and a grade, a position or a part's name anywhere ("P5", "P1"). A
//! reader takes it for the peso only when the article says where its money is from: it names
//! the Philippines or the peso.

use super::read::Num;
use crate::draft::paragraph::Paragraph;
use crate::draft::tokens::Kind;

/// The currencies a letter before an amount may stand for in this article.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Money {
    /// The article names the Philippines (or a Filipino) or the peso.
    pub pesos: bool,
}

impl Money {
    /// What the paragraphs of an article say about its money.
    pub fn of(paragraphs: &[Paragraph]) -> Money {
        let pesos = paragraphs.iter().any(|p| {
            (0..p.tokens.len())
                .any(|i| p.tokens[i].kind == Kind::Word && names_the_peso(p.text_of(i), p.word(i)))
        });
        Money { pesos }
    }

    /// Whether `num`, read with a currency's code, may be drafted in this article: a code of one
    /// letter that stands for more than one thing ("P") only where the article says which.
    pub(super) fn allows(self, p: &Paragraph, num: &Num) -> bool {
        let letter_p = num.code == Some("pesos") && p.text_of(num.first) == "P";
        !letter_p || self.pesos
    }
}

/// Whether a word says the article's money is the Philippine peso: the country or its people by
/// name (with a capital), or the peso.
fn names_the_peso(written: &str, lower: Option<String>) -> bool {
    // "Philippines", "Philippine", "Filipinos", "Filipina’s".
    let country = matches!(
        written.trim_end_matches(['’', '\'', 's']),
        "Philippine" | "Filipino" | "Filipina"
    );
    country || matches!(lower.as_deref(), Some("peso" | "pesos"))
}
