//! Questions that show the source's paragraphs (issue #17), for a file that carries its text or a
//! digest: `evidence` (which paragraph supports or refutes a claim or a fact's statement) and
//! `altered` (which detail of a paragraph has been swapped for a distractor). Built from the facts,
//! their values and the paragraphs as written: no language processing.

use rand::seq::SliceRandom;
use rand::{Rng, RngExt};

use super::{Generator, accepted, rival_options};
use crate::check::{Accepted, Context};
use crate::model::{AnswerType, Claim, Event, Fact, OPTIONS, Verdict};
use crate::normalize;
use crate::question::{Expected, Kind, Passage, Question};

mod short_form;

/// What an evidence question asks.
pub const EVIDENCE_ASK: &str = "Which paragraph supports or refutes this?";

/// What an altered-detail question asks.
pub const ALTERED_ASK: &str =
    "One detail of this paragraph has been changed from the source. Which one?";

/// Every paragraph of a source, numbered from 1.
fn all_passages(shown: &[String]) -> Vec<Passage> {
    (1..)
        .zip(shown)
        .map(|(number, text)| Passage {
            number,
            text: text.clone(),
        })
        .collect()
}

/// The evidence question of `claim`: a claim the source supports or refutes, in a file with its
/// paragraphs. A claim the source does not state has no paragraph to find.
pub fn claim_evidence(event: &Event, claim: &Claim) -> Option<Question> {
    if claim.verdict == Verdict::NotStated {
        return None;
    }
    evidence(event, &claim.id, claim.claim.clone(), &claim.paragraphs).map(|q| Question {
        difficulty: claim.difficulty,
        explanation: claim.explanation.clone(),
        ..q
    })
}

/// The evidence question of `fact`: its statement with the answer in place. A fact worked out from
/// the source is stated in no one paragraph, and has none.
pub fn fact_evidence(event: &Event, fact: &Fact) -> Option<Question> {
    if fact.inferred {
        return None;
    }
    let statement = fact.fill(&fact.answer_type.display(&fact.answer));
    evidence(event, &fact.id, statement, &fact.paragraphs).map(|q| Question {
        answer_type: Some(fact.answer_type),
        difficulty: fact.difficulty,
        explanation: fact.explanation.to_string(),
        ..q
    })
}

fn evidence(event: &Event, id: &str, prompt: String, paragraphs: &[u32]) -> Option<Question> {
    let shown = event.source.shown()?;
    let count = u32::try_from(shown.len()).ok()?;
    let cited: Vec<u32> = paragraphs
        .iter()
        .copied()
        .filter(|p| (1..=count).contains(p))
        .collect();
    let first = *cited.first()?;
    let solution = cited
        .iter()
        .map(|p| format!("¶{p}"))
        .collect::<Vec<_>>()
        .join(" or ");
    Some(Question {
        id: id.to_owned(),
        event_id: event.id.clone(),
        kind: Kind::Evidence,
        prompt,
        options: Vec::new(),
        expected: Expected::Paragraph {
            cited: cited.clone(),
            count,
        },
        answer: first.to_string(),
        solution,
        answer_type: None,
        difficulty: crate::model::Difficulty::default(),
        explanation: String::new(),
        paragraphs: cited.clone(),
        inferred: false,
        // The question asks for a paragraph's number, which no other text of the game gives.
        answer_forms: Vec::new(),
        passages: all_passages(shown),
        cited_text: Passage::cited(Some(shown), &cited),
        follow_up: None,
    })
}

/// Where `value` stands in `text` as whole words, ignoring the case of ASCII letters: the byte
/// range of each place.
pub fn places(text: &str, value: &str) -> Vec<(usize, usize)> {
    if value.trim().is_empty() {
        return Vec::new();
    }
    let lower_text = text.to_ascii_lowercase();
    let lower_value = value.to_ascii_lowercase();
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    // A number does not stand inside a longer one: "15" is no detail of "6:15", "1.5" or "2,150".
    let joined = |mark: Option<char>, next: Option<char>| {
        mark.is_some_and(|c| matches!(c, ':' | '.' | ','))
            && next.is_some_and(|c| c.is_ascii_digit())
    };
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    // Nor a number without its minus sign: "15" is no detail of "-15 °C" (but is of "10-15").
    let minus = |mark: Option<char>, before: Option<char>| {
        mark.is_some_and(|c| matches!(c, '-' | '−' | '–'))
            && before.is_none_or(|c| !c.is_alphanumeric())
    };
    lower_text
        .match_indices(&lower_value)
        .map(|(at, _)| (at, at + value.len()))
        .filter(|&(start, end)| {
            let mut before = text[..start].chars().rev();
            let mut after = text[end..].chars();
            let (b1, b2) = (before.next(), before.next());
            let (a1, a2) = (after.next(), after.next());
            boundary(b1)
                && boundary(a1)
                && !(digit(value.chars().next()) && (joined(b1, b2) || minus(b1, b2)))
                && !(digit(value.chars().next_back()) && joined(a1, a2))
        })
        .collect()
}

