//! The words of one name: capitalised words, joined by hyphens, "&" and connectors such as "of",
//! and where a connector starts another name instead.

use super::super::lexicon::{self, ORGANISATION_WORDS, PERSON_TITLES, PLACE_WORDS};
use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use super::{COMPANY_ENDINGS, CONNECTORS, Group};
use crate::check::date::{MONTHS, WEEKDAYS};

/// A capitalised word that may begin or continue a name.
pub(super) fn is_capital(p: &Paragraph, i: usize, taken: &[bool]) -> bool {
    let Some(token) = p.tokens.get(i) else {
        return false;
    };
    let text = token.text(p.text);
    // "7 °C": the letter of a unit after a degree sign.
    let degree = i > 0 && p.text_of(i - 1).ends_with('°') && p.is_glued(i);
    if token.kind != Kind::Word
        || degree
        || taken.get(i).copied().unwrap_or(true)
        || !text.starts_with(char::is_uppercase)
    {
        return false;
    }
    // "Kestrel Aerospace K-300 jets", "an F-16": a short word glued by a hyphen to a number is
    // a model's designation, no word of a name (#15).
    let model = text.chars().count() <= 3
        && p.is_mark(i + 1, &['-'])
        && p.is_glued(i + 1)
        && p.is_glued(i + 2)
        && p.tokens.get(i + 2).is_some_and(|t| t.kind == Kind::Number);
    // "12GB of RAM", "a 3,000MW plant": a unit glued to the number before it is no word of a
    // name (#15).
    let unit = i > 0
        && p.is_glued(i)
        && p.tokens.get(i - 1).is_some_and(|t| t.kind == Kind::Number)
        && matches!(
            text,
            "GB" | "TB"
                | "MB"
                | "KB"
                | "PB"
                | "GHz"
                | "MHz"
                | "Hz"
                | "MP"
                | "MW"
                | "GW"
                | "MWh"
                | "GWh"
                | "TWh"
        );
    if model || unit {
        return false;
    }
    // "December’s wage data": a month's possessive is the month.
    let lower = text.trim_end_matches('.').to_lowercase();
    let lower = lower
        .strip_suffix("’s")
        .or_else(|| lower.strip_suffix("'s"))
        .unwrap_or(&lower)
        .to_owned();
    let month = MONTHS.iter().any(|m| m.eq_ignore_ascii_case(&lower));
    let weekday = WEEKDAYS
        .iter()
        .any(|d| lower.starts_with(&d.to_lowercase()));
    // "No. 10": an abbreviation of "number", not a name.
    let number = lower == "no" && p.is_mark(i + 1, &['.']);
    // "She said": a pronoun is never a name (written as a word, so not "US" or "IT").
    // "Our Lady of Lourdes Hospital", "Our Saviour’s Church": "Our" opens a name of the faith's.
    let our_lady = text == "Our"
        && !p.is_glued(i + 1)
        && p.tokens.get(i + 1).is_some_and(|t| {
            let next = t.text(p.text);
            ["Lady", "Saviour", "Savior"].iter().any(|w| {
                next.strip_prefix(w)
                    .is_some_and(|rest| matches!(rest, "" | "’s" | "'s"))
            })
        });
    // "Camp I", "Phase I", "World War I": after a word that numbers places or things, "I" is
    // the roman one (#15).
    // "Camp" before a mark or a small word no pronoun takes ("Camp I when", "Camp I overnight",
    // "Camp I were"), not a verb ("Camp I slept", "Camp I was too tired", "Camp I had"); no
    // other place's word ("From the South Col I could see") (second and third readers).
    let opens = |j: usize| {
        j == 0
            || p.tokens[j].start == p.sentence(p.sentence_of(p.tokens[j].start)).start
            || matches!(p.word(j - 1).as_deref(), Some("said" | "says" | "that"))
    };
    let small_after = p.tokens.get(i + 1).is_none_or(|t| {
        t.kind == Kind::Mark
            || matches!(
                t.text(p.text),
                "when"
                    | "at"
                    | "and"
                    | "on"
                    | "in"
                    | "to"
                    | "from"
                    | "before"
                    | "after"
                    | "where"
                    | "while"
                    | "with"
                    | "by"
                    | "for"
                    | "of"
                    | "or"
                    | "is"
                    | "were"
                    | "overnight"
                    | "has"
                    | "the"
                    | "a"
            )
            // "Camp I was pitched", "Mingma said Camp I had 40 tents": "was" and "had" after
            // a camp that opens its clause; not "got to Camp I was too tired" (fourth reader).
            || (matches!(t.text(p.text), "was" | "had") && i >= 1 && opens(i - 1))
    });
    let numeral = text == "I"
        && i > 0
        && !p.is_glued(i)
        && p.text_of(i - 1).starts_with(char::is_uppercase)
        && p.word(i - 1).is_some_and(|w| match w.as_str() {
            "phase" | "stage" | "category" | "grade" => true,
            "war" => true,
            // Not after a name's word ("Boot Camp I was", "High Camp I"), but for a sentence's
            // opening preposition ("From Camp I the team").
            "camp" => {
                small_after
                    && (i < 2
                        || !p.capitalised(i - 2)
                        || p.word(i - 2).is_some_and(|w| {
                            matches!(
                                w.as_str(),
                                "from"
                                    | "at"
                                    | "near"
                                    | "above"
                                    | "below"
                                    | "beyond"
                                    | "to"
                                    | "past"
                                    | "towards"
                                    | "by"
                                    | "in"
                                    | "on"
                                    | "between"
                            )
                        }))
            }
            _ => false,
        });
    let pronoun = (PRONOUNS.contains(&text) && !our_lady) || contraction(text);
    numeral || !(month || weekday || number || pronoun || lower == "i")
}

