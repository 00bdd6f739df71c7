//! What the checker may know about a question besides its answers (#11): the words the question
//! and statement already say, the words of the source's account, the names the event knows, and
//! the event's year. Plain data, built by the generator from the file and handed to the checker,
//! so that "55 small cases", "Wonsan, North Korea" and "20 July" are judged with the question in
//! mind while the checker itself reads no file.

use crate::check::date::Date;
use crate::model::{Event, Fact, SLOT};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    /// The words of the question, the statement (without its slot) and the unit: an answer may
    /// add them ("55 small cases") or leave them out ("Osan" for "Osan Air Base" when the question
    /// asks "at which air base").
    pub asked: Vec<String>,
    /// The words of the source's account of the fact (the explanation) and the event's title but
    /// for names: an answer may add them ("the Saturn V rocket").
    pub source: Vec<String>,
    /// Names the event knows (its places, and the capitalised words of the explanation and
    /// title): added to an answer that does not have them, they contradict it ("Wonsan to Osan",
    /// "China and South Korea", "Pyeongtaek, North Korea"), unless the question says them.
    pub names: Vec<String>,
    /// The event's year: a date typed without its year is taken to be in it.
    pub year: Option<i32>,
    /// The words printed right before and right after the statement's slot ("£" and "a" in
    /// "rose to £{answer} a week"): what the blank is counted in. Empty without a slot.
    /// Boxed: an `Accepted` is carried by value in the engine's enums.
    pub beside_slot: Box<(String, String)>,
}

impl Context {
    /// The context of a fact's questions.
    pub fn of_fact(event: &Event, fact: &Fact) -> Context {
        let statement = fact.statement.replace(SLOT, " ");
        let mut asked: Vec<&str> = vec![&statement];
        asked.extend(fact.question.as_deref());
        asked.extend(fact.unit.as_deref());
        let told = [fact.explanation.as_str(), event.title.as_str()];
        Context {
            asked: words(asked),
            source: words(told.iter().flat_map(|t| chunks(t, false))),
            names: names(event, told),
            year: year_of(event),
            beside_slot: Box::new(beside_slot(&fact.statement)),
        }
    }

    /// The context of a question written out by hand, with only its own wording to go on.
    pub fn of_question(event: &Event, question: &str) -> Context {
        let told = [event.title.as_str()];
        Context {
            asked: words([question]),
            source: words(chunks(&event.title, false)),
            names: names(event, told),
            year: year_of(event),
            beside_slot: Default::default(),
        }
    }
}

/// The words printed right before and right after a statement's slot.
fn beside_slot(statement: &str) -> (String, String) {
    let Some((before, after)) = statement.split_once(SLOT) else {
        return Default::default();
    };
    let before = before.split_whitespace().next_back().unwrap_or("");
    let after = after.split_whitespace().next().unwrap_or("");
    (before.to_owned(), after.to_owned())
}

/// The event's year, from its date.
fn year_of(event: &Event) -> Option<i32> {
    Date::read(&event.date.as_ref()?.value).map(|d| d.year)
}

/// The names of the event: its places, and the capitalised words of `told`, short forms spelled
/// out even inside hyphenated words ("US-led" names the United States).
fn names<'a>(event: &'a Event, told: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut texts: Vec<&str> = event.places.iter().map(String::as_str).collect();
    texts.extend(told.into_iter().flat_map(|t| chunks(t, true)));
    let mut out = words(texts.iter().copied());
    let long: Vec<String> = out
        .iter()
        .filter_map(|w| super::forms::long_form(w))
        .flatten()
        .map(|w| (*w).to_owned())
        .collect();
    for word in long {
        if !out.contains(&word) {
            out.push(word);
        }
    }
    out
}

/// The chunks of `text` between spaces that are names (`names`: those that start with a capital
/// and are not a word that only joins, like a sentence's "The"), or the others.
fn chunks(text: &str, names: bool) -> impl Iterator<Item = &str> {
    text.split_whitespace().filter(move |chunk| {
        let capital = chunk
            .chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase);
        let joins = super::phrase::tokens(chunk)
            .iter()
            .all(|w| super::lexicon::is_filler(w));
        (capital && !joins) == names
    })
}

/// The distinct words of `texts` as the checker compares a typed word with them, short forms on
/// their own also spelled out ("US" adds "united states").
fn words<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for text in texts {
        for word in super::phrase::Words::of(text).with_long_forms() {
            if !out.contains(&word) {
                out.push(word);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_of_a_bundled_fact() {
        let files = crate::loader::load_bundled().unwrap();
        let file = &files[0].file;
        let fact = file.facts.iter().find(|f| f.id == "cases-count").unwrap();
        let context = Context::of_fact(&file.event, fact);
        assert!(context.asked.contains(&"small".to_owned()));
        assert!(context.asked.contains(&"cases".to_owned()));
        assert!(
            !context.asked.iter().any(|w| w == "answer"),
            "the slot is not a word"
        );
        assert!(context.names.contains(&"wonsan".to_owned()));
        assert_eq!(context.year, Some(2018));
        let ally = file
            .facts
            .iter()
            .find(|f| f.id == "armistice-ally")
            .unwrap();
        let context = Context::of_fact(&file.event, ally);
        // Its explanation: the forces of North Korea and of China fought on one side (¶10).
        assert!(ally.explanation.contains("China"), "{}", ally.explanation);
        for name in ["china", "north", "korea"] {
            assert!(context.names.contains(&name.to_owned()), "{name}");
        }
        assert!(context.source.contains(&"forces".to_owned()));
        assert!(!context.source.contains(&"china".to_owned()));
    }
}
