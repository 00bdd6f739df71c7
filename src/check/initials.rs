//! An organisation typed by its initials ("PMO" for the Prime Minister's Office, "ITBP" for the
//! Indo-Tibetan Border Police), as people write a body they know by its letters.

use super::Accepted;
use crate::model::AnswerType;

/// Words an organisation's initials leave out.
const UNCOUNTED: [&str; 9] = ["of", "the", "and", "for", "on", "in", "at", "to", "&"];

/// The initials of a name, in capitals: "Wadia Institute of Himalayan Geology" is "WIHG". `None`
/// for a name of one word, or one already written in capitals ("NASA").
pub fn of(name: &str) -> Option<String> {
    initials(name, false)
}

/// Whether `short` ("NDRF", "MoD", "DfE") is the initials of `name`, read either way: without
/// the small words ("Wadia Institute of Himalayan Geology" is "WIHG") or with them ("Ministry of
/// Defence" is "MoD").
pub fn stand_for(short: &str, name: &str) -> bool {
    let short = short.to_uppercase();
    of(name).is_some_and(|i| i == short) || with_small_words(name).is_some_and(|i| i == short)
}

/// The initials of a name with its small words kept, as some bodies are known: "Ministry of
/// Defence" is "MOD" ("MoD"), "Department for Education" is "DFE" ("DfE").
fn with_small_words(name: &str) -> Option<String> {
    initials(name, true)
}

fn initials(name: &str, small: bool) -> Option<String> {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| {
            w.trim_end_matches(['’', '\''])
                .trim_end_matches("’s")
                .trim_end_matches("'s")
        })
        .filter(|w| !w.is_empty() && (small || !UNCOUNTED.contains(&w.to_lowercase().as_str())))
        .collect();
    if words.len() < 2 || words.iter().any(|w| !w.starts_with(char::is_alphabetic)) {
        return None;
    }
    Some(
        words
            .iter()
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .collect(),
    )
}

impl Accepted {
    /// Whether `given` is one word that is the initials of an organisation's form, and of no
    /// rival's: "pmo" for the Prime Minister's Office, "MoD" or "M.O.D." for the Ministry of
    /// Defence.
    pub(super) fn by_initials(&self, given: &str) -> bool {
        let typed: String = given.trim().chars().filter(|&c| c != '.').collect();
        let letters = typed.chars().count();
        if self.answer_type != AnswerType::Organisation
            || !(2..=8).contains(&letters)
            || !typed.chars().all(|c| c.is_alphabetic())
        {
            return false;
        }
        let typed = typed.to_uppercase();
        let first = typed.chars().next();
        let is = |name: &str| {
            // Most rivals of a large event start with another letter: no need to read them.
            name.chars().next().and_then(|c| c.to_uppercase().next()) == first
                && (of(name).is_some_and(|i| i == typed)
                    || with_small_words(name).is_some_and(|i| i == typed))
        };
        self.forms.iter().any(|f| is(f)) && !self.rivals.iter().any(is)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_leave_out_joining_words_and_possessives() {
        assert_eq!(of("Prime Minister’s Office").as_deref(), Some("PMO"));
        assert_eq!(of("Indo-Tibetan Border Police").as_deref(), Some("ITBP"));
        assert_eq!(
            of("Royal Society for the Protection of Birds").as_deref(),
            Some("RSPB")
        );
        assert_eq!(of("Greenpeace"), None);
        assert_eq!(of("Bank of 1 Street"), None);
    }

    #[test]
    fn an_organisation_is_its_initials_unless_a_rival_shares_them() {
        let mut a = Accepted::new(
            AnswerType::Organisation,
            vec!["Royal Society for the Protection of Birds".into()],
        );
        a.rivals = vec!["National Trust".into()].into();
        assert!(a.by_initials("RSPB") && a.by_initials("rspb"));
        assert!(!a.by_initials("NT") && !a.by_initials("RSP") && !a.by_initials("R S P B"));
        a.rivals = vec!["National Trust".into(), "Royal Scottish Pipe Band".into()].into();
        assert!(!a.by_initials("RSPB"), "a rival has the same initials");
        let ministry = Accepted::new(AnswerType::Organisation, vec!["Ministry of Defence".into()]);
        for typed in ["MoD", "M.O.D.", "MD", "mod"] {
            assert!(ministry.by_initials(typed), "{typed}");
        }
        assert!(!ministry.by_initials("MDO"));
        let place = Accepted::new(AnswerType::Place, vec!["New South Wales".into()]);
        assert!(!place.by_initials("NSW"), "only organisations");
    }
}
