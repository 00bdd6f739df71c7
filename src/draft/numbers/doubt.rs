//! Numbers drafting leaves out or reads as clock times (#15): a number word used as a pronoun in
//! a quotation, numbers inside codes, clock-like decimals, and four-digit times.

use super::Num;
use crate::draft::lexicon;
use crate::draft::paragraph::Paragraph;
use crate::draft::tokens::Kind;
use crate::draft::value::Class;

/// Whether what a number means is too unsure to ask about: a number written as a word inside a
/// quotation and followed by a word no counted noun is ("He left one up", "This one is
/// different": a pronoun, not a count). Spoken words use numbers loosely; precision first, such
/// a value is left out. Ordinals and "four of my …" keep their meaning.
pub(super) fn doubtful(p: &Paragraph, num: &Num, written: &str) -> bool {
    if clock_like(p, num, written)
        || in_a_code(p, num)
        || inside_a_name(p, num, written)
        || names_a_kind(p, num)
        || opens_a_title(p, num, written)
        || numbers_a_road(p, num)
    {
        return true;
    }
    // "by the 15th of this month", "on the 3rd of next month": a day of a month the article
    // does not name, a date no question can give in full; no rank (#15).
    if num.class == Class::Ordinal
        && p.word(num.end + 1).as_deref() == Some("of")
        && matches!(
            p.word(num.end + 2).as_deref(),
            Some("this" | "next" | "last" | "the" | "each" | "every")
        )
        && p.word(num.end + 3).as_deref() == Some("month")
    {
        return true;
    }
    // "after first aid by Monday": a kind of care, no rank; not "the first aid trucks", the
    // first of them.
    if num.class == Class::Ordinal
        && p.word(num.end + 1).as_deref() == Some("aid")
        && p.word(num.end + 2)
            .is_none_or(|w| crate::draft::value::is_function_word(&w))
    {
        return true;
    }
    let spelled = !written.chars().any(|c| c.is_ascii_digit());
    let slot = p.tokens[num.first].start..p.tokens[num.last].end;
    // "every single one of us", "not a single one", "every one of them", "each one": a way of
    // saying "all" or "none", no count.
    let before = p.word_before(num.first);
    let single = before.as_deref() == Some("single")
        || (matches!(before.as_deref(), Some("every" | "each" | "any"))
            && written.eq_ignore_ascii_case("one"));
    if spelled && single {
        return true;
    }
    if spelled && pronoun_one(p, num, written) {
        return true;
    }
    if !spelled || num.class != Class::Number || p.quote_around(&slot).is_none() {
        return false;
    }
    p.word(num.end + 1).is_some_and(|w| {
        matches!(
            w.as_str(),
            "up" | "down"
                | "out"
                | "off"
                | "over"
                | "away"
                | "back"
                | "is"
                | "was"
                | "are"
                | "were"
                | "that"
                | "which"
                | "who"
                | "thing"
                | "day"
        )
    })
}

/// Whether a number is part of a code written without spaces: a docket or case number
/// ("2:24-cr-00187", "No. 24-cv-01455"), a model ("X-200", "F-35"). Its parts are no count, no
/// time and no year.
fn in_a_code(p: &Paragraph, num: &Num) -> bool {
    let (start, end) = (p.tokens[num.first].start, p.tokens[num.last].end);
    let from = p.text[..start]
        .rfind(char::is_whitespace)
        .map_or(0, |k| k + 1);
    let to = p.text[end..]
        .find(char::is_whitespace)
        .map_or(p.text.len(), |k| end + k);
    let chunk = p.text[from..to].trim_matches(|c: char| !c.is_alphanumeric());
    let parts: Vec<&str> = chunk.split(['-', '–']).collect();
    if parts.len() < 2 || parts.iter().any(|part| part.is_empty()) {
        return false;
    }
    // "No. 24-1187", "case 24-1187": digits joined by a hyphen after a word that numbers things.
    let before = p.text[..from]
        .split_whitespace()
        .next_back()
        .map(|w| w.trim_end_matches('.').to_lowercase());
    let numbered = before.as_deref().is_some_and(|w| {
        matches!(
            w,
            "no" | "nos" | "case" | "docket" | "number" | "file" | "model" | "serial"
        )
    });
    if numbered {
        return true;
    }
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit() || c == ':');
    // "00187": a number written with a leading zero is an identifier.
    let padded = parts
        .iter()
        .any(|s| s.len() >= 3 && s.starts_with('0') && s.chars().all(|c| c.is_ascii_digit()));
    // "X-200", "F-35", "B-52": capitals glued to digits by a hyphen.
    let model = parts
        .windows(2)
        .any(|w| w[0].chars().all(|c| c.is_ascii_uppercase()) && w[0].len() <= 3 && digits(w[1]));
    // "2:24-cr-…": a clock-like part glued to letters.
    let clock = parts.iter().any(|s| s.contains(':'))
        && parts.iter().any(|s| s.chars().all(char::is_alphabetic));
    padded || model || clock
}

