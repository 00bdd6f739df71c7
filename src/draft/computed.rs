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

/// Whether `all[i]` can be worked out from two other values of its sentence: their sum or
/// difference (of its own class), or one of them moved by a percentage the sentence gives ("down
/// 58% from $58.8 million"), or, for a percentage, the change from one to the other.
pub fn computed(all: &[Found], index: &Index, i: usize) -> bool {
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
    let numbers: Vec<(Class, Option<&str>, f64)> = others
        .iter()
        .filter(|&&g| g != i && index.keys[g] != index.keys[i])
        .filter_map(|&g| match all[g].value {
            Value::Number(x)
                if matches!(all[g].class, Class::Number | Class::Money | Class::Percent) =>
            {
                Some((all[g].class, all[g].unit.as_deref(), x))
            }
            _ => None,
        })
        .collect();
    let unit = f.unit.as_deref();
    let close = |x: f64| x > 0.0 && (x - v).abs() <= ROUNDING * v.abs();
    // "33.9%, against 22.8% ..., a gap of 11.1 percentage points": a share and a gap in points
    // give the other share, two shares their gap (the fifth blind audit).
    let points = |c: Class, u: Option<&str>| {
        c == Class::Number && matches!(u, Some("points" | "point" | "percentage points"))
    };
    // "Of the mission's eight payloads, six are Indian and two come from abroad": a count is the
    // sum of its parts counted after it with no noun of their own (the fifth blind audit); "a
    // 24-year-old ... six years ... 18 burglaries" count other things.
    let part = |c: Class, u: Option<&str>| {
        c == Class::Number && u.is_none_or(|u| Some(u) == unit || !plural_shape(u))
    };
    for (a, &(ca, ua, x)) in numbers.iter().enumerate() {
        for (b, &(cb, ub, y)) in numbers.iter().enumerate() {
            if a == b {
                continue;
            }
            let counted = |c: Class, u: Option<&str>| c == f.class && u.is_some() && u == unit;
            let alike = f.class != Class::Percent && counted(ca, ua) && counted(cb, ub);
            if alike && (close(x + y) || close(x - y)) {
                return true;
            }
            let shares = f.class == Class::Percent && ca == Class::Percent && points(cb, ub);
            let gap = points(f.class, unit) && ca == Class::Percent && cb == Class::Percent;
            if (shares && (close(x + y) || close(x - y))) || (gap && close(x - y)) {
                return true;
            }
            let counted_off = f.class == Class::Number && unit.is_some();
            if counted_off && part(ca, ua) && part(cb, ub) && close(x + y) {
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
