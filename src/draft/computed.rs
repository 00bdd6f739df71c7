//! A value its own sentence lets a player work out by arithmetic from the sentence's other values
//! (#15; the fourth and fifth blind audits' "gives away"): "$24.7 million, down 58% from its $58.8
//! million opening" asks the $24.7 million; "38 of the remaining 41" after "three were
//! withdrawn" asks nothing the sum hides. Such a fact is ranked last and never refuted, as a count
//! its sentence counts off.

use super::index::Index;
use super::lexicon::plural_shape;
use super::value::{Class, Found, Value};

/// How close a worked-out value must come to the answer to give it away: a report rounds its
/// figures, so one per cent either way.
const ROUNDING: f64 = 0.01;

/// Whether `all[i]` can be worked out from two other values of its sentence (in `text`, its
/// paragraph's text): their sum or difference (of its own class), or one of them moved by a
/// percentage the sentence gives ("down 58% from $58.8 million"), or, for a percentage, the
/// change from one to the other.
pub fn computed(all: &[Found], index: &Index, i: usize, text: &str) -> bool {
    let f = &all[i];
    let Value::Number(v) = f.value else {
        return false;
    };
    if !matches!(f.class, Class::Number | Class::Money | Class::Percent) || v == 0.0 {
        return false;
    }
    let Some(others) = index.by_sentence.get(&(f.paragraph, f.sentence)) else {
        return false;
    };
    // Each other value with its class and unit: a sum or a difference only of values counted in
    // one unit ("24-year-old", "six years", "18 burglaries" add up to nothing), never of two
    // currencies ("€500 million (£430 million)") (second reader).
    let numbers: Vec<(Class, Option<&str>, f64, &Found)> = others
        .iter()
        .filter(|&&g| g != i && index.keys[g] != index.keys[i])
        .filter_map(|&g| match all[g].value {
            Value::Number(x)
                if matches!(all[g].class, Class::Number | Class::Money | Class::Percent) =>
            {
                Some((all[g].class, all[g].unit.as_deref(), x, &all[g]))
            }
            _ => None,
        })
        .collect();
    let unit = f.unit.as_deref();
    let close = |x: f64| x > 0.0 && (x - v).abs() <= ROUNDING * v.abs();
    for (a, &(ca, ua, x, fa)) in numbers.iter().enumerate() {
        for (b, &(cb, ub, y, fb)) in numbers.iter().enumerate() {
            if a == b {
                continue;
            }
            let counted = |c: Class, u: Option<&str>| c == f.class && u.is_some() && u == unit;
            let alike = f.class != Class::Percent && counted(ca, ua) && counted(cb, ub);
            if alike && (close(x + y) || close(x - y)) {
                return true;
            }
            // "33.9%, against 22.8% ..., a gap of 11.1 percentage points": a gap in points
            // gives either share, and the two shares the gap (the fifth blind audit); "an
            // 11-point lead, on 39% to 28%" too; not "28%, down 3 points since May, with
            // Reform on 25%", a change, nor "12 points, shooting 62% and 50%" (second readers).
            let shares =
                f.class == Class::Percent && ca == Class::Percent && a_gap(text, cb, ub, fb);
            let gap = a_gap(text, f.class, unit, f) && ca == Class::Percent && cb == Class::Percent;
            if (shares && (close(x + y) || close(x - y))) || (gap && close(x - y)) {
                return true;
            }
            // "Of the mission's eight payloads, six are Indian and two come from abroad": a
            // count before its parts, listed after it with no noun of their own, the last after
            // "and" or a comma (the fifth blind audit); not "Hale, 34, and Price, 29, were among 63 arrested", "45 men,
            // aged between 18 and 27", "the 3-2 win" (second reader).
            let listed = fa.slot.start > f.slot.start
                && fb.slot.start > fa.slot.start
                && opens_a_list(text, fa)
                && (word_before(text, fb).as_deref() == Some("and")
                    || text[..fb.slot.start].trim_end().ends_with(','));
            if f.class == Class::Number
                && unit.is_some()
                && part(ca, ua, unit)
                && part(cb, ub, unit)
                && listed
                && close(x + y)
            {
                return true;
            }
            // "down 58% from $58.8 million": an amount moved by the percentage; never one
            // percentage moved by another ("Le Pen 23.2%, Mélenchon 22%", second reader).
            let moved = close(x * (1.0 - y / 100.0)) || close(x * (1.0 + y / 100.0));
            if f.class != Class::Percent && counted(ca, ua) && cb == Class::Percent && moved {
                return true;
            }
            // A percentage: the change from one amount to the other, in one unit.
            if f.class == Class::Percent
                && ca == cb
                && ca != Class::Percent
                && ua.is_some()
                && ua == ub
                && y != 0.0
                && close((x - y).abs() / y * 100.0)
            {
                return true;
            }
        }
    }
    false
}

/// A count a whole is made of: no noun of its own, or the whole's, or a word that is no plural
/// ("two *come* from abroad").
fn part(c: Class, u: Option<&str>, whole: Option<&str>) -> bool {
    c == Class::Number && u.is_none_or(|u| Some(u) == whole || !plural_shape(u))
}

/// Whether `g` is a gap between two shares in percentage points: "a gap of 11.1 percentage
/// points", "an 11.3-point lead", "4 points higher", "11 points ahead of", "The gap between
/// them is 11 points".
fn a_gap(text: &str, c: Class, u: Option<&str>, g: &Found) -> bool {
    const GAP: &[&str] = &["gap", "lead", "margin", "difference"];
    let points = c == Class::Number && matches!(u, Some("points" | "point" | "percentage points"));
    let before: Vec<String> = text[..g.slot.start]
        .split_whitespace()
        .rev()
        .take(7)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let after: Vec<String> = text[g.slot.end..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .map(str::to_lowercase)
        .collect();
    let near = |w: &String| {
        GAP.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "higher" | "lower" | "wider" | "ahead" | "behind" | "clear"
            )
    };
    // A change or a score right before it is no gap: "down 3 points since May", "Curry scored
    // 12 points" (second and fourth readers); "Reform lead by 3 points" is one (fifth reader).
    let changed = before.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "down"
                | "up"
                | "rose"
                | "fell"
                | "gained"
                | "lost"
                | "scored"
                | "dropped"
                | "slipped"
                | "climbed"
                | "added"
        )
    });
    points
        && !changed
        && (before.iter().any(|w| GAP.contains(&w.as_str())) || after.iter().any(near))
}

/// Whether a list opens right before `g`: after a comma, a colon or a dash, or "were",
/// "are", "including", "with".
fn opens_a_list(text: &str, g: &Found) -> bool {
    let before = text[..g.slot.start].trim_end();
    before.ends_with([',', ':', '—', '–'])
        || word_before(text, g)
            .is_some_and(|w| matches!(w.as_str(), "were" | "are" | "including" | "with"))
}

/// The word right before `g`, in lower case.
fn word_before(text: &str, g: &Found) -> Option<String> {
    let before = text[..g.slot.start].trim_end();
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next()?;
    (!word.is_empty() && before.ends_with(word)).then(|| word.to_lowercase())
}
