//! A found value as a fact: its sentence with the value blanked as the statement (hedges and who
//! said it kept), a short question where the sentence opens with the value, distractors, the
//! kinds it may be asked as, and the sentence itself as the evidence.

use std::ops::Range;

use super::distractors::{WANTED, distractors};
use super::index::Index;
use super::lexicon::{PERSON_TITLES, SPEECH_VERBS};
use super::paragraph::Paragraph;
use super::tokens::Kind;
use super::value::{Class, Found, Hedge};
use crate::generate::form;
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
    // The value must be whole words of its paragraph as the game reads words ("0" of "0:A" is
    // not); a possessive "Tuesday’s" becomes a form of its own.
    let possessive = match whole_words(p.text, &f.slot) {
        Ok(possessive) => possessive,
        // "250kg": the unit glued to the number stays after the blank.
        Err(()) if unit_glued(p.text, f) => None,
        Err(()) => return None,
    };
    let (statement, evidence) = if f.dateline {
        dateline_statement(p, f)?
    } else {
        sentence_statement(p, all, look, f)?
    };
    // Nothing around the blank may give the answer away.
    let aliases = distinct_aliases(f, possessive);
    let forms: Vec<String> = std::iter::once(&f.answer)
        .chain(&aliases)
        .map(|a| normalize::key(a))
        .collect();
    let leaks = |text: &str| forms.iter().any(|k| normalize::contains_key(text, k));
    if statement.split(SLOT).any(leaks) {
        return None;
    }
    let question = (!f.dateline && !f.quoted)
        .then(|| question(p, f))
        .flatten()
        .filter(|q| !leaks(q));
    let distractors = distractors(index, all, look);
    // A hedged value or a name leaves other values open: never asked as true or false (issue 10's
    // rule 1), which the file says with `"exclusive": false`.
    let exclusive = f.hedge == Hedge::Exact && !f.class.is_name();
    // A set of options that gives the answer away by its form is no fair question (rule 5).
    let fair_choice = form::tell(f.class.answer_type(), &f.answer, &distractors).is_none();
    let kinds = kinds(f, exclusive, distractors.len(), fair_choice);
    // Every kind the fact can be asked as is the default, written as no `kinds` at all.
    let possible = FactKind::ALL.len() - usize::from(!exclusive);
    let unit = match f.class.answer_type() {
        crate::model::AnswerType::Number => f.unit.clone().map(String::into_boxed_str),
        _ => None,
    };
    let repeated = look.spread.get(&look.keys[index]).copied().unwrap_or(1);
    let dependent = opens_with_reference(&statement);
    let fact = Fact {
        id: id(event, f),
        answer_type: f.class.answer_type(),
        answer: f.answer.clone(),
        aliases,
        tolerance: None,
        strict: false,
        unit,
        question: question.map(String::into_boxed_str),
        statement,
        distractors,
        kinds: (kinds.len() < possible).then(|| kinds.into_boxed_slice()),
        difficulty: difficulty(f, repeated),
        tags: vec![UNREVIEWED.to_owned(), f.class.tag().to_owned()],
        paragraphs: vec![f.paragraph as u32 + 1],
        explanation: evidence.clone(),
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
fn kinds(f: &Found, exclusive: bool, distractors: usize, fair_choice: bool) -> Vec<FactKind> {
    let mut kinds = vec![FactKind::Short];
    if distractors >= WANTED && fair_choice {
        kinds.push(FactKind::Choice);
    }
    if exclusive && distractors >= 1 && f.class != Class::Fraction {
        kinds.push(FactKind::Truefalse);
    }
    kinds
}

/// Whether `slot` is made of whole words of `text` as `normalize::words` splits them (at spaces,
/// dashes, slashes and underscores, dropping other punctuation): `Ok(None)` when it is, the
/// whole word when only a possessive "’s" is joined to it, `Err` otherwise ("0" of "0:A").
fn whole_words(text: &str, slot: &Range<usize>) -> Result<Option<String>, ()> {
    let separates = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '/' | '_' | '-' | '\u{2010}'
                    ..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}'
            )
    };
    let before = text[..slot.start]
        .chars()
        .rev()
        .take_while(|&c| !separates(c));
    // As the normaliser sees it: "🉐" decomposes to a letter.
    let letter_like = |c: char| {
        unicode_normalization::UnicodeNormalization::nfkd(std::iter::once(c))
            .any(char::is_alphanumeric)
    };
    if before.clone().any(letter_like) {
        return Err(());
    }
    let after: String = text[slot.end..]
        .chars()
        .take_while(|&c| !separates(c))
        .collect();
    let letters: String = after.chars().filter(|&c| letter_like(c)).collect();
    if letters.is_empty() {
        return Ok(None);
    }
    let possessive = after.starts_with("’s") || after.starts_with("'s");
    if letters == "s" && possessive {
        return Ok(Some(format!(
            "{}{}",
            &text[slot.clone()],
            &after[..after.find('s').unwrap_or(0) + 1]
        )));
    }
    Err(())
}

/// Whether the fact's unit is written glued after its number ("250kg") and nothing else is: the
/// word between spaces, without the punctuation around it, is the number and the unit, as the
/// validator reads the paragraph.
fn unit_glued(text: &str, f: &Found) -> bool {
    let Some(unit) = f.unit.as_deref() else {
        return false;
    };
    let start = text[..f.slot.start]
        .rfind(char::is_whitespace)
        .map_or(0, |i| i + 1);
    let end = text[f.slot.end..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| f.slot.end + i);
    let word = text[start..end].trim_matches(|c: char| !c.is_alphanumeric());
    f.class == Class::Number && word == format!("{}{unit}", &text[f.slot.clone()])
}