/// Whether a number in digits stands inside a name, between its words, as a model, a flight, a
/// plot of land or a product is named ("a Boeing 737 MAX 9", "Flight KR 204", "the farm
/// Rietvlei 118 IQ"): an identifier, no count (#15). It follows a capitalised word in
/// mid-sentence (`number_in_a_name`), and either the name goes on after it with a code in
/// capitals ("737 MAX", "118 IQ and"), unless a lower-case noun follows that code for the
/// number to count ("won 210 UCI points"), or the word before it is a code in capitals that
/// itself goes on from a name ("Flight KR 204", "MAX 9") and no lower-case noun follows the
/// number ("Reform UK 5 seats" counts). A number that ends
/// a name ("Turn 11", "Game 4") is left as it was (a road's, "Highway 299", is
/// `numbers_a_road`'s), and so are "the CDU 36",
/// "the BSW 10": a party's seats after its letters, with no name before them.
fn inside_a_name(p: &Paragraph, num: &Num, written: &str) -> bool {
    if num.class != Class::Number
        || num.first != num.last
        || !written.bytes().all(|b| b.is_ascii_digit())
        || !p.number_in_a_name(num.first)
    {
        return false;
    }
    let capital = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && t.text(p.text).starts_with(char::is_uppercase))
    };
    let code = |k: usize| {
        let w = p.text_of(k);
        (2..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
    };
    // The name goes on with a code in capitals ("737 MAX", "312 JT"): a capitalised word alone
    // may start what the number counts ("Gaza 30 Palestinians", a headline's "Destroys 40
    // Homes").
    let goes_on = code(num.last + 1)
        && match p.tokens.get(num.last + 2) {
            None => true,
            Some(t) if t.kind != Kind::Word => true,
            Some(t) => {
                let w = t.text(p.text);
                w.starts_with(char::is_uppercase)
                    || crate::draft::value::is_function_word(&w.to_lowercase())
            }
        };
    // A lower-case noun after the number is what it counts ("Reform UK 5 seats").
    let counts_a_noun = p.tokens.get(num.last + 1).is_some_and(|t| {
        let w = t.text(p.text);
        t.kind == Kind::Word
            && w.starts_with(char::is_lowercase)
            && !crate::draft::value::is_function_word(w)
    });
    let after_a_code = !counts_a_noun
        && num
            .first
            .checked_sub(2)
            .is_some_and(|k| code(k + 1) && (capital(k) || p.tokens[k].kind == Kind::Number));
    // "BBC Radio 5 Live": a name of two capitalised words or more before the number and a
    // capitalised word after it, no month or weekday, no plural that the number may count (a
    // headline's "Storm Destroys 40 Homes"), and no score's second number after that
    // ("Harwood City 2 Almancil 1") (#15). A headline's count before a capitalised word that is
    // no plural ("Council Approves 40 New Homes") is left out with it: headlines are rare in a
    // body of text, and "BBC Radio 5 Live Presenter Leaves" looks the same.
    let calendar = |k: usize| {
        use crate::check::date::{MONTHS, WEEKDAYS};
        let w = p.text_of(k);
        MONTHS
            .iter()
            .chain(WEEKDAYS.iter())
            .any(|m| m.eq_ignore_ascii_case(w))
    };
    let named_around = num.first >= 2
        && capital(num.first - 1)
        && capital(num.first - 2)
        && capital(num.last + 1)
        && !calendar(num.last + 1)
        && !calendar(num.first - 1)
        && !p.text_of(num.last + 1).ends_with('s')
        && !score_after_names(p, num.last + 1);
    goes_on || after_a_code || named_around
}

