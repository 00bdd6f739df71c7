//! Splitting a paragraph into sentences: Unicode's sentence boundaries (UAX #29, through
//! `unicode-segmentation`, which already keeps decimals and lower-case continuations together),
//! then joined again after a title ("Dr.", "Gov."), an initial ("J."), "St." and abbreviations such
//! as "U.S." or "Inc." that do not end the sentence.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

/// Words that, written with a dot, never end a sentence: titles and "St.".
#[rustfmt::skip]
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gov", "lt", "sen", "rep", "gen", "col", "capt", "sgt",
    "rev", "cpl", "maj", "adm", "cmdr", "insp", "supt", "hon", "pres", "mt", "ft", "fr", "sens",
    "reps", "govs", "drs", "profs", "messrs", "ma", "wm", "chas", "jas", "thos", "coun",
];

/// Abbreviations that may end a sentence, but usually do not: a sentence goes on after one unless
/// the next word is one that opens sentences.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "jr", "sr", "vs", "inc", "co", "corp", "ltd", "llc", "plc", "bros", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "calif", "ariz", "colo", "conn", "fla",
    "ga", "ill", "ind", "kan", "ky", "la", "mass", "md", "mich", "minn", "miss", "mo", "mont",
    "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "wash", "wis", "approx",
];

/// Words that open sentences; after an abbreviation, one of these starts a new sentence.
#[rustfmt::skip]
pub const OPENERS: &[&str] = &[
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those",
    "there", "but", "and", "in", "on", "at", "for", "his", "her", "its", "their", "our", "after",
    "before", "when", "while", "as", "if", "according", "not", "no", "some", "many", "most", "all",
    "meanwhile", "however", "still", "yet", "so",
];

/// The sentences of `paragraph`, as byte ranges without the space around them.
pub fn sentences(paragraph: &str) -> Vec<Range<usize>> {
    let pieces = paragraph
        .split_sentence_bound_indices()
        .filter_map(|(start, piece)| {
            let trimmed = piece.trim();
            let lead = piece.len() - piece.trim_start().len();
            (!trimmed.is_empty()).then(|| start + lead..start + lead + trimmed.len())
        })
        .collect();
    rejoin(paragraph, pieces)
}

/// Joins each range with the next where the first ends in a title, an initial, or an
/// abbreviation not followed by a word that opens sentences.
fn rejoin(paragraph: &str, pieces: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    for range in pieces {
        if let Some(last) = out.last_mut() {
            let before = &paragraph[last.clone()];
            let next = &paragraph[range.clone()];
            if let Some(word) = last_word(before) {
                // "No. 10": a number follows the abbreviation.
                let numbered = word.eq_ignore_ascii_case("no")
                    && next.starts_with(|c: char| c.is_ascii_digit());
                // "Orrin Foods Co. v. National Grain Board": "v." (versus) between the two
                // sides of a case never ends a sentence (#15).
                let versus = word == "v";
                let always = is_title(word) || is_initial(word) || numbered || versus;
                let usually = (is_abbreviation(word) || is_initialism(word)) && !opens(next, true);
                if always || usually {
                    last.end = range.end;
                    continue;
                }
            }
        }
        out.push(range);
    }
    out
}

/// The word before a final dot: "Dr" of "... said Dr.", "U.S" of "the U.S.". `None` when the
/// text does not end with a dot.
fn last_word(text: &str) -> Option<&str> {
    let body = text.strip_suffix('.')?;
    let start = body
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |i| {
            i + body[i..].chars().next().map_or(1, char::len_utf8)
        });
    Some(&body[start..])
}

fn is_title(word: &str) -> bool {
    TITLES.contains(&word.to_lowercase().as_str())
}

/// A capital on its own: "J" of "J. R. Hartley".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Letters joined by dots: "U.S", "p.m".
fn is_initialism(word: &str) -> bool {
    word.contains('.') && word.split('.').all(|p| p.chars().count() == 1)
}

fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}

/// Whether `text` starts like a new sentence: with a word that opens sentences or, with `loose`,
/// with a quotation mark.
fn opens(text: &str, loose: bool) -> bool {
    let word: String = text
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let quoted = text.starts_with(|c: char| !c.is_alphanumeric() && c != '(');
    let opener = OPENERS.contains(&word.to_lowercase().as_str());
    if loose { opener || quoted } else { opener }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn titles_initials_decimals_and_abbreviations_stay_inside_a_sentence() {
        assert_eq!(
            split("Dr. Jane Smith met Mr Brown in St. Louis. It rained 2.5 inches."),
            [
                "Dr. Jane Smith met Mr Brown in St. Louis.",
                "It rained 2.5 inches."
            ]
        );
        assert_eq!(
            split("ST. LOUIS, June 14 – It opened. U.S. Transportation Secretary Lena Marsh came."),
            [
                "ST. LOUIS, June 14 – It opened.",
                "U.S. Transportation Secretary Lena Marsh came."
            ]
        );
        assert_eq!(
            split("Pacific Gas and Electric Co. (PG&E) said no. J. R. Hartley wrote it."),
            [
                "Pacific Gas and Electric Co. (PG&E) said no.",
                "J. R. Hartley wrote it."
            ]
        );
        assert_eq!(
            split("They met at No. 10 Downing Street. No. It was not."),
            ["They met at No. 10 Downing Street.", "No.", "It was not."]
        );
        assert_eq!(
            split("They moved to the U.S. The next year was hard."),
            ["They moved to the U.S.", "The next year was hard."]
        );
        assert_eq!(
            split("“We won,” she said. “It took years.” Then he left!"),
            ["“We won,” she said.", "“It took years.”", "Then he left!"]
        );
        assert_eq!(
            split("It is due by Aug. 15, officials said."),
            ["It is due by Aug. 15, officials said."]
        );
        assert!(split("").is_empty());
    }

    #[test]
    fn versus_in_a_case_name_ends_no_sentence() {
        assert_eq!(
            split("Halden Mills Inc. v. Brandt Freight Lines was argued in May. It ended."),
            [
                "Halden Mills Inc. v. Brandt Freight Lines was argued in May.",
                "It ended."
            ]
        );
    }
}