/// "The article is datelined {answer}, June 14." for the dateline's place or date.
fn dateline_statement(p: &Paragraph, f: &Found) -> Option<(String, String)> {
    let line = p.text[..p.body]
        .trim_end()
        .trim_end_matches(['–', '—', '-'])
        .trim_end();
    if f.slot.end > line.len() {
        return None;
    }
    let blanked = format!("{}{SLOT}{}", &line[..f.slot.start], &line[f.slot.end..]);
    Some((
        format!("The article is datelined {blanked}."),
        format!("The article's dateline reads “{line}”."),
    ))
}

/// The sentence with every mention of the value blanked; a quoted sentence without its speaker
/// gets the speaker in front ("Harcourt said: “…”").
fn sentence_statement(
    p: &Paragraph,
    all: &[Found],
    look: &Index,
    f: &Found,
) -> Option<(String, String)> {
    let s = p.sentence(f.sentence);
    let text = &p.text[s.clone()];
    if text.len() > LONGEST_SENTENCE
        || text.contains(['{', '}'])
        || !(s.start <= f.slot.start && f.slot.end <= s.end)
    {
        return None;
    }
    let key = f.value.key();
    let mut slots: Vec<Range<usize>> = look
        .by_sentence
        .get(&(f.paragraph, f.sentence))
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .filter(|&&g| all[g].class == f.class && look.keys[g] == key)
        .map(|&g| all[g].slot.clone())
        .filter(|r| s.start <= r.start && r.end <= s.end)
        .collect();
    slots.sort_by_key(|r| r.start);
    slots.dedup();
    if slots.windows(2).any(|w| w[0].end > w[1].start) {
        return None;
    }
    let mut statement = String::new();
    let mut at = s.start;
    for r in &slots {
        statement.push_str(&p.text[at..r.start]);
        statement.push_str(SLOT);
        at = r.end;
    }
    statement.push_str(&p.text[at..s.end]);
    if f.quoted && !speaker_in(p, &s) {
        let speaker = speaker(p, &s)?;
        let quoted = |t: &str| {
            format!(
                "{speaker} said: “{}”",
                t.trim_matches(|c: char| matches!(c, '“' | '”' | '"' | '‘' | '’'))
            )
        };
        return Some((quoted(&statement), quoted(text)));
    }
    Some((statement, text.to_owned()))
}

/// Whether the sentence says, outside its quotation, who speaks.
fn speaker_in(p: &Paragraph, s: &Range<usize>) -> bool {
    p.tokens.iter().any(|t| {
        s.start <= t.start
            && t.end <= s.end
            && t.kind == Kind::Word
            && p.quote_around(&t.range()).is_none()
            && SPEECH_VERBS.contains(&t.text(p.text).to_lowercase().as_str())
    })
}

/// Who speaks a quotation in sentence `s`: the name next to a verb of speech elsewhere in the
/// paragraph, outside quotation marks ("Harcourt said", "said Professor Helen Achterberg").
fn speaker(p: &Paragraph, s: &Range<usize>) -> Option<String> {
    if p.sentences.is_empty() {
        return None;
    }
    // The speaker is named within two sentences of the quotation.
    let index = p.sentence_of(s.start);
    let near = p.sentences[index.saturating_sub(2)].start
        ..p.sentences[(index + 2).min(p.sentences.len() - 1)].end;
    let verbs: Vec<usize> = (p.token_at(near.start)..p.token_at(near.end))
        .filter(|&i| {
            let t = &p.tokens[i];
            t.kind == Kind::Word
                && p.quote_around(&t.range()).is_none()
                && SPEECH_VERBS.contains(&t.text(p.text).to_lowercase().as_str())
        })
        .collect();
    // The nearest one before the sentence, else the nearest after it.
    let before = verbs.iter().rev().find(|&&i| p.tokens[i].end <= s.start);
    let after = verbs.iter().find(|&&i| p.tokens[i].start >= s.end);
    for &verb in before.into_iter().chain(after) {
        if let Some(name) = name_next_to(p, verb) {
            return Some(name);
        }
    }
    None
}

/// Capitalised words right before or right after token `verb` (a title included).
fn name_next_to(p: &Paragraph, verb: usize) -> Option<String> {
    let capital = |i: usize| {
        p.tokens.get(i).is_some_and(|t| {
            (t.kind == Kind::Word && t.text(p.text).starts_with(char::is_uppercase))
                || (t.kind == Kind::Mark && t.text(p.text) == "." && t.glued)
        })
    };
    let mut first = verb;
    while first > 0 && capital(first - 1) {
        first -= 1;
    }
    if first < verb && p.tokens[first].kind == Kind::Word {
        return Some(p.text[p.tokens[first].start..p.tokens[verb - 1].end].to_owned());
    }
    // "said Prof Amelia Grant", "said lead author Prof Amelia Grant": a few words of role may
    // come first.
    let mut start = verb + 1;
    while start <= verb + 3
        && p.tokens
            .get(start)
            .is_some_and(|t| t.kind == Kind::Word && t.text(p.text).starts_with(char::is_lowercase))
    {
        start += 1;
    }
    let mut last = start - 1;
    while capital(last + 1) {
        last += 1;
    }
    (last >= start && p.tokens[start].kind == Kind::Word).then(|| {
        p.text[p.tokens[start].start..p.tokens[last].end]
            .trim_end_matches('.')
            .to_owned()
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
