//! The wrong answers a spelling slip must not land on (`Accepted::rivals`), as a list that a short
//! question of a large event shares with the others of its event instead of copying.

use std::fmt;
use std::sync::Arc;

use compact_str::CompactString;

/// A list of wrong answers: those of the question's own, then, when it borrows from a large event,
/// the event's shared list without the places in `skip`. Reads as one list, in that order.
#[derive(Clone, Default)]
pub struct Rivals {
    own: Vec<String>,
    shared: Option<Shared>,
}

#[derive(Clone)]
struct Shared {
    /// Most answers are short: held inline, without an allocation each.
    list: Arc<[CompactString]>,
    /// Places in `list` left out, in increasing order, each once.
    skip: Vec<usize>,
}

impl Rivals {
    /// `own`, then `list` without the places in `skip` (increasing, each once).
    pub fn shared(own: Vec<String>, list: Arc<[CompactString]>, skip: Vec<usize>) -> Rivals {
        debug_assert!(skip.windows(2).all(|w| w[0] < w[1]));
        Rivals {
            own,
            shared: Some(Shared { list, skip }),
        }
    }

    /// Every rival, in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        let shared = self.shared.iter().flat_map(|shared| {
            let mut skip = shared.skip.iter().copied().peekable();
            shared.list.iter().enumerate().filter_map(move |(i, r)| {
                if skip.next_if_eq(&i).is_some() {
                    None
                } else {
                    Some(r.as_str())
                }
            })
        });
        self.own.iter().map(String::as_str).chain(shared)
    }

    pub fn len(&self) -> usize {
        let shared = self
            .shared
            .as_ref()
            .map_or(0, |s| s.list.len() - s.skip.len());
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
}