/// Whether a word is a contraction ("I’m", "We’ve", "Don’t", "They'll"): a pronoun with a
/// shortened verb, or a verb with "not", either apostrophe; never a name.
fn contraction(text: &str) -> bool {
    let Some((stem, tail)) = text.split_once(['’', '\'']) else {
        return false;
    };
    let pronoun = (PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(stem))
        || stem.eq_ignore_ascii_case("let"))
        && matches!(tail, "m" | "re" | "ve" | "ll" | "d" | "s");
    let not = tail == "t" && stem.ends_with('n') && stem.len() > 1;
    pronoun || not
}

/// Pronouns as they are written at the start of a sentence.
#[rustfmt::skip]
const PRONOUNS: &[&str] = &[
    "I", "He", "She", "It", "We", "They", "You", "Him", "Her", "Us", "Them", "His", "Hers", "Its",
    "Our", "Ours", "Their", "Theirs", "Your", "Yours", "My", "Mine", "Me", "This", "That", "These",
    "Those", "Who", "Whom", "Whose", "Which", "What",
];

/// The words of the name that starts at token `i`: capitalised words, joined by hyphens, "&" and
/// connectors such as "of", with the dot of an abbreviation.
pub(super) fn span(p: &Paragraph, i: usize, taken: &[bool]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut k = i;
    loop {
        let word = word_at(p, k);
        let next = word.last + 1;
        // "advised by Evercore Inc. Northwind shares": a company's ending with its dot ends
        // the name; a capital after it opens another (the sentence's end was read as the
        // abbreviation's dot), unless it is another ending ("Co. Ltd.").
        let ended = COMPANY_ENDINGS.contains(&word.word.as_str()) && p.is_mark(word.last, &['.']);
        groups.push(word);
        if ended
            && !p
                .word(next)
                .is_some_and(|w| COMPANY_ENDINGS.contains(&w.as_str()))
        {
            break;
        }
        // "BJP State president A. Annamalai": India's papers capitalise the State; after a
        // body's initials and before a word in lower case it is the body's unit, not its name
        // (twenty-seventh session).
        let state_unit = groups.len() == 1
            && p.word(next).as_deref() == Some("state")
            && p.text_of(next) == "State"
            && p.text_of(word_last(&groups))
                .chars()
                .filter(|c| c.is_uppercase())
                .count()
                >= 2
            && p.text_of(next + 1).starts_with(char::is_lowercase);
        // "Camp I the Sherpas", "After World War I Britain owed": a roman "I" ends the name
        // (fourth and sixth readers), but for a body's named after it ("the World War I
        // Centennial Commission", fifth reader).
        if p.text_of(k) == "I" && !super::has_keyword(&run_text(p, next, taken)) {
            break;
        }
        // "Ms. Blum’s Chinese ceramics": after a person's title, a possessive ends the name
        // (#15); "St. John’s Wood", "King’s College" go on.
        let title = |w: Option<&str>| {
            matches!(
                w,
                Some(
                    "mr" | "ms"
                        | "mrs"
                        | "dr"
                        | "miss"
                        | "sir"
                        | "dame"
                        | "prof"
                        | "professor"
                        | "lord"
                        | "lady"
                        | "president"
                        | "sen"
                        | "rep"
                        | "gov"
                )
            )
        };
        // "Mr. Jones’ Oxford lab": an apostrophe after an "s", a token of its own.
        let last = word_last(&groups);
        let owner = crate::draft::paragraph::is_possessive(p.text_of(last))
            || (p.is_mark(last + 1, &['’', '\''])
                && p.is_glued(last + 1)
                && p.text_of(last).ends_with('s')
                && !p.is_glued(last + 2));
        // The title before the run ("Ms. Blum’s") or its first word ("Mr John Smith’s").
        let before_run = i >= 1
            && (title(p.word(i - 1).as_deref())
                || (i >= 2 && p.is_mark(i - 1, &['.']) && title(p.word(i - 2).as_deref())));
        let titled_owner = owner
            && match groups.len() {
                1 | 2 => before_run || title(Some(groups[0].word.as_str())),
                3 => title(Some(groups[0].word.as_str())),
                _ => false,
            };
        // "Sir John Soane’s Museum": a body's or a place's word after the possessive goes on.
        let named_for = p.word(next).is_some_and(|w| {
            ORGANISATION_WORDS.contains(&w.as_str()) || PLACE_WORDS.contains(&w.as_str())
        });
        if titled_owner && !named_for {
            break;
        }
        // "des Vins d’Alsace", "de l’Origine": French "de" or "le" cut before a vowel and glued
        // to a capitalised word goes on with the name (#15).
        let elided = p.tokens.get(next).is_some_and(|t| {
            let w = t.text(p.text);
            t.kind == Kind::Word
                && ["d’", "d'", "l’", "l'"].iter().any(|e| w.starts_with(e))
                && w.chars().nth(2).is_some_and(char::is_uppercase)
        }) && !taken.get(next).copied().unwrap_or(true)
            // Only inside a French name that has its "de" or "des" already: not "Over the Col
            // d’Aspin", a pass's (tuned).
            && groups
                .iter()
                .any(|g| g.connector && matches!(g.word.as_str(), "de" | "des" | "du"));
        // What comes next: another capitalised word, or connectors and then one.
        if (is_capital(p, next, taken) || elided) && !state_unit {
            k = next;
            continue;
        }
        // "Khalid bin Saif al-Harthy", "Abdel Fattah el-Sisi": an Arabic article glued by a
        // hyphen to the family name is part of it.
        let article = matches!(p.text_of(next), "al" | "el")
            && p.is_mark(next + 1, &['-'])
            && p.is_glued(next + 1)
            && p.is_glued(next + 2)
            && is_capital(p, next + 2, taken);
        if article {
            k = next;
            continue;
        }
        // "Ministry of Land, Infrastructure, Transport and Tourism": a body's portfolio after
        // "of" goes on through a list of words up to "and" (#15).
        if let Some(commas) = portfolio_list(p, &groups, next, taken) {
            groups.extend(commas.iter().map(|&c| Group {
                first: c,
                last: c,
                word: ",".to_owned(),
                connector: true,
            }));
            // The list's words, each after its comma; the last is read on by the loop.
            for &c in &commas[..commas.len() - 1] {
                let mut w = c + 1;
                while !p.is_mark(w, &[',']) && is_capital(p, w, taken) {
                    let word = word_at(p, w);
                    w = word.last + 1;
                    groups.push(word);
                }
            }
            groups.sort_by_key(|g| g.first);
            k = commas[commas.len() - 1] + 1;
            continue;
        }
        match connectors(p, &groups, next, taken) {
            Some((joiners, j)) => {
                groups.extend(joiners);
                k = j;
            }
            None => break,
        }
    }
    groups
}

