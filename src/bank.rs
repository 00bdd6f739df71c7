//! The facts of a question bank as they lend each other distractors: which wrong answers a fact
//! can be given, tier by tier (its own list, then the answers of other facts of the same event and
//! type (and unit), then plausible values near its answer), and so which kinds it can be asked as;
//! and whether a set of options gives its answer away by its form (`form`).
//!
//! These are rules on the loaded files, before any question is made: `validate` reads them to warn
//! about a fact, `generate` to make its questions, so both apply the same rules. Pure: a random
//! walk through the tiers takes the caller's seeded RNG (`Drawn`).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use crate::check::canonical;
use crate::model::{AnswerType, Fact, FactKind, OPTIONS, QuestionFile};
use crate::normalize;

pub mod form;
mod keeper;
mod perturb;
mod rivals;
mod tiers;

pub use keeper::Keeper;
pub use tiers::{Candidate, Drawn, Listed, Walk};

/// The facts of one event that a fact may borrow distractors from: those of the same answer type
/// and, for numbers, the same unit (normalised), so that a count of soldiers never lends its value
/// to a count of cases.
/// The unit is `None` where its key is empty (no unit, or a type other than a number): two kins
/// are then told apart without comparing empty texts, which glibc's `memcmp` does slowly on some
/// processors (a masked load at an empty `String`'s dangling address: issue #16, a tenth of a
/// cold start's wall time), and they sort and compare as the keys did (an empty key first).
type Kin = (AnswerType, Option<String>);

fn kin(fact: &Fact) -> Kin {
    let unit = match (fact.answer_type, fact.unit.as_deref()) {
        (AnswerType::Number, Some(unit)) => Some(normalize::key(unit)).filter(|k| !k.is_empty()),
        _ => None,
    };
    (fact.answer_type, unit)
}

/// The facts of a set of loaded files, each lending distractors within its own event. It sorts
/// every fact's answer by event, type and unit, to borrow from, but only when a fact first needs
/// to borrow: a bank whose facts all have distractors of their own is never sorted.
#[derive(Default)]
pub struct Bank<'a> {
    events: Vec<(&'a str, &'a [Fact])>,
    kin: OnceLock<HashMap<&'a str, BTreeMap<Kin, Kindred<'a>>, Fast>>,
    /// `first_answers` by event, type and unit, once worked out.
    firsts: Mutex<FirstAnswers<'a>>,
}

/// The facts of one event, type and unit (`Kin`): the answers each of them may borrow.
#[derive(Default)]
struct Kindred<'a> {
    facts: Vec<&'a Fact>,
    /// The first `LEAD` answers as shown, with their keys: worked out once, when a fact first
    /// borrows, instead of for every fact that borrows them (issue #16).
    lead: OnceLock<Lead>,
}

/// The first answers of a `Kindred`, keyed once.
struct Lead {
    led: Vec<Led>,
    /// Where in `led` the first `OPTIONS` keys that are not empty first come, in order: what a
    /// fact with nothing of its own but its answer is given, unless it is among them.
    heads: Vec<usize>,
}

/// How many of an event's answers of a type and unit are keyed once for all its facts: the first
/// few are what nearly every fact that borrows is given.
const LEAD: usize = 16;

/// One of the first answers of a `Kindred`: as shown, and its canonical key (`check::canonical`
/// with the type and the unit of the first of these facts).
pub(crate) struct Led {
    pub(crate) text: String,
    pub(crate) key: String,
    /// Its look as a phrase (`form::Look`), for a type keyed as words.
    pub(crate) look: form::Look,
}

/// The first answer of each key among the answers a fact may borrow, by event, type and unit.
type FirstAnswers<'a> = HashMap<(String, AnswerType, Option<String>), Arc<rivals::Firsts<'a>>>;

/// The hasher of the sets and maps worked out for every question: foldhash, several times quicker
/// than SipHash on short keys, which come from the question files, not from an attacker.
type Fast = foldhash::fast::RandomState;

