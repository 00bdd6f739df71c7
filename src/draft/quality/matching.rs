//! Whether a drafted fact is a key entry: the same paragraph, type and value, at the same place
//! in the paragraph.

use super::read::{calendar, duration, fraction, is_duration, key_date, time, time_of};
use super::{KeyEntry, kind_of};
use crate::check::number;
use crate::model::{Fact, SLOT};
use crate::normalize;

/// Whether `fact` drafts `entry`: `None` if not, `Some(true)` if it drafts the entry as the key
/// means it, `Some(false)` if it is right about only the region of a place ("Ohio" of "Dayton,
/// Ohio"), which counts for precision but not for recall.
pub(super) fn matches(fact: &Fact, entry: &KeyEntry, text: &[String]) -> Option<bool> {
    if !fact.paragraphs.contains(&entry.paragraph) || kind_of(fact) != entry.kind {
        return None;
    }
    let paragraph = text.get((entry.paragraph as usize).checked_sub(1)?)?;
    if same_value(fact, entry) {
        // Where the key's text stands, or where an answer written around it stands: "2026-27"
        // blanked whole holds the key's "27".
        let written = forms(fact)
            .filter(|form| form.len() > entry.text.len() && form.contains(entry.text.as_str()));
        let here = std::iter::once(entry.text.as_str())
            .chain(written)
            .any(|t| same_place(fact, paragraph, spots(paragraph, t, 0, t.len())));
        // Or where the start of the key's text stands, when the answer is that start and the
        // rest stays in the statement: "Ninety" of "Ninety per cent" (the unit "percent").
        let start = forms(fact).any(|form| {
            form.len() < entry.text.len()
                && entry.text.starts_with(form)
                && entry.text[form.len()..].starts_with(' ')
                && same_place(
                    fact,
                    paragraph,
                    spots(paragraph, &entry.text, 0, form.len()),
                )
        });
        // Or where the name stands after a title the key writes with it ("Mr Ong", value "Desmond
        // Ong"): the statement keeps the title before its blank ("said Mr {answer}.").
        let titled = title_len(entry).is_some_and(|lead| {
            same_place(
                fact,
                paragraph,
                spots(paragraph, &entry.text, lead, entry.text.len() - lead),
            )
        });
        if here || start || titled {
            return Some(true);
        }
    }
    // "Dayton, Ohio" is one place in a key: a drafted "Dayton" (or "Ohio") at its place in it is
    // right, and "Dayton" drafts it.
    if entry.kind != "place" {
        return None;
    }
    // "Antofagasta region", "San José mine": a key that writes a place with the noun after it
    // (in lower case) is drafted by the name alone at its place, when that name is the answer
    // itself ("Sylhet district" is not the city "Sylhet, Bangladesh" an alias links it to).
    if let Some(name) = without_place_noun(&entry.text)
        && normalize::key(&fact.answer) == normalize::key(name)
        && same_place(
            fact,
            paragraph,
            spots(paragraph, &entry.text, 0, name.len()),
        )
    {
        return Some(true);
    }
    place_parts(entry)
        .into_iter()
        .enumerate()
        .find_map(|(k, part)| {
            let names = [normalize::key(&part.text), normalize::key(&part.value)];
            let named = forms(fact).any(|f| names.contains(&normalize::key(f)));
            let at = spots(paragraph, &entry.text, part.offset, part.text.len());
            (named && same_place(fact, paragraph, at)).then_some(k == 0)
        })
}

/// A place's name without the noun in lower case a key may write after it: "Antofagasta" of
/// "Antofagasta region", "Reykjanes" of "Reykjanes peninsula", "San José" of "San José mine".
fn without_place_noun(text: &str) -> Option<&str> {
    let (name, noun) = text.rsplit_once(' ')?;
    let place_noun = matches!(
        noun,
        "region"
            | "province"
            | "prefecture"
            | "peninsula"
            | "county"
            | "district"
            | "mine"
            | "complex"
    );
    (place_noun && name.starts_with(char::is_uppercase)).then_some(name)
}

