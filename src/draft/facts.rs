//! A found value as a fact: its sentence with the value blanked as the statement (hedges and who
//! said it kept), a short question where the sentence opens with the value, distractors, the
//! kinds it may be asked as, and the sentence itself as the evidence.

use super::distractors::{WANTED, distractors};
use super::index::Index;
use super::lexicon::{PERSON_TITLES, SPEECH_VERBS};
use super::paragraph::Paragraph;
use super::value::{Class, Found, Hedge};
use crate::bank::form;
use crate::model::{Difficulty, Fact, FactKind, SLOT, UNREVIEWED};
use crate::normalize;

/// The longest sentence a draft asks about: a longer one is a list or a run-on, and would not fit
/// a question.
const LONGEST_SENTENCE: usize = 600;

/// A drafted fact and what ranking needs to know about it.
#[derive(Debug, Clone)]
pub struct Drafted {
    pub fact: Fact,
    pub found: usize,
    pub paragraph: usize,
    pub sentence: usize,
    /// The statement's sentence as the article has it (or with its speaker), filled.
    pub evidence: String,
    /// Exact and not hedged: a wrong value in its place is contradicted by the article.
    pub exclusive: bool,
    /// Opens with a pronoun or a word that needs the sentence before.
    pub dependent: bool,
    /// Made from the dateline, not a sentence.
    pub dateline: bool,
    /// A small count its own sentence counts off ("_____ tranches, the first in May and the
    /// second in January"), the number of a stock phrase ("the top _____"), or a value the
    /// sentence's other values let a player work out: the sentence gives it away.
    pub counted_off: bool,
}

/// The fact for `all[index]`, or `None` when no fair statement can be made of it.
pub fn fact(
    paragraphs: &[Paragraph],
    all: &[Found],
    look: &Index,
    index: usize,
    event: &str,
) -> Option<Drafted> {
    let f = &all[index];
    if f.answer.trim().is_empty() {
        return None;
    }
    let p = &paragraphs[f.paragraph];
    if vague::in_pair(p, all, f) {
        return None;
    }
    let (statement, evidence, aliases) = statement(p, all, look, f)?;
    // Nothing around the blank may give the answer away.
    let forms: Vec<String> = std::iter::once(&f.answer)
        .chain(&aliases)
        .map(|a| normalize::key(a))
        .collect();
    let leaks = |text: &str| forms.iter().any(|k| normalize::contains_key(text, k));
    if statement.split(SLOT).any(leaks) {
        return None;
    }
    // A question is made of the sentence as written: not beside a conversion it would show.
    let converted = conversion::cuts(p, all, f).is_none_or(|cuts| !cuts.is_empty());
    let question = (!f.dateline && !f.quoted && !converted)
        .then(|| question(p, f))
        .flatten()
        .filter(|q| !leaks(q));
    let asked = as_asked(p, all, look, index);
    let distractors = distractors(&asked, index, all, look, &p.text[p.sentence(f.sentence)]);
    // A hedged value or a name leaves other values open: never asked as true or false (issue 10's
    // rule 1), which the file says with `"exclusive": false`.
    // Nor is one of shares that add up to 100 beside it: the others tell a false one (review 173).
    let exclusive = asked.hedge == Hedge::Exact
        && !f.class.is_name()
        && !super::claims::shares_of_a_whole(all, index);
    // A set of options that gives the answer away by its form is no fair question (rule 5).
    let fair_choice = form::tell(f.class.answer_type(), &f.answer, &distractors).is_none();
    let kinds = kinds(&asked, exclusive, distractors.len(), fair_choice);
    // Every kind the fact can be asked as is the default, written as no `kinds` at all.
    let possible = FactKind::ALL.len() - usize::from(!exclusive);
    let unit = match f.class.answer_type() {
        crate::model::AnswerType::Number => f.unit.clone().map(String::into_boxed_str),
        _ => None,
    };
    let repeated = look.spread.get(&look.keys[index]).copied().unwrap_or(1);
    let dependent = opens_with_reference(&statement);
    let counted_off = counted_off(&statement, f)
        || stock_phrase(&statement)
        || super::computed::computed(all, look, index, p.text);
    let fact = Fact {
        id: id(event, f).into(),
        answer_type: f.class.answer_type(),
        answer: f.answer.as_str().into(),
        aliases,
        tolerance: None,
        strict: false,
        unit,
        question: question.map(String::into_boxed_str),
        statement: statement.into(),
        distractors,
        kinds: (kinds.len() < possible).then(|| kinds.into_boxed_slice()),
        difficulty: difficulty(f, repeated),
        tags: vec![UNREVIEWED.to_owned(), f.class.tag().to_owned()],
        paragraphs: vec![f.paragraph as u32 + 1],
        explanation: evidence.as_str().into(),
        inferred: false,
        exclusive,
    };
    Some(Drafted {
        fact,
        found: index,
        paragraph: f.paragraph,
        sentence: f.sentence,
        evidence,
        exclusive,
        dependent,
        counted_off,
        dateline: f.dateline,
    })
}

