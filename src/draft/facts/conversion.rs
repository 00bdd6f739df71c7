//! A value beside its conversion in brackets ("10,000 feet (3,050 metres)", "€30 billion ($35
//! billion)", "about a mile (1.6km)"): whichever of the two is blanked, the other gives it away
//! (issue 15's second audit). The value before the bracket is asked with the bracket left out
//! of its statement; the value in the bracket with the value before it and the bracket's marks
//! left out ("descended to _____ metres in about four minutes"). The evidence keeps the sentence
//! as the article has it. A currency's conversion goes the same way: a rate of exchange is no
//! secret, and a false version ("€40 billion ($35 billion)") shows itself.

use std::ops::Range;

use super::super::paragraph::Paragraph;
use super::super::value::{Class, Found, Hedge, is_function_word};
use crate::model::hedge::APPROXIMATE;

/// The most words of unit between a value and its bracket, or after the value in the bracket.
const UNIT_WORDS: usize = 3;

/// The bytes of `p`'s text that the statement for `f` leaves out: none when `f` is beside no
/// conversion, and `None` when the statement cannot be made fair.
pub(super) fn cuts(p: &Paragraph, all: &[Found], f: &Found) -> Option<Vec<Range<usize>>> {
    if !numeric(f.class) {
        return Some(Vec::new());
    }
    let s = p.sentence(f.sentence);
    let text = p.text;
    // "_____ feet (3,050 metres)": the bracket goes, with the space before it.
    if let Some(bracket) = bracket_after(text, f.slot.end, s.end) {
        let start = text[..bracket.start].trim_end().len();
        let cut: Range<usize> = start..bracket.end;
        return Some(Vec::from([cut]));
    }
    // "10,000 feet (_____ metres)": what the bracket converts goes, and the bracket's marks,
    // where words follow the bracket in its clause ("… (_____ metres) in about four minutes"):
    // they say what the value is of. A bracket that closes its clause or sentence ("… cost 4.6
    // million pula ($_____).") is not asked: the statement would end on a bare blank that the
    // article's words no longer place.
    let Some(bracket) = bracket_around(text, &f.slot, &s) else {
        return Some(Vec::new());
    };
    let words_follow = text[bracket.end..s.end]
        .trim_start()
        .starts_with(char::is_alphanumeric);
    if let Some(g) = converted(text, all, f, bracket.start) {
        // Inside a quotation, cutting words would misquote the speaker (review 173).
        let lead = text[..g.slot.start]
            .rfind(char::is_whitespace)
            .map_or(0, |i| i + 1);
        let fair = !g.quoted && !f.quoted;
        return (words_follow && fair)
            .then(|| vec![lead..bracket.start + 1, bracket.end - 1..bracket.end]);
    }
    // "about a mile (_____km)": one of a unit, in words, is no value a statement can leave out.
    let before: Vec<&str> = text[s.start..bracket.start].split_whitespace().collect();
    let one = before.len() >= 2
        && matches!(
            before[before.len() - 2].to_lowercase().as_str(),
            "a" | "an" | "one"
        )
        && before[before.len() - 1].chars().all(char::is_alphabetic);
    if one { None } else { Some(Vec::new()) }
}

/// The value `f` converts when it stands unhedged in that value's bracket ("16 feet" of "up to
/// 16 feet (4.9 meters)"): its hedge and a bound's side are `f`'s too ("more than 10,000 feet
/// (3,050 metres)" is more than 3,050 metres: never asked as exact, or a nudged "more than 3,040
/// metres" would be called false; review 173).
pub(super) fn source<'a>(p: &Paragraph, all: &'a [Found], f: &Found) -> Option<&'a Found> {
    if !numeric(f.class) || f.hedge != Hedge::Exact {
        return None;
    }
    let s = p.sentence(f.sentence);
    bracket_around(p.text, &f.slot, &s).and_then(|b| converted(p.text, all, f, b.start))
}

/// Numbers and amounts are what conversions are written of; a percentage in brackets is a
/// share ("12,410 votes (34.9%)"), not the same amount again.
fn numeric(class: Class) -> bool {
    matches!(class, Class::Number | Class::Money)
}

/// A conversion's bracket right after a value ending at `from` ("feet (3,050 metres)"): a few
/// words of unit without digits or marks, then a bracket that holds a value and its unit. The
/// range runs from "(" to ")" included.
fn bracket_after(text: &str, from: usize, end: usize) -> Option<Range<usize>> {
    let rest = &text[from..end];
    let open = rest.find('(')?;
    if !unit_words(&rest[..open]) {
        return None;
    }
    let inside_start = from + open + 1;
    let close = inside_start + text[inside_start..end].find(')')?;
    converts(&text[inside_start..close]).then_some(from + open..close + 1)
}