/// `value` with its first letter made a capital when `like` starts with one (a value at the start
/// of a sentence).
fn cased_like(value: &str, like: &str) -> String {
    let upper = like.chars().next().is_some_and(char::is_uppercase);
    let mut chars = value.chars();
    match chars.next() {
        Some(first) if upper => first.to_uppercase().chain(chars).collect(),
        _ => value.to_owned(),
    }
}

/// A detail shown in a paragraph: where it stands and the value as the paragraph writes it.
struct Detail {
    at: (usize, usize),
    text: String,
    cites: bool,
}

impl Generator<'_> {
    /// The altered-detail question of `fact`: one paragraph it cites, as the file shows it, with
    /// the fact's value (standing there once) swapped for one of its distractors, and as options
    /// that detail and two or three other facts' values the paragraph shows. `None` when no cited
    /// paragraph shows the value once, or too few other values, or no distractor fits.
    pub fn altered_question<R: Rng + ?Sized>(
        &self,
        event: &Event,
        fact: &Fact,
        rng: &mut R,
    ) -> Option<Question> {
        let mut question = self.altered_bare(event, fact, rng)?;
        question
            .expected
            .give_context(&Context::of_fact(event, fact));
        Some(question)
    }

    /// Whether `fact` can be asked as an altered detail: `altered_question` with the fixed seed 0
    /// is `Some` (as the draw asked before; a fact citing several paragraphs may be alterable in
    /// one and not another, so another seed can differ). The question is built without the
    /// checker's context of the fact, which does not decide it and is most of the cost: a game asks
    /// this of every fact it looks at.
    pub fn can_alter(&self, event: &Event, fact: &Fact) -> bool {
        let rng = &mut <crate::engine::GameRng as rand::SeedableRng>::seed_from_u64(0);
        self.altered_bare(event, fact, rng).is_some()
    }

    /// `altered_question` without the checker's context of the fact in its expected answer.
    fn altered_bare<R: Rng + ?Sized>(
        &self,
        event: &Event,
        fact: &Fact,
        rng: &mut R,
    ) -> Option<Question> {
        let shown = event.source.shown()?;
        if fact.inferred {
            return None;
        }
        let value = fact.answer_type.display(&fact.answer);
        let mut cited: Vec<(u32, (usize, usize))> = fact
            .paragraphs
            .iter()
            .filter_map(|&p| {
                let text = shown.get((p as usize).checked_sub(1)?)?;
                match places(text, &value).as_slice() {
                    [one] => Some((p, *one)),
                    _ => None,
                }
            })
            .collect();
        cited.dedup();
        let &(number, at) = cited.get(rng.random_range(0..cited.len().max(1)))?;
        let paragraph = &shown[number as usize - 1];
        let others = self.other_details(event, fact, number, paragraph, at, rng);
        if others.len() < 2 {
            return None;
        }
        let swapped = self
            .distractors(&event.id, fact, OPTIONS, rng)
            .into_iter()
            .find(|d| {
                fits(d, paragraph, &others)
                    && !short_form::gives_away(paragraph, at, d)
                    && (!names_take_the(fact.answer_type)
                        || same_article(d, after_the(paragraph, at.0), shown))
            })?;
        // A capital only where a sentence starts: "of the Azores", "The Azores lie".
        let swapped = if starts_sentence(paragraph, at.0) {
            cased_like(&swapped, &paragraph[at.0..at.1])
        } else {
            swapped
        };
        let altered = format!("{}{swapped}{}", &paragraph[..at.0], &paragraph[at.1..]);
        // The options in the order the paragraph shows them.
        let mut details: Vec<(usize, String)> =
            others.into_iter().map(|d| (d.at.0, d.text)).collect();
        details.push((at.0, swapped.clone()));
        details.sort();
        let options: Vec<String> = details.into_iter().map(|(_, text)| text).collect();
        let correct = options.iter().position(|o| *o == swapped)?;
        let accepts = options
            .iter()
            .map(|o| Accepted::new(AnswerType::Text, vec![o.clone()]))
            .collect();
        let expected = Expected::Choice {
            correct,
            options: rival_options(accepts, &options),
        };
        Some(Question {
            id: fact.id.to_string(),
            event_id: event.id.clone(),
            kind: Kind::Altered,
            prompt: ALTERED_ASK.to_owned(),
            options,
            expected,
            answer: swapped.clone(),
            solution: format!("{swapped}: the source says {value}"),
            answer_type: Some(fact.answer_type),
            difficulty: fact.difficulty,
            // The paragraph as it stands in the file, not the fact's explanation: that may cite
            // other paragraphs, which would tell what a claim asked later turns on (`leaks`).
            explanation: paragraph.clone(),
            paragraphs: vec![number],
            inferred: false,
            // The detail to spot is the fact's value: a text that names it gives the change away.
            answer_forms: accepted(fact, &value).forms,
            passages: vec![Passage {
                number,
                text: altered,
            }],
            cited_text: Passage::cited(Some(shown), &[number]),
            follow_up: None,
        })
    }

    /// Up to three values of the event's other facts that `paragraph` (numbered `number`) shows
    /// away from the swapped place `at`: each once, none the same as another or inside another,
    /// those of facts citing the paragraph first.
    fn other_details<R: Rng + ?Sized>(
        &self,
        event: &Event,
        fact: &Fact,
        number: u32,
        paragraph: &str,
        at: (usize, usize),
        rng: &mut R,
    ) -> Vec<Detail> {
        let facts = self.bank().facts_of(&event.id);
        let mut found: Vec<Detail> = Vec::new();
        for other in facts.filter(|f| f.id != fact.id) {
            let text = other.answer_type.display(&other.answer);
            let [place] = places(paragraph, &text)[..] else {
                continue;
            };
            let overlaps = |a: (usize, usize), b: (usize, usize)| a.0 < b.1 && b.0 < a.1;
            let key = normalize::key(&text);
            if overlaps(place, at)
                || key == normalize::key(&fact.answer)
                || found
                    .iter()
                    .any(|d| overlaps(d.at, place) || normalize::key(&d.text) == key)
            {
                continue;
            }
            found.push(Detail {
                at: place,
                text: paragraph[place.0..place.1].to_owned(),
                cites: other.paragraphs.contains(&number),
            });
        }
        found.shuffle(rng);
        // A stable sort keeps the shuffled order within each group.
        found.sort_by_key(|d| !d.cites);
        found.truncate(OPTIONS - 1);
        found
    }
}