/// The found value's aliases and `more`, without empty ones and ones that read as the answer or
/// an earlier alias.
fn distinct_aliases(f: &Found, more: Option<String>) -> Vec<String> {
    let mut seen = vec![normalize::key(&f.answer)];
    let mut aliases = Vec::new();
    for alias in f.aliases.iter().cloned().chain(more) {
        let key = normalize::key(&alias);
        if !key.is_empty() && !seen.contains(&key) {
            seen.push(key);
            aliases.push(alias);
        }
    }
    aliases
}

/// "bridge-opening-p2-money-412-5-million": the event, the paragraph, the kind of value, the value.
fn id(event: &str, f: &Found) -> String {
    let slug: String = crate::import::slug(&f.answer).chars().take(32).collect();
    format!(
        "{event}-p{}-{}-{}",
        f.paragraph + 1,
        f.class.tag(),
        slug.trim_end_matches('-')
    )
}

/// Easy when the article gives the value in more than one paragraph, hard for a number of four
/// or more digits, medium otherwise.
fn difficulty(f: &Found, paragraphs: usize) -> Difficulty {
    if paragraphs > 1 {
        Difficulty::Easy
    } else if f.answer.chars().filter(char::is_ascii_digit).count() >= 4 && f.class != Class::Year {
        Difficulty::Hard
    } else {
        Difficulty::Medium
    }
}

/// Short answer always; multiple choice with three distractors; true or false only where a
/// wrong value is contradicted by the article: an exact number, date or day, not a name (the
/// article rarely rules out everyone else) and not a hedged value ("about 9,000").
/// `all[index]` as its options and kinds must treat it: an unhedged value takes the hedge, and a
/// bound's side, of the value it converts ("up to 16 feet (4.9 meters)" is up to 4.9 meters) or
/// of the same value its statement blanks with it ("within four weeks, not four months").
fn as_asked(p: &Paragraph, all: &[Found], look: &Index, index: usize) -> Found {
    let f = &all[index];
    let mut asked = f.clone();
    if f.hedge != Hedge::Exact {
        return asked;
    }
    let blanked_with = look
        .by_sentence
        .get(&(f.paragraph, f.sentence))
        .into_iter()
        .flatten()
        .filter(|&&g| g != index && look.keys[g] == look.keys[index])
        .map(|&g| &all[g]);
    let Some(bound) = conversion::source(p, all, f)
        .into_iter()
        .chain(blanked_with)
        .find(|g| g.hedge != Hedge::Exact)
    else {
        return asked;
    };
    asked.hedge = bound.hedge;
    if let (Some((side, _)), super::value::Value::Number(v)) = (bound.order, &f.value) {
        asked.order = asked.order.or(Some((side, *v)));
    }
    asked
}

fn kinds(f: &Found, exclusive: bool, distractors: usize, fair_choice: bool) -> Vec<FactKind> {
    let mut kinds = vec![FactKind::Short];
    // A bound's options are wrong only on one side of it ("more than 930": not 470), which only
    // a number's order keeps ("before 07:00" keeps none): else no choice.
    let one_sided = f.hedge != Hedge::Bound || f.order.is_some();
    if distractors >= WANTED && fair_choice && one_sided {
        kinds.push(FactKind::Choice);
    }
    if exclusive && distractors >= 1 && f.class != Class::Fraction {
        kinds.push(FactKind::Truefalse);
    }
    kinds
}