/// The bracket `slot` stands in, when it holds a value and its unit only.
fn bracket_around(text: &str, slot: &Range<usize>, s: &Range<usize>) -> Option<Range<usize>> {
    let open = s.start + text[s.start..slot.start].rfind('(')?;
    let close = slot.end + text[slot.end..s.end].find(')')?;
    if text[open + 1..close].contains(['(', ')']) {
        return None;
    }
    converts(&text[open + 1..close]).then_some(open..close + 1)
}

/// The value a bracket at `open` converts: a value of the sentence other than `f` ending a few
/// words of unit before it.
fn converted<'a>(text: &str, all: &'a [Found], f: &Found, open: usize) -> Option<&'a Found> {
    all.iter().find(|g| {
        g.paragraph == f.paragraph
            && g.sentence == f.sentence
            && g.slot != f.slot
            && numeric(g.class)
            && g.slot.end <= open
            && unit_words(&text[g.slot.end..open])
    })
}

/// A few words of unit, or none: no digits, no marks that end a clause or open a quotation.
fn unit_words(text: &str) -> bool {
    text.split_whitespace().count() <= UNIT_WORDS
        && !text.contains(|c: char| {
            c.is_ascii_digit() || matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“' | '”')
        })
}

/// Whether the inside of a bracket is a value and its unit only ("3,050 metres", "about
/// $680,000", "US$1.4bn"): perhaps a word of approximation, then a digit or a currency's sign
/// (with the letters that say whose), then a few words of unit. A score or a record ("71-58")
/// and a list are no conversion.
fn converts(inside: &str) -> bool {
    let inside = inside.trim();
    let first = inside.split_whitespace().next().unwrap_or("");
    let core = if APPROXIMATE
        .iter()
        .any(|h| h.len() == 1 && h[0].eq_ignore_ascii_case(first))
    {
        inside[first.len()..].trim_start()
    } else {
        inside
    };
    // Letters that say whose currency: "US$1.4bn", "Rs 9,900 crore".
    let code = core.split_whitespace().next().unwrap_or("");
    let core = if code.len() <= 3
        && code.starts_with(char::is_uppercase)
        && code.chars().all(char::is_alphabetic)
        && code != core
    {
        core[code.len()..].trim_start()
    } else {
        core
    };
    let figure = core.trim_start_matches(|c: char| c.is_ascii_uppercase());
    let opens = figure
        .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£' | '¥' | '₹'));
    let number_end = figure.find(char::is_whitespace).unwrap_or(figure.len());
    let (number, unit) = figure.split_at(number_end);
    // A unit joined by a hyphen ("904-pound", "94-mile-per-hour") is a unit; "71-58" is a score.
    let number = match number.split_once(['-', '–']) {
        Some((n, joined))
            if joined.starts_with(char::is_alphabetic)
                && joined.chars().all(|c| c.is_alphabetic() || c == '-') =>
        {
            n
        }
        _ => number,
    };
    let share = number.contains('%') || unit.trim_start().starts_with("per");
    // A bare figure ("(2019)", "(FY2023)", "(Q3)") says which, not how much again; a unit of
    // small words ("12 of them children", "£2m a year") says something else (review 173).
    let bare = unit.trim().is_empty()
        && figure.starts_with(|c: char| c.is_ascii_digit())
        && figure[..number_end]
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.'));
    let small_words = unit
        .split_whitespace()
        .any(|w| is_function_word(&w.to_lowercase()));
    opens
        && !share
        && !bare
        && !small_words
        && !number.contains(['-', '–', '/'])
        && number.chars().any(|c| c.is_ascii_digit())
        && unit_words(unit)
        && !unit.contains(['-', '–', '/'])
}

#[cfg(test)]
mod tests {
    use crate::draft::draft_all;
    use crate::model::{Fact, SLOT};

    fn facts(text: &str) -> Vec<Fact> {
        draft_all(text).facts
    }

    #[track_caller]
    fn statement(facts: &[Fact], answer: &str) -> String {
        facts
            .iter()
            .find(|f| f.answer.as_str() == answer)
            .unwrap_or_else(|| panic!("no fact answers {answer}: {facts:?}"))
            .statement
            .to_string()
    }

    #[test]
    fn a_blanked_value_is_asked_without_its_conversion() {
        // A wrong program blanks "2,400" and keeps "(730 metres)" beside it, or blanks "730" and
        // keeps "2,400 feet" before it: either converts to the other.
        let text = "The balloon rose to 2,400 feet (730 metres) over the Tarn valley before its 14 passengers landed.";
        let all = facts(text);
        assert_eq!(
            statement(&all, "2,400"),
            format!(
                "The balloon rose to {SLOT} feet over the Tarn valley before its 14 passengers landed."
            )
        );
        assert_eq!(
            statement(&all, "730"),
            format!(
                "The balloon rose to {SLOT} metres over the Tarn valley before its 14 passengers landed."
            )
        );
        // Another value of the sentence is asked with the sentence as the article has it.
        assert!(statement(&all, "14").contains("2,400 feet (730 metres)"));
    }

