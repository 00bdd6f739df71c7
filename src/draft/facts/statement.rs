//! The statement a fact is asked by: its sentence with the value blanked (hedges and who said it
//! kept), or the dateline's place, and the sentence itself as the evidence.

use std::ops::Range;

use super::super::index::Index;
use super::super::lexicon::SPEECH_VERBS;
use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use super::super::value::{Class, Found};
use super::{LONGEST_SENTENCE, distinct_aliases};
use crate::model::SLOT;

/// The statement for the found value `f` of paragraph `p`, its evidence, and the value's aliases;
/// `None` when the value is not whole words of its paragraph or no statement can be made.
pub(super) fn statement(
    p: &Paragraph,
    all: &[Found],
    look: &Index,
    f: &Found,
) -> Option<(String, String, Vec<String>)> {
    // The value must be whole words of its paragraph as the game reads words ("0" of "0:A" is
    // not); a possessive "Tuesday’s" becomes a form of its own.
    let possessive = match whole_words(p.text, &f.slot) {
        Ok(possessive) => possessive,
        // "250kg": the unit glued to the number stays after the blank; so do whose dollars
        // before it ("US$18.2m"), which the game reads as part of the amount.
        Err(()) if unit_glued(p.text, f) || dollars_before(p.text, f) => None,
        Err(()) => return None,
    };
    let (statement, evidence) = if f.dateline {
        dateline_statement(p, f)?
    } else {
        sentence_statement(p, all, look, f)?
    };
    Some((statement, evidence, distinct_aliases(f, possessive)))
}

