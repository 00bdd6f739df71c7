//! Deciding whether a typed answer means the same as an expected one. Pure; no I/O.
//!
//! Every answer type has a canonical key: numbers and years by value, dates by calendar day,
//! weekdays by day, everything else by normalised text (`normalize::key`). Two answers are the same
//! when their keys are equal; the generator uses the same test to keep distractors apart.

pub mod date;
pub mod number;
#[cfg(test)]
mod props;
mod typo;
mod words;

use crate::model::{AnswerType, Tolerance};
use crate::normalize;

/// The comparison key of `text` read as an answer of type `answer_type`.
pub fn canonical(answer_type: AnswerType, text: &str, unit: Option<&str>) -> String {
    let by_value = match answer_type {
        AnswerType::Number | AnswerType::Year => number::read(text, unit)
            .map(|r| number_key(r.value))
            .or_else(|| number::read_span(text).map(|(from, to)| format!("#{from}..{to}"))),
        AnswerType::Date => date::Date::read(text).map(|d| format!("@{}", d.iso())),
        AnswerType::Day => date::weekday_index(text).map(|i| format!("@{}", date::WEEKDAYS[i])),
        _ => None,
    };
    by_value.unwrap_or_else(|| normalize::key(text))
}

/// `#7700`: whole numbers through the integer formatter, which is much quicker than the float one.
fn number_key(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("#{}", value as i64)
    } else {
        format!("#{value}")
    }
}

/// What counts as a right answer to a typed question: the answer and its aliases, read as `answer_type`.
#[derive(Debug, Clone, PartialEq)]
pub struct Accepted {
    pub answer_type: AnswerType,
    /// The answer first, then its aliases.
    pub forms: Vec<String>,
    pub unit: Option<String>,
    /// For numbers: how far from the answer still counts.
    pub tolerance: Option<Tolerance>,
    /// Wrong answers a spelling slip must not land on: the question's other options, or the
    /// fact's distractors.
    pub rivals: Vec<String>,
    /// No spelling slips for this answer (the fact's `strict`).
    pub strict: bool,
}

/// How a typed answer compares with the accepted ones.
#[derive(Debug, Clone, PartialEq)]
pub enum Match {
    /// The answer or an alias, in one of the forms it may be written in.
    Exact,
    /// A number within the fact's tolerance: `off` from the answer.
    Within { off: f64 },
    /// A spelling slip of `spelling`, `edits` away, accepted.
    Slip { spelling: String, edits: usize },
    /// Not right. For a number: how far off it is (`given - answer`), and how far the fact
    /// allows, if it has a tolerance.
    Wrong {
        off: Option<f64>,
        allowed: Option<f64>,
    },
}

impl Match {
    pub fn is_right(&self) -> bool {
        !matches!(self, Match::Wrong { .. })
    }

    /// Wrong, with nothing more to say.
    pub const NO: Match = Match::Wrong {
        off: None,
        allowed: None,
    };
}

impl Accepted {
    pub fn new(answer_type: AnswerType, forms: Vec<String>) -> Accepted {
        Accepted {
            answer_type,
            forms,
            unit: None,
            tolerance: None,
            rivals: Vec::new(),
            strict: false,
        }
    }

    /// Whether `given` is right, spelling slips included.
    pub fn matches(&self, given: &str) -> bool {
        self.judge(given, false).is_right()
    }

    /// How `given` compares with the accepted forms; `strict` (the player's `--strict`) refuses
    /// spelling slips.
    pub fn judge(&self, given: &str, strict: bool) -> Match {
        let key = canonical(self.answer_type, given, self.unit.as_deref());
        if key.is_empty() {
            return Match::NO;
        }
        if self.keys().any(|k| k == key) {
            return Match::Exact;
        }
        if self.answer_type.is_numeric() {
            return self.by_value(given);
        }
        if strict || self.strict || self.answer_type == AnswerType::Date {
            return Match::NO;
        }
        let given = normalize::key(given);
        let forms: Vec<String> = self.forms.iter().map(|f| normalize::key(f)).collect();
        let rivals: Vec<String> = self
            .rivals
            .iter()
            .map(|r| normalize::key(r))
            .filter(|r| !forms.contains(r))
            .collect();
        match typo::slip(&given, &forms, &rivals) {
            Some((index, edits)) => Match::Slip {
                spelling: self.forms[index].clone(),
                edits,
            },
            None => Match::NO,
        }
    }