    #[test]
    fn a_conversion_of_a_hedged_value_is_hedged_and_a_quoted_one_not_asked() {
        // A wrong program asks "more than _____ metres" as exact: "more than 3,040 metres" would
        // be called false. In a quotation, cutting words would misquote the speaker.
        let all = facts(
            "The crew climbed to more than 10,000 feet (3,050 metres) before the 14 passengers were told.",
        );
        let metres = all.iter().find(|f| f.answer.contains("3,050"));
        assert!(metres.is_some_and(|f| !f.exclusive), "{all:?}");
        assert!(all.iter().any(|f| f.answer.contains("14") && f.exclusive));
        let all = facts(
            "“We were at 9,000 feet (2,740 metres) when it went,” the pilot, Rhys Calder, told 40 reporters.",
        );
        assert!(!all.iter().any(|f| f.answer.contains("2,740")), "{all:?}");
    }

    #[test]
    fn a_bracket_that_says_something_else_stays() {
        // A wrong program reads these brackets as conversions and cuts them from the statement.
        let all = facts("The blast killed 40 people (12 of them children) in the Varo market.");
        assert!(statement(&all, "40").contains("(12 of them children)"));
        let all = facts("The council will close 31 libraries (£2m a year) under the Aldwick plan.");
        assert!(statement(&all, "31").contains("(£2m a year)"));
        let all = facts("The plant built 7,400 tractors (2019) and then shut for a refit.");
        assert!(statement(&all, "7,400").contains("(2019)"));
    }

    #[test]
    fn a_currency_conversion_and_a_hedged_one_go_the_same_way() {
        let text = "The ministry will lend the port authority €640 million (about $700 million) over nine years.";
        let all = facts(text);
        let euros = all.iter().find(|f| f.answer.contains("640")).unwrap();
        assert!(!euros.statement.contains('('), "{}", euros.statement);
        let dollars = all.iter().find(|f| f.answer.contains("700")).unwrap();
        assert!(!dollars.statement.contains("640"), "{}", dollars.statement);
        assert!(
            dollars.statement.contains("authority about"),
            "{}",
            dollars.statement
        );
        // A conversion that closes its sentence is not asked.
        let all = facts("The repairs cost 2.2 million pesos ($38,000).");
        assert!(all.iter().all(|f| !f.answer.contains("38,000")), "{all:?}");
        assert!(all.iter().any(|f| f.answer.contains("2.2")), "{all:?}");
    }

    #[test]
    fn a_unit_joined_by_a_hyphen_and_a_currencys_letters_convert_too() {
        let all = facts("Crews lowered a 12-tonne (26,000-pound) turbine onto the barge.");
        assert!(!statement(&all, "12").contains("26,000"));
        // A unit of hyphened words.
        let all = facts("He threw a 152-kilometer-per-hour (94-mile-per-hour) fastball to win.");
        assert!(!statement(&all, "152").contains("94"), "{all:?}");
        let all = facts("The startup was valued at $2.4 billion (around Rs 20,000 crore) in May.");
        let dollars = all.iter().find(|f| f.answer.contains("2.4")).unwrap();
        assert!(
            !dollars.statement.contains("20,000"),
            "{}",
            dollars.statement
        );
    }

    #[test]
    fn a_share_in_brackets_is_no_conversion() {
        let text = "Mira Sand won 12,410 votes (34.9%) in the Kelso ward.";
        let all = facts(text);
        assert!(statement(&all, "12,410").contains("(34.9%)"));
        assert!(all.iter().any(|f| f.answer.contains("34.9")), "{all:?}");
    }

    #[test]
    fn one_of_a_unit_in_words_leaves_its_conversion_unasked() {
        let text = "The depot sits about a mile (1.6km) north of the harbour and opened in 1974.";
        let all = facts(text);
        assert!(all.iter().all(|f| f.answer.as_str() != "1.6"), "{all:?}");
        assert!(all.iter().any(|f| f.answer.as_str() == "1974"));
    }

    #[test]
    fn a_bracket_that_converts_nothing_stays() {
        // A record and a list in brackets are no conversion.
        let text = "The Hawks (31-12) beat the Owls by 14 points (the most since 2011) on Friday.";
        let all = facts(text);
        assert!(statement(&all, "14").contains("(the most since 2011)"));
    }
}