/// For a person keyed with a title ("Mr Ong", "Assoc Prof Leong" of "Leong Mei Xin"): the length
/// of the words before the first word of the value, with the space after them; `None` when the
/// key's text opens with a word of its value or holds none of them.
fn title_len(entry: &KeyEntry) -> Option<usize> {
    if entry.kind != "person" {
        return None;
    }
    let value = normalize::words(&entry.value);
    let mut at = 0;
    for word in entry.text.split(' ') {
        if normalize::words(word).iter().any(|w| value.contains(w)) {
            return (at > 0).then_some(at);
        }
        at += word.len() + 1;
    }
    None
}

/// The answer and its aliases.
fn forms(fact: &Fact) -> impl Iterator<Item = &str> {
    fact.forms()
}

/// One of the comma-separated parts of a key's place ("Dayton" and "Ohio" of "Dayton, Ohio"):
/// as the text writes it, where in the text, and the same part of the key's value.
struct Part {
    text: String,
    offset: usize,
    value: String,
}

fn place_parts(entry: &KeyEntry) -> Vec<Part> {
    let values: Vec<&str> = entry.value.split(',').map(str::trim).collect();
    let texts: Vec<&str> = entry.text.split(',').collect();
    if texts.len() < 2 || texts.len() != values.len() {
        return Vec::new();
    }
    let mut offset = 0;
    let mut parts = Vec::new();
    for (written, value) in texts.iter().zip(values) {
        let lead = written.len() - written.trim_start().len();
        parts.push(Part {
            text: written.trim().to_owned(),
            offset: offset + lead,
            value: value.to_owned(),
        });
        offset += written.len() + 1;
    }
    parts
}

/// Where `text` stands in `paragraph`: in each place, the `len` bytes from `offset` on.
fn spots(paragraph: &str, text: &str, offset: usize, len: usize) -> Vec<(usize, usize)> {
    paragraph
        .match_indices(text)
        .map(|(at, _)| (at + offset, at + offset + len))
        .collect()
}

fn same_value(fact: &Fact, entry: &KeyEntry) -> bool {
    let forms = || forms(fact);
    match entry.kind.as_str() {
        "number" => {
            // A race time "2:06:12" (unit "duration (h:mm:ss)", "hours:minutes:seconds") or a
            // game clock "4:12" (unit "minutes:seconds", "game clock"): by its total seconds,
            // from what a fact that is no time of day states.
            if is_duration(&entry.unit, &entry.value)
                && let Some(seconds) = duration(&entry.value)
            {
                let clock = fact.tags.iter().any(|t| t == "time");
                return !clock
                    && forms().any(|f| duration(f).is_some_and(|d| (d - seconds).abs() < 0.005));
            }
            if let Some(minutes) = time(&entry.value) {
                return forms().any(|f| time_of(f) == Some(minutes));
            }
            let Ok(want) = entry.value.parse::<f64>() else {
                return false;
            };
            forms().any(|f| {
                let got = number::read(f, fact.unit.as_deref())
                    .map(|r| r.value)
                    .or_else(|| fraction(f));
                got.is_some_and(|v| {
                    (v - want).abs() <= 0.002 * want.abs().max(1.0)
                        || rounds_to(v, &entry.value, want)
                })
            })
        }
        "year" => {
            // A decade: "1950s".
            if entry.value.ends_with('s') {
                let want = normalize::key(&entry.value);
                return forms().any(|f| normalize::key(f) == want);
            }
            let Ok(want) = entry.value.parse::<f64>() else {
                return false;
            };
            forms().any(|f| match (number::read(f, None), number::read_span(f)) {
                (Some(r), _) => r.value == want,
                (None, Some((a, b))) => a == want || b == want,
                _ => false,
            })
        }
        "date" => {
            let want = key_date(&entry.value);
            forms().any(|f| want.is_some() && calendar(f) == want)
        }
        "day" => {
            let want = crate::check::date::weekday_index(&entry.value);
            forms().any(|f| want.is_some() && crate::check::date::weekday_index(f) == want)
        }
        _ => {
            let mut names = vec![normalize::key(&entry.value), normalize::key(&entry.text)];
            if let Some((outside, inside)) = entry.value.split_once('(') {
                names.push(normalize::key(outside));
                names.push(normalize::key(inside.trim_end_matches(')')));
            }
            forms().any(|f| names.contains(&normalize::key(f)))
        }
    }
}