impl<'a> Bank<'a> {
    /// The bank of the facts of `files`; each borrows only from its own file's event.
    pub fn new<I: IntoIterator<Item = &'a QuestionFile>>(files: I) -> Self {
        let mut bank = Bank::default();
        for file in files {
            bank.add(&file.event.id, &file.facts);
        }
        bank
    }

    /// Every fact of the event `event`, in file order.
    pub fn facts_of<'s>(&'s self, event: &'s str) -> impl Iterator<Item = &'a Fact> + 's {
        self.events
            .iter()
            .filter(move |(id, _)| *id == event)
            .flat_map(|(_, facts)| facts.iter())
    }

    /// Adds the facts of the event `event`.
    pub fn add(&mut self, event: &'a str, facts: &'a [Fact]) {
        self.events.push((event, facts));
        self.kin = OnceLock::new();
        self.firsts = Mutex::default();
    }

    /// The kinds `fact` of `event` can be asked as: those it allows and has enough distractors
    /// for (three for a choice, one for a statement to judge). Looks only as far as it must (a
    /// fact with three distractors of its own never scans the others), so that checking a bank
    /// stays linear in its size.
    pub fn kinds(&self, event: &str, fact: &Fact) -> Vec<FactKind> {
        let available = self
            .candidates(event, fact, Listed, OPTIONS - 1, usize::MAX)
            .take(OPTIONS - 1)
            .count();
        fact.allowed_kinds()
            .into_iter()
            .filter(|kind| match kind {
                FactKind::Short => true,
                FactKind::Choice => available >= OPTIONS - 1,
                FactKind::Truefalse => available >= 1,
            })
            .collect()
    }

    /// The facts of each event by type and unit.
    fn kin(&self) -> &HashMap<&'a str, BTreeMap<Kin, Kindred<'a>>, Fast> {
        self.kin.get_or_init(|| {
            let mut by_event: HashMap<&str, BTreeMap<Kin, Kindred>, Fast> = HashMap::default();
            for &(event, facts) in &self.events {
                let kins = by_event.entry(event).or_default();
                // Facts of one kin usually come together: each run of them is added at once,
                // with one look-up in the map instead of one a fact (issue #16).
                let mut rest = facts;
                while let Some(first) = rest.first() {
                    let of = kin(first);
                    let run = 1 + rest[1..].iter().take_while(|f| kin(f) == of).count();
                    let (taken, after) = rest.split_at(run);
                    kins.entry(of).or_default().facts.extend(taken);
                    rest = after;
                }
            }
            // A large event's lists are held as long as the bank: no room to spare.
            (by_event.values_mut().flat_map(BTreeMap::values_mut))
                .for_each(|kindred| kindred.facts.shrink_to_fit());
            by_event
        })
    }

    /// The facts whose answers `fact` of `event` may borrow: those of its event, type and unit.
    fn others(&self, event: &str, fact: &Fact) -> &[&'a Fact] {
        self.kindred(event, fact)
            .map_or(&[], |k| k.facts.as_slice())
    }

    /// The facts of `fact`'s kin in `event`, when there are any.
    fn kindred(&self, event: &str, fact: &Fact) -> Option<&Kindred<'a>> {
        self.kin().get(event).and_then(|kins| kins.get(&kin(fact)))
    }

    /// The first answers `fact` may borrow from `kindred` (its own kin), as shown and keyed as
    /// `fact`'s `Keeper` keys them: none when `fact` keys them otherwise than the first of its kin
    /// does (a unit written otherwise, such as "km" and " KM"), which then keys them itself.
    fn lead<'s>(&self, kindred: &'s Kindred<'a>, fact: &Fact) -> &'s [Led] {
        self.lead_of(kindred, fact).map_or(&[], |lead| &lead.led)
    }

    /// `lead`, with where its first keys are; `None` for no lead.
    fn lead_of<'s>(&self, kindred: &'s Kindred<'a>, fact: &Fact) -> Option<&'s Lead> {
        let first = kindred.facts.first()?;
        if first.answer_type != fact.answer_type || first.unit != fact.unit {
            return None;
        }
        Some(kindred.lead.get_or_init(|| {
            let unit = first.unit.as_deref();
            let led: Vec<Led> = (kindred.facts.iter().take(LEAD))
                .map(|other| {
                    let text = first.answer_type.display(&other.answer);
                    let key = canonical(first.answer_type, &text, unit);
                    let look = form::Look::of(&text, &key);
                    Led { text, key, look }
                })
                .collect();
            let mut heads: Vec<usize> = Vec::with_capacity(OPTIONS);
            for (i, one) in led.iter().enumerate() {
                if heads.len() == OPTIONS {
                    break;
                }
                if !one.key.is_empty() && heads.iter().all(|&h| led[h].key != one.key) {
                    heads.push(i);
                }
            }
            Lead { led, heads }
        }))
    }

    /// A filter that keeps a candidate distractor once, and only when it is not the answer, an
    /// alias, or within the tolerance.
    fn keeper<'f>(&self, fact: &'f Fact) -> Keeper<'f> {
        Keeper::new(fact)
    }
}

/// The fact's own distractors, as shown, that `keep` lets through.
fn own_distractors(fact: &Fact, keep: &mut Keeper) -> Vec<String> {
    fact.distractors
        .iter()
        .map(|d| fact.answer_type.display(d))
        .filter(|d| keep.keep(d))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The facts a fact may borrow from are those of its event, type and unit, in file order,
    /// whether facts of one kin come together or between others (units read as keys: "km" and
    /// " KM" are one unit).
    #[test]
    fn the_others_are_the_facts_of_the_same_kin_in_file_order() {
        let fact = |id: &str, kind: &str, unit: Option<&str>| -> Fact {
            serde_json::from_value(serde_json::json!({
                "id": id, "type": kind, "answer": "1990", "unit": unit,
                "statement": "It was {answer}.", "paragraphs": [1], "explanation": "Because."
            }))
            .unwrap()
        };
        let kinds = [
            ("a", "year", None),
            ("b", "year", None),
            ("c", "number", Some("km")),
            ("d", "year", None),
            ("e", "number", Some(" KM")),
            ("f", "number", Some("kg")),
            ("g", "number", Some("km")),
            ("h", "year", None),
            // A number without a unit and one whose unit keys to nothing are of one kin.
            ("i", "number", None),
            ("j", "number", Some(" ")),
        ];
        let facts: Vec<Fact> = kinds.iter().map(|&(i, k, u)| fact(i, k, u)).collect();
        let other: Vec<Fact> = vec![fact("z", "year", None)];
        let mut bank = Bank::default();
        bank.add("e1", &facts);
        bank.add("e2", &other);
        bank.add("e1", &facts[..2]);
        let ids = |of: &Fact| -> String {
            let others = bank.others("e1", of);
            others.iter().map(|f| f.id.as_str()).collect()
        };
        assert_eq!(ids(&facts[0]), "abdhab");
        assert_eq!(ids(&facts[2]), "ceg");
        assert_eq!(ids(&facts[5]), "f");
        assert_eq!(ids(&facts[8]), "ij");
        assert_eq!(ids(&facts[9]), "ij");
        assert_eq!(bank.others("e2", &facts[0]).len(), 1);
    }
}
