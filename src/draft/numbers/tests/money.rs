//! A letter before an amount that stands for a currency only where the article says which.

use super::*;

/// The money values of `text`'s paragraphs (one a line), read as an article: what every
/// paragraph says of its money counts for all of them.
fn amounts(text: &str) -> Vec<(String, Option<String>)> {
    let paragraphs: Vec<Paragraph> = text
        .lines()
        .enumerate()
        .map(|(i, line)| Paragraph::new(i, line))
        .collect();
    let money = super::super::Money::of(&paragraphs);
    paragraphs
        .iter()
        .flat_map(|p| {
            let mut taken = vec![false; p.tokens.len()];
            numbers(p, &mut taken, money)
        })
        .filter(|f| f.class == Class::Money)
        .map(|f| (f.answer, f.unit))
        .collect()
}

#[test]
fn a_capital_p_is_the_peso_where_the_article_names_the_philippines_or_the_peso() {
    let pesos = |answer: &str| (answer.to_owned(), Some("pesos".to_owned()));
    let article = "The ferry operator will pay P1.2 million in fines, the coast guard said.\n\
                   Each stranded passenger gets P3,500, and repairs could cost P2 billion.\n\
                   The Philippines’ busiest port reopened on Friday.";
    assert_eq!(
        amounts(article),
        [pesos("P1.2 million"), pesos("P3,500"), pesos("P2 billion")]
    );
    // The money named once is enough, and a Filipino or the peso says it as well as the country.
    assert_eq!(
        amounts("Rice sells for P45,000 a tonne.\nFilipino farmers want more."),
        [pesos("P45,000")]
    );
    assert_eq!(
        amounts("The peso weakened, and the fund shrank to P3.4 billion."),
        [pesos("P3.4 billion")]
    );
}

#[test]
fn a_capital_p_is_no_amount_where_it_may_be_a_label_or_another_currency() {
    // Botswana writes its pula with the same letter: with no word of where, nothing is drafted.
    assert!(
        amounts("The council approved P2.5 million for roads and P5,000 a household.").is_empty()
    );
    // In a Philippine article, a letter glued to a bare figure is a grade, a place or a part's
    // name ("P5", "P1"), never an amount; nor is a "P" inside a word or in lower case.
    let labels = "The Philippine team’s driver started P1 and her son is in P5.\n\
                  The AP3,000 unit and p2,000 were listed.";
    assert!(amounts(labels).is_empty());
    let p = Paragraph::new(0, "The Philippine driver started P1 on the grid.");
    let mut taken = vec![false; p.tokens.len()];
    let found = numbers(
        &p,
        &mut taken,
        super::super::Money::of(std::slice::from_ref(&p)),
    );
    assert!(
        found.iter().all(|f| f.answer != "P1" && f.answer != "1"),
        "{found:?}"
    );
}
