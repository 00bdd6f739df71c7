//! Deciding whether a typed answer means the same as an expected one. Pure; no I/O.
//!
//! Every answer type has a canonical key: numbers and years by value, dates by calendar day,
//! weekdays by day, everything else by normalised text (`normalize::key`). Two answers are the same
//! when their keys are equal; the generator uses the same test to keep distractors apart.

pub mod date;
pub mod number;

use crate::model::{AnswerType, Tolerance};
use crate::normalize;

/// The comparison key of `text` read as an answer of type `answer_type`.
pub fn canonical(answer_type: AnswerType, text: &str, unit: Option<&str>) -> String {
    let by_value = match answer_type {
        AnswerType::Number | AnswerType::Year => {
            number::read(text, unit).map(|r| format!("#{}", r.value))
        }
        AnswerType::Date => date::Date::read(text).map(|d| format!("@{}", d.iso())),
        AnswerType::Day => date::weekday_index(text).map(|i| format!("@{}", date::WEEKDAYS[i])),
        _ => None,
    };
    by_value.unwrap_or_else(|| normalize::key(text))
}

/// What counts as a right answer to a typed question: the answer and its aliases, read as `answer_type`.
#[derive(Debug, Clone, PartialEq)]
pub struct Accepted {
    pub answer_type: AnswerType,
    pub forms: Vec<String>,
    pub unit: Option<String>,
    /// For numbers: how far from the answer still counts.
    pub tolerance: Option<Tolerance>,
}

impl Accepted {
    pub fn new(answer_type: AnswerType, forms: Vec<String>) -> Accepted {
        Accepted {
            answer_type,
            forms,
            unit: None,
            tolerance: None,
        }
    }

    pub fn matches(&self, given: &str) -> bool {
        let key = canonical(self.answer_type, given, self.unit.as_deref());
        if key.is_empty() {
            return false;
        }
        if self.keys().any(|k| k == key) {
            return true;
        }
        match (
            self.tolerance,
            self.value_of(given),
            self.forms.first().and_then(|f| self.value_of(f)),
        ) {
            (Some(tolerance), Some(given), Some(answer)) => {
                (given - answer).abs() <= tolerance.allowed(answer)
            }
            _ => false,
        }
    }

    fn value_of(&self, text: &str) -> Option<f64> {
        self.answer_type
            .is_numeric()
            .then(|| number::read(text, self.unit.as_deref()).map(|r| r.value))
            .flatten()
    }

    fn keys(&self) -> impl Iterator<Item = String> + '_ {
        self.forms
            .iter()
            .map(|form| canonical(self.answer_type, form, self.unit.as_deref()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepted(answer_type: AnswerType, forms: &[&str], unit: Option<&str>) -> Accepted {
        Accepted {
            unit: unit.map(str::to_owned),
            ..Accepted::new(answer_type, forms.iter().map(|s| s.to_string()).collect())
        }
    }

    #[test]
    fn tolerance_widens_numbers_only_as_far_as_declared() {
        let mut a = accepted(AnswerType::Number, &["7,700"], None);
        a.tolerance = Some(Tolerance::Absolute(100.0));
        assert!(
            a.matches("7,650") && a.matches("7800") && !a.matches("7,801") && !a.matches("seven")
        );
        a.tolerance = Some(Tolerance::Percent(10.0));
        assert!(a.matches("8470") && !a.matches("8471") && a.matches("6930") && !a.matches("6929"));
    }

    /// type, accepted forms, unit, what the player typed, whether it is right
    type Case<'a> = (AnswerType, &'a [&'a str], Option<&'a str>, &'a str, bool);

    /// One line a case.
    #[test]
    fn checker_cases() {
        use AnswerType::*;
        let cases: &[Case] = &[
            (Number, &["55"], Some("cases"), "55", true),
            (Number, &["55"], Some("cases"), " 55 ", true),
            (Number, &["55"], Some("cases"), "55 cases", true),
            (Number, &["55"], Some("cases"), "54", false),
            (Number, &["55"], Some("cases"), "555", false),
            (Number, &["55", "fifty-five"], None, "Fifty five", true),
            (Number, &["7,700"], None, "7700", true),
            (Number, &["7,700"], None, "7,700", true),
            (Number, &["7,700"], None, "7 700", true),
            (Number, &["7,700"], None, "about 7,700", true),
            (Number, &["7,700"], None, "7.700", false),
            (Number, &["7,700"], None, "5,300", false),
            (Number, &["65th", "65"], None, "65", true),
            (Number, &["65th"], None, "65TH", true),
            (Number, &["65th"], None, "60th", false),
            (Year, &["1953"], None, "1953", true),
            (Year, &["1953"], None, "1950", false),
            (Date, &["2018-07-27"], None, "27 July 2018", true),
            (Date, &["2018-07-27"], None, "July 27th, 2018", true),
            (Date, &["2018-07-27"], None, "2018-07-26", false),
            (Day, &["Friday"], None, "friday", true),
            (Day, &["Friday"], None, "FRI", true),
            (Day, &["Friday"], None, "Saturday", false),
            (Place, &["Wonsan"], None, "WONSAN", true),
            (Place, &["Wonsan"], None, "Wonsan!", true),
            (Place, &["Wonsan"], None, "Osan", false),
            (
                Place,
                &["Osan Air Base", "Osan"],
                None,
                "osan  air   base",
                true,
            ),
            (Place, &["Osan Air Base", "Osan"], None, "Osan", true),
            (Place, &["Osan Air Base", "Osan"], None, "Air Base", false),
            (Place, &["São Paulo"], None, "Sao Paulo", true),
            (
                Person,
                &["Kim Jong-un", "Kim Jong Un"],
                None,
                "kim jong un",
                true,
            ),
            (Person, &["Kim Jong-un"], None, "Kim Jong-il", false),
            (
                Organisation,
                &["the White House"],
                None,
                "White House",
                true,
            ),
            (Organisation, &["the White House"], None, "the house", false),
            (Thing, &["C-17"], None, "c 17", true),
            (Thing, &["C-17"], None, "C-130", false),
            (Text, &["blue and white"], None, "Blue-and-white", true),
            (Text, &["anything"], None, "", false),
            (Text, &["anything"], None, "   ", false),
        ];
        for (answer_type, forms, unit, given, right) in cases {
            let got = accepted(*answer_type, forms, *unit).matches(given);
            assert_eq!(got, *right, "{answer_type:?} {forms:?}: {given:?}");
        }
    }

    #[test]
    fn canonical_keys_tell_values_apart() {
        assert_eq!(
            canonical(AnswerType::Number, "7,700", None),
            canonical(AnswerType::Number, "7700", None)
        );
        assert_ne!(
            canonical(AnswerType::Number, "7,700", None),
            canonical(AnswerType::Number, "770", None)
        );
        assert_eq!(
            canonical(AnswerType::Day, "Fri", None),
            canonical(AnswerType::Day, "Friday", None)
        );
        assert_eq!(canonical(AnswerType::Place, "the Seoul", None), "seoul");
    }
}
