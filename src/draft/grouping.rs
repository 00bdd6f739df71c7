//! Thousands grouped with a space, as South African, French or SI-style copy writes them ("2 870
//! hectares", "R64 300 a hectare", "48 000 tonnes"): the groups are one number. Two numbers may
//! stand side by side too ("in 1994 300 people", "Game 4 101-97", "Goedgeluk 312 JT"), so the
//! groups are joined only where the article writes its thousands this way: it never groups them
//! with a comma ("7,700"), the first group has one to three digits and does not open with 0, each
//! further group has exactly three, and nothing makes the first a name's number, a day of a
//! month or part of a range or a score.

use super::paragraph::Paragraph;
use super::tokens::{Kind, Token};
use crate::check::currencies;
use crate::check::date::{MONTHS, WEEKDAYS};
use crate::model::hedge::{APPROXIMATE, BOUND};

/// Whether the article's paragraphs may group thousands with a space: none groups them with a
/// comma (a comma between a digit and three more digits, and no digit after them).
pub fn spaced_thousands(texts: &[String]) -> bool {
    !texts.iter().any(|t| comma_grouped(t))
}

fn comma_grouped(text: &str) -> bool {
    let b = text.as_bytes();
    (1..b.len()).any(|k| {
        b[k] == b','
            && b[k - 1].is_ascii_digit()
            && b.len() >= k + 4
            && b[k + 1..k + 4].iter().all(u8::is_ascii_digit)
            && b.get(k + 4).is_none_or(|c| !c.is_ascii_digit())
    })
}

/// Joins the space-grouped thousands of `p` into one number token ("2 870").
pub fn join(p: &mut Paragraph) {
    let mut i = 0;
    while i < p.tokens.len() {
        if opens_a_group(p, i) {
            let mut last = i;
            while next_group(p, last) {
                last += 1;
            }
            if last > i {
                let end = p.tokens[last].end;
                p.tokens[i].end = end;
                p.tokens.drain(i + 1..=last);
            }
        }
        i += 1;
    }
}

fn plain_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// Whether token `i` may be the first group: one to three digits, not opening with 0, not a
/// name's number ("Game 4") unless a currency's sign is glued to it, not a day after its month ("May 5"), and not the end of a range or
/// a score glued to it ("97-4").
fn opens_a_group(p: &Paragraph, i: usize) -> bool {
    let t = &p.tokens[i];
    let text = t.text(p.text);
    if t.kind != Kind::Number || !plain_digits(text) || text.len() > 3 || text.starts_with('0') {
        return false;
    }
    let month = p.word_before(i).is_some_and(|w| {
        let w = w.trim_end_matches('.');
        w.len() >= 3
            && MONTHS
                .iter()
                .chain(WEEKDAYS.iter())
                .any(|m| m.to_lowercase().starts_with(w))
    });
    // "Flight 214 150 passengers": a capitalised word before the number makes it a name's
    // number here even where it opens the sentence (where `number_in_a_name` does not say so).
    // ("No 11" is a coach's number: "no" opens a hedge only with "more than" after it.)
    let hedge = |w: &str| {
        APPROXIMATE
            .iter()
            .chain(BOUND.iter())
            .any(|h| h.first() == Some(&w) && !matches!(w, "no" | "not"))
    };
    let named = p.capitalised(i.wrapping_sub(1))
        && p.word_before(i)
            .is_some_and(|w| !super::value::is_function_word(&w) && !hedge(&w));
    let joined_before = i > 0
        && t.glued
        && (p.tokens[i - 1].kind == Kind::Number || p.is_mark(i - 1, &['-', '–', '—', '/', '.']));
    // "R64 300": a currency's sign glued to the first group is no name ("Game 4").
    let sign = i > 0
        && t.glued
        && p.tokens[i - 1].kind == Kind::Word
        && currencies::written(p.text_of(i - 1), true).next().is_some();
    !month && !joined_before && (sign || !named && !p.number_in_a_name(i))
}

