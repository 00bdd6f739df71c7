//! A share of a whole as people type it (#15): a ratio ("7 in 10", "two out of three", "one in
//! every eight", "7in10"), a fraction ("3/4", "three quarters"), a percentage ("75%", "75 per
//! cent") or a decimal ("0.75"). Two shares are the same when their values are; a percentage or a
//! decimal counts when it is the other share rounded as it is written ("67%" for two out of
//! three), and at least to a whole percent ("0.7" is no two out of three).

use super::value::same_value;
use super::{Accepted, Match, number};

/// A share of one, and to how many decimals (of one) it is written; `None` when exact (a ratio
/// or a fraction).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Share {
    pub value: f64,
    pub decimals: Option<usize>,
    /// Read through a one-edit slip of its joining word ("9 ot of 10").
    pub slip: bool,
}

/// `text` read as a share of a whole, or `None`.
pub fn read(text: &str) -> Option<Share> {
    let text = number::without_approximation(text).trim();
    ratio(text)
        .or_else(|| percentage(text))
        .or_else(|| decimal(text))
        .or_else(|| {
            super::fraction::read(text, None)
                .filter(|r| r.fraction)
                .map(|r| Share {
                    value: r.value,
                    decimals: None,
                    slip: false,
                })
        })
}

/// Whether `a` and `b` are the same share: equal, or the rounded one is the other rounded alike.
pub fn same(a: Share, b: Share) -> bool {
    if same_value(a.value, b.value) {
        return true;
    }
    let decimals = match (a.decimals, b.decimals) {
        (Some(x), Some(y)) => x.min(y),
        (Some(x), None) | (None, Some(x)) => x,
        (None, None) => return false,
    };
    // Rounded to less than a whole percent, too many shares read alike ("0.7" and 2/3).
    if decimals < 2 {
        return false;
    }
    let round = |v: f64| (v * 10f64.powi(decimals as i32)).round();
    round(a.value) == round(b.value)
}

/// "7 in 10", "two out of three", "one in every eight", "7in10", "four-in-five": a count of a
/// whole that is no smaller than it.
fn ratio(text: &str) -> Option<Share> {
    let spaced = spaced(text);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    const JOINS: [&[&str]; 3] = [&["out", "of"], &["in", "every"], &["in"]];
    let exact = JOINS.iter().find_map(|join| {
        (0..words.len())
            .find(|&i| words[i..].starts_with(join))
            .map(|i| (i, join.len()))
    });
    // "out of" with a slip in "out" ("ouf of", "ot of"): a word of letters one edit from it.
    let slipped = || {
        (0..words.len().saturating_sub(1))
            .find(|&i| {
                words[i + 1] == "of"
                    && words[i].chars().all(char::is_alphabetic)
                    && strsim::damerau_levenshtein(words[i], "out") == 1
            })
            .map(|i| (i, 2))
    };
    let slip = exact.is_none();
    let (at, join) = exact.or_else(slipped)?;
    let whole = |part: &[&str]| {
        number::read(&part.join(" "), None)
            .filter(|r| !r.ordinal && !r.fraction && r.value.fract() == 0.0 && r.value >= 0.0)
            .map(|r| r.value)
    };
    let count = whole(&words[..at])?;
    let of = whole(&words[at + join..])?;
    (of >= 1.0 && count <= of).then_some(Share {
        value: count / of,
        decimals: None,
        slip,
    })
}

/// `text` lowercased, a hyphen as a space, and a space between digits and letters ("7in10").
fn spaced(text: &str) -> String {
    let mut out = String::new();
    let mut last: Option<char> = None;
    for c in text.to_lowercase().chars() {
        let c = if c == '-' { ' ' } else { c };
        if let Some(l) = last
            && ((l.is_ascii_digit() && c.is_alphabetic())
                || (l.is_alphabetic() && c.is_ascii_digit()))
        {
            out.push(' ');
        }
        out.push(c);
        last = Some(c);
    }
    out
}

/// "75%", "75 percent", "75 per cent", "66.7 %": a share of a hundred.
fn percentage(text: &str) -> Option<Share> {
    let lower = text.to_lowercase();
    let digits = ["%", "percent", "per cent"]
        .iter()
        .find_map(|sign| lower.strip_suffix(sign))?
        .trim();
    // In digits, or in words ("seventy percent", "thirty-seven and a half per cent").
    let value: f64 = plain(digits).or_else(|| {
        number::read(digits, None)
            .filter(|r| !r.ordinal && !r.fraction)
            .map(|r| r.value)
    })?;
    (value <= 100.0).then_some(Share {
        value: value / 100.0,
        decimals: Some(number::decimals(digits) + 2),
        slip: false,
    })
}

/// "0.75", ".75": a decimal of one, no more than one.
fn decimal(text: &str) -> Option<Share> {
    if !text.contains('.') {
        return None;
    }
    let value = plain(text)?;
    (value <= 1.0).then_some(Share {
        value,
        decimals: Some(number::decimals(text)),
        slip: false,
    })
}

/// Digits with an optional point, nothing else ("66.7", ".75").
fn plain(text: &str) -> Option<f64> {
    let ok = !text.is_empty()
        && text.chars().all(|c| c.is_ascii_digit() || c == '.')
        && text.chars().any(|c| c.is_ascii_digit());
    ok.then(|| text.parse().ok()).flatten()
}