/// Whether `f` is a small count (two to ten) whose statement names every ordinal up to it ("in
/// _____ tranches of $300 each – the first in May and the second in January"): the third blind
/// audit's give-away.
fn counted_off(statement: &str, f: &Found) -> bool {
    let super::value::Value::Number(n) = f.value else {
        return false;
    };
    if f.class != Class::Number || n.fract() != 0.0 || !(2.0..=10.0).contains(&n) {
        return false;
    }
    // The ordinals after the blank ("in _____ tranches, the first in May ..."): not an ordinal
    // before it ("in the second round, won in _____ seasons").
    let Some((_, after)) = statement.split_once(SLOT) else {
        return false;
    };
    let words = normalize::words(&after.replace(SLOT, " "));
    (1..=n as usize).all(|k| {
        crate::check::words::small_number_word(k, true)
            .is_some_and(|o| words.iter().any(|w| w == o))
    })
}

/// Whether the blank is the number of a stock phrase, "the top 10", "a top-five finish", that a
/// player fills in without the article (the fourth blind audit's "trivial"): ranked last, as a
/// count its sentence counts off, and never refuted.
fn stock_phrase(statement: &str) -> bool {
    // "the top 10", "the world’s top 10", "a top-five finish", "her third top-10 finish"; not the
    // verb ("could top 40C", "Temperatures top 40C") nor "non-stop 20" (second readers).
    let lower = statement.to_lowercase();
    ["top ", "top-"].iter().any(|lead| {
        lower
            .match_indices(&format!("{lead}{SLOT}"))
            .any(|(at, _)| {
                let whole = lower[..at].ends_with(char::is_whitespace);
                let before = lower[..at].split_whitespace().next_back().unwrap_or("");
                let owner = crate::draft::paragraph::is_possessive(before);
                let ordinal = crate::check::number::read(before, None).is_some_and(|r| r.ordinal);
                whole
                    && (owner
                        || ordinal
                        || matches!(
                            before,
                            "the" | "a" | "its" | "their" | "his" | "her" | "our"
                        ))
            })
    })
}

/// Words that make a sentence lean on the one before it.
const REFERENCES: &[&str] = &[
    "it", "he", "she", "they", "this", "that", "these", "those", "his", "her", "its", "their",
    "there", "such", "also", "both", "then",
];

fn opens_with_reference(statement: &str) -> bool {
    let first: String = statement
        .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '{')
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    REFERENCES.contains(&first.to_lowercase().as_str())
}

/// A short question when the sentence opens with the value: "About 300 people walked across" ->
/// "About how many people walked across?", "Prof Achterberg said a study would begin" -> "Who
/// said a study would begin?". `None` where a question would need the sentence rearranged.
fn question(p: &Paragraph, f: &Found) -> Option<String> {
    let s = p.sentence(f.sentence);
    let before = p.text[s.start..f.slot.start].trim();
    let rest = p.text[f.slot.end..s.end].trim_end();
    let body = rest.strip_suffix('.')?;
    if body.contains(['“', '”', '"', ';']) || body.contains(", and ") || trailing_attribution(body)
    {
        return None;
    }
    let lead = normalize::key(before);
    let approximate = matches!(
        lead.as_str(),
        "about" | "around" | "roughly" | "approximately" | "nearly" | "almost" | "some"
    );
    let titled = !before.is_empty()
        && normalize::words(before)
            .iter()
            .all(|w| PERSON_TITLES.contains(&w.as_str()));
    let first_word: String = body
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let verb_like = SPEECH_VERBS.contains(&first_word.as_str())
        || first_word.ends_with("ed")
        || matches!(
            first_word.as_str(),
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "could"
                | "can"
                | "did"
                | "does"
                | "must"
                | "may"
        );
    let ask = match f.class {
        Class::Number
            if f.unit.is_some()
                && body.starts_with(' ')
                && (before.is_empty() || approximate)
                && f.hedge != Hedge::Bound =>
        {
            if approximate {
                "About how many"
            } else {
                "How many"
            }
        }
        Class::Person if (before.is_empty() || titled) && verb_like && body.starts_with(' ') => {
            "Who"
        }
        Class::Organisation if before.is_empty() && verb_like && body.starts_with(' ') => {
            "Which organisation"
        }
        Class::Place if before.is_empty() && verb_like && body.starts_with(' ') => "Which place",
        _ => return None,
    };
    Some(format!("{ask}{body}?"))
}

/// ", the Shasta County Sheriff’s Office said" at the end: a question would have to move it.
fn trailing_attribution(body: &str) -> bool {
    body.rsplit_once(", ").is_some_and(|(_, tail)| {
        let words = normalize::words(tail);
        words.len() <= 6 && words.iter().any(|w| SPEECH_VERBS.contains(&w.as_str()))
    })
}

mod conversion;
mod statement;
mod vague;

use statement::statement;