/// Whether `got` rounded to the decimals the key writes its value with (`key`, read as `want`)
/// is that value: the key's writer rounded ("a third" keyed 0.33), so 1/3 matches 0.33 and
/// 0.333 but not 0.34; a key written without decimals is no rounding and matches only as it is.
/// Only a value that needs more than three decimals (a fraction such as a third) is rounded: a
/// drafted 2.45 is no 2.5.
fn rounds_to(got: f64, key: &str, want: f64) -> bool {
    if ((got * 1000.0).fract()).abs() < 1e-9 {
        return false;
    }
    let Some((_, decimals)) = key.trim().split_once('.') else {
        return false;
    };
    let d = decimals.len();
    if d == 0 || !decimals.bytes().all(|b| b.is_ascii_digit()) || d > 9 {
        return false;
    }
    let scale = 10f64.powi(d as i32);
    (got * scale).round() == (want * scale).round()
}

/// Whether one of the `spots` of the paragraph stands among the same words as the blank in the
/// fact's statement: the three words before it, or the three after, agree.
fn same_place(fact: &Fact, paragraph: &str, spots: Vec<(usize, usize)>) -> bool {
    // A dateline fact ("The article is datelined {answer}, June 14.") stands for the paragraph's
    // opening words: nothing comes before the dateline.
    let (statement, dateline) = match fact.statement.strip_prefix(DATELINE) {
        Some(rest) => (rest, true),
        None => (fact.statement.as_str(), false),
    };
    let parts: Vec<&str> = statement.split(SLOT).collect();
    let slots: Vec<(Vec<String>, Vec<String>)> = parts
        .windows(2)
        .map(|w| (last_words(w[0]), first_words(initials_skipped(w[1]))))
        .collect();
    spots.into_iter().any(|(at, end)| {
        let before = last_words(&paragraph[..at]);
        let after = first_words(initials_skipped(&paragraph[end..]));
        slots.iter().any(|(b, a)| {
            agree_end(b, &before) || agree_start(a, &after) || (dateline && at == 0 && b.is_empty())
        })
    })
}

/// The text after initials or a ticker in brackets at its start, which belong to the name
/// before them on either side, the paragraph's or the statement's ("Co. (PG&E) said", "{answer}
/// (HLX.L) rose"); a record or a score in brackets ("Charlotte (71-58) has") stays.
fn initials_skipped(rest: &str) -> &str {
    if let Some(inside) = rest.trim_start().strip_prefix('(')
        && let Some((initials, after)) = inside.split_once(')')
        && !initials.chars().any(|c| c.is_ascii_digit())
    {
        return after;
    }
    rest
}

/// How a drafted statement about the dateline begins.
const DATELINE: &str = "The article is datelined ";

fn last_words(text: &str) -> Vec<String> {
    let words = normalize::words(text);
    words[words.len().saturating_sub(3)..].to_vec()
}

fn first_words(text: &str) -> Vec<String> {
    normalize::words(text).into_iter().take(3).collect()
}

pub(super) fn agree_end(a: &[String], b: &[String]) -> bool {
    let n = a.len().min(b.len());
    n > 0 && a[a.len() - n..] == b[b.len() - n..]
}

