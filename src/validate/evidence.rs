//! For a file that carries its source's text (`event.source.text`): the text has as many paragraphs
//! as the source says, and every paragraph a fact cites really states the fact's answer, in one of
//! the forms it is accepted in (issue #15).

use std::collections::HashMap;

use super::{At, Checker};
use crate::check::canonical;
use crate::model::{AnswerType, Fact, QuestionFile};
use crate::normalize;

/// The most words a value can take in running text: "Friday, 27 July 2018", "seven thousand
/// seven hundred".
const LONGEST_VALUE: usize = 6;

impl Checker<'_> {
    pub(super) fn evidence(&mut self, file: &QuestionFile) {
        let source = &file.event.source;
        let Some(text) = &source.text else { return };
        if text.len() != source.paragraphs as usize {
            self.error(
                "event.source.text".into(),
                format!(
                    "the text has {} paragraph{}, but event.source.paragraphs says {}",
                    text.len(),
                    if text.len() == 1 { "" } else { "s" },
                    source.paragraphs
                ),
            );
        }
        // Each paragraph's words are worked out once, however many facts cite it.
        let mut words: HashMap<usize, Vec<String>> = HashMap::new();
        for (i, fact) in file.facts.iter().enumerate() {
            // A fact worked out from the source is not stated in any one paragraph.
            if fact.inferred {
                continue;
            }
            for (j, &p) in fact.paragraphs.iter().enumerate() {
                let Some(k) = (p as usize).checked_sub(1).filter(|&k| k < text.len()) else {
                    continue; // outside the source: reported by the paragraph check
                };
                let paragraph = &text[k];
                let words = words
                    .entry(k)
                    .or_insert_with(|| normalize::words(paragraph));
                if !states_in(paragraph, words, fact) {
                    self.error(
                        format!("{}.paragraphs[{j}]", At("facts", i)),
                        format!(
                            "paragraph {p} of the source's text does not state the answer {:?}{}; cite the paragraph that does, or mark the fact \"inferred\"",
                            fact.answer,
                            if fact.aliases.is_empty() { "" } else { " or an alias" }
                        ),
                    );
                }
            }
        }
    }
}

/// Whether `paragraph` states the fact's answer or one of its aliases: as words (`7,700`, `Kim
/// Jong-un`), or for numbers, years, dates and days as a value written another way (`seven
/// thousand seven hundred`, `July 27, 2018`).
pub fn states(paragraph: &str, fact: &Fact) -> bool {
    states_in(paragraph, &normalize::words(paragraph), fact)
}

/// `states`, with the paragraph's words (`normalize::words`) already worked out.
fn states_in(paragraph: &str, words: &[String], fact: &Fact) -> bool {
    let forms = || fact.forms();
    let holds = |form: &str| {
        let key = normalize::key(form);
        let needle: Vec<&str> = key.split(' ').collect();
        !key.is_empty()
            && words
                .windows(needle.len())
                .any(|w| w.iter().zip(&needle).all(|(a, b)| a == b))
    };
    if forms().any(holds) {
        return true;
    }
    let by_value = matches!(
        fact.answer_type,
        AnswerType::Number | AnswerType::Year | AnswerType::Date | AnswerType::Day
    );
    if !by_value {
        return false;
    }
    let unit = fact.unit.as_deref();
    let keys: Vec<String> = forms()
        .map(|form| canonical(fact.answer_type, form, unit))
        .collect();
    // Runs of up to LONGEST_VALUE words, each without the punctuation around it ("$412.5",
    // "(1950-53),").
    let words: Vec<&str> = paragraph
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    (0..words.len()).any(|start| {
        (1..=LONGEST_VALUE.min(words.len() - start)).any(|n| {
            let run = words[start..start + n].join(" ");
            !run.is_empty() && keys.contains(&canonical(fact.answer_type, &run, unit))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Difficulty;

    fn fact(answer_type: AnswerType, answer: &str, aliases: &[&str]) -> Fact {
        Fact {
            id: "f".into(),
            answer_type,
            answer: answer.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            tolerance: None,
            strict: false,
            unit: None,
            question: None,
            statement: "{answer}".into(),
            distractors: Vec::new(),
            kinds: None,
            difficulty: Difficulty::Medium,
            tags: Vec::new(),
            paragraphs: vec![1],
            explanation: "e".into(),
            inferred: false,
            exclusive: true,
        }
    }

    #[track_caller]
    fn case(paragraph: &str, answer_type: AnswerType, answer: &str, aliases: &[&str], want: bool) {
        assert_eq!(
            states(paragraph, &fact(answer_type, answer, aliases)),
            want,
            "{answer:?} in {paragraph:?}"
        );
    }

    #[test]
    fn a_paragraph_states_an_answer_in_any_accepted_form() {
        use AnswerType::*;
        case(
            "It cost $412.5 million.",
            Number,
            "412.5 million",
            &[],
            true,
        );
        case("Some 7,700 went missing.", Number, "7700", &[], true);
        case(
            "Some 7,700 went missing.",
            Number,
            "seven thousand seven hundred",
            &[],
            true,
        );
        case("It took seven weeks.", Number, "7", &[], true);
        case("It took seven weeks.", Number, "8", &[], false);
        case("Fighting ran (1950-53).", Year, "1950 to 1953", &[], true);
        case(
            "It opened on July 27, 2018, at noon.",
            Date,
            "27 July 2018",
            &[],
            true,
        );
        case(
            "It opened on July 28, 2018.",
            Date,
            "27 July 2018",
            &[],
            false,
        );
        case("Talks ended on Fri.", Day, "Friday", &[], true);
        case(
            "He met Kim Jong Un there.",
            Person,
            "Kim Jong-un",
            &[],
            true,
        );
        case(
            "MoDOT said so.",
            Organisation,
            "Missouri Department of Transportation",
            &["MoDOT"],
            true,
        );
        case(
            "The state said so.",
            Organisation,
            "Missouri Department of Transportation",
            &["MoDOT"],
            false,
        );
        // A word inside another word is not the answer.
        case("The Osanna choir sang.", Place, "Osan", &[], false);
    }
}