/// Whether the capitalised words at token `k` on name a matter a body deliberates on
/// ("Ageing Society and Population Policy", "Foreign Relations"), not a place it sits in or
/// talks of ("on Capitol Hill", "on Ukraine").
fn a_matter(p: &Paragraph, k: usize, taken: &[bool]) -> bool {
    let mut words = Vec::new();
    let mut at = k;
    while is_capital(p, at, taken) {
        words.push(p.text_of(at));
        at += 1;
    }
    let Some(last) = words.last() else {
        return false;
    };
    let text = words.join(" ");
    let last = last.to_lowercase();
    !lexicon::known_place(&text)
        && !lexicon::known_city(&text)
        && !PLACE_WORDS.contains(&last.as_str())
        && !matches!(last.as_str(), "hill" | "street")
}

/// After a body's name ending "… of Land" (`groups`), the commas at token `j` on of a list of
/// capitalised words, one or two an item, that ends with "and" and another ("Land, Infrastructure, Transport
/// and Tourism", "Rail, Maritime and Transport Workers"): the portfolio goes on through them.
fn portfolio_list(p: &Paragraph, groups: &[Group], j: usize, taken: &[bool]) -> Option<Vec<usize>> {
    let n = groups.len();
    let of_a_body = n >= 3
        && groups[n - 2].word == "of"
        && groups[..n - 2]
            .iter()
            .any(|g| ORGANISATION_WORDS.contains(&g.word.as_str()));
    if !of_a_body || !p.is_mark(j, &[',']) {
        return None;
    }
    let mut commas = Vec::new();
    let mut at = j;
    while p.is_mark(at, &[',']) && commas.len() < 4 {
        let word = at + 1;
        if !is_capital(p, word, taken) || p.tokens.get(word).is_some_and(|t| t.glued) {
            return None;
        }
        commas.push(at);
        let mut after = word_at(p, word).last + 1;
        // "Housing, Local Government and Heritage": an item of two words.
        if is_capital(p, after, taken) && !p.tokens.get(after).is_some_and(|t| t.glued) {
            after = word_at(p, after).last + 1;
        }
        if p.word(after).as_deref() == Some("and") && is_capital(p, after + 1, taken) {
            return Some(commas);
        }
        at = after;
    }
    None
}

