//! Look-ups over every value found in an article, worked out once, so that drafting stays linear
//! in the length of the text: the values of each sentence, how many paragraphs give each value,
//! and which values can stand in for one another as distractors.

use std::collections::{BTreeSet, HashMap};

use super::lexicon;
use super::value::{Class, Found, unit_key};

pub struct Index {
    /// `Value::key` of each found value.
    pub keys: Vec<String>,
    /// The found values of each sentence, by (paragraph, sentence).
    pub by_sentence: HashMap<(usize, usize), Vec<usize>>,
    /// How many paragraphs give each value.
    pub spread: HashMap<String, usize>,
    /// Values that can stand in for one another, in article order.
    pub groups: HashMap<String, Vec<usize>>,
    pub group_of: Vec<Option<String>>,
}

impl Index {
    pub fn new(all: &[Found]) -> Index {
        let keys: Vec<String> = all.iter().map(|f| f.value.key()).collect();
        let mut by_sentence: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
        let mut paragraphs: HashMap<&str, BTreeSet<usize>> = HashMap::new();
        let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
        let mut group_of = Vec::with_capacity(all.len());
        for (i, f) in all.iter().enumerate() {
            by_sentence
                .entry((f.paragraph, f.sentence))
                .or_default()
                .push(i);
            paragraphs.entry(&keys[i]).or_default().insert(f.paragraph);
            let group = group(f);
            if let Some(g) = &group {
                groups.entry(g.clone()).or_default().push(i);
            }
            group_of.push(group);
        }
        let spread = paragraphs
            .into_iter()
            .map(|(k, ps)| (k.to_owned(), ps.len()))
            .collect();
        Index {
            keys,
            by_sentence,
            spread,
            groups,
            group_of,
        }
    }

    /// The values of the article that may stand in for value `i`, nearest in the article first
    /// at most `n` of them.
    pub fn near(&self, i: usize, n: usize) -> &[usize] {
        let Some(members) = self.group_of[i].as_ref().and_then(|g| self.groups.get(g)) else {
            return &[];
        };
        let at = members.partition_point(|&m| m < i);
        let start = at
            .saturating_sub(n / 2)
            .min(members.len().saturating_sub(n));
        &members[start..(start + n).min(members.len())]
    }
}

/// The values a found value shares distractors with: the same class, and for numbers the same
/// unit (none without a unit), for places the same kind (countries and states apart from towns).
fn group(f: &Found) -> Option<String> {
    let extra = match f.class {
        Class::Number | Class::Money | Class::Percent | Class::Ordinal => {
            unit_key(f.unit.as_deref()?)
        }
        Class::Place => lexicon::known_place(&f.answer).to_string(),
        _ => String::new(),
    };
    Some(format!("{:?}|{extra}", f.class))
}
