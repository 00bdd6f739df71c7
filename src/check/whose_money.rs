//! Whose money an amount is: the currencies the signs, codes and names written with it allow
//! ("QR4 billion" is Qatar's riyals, "SR4 billion" Saudi Arabia's, "4 billion riyals" either),
//! read from the one table (`currencies`). The judge refuses an amount typed in another country's
//! money of the same name, which the unit alone ("riyals") cannot tell apart.

use super::currencies::{self, CURRENCIES, Currency};
use super::{Accepted, AnswerType};

impl Accepted {
    /// Whether `given` names its amount's currency, and no currency the answer (with its unit)
    /// allows: "QR4 billion" or "4 billion Qatari riyals" for SR4 billion, "A$5m" for US$5m. An
    /// amount typed with the unit's name only ("4 billion riyals"), or with a sign several
    /// currencies write ("$" where the answer is in Australian dollars), is not refused here.
    pub(super) fn another_currency(&self, given: &str) -> bool {
        if self.answer_type != AnswerType::Number {
            return false;
        }
        let Some(typed) = allowed(given) else {
            return false;
        };
        let unit = self.unit.as_deref().unwrap_or("");
        let answer: Vec<&Currency> = self
            .forms
            .iter()
            .filter_map(|form| allowed(&format!("{form} {unit}")))
            .flatten()
            .collect();
        // An answer counted in hundredths ("96", unit "cents") is in the currency they are of.
        let answer = if answer.is_empty() {
            self.whose_hundredths()
        } else {
            answer
        };
        // Where the answer's sign of letters is several countries' ("Sh", "K"), the question's
        // own words may say whose ("Kenya's Treasury raised Sh12.4 billion"). A symbol alone
        // ("$") is not narrowed so: copy writes US dollars in stories about every country ("a
        // Canadian miner agreed to pay $5 million").
        let symbol = self.forms.iter().any(|form| bare_symbol(form));
        let told: Vec<&Currency> = answer
            .iter()
            .copied()
            .filter(|c| !symbol && c.countries.iter().any(|country| self.says(country)))
            .collect();
        let answer = if told.is_empty() { answer } else { told };
        !answer.is_empty() && !answer.iter().any(|c| holds(&typed, c))
    }

    /// Whether the question's words say `name` (a country, a people, a city: "Kenya",
    /// "Kenya's", "South Africa").
    fn says(&self, name: &str) -> bool {
        let asked = &self.context.asked;
        crate::normalize::key(name).split(' ').all(|word| {
            asked
                .iter()
                .any(|w| w == word || w.strip_suffix('s') == Some(word))
        })
    }
}

/// The currencies that `text` allows by the signs, codes and names written with its amount: each
/// one it writes narrows them ("QR" and "riyals": Qatar's). `None` when it writes none; empty
/// when two of them name no currency together ("QR4 billion Saudi riyals").
pub(super) fn allowed(text: &str) -> Option<Vec<&'static Currency>> {
    let mut allowed: Option<Vec<&'static Currency>> = None;
    let mut narrow = |rows: Vec<&'static Currency>| {
        if rows.is_empty() {
            return;
        }
        allowed = Some(match allowed.take() {
            None => rows,
            Some(before) => before.into_iter().filter(|c| holds(&rows, c)).collect(),
        });
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let amount = words
        .iter()
        .position(|w| w.chars().any(|c| c.is_ascii_digit()));
    let after = amount.map(|a| {
        let skip = words[a + 1..]
            .iter()
            .take_while(|w| super::words::scale(&w.to_lowercase()).is_some())
            .count();
        a + 1 + skip
    });
    for (i, word) in words.iter().enumerate() {
        narrow(by_symbols(word));
        // A code or a sign of letters only beside the amount: before it ("QAR 4 billion",
        // "QR4bn") or after it and its scale ("4 billion QAR"); elsewhere it is a word.
        let beside = amount.is_some_and(|a| i + 1 == a || i == a) || Some(i) == after;
        if beside {
            narrow(by_letters(word, amount == Some(i)));
        }
    }
    // A name: of one word, every currency of its unit ("riyals"); with its country's word, the
    // one ("qatari riyals", "bangladeshi taka").
    let key = crate::normalize::key(text);
    let words: Vec<&str> = key.split(' ').collect();
    for row in &CURRENCIES {
        for name in row.names.iter().chain(std::iter::once(&row.unit)) {
            let n = name.split(' ').count();
            if words.windows(n).any(|w| w.join(" ") == *name) {
                narrow(if n > 1 { vec![row] } else { family(row.unit) });
            }
        }
        if (2..=4).any(|n| words.windows(n).any(|w| row.country_and_name(&w.join(" ")))) {
            narrow(vec![row]);
        }
    }
    allowed
}