    /// A number that is not the answer: within the tolerance, or how far off.
    fn by_value(&self, given: &str) -> Match {
        let answer = self.forms.first().and_then(|f| self.value_of(f));
        let (Some(given), Some(answer)) = (self.value_of(given), answer) else {
            return Match::NO;
        };
        let off = given - answer;
        let allowed = self.tolerance.map(|t| t.allowed(answer));
        match allowed {
            Some(allowed) if off.abs() <= allowed => Match::Within { off },
            _ => Match::Wrong {
                off: Some(off),
                allowed,
            },
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

    /// How a case should come out: the answer exactly (in some form), a spelling slip accepted,
    /// a number within the tolerance, or wrong.
    #[derive(Debug, Clone, Copy, PartialEq)]
    enum Want {
        Exact,
        Slip,
        Within,
        Wrong,
    }

    fn outcome(m: &Match) -> Want {
        match m {
            Match::Exact => Want::Exact,
            Match::Slip { .. } => Want::Slip,
            Match::Within { .. } => Want::Within,
            Match::Wrong { .. } => Want::Wrong,
        }
    }

    /// type, the answer and its aliases ("|" between), rivals (distractors or other options),
    /// unit, tolerance, what the player typed, how it should be judged.
    type Case<'a> = (
        AnswerType,
        &'a str,
        &'a str,
        Option<&'a str>,
        Option<Tolerance>,
        &'a str,
        Want,
    );

    /// One line a case: the rules of the README's "How answers are judged", accept and reject.
    #[rustfmt::skip]
    #[test]
    fn checker_cases() {
        use AnswerType::*;
        use Want::*;
        let abs = |n| Some(Tolerance::Absolute(n));
        let pct = |n| Some(Tolerance::Percent(n));
        let cases: &[Case] = &[
            // Numbers: digits and separators
            (Number, "55", "", Some("cases"), None, "55", Exact),
            (Number, "55", "", Some("cases"), None, " 55 ", Exact),
            (Number, "55", "", Some("cases"), None, "55 cases", Exact),
            (Number, "55", "", Some("cases"), None, "1 case", Wrong),
            (Number, "55", "", Some("cases"), None, "55 dogs", Wrong),
            (Number, "55", "", Some("cases"), None, "54", Wrong),
            (Number, "55", "", Some("cases"), None, "555", Wrong),
            (Number, "7,700", "", None, None, "7700", Exact),
            (Number, "7,700", "", None, None, "7,700", Exact),
            (Number, "7,700", "", None, None, "7 700", Exact),
            (Number, "7,700", "", None, None, "7\u{2009}700", Exact),
            (Number, "7,700", "", None, None, "7_700", Exact),
            (Number, "7,700", "", None, None, "7.700", Wrong),
            (Number, "7,700", "", None, None, "5,300", Wrong),
            (Number, "7,700", "", None, None, "77,00", Exact),
            (Number, "2.5", "", None, None, "2.50", Exact),
            (Number, "-3", "", None, None, "−3", Exact),
            (Number, "-3", "", None, None, "3", Wrong),
            // Numbers: words, multipliers, approximation words
            (Number, "55", "", None, None, "fifty-five", Exact),
            (Number, "55", "", None, None, "Fifty five", Exact),
            (Number, "55", "", Some("cases"), None, "fifty-five cases", Exact),
            (Number, "55", "", None, None, "fifty", Wrong),
            (Number, "55", "", None, None, "five fifty", Wrong),
            (Number, "7,700", "", None, None, "seven thousand seven hundred", Exact),
            (Number, "7,700", "", None, None, "seven thousand, seven hundred", Exact),
            (Number, "7,700", "", None, None, "7.7k", Exact),
            (Number, "7,700", "", None, None, "7.7 thousand", Exact),
            (Number, "7,700", "", None, None, "about 7,700", Exact),
            (Number, "7,700", "", None, None, "around 7700", Exact),
            (Number, "7,700", "", None, None, "roughly 7,700", Exact),
            (Number, "7,700", "", None, None, "~7,700", Exact),
            (Number, "7,700", "", None, None, "~ 7.7k", Exact),
            (Number, "7,700", "", None, None, "about 7,600", Wrong),
            (Number, "36,000", "", Some("soldiers"), None, "thirty-six thousand", Exact),
            (Number, "36,000", "", Some("soldiers"), None, "36k soldiers", Exact),
            (Number, "36,000", "", Some("soldiers"), None, "36 thousand", Exact),
            (Number, "5,300", "", None, None, "5.3 thousand", Exact),
            (Number, "1200000", "", None, None, "1.2 million", Exact),
            (Number, "1200000", "", None, None, "1.2m", Exact),
            (Number, "1200000", "", None, None, "1.2 billion", Wrong),
            (Number, "105", "", None, None, "one hundred and five", Exact),
            // Numbers: ordinals
            (Number, "65th|65", "", None, None, "65", Exact),
            (Number, "65th", "", None, None, "65TH", Exact),
            (Number, "65th", "", None, None, "sixty-fifth", Exact),
            (Number, "65th", "", None, None, "Sixty fifth", Exact),
            (Number, "65th", "", None, None, "60th", Wrong),
            (Number, "65th", "", None, None, "sixtieth", Wrong),
            // Numbers: tolerance, and no slips
            (Number, "7,700", "", None, abs(100.0), "7,650", Within),
            (Number, "7,700", "", None, abs(100.0), "7,800", Within),
            (Number, "7,700", "", None, abs(100.0), "7,801", Wrong),
            (Number, "7,700", "", None, pct(10.0), "8,470", Within),
            (Number, "7,700", "", None, pct(10.0), "6,929", Wrong),
            (Number, "7,700", "", None, pct(10.0), "seven thousand", Within),
            (Number, "7,700", "", None, None, "7,701", Wrong),
            (Number, "36,000", "", None, None, "36,001", Wrong),
            // Years and spans
            (Year, "1953", "", None, None, "1953", Exact),
            (Year, "1953", "", None, None, "1950", Wrong),
            (Year, "1953", "", None, None, "nineteen fifty-three", Exact),
            (Year, "1953", "", None, None, "nineteen fifty", Wrong),
            (Year, "1950-53", "", None, None, "1950-53", Exact),
            (Year, "1950-53", "", None, None, "1950–1953", Exact),
            (Year, "1950-53", "", None, None, "1950 to 1953", Exact),
            (Year, "1950-53", "", None, None, "from 1950 to 1953", Exact),
            (Year, "1950-53", "", None, None, "1950-1953", Exact),
            (Year, "1950-53", "", None, None, "1950", Wrong),
            (Year, "1950-53", "", None, None, "1950-52", Wrong),
            (Year, "1950-53", "", None, None, "1953-50", Wrong),
            // Dates and days
            (Date, "2018-07-27", "", None, None, "27 July 2018", Exact),
            (Date, "2018-07-27", "", None, None, "July 27th, 2018", Exact),
            (Date, "2018-07-27", "", None, None, "2018-07-26", Wrong),
            (Date, "2018-07-27", "", None, None, "27 Juyl 2018", Wrong),
            (Day, "Friday", "", None, None, "friday", Exact),
            (Day, "Friday", "", None, None, "FRI", Exact),
            (Day, "Friday", "", None, None, "Saturday", Wrong),
            (Day, "Friday", "Monday|Saturday", None, None, "Firday", Slip),
            // Names: case, diacritics, hyphens, punctuation, articles, Unicode forms
            (Place, "Wonsan", "", None, None, "WONSAN", Exact),
            (Place, "Wonsan", "", None, None, "Wonsan!", Exact),
            (Place, "Wonsan", "", None, None, "Osan", Wrong),
            (Place, "Osan Air Base|Osan", "", None, None, "osan  air   base", Exact),
            (Place, "Osan Air Base|Osan", "", None, None, "Osan", Exact),
            (Place, "Osan Air Base|Osan", "", None, None, "Air Base", Wrong),
            (Place, "São Paulo", "", None, None, "Sao Paulo", Exact),
            (Place, "Sao Paulo", "", None, None, "SÃO PAULO", Exact),
            (Place, "Zürich", "", None, None, "zurich", Exact),
            (Place, "Seoul", "", None, None, "ＳＥＯＵＬ", Exact),
            (Place, "Straße", "", None, None, "STRASSE", Exact),
            (Person, "Kim Jong-un|Kim Jong Un", "", None, None, "kim jong un", Exact),
            (Person, "Kim Jong-un", "", None, None, "Kim Jong Un", Exact),
            (Person, "Kim Jong-un", "", None, None, "Kim Jong‐un", Exact),
            (Person, "Donald Trump|Trump", "", None, None, "donald  trump.", Exact),
            (Organisation, "the White House", "", None, None, "White House", Exact),
            (Organisation, "the White House", "", None, None, "the house", Wrong),
            (Organisation, "US Air Force|USAF", "", None, None, "U.S. Air Force", Exact),
            (Organisation, "the UN Command", "", None, None, "an UN command", Exact),
            (Thing, "C-17", "", None, None, "c 17", Exact),
            (Thing, "C-17", "", None, None, "C-130", Wrong),
            (Text, "blue and white", "", None, None, "Blue-and-white", Exact),
            (Text, "anything", "", None, None, "", Wrong),
            (Text, "anything", "", None, None, "   ", Wrong),
            (Text, "anything", "", None, None, "!!!", Wrong),
            // Slips: none up to 4 letters, 1 up to 8, 2 beyond; never on a rival; never a digit
            (Place, "Seoul", "", None, None, "Seuol", Slip),
            (Place, "Seoul", "", None, None, "Sol", Wrong),
            (Place, "Guam", "", None, None, "Gaum", Wrong),
            (Place, "Wonsan", "Pyongyang|Kaesong", None, None, "Wonsna", Slip),
            (Place, "Wonsan", "", None, None, "Wansna", Wrong),
            (Place, "Pyeongtaek", "Busan", None, None, "Pyeongteak", Slip),
            (Place, "Pyeongtaek", "Busan", None, None, "Pyengtek", Slip),
            (Place, "Pyeongtaek", "Busan", None, None, "Pyngtk", Wrong),
            (Person, "Kim Jong-un", "Kim Jong-il|Kim Il-sung", None, None, "Kim Jong-il", Wrong),
            (Person, "Kim Jong-un", "Kim Jong-il|Kim Il-sung", None, None, "Kim Jon Un", Slip),
            (Person, "Kim Jong-un", "Kim Jong-il", None, None, "Kim Jong-i", Wrong),
            (Person, "Kim Jong-un", "", None, None, "Kim Jong-il", Slip),
            (Organisation, "Twitter", "Facebook", None, None, "Twiter", Slip),
            (Thing, "Boeing 747", "", None, None, "Boeing 757", Wrong),
            (Thing, "Boeing 747", "", None, None, "Beoing 747", Slip),
            (Text, "denuclearisation|denuclearization", "reunification", None, None, "denuclearisaton", Slip),
        ];
        assert!(cases.len() >= 80, "{} cases", cases.len());
        for (answer_type, forms, rivals, unit, tolerance, given, want) in cases {
            let split = |s: &str| -> Vec<String> {
                s.split('|').filter(|f| !f.is_empty()).map(str::to_owned).collect()
            };
            let accepted = Accepted {
                unit: unit.map(str::to_owned),
                tolerance: *tolerance,
                rivals: split(rivals),
                ..Accepted::new(*answer_type, split(forms))
            };
            let got = accepted.judge(given, false);
            assert_eq!(outcome(&got), *want, "{answer_type:?} {forms:?} (rivals {rivals:?}): {given:?} gave {got:?}");
            // --strict (or the fact's strict) refuses slips and nothing else.
            let strict = outcome(&accepted.judge(given, true));
            let want_strict = if *want == Slip { Wrong } else { *want };
            assert_eq!(strict, want_strict, "strict: {answer_type:?} {forms:?}: {given:?}");
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
