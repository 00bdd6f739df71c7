//! One decision per name: a name that only the words around it class (no title, no "County", no
//! known place) is classed by the first mention whose words speak, and every later mention takes
//! that class. Here the words around every mention of it are weighed together: when two of them
//! say a place and someone or a body outright ("champion at Kelmoor", an employer; "hotels in
//! Kelmoor", a place), the name is left out, since a wrong class is worse than a missing fact. A place said only by
//! "from"/"to" or by the place before it in a list is too weak to speak against a class.

use super::super::lexicon;
use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;
use super::super::value::Class;
use super::context::{self, context_class, neighbour_class};
use super::{Entity, evidence};
use crate::normalize;

/// What one mention's words say of the name.
#[derive(Clone, Copy, PartialEq)]
enum Vote {
    /// A class said outright: "in Kelmoor", "the carmaker Kelmoor", "Tom Brennan, who".
    Strong(Class),
    /// A place said only by "from", "to" or "into", which take people, storms and bodies too.
    Weak,
}

/// The entities in `judged` (classed by the words around one of their mentions) whose mentions,
/// taken together, say a place and someone or a body outright: these are left out.
pub(super) fn undecided(
    paragraphs: &[Paragraph],
    mentions: &[Mention],
    classes: &[Option<(usize, Mention)>],
    entities: &[Entity],
    judged: &[usize],
) -> Vec<usize> {
    let mut out = Vec::new();
    for &e in judged {
        let entity = &entities[e];
        let words = normalize::words(&entity.full).len();
        if words > 2 {
            continue;
        }
        let key = normalize::key(&entity.full);
        let mut votes: Vec<Vote> = Vec::new();
        for (i, m) in mentions.iter().enumerate() {
            let ours = classes[i].as_ref().is_some_and(|(f, _)| *f == e);
            if !ours && normalize::key(&m.text) != key {
                continue;
            }
            let Some(p) = paragraphs.get(m.paragraph) else {
                continue;
            };
            if m.before_title
                || context::attributive(p, m)
                || context::described(p, m)
                || evidence::names_a_facility(p, m)
            {
                continue;
            }
            let neighbour = neighbour_class(paragraphs, mentions, classes, entities, i);
            if let Some(vote) = vote(p, m, neighbour) {
                votes.push(vote);
            }
        }
        let mut strong = votes.iter().filter_map(|v| match v {
            Vote::Strong(c) => Some(*c),
            Vote::Weak => None,
        });
        // "in Odiongan" three times: a word that only ends like a people's ("Persian",
        // "Catalan") is a place by "in" alone only when a second mention says so too; once,
        // "answered in Portuguese" is as likely a language.
        let guessed = words == 1
            && entity.class == Class::Place
            && lexicon::is_demonym(&entity.full)
            && !lexicon::demonym_of_a_known_place(&entity.full)
            && !placed_twice(paragraphs, mentions, &key);
        let decided = !guessed
            && match strong.next() {
                // Only weak votes, or none: the first mention's class stands.
                None => true,
                // "from" and "to" take bodies and people too: they do not speak against a class.
                // Nor does speech set a person against a body ("Bright Dawn said it was pleased"):
                // bodies speak too, so only a place against someone or a body is a conflict.
                Some(first) => {
                    let place = |c: Class| c == Class::Place;
                    strong.all(|c| place(c) == place(first)) && place(first) == place(entity.class)
                }
            };
        if !decided {
            out.push(e);
        }
    }
    out
}

/// What the words around one mention say of it, if anything. A place said only by "from", "to"
/// or "into", or only by the place before it in a list ("Born in Cali, Arboleda signed"), is a
/// weak vote: enough when nothing else speaks, never against a class said outright.
fn vote(p: &Paragraph, m: &Mention, neighbour: Option<Class>) -> Option<Vote> {
    // "the Incheon club", "the Madrid club": a club is called by its town as well as by its
    // name, so this says nothing against a place.
    if evidence::named_for_a_body(p, m) && p.word(m.last + 1).as_deref() == Some("club") {
        return None;
    }
    let class = context_class(p, m, neighbour)?;
    let alone = context_class(p, m, None);
    let weak = class == Class::Place
        && (alone != Some(Class::Place)
            || (matches!(
                p.word_before(m.first).as_deref(),
                Some("from" | "to" | "toward" | "towards" | "into")
            ) && super::lists::listed_class(p, m).is_none()
                && !context::place_pair(p, m)));
    Some(if weak {
        Vote::Weak
    } else {
        Vote::Strong(class)
    })
}

/// Whether the mentions of a name say a place more than once: one of them an item of a list of
/// places ("the towns of Arlo, Mirelan and Santa Cruz"), or two after "in", "near", "at" and
/// the like. "from" and "into" are left out: "translated from Portuguese into English" takes
/// languages.
fn placed_twice(paragraphs: &[Paragraph], mentions: &[Mention], key: &str) -> bool {
    let mut slots = 0;
    for m in mentions.iter().filter(|m| normalize::key(&m.text) == key) {
        let Some(p) = paragraphs.get(m.paragraph) else {
            continue;
        };
        if super::lists::listed_class(p, m) == Some(Class::Place) {
            return true;
        }
        if p.word_before(m.first).is_some_and(|w| {
            matches!(
                w.as_str(),
                "in" | "near" | "at" | "outside" | "inside" | "across" | "throughout"
            )
        }) {
            slots += 1;
        }
    }
    slots >= 2
}
