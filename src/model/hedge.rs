//! Words that hedge a number ("about 7,700", "more than 48,000"): one list for the drafter, which
//! finds them around a value in an article, and for the generator, which keeps the hedge a fact's
//! statement puts before its answer in the answer line.

use super::SLOT;

/// Words that make a number approximate: a neighbouring value is not clearly wrong.
pub const APPROXIMATE: [&[&str]; 15] = [
    &["about"],
    &["around"],
    &["roughly"],
    &["approximately"],
    &["nearly"],
    &["almost"],
    &["some"],
    &["estimated"],
    &["circa"],
    &["close", "to"],
    &["just", "over"],
    &["just", "under"],
    &["approx"],
    &["an", "estimated"],
    &["near"],
];

/// Words that bound a number: a smaller (or larger) value is true as well.
pub const BOUND: [&[&str]; 23] = [
    &["more", "than"],
    &["over"],
    &["at", "least"],
    &["up", "to"],
    &["fewer", "than"],
    &["less", "than"],
    &["under"],
    &["below"],
    &["above"],
    &["as", "many", "as"],
    &["as", "much", "as"],
    &["as", "few", "as"],
    &["upwards", "of"],
    &["at", "most"],
    &["exceeding"],
    &["within"],
    // A bound denied is the other bound: "no more than 50" is at most 50.
    &["no", "more", "than"],
    &["not", "more", "than"],
    &["no", "fewer", "than"],
    &["not", "fewer", "than"],
    &["no", "less", "than"],
    &["not", "less", "than"],
    &["no", "later", "than"],
];

/// Of `BOUND`, the words that make the value a ceiling: a larger value is true as well ("fewer
/// than 50" holds of fewer than 80, "within 20 minutes" of within 40, "as few as 12" of as few
/// as 24). After "up to" either side may be read ("waves of up to 16 feet", "it can carry up to
/// 250kg"), so no side is; after the others the value is a floor ("more than 930" holds of more
/// than 470).
pub const CEILING: [&[&str]; 10] = [
    &["fewer", "than"],
    &["less", "than"],
    &["under"],
    &["below"],
    &["at", "most"],
    &["within"],
    &["as", "few", "as"],
    &["no", "more", "than"],
    &["not", "more", "than"],
    &["no", "later", "than"],
];

/// Of `BOUND`, the words after which a value is bounded on a side no reading settles.
pub const EITHER_SIDE: [&[&str]; 1] = [&["up", "to"]];

/// Single words of `BOUND` and `APPROXIMATE` that are prepositions as often as hedges ("spread
/// over 55 cases", "near 10 Downing Street"): the generator does not carry them into an answer
/// line.
const PREPOSITIONS: [&str; 5] = ["over", "under", "below", "above", "near"];

/// The hedge right before the answer's slot in `statement`, in small letters ("about", "more
/// than"); `None` without one, or when it is a lone preposition.
pub fn before_slot(statement: &str) -> Option<String> {
    let before = statement.split(SLOT).next()?;
    let words: Vec<String> = before.split_whitespace().map(str::to_lowercase).collect();
    let ends_with = |phrase: &[&str]| {
        words.len() >= phrase.len()
            && words[words.len() - phrase.len()..]
                .iter()
                .zip(phrase)
                .all(|(a, b)| a == b)
    };
    let mut found: Vec<&[&str]> = BOUND
        .iter()
        .chain(APPROXIMATE.iter())
        .copied()
        .filter(|phrase| ends_with(phrase))
        .filter(|phrase| !(phrase.len() == 1 && PREPOSITIONS.contains(&phrase[0])))
        .collect();
    // The longest phrase that ends there: "an estimated", not "estimated".
    found.sort_by_key(|phrase| std::cmp::Reverse(phrase.len()));
    found.first().map(|phrase| phrase.join(" "))
}

#[cfg(test)]
mod tests {
    use super::before_slot;

    #[test]
    fn the_longest_hedge_before_the_slot_and_no_lone_preposition() {
        let cases = [
            ("About {answer} soldiers.", Some("about")),
            ("It cost an estimated {answer}.", Some("an estimated")),
            ("It lists more than {answer} names.", Some("more than")),
            ("No more than {answer} may enter.", Some("no more than")),
            ("Spread over {answer} cases.", None),
            ("It was {answer}.", None),
        ];
        for (statement, want) in cases {
            assert_eq!(before_slot(statement).as_deref(), want, "{statement}");
        }
    }
}