/// Whether `rows` holds `row` (by its code, which is one a row: the table is a `const`, so two
/// reads of one row need not share an address).
fn holds(rows: &[&Currency], row: &Currency) -> bool {
    rows.iter().any(|r| r.code == row.code)
}

/// Every currency read as `unit` ("riyals": Saudi Arabia's and Qatar's).
fn family(unit: &str) -> Vec<&'static Currency> {
    CURRENCIES.iter().filter(|c| c.unit == unit).collect()
}

/// The currencies a word's symbols name: with the letters glued before one, the currencies whose
/// sign they make ("US$", "A$", "R$", "GH¢"); a symbol alone names every currency of the unit it
/// is read as ("$": every dollar).
fn by_symbols(word: &str) -> Vec<&'static Currency> {
    let mut rows = Vec::new();
    let mut letters = 0;
    let mut opens = true;
    for (at, c) in word.char_indices() {
        if c.is_alphabetic() {
            letters += 1;
            continue;
        }
        if !c.is_alphanumeric() && !c.is_ascii_punctuation() || c == '$' {
            let before: String = word[..at].chars().rev().take(letters).collect();
            let before: String = before.chars().rev().collect();
            let sign = format!("{before}{c}");
            let whose: Vec<_> = CURRENCIES
                .iter()
                .filter(|cur| opens && letters > 0 && cur.written_as(&sign, false))
                .collect();
            if !whose.is_empty() {
                rows.extend(whose);
            } else if let Some(alone) = currencies::symbol(c) {
                rows.extend(family(alone.unit));
            }
        }
        opens = !c.is_alphanumeric();
        letters = 0;
    }
    rows
}

/// Whether `text` writes a currency's symbol with no letters of a sign before it ("$5 million",
/// not "US$5 million" or "R$5 billion").
fn bare_symbol(text: &str) -> bool {
    let mut before = None;
    text.chars().any(|c| {
        let alone = !c.is_alphanumeric()
            && currencies::symbol(c).is_some()
            && !before.is_some_and(char::is_alphabetic);
        before = Some(c);
        alone
    })
}

