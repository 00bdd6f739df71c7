//! The wrong answers a spelling slip must not land on (`Accepted::rivals`), as a list that a short
//! question of a large event shares with the others of its event instead of copying.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, OnceLock};

use compact_str::CompactString;

use super::canonical;
use crate::model::AnswerType;

/// A list of wrong answers: those of the question's own, then, when it borrows from a large event,
/// the event's shared list without the places in `skip`. Reads as one list, in that order.
#[derive(Clone, Default)]
pub struct Rivals {
    own: Vec<String>,
    shared: Option<Shared>,
}

#[derive(Clone)]
enum Shared {
    /// A list, without the places in `skip` (increasing, each once).
    Listed {
        /// Most answers are short: held inline, without an allocation each.
        list: Arc<[CompactString]>,
        skip: Vec<usize>,
    },
    /// The first answer of each key of `answers`, without those of the keys in `skip_keys`: the
    /// answers are keyed only when the list is first read (a question whose typed answer is
    /// never judged against them never keys a large event's answers; issue #16).
    Keyed {
        answers: Arc<Answers>,
        /// Boxed: a question's expected answer stays small.
        skip: Box<SkipKeys>,
    },
}

/// The keys whose first answers a keyed list leaves out.
#[derive(Clone)]
struct SkipKeys {
    keys: Vec<String>,
    /// Their places in `Answers::firsts`, once worked out.
    places: OnceLock<Vec<usize>>,
}

/// The answers a question of a large event may borrow, as shown, in order, keyed as `canonical`
/// keys them (with the question's type and unit) when the first of each key is first asked for.
pub struct Answers {
    shown: Arc<[CompactString]>,
    answer_type: AnswerType,
    unit: Option<String>,
    firsts: OnceLock<Firsts>,
}

/// The first answer of each key, in order.
pub struct Firsts {
    /// Its place in the answers.
    pub list: Vec<usize>,
    /// Each key's place in `list` (a key is short: most are held inline, without an allocation).
    pub places: HashMap<CompactString, usize, foldhash::fast::RandomState>,
}

impl Answers {
    /// `shown`, to be keyed as answers of `answer_type` in `unit`.
    pub fn new(
        shown: Arc<[CompactString]>,
        answer_type: AnswerType,
        unit: Option<String>,
    ) -> Answers {
        Answers {
            shown,
            answer_type,
            unit,
            firsts: OnceLock::new(),
        }
    }

    /// Whether the answers have been keyed yet.
    pub fn is_keyed(&self) -> bool {
        self.firsts.get().is_some()
    }

    /// The answers, as shown.
    pub fn shown(&self) -> &[CompactString] {
        &self.shown
    }

    /// The key of `text`, as these answers are keyed.
    pub fn key(&self, text: &str) -> String {
        canonical(self.answer_type, text, self.unit.as_deref())
    }

    /// The first answer of each key (worked out the first time it is asked for). One pass in
    /// order keeps the first of each key, without sorting every key.
    pub fn firsts(&self) -> &Firsts {
        self.firsts.get_or_init(|| {
            let mut places: HashMap<CompactString, usize, foldhash::fast::RandomState> =
                HashMap::with_capacity_and_hasher(self.shown.len(), Default::default());
            let mut list = Vec::new();
            for (i, answer) in self.shown.iter().enumerate() {
                if let std::collections::hash_map::Entry::Vacant(v) =
                    places.entry(CompactString::from(self.key(answer)))
                {
                    v.insert(list.len());
                    list.push(i);
                }
            }
            list.shrink_to_fit();
            Firsts { list, places }
        })
    }
}

impl Rivals {
    /// `own`, then `list` without the places in `skip` (increasing, each once).
    pub fn shared(own: Vec<String>, list: Arc<[CompactString]>, skip: Vec<usize>) -> Rivals {
        debug_assert!(skip.windows(2).all(|w| w[0] < w[1]));
        Rivals {
            own,
            shared: Some(Shared::Listed { list, skip }),
        }
    }

    /// `own`, then the first answer of each key of `answers` but those of `skip_keys`.
    pub fn keyed(own: Vec<String>, answers: Arc<Answers>, skip_keys: Vec<String>) -> Rivals {
        Rivals {
            own,
            shared: Some(Shared::Keyed {
                answers,
                skip: Box::new(SkipKeys {
                    keys: skip_keys,
                    places: OnceLock::new(),
                }),
            }),
        }
    }

    /// `own`, then the first answer of each key of `answers` without the places in `skip` of
    /// their list (increasing, each once).
    pub fn keyed_without(own: Vec<String>, answers: Arc<Answers>, skip: Vec<usize>) -> Rivals {
        debug_assert!(skip.windows(2).all(|w| w[0] < w[1]));
        Rivals {
            own,
            shared: Some(Shared::Keyed {
                answers,
                skip: Box::new(SkipKeys {
                    keys: Vec::new(),
                    places: OnceLock::from(skip),
                }),
            }),
        }
    }

