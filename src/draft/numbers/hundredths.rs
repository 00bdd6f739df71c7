//! An amount written in a currency's hundredths ("96 cents", "2 pence", "50p") is an amount of
//! the currency (CONVENTIONS.md: "96 cents" is 0.96 dollars): asked in cents, a player who
//! answers "$0.96" would be told wrong, and a wrong option "97" reads as dollars. Pence are
//! pounds'; cents are the hundredths of the dollars whose country's letters follow them ("71.84
//! cents US"), else of the one other currency the article writes its amounts in, and where it
//! writes none, or several, which currency is not sure: such an amount is left out.

use super::Num;
use super::money::Money;
use crate::check::currencies;
use crate::draft::paragraph::Paragraph;
use crate::draft::tokens::Kind;
use crate::draft::value::Class;

/// `num` read as an amount in a currency's hundredths: `None` if it is written in none; `Some(None)`
/// if it is but the article does not say which currency; else the amount in the currency, its
/// answer the amount ("0.96"), the written "96 cents" an alias (`to_found`).
pub(super) fn in_currency(p: &Paragraph, num: &Num, money: Money) -> Option<Option<Num>> {
    let plain = num.class == Class::Number
        && num.first == num.last
        && num.currency.is_none()
        && num.code.is_none()
        && num.answer.is_none();
    if !plain {
        return None;
    }
    let digits = p.text_of(num.first);
    // "50p": pence glued to the digits (read as their unit); "96 cents", "2 pence" after them.
    let (last, pence) =
        if num.unit.as_deref() == Some("p") && p.tokens[num.first].kind == Kind::Number {
            (num.first + 1, true)
        } else if num.unit.is_none() && num.end == num.last && !p.is_glued(num.last + 1) {
            match p.word(num.last + 1).as_deref() {
                Some("cents" | "cent") => (num.last + 1, false),
                Some("pence" | "penny") => (num.last + 1, true),
                _ => return None,
            }
        } else {
            return None;
        };
    // "71.84 cents US": the letters after the cents say whose dollars they are.
    let whose = !pence && super::whose_letters_at(p, last + 1);
    let Some(unit) = whose
        .then_some("dollars")
        .or_else(|| money.hundredths_of(pence))
    else {
        return Some(None);
    };
    let answer = if p.tokens[num.first].kind == Kind::Number {
        shifted(digits)?
    } else {
        format!("{:.2}", num.value / 100.0)
    };
    let value = crate::check::number::read(&answer, None)?.value;
    Some(Some(Num {
        last,
        end: last,
        value,
        class: Class::Money,
        code: Some(unit),
        answer: Some(answer),
        unit: None,
        hundredths: true,
        ..num.clone()
    }))
}

/// Digits of hundredths written as the whole amount: "96" gives "0.96", "4" "0.04", "150" "1.50",
/// "71.84" "0.7184"; `None` for anything but digits (with commas) and one decimal point.
fn shifted(digits: &str) -> Option<String> {
    let digits: String = digits.chars().filter(|&c| c != ',').collect();
    let (whole, decimals) = digits.split_once('.').unwrap_or((&digits, ""));
    if whole.is_empty() || !(whole.bytes().chain(decimals.bytes())).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let padded = format!("{whole:0>3}");
    let (units, cents) = padded.split_at(padded.len() - 2);
    let units = units.trim_start_matches('0');
    let units = if units.is_empty() { "0" } else { units };
    Some(format!("{units}.{cents}{decimals}"))
}

/// The sign written before an amount of the currency whose unit is `unit` ("$" for dollars), to
/// write the amount as a player may type it ("$0.96").
pub(super) fn symbol_of(unit: &str) -> Option<&'static str> {
    currencies::CURRENCIES
        .iter()
        .filter(|c| c.unit == unit)
        .flat_map(|c| c.signs.iter())
        .find(|s| s.chars().count() == 1 && !s.chars().all(char::is_alphanumeric))
        .copied()
}
