//! A number or year typed otherwise than the answer is written (#11): the same value in a phrase
//! ("55 small cases", "33 men"), in another form ("21,5", "21 1/2", "one-third" of a percentage),
//! a year in a date ("July 1953") or shortened ("'61"), within the tolerance, or how far off. An
//! ordinal is no count ("33rd" for 33 miners).

use super::number::{self, Reading};
use super::{Accepted, Match, date, lexicon, phrase, words};
use crate::model::AnswerType;

/// Whether two values read are the same one: "2,30,000" for 2.3 lakh, though 2.3 × 100,000 is
/// not exact in binary, or 91.204 seconds for 1 min 31.204.
pub(super) fn same_value(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(1.0)
}

impl Accepted {
    /// A number that is not written as the answer: the same value in a phrase or another form,
    /// within the tolerance, or how far off.
    pub(super) fn by_value(&self, given: &str) -> Match {
        let answer = self.forms.first().and_then(|f| self.value_of(f));
        let Some(values) = self.typed_values(given) else {
            return Match::NO;
        };
        let mut own: Vec<f64> = self.forms.iter().filter_map(|f| self.value_of(f)).collect();
        // A scale word as the unit ("Rs 4 lakh", "25 crore"): the whole amount is the answer too,
        // as digits ("4,00,000") or in another scale ("250 million").
        // Only a scale written as a word: "m" or "k" as a unit is metres or a thousand of
        // something, never "5 million" for 5 m.
        let scale = self
            .unit
            .as_deref()
            .map(str::to_lowercase)
            .filter(|u| u.chars().count() >= 2 && !matches!(u.as_str(), "mn" | "bn" | "tn"))
            .and_then(|u| words::scale(&u))
            .map_or(1.0, |s| s as f64);
        if scale != 1.0 {
            own.extend(own.clone().iter().map(|v| v * scale));
        }
        if values
            .iter()
            .any(|v| own.iter().any(|o| same_value(*v, *o)))
        {
            return Match::Exact;
        }
        let Some(answer) = answer else {
            return Match::NO;
        };
        // A whole amount typed where the unit is a scale word is measured against the whole
        // answer: "4 crore" is 39,600,000 too high for 4 lakh.
        let near = |v: f64| (v.abs().max(1.0).log10() - answer.abs().max(1.0).log10()).abs();
        let factor = |v: f64| {
            let whole = answer * scale;
            let nearer = near(v) > (v.abs().max(1.0).log10() - whole.abs().max(1.0).log10()).abs();
            if scale != 1.0 && nearer { scale } else { 1.0 }
        };
        let allowed = |v: f64| self.tolerance.map(|t| t.allowed(answer) * factor(v));
        // The reading nearest the answer speaks for the player ("21,5" may be 21.5 or 215).
        let Some((off, allowed)) = values
            .iter()
            .map(|&v| (v - answer * factor(v), allowed(v)))
            .min_by(|a, b| a.0.abs().total_cmp(&b.0.abs()))
        else {
            return Match::NO;
        };
        match allowed {
            Some(allowed) if off.abs() <= allowed => Match::Within { off },
            _ => Match::Wrong {
                off: Some(off),
                allowed,
            },
        }
    }

    /// An amount whose scale word is typed with a slip ("N8 milion", "2.3 bilion naira"): the
    /// answer once that word is spelled right, it is a spelling slip of the answer (refused under
    /// `--strict`), never an exact answer; a slip that reads another amount ("8 bilion" for 8
    /// million), or one only within the tolerance, stays wrong.
    pub(super) fn by_scale_slip(&self, given: &str) -> Option<Match> {
        let mended = words::mend_scale(given)?;
        // The spelling shown is the answer's, as every slip's is; a mended amount only within
        // the tolerance is no slip (the player would not be told how far off it is).
        match self.by_value(&mended) {
            Match::Exact => Some(Match::Slip {
                spelling: self.forms.first()?.clone(),
                edits: 1,
            }),
            _ => None,
        }
    }

