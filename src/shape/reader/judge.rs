//! Whether a value read is what the shape asks at its place, and the mistake when it is not.

use super::{Reader, Want};
use crate::shape::mistake::{Found, Mistake};
use crate::shape::spec::Shape;
use crate::shape::suggest;

impl Reader<'_> {
    /// Notes a mistake when a value is not what `want` asks.
    pub(super) fn check(&mut self, at: usize, want: Want, found: Found) {
        if let Some(mistake) = self.judge(want, &found) {
            self.report(at, mistake);
        }
    }

    /// Whether a value (an object or a list as it opens) is what `want` asks, and if not why.
    pub(super) fn judge(&self, want: Want, found: &Found) -> Option<Mistake> {
        let field = want.field?;
        if *found == Found::Null && field.nullable && !want.item {
            return None;
        }
        let mistake = match (want.shape, found) {
            (Shape::Any, _)
            | (Shape::Text, Found::Text(_))
            | (Shape::Bool, Found::Bool(_))
            | (Shape::TextOrNumber, Found::Text(_))
            | (Shape::Object(_), Found::Object)
            | (Shape::List(_), Found::List) => return None,
            (Shape::Number | Shape::TextOrNumber, Found::Number(written)) => {
                if written.parse::<f64>().is_ok_and(f64::is_finite) {
                    return None;
                }
                Mistake::TooLarge(written.clone())
            }
            (Shape::Whole { min, max }, Found::Number(written)) => {
                // serde_json reads "-0" as a floating point number, never as a whole one.
                let whole = !written.contains(['.', 'e', 'E']) && written != "-0";
                match written.parse::<i128>() {
                    Ok(n) if whole && n >= i128::from(*min) && n <= i128::from(*max) => {
                        return None;
                    }
                    _ => Mistake::BadWhole {
                        field,
                        written: written.clone(),
                        item: want.item,
                    },
                }
            }
            (Shape::OneOf { values, .. }, found) => {
                let suggestion = match found {
                    Found::Text(text) if values.contains(&text.as_str()) => return None,
                    Found::Text(text) => suggest(text, values.iter().copied()),
                    _ => None,
                };
                Mistake::UnknownValue {
                    field,
                    found: found.clone(),
                    suggestion,
                }
            }
            _ => Mistake::WrongType {
                field,
                found: found.clone(),
                item: want.item,
            },
        };
        Some(mistake)
    }
}
