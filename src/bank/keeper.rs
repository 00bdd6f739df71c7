//! The one filter every candidate distractor of a fact goes through (`Keeper`): a candidate is kept
//! once, and only when it is not the answer, an alias, a repeat, or within the tolerance.

use std::borrow::Cow;
use std::collections::HashSet;

use super::Fast;
use crate::check::canonical;
use crate::model::Fact;

/// The candidates a fact has been offered so far, by canonical key (`check::canonical`, with the
/// fact's type and unit). A fact walks a handful of them: a short list is quicker than a hash set
/// and allocates nothing for the keys worked out once for its event (issue #16); a walk through a
/// large event's answers moves to a hash set.
pub struct Keeper<'k> {
    fact: &'k Fact,
    seen: Seen<'k>,
}

/// The keys seen: a short list on the stack (the first `len`), then a set.
enum Seen<'k> {
    Few {
        keys: [Cow<'k, str>; FEW],
        len: usize,
    },
    Many(HashSet<Cow<'k, str>, Fast>),
}

/// How many keys the short list holds before they move to a set.
const FEW: usize = 8;

impl<'k> Keeper<'k> {
    /// The filter of `fact`, which has seen its answer and its aliases.
    pub fn new(fact: &'k Fact) -> Self {
        let unit = fact.unit.as_deref();
        let keys = fact.forms().map(|s| canonical(fact.answer_type, s, unit));
        Keeper::seeded(fact, keys.map(Cow::Owned))
    }

    /// The filter of `fact`, which has seen `keys`: the canonical keys of its answer and aliases
    /// (`new`'s), when the caller has them already.
    pub fn seeded(fact: &'k Fact, keys: impl IntoIterator<Item = Cow<'k, str>>) -> Self {
        let mut keeper = Keeper {
            fact,
            seen: Seen::Few {
                keys: Default::default(),
                len: 0,
            },
        };
        for key in keys {
            keeper.seen.insert(key);
        }
        keeper
    }

    /// Whether `text` is kept: its key worked out here.
    pub fn keep(&mut self, text: &str) -> bool {
        let fact = self.fact;
        let key = canonical(fact.answer_type, text, fact.unit.as_deref());
        !key.is_empty() && !fact.within_tolerance(text) && self.seen.insert(Cow::Owned(key))
    }

    /// `keep`, for a `text` whose key (`check::canonical` with the fact's type and unit) is `key`.
    pub fn keep_keyed(&mut self, text: &str, key: &'k str) -> bool {
        !key.is_empty() && !self.fact.within_tolerance(text) && self.seen.insert(Cow::Borrowed(key))
    }
}

impl<'k> Seen<'k> {
    /// Adds `key`; whether it was not there.
    fn insert(&mut self, key: Cow<'k, str>) -> bool {
        match self {
            Seen::Few { keys, len } => {
                if keys[..*len].contains(&key) {
                    return false;
                }
                if *len < FEW {
                    keys[*len] = key;
                    *len += 1;
                } else {
                    let mut set: HashSet<Cow<'k, str>, Fast> =
                        keys.iter_mut().map(std::mem::take).collect();
                    set.insert(key);
                    *self = Seen::Many(set);
                }
                true
            }
            Seen::Many(set) => set.insert(key),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fact(answer: &str, aliases: &[&str], tolerance: Option<f64>) -> Fact {
        serde_json::from_value(serde_json::json!({
            "id": "f", "type": "number", "answer": answer, "aliases": aliases,
            "tolerance": tolerance.map(|t| serde_json::json!({"absolute": t})),
            "statement": "It was {answer}.", "paragraphs": [1], "explanation": "Because."
        }))
        .unwrap()
    }

    /// A candidate is kept once, by its key, never as the answer, an alias, an empty key or a
    /// value within the tolerance, whether its key is worked out or given, and past the short
    /// list as within it.
    #[test]
    fn a_candidate_is_kept_once_and_never_as_the_answer() {
        let fact = fact("1,000", &["one thousand"], Some(5.0));
        let mut keeper = Keeper::new(&fact);
        assert!(!keeper.keep("1000"));
        assert!(!keeper.keep("1003"));
        assert!(!keeper.keep("..."));
        assert!(keeper.keep("2000"));
        assert!(!keeper.keep("2,000"));
        assert!(!keeper.keep_keyed("2,000", "#2000"));
        assert!(!keeper.keep_keyed("", ""));
        let keys: Vec<String> = (0..40).map(|i| format!("#{}", 3000 + i)).collect();
        for (i, key) in keys.iter().enumerate() {
            assert!(keeper.keep_keyed(&format!("{}", 3000 + i), key), "{key}");
        }
        for i in 0..40 {
            assert!(!keeper.keep(&format!("{}", 3000 + i)), "{i}");
        }
        assert!(keeper.keep("5000"));
        assert!(!keeper.keep("1000"));
        assert!(!keeper.keep_keyed("2000", "#2000"));
        assert!(matches!(keeper.seen, Seen::Many(_)));
    }
}