pub(super) fn agree_start(a: &[String], b: &[String]) -> bool {
    let n = a.len().min(b.len());
    n > 0 && a[..n] == b[..n]
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::model::{AnswerType, Difficulty};

    fn fact(tag: &str, answer: &str, statement: &str) -> Fact {
        Fact {
            id: "f".into(),
            answer_type: AnswerType::Thing,
            answer: answer.into(),
            aliases: Vec::new(),
            tolerance: None,
            strict: false,
            unit: None,
            question: None,
            statement: statement.into(),
            distractors: Vec::new(),
            kinds: None,
            difficulty: Difficulty::Medium,
            tags: vec![tag.into()],
            paragraphs: vec![1],
            explanation: String::new().into(),
            inferred: false,
            exclusive: true,
        }
    }

    /// A main key entry of paragraph 1 (for the measure's tests here and in quality.rs).
    pub(in crate::draft::quality) fn entry(kind: &str, text: &str, value: &str) -> KeyEntry {
        KeyEntry {
            paragraph: 1,
            kind: kind.into(),
            text: text.into(),
            value: value.into(),
            unit: String::new(),
            meaning: String::new(),
            main: true,
        }
    }

    #[test]
    fn a_city_of_a_city_and_state_entry_counts_and_drafts_it_its_state_only_counts() {
        let text = ["Harlow was founded in 1921 in Dayton, Ohio, by a grocer.".to_owned()];
        let key = entry("place", "Dayton, Ohio", "Dayton, Ohio");
        let city = fact(
            "place",
            "Dayton",
            "Harlow was founded in 1921 in {answer}, Ohio, by a grocer.",
        );
        let state = fact(
            "place",
            "Ohio",
            "Harlow was founded in 1921 in Dayton, {answer}, by a grocer.",
        );
        let whole = fact(
            "place",
            "Dayton, Ohio",
            "Harlow was founded in 1921 in {answer}, by a grocer.",
        );
        assert_eq!(matches(&city, &key, &text), Some(true));
        assert_eq!(matches(&state, &key, &text), Some(false));
        assert_eq!(matches(&whole, &key, &text), Some(true));
        // Not at its place, or not a part of the entry: no match.
        let elsewhere = fact("place", "Dayton", "Harlow was founded in {answer} in 1921.");
        assert_eq!(matches(&elsewhere, &key, &text), None);
        let other = fact(
            "place",
            "Toledo",
            "Harlow was founded in 1921 in {answer}, Ohio, by a grocer.",
        );
        assert_eq!(matches(&other, &key, &text), None);
        // Only places: a part of a person's entry is not the person.
        let text = ["Harlow Chief Executive Sandra K. Whitfield, 52, said so.".to_owned()];
        let person = entry(
            "person",
            "Chief Executive Sandra K. Whitfield",
            "Sandra K. Whitfield",
        );
        let part = fact(
            "person",
            "Executive Sandra",
            "Harlow Chief {answer} K. Whitfield, 52, said so.",
        );
        assert_eq!(matches(&part, &person, &text), None);
    }

    #[test]
    fn a_ticker_in_brackets_belongs_to_the_name_on_either_side() {
        let text = ["Halmore Plc (HLX.L) said on Monday that sales rose.".to_owned()];
        let key = entry("organisation", "Halmore Plc", "Halmore Plc (HLX.L)");
        let kept = fact(
            "organisation",
            "Halmore Plc",
            "{answer} (HLX.L) said on Monday that sales rose.",
        );
        assert_eq!(matches(&kept, &key, &text), Some(true));
        let dropped = fact(
            "organisation",
            "Halmore Plc",
            "{answer} said on Monday that sales rose.",
        );
        assert_eq!(matches(&dropped, &key, &text), Some(true));
        // Not another name at that place, nor the name elsewhere.
        let other = fact(
            "organisation",
            "Brandon Plc",
            "{answer} (HLX.L) said on Monday that sales rose.",
        );
        assert_eq!(matches(&other, &key, &text), None);
        let elsewhere = fact("organisation", "Halmore Plc", "Shares in {answer} fell.");
        assert_eq!(matches(&elsewhere, &key, &text), None);
    }

    #[test]
    fn a_place_keyed_with_its_noun_is_drafted_by_its_name_alone() {
        let text = vec!["Lava reached the Reykjanes peninsula on Friday.".to_owned()];
        let key = entry("place", "Reykjanes peninsula", "Reykjanes peninsula");
        let got = fact(
            "place",
            "Reykjanes",
            "Lava reached the {answer} peninsula on Friday.",
        );
        assert_eq!(matches(&got, &key, &text), Some(true));
        // Not a place an alias links to another place ("Sylhet district" is not the city).
        let mut city = fact(
            "place",
            "Sylhet, Bangladesh",
            "Lava reached the {answer} peninsula on Friday.",
        );
        city.aliases = vec!["Reykjanes".into()];
        assert_ne!(matches(&city, &key, &text), Some(true));
    }

    #[test]
    fn a_duration_key_matches_a_stated_duration_by_its_seconds() {
        let text = ["She won the hill race in 1hr 12min 05sec, ahead of Ann Lee.".to_owned()];
        let mut key = entry("number", "1hr 12min 05sec", "1:12:05");
        key.unit = "duration (h:mm:ss)".into();
        let statement = "She won the hill race in {answer}, ahead of Ann Lee.";
        let mut race = fact("duration", "1hr 12min 05sec", statement);
        race.aliases = vec!["1:12:05".into()];
        assert_eq!(matches(&race, &key, &text), Some(true));
        // Another time, or a time of day written alike, is no match.
        let mut other = fact("duration", "1hr 12min 15sec", statement);
        other.aliases = vec!["1:12:15".into()];
        assert_eq!(matches(&other, &key, &text), None);
        let mut clock = fact("time", "1:12:05", statement);
        clock.aliases = vec!["1:12:05".into()];
        assert_eq!(matches(&clock, &key, &text), None);
        // "12:05" as minutes and seconds.
        key.value = "12:05".into();
        race.aliases = vec!["12:05".into()];
        assert_eq!(matches(&race, &key, &text), Some(true));
    }

    #[test]
    fn a_key_rounded_to_its_decimals_matches_a_value_that_rounds_to_it() {
        let text = ["About a third of the grain was lost.".to_owned()];
        let statement = "About {answer} of the grain was lost.";
        let third = fact("fraction", "a third", statement);
        for value in ["0.33", "0.333", "0.3"] {
            let key = entry("number", "a third", value);
            assert_eq!(matches(&third, &key, &text), Some(true), "{value}");
        }
        // A value that rounds to another, or a key written without decimals, is no match.
        for value in ["0.34", "0.32", "0"] {
            let key = entry("number", "a third", value);
            assert_eq!(matches(&third, &key, &text), None, "{value}");
        }
        assert!(rounds_to(2.0 / 3.0, "0.67", 0.67));
        assert!(!rounds_to(2.0 / 3.0, "0.66", 0.66));
        assert!(!rounds_to(12.4, "12", 12.0));
        assert!(rounds_to(37.0 / 3.0, "12.3", 12.3));
        assert!(!rounds_to(12.46, "12.4", 12.4));
        // A value written in a few decimals is as written: 2.45 is no 2.5, 0.46 no 0.5.
        assert!(!rounds_to(2.45, "2.5", 2.5) && !rounds_to(0.46, "0.5", 0.5));
    }

    #[test]
    fn a_name_blanked_after_the_title_its_key_writes_with_it_drafts_it() {
        let text = ["Claims open on May 4, said Mr Ong.".to_owned()];
        let key = entry("person", "Mr Ong", "Desmond Ong");
        let after_title = fact(
            "person",
            "Desmond Ong",
            "Claims open on May 4, said Mr {answer}.",
        );
        assert_eq!(matches(&after_title, &key, &text), Some(true));
        // The same name blanked at another place is still no match, nor another person after the
        // title.
        let elsewhere = fact(
            "person",
            "Desmond Ong",
            "Claims open on {answer}, said Mr Ong.",
        );
        assert_eq!(matches(&elsewhere, &key, &text), None);
        let other = fact(
            "person",
            "Ann Ong",
            "Claims open on May 4, said Mr {answer}.",
        );
        assert_eq!(matches(&other, &key, &text), None);
        // A key whose text opens with its value has no title to skip.
        assert_eq!(title_len(&entry("person", "Ong", "Desmond Ong")), None);
        assert_eq!(
            title_len(&entry("person", "Assoc Prof Leong", "Leong Mei Xin")),
            Some("Assoc Prof ".len())
        );
    }

    #[test]
    fn the_end_of_a_span_blanked_whole_and_a_decade() {
        let text = ["They talked about flights in 2026-27.".to_owned()];
        let span = fact("years", "2026-27", "They talked about flights in {answer}.");
        assert_eq!(
            matches(&span, &entry("year", "2026", "2026"), &text),
            Some(true)
        );
        assert_eq!(
            matches(&span, &entry("year", "27", "2027"), &text),
            Some(true)
        );
        assert_eq!(matches(&span, &entry("year", "27", "2028"), &text), None);
        let text = ["It traces its roots to a 1950s farmers’ cooperative.".to_owned()];
        let decade = fact(
            "decade",
            "1950s",
            "It traces its roots to a {answer} farmers’ cooperative.",
        );
        assert_eq!(
            matches(&decade, &entry("year", "1950s", "1950s"), &text),
            Some(true)
        );
        assert_eq!(
            matches(&decade, &entry("year", "1950s", "1960s"), &text),
            None
        );
    }
}