/// Whether a score's second number follows the capitalised words from token `k`: "Harwood Town
/// 2 Desportivo Almancil 1", "Rory McIlroy 67 Tiger Woods 70".
fn score_after_names(p: &Paragraph, k: usize) -> bool {
    // A side's or a player's name: two words at most.
    let mut j = k;
    while j < k + 2
        && p.tokens
            .get(j)
            .is_some_and(|t| t.kind == Kind::Word && t.text(p.text).starts_with(char::is_uppercase))
    {
        j += 1;
    }
    // Not a year after an event's name ("BBC Radio 1 Big Weekend 2025", second reader).
    j > k
        && p.tokens.get(j).is_some_and(|t| {
            t.kind == Kind::Number && t.text(p.text).bytes().all(|b| b.is_ascii_digit())
        })
        && p.text_of(j).len() <= 3
}

/// Whether a plain number is a road's (`Paragraph::road_number`: "Highway 12"), part of the
/// road's name, a place, and no count of anything; a capital glued to it is the road's letter,
/// not a multiplier ("National Highway 40B" is no 40 billion).
fn numbers_a_road(p: &Paragraph, num: &Num) -> bool {
    let lettered = num.last == num.first + 1
        && p.is_glued(num.last)
        && p.text_of(num.last).len() == 1
        && p.text_of(num.last)
            .starts_with(|c: char| c.is_ascii_uppercase());
    num.class == Class::Number && (num.first == num.last || lettered) && p.road_number(num.first)
}

/// Whether a decimal with nothing after it reads as well as a clock time written with a dot, in
/// a paragraph that writes clock times so ("dinner at 6.45pm … closer to 7.30"): a number or a
/// time, the value is unsure and left out.
fn clock_like(p: &Paragraph, num: &Num, written: &str) -> bool {
    let Some((hours, minutes)) = written.split_once('.') else {
        return false;
    };
    let clock = num.class == Class::Number
        && num.unit.is_none()
        && minutes.len() == 2
        && hours.parse::<u32>().is_ok_and(|h| (1..=23).contains(&h))
        && minutes.parse::<u32>().is_ok_and(|m| m < 60)
        && p.tokens
            .get(num.end + 1)
            .is_none_or(|t| t.kind == Kind::Mark);
    clock && writes_dotted_times(p.text)
}

/// Whether a text writes a clock time with a dot: "6.45pm", "10.30 a.m.".
fn writes_dotted_times(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len()).any(|i| {
        bytes[i] == b'.'
            && i > 0
            && bytes[i - 1].is_ascii_digit()
            && bytes
                .get(i + 1..i + 3)
                .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
            && {
                let rest = text[i + 3..].trim_start().to_ascii_lowercase();
                rest.starts_with("pm")
                    || rest.starts_with("am")
                    || rest.starts_with("p.m")
                    || rest.starts_with("a.m")
            }
    })
}

/// "0600 GMT", "1800 hours", "1500 local time": four digits before a time zone, "hours" or
/// "local time" are a clock time in
/// minutes after midnight (`Some(None)`: four such digits that are no time, "2460 hours", are
/// left out).
pub(super) fn military_time(p: &Paragraph, num: &Num, written: &str) -> Option<Option<u32>> {
    if written.len() != 4 || !written.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let next = p.tokens.get(num.end + 1)?;
    let zone = lexicon::is_time_zone(next.text(p.text));
    let hours = matches!(p.word(num.end + 1).as_deref(), Some("hours" | "hrs" | "h"));
    let local = p.word(num.end + 1).as_deref() == Some("local")
        && p.word(num.end + 2).as_deref() == Some("time");
    if !zone && !hours && !local {
        return None;
    }
    let (h, m) = (
        written[..2].parse::<u32>().ok()?,
        written[2..].parse::<u32>().ok()?,
    );
    Some((h < 24 && m < 60).then_some(h * 60 + m))
}