/// Whether `slot` is made of whole words of `text` as `normalize::words` splits them (at spaces,
/// dashes, slashes and underscores, dropping other punctuation): `Ok(None)` when it is, the
/// whole word when only a possessive "’s" is joined to it, `Err` otherwise ("0" of "0:A").
pub(super) fn whole_words(text: &str, slot: &Range<usize>) -> Result<Option<String>, ()> {
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
pub(super) fn unit_glued(text: &str, f: &Found) -> bool {
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

/// Whether an amount of money is written right after the letters and "$" that say whose dollars
/// ("US$" of "US$18.2m"), which open their word, and nothing is glued after it but its
/// multiplier.
fn dollars_before(text: &str, f: &Found) -> bool {
    let Some(before) = text[..f.slot.start].strip_suffix('$') else {
        return false;
    };
    let letters = before.trim_end_matches(|c: char| c.is_ascii_uppercase());
    let opens = !letters.ends_with(char::is_alphanumeric);
    let after_ok = !text[f.slot.end..].starts_with(char::is_alphanumeric);
    f.class == Class::Money
        && opens
        && after_ok
        && crate::check::number::dollar_prefix(&before[letters.len()..])
}

/// "The article is datelined {answer}, June 14." for the dateline's place or date.
pub(super) fn dateline_statement(p: &Paragraph, f: &Found) -> Option<(String, String)> {
    let line = p.text[..p.body]
        .trim_end()
        .trim_end_matches(['–', '—', '-', ':'])
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

/// Whether an answer is a count of times written as a word ("twice").
fn times(answer: &str) -> bool {
    crate::check::number::counts_times(answer)
}

/// The sentence with every mention of the value blanked; a quoted sentence without its speaker
/// gets the speaker in front ("Harcourt said: “…”").
pub(super) fn sentence_statement(
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
        // "her two-hectare field twice": a count of times and a count of things are two values,
        // though both are 2; the blank of one would read "twice-hectare".
        .filter(|&&g| times(&all[g].answer) == times(&f.answer))
        .map(|&g| all[g].slot.clone())
        .filter(|r| s.start <= r.start && r.end <= s.end)
        .collect();
    slots.sort_by_key(|r| r.start);
    slots.dedup();
    // A conversion beside the value is left out of the statement (issue 15).
    let blank = f.blank.as_deref().unwrap_or(SLOT);
    let mut edits: Vec<(Range<usize>, &str)> = slots.into_iter().map(|r| (r, blank)).collect();
    edits.extend(
        super::conversion::cuts(p, all, f)?
            .into_iter()
            .map(|r| (r, "")),
    );
    edits.sort_by_key(|(r, _)| r.start);
    if edits.windows(2).any(|w| w[0].0.end > w[1].0.start) {
        return None;
    }
    let mut statement = String::new();
    let mut at = s.start;
    for (r, with) in &edits {
        statement.push_str(&p.text[at..r.start]);
        statement.push_str(with);
        at = r.end;
    }
    statement.push_str(&p.text[at..s.end]);
    if f.quoted && !speaker_in(p, &s) {
        let speaker = speaker(p, all, &s)?;
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

/// Participles of speech that open a clause after the speaker's own ("Ann Lee defended the
/// plan, telling reporters it would create “120 jobs”", "…, saying “…”"): the sentence's subject
/// is who speaks, and the sentence says so itself.
const SPEAKING: &[&str] = &["telling", "saying", "adding", "noting", "warning"];

/// Whether the sentence says, outside its quotation, who speaks: a verb of speech, or a
/// participle of speech that opens a clause after the speaker's own.
pub(super) fn speaker_in(p: &Paragraph, s: &Range<usize>) -> bool {
    p.tokens.iter().enumerate().any(|(i, t)| {
        s.start <= t.start
            && t.end <= s.end
            && t.kind == Kind::Word
            && p.quote_around(&t.range()).is_none()
            && p.word(i).is_some_and(|word| {
                SPEECH_VERBS.contains(&word.as_str())
                    || (SPEAKING.contains(&word.as_str()) && opens_a_clause(p, i, &word))
            })
    })
}

/// Whether the participle at token `i` opens a clause of speech: right after a comma that ends
/// the speaker's clause on a word outside any quotation ("defended the plan, telling"), and not
/// "adding to" ("…”, adding to pressure"). "a flood warning", "an old saying", "a telling sign"
/// are nouns and adjectives with no comma before them.
fn opens_a_clause(p: &Paragraph, i: usize, word: &str) -> bool {
    let Some(comma) = i.checked_sub(1).filter(|&k| p.is_mark(k, &[','])) else {
        return false;
    };
    let clause_end = comma
        .checked_sub(1)
        .is_some_and(|k| p.word(k).is_some() && p.quote_around(&p.tokens[k].range()).is_none());
    let adding_to = word == "adding" && p.word(i + 1).as_deref() == Some("to");
    clause_end && !adding_to
}

/// Who speaks a quotation in sentence `s`: the name next to a verb of speech elsewhere in the
/// paragraph, outside quotation marks ("Harcourt said", "said Professor Helen Achterberg"), or
/// else the one person the verb's sentence names ("Its spokeswoman, Ann Lee, said").
pub(super) fn speaker(p: &Paragraph, all: &[Found], s: &Range<usize>) -> Option<String> {
    if p.sentences.is_empty() {
        return None;
    }
    // The speaker is named within two sentences of the quotation: of where it opens, when it
    // runs on over several sentences (“I had a lead. I lost it. I’m 31, not 21,” are one
    // speaker's words however many sentences they take).
    let index = p.sentence_of(s.start);
    let quote = (p.token_at(s.start)..p.token_at(s.end))
        .find(|&k| p.tokens[k].kind == Kind::Word)
        .and_then(|k| p.quote_around(&p.tokens[k].range()));
    let opens = quote
        .as_ref()
        .map_or(index, |q| p.sentence_of(q.start).min(index));
    let is_verb = |i: usize| {
        let t = &p.tokens[i];
        t.kind == Kind::Word
            && p.quote_around(&t.range()).is_none()
            && SPEECH_VERBS.contains(&t.text(p.text).to_lowercase().as_str())
    };
    // A sentence inside a quotation is the words of whoever its own attribution names: at the
    // quotation's close (“… It is hard,” said Ann Lee) or, else, where it opens (Ann Lee said:
    // “…); either wins over a verb of speech before the quotation opened, which may name
    // someone else ("Ola Berg said the club was fine. “We lost the lease. …,” said Ann Lee").
    let own: Vec<usize> = quote.as_ref().map_or_else(Vec::new, |q| {
        let closes = p.sentences[p.sentence_of(q.end.saturating_sub(1))].end;
        let opened = p.sentences[p.sentence_of(q.start)].start;
        let at_close = (p.token_at(q.end)..p.token_at(closes)).find(|&i| is_verb(i));
        let at_open = (p.token_at(opened)..p.token_at(q.start))
            .rev()
            .find(|&i| is_verb(i));
        at_close.into_iter().chain(at_open).collect()
    });
    let near = p.sentences[opens.saturating_sub(2)].start
        ..p.sentences[(index + 2).min(p.sentences.len() - 1)].end;
    let verbs: Vec<usize> = (p.token_at(near.start)..p.token_at(near.end))
        .filter(|&i| is_verb(i))
        .collect();
    // The nearest one before the sentence, else the nearest after it.
    let before = verbs.iter().rev().find(|&&i| p.tokens[i].end <= s.start);
    let after = verbs.iter().find(|&&i| p.tokens[i].start >= s.end);
    for &verb in own.iter().chain(before).chain(after) {
        let name = name_next_to(p, verb)
            .or_else(|| one_person_of(p, all, verb))
            .or_else(|| pronoun_for(p, all, verb));
        if let Some(name) = name {
            return Some(name);
        }
    }
    None
}

/// "he said", "she told": the one person the paragraph names before the pronoun, outside
/// quotation marks ("Ashworth is not picking opponents. “Ninety minutes away,” he said."). With
/// no such person or two, who "he" is stays unsure.
fn pronoun_for(p: &Paragraph, all: &[Found], verb: usize) -> Option<String> {
    let pronoun = verb.checked_sub(1)?;
    if !matches!(p.word(pronoun).as_deref(), Some("he" | "she")) {
        return None;
    }
    let before = p.tokens[pronoun].start;
    let mut people = all.iter().filter(|g| {
        g.class == Class::Person
            && g.paragraph == p.index
            && g.slot.end <= before
            && !g.quoted
            && !g.dateline
    });
    let one = people.next()?;
    let key = one.value.key();
    people
        .all(|other| other.value.key() == key)
        .then(|| one.answer.clone())
}

/// The one person named, outside quotation marks, in the sentence of token `verb`, as its
/// subject: a verb of speech has a speaker, and a sentence that names one person and no other
/// gives it, however many words of role or a clause set off by commas stand between them ("Ann Lee, who chairs the board, told
/// reporters"). A person named with a possessive ("Mr Cole’s band") is not the one who speaks;
/// two people or none leave the speaker unsure, and then nobody is named.
fn one_person_of(p: &Paragraph, all: &[Found], verb: usize) -> Option<String> {
    let sentence = p.sentence_of(p.tokens[verb].start);
    let mut people = all.iter().filter(|g| {
        g.class == Class::Person
            && g.paragraph == p.index
            && g.sentence == sentence
            && !g.quoted
            && !["’s", "'s", "’", "'"]
                .iter()
                .any(|s| p.text[g.slot.end..].starts_with(s))
    });
    let one = people.next()?;
    let key = one.value.key();
    if !people.all(|other| other.value.key() == key) {
        return None;
    }
    // The person is the verb's subject: right before it, or set off before it by commas (a
    // role, a clause), with no second subject joined on ("Ann Lee, the coach, and Tom Holm,
    // her aide, said": Tom Holm may be a speaker too, and drafting may not have read his name).
    let verb_at = p.tokens[verb].start;
    // "said the chancellor, Rachel Stone": after the verb, a few small words of role.
    if one.slot.start >= p.tokens[verb].end {
        let role = p.text[p.tokens[verb].end..one.slot.start].trim();
        let words = role.split_whitespace().count();
        let small = role
            .chars()
            .all(|c| c.is_lowercase() || c.is_whitespace() || matches!(c, ',' | '’' | '\''));
        return (words <= 4 && small && (role.is_empty() || role.ends_with(',')))
            .then(|| one.answer.clone());
    }
    let between = p.text.get(one.slot.end..verb_at)?.trim();
    let set_off = between.is_empty() || (between.starts_with(',') && between.ends_with(','));
    let joined = [
        ", and ",
        ", or ",
        ", with ",
        " along with ",
        " together with ",
    ]
    .iter()
    .any(|j| between.contains(j));
    (set_off && !joined).then(|| one.answer.clone())
}

/// Capitalised words right before or right after token `verb` (a title included).
pub(super) fn name_next_to(p: &Paragraph, verb: usize) -> Option<String> {
    // "Ms. Delacorte-Hsu said", "O’Brien said": a hyphen or an apostrophe glued inside a name
    // is part of it (the speaker was "Hsu", a cut name, #15).
    let capital = |i: usize| {
        p.tokens.get(i).is_some_and(|t| {
            let inside = t.kind == Kind::Mark
                && matches!(t.text(p.text), "-" | "’" | "'")
                && t.glued
                && p.is_glued(i + 1)
                && p.capitalised(i + 1)
                && i.checked_sub(1).is_some_and(|k| p.capitalised(k));
            (t.kind == Kind::Word && t.text(p.text).starts_with(char::is_uppercase))
                || (t.kind == Kind::Mark && t.text(p.text) == "." && t.glued)
                || inside
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
    // "said on Friday that": a day or a month after the verb is when, not who.
    let when = p.tokens.get(start).is_some_and(|t| {
        let word = t.text(p.text);
        crate::check::date::weekday_index(word).is_some()
            || crate::check::date::MONTHS.contains(&word)
    });
    (last >= start && p.tokens[start].kind == Kind::Word && !when).then(|| {
        p.text[p.tokens[start].start..p.tokens[last].end]
            .trim_end_matches('.')
            .to_owned()
    })
}