/// Whether token `last` (a group) is followed, after one space, by a further group of exactly
/// three digits that no range, score or fraction goes on from ("101-97").
fn next_group(p: &Paragraph, last: usize) -> bool {
    let Some(next) = p.tokens.get(last + 1) else {
        return false;
    };
    let gap = &p.text[p.tokens[last].end..next.start];
    // The spaces the game's number reader takes between groups (`check::number`): no tab.
    let one_space = gap.chars().count() == 1
        && gap
            .chars()
            .all(|c| matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}'));
    let text = next.text(p.text);
    let goes_on = p.tokens.get(last + 2).is_some_and(|t: &Token| {
        t.glued
            && (t.kind != Kind::Mark
                || p.is_mark(last + 2, &['-', '–', '—', '/', ':'])
                    && p.tokens.get(last + 3).is_some_and(|n| n.glued))
    });
    next.kind == Kind::Number && one_space && text.len() == 3 && plain_digits(text) && !goes_on
}

#[cfg(test)]
mod tests {
    use super::super::numbers::{Money, numbers};
    use super::*;

    /// The values read in one paragraph of an article whose paragraphs are `texts`.
    fn values(texts: &[&str]) -> Vec<(String, f64)> {
        let owned: Vec<String> = texts.iter().map(|t| (*t).to_owned()).collect();
        let mut p = Paragraph::new(0, texts[0]);
        if spaced_thousands(&owned) {
            join(&mut p);
        }
        let money = Money::of(std::slice::from_ref(&p));
        let mut taken = vec![false; p.tokens.len()];
        numbers(&p, &mut taken, money)
            .into_iter()
            .map(|f| {
                let v = match f.value {
                    super::super::value::Value::Number(v) => v,
                    _ => f64::NAN,
                };
                (f.answer, v)
            })
            .collect()
    }

    #[test]
    fn thousands_grouped_with_a_space_are_one_number() {
        let got = values(&[
            "The co-operative in Gqeberha shipped 3 615 crates, about 1 204 500 kilograms, and paid R27 400 for freight.",
        ]);
        let answers: Vec<&str> = got.iter().map(|(a, _)| a.as_str()).collect();
        assert!(answers.contains(&"3 615"), "{got:?}");
        assert!(answers.contains(&"1 204 500"), "{got:?}");
        assert!(answers.contains(&"R27 400"), "{got:?}");
        // A hedge opening the sentence is no name.
        let hedged = values(&["Some 7 000 claims and Nearly 2 100 people remain."]);
        assert!(hedged.iter().any(|(a, _)| a == "7 000"), "{hedged:?}");
        for wrong in ["3", "615", "1", "204", "500", "R27", "400"] {
            assert!(!answers.contains(&wrong), "{wrong}: {got:?}");
        }
        assert!(got.iter().any(|(a, v)| a == "3 615" && *v == 3615.0));
    }

    #[test]
    fn numbers_side_by_side_stay_apart() {
        // The article groups its thousands with commas: a space parts two numbers.
        let got = values(&[
            "The 9 300 figure was revised.",
            "Turnout rose to 14,200 voters.",
        ]);
        let answers: Vec<&str> = got.iter().map(|(a, _)| a.as_str()).collect();
        assert!(!answers.contains(&"9 300"), "{got:?}");
        // A year, a name's number, a day after its month and a score are no groups.
        for (text, wrong) in [
            ("In 2011 400 families moved.", "2011 400"),
            ("The lot Brakfontein 41 220 hectares was sold.", "41 220"),
            ("On June 4 250 pupils sat the exam.", "4 250"),
            ("The Lions won Game 3 104-99 on Friday.", "3 104"),
            ("The hosts won 2 118-96 on aggregate.", "2 118"),
            ("Flight 214 150 passengers were aboard.", "214 150"),
            ("It opened on Sunday 12 150 people came.", "12 150"),
            ("They shipped 3\t615 crates.", "3\t615"),
        ] {
            let got = values(&[text]);
            assert!(!got.iter().any(|(a, _)| a == wrong), "{text}: {got:?}");
        }
    }

    #[test]
    fn the_style_is_the_articles() {
        assert!(spaced_thousands(&[
            "It cost R12 500.".into(),
            "A 3.5% rise.".into()
        ]));
        assert!(!spaced_thousands(&[
            "It cost R12 500.".into(),
            "Some 12,500 came.".into()
        ]));
        // A comma between numbers in a list is no grouping.
        assert!(spaced_thousands(&["Rooms 4,12 and 300 were shut.".into()]));
    }
}