/// Whether a number is joined by a hyphen to a noun it makes, which names a kind of thing and
/// counts nothing: "a 3-pointer", "two 3-pointers", "a two-seater", "a 10-pounder", "an
/// 18-wheeler" (the noun ends in "er" or "ers" and is the compound's head, with no noun after
/// it), or what a shot is worth before the shot ("3-point attempts"). "a 20-member panel" or "a
/// three-letter word" count members and letters, and stay.
fn names_a_kind(p: &Paragraph, num: &Num) -> bool {
    if num.class != Class::Number || num.unit.is_some() {
        return false;
    }
    let (hyphen, noun) = (num.last + 1, num.last + 2);
    let joined = p.is_mark(hyphen, &['-']) && p.is_glued(hyphen) && p.is_glued(noun);
    let Some(word) = p.word(noun).filter(|_| joined) else {
        return false;
    };
    // "its 3-point attempts", "from three-point range", "a three-point play": what a shot is
    // worth names the kind of shot; "a 3-point lead" counts points (#15).
    let shot = word == "point"
        && p.word(noun + 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "attempt"
                    | "attempts"
                    | "range"
                    | "shot"
                    | "shots"
                    | "shooting"
                    | "shooter"
                    | "shooters"
                    | "line"
                    | "arc"
                    | "play"
                    | "plays"
                    | "basket"
                    | "baskets"
                    | "field"
                    | "conversion"
                    | "conversions"
                    | "percentage"
            )
        });
    if shot {
        return true;
    }
    let kind = word.ends_with("er") || word.ends_with("ers");
    // "a 150-foot (46-meter) tower": in brackets, the compound is another form of the value
    // before it, and the noun after the bracket is the head of both (#15).
    let bracketed = num
        .first
        .checked_sub(1)
        .is_some_and(|k| p.is_mark(k, &['(']))
        && p.is_mark(noun + 1, &[')']);
    let after = if bracketed { noun + 2 } else { noun + 1 };
    let head = match p.tokens.get(after) {
        None => true,
        Some(t) if t.kind == Kind::Mark => !p.is_mark(after, &['-']),
        Some(_) => p
            .word(after)
            .is_some_and(|w| crate::draft::value::is_function_word(&w)),
    };
    // "a 25-footer", "a 40-yarder": a unit of length made a noun names the thing by its length,
    // a measure that is asked as the feet or yards it is (#15).
    let length = matches!(word.trim_end_matches('s'), "footer" | "yarder");
    kind && head && !length && !word.starts_with("quarter")
}

/// Whether "one" stands for a thing named before, after a word that picks it out ("the first
/// one", "the last one was harder", "this one", "the other one"): a pronoun, no count. It is one
/// only when no noun follows it for it to count ("the next one week" counts a week).
fn pronoun_one(p: &Paragraph, num: &Num, written: &str) -> bool {
    if !written.eq_ignore_ascii_case("one") || num.first != num.last {
        return false;
    }
    let picked = p.word_before(num.first).is_some_and(|w| {
        matches!(
            w.as_str(),
            "first"
                | "second"
                | "third"
                | "fourth"
                | "fifth"
                | "last"
                | "next"
                | "latest"
                | "previous"
                | "this"
                | "other"
                | "another"
                | "which"
                | "same"
        )
    });
    let no_noun = match p.tokens.get(num.end + 1) {
        None => true,
        // "the first one-day match": a hyphen joins one to its noun.
        Some(t) if t.kind == Kind::Mark => !p.text_of(num.end + 1).starts_with('-'),
        // "the first one of its kind", "the last one in five": one among others, counted; "the
        // next one to two years", "the last one or two seasons": one end of a count.
        Some(_) => p.word(num.end + 1).is_some_and(|w| {
            crate::draft::value::is_function_word(&w)
                && !matches!(w.as_str(), "of" | "in" | "to" | "or" | "and")
        }),
    };
    picked && no_noun
}

/// Whether an ordinal in words is the first word of a rank or title written before a name, in
/// capitals as the title is ("First Adm. Rina Sato", "Second Lt. Paul Ode", "First Minister
/// Ann Dow", "the First Lady"): part of the title, no position of anything (#15). The title may
/// be possessive ("the First Minister’s office") and open with words such as "Vice" or "Deputy
/// Prime" ("First Vice President", "First Deputy Prime Minister").
fn opens_a_title(p: &Paragraph, num: &Num, written: &str) -> bool {
    let capital = |text: &str| text.starts_with(char::is_uppercase);
    let capital_word = |k: usize| {
        p.tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word && capital(t.text(p.text)))
            .map(|t| t.text(p.text).to_lowercase())
    };
    let mut k = num.last + 1;
    while capital_word(k).is_some_and(|w| {
        lexicon::TITLE_PARTS.contains(&w.as_str()) && !lexicon::PERSON_TITLES.contains(&w.as_str())
    }) && k <= num.last + 3
    {
        k += 1;
    }
    let title = capital_word(k).is_some_and(|w| {
        let bare = w
            .strip_suffix("’s")
            .or_else(|| w.strip_suffix("'s"))
            .unwrap_or(&w);
        lexicon::PERSON_TITLES.contains(&bare)
    });
    num.class == Class::Ordinal
        && num.first == num.last
        && !written.chars().any(|c| c.is_ascii_digit())
        && capital(written)
        && title
}