    /// Every rival, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        let shared = self.shared.iter().flat_map(|shared| {
            let (list, skip) = shared.parts();
            let mut skip = skip.iter().copied().peekable();
            list.enumerate().filter_map(move |(i, r)| {
                if skip.next_if_eq(&i).is_some() {
                    None
                } else {
                    Some(r)
                }
            })
        });
        self.own.iter().map(String::as_str).chain(shared)
    }

    pub fn len(&self) -> usize {
        let shared = self.shared.as_ref().map_or(0, |s| {
            let (list, skip) = s.parts();
            list.len() - skip.len()
        });
        self.own.len() + shared
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The rivals as one list of their own.
    pub fn to_vec(&self) -> Vec<String> {
        self.iter().map(str::to_owned).collect()
    }
}

impl Shared {
    /// The shared list, and the places in it left out.
    fn parts(&self) -> (SharedList<'_>, &[usize]) {
        match self {
            Shared::Listed { list, skip } => (SharedList::Listed(list.iter()), skip),
            Shared::Keyed { answers, skip } => {
                let firsts = answers.firsts();
                let skip = skip.places.get_or_init(|| {
                    let mut skip: Vec<usize> = (skip.keys.iter())
                        .filter_map(|key| firsts.places.get(key.as_str()).copied())
                        .collect();
                    skip.sort_unstable();
                    skip.dedup();
                    skip
                });
                let list = SharedList::Keyed(answers.shown(), firsts.list.iter());
                (list, skip)
            }
        }
    }
}

/// The answers of a shared list, in order.
enum SharedList<'l> {
    Listed(std::slice::Iter<'l, CompactString>),
    Keyed(&'l [CompactString], std::slice::Iter<'l, usize>),
}

impl<'l> Iterator for SharedList<'l> {
    type Item = &'l str;
    fn next(&mut self) -> Option<&'l str> {
        match self {
            SharedList::Listed(list) => list.next().map(CompactString::as_str),
            SharedList::Keyed(shown, places) => places.next().map(|&i| shown[i].as_str()),
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        match self {
            SharedList::Listed(list) => list.size_hint(),
            SharedList::Keyed(_, places) => places.size_hint(),
        }
    }
}

impl ExactSizeIterator for SharedList<'_> {}

impl From<Vec<String>> for Rivals {
    fn from(own: Vec<String>) -> Rivals {
        Rivals { own, shared: None }
    }
}

impl FromIterator<String> for Rivals {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Rivals {
        Rivals::from(iter.into_iter().collect::<Vec<_>>())
    }
}

impl<'r> IntoIterator for &'r Rivals {
    type Item = &'r str;
    type IntoIter = Box<dyn Iterator<Item = &'r str> + 'r>;
    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl PartialEq for Rivals {
    fn eq(&self, other: &Rivals) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<S: AsRef<str>, const N: usize> PartialEq<[S; N]> for Rivals {
    fn eq(&self, other: &[S; N]) -> bool {
        self.len() == N && self.iter().eq(other.iter().map(AsRef::as_ref))
    }
}

impl fmt::Debug for Rivals {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_list_reads_as_its_own_then_the_list_without_the_skipped() {
        let list: Arc<[CompactString]> = ["a", "b", "c", "d", "e"].map(CompactString::from).into();
        let rivals = Rivals::shared(vec!["x".into()], list, vec![0, 3]);
        assert_eq!(rivals, ["x", "b", "c", "e"]);
        assert_eq!(rivals.len(), 4);
        assert_eq!(rivals.to_vec(), ["x", "b", "c", "e"]);
        assert_eq!(rivals, Rivals::from(rivals.to_vec()));
        assert_ne!(rivals, Rivals::from(vec!["x".to_owned(), "b".to_owned()]));
        assert_eq!(format!("{rivals:?}"), r#"["x", "b", "c", "e"]"#);
        assert!(Rivals::default().is_empty());
    }

    /// A keyed list reads as the first answer of each key but those of the keys left out, and
    /// is keyed only when first read; a list whose places are known reads the same.
    #[test]
    fn a_keyed_list_reads_as_the_first_of_each_key_left_out_or_not() {
        let shown: Arc<[CompactString]> = ["Oslo", "oslo", "", "the Rome", "Rome", "Bern", "!"]
            .map(CompactString::from)
            .into();
        let answers = Arc::new(Answers::new(shown, AnswerType::Place, None));
        let skip = vec!["rome".to_owned(), "zurich".to_owned(), "".to_owned()];
        let rivals = Rivals::keyed(vec!["x".into()], Arc::clone(&answers), skip);
        assert!(!answers.is_keyed());
        assert_eq!(rivals, ["x", "Oslo", "Bern"]);
        assert!(answers.is_keyed());
        assert_eq!(rivals.len(), 3);
        let kept = Rivals::keyed(Vec::new(), Arc::clone(&answers), Vec::new());
        assert_eq!(kept, ["Oslo", "", "the Rome", "Bern"]);
        let places = Rivals::keyed_without(Vec::new(), Arc::clone(&answers), vec![0, 2]);
        assert_eq!(places, ["", "Bern"]);
        assert_eq!(places.len(), 2);
    }
}