/// The last token of the last group.
fn word_last(groups: &[Group]) -> usize {
    groups.last().map_or(0, |g| g.last)
}

/// The word of a name starting at token `k`: with the words a hyphen joins to it ("Barnes-Jewish",
/// "Jong-un", but not "Cambridge-based") and the dot of an abbreviation ("Gov.", "Inc.", "J.").
pub(super) fn word_at(p: &Paragraph, k: usize) -> Group {
    let mut last = k;
    // "Park Ji-yeon", "Lee Hyun-jung", "Lai Ching-te": a capitalised syllable goes on with a
    // syllable in lower case (a romanised given name); "Cambridge-based" is no syllable.
    let joins = |k: usize| {
        let next = p.text_of(k);
        let before = p.text_of(k - 2);
        let syllable = before.starts_with(char::is_uppercase)
            && ((before.chars().count() <= 3 && next.chars().count() <= 5)
                || (lexicon::romanised_syllable(before) && lexicon::romanised_syllable(next)));
        // "Rescue Co-ordination Centre": inside a name, a prefix of two or three letters,
        // capitalised, and the word it is written before make one word ("Non-league" opening a
        // sentence is a common word).
        let inside =
            k >= 3 && p.word(k - 3).is_some() && p.text_of(k - 3).starts_with(char::is_uppercase);
        let prefix = inside
            && (2..=3).contains(&before.chars().count())
            && before.starts_with(char::is_uppercase)
            && before.chars().skip(1).all(char::is_lowercase)
            && next.chars().all(char::is_lowercase);
        // "Hapjeong-dong", "Buk-myeon": a Korean area's suffix.
        let area = matches!(next, "dong" | "myeon");
        // "Congress-led", "BJP-run", "Soviet-era": a short word of what the name does or
        // when, not a part of it (twenty-seventh session).
        let describes = matches!(next, "led" | "run" | "era" | "fed");
        // "Stratford-upon-Avon", "Newcastle-under-Lyme", "Wells-next-the-Sea": a joiner of a
        // place's name goes on through the hyphen after it (#15).
        // A capital after the joiner ("Gaza-under-siege" is a phrase; third reader); a known
        // place may open it ("Newcastle-under-Lyme", fourth reader).
        let joiner = matches!(next, "upon" | "under" | "next" | "juxta")
            && p.is_mark(k + 1, &['-'])
            && p.is_glued(k + 1)
            && p.is_glued(k + 2)
            && (p.capitalised(k + 2)
                || (p.word(k + 2).as_deref() == Some("the") && p.capitalised(k + 4)));
        p.word(k).is_some()
            && !describes
            && (next.starts_with(char::is_uppercase)
                || joiner
                || area
                || next.chars().count() <= 3
                || syllable
                || prefix)
    };
    while p.is_mark(last + 1, &['-'])
        && p.is_glued(last + 1)
        && p.is_glued(last + 2)
        && joins(last + 2)
    {
        last += 2;
    }
    // "St James’ Park", "St Thomas’ Hospital": a possessive of a name ending in "s", inside it;
    // not a body's ("Sightline Property Analytics’ Home Value Index": the firm's index) (#15).
    let body_s = ORGANISATION_WORDS.contains(&p.text_of(last).to_lowercase().as_str());
    if p.text_of(last).ends_with('s')
        && !body_s
        && p.is_mark(last + 1, &['\'', '’'])
        && p.is_glued(last + 1)
        && !p.is_glued(last + 2)
        && p.text_of(last + 2).starts_with(char::is_uppercase)
    {
        last += 1;
    }
    let word = p.text[p.tokens[k].start..p.tokens[last].end].to_lowercase();
    // Words written with a dot: initials, titles, "Inc.", "St."; not "LLP" at a sentence's end.
    let short = word.chars().count() == 1
        || PERSON_TITLES.contains(&word.as_str())
        || matches!(
            word.as_str(),
            "inc"
                | "co"
                | "corp"
                | "ltd"
                | "llc"
                | "plc"
                | "st"
                | "mt"
                | "ft"
                | "jr"
                | "sr"
                | "bros"
                // Given names written short: "Ma." (Maria), "Wm." (William), "Chas.", "Jas.".
                | "ma"
                | "wm"
                | "chas"
                | "jas"
                | "thos"
        );
    if short && p.is_mark(last + 1, &['.']) && p.is_glued(last + 1) {
        last += 1;
    }
    Group {
        first: k,
        last,
        word,
        connector: false,
    }
}

