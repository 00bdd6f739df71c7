//! Whether a glued "m" is metres or millions (#15): "5m (16ft)", "5m long", "her draught from
//! 14.8m to 13.9m", "Waves as high as 8m were recorded" are metres; "$5m", "3.4m people",
//! "Successive Covid waves pushed the list to 7.6m" are millions. Grown over twelve second
//! readers' rounds, who pulled the sea's nouns both ways: metres only where the noun of size
//! holds the figure.

use super::super::super::paragraph::Paragraph;
use super::Kind;

/// Whether the "m" at token `m` is metres: a length in feet or inches follows it in brackets
/// ("5m (16ft)", "5m (16 feet)"), or a word of size ("5m long", "3m high"), or a noun of size
/// comes shortly before it in its sentence ("reducing her draught from 14.8m to 13.9m", "a
/// draught of up to 13.1m") (#15).
pub(super) fn metres(p: &Paragraph, m: usize) -> bool {
    let size = matches!(
        p.word(m + 1).as_deref(),
        Some("long" | "high" | "tall" | "wide" | "deep" | "away" | "across")
    );
    let sentence = p.sentence(p.sentence_of(p.tokens[m].start)).start;
    // Not millions of something: "At the height of the pandemic, 3.4m people", "a draft plan
    // for 1.5m homes", "the length of the list rose to 7.6m" (second reader).
    // Nor "8.9m were furloughed", "1.2m jobless" after the figurative "height" (third reader);
    // "Waves of up to 8m were recorded" stays metres (fourth reader).
    let plural = p.word(m + 1).is_some_and(|w| {
        crate::draft::lexicon::plural_shape(&w) || w == "people" || w == "jobless"
    });
    let verb = p.word(m + 1).is_some_and(|w| {
        matches!(
            w.as_str(),
            "were" | "was" | "are" | "is" | "have" | "had" | "will"
        )
    });
    // "At a depth of 40m divers found", "a length of 400m and a beam of 61m": a noun of size
    // and "of" right before it say metres whatever follows (third reader).
    let of_a_size = m >= 3
        && p.word(m - 2).as_deref() == Some("of")
        && matches!(
            p.word(m - 3).as_deref(),
            Some("depth" | "length" | "height" | "width" | "beam" | "draught" | "altitude")
        );
    let near = |nouns: &[&str]| {
        (m.saturating_sub(8)..m)
            .filter(|&k| p.tokens[k].start >= sentence)
            .any(|k| p.word(k).is_some_and(|w| nouns.contains(&w.as_str())))
    };
    let figurative = near(&["depth", "height", "width"]);
    // Hedges and words of how high or how limited that join a noun of size to its figure.
    let joins = |w: &str| {
        matches!(
            w,
            "of" | "up"
                | "to"
                | "about"
                | "around"
                | "nearly"
                | "almost"
                | "some"
                | "from"
                | "over"
                | "under"
                | "reaching"
                | "peaking"
                | "as"
                | "high"
                | "deep"
                | "tall"
                | "big"
                | "higher"
                | "deeper"
                | "topping"
                | "exceeding"
                | "estimated"
                | "at"
                | "than"
                | "more"
                | "less"
                | "least"
                | "only"
                | "just"
                | "well"
                | "close"
                | "roughly"
                | "approximately"
                | "perhaps"
                | "above"
                | "below"
                | "between"
                | "in"
                | "excess"
                | "limit"
                | "limits"
                | "restriction"
                | "restrictions"
                | "m"
                | "or"
                | "much"
                | "heights"
                | "averaging"
                | "building"
                | "rising"
                | "measuring"
                | "topped"
                | "near"
                | "out"
                | "be"
                | "by"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "is"
                | "was"
                | "were"
                | "are"
                | "reached"
                | "reaches"
                | "measures"
                | "measured"
                | "hit"
                | "hits"
                | "peaked"
                | "so"
                | "that"
        )
    };
    // "waves of strikes", "waves of redundancies": no sea (seventh and eighth readers).
    let waves_of_things = (m.saturating_sub(8)..m).any(|k| {
        matches!(p.word(k).as_deref(), Some("waves" | "wave"))
            && p.word(k + 1).as_deref() == Some("of")
            && p.tokens.get(k + 2).is_some_and(|t| t.kind == Kind::Word)
            && p.word(k + 2).is_some_and(|w| !joins(&w))
    });
    // The noun of size holds the figure through those words, other figures and "and" between
    // figures ("Waves as high as 8m", "Waves of between 6 and 8m", "A height limit of 4.5m";
    // sixth to ninth readers). Only then does a verb after the figure leave it metres: "Covid
    // waves mean 1.2m are waiting", "Beam Suntory said 3.4m were sold" are millions (ninth).
    let attached = (m.saturating_sub(9)..m.saturating_sub(1)).any(|k| {
        p.word(k).is_some_and(|w| {
            matches!(
                w.as_str(),
                "draught" | "beam" | "swell" | "swells" | "waves" | "drifts" | "depth" | "height"
            )
        }) && !waves_of_things
            && (k + 1..m - 1).all(|j| {
                p.tokens[j].kind == Kind::Number
                    || p.word(j).is_some_and(|w| joins(&w))
                    // "and" after a figure; a comma only after one in metres ("at its height in
                    // 2020, 8.9m were" is no range, tenth reader).
                    || (p.word(j).as_deref() == Some("and")
                        && j >= 1
                        && (p.text_of(j - 1) == "m" || p.tokens[j - 1].kind == Kind::Number))
                    || (p.is_mark(j, &[',']) && j >= 1 && p.text_of(j - 1) == "m")
                    // "Her beam, at 61m,": a comma right after the noun.
                    || (p.is_mark(j, &[',']) && j == k + 1)
            })
    });
    // "swell" a verb after "to" or a modal ("continue to swell to 7.6m", "could swell to"), a
    // noun after an article or an adjective ("A northwesterly swell to 4m", ninth reader) or
    // before "of" ("due to swell of up to 5m"); "swells to 6m are forecast" the sea's, "The
    // crowd swells by 1.2m" not (seventh to ninth readers).
    let swelled = (m.saturating_sub(8)..m).any(|k| {
        let next = p.word(k + 1);
        match p.word(k).as_deref() {
            Some("swell") => {
                let before = p.word(k.wrapping_sub(1));
                let modal = matches!(
                    before.as_deref(),
                    Some("could" | "will" | "may" | "would" | "might" | "can")
                );
                // "Crowds swell by 1.2m", "Visitor numbers swell to 1.2m" (tenth reader).
                let plural_before = before
                    .as_deref()
                    .is_some_and(crate::draft::lexicon::plural_shape);
                // Not after an article: "a swell by Thursday of up to 6m" (eleventh reader).
                let article = matches!(before.as_deref(), Some("a" | "an" | "the" | "this"));
                modal
                    || (!article && matches!(next.as_deref(), Some("by" | "past" | "beyond")))
                    || ((before.as_deref() == Some("to") || plural_before)
                        && (next.as_deref() == Some("to") || p.is_mark(k + 1, &[','])))
            }
            Some("swells") => {
                next.as_deref() == Some("by") || (next.as_deref() == Some("to") && !verb)
            }
            _ => false,
        }
    });
    // Metres only where the sea's or the ship's noun holds the figure (the twelfth reader: a
    // noun merely near it, "Covid waves pushed the NHS waiting list to 7.6m", measures
    // nothing); a figurative height before no verb stays as it was.
    let measured = !plural && !swelled && (attached || (figurative && !verb));
    let feet = |k: usize| {
        matches!(
            p.word(k).as_deref(),
            Some("ft" | "feet" | "foot" | "in" | "inches")
        )
    };
    let converted = p.is_mark(m + 1, &['('])
        && p.tokens.get(m + 2).is_some_and(|t| t.kind == Kind::Number)
        && feet(m + 3);
    size || converted || measured || of_a_size
}
