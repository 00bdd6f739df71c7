//! A currency's hundredth (#15): "96 cents", "96c" and "96¢" are 0.96 dollars, "215p" is £2.15,
//! "50 centavos" half a peso, and "$0.96" is 96 cents; "two pounds fifteen" and "£2 15p" are
//! £2.15. The judge reads a typed amount in the answer's own denomination, both ways; another
//! currency's hundredth ("25p" for 25 US cents) is no answer.

use super::currencies::{CURRENCIES, Currency};
use super::{Accepted, AnswerType, Match, currencies, number};

/// One hundredth and the currencies (by their `unit`, as `currencies` names them) it is the
/// hundredth of.
struct Hundredth {
    /// Its names and signs, lower case, the usual one first ("cents", "c", "¢").
    names: &'static [&'static str],
    /// The currencies' units it is 1/100 of.
    of: &'static [&'static str],
}

/// Every hundredth the judge knows. A name of one letter ("c", "p") is read only right after an
/// amount, where it can be nothing else at a money answer.
static HUNDREDTHS: [Hundredth; 21] = [
    Hundredth {
        names: &["cents", "cent", "c", "¢", "ct", "cts"],
        // Every dollar and the euro; the shilling, rand and Sri Lanka's rupee count cents too.
        of: &["dollars", "euros", "shillings", "rand"],
    },
    Hundredth {
        names: &["pence", "penny", "pennies", "p"],
        of: &["pounds"],
    },
    Hundredth {
        names: &["centavos", "centavo"],
        of: &["pesos", "reais"],
    },
    Hundredth {
        names: &["centimes", "centime"],
        of: &["francs", "dirhams"],
    },
    Hundredth {
        names: &["paise", "paisa", "paisas", "poisha"],
        of: &["rupees", "taka"],
    },
    Hundredth {
        names: &["kopeks", "kopek", "kopecks", "kopeck", "kopiyky", "kopiyka"],
        of: &["roubles", "hryvnias"],
    },
    Hundredth {
        names: &["sen"],
        of: &["ringgit", "rupiah", "yen"],
    },
    Hundredth {
        names: &["fen"],
        of: &["yuan"],
    },
    Hundredth {
        names: &["satang"],
        of: &["baht"],
    },
    Hundredth {
        names: &["groszy", "grosz", "grosze"],
        of: &["zlotys"],
    },
    Hundredth {
        names: &["kurus", "kuruş"],
        of: &["lira"],
    },
    Hundredth {
        names: &["agorot", "agora"],
        of: &["shekels"],
    },
    Hundredth {
        names: &["öre", "ore"],
        of: &["kronor"],
    },
    Hundredth {
        names: &["øre"],
        of: &["kroner"],
    },
    Hundredth {
        names: &["kobo"],
        of: &["naira"],
    },
    Hundredth {
        names: &["pesewas", "pesewa"],
        of: &["cedis"],
    },
    Hundredth {
        names: &["halalas", "halala"],
        of: &["riyals"],
    },
    Hundredth {
        names: &["ngwee", "tambala"],
        of: &["kwacha"],
    },
    Hundredth {
        names: &["thebe"],
        of: &["pula"],
    },
    Hundredth {
        names: &["toea"],
        of: &["kina"],
    },
    Hundredth {
        names: &["bani", "ban"],
        of: &["lei"],
    },
];

/// The hundredth `word` names (any case), and whether only as a spelling slip of a name of five
/// letters or more ("cnets", "pense").
fn named(word: &str) -> Option<(&'static Hundredth, bool)> {
    let lower = word.to_lowercase();
    if let Some(h) = HUNDREDTHS
        .iter()
        .find(|h| h.names.contains(&lower.as_str()))
    {
        return Some((h, false));
    }
    if lower.chars().count() < 5 || currencies::unit_of(&lower).is_some() {
        return None;
    }
    let mut near = HUNDREDTHS.iter().filter(|h| {
        h.names
            .iter()
            .any(|n| n.chars().count() >= 5 && strsim::damerau_levenshtein(&lower, n) == 1)
    });
    match (near.next(), near.next()) {
        (Some(h), None) => Some((h, true)),
        _ => None,
    }
}

/// The hundredth a fact's unit is, written out ("cents", "pence": never a sign of one letter,
/// which may be a temperature's scale).
fn as_unit(unit: &str) -> Option<&'static Hundredth> {
    let unit = unit.trim().to_lowercase();
    (unit.chars().count() >= 3)
        .then(|| HUNDREDTHS.iter().find(|h| h.names.contains(&unit.as_str())))
        .flatten()
}