/// Whether the word `w` at token `j` opens the joiner of a German place's name: "an der",
/// "in der", "ob der" ("Pfaffenhofen an der Ilm", "Rothenburg ob der Tauber"), "am" or "im"
/// ("Frankfurt am Main", "Neumarkt im Mühlkreis") after one word that is not "I" (#15).
fn german_place_joiner(p: &Paragraph, groups: &[Group], j: usize, w: &str) -> bool {
    let alone = matches!(w, "am" | "im");
    lexicon::german_joiner(w, p.word(j + 1).as_deref())
        && (!alone || (groups.len() == 1 && groups[0].word != "i"))
}

/// Connectors at token `j` that join the name so far (`groups`) to the capitalised word after
/// them ("University *of* Oxford", "Pacific Gas *and* Electric Co."), and that word's token. Not
/// "of" after a company ("… Inc. of Pittsburgh"), nor "and" between two names ("MoDOT and the
/// Illinois Department") unless an organisation's name goes on through it.
pub(super) fn connectors(
    p: &Paragraph,
    groups: &[Group],
    mut j: usize,
    taken: &[bool],
) -> Option<(Vec<Group>, usize)> {
    // "the journal Papers in Palaeontology", "the charity Women in Science": the title of a
    // publication or a campaigning body is a phrase, and "in" goes on with it (not "the bank
    // Halden Rowe in Whitmore": where a firm is).
    let introduced = p.word_before(groups[0].first).is_some_and(|w| {
        matches!(
            w.as_str(),
            "journal" | "magazine" | "newsletter" | "charity"
        )
    });
    // "the Presidential Committee on Ageing Society", "the Commission on Restitution of Land
    // Rights": a deliberating body's name goes on with "on" and the matter it deliberates.
    let deliberates = groups.last().is_some_and(|g| {
        matches!(
            g.word.as_str(),
            "committee" | "subcommittee" | "commission" | "council" | "panel" | "conference"
        )
    });
    let mut joiners = Vec::new();
    while let Some(w) = p
        .word(j)
        .or_else(|| p.is_mark(j, &['&']).then(|| "&".to_owned()))
    {
        let joins = CONNECTORS.contains(&w.as_str())
            || (joiners.is_empty() && german_place_joiner(p, groups, j, &w))
            || (introduced && w == "in")
            || (deliberates && joiners.is_empty() && w == "on" && a_matter(p, j + 1, taken));
        if !joins || p.text_of(j).starts_with(char::is_uppercase) {
            break;
        }
        joiners.push(Group {
            first: j,
            last: j,
            word: w,
            connector: true,
        });
        j += 1;
    }
    if joiners.is_empty() || joiners.len() > 2 || !is_capital(p, j, taken) {
        return None;
    }
    let last = &groups[groups.len() - 1];
    // "won the Baltic Grand Prix for Kestrel": no event's name goes on with "for"; what follows
    // is the side it was won for.
    let event = EVENT_ENDINGS.contains(&last.word.as_str())
        || super::COMPETITION_WORDS.contains(&last.word.as_str());
    if event && joiners[0].word == "for" {
        return None;
    }
    // "sent a pick to Regina for Ferris": a place's name does not go on with "for"; what
    // follows is what was traded or done for it (#15).
    // "left Manchester for Spain", "to Ontario for Kowalski": a place's name, then "for" and
    // another place or someone, are two names; but a country's before a cause is a campaign's
    // ("Scotland for Marriage").
    let before = &p.text[p.tokens[groups[0].first].start..p.tokens[last.last].end];
    let place = lexicon::known_city(before) || lexicon::known_place(before);
    let place_after = lexicon::known_place(&run_text(p, j, taken));
    let campaign = lexicon::COUNTRIES.contains(&before) && !place_after;
    if place && !campaign && groups.iter().all(|g| !g.connector) && joiners[0].word == "for" {
        return None;
    }
    let company = COMPANY_ENDINGS.contains(&last.word.as_str());
    let and = joiners.iter().any(|g| g.word == "and");
    let initials = p
        .text_of(last.first)
        .chars()
        .filter(|c| c.is_uppercase())
        .count()
        >= 2;
    let organisation = keyword_in_run(p, j, taken)
        || groups
            .iter()
            .any(|g| ORGANISATION_WORDS.contains(&g.word.as_str()));
    // "JetBlue Airways and Spirit Airlines": a name already ended by an organisation's word,
    // and another after "and" with its own, are two names.
    let ended = ORGANISATION_WORDS.contains(&last.word.as_str()) && groups.len() >= 2;
    // "Eastern and Southern Africa": a direction before "and" shares the name after it.
    // "Environment and Climate Change Canada": one word, "and", and words that end with a
    // country's name are a country's department, one name (not "Kenya and Oman").
    let direction = |w: &str| lexicon::DIRECTIONS.contains(&w);
    // "HSE Dublin and North East": after a body's initials and a place, "and" a point of the
    // compass goes on with the body's region (twenty-seventh session).
    // Every word after "and" a point of the compass: not "US Army and South Korean troops",
    // "UN Women and South Sudan".
    let compass_run = run_text(p, j, taken).split_whitespace().all(|w| {
        let w = w.to_lowercase();
        direction(&w) || matches!(w.as_str(), "midlands" | "mid")
    });
    let region = groups.len() == 2
        && p.text_of(groups[0].first).len() >= 2
        && p.text_of(groups[0].first)
            .chars()
            .all(|c| c.is_ascii_uppercase())
        && compass_run;
    let shared = and
        && joiners.len() == 1
        && ((direction(&last.word) && p.word(j).as_deref().is_some_and(direction))
            || region
            || (groups.len() == 1 && department(p, j, taken, &last.word)));
    // "Pellam Studios and Sony Pictures": so is a name ended by one without a connector
    // ("Department of Energy and Climate Change" goes on), before a name of two words or more.
    // So too before one word that a body's name goes on from through an "and" of its own
    // ("Hinton District Council and Ashby and Coleford Borough Council"), or a party's word
    // ("the Green Party and Labour members") (#15).
    let after = run_text(p, j, taken);
    let one_word_complete = || {
        let end = j + after.split_whitespace().count().max(1) - 1;
        lexicon::political_word(&after)
            || (p.word(end + 1).as_deref() == Some("and") && keyword_in_run(p, end + 2, taken))
    };
    let complete = ended
        && groups.iter().all(|g| !g.connector)
        && (after.split_whitespace().count() >= 2 || one_word_complete());
    // "Newfoundland and Labrador": a known place's name goes on through its "and" (#15).
    let known = and
        && joiners.len() == 1
        && p.tokens.get(groups[0].first).is_some_and(|a| {
            let end = j + run_text(p, j, taken).split_whitespace().count().max(1) - 1;
            p.tokens
                .get(end)
                .is_some_and(|b| lexicon::known_place(&p.text[a.start..b.end]))
        });
    // "Cantina Valdorre and Grupo Salcedo": a name opened by a body's word, as Spanish and
    // Italian write them, and another so opened after "and" are two names (#15).
    let opened = |w: &str| ORGANISATION_WORDS.contains(&w);
    let both_opened = groups.len() >= 2
        && groups.iter().all(|g| !g.connector)
        && opened(&groups[0].word)
        && p.word(j).is_some_and(|w| opened(&w))
        && after.split_whitespace().count() >= 2;
    let two_names = and
        && !shared
        && !known
        && (joiners.len() > 1
            || initials
            || !organisation
            || (ended && keyword_in_run(p, j, taken))
            || complete
            || both_opened);
    // "Naoko Fujita *of* the University of Tokyo": someone of an organisation, not one name; but
    // "Bank of America", "Department of Transportation".
    let of = joiners.iter().any(|g| g.word == "of");
    let named_before = groups.iter().any(|g| {
        ORGANISATION_WORDS.contains(&g.word.as_str()) || PLACE_WORDS.contains(&g.word.as_str())
    });
    let organisation_after = p
        .word(j)
        .is_some_and(|w| ORGANISATION_WORDS.contains(&w.as_str()));
    // "Joe Manchin *of* West Virginia": someone of a place; but "Republic of Ireland".
    let state = groups
        .last()
        .is_some_and(|g| STATE_HEADS.contains(&g.word.as_str()));
    let place_after = lexicon::known_place(&run_text(p, j, taken)) && !state;
    // "Paul D. Whitaker *of* Keller & Ames LLP": a middle initial says the name is someone's.
    let someone = groups.len() >= 3
        && groups[1..groups.len() - 1]
            .iter()
            .any(|g| !g.connector && g.word.chars().count() == 1);
    // "Anna Dube of the Ikhwezi Civic Movement": two or three plain words, then "of" and a body's
    // name, are someone of that body (not "Bank of England": one word before "of").
    let plain = (2..=3).contains(&groups.len())
        && groups.iter().all(|g| {
            !g.connector
                && !PERSON_TITLES.contains(&g.word.as_str())
                && !lexicon::generic_first_word(&g.word)
        });
    let member = plain && keyword_in_run(p, j, taken);
    // "Owen Marsh *of* Flagstaff, Arizona": two or three plain words, then "of" a town and its
    // state or country, are someone from that town (#15).
    let from_town = plain && town_and_region(p, j, taken);
    // "Halvorsen Orbital Systems *of* Boulder, Colorado": an organisation of several words, then
    // a town and its state or country: where it is, not its name ("Bank of America" has one word
    // before "of", "University of Oxford" no state after).
    let located = of
        && groups.len() >= 2
        && groups
            .last()
            .is_some_and(|g| ORGANISATION_WORDS.contains(&g.word.as_str()))
        && town_and_region(p, j, taken);
    let belongs_to = (of
        && (organisation_after || place_after || someone || member || from_town)
        && !named_before)
        || located;
    // "Minister of Energy", "Secretary for Health": after a title, "of" or "for" opens its
    // portfolio, part of the title (not "President of France": a place the title is of).
    let portfolio = joiners.len() == 1
        && matches!(joiners[0].word.as_str(), "of" | "for")
        && PERSON_TITLES.contains(&last.word.as_str())
        && !place_after;
    (!company && !two_names && (!belongs_to || portfolio)).then_some((joiners, j))
}