/// Whether `distractor` can stand in `paragraph` as the one changed detail: it is not already in
/// the paragraph, and no other option reads as it.
/// Whether a value of this type is a name, which some take "the" before ("the United States",
/// "the NDRF") and some do not ("New York"): numbers, years, dates and days are left alone.
fn names_take_the(answer_type: AnswerType) -> bool {
    !matches!(
        answer_type,
        AnswerType::Number | AnswerType::Year | AnswerType::Date | AnswerType::Day
    )
}

/// Whether byte `start` of `text` opens a sentence (or a quotation).
fn starts_sentence(text: &str, start: usize) -> bool {
    text[..start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | '“' | '"' | '‘' | ':'))
}

/// Whether the word before byte `start` of `text` is "the".
fn after_the(text: &str, start: usize) -> bool {
    text[..start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|word| word.eq_ignore_ascii_case("the"))
}

/// Whether a name swapped in where a "the" does (`the` true) or does not stand before the
/// value reads as the source would write it: a name the source writes after "the" goes only
/// where "the" stands, one it writes without goes only where it does not ("Back in the New York"
/// gives the change away), and one the source never writes goes only where no "the" stands.
fn same_article(distractor: &str, the: bool, shown: &[String]) -> bool {
    let mut uses = shown.iter().flat_map(|paragraph| {
        places(paragraph, distractor)
            .into_iter()
            .map(move |(start, _)| after_the(paragraph, start))
    });
    match uses.next() {
        Some(first) => first == the && uses.all(|u| u == the),
        None => !the,
    }
}

fn fits(distractor: &str, paragraph: &str, others: &[Detail]) -> bool {
    let key = normalize::key(distractor);
    !key.is_empty()
        && !paragraph
            .to_ascii_lowercase()
            .contains(&distractor.to_ascii_lowercase())
        && others.iter().all(|d| normalize::key(&d.text) != key)
}

#[cfg(test)]
mod tests;