/// An amount typed in hundredths: the count of them, the hundredth, and whether its name is a
/// slip. "96c", "96 cents", "ninety-six cents", "10 P", "25 cnets".
fn in_hundredths(text: &str) -> Option<(f64, &'static Hundredth, bool)> {
    let text = text.trim();
    let head = text.trim_end_matches(|c: char| c.is_alphabetic() || c == '¢');
    let name = &text[head.len()..];
    let head = head.trim_end();
    if name.is_empty() || head.is_empty() || !head.ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let (hundredth, slip) = named(name)?;
    let count = number::read(head, None).filter(|r| !r.ordinal && !r.fraction)?;
    Some((count.value, hundredth, slip))
}

/// An amount typed in a currency by a sign, code or name ("$0.96", "0.96 dollars", "$.96"), in
/// one of `units`: its value and that unit. A bare number names none.
fn in_whole(text: &str, units: &[&'static str]) -> Option<(f64, &'static str)> {
    if number::read(text, None).is_some() {
        return None;
    }
    units.iter().find_map(|&unit| {
        number::read(text, Some(unit))
            .filter(|r| !r.ordinal && !r.fraction)
            .map(|r| (r.value, unit))
    })
}

/// An amount typed as whole units and then hundredths: "two pounds fifteen", "£2 15p", "2
/// dollars and 15 cents": its value in the currency `unit`, and whether a name is a slip. The
/// hundredths are a whole number below a hundred.
fn whole_and_hundredths(text: &str, unit: &'static str) -> Option<(f64, bool)> {
    // Text the number reader reads as one amount ("£40 000", "R2 500 000": a space groups the
    // thousands) is that amount, never split.
    if number::read(text, Some(unit)).is_some() {
        return None;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    (1..words.len()).find_map(|split| {
        let (whole, _) = in_whole(&words[..split].join(" "), &[unit])?;
        let rest = match words[split..] {
            ["and", ref rest @ ..] | ["&", ref rest @ ..] => rest,
            ref rest => rest,
        };
        let rest = rest.join(" ");
        let (count, slip) = match in_hundredths(&rest) {
            Some((count, hundredth, slip)) if hundredth.of.contains(&unit) => (count, slip),
            Some(_) => return None,
            // Bare hundredths are one or two digits ("£2 15") or number words ("two pounds
            // fifteen"): a group of three ("000", "050") is the thousands of one amount.
            None if bare_hundredths_count(&rest) => (number::read(&rest, None)?.value, false),
            None => return None,
        };
        let whole_numbers = whole.fract() == 0.0 && count.fract() == 0.0;
        (whole_numbers && (0.0..100.0).contains(&count)).then_some((whole + count / 100.0, slip))
    })
}

/// Whether `rest`, typed after whole units with no hundredth's name, may be their hundredths:
/// one or two digits, or words only ("fifteen", "forty-five").
fn bare_hundredths_count(rest: &str) -> bool {
    let digits = rest.chars().filter(char::is_ascii_digit).count();
    if digits == 0 {
        return rest
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == ' ');
    }
    (1..=2).contains(&digits) && rest.chars().all(|c| c.is_ascii_digit())
}

impl Accepted {
    /// A typed amount in the answer's currency or its hundredth, written in the other ("96c" or
    /// "96 cents" where the answer is 0.96 dollars, "$0.96" where it is 96 cents, "215p" or "two
    /// pounds fifteen" for £2.15): judged by its value in the answer's unit; a slip of the
    /// hundredth's name ("25 cnets") is a spelling slip (refused when `slips` is false). Another
    /// currency's hundredth, or an amount in another currency where the answer is in hundredths,
    /// is wrong. `None` when `given` is no such amount.
    pub(super) fn by_hundredths(&self, given: &str, slips: bool) -> Option<Match> {
        if self.answer_type != AnswerType::Number {
            return None;
        }
        let unit = self.unit.as_deref()?;
        // An accepted form in hundredths typed as it is ("73 cents" for an option so printed) is
        // that form, read as usual.
        let words = |text: &str| {
            text.to_lowercase()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let typed = words(given);
        if self
            .forms
            .iter()
            .any(|form| in_hundredths(form).is_some() && words(form) == typed)
        {
            return None;
        }
        let typed = self.in_hundredths_said(given);
        let (value, slip) = if let Some(hundredth) = as_unit(unit) {
            // The answer counts hundredths ("96", unit "cents").
            match typed {
                Some((count, typed, slip)) => {
                    if !std::ptr::eq(typed, hundredth) {
                        return Some(Match::NO);
                    }
                    (count, slip)
                }
                None => {
                    let (whole, slip) = in_whole(given, hundredth.of)
                        .map(|(v, _)| (v, false))
                        .or_else(|| {
                            hundredth
                                .of
                                .iter()
                                .find_map(|u| whole_and_hundredths(given, u))
                        })?;
                    // Of the answer's currency: "€0.96" is no 96 US cents.
                    if self.another_currency(given) {
                        return Some(Match::NO);
                    }
                    (whole * 100.0, slip)
                }
            }
        } else {
            // The answer is in a currency ("0.96", unit "dollars").
            let currency = currencies::unit_of(&crate::normalize::key(unit))?;
            match typed {
                Some((count, typed, slip)) => {
                    if !typed.of.contains(&currency) {
                        return Some(Match::NO);
                    }
                    (count / 100.0, slip)
                }
                None => match whole_and_hundredths(given, currency) {
                    Some(_) if self.another_currency(given) => return Some(Match::NO),
                    Some(read) => read,
                    None => return self.bare_hundredths(given, currency),
                },
            }
        };
        let how = self.by_value(&format!("{value} {unit}"));
        if !slip {
            return Some(how);
        }
        Some(match (how, self.forms.first()) {
            (Match::Exact, Some(spelling)) if slips => Match::Slip {
                spelling: spelling.clone(),
                edits: 1,
            },
            (Match::Within { .. } | Match::Exact, _) => Match::NO,
            (how, _) => how,
        })
    }
}

impl Accepted {
    /// An amount typed in hundredths (`in_hundredths`), with a full stop or other mark after it
    /// ("96c."), or with later words the question says or that only join ("96 cents per share",
    /// "96c a share" where it asks "per share").
    fn in_hundredths_said(&self, given: &str) -> Option<(f64, &'static Hundredth, bool)> {
        let given = given.trim().trim_end_matches(['.', '!', '?', ',', ';']);
        if let Some(read) = in_hundredths(given) {
            return Some(read);
        }
        let words: Vec<&str> = given.split_whitespace().collect();
        (1..words.len()).rev().find_map(|n| {
            let said = words[n..].iter().all(|w| {
                let w = w.to_lowercase();
                matches!(w.as_str(), "per" | "each")
                    || super::lexicon::is_filler(&w)
                    || self.context.asked.contains(&w)
            });
            said.then(|| in_hundredths(&words[..n].join(" "))).flatten()
        })
    }

    /// Whose hundredths the answer counts, where its unit is a hundredth ("cents"): the
    /// currencies of that hundredth the question or its source names by name or country ("euro",
    /// "Kenya"), else those of its usual currency (a cent is a dollar's unless told otherwise).
    /// Empty where the unit is no hundredth.
    pub(super) fn whose_hundredths(&self) -> Vec<&'static Currency> {
        let Some(hundredth) = self.unit.as_deref().and_then(as_unit) else {
            return Vec::new();
        };
        let context = &self.context;
        let said = |word: &str| {
            context
                .asked
                .iter()
                .chain(&context.source)
                .any(|w| w == word || w.strip_suffix('s') == Some(word))
        };
        let rows = CURRENCIES.iter().filter(|c| hundredth.of.contains(&c.unit));
        let told: Vec<&Currency> = rows
            .clone()
            .filter(|c| {
                let named = c.names.iter().chain([&c.unit]);
                named.filter(|n| !n.contains(' ')).any(|n| said(n))
                    || c.countries
                        .iter()
                        .any(|country| crate::normalize::key(country).split(' ').all(&said))
            })
            .collect();
        if told.is_empty() {
            rows.filter(|c| Some(&c.unit) == hundredth.of.first())
                .collect()
        } else {
            told
        }
    }

    /// Whether `given` is right only as a bare count of the answer's hundredths ("2" for $0.02
    /// written "2 cents"): a multiple-choice line's digit so read is still a position.
    pub fn only_as_hundredths(&self, given: &str) -> bool {
        self.unit
            .as_deref()
            .and_then(|unit| currencies::unit_of(&crate::normalize::key(unit)))
            .is_some_and(|currency| self.bare_hundredths(given, currency).is_some())
    }

    /// A bare whole number where the article writes the answer in hundredths (a form "10p" or
    /// "96 cents", the blank standing for all of it): the player counts them too, so "10" is
    /// right for 0.10 pounds written "10p". `None` (read as usual) for any other number.
    fn bare_hundredths(&self, given: &str, currency: &str) -> Option<Match> {
        let typed = number::read(given, None).filter(|r| !r.ordinal && r.value.fract() == 0.0)?;
        let counted = self.forms.iter().any(|form| {
            in_hundredths(form).is_some_and(|(_, hundredth, _)| hundredth.of.contains(&currency))
        });
        // Not where the statement prints a currency beside the blank ("£{answer}"): the count
        // is then its whole units.
        let (before, after) = &*self.context.beside_slot;
        if super::whose_money::allowed(&format!("{before} 1 {after}")).is_some() {
            return None;
        }
        let unit = self.unit.as_deref()?;
        let how = self.by_value(&format!("{} {unit}", typed.value / 100.0));
        (counted && how == Match::Exact).then_some(how)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount(answer: &str, unit: &str, aliases: &[&str]) -> Accepted {
        let mut forms = vec![answer.to_owned()];
        forms.extend(aliases.iter().map(|a| (*a).to_owned()));
        let mut accepted = Accepted::new(AnswerType::Number, forms);
        accepted.unit = Some(unit.to_owned());
        accepted
    }

    #[test]
    fn an_amount_in_dollars_is_its_cents_and_cents_are_hundredths_of_a_dollar() {
        // 0.37 dollars, as a draft keys "37 cents".
        let dollars = amount("0.37", "dollars", &["37 cents"]);
        // Counted in cents (an older key).
        let cents = amount("37", "cents", &[]);
        for right in [
            "37 cents",
            "37c",
            "37¢",
            "37 cent",
            "thirty-seven cents",
            "$0.37",
            "$.37",
            "0.37 dollars",
            "37 Cents",
        ] {
            assert!(dollars.matches(right), "dollars: {right}");
            assert!(cents.matches(right), "cents: {right}");
        }
        for wrong in [
            "3.7 cents",
            "370 cents",
            "37 dollars",
            "$37",
            "37p",
            "37 pence",
            "£0.37",
            "0.37 pounds",
            "38 cents",
            "37 centavos",
            "37th cent",
        ] {
            assert!(!dollars.matches(wrong), "dollars: {wrong}");
            assert!(!cents.matches(wrong), "cents: {wrong}");
        }
    }

    #[test]
    fn pence_are_hundredths_of_a_pound_and_pounds_and_pence_are_read_together() {
        let fare = amount("3.45", "pounds", &[]);
        for right in [
            "345p",
            "345 pence",
            "£3.45",
            "three pounds forty-five",
            "£3 45p",
            "3 pounds and 45 pence",
            "3 pounds 45",
        ] {
            assert!(fare.matches(right), "{right}");
        }
        for wrong in [
            "345",
            "45p",
            "34.5p",
            "345 cents",
            "three pounds forty",
            "£3 145p",
            "3 dollars 45 cents",
            "£3 45c",
            "three pounds",
        ] {
            assert!(!fare.matches(wrong), "{wrong}");
        }
        let rise = amount("0.08", "pounds", &["8p"]);
        for right in ["8p", "8 P", "eight pence", "£0.08", "8 pence"] {
            assert!(rise.matches(right), "{right}");
        }
        for wrong in ["£8", "8 cents", "80p", "0.8p", "80"] {
            assert!(!rise.matches(wrong), "{wrong}");
        }
        // The article wrote it in pence: a bare count of them is the answer too, where the
        // answer is not written so ("345" for £3.45 above) it is not.
        assert!(rise.matches("8") && rise.matches("0.08"));
    }

    #[test]
    fn every_currencys_hundredth_is_its_own() {
        let pesos = amount("0.75", "pesos", &[]);
        assert!(pesos.matches("75 centavos") && !pesos.matches("75 cents"));
        let rupees = amount("0.5", "rupees", &[]);
        assert!(rupees.matches("50 paise") && !rupees.matches("50 kopeks"));
        let roubles = amount("40", "kopeks", &[]);
        assert!(roubles.matches("0.40 roubles") && !roubles.matches("0.40 dollars"));
        let euros = amount("0.2", "euros", &[]);
        assert!(euros.matches("20 cents") && euros.matches("20c") && !euros.matches("20p"));
        // A temperature's "C" is no hundredth: 31 C is not 0.31 of anything.
        let heat = amount("31", "C", &[]);
        assert!(heat.matches("31C") && !heat.matches("$0.31"));
    }

    #[test]
    fn thousands_grouped_by_a_space_are_one_amount_not_whole_units_and_hundredths() {
        let salary = amount("62000", "pounds", &[]);
        let fine = amount("62", "pounds", &[]);
        for typed in ["£62 000", "£62\u{a0}000", "£62\u{202f}000"] {
            assert!(salary.matches(typed), "62000: {typed}");
            assert!(!fine.matches(typed), "62: {typed}");
        }
        let price = amount("3700000", "rand", &[]);
        let small = amount("3700", "rand", &[]);
        assert!(price.matches("R3 700 000") && !small.matches("R3 700 000"));
        let grant = amount("1030", "dollars", &[]);
        let coin = amount("1.3", "dollars", &[]);
        assert!(grant.matches("$1 030") && !coin.matches("$1 030"));
        let one = amount("1", "dollars", &[]);
        assert!(!one.matches("$1 000 000") && !one.matches("$1 000"));
        // Counter-cases: whole units then hundredths by name, one or two digits, or words, are
        // still read together.
        let fare = amount("2.15", "pounds", &[]);
        for typed in [
            "£2 15p",
            "two pounds fifteen",
            "2 pounds 15",
            "£2 and 15 pence",
        ] {
            assert!(fare.matches(typed), "{typed}");
        }
        assert!(coin.matches("$1 30c") && coin.matches("1 dollar thirty"));
    }

    #[test]
    fn a_hundredth_is_of_the_answers_currency_not_of_any_that_counts_in_it() {
        // 83 cents, keyed in cents; nothing says whose: a dollar's.
        let cents = amount("83", "cents", &[]);
        for right in ["$0.83", "US$0.83", "0.83 dollars", "83c", "83 cents"] {
            assert!(cents.matches(right), "{right}");
        }
        for wrong in [
            "€0.83",
            "0.83 euros",
            "R0.83",
            "KSh 0.83",
            "0.83 shillings",
            "€0 83c",
        ] {
            assert!(!cents.matches(wrong), "{wrong}");
        }
        // Counter-case: the question names the euro, and the euro's cents are the answer.
        let mut euro = amount("83", "cents", &[]);
        euro.context.asked = vec!["euro".to_owned(), "litre".to_owned()];
        for right in ["€0.83", "0.83 euros", "83c"] {
            assert!(euro.matches(right), "euro: {right}");
        }
        for wrong in ["R0.83", "0.83 rand", "A$0.83"] {
            assert!(!euro.matches(wrong), "euro: {wrong}");
        }
    }

    #[test]
    fn a_bare_count_is_no_hundredths_where_a_currency_is_printed_beside_the_blank() {
        // 0.06 pounds written "6p"; the statement prints "£{answer}": "6" means £6.
        let mut signed = amount("0.06", "pounds", &["6p"]);
        *signed.context.beside_slot = ("£".to_owned(), "a".to_owned());
        assert!(!signed.matches("6") && !signed.matches("six"));
        let mut named = amount("0.06", "pounds", &["6p"]);
        *named.context.beside_slot = ("by".to_owned(), "pounds".to_owned());
        assert!(!named.matches("6"));
        for right in ["0.06", "6p", "6 pence", "£0.06"] {
            assert!(signed.matches(right), "£: {right}");
        }
        // Counter-case: a blank with nothing around it, or a word that is no currency, is the
        // count of pence.
        let mut bare = amount("0.06", "pounds", &["6p"]);
        *bare.context.beside_slot = ("by".to_owned(), "a".to_owned());
        assert!(bare.matches("6") && !bare.matches("60"));
    }

    #[test]
    fn hundredths_with_the_questions_later_words_a_full_stop_or_as_an_accepted_form() {
        let mut payout = amount("0.41", "dollars", &["41 cents"]);
        payout.context.asked = ["paid", "per", "share"].map(str::to_owned).to_vec();
        for right in [
            "41 cents per share",
            "41c a share",
            "41c per share",
            "41c.",
            "41 cents!",
        ] {
            assert!(payout.matches(right), "{right}");
        }
        for wrong in [
            "42 cents per share",
            "41p per share",
            "41 cents per barrel",
            "41c. 5",
        ] {
            assert!(!payout.matches(wrong), "{wrong}");
        }
        // An option printed "73 cents" (no plain number) is chosen by its text.
        let option = amount("73 cents", "dollars", &[]);
        assert!(option.matches("73 cents") && option.matches("73 Cents"));
        assert!(!option.matches("74 cents"));
    }

    #[test]
    fn a_slip_of_a_hundredths_name_is_a_spelling_slip() {
        let cents = amount("0.18", "dollars", &["18 cents"]);
        assert!(matches!(
            cents.judge("18 cnets", false),
            Match::Slip { edits: 1, .. }
        ));
        assert!(!cents.judge("18 cnets", true).is_right());
        assert!(!cents.matches("19 cnets"));
        let pence = amount("0.18", "pounds", &["18p"]);
        assert!(pence.matches("18 pense") && !pence.matches("18 pens x"));
        // A word two edits from every name is none.
        assert!(!cents.matches("18 cones"));
    }
}