/// Whether the capitalised words from token `j` on end with a country's name after words of their
/// own, and the word before "and" (`word`) names no place: "(Environment and) Climate Change
/// Canada".
fn department(p: &Paragraph, j: usize, taken: &[bool], word: &str) -> bool {
    let run = run_text(p, j, taken);
    let Some((rest, country)) = run.rsplit_once(' ') else {
        return false;
    };
    lexicon::COUNTRIES.contains(&country)
        && !lexicon::known_place(rest)
        && !lexicon::known_place(word)
        && !rest
            .split_whitespace()
            .any(|w| lexicon::DIRECTIONS.contains(&w.to_lowercase().as_str()))
}

/// Last words of the names of sporting events: "Baltic Grand Prix", "Dunmore Open".
const EVENT_ENDINGS: &[&str] = &["prix", "open", "marathon", "classic", "games", "rally"];

/// Words that head the name of a country: "Republic of Ireland", "Kingdom of Saudi Arabia".
const STATE_HEADS: &[&str] = &[
    "republic",
    "kingdom",
    "commonwealth",
    "state",
    "states",
    "emirate",
    "principality",
    "federation",
    "union",
    "island",
    "islands",
    "isle",
    "province",
    "duchy",
    "sultanate",
];

/// Whether the capitalised words from token `j` on are followed by a comma and a known state or
/// country: "Boulder, Colorado".
fn town_and_region(p: &Paragraph, j: usize, taken: &[bool]) -> bool {
    let mut last = j;
    while is_capital(p, last + 1, taken) {
        last += 1;
    }
    if !p.is_mark(last + 1, &[',']) {
        return false;
    }
    let region = run_text(p, last + 2, taken);
    // "Darien, Conn.": a state written short, with its dot (#15).
    let end = last + 1 + region.split_whitespace().count();
    lexicon::known_place(&region)
        || (p.is_mark(end + 1, &['.'])
            && p.is_glued(end + 1)
            && lexicon::known_place(&format!("{region}.")))
}

/// The capitalised words from token `j` on, as written: "West Virginia" of "of West Virginia,".
pub(super) fn run_text(p: &Paragraph, j: usize, taken: &[bool]) -> String {
    let mut last = j;
    while is_capital(p, last + 1, taken) {
        last += 1;
    }
    match (p.tokens.get(j), p.tokens.get(last)) {
        (Some(a), Some(b)) => p.text[a.start..b.end].to_owned(),
        _ => String::new(),
    }
}

/// Whether the capitalised run starting at token `j` holds a word that names an organisation.
pub(super) fn keyword_in_run(p: &Paragraph, mut j: usize, taken: &[bool]) -> bool {
    while is_capital(p, j, taken) || (p.is_mark(j, &['.', '-', '\'', '’']) && p.is_glued(j)) {
        if p.word(j)
            .is_some_and(|w| ORGANISATION_WORDS.contains(&w.as_str()))
        {
            return true;
        }
        j += 1;
    }
    false
}