impl Accepted {
    /// A text answer written as a share ("7 in 10") typed as a share: right when it is the same
    /// share, in any form, and wrong when it is another; a slip of its joining word ("2 ouf of
    /// 3") is a spelling slip, refused when `slips` are. `None` when either is no share.
    pub(super) fn by_share(&self, given: &str, slips: bool) -> Option<Match> {
        let spelling = self.forms.first()?;
        let answer = read(spelling)?;
        let Some(typed) = read(given).filter(|t| slips || !t.slip) else {
            // Parts in the plural ("thirds") are more than one part: never a share of one
            // ("to thirds", a slip of "two thirds", is no "a third").
            if let Some(parts) = super::fraction::plural_parts(given) {
                return same_value(answer.value * f64::from(parts), 1.0).then_some(Match::NO);
            }
            // A bare number ("70") is no share ("7 in 10", whose "70%" keys as "70"), unless the
            // question asks a percentage.
            let bare = number::read(given, None).is_some_and(|r| !r.fraction && !r.ordinal);
            return (bare && !self.asks_a_percentage()).then_some(Match::NO);
        };
        Some(match (same(answer, typed), typed.slip) {
            (true, false) => Match::Exact,
            (true, true) => Match::Slip {
                spelling: spelling.clone(),
                edits: 1,
            },
            (false, _) => Match::NO,
        })
    }

    /// Whether the question's words ask a percentage ("what percentage", "per cent").
    fn asks_a_percentage(&self) -> bool {
        let asked = &self.context.asked;
        asked
            .iter()
            .any(|w| matches!(w.as_str(), "percent" | "percentage" | "pct"))
            || asked.windows(2).any(|w| w[0] == "per" && w[1] == "cent")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::AnswerType;

    fn same_as(answer: &str, typed: &str) -> bool {
        let answer = read(answer).expect(answer);
        read(typed).is_some_and(|t| same(answer, t))
    }

    #[test]
    fn ratios_are_read_in_every_phrasing() {
        for text in [
            "3 in 8",
            "three in eight",
            "3 out of 8",
            "three out of eight",
            "3 in every 8",
            "3in8",
            "three-in-eight",
            "Three In Eight",
            "about 3 in 8",
        ] {
            assert_eq!(read(text).map(|s| s.value), Some(0.375), "{text}");
        }
        for text in ["3 ot of 8", "3 outt of 8", "3 oat of 8"] {
            let share = read(text).expect(text);
            assert!(share.value == 0.375 && share.slip, "{text}");
        }
        assert!(read("3 in 8").is_some_and(|s| !s.slip));
        for text in [
            "3 of 8",
            "3 top of 8",
            "8 in 3",
            "3 in 0",
            "3rd in 8",
            "3 in",
            "in 8",
            "3 and 8",
            "3 in 8 cars",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }

    /// Parts in the plural are more than one part, whatever words come with them.
    #[test]
    fn plural_parts_are_no_share_of_one_part() {
        let third = Accepted::new(AnswerType::Thing, vec!["a third".into(), "1/3".into()]);
        for typed in ["to thirds", "thirds", "the thirds"] {
            assert_eq!(third.by_share(typed, true), Some(Match::NO), "{typed}");
        }
        assert_eq!(third.by_share("a third", true), Some(Match::Exact));
        // Two parts of three in the plural are left to the other rules, as before.
        let two = Accepted::new(AnswerType::Thing, vec!["two thirds".into()]);
        assert_eq!(two.by_share("to thirds", true), None);
    }

    #[test]
    fn a_share_counts_by_its_value() {
        for typed in [
            "6 out of 16",
            "3/8",
            "37.5%",
            "37.5 percent",
            "37.5 per cent",
            "0.375",
            ".375",
        ] {
            assert!(same_as("three in eight", typed), "{typed}");
        }
        for typed in ["5 in 8", "3 in 9", "8 in 3", "38.5%", "3.75%", "0.3", "3/4"] {
            assert!(!same_as("three in eight", typed), "{typed}");
        }
    }

    #[test]
    fn a_rounded_share_counts_only_when_rounded_alike_to_a_whole_percent() {
        // One in six is 16.67%.
        for typed in ["17%", "16.7%", "0.17", "0.167"] {
            assert!(same_as("one in six", typed), "{typed}");
        }
        for typed in ["16%", "0.2", "20%", "0.16", "1 in 5"] {
            assert!(!same_as("one in six", typed), "{typed}");
        }
        assert!(same_as("2 in 10", "0.2"), "exact, though to one decimal");
    }

    #[test]
    fn a_percentage_in_words_is_a_share_and_a_bare_number_is_none() {
        for typed in [
            "thirty percent",
            "Thirty per cent",
            "thirty %",
            "about thirty percent",
        ] {
            assert!(same_as("3 in 10", typed), "{typed}");
        }
        for typed in ["thirty-one percent", "three percent", "thirtieth percent"] {
            assert!(!same_as("3 in 10", typed), "{typed}");
        }
        // The alias "30%" keys as "30": a bare "30" is still no share of 3 in 10 ...
        let share = Accepted::new(AnswerType::Thing, vec!["3 in 10".into(), "30%".into()]);
        for wrong in ["30", "thirty", "3", "10"] {
            assert_eq!(share.judge(wrong, false), Match::NO, "{wrong}");
        }
        assert!(share.matches("thirty percent") && share.matches("30%"));
        // ... unless the question asks a percentage.
        let mut asked = share.clone();
        asked.context.asked = ["what", "percentage", "of", "riders"]
            .map(String::from)
            .to_vec();
        assert!(asked.matches("30") && !asked.matches("31"));
    }
}
