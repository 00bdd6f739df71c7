//! An amount in a currency's hundredths ("35 cents", "85p") is an amount of the currency.

use super::*;
use crate::check::Accepted;
use crate::model::AnswerType;

/// Every value of `text`: answer, class, unit, aliases.
fn values(text: &str) -> Vec<(String, Class, Option<String>, Vec<String>)> {
    let p = Paragraph::new(0, text);
    let mut taken = vec![false; p.tokens.len()];
    numbers(&p, &mut taken, money_of(&p))
        .into_iter()
        .map(|f| (f.answer, f.class, f.unit, f.aliases))
        .collect()
}

#[test]
fn an_amount_in_hundredths_is_an_amount_of_the_currency() {
    let all = values("Bus fares rose 35 cents to $2.10 on Monday.");
    let (answer, class, unit, aliases) = &all[0];
    assert_eq!(
        (answer.as_str(), *class, unit.as_deref()),
        ("0.35", Class::Money, Some("dollars")),
        "{all:?}"
    );
    // No "35" counting cents.
    assert!(!all.iter().any(|(a, ..)| a == "35"), "{all:?}");
    // The game takes it as written, with its sign or as a decimal; not as a count of dollars.
    let forms: Vec<String> = std::iter::once(answer.clone())
        .chain(aliases.clone())
        .collect();
    let accepted = Accepted {
        unit: unit.clone(),
        ..Accepted::new(AnswerType::Number, forms)
    };
    // A bare "35" is the count of cents the article wrote (check::hundredths).
    for typed in ["35 cents", "$0.35", "0.35", "35c", "35"] {
        assert!(accepted.matches(typed), "{typed}: {aliases:?}");
    }
    for typed in ["36", "$35", "35 dollars", "36 cents", "$0.36", "35p"] {
        assert!(!accepted.matches(typed), "{typed}");
    }
    // Pence are pounds', glued or written out.
    for (text, answer, written) in [
        (
            "A loaf now costs 85p in most shops, the chain said.",
            "0.85",
            "85p",
        ),
        ("The charge is 40 pence a bag.", "0.40", "40 pence"),
    ] {
        let all = values(text);
        assert_eq!(all.len(), 1, "{text}: {all:?}");
        let (a, class, unit, aliases) = &all[0];
        assert_eq!(
            (a.as_str(), *class, unit.as_deref()),
            (answer, Class::Money, Some("pounds")),
            "{text}"
        );
        assert!(aliases.contains(&written.to_owned()), "{text}: {aliases:?}");
    }
    // Two amounts joined by "to" are no range: "by 3 cents to 21 cents".
    let all = values("It lifted its payout by 3 cents to 21 cents a share, a $40 million cost.");
    let answers: Vec<&str> = all.iter().map(|(a, ..)| a.as_str()).collect();
    assert_eq!(answers, ["0.03", "0.21", "40 million"], "{all:?}");
}

#[test]
fn cents_of_no_currency_the_article_writes_are_left_out() {
    // No currency written: which one is not sure.
    assert!(values("The stamp went up 5 cents this week.").is_empty());
    // A percentage "per cent" is no hundredth of money.
    let all = values("Prices rose 5 per cent, to $3.10.");
    assert_eq!(all[0].0, "5");
    assert_eq!(all[0].1, Class::Percent);
}
