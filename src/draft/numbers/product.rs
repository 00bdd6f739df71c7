//! Product model numbers (#15): "the Vale 3 Pro", "Android 16", "Samsung's Galaxy Z Fold 7".
//! CONVENTIONS.md keys no model number; drafted, "the Vale {answer} lineup" asks nothing a
//! reader of the article checks.

use std::collections::HashSet;

use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;

/// Words after a model's number that say it is a product's: "Vale 3 *Pro*", "Vale 3 *Fold*".
const SUFFIXES: &[&str] = &[
    "pro", "plus", "ultra", "mini", "lite", "fold", "flip", "edge", "max", "neo", "se", "xl",
];

/// Names of products and platforms whose number is a version, not a value: "Android 16",
/// "Galaxy Z Fold 7", "Orrin OS 6"; not "Galaxy", a side's name too ("LA Galaxy 3", third
/// reader).
const PLATFORMS: &[&str] = &[
    "android",
    "ios",
    "ipados",
    "macos",
    "watchos",
    "windows",
    "os",
    "iphone",
    "ipad",
    "pixel",
    "playstation",
    "xbox",
    "snapdragon",
    "fold",
    "flip",
];

/// The product names of an article that a model number follows: a capitalised word before a
/// number before a product's word ("Vale 3 Pro"), in lower case with the number as written.
#[derive(Debug, Default)]
pub struct Products {
    models: HashSet<(String, String)>,
}

impl Products {
    pub fn of(paragraphs: &[Paragraph]) -> Products {
        let mut models = HashSet::new();
        for p in paragraphs {
            for i in 1..p.tokens.len() {
                if model_at(p, i).is_some()
                    && let Some(name) = name_before(p, i)
                {
                    models.insert((name, p.text_of(i).to_owned()));
                }
            }
        }
        Products { models }
    }

    /// Whether the number at token `i` is a product's model number: after a product the
    /// article names with a model's word ("the regular Vale 3" beside "the Vale 3 Pro"), or
    /// after a platform's name ("Android 16").
    pub fn model(&self, p: &Paragraph, i: usize) -> bool {
        name_before(p, i).is_some_and(|name| {
            PLATFORMS.contains(&name.as_str())
                || self.models.contains(&(name, p.text_of(i).to_owned()))
        })
    }
}

/// The capitalised word right before the whole number at token `i`, in lower case.
fn name_before(p: &Paragraph, i: usize) -> Option<String> {
    let number = p.tokens.get(i).is_some_and(|t| t.kind == Kind::Number)
        && p.text_of(i).chars().all(|c| c.is_ascii_digit())
        && p.text_of(i).len() <= 3;
    // "iPhone 16", "iOS 18": a brand written with a capital inside (third reader).
    let camel = |k: usize| {
        let w = p.text_of(k);
        w.starts_with(char::is_lowercase) && w.chars().skip(1).any(char::is_uppercase)
    };
    (number && i > 0 && (p.capitalised(i - 1) || camel(i - 1)) && !p.is_glued(i))
        .then(|| p.word(i - 1))
        .flatten()
}

/// The model's word after the number at token `i` when a product's name, its number and the
/// word stand there ("pro" of "the Vale 3 Pro"), in lower case.
pub fn model_at(p: &Paragraph, i: usize) -> Option<String> {
    name_before(p, i)?;
    let word = p.word(i + 1)?;
    (p.capitalised(i + 1) && SUFFIXES.contains(&word.as_str())).then_some(word)
}