    /// Whether `given` is an ordinal ("33rd", "the sixty-ninth") where the answer is a count:
    /// no form of it is an ordinal.
    pub(super) fn ordinal_for_a_count(&self, given: &str) -> bool {
        if self.answer_type != AnswerType::Number {
            return false;
        }
        let unit = self.unit.as_deref();
        let ordinal = |text: &str| number::read(text, unit).is_some_and(|r| r.ordinal);
        if self.forms.iter().any(|f| ordinal(f)) {
            return false;
        }
        ordinal(given)
            || number::find(given, unit, self.decimals())
                .numbers
                .iter()
                .flatten()
                .any(|r| r.ordinal)
    }

    /// The values the typed answer gives for the one number asked: the whole of it read as a
    /// number, a year in a date ("July 1953") or shortened ("'61"), or the one number of a phrase
    /// whose other words the question allows ("55 small cases"). `None` when it gives none, or
    /// two that differ.
    fn typed_values(&self, given: &str) -> Option<Vec<f64>> {
        let unit = self.unit.as_deref();
        let whole = number::read_all(given, unit, self.decimals());
        if !whole.is_empty() {
            return Some(self.values_of(&whole));
        }
        if self.answer_type == AnswerType::Year
            && let Some(year) = self.year_in(given)
        {
            return Some(vec![f64::from(year)]);
        }
        let found = number::find(given, unit, self.decimals());
        let mut numbers = found
            .numbers
            .iter()
            .zip(&found.typed)
            .filter(|(_, typed)| !self.context.asked.iter().any(|w| w == *typed))
            .map(|(readings, _)| self.values_of(readings));
        let first = numbers.next()?;
        if numbers.any(|other| other != first) {
            return None;
        }
        let words: Vec<String> = found.words.iter().flat_map(|w| phrase::tokens(w)).collect();
        words
            .iter()
            .all(|w| self.may_stand_by_a_number(w))
            .then_some(first)
    }

    /// Whether a typed word may stand beside the number: an approximation ("about"), the unit, a
    /// word for people where the unit counts people ("33 men"), or a word the question or source
    /// allows (`phrase::extra_ok`).
    fn may_stand_by_a_number(&self, word: &str) -> bool {
        let unit = self.unit.as_deref();
        let people = unit.is_some_and(|u| {
            let u = crate::normalize::key(u);
            lexicon::counts_people(&u)
                && (lexicon::is_people(word)
                    || lexicon::same_people(&u).is_some_and(|g| g.contains(&word)))
        });
        let (own, rivals, family) = (self.own_words(), self.rival_words(), Vec::new());
        let rules = self.phrase_rules(false, &own, &rivals, &family);
        // A currency the question names, in any of its names ("rupees" where it says "Rs").
        let currency = super::units::currency(word).is_some_and(|c| {
            self.context
                .asked
                .iter()
                .any(|w| super::units::currency(w) == Some(c))
        });
        lexicon::is_approximation(word)
            || currency
            || unit.is_some_and(|u| number::unit_matches(u, word))
            || people
            || phrase::extra_ok(word, &[], &rules)
    }

    /// The values of a number's readings: a fraction of one is a share of a hundred where the
    /// answer is a percentage ("a third" is 33.3%).
    fn values_of(&self, readings: &[Reading]) -> Vec<f64> {
        let percent = self
            .unit
            .as_deref()
            .is_some_and(|u| number::unit_matches(u, "percent"));
        readings
            .iter()
            .map(|r| {
                if r.fraction && percent {
                    r.value * 100.0
                } else {
                    r.value
                }
            })
            .collect()
    }

    /// How many decimals the answer is written with.
    fn decimals(&self) -> usize {
        self.forms.first().map_or(0, |f| number::decimals(f))
    }

    /// A year typed inside a date ("July 1953", "20/7/1969") or by its last two digits ("'61",
    /// taken in the answer's century).
    fn year_in(&self, given: &str) -> Option<i32> {
        let parts = date::read_parts(given);
        if let Some(first) = parts.first()
            && let Some(date::YearPart::Full(year)) = first.year
            && parts.iter().all(|p| p.year == first.year)
        {
            return Some(year);
        }
        let short = given
            .trim()
            .trim_start_matches(|c: char| c.is_alphabetic() || c.is_whitespace());
        let digits = short.strip_prefix(['\'', '\u{2019}'])?;
        if digits.len() != 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let answer = self.forms.first().and_then(|f| self.value_of(f))? as i32;
        let yy: i32 = digits.parse().ok()?;
        answer.checked_sub(answer.rem_euclid(100))?.checked_add(yy)
    }
}
