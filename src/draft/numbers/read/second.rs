//! Whether "second" is the ordinal (a position, the one after the first) or the unit of time. A
//! second of time is counted: "a second", "one second", "per second", "a full second quicker". The
//! ordinal stands where no count can: after a possessive ("Lind's second stop"), after a word
//! that places a finisher with nothing between ("finished second", "settled for second", "up to
//! second in the standings"), or between an adjective and a noun ("a slow second stop").

use super::super::super::paragraph::Paragraph;
use super::super::super::tokens::Kind;
use super::super::super::value;

/// Whether the "second" at token `i` is the ordinal by one of the readings above.
pub(super) fn an_ordinal(
    p: &Paragraph,
    i: usize,
    before: Option<&str>,
    after: Option<&str>,
) -> bool {
    let hyphen = p.is_mark(i + 1, &['-']) && p.is_glued(i + 1);
    (!hyphen
        && (possessive_before(p, i) || placed(p, i, before, after) || between(p, i, before, after)))
        || (hyphen && a_rank(p, i))
}

/// "second-tier", "second-division", "second-placed", "second-largest": "second" hyphened to a
/// word of a rank or a league, or a superlative, is the ordinal, whatever stands before it (a
/// second of time is never so joined: "a 30-second clip" has its count before).
fn a_rank(p: &Paragraph, i: usize) -> bool {
    let Some(word) = p.word(i + 2).filter(|_| p.is_glued(i + 2)) else {
        return false;
    };
    let superlative = word.len() > 5 && word.ends_with("est");
    superlative
        || matches!(
            word.as_str(),
            "tier" | "division" | "placed" | "ranked" | "seeded" | "round" | "largest" | "biggest"
        )
}

/// "Lind's second", "the drivers' second": the word before ends with an apostrophe and "s", or
/// with an "s" and an apostrophe.
fn possessive_before(p: &Paragraph, i: usize) -> bool {
    let Some(k) = i.checked_sub(1) else {
        return false;
    };
    let word = p.text_of(k);
    let inside = p.tokens[k].kind == Kind::Word
        && ["'s", "\u{2019}s", "s'", "s\u{2019}"]
            .iter()
            .any(|end| word.len() > end.len() && word.ends_with(end));
    // "riders’" with the apostrophe a token of its own.
    let after = k > 0
        && p.is_mark(k, &['\'', '\u{2019}'])
        && p.is_glued(k)
        && p.tokens[k - 1].kind == Kind::Word
        && p.text_of(k - 1).ends_with('s');
    inside || after
}

/// "finished second", "came second overall", "settled for second,", "up to second in the
/// championship", "from second to fourth": a position, right after a word that places a
/// finisher and before the end of the phrase or a word that says where.
fn placed(p: &Paragraph, i: usize, before: Option<&str>, after: Option<&str>) -> bool {
    let placing = matches!(
        before,
        Some(
            "finished"
                | "finish"
                | "finishes"
                | "finishing"
                | "came"
                | "come"
                | "comes"
                | "placed"
                | "ranked"
                | "ranks"
                | "qualified"
                | "qualifies"
                | "started"
                | "starts"
                | "to"
                | "from"
                | "for"
                // "Australia was second in 3:37.65", "is second with 17" (#15).
                | "was"
                | "is"
                | "were"
                | "are"
        )
    );
    let ends =
        p.tokens.get(i + 1).is_none_or(|t| t.kind == Kind::Mark) && !p.is_mark(i + 1, &['-']);
    // "came second with 21.7 percent": what the finisher got follows "with".
    let where_ = matches!(
        after,
        Some("in" | "on" | "at" | "overall" | "behind" | "to" | "place" | "position" | "with")
    );
    // After a verb "to be", only a place in a race or a table: "was second in 3:37.65", "is
    // second with 17", "was second behind Ruiz"; not "is second to none", "was second in
    // command" (a figure of speech).
    let be = matches!(before, Some("was" | "is" | "were" | "are"));
    let where_ = where_
        && (!be
            || match after {
                Some("in") => p.tokens.get(i + 2).is_some_and(|t| t.kind == Kind::Number),
                Some("with" | "behind" | "overall") => true,
                _ => false,
            });
    placing && (ends || where_)
}

/// "a slow second stop", "their crucial second goal": an adjective between "a" (or "the", "his",
/// ...) and "second", a noun after it. No word that counts time before ("a split second", "a
/// full second", "an extra second") and no comparison or gap after ("quicker", "behind").
fn between(p: &Paragraph, i: usize, before: Option<&str>, after: Option<&str>) -> bool {
    let (Some(adjective), Some(noun)) = (before, after) else {
        return false;
    };
    let opens = i.checked_sub(2).and_then(|k| p.word(k)).is_some_and(|w| {
        matches!(
            w.as_str(),
            "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
        )
    });
    let timed = matches!(
        adjective,
        "split"
            | "full"
            | "mere"
            | "whole"
            | "single"
            | "extra"
            | "further"
            | "additional"
            | "precious"
            | "spare"
            | "only"
            | "tenth"
            | "hundredth"
            | "thousandth"
    );
    let gap = noun.ends_with("er")
        || matches!(
            noun,
            "behind"
                | "ahead"
                | "clear"
                | "off"
                | "down"
                | "up"
                | "back"
                | "adrift"
                | "lead"
                | "gap"
                | "margin"
                | "per"
                | "a"
                | "an"
        );
    let lower = |k: usize| {
        p.tokens.get(k).is_some_and(|t| t.kind == Kind::Word)
            && p.text_of(k).starts_with(char::is_lowercase)
    };
    opens
        && lower(i - 1)
        && lower(i + 1)
        && !value::is_function_word(adjective)
        && !value::is_function_word(noun)
        && number_free(adjective)
        && !timed
        && !gap
}

/// Whether a word is no number word ("a first second" is nothing a reader would write).
fn number_free(word: &str) -> bool {
    crate::check::number::read(word, None).is_none()
}