/// The currencies a code or a sign of letters names ("QAR", "QR", "KSh"): the letters that open
/// the amount itself, in any case ("QR4bn", "qr4bn"; one letter too, "R450"), or a word of its
/// own, in any case ("QAR", "qar", "KSh") but for a code or sign that is also a word, which only
/// as the table writes it ("TRY", "SR": "try" beside an amount is a word).
fn by_letters(word: &str, amount: bool) -> Vec<&'static Currency> {
    let word = word.trim_matches(|c: char| c.is_ascii_punctuation() && c != '$');
    let letters = &word[..word
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(word.len())];
    let glued = word[letters.len()..].starts_with(|c: char| c.is_ascii_digit());
    let whole = letters.len() == word.len();
    if letters.is_empty() || !(if amount { glued } else { whole }) {
        return Vec::new();
    }
    let word = !amount
        && CURRENCIES
            .iter()
            .any(|c| c.local.iter().any(|l| l.eq_ignore_ascii_case(letters)));
    currencies::written(letters, word).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Option<Vec<&'static str>> {
        allowed(text).map(|rows| rows.iter().map(|c| c.code).collect())
    }

    #[test]
    fn an_amounts_sign_code_or_name_says_whose_money_it_is() {
        assert_eq!(codes("QR4 billion"), Some(vec!["QAR"]));
        assert_eq!(codes("4 billion QAR"), Some(vec!["QAR"]));
        assert_eq!(codes("4bn Qatari riyals"), Some(vec!["QAR"]));
        assert_eq!(codes("50 crore Bangladeshi taka"), Some(vec!["BDT"]));
        assert_eq!(codes("SR 4 billion"), Some(vec!["SAR"]));
        assert_eq!(codes("4 billion riyals"), Some(vec!["SAR", "QAR"]));
        assert_eq!(codes("US$18.2m"), Some(vec!["USD"]));
        assert_eq!(codes("A$18.2m"), Some(vec!["AUD"]));
        let dollars = codes("$18.2m").unwrap();
        assert!(dollars.contains(&"USD") && dollars.contains(&"AUD") && dollars.contains(&"NZD"));
        // Written together, two that name no currency together name none.
        assert_eq!(codes("QR4 billion in Saudi riyals"), Some(vec![]));
        // No currency: a scale glued to the amount is no code, a word away from it is a word.
        assert_eq!(codes("4bn"), None);
        assert_eq!(codes("try 4 million"), None);
        assert_eq!(codes("TRY 4 million"), Some(vec!["TRY"]));
        assert_eq!(codes("50 lac BDT"), Some(vec!["BDT"]));
        assert_eq!(codes("qr4 billion"), Some(vec!["QAR"]));
        assert_eq!(codes("4 million people"), None);
    }

    #[test]
    fn an_amount_in_another_countrys_money_of_the_same_name_is_not_the_answer() {
        let mut riyals = Accepted::new(AnswerType::Number, vec!["SR4 billion".into()]);
        riyals.unit = Some("riyals".into());
        for wrong in ["QR4 billion", "4 billion Qatari riyals", "QAR 4bn"] {
            assert!(riyals.another_currency(wrong), "{wrong}");
            assert!(!riyals.matches(wrong), "{wrong}");
        }
        for right in [
            "SR4 billion",
            "4 billion riyals",
            "SAR 4 billion",
            "4 billion",
        ] {
            assert!(!riyals.another_currency(right), "{right}");
            assert!(riyals.matches(right), "{right}");
        }
        // "$" is every dollar: Australia's too, where the answer says no more than "$".
        let mut dollars = Accepted::new(AnswerType::Number, vec!["$5 million".into()]);
        dollars.unit = Some("dollars".into());
        assert!(dollars.matches("A$5 million") && dollars.matches("AUD 5 million"));
        let mut us = Accepted::new(AnswerType::Number, vec!["US$5 million".into()]);
        us.unit = Some("dollars".into());
        assert!(!us.matches("A$5 million") && us.matches("$5 million"));
        // A sign several countries write is the one whose country the question names.
        let mut shillings = Accepted::new(AnswerType::Number, vec!["Sh7.5 billion".into()]);
        shillings.unit = Some("shillings".into());
        assert!(shillings.matches("UGX 7.5 billion") && shillings.matches("KSh 7.5 billion"));
        shillings.context.asked = ["the", "tanzania", "treasury", "sold"]
            .map(String::from)
            .to_vec();
        assert!(!shillings.matches("UGX 7.5 billion") && !shillings.matches("KSh 7.5 billion"));
        assert!(shillings.matches("TSh 7.5 billion") && shillings.matches("7.5 billion shillings"));
        assert!(shillings.matches("7.5 billion Tanzanian shillings"));
        assert!(!shillings.matches("7.5 billion Kenyan shillings"));
        // A country's word before the unit's name is that country's money, read as the unit.
        let mut taka = Accepted::new(AnswerType::Number, vec!["Tk 800 crore".into()]);
        taka.unit = Some("taka".into());
        assert!(taka.matches("800 crore Bangladeshi taka"));
        assert!(!taka.matches("800 crore Indian rupees"));
        // A code typed in lower case is still the code, unless it is also a word ("try").
        assert!(!riyals.matches("qar 4 billion") && !riyals.matches("4 billion qar"));
        // "$" in the answer is not narrowed by the country the question names: US dollars are
        // paid in stories about every country.
        let mut paid = Accepted::new(AnswerType::Number, vec!["$5 million".into()]);
        paid.unit = Some("dollars".into());
        paid.context.asked = ["a", "canadian", "miner", "agreed", "to", "pay"]
            .map(String::from)
            .to_vec();
        for right in [
            "US$5 million",
            "USD 5 million",
            "5 million US dollars",
            "C$5 million",
        ] {
            assert!(paid.matches(right), "{right}");
        }
        // An answer that names no currency refuses none.
        let mut plain = Accepted::new(AnswerType::Number, vec!["300 million".into()]);
        plain.unit = Some("people".into());
        assert!(!plain.another_currency("QR300 million"));
    }
}
