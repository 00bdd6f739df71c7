//! Runs of capitalised words that may name a person, a place or an organisation ("Missouri Gov.
//! Ellen Harcourt", "University of Oxford", "Columbia, Illinois", "Federal Emergency Management
//! Agency (FEMA)"), cut into mentions: a title splits off the person it introduces, a common
//! word that only opens the sentence is left out, initials in brackets are kept as a short form.

use std::collections::HashSet;
use std::ops::Range;

use super::lexicon::{
    self, ORGANISATION_WORDS, PERSON_NOUNS, PERSON_TITLES, PLACE_WORDS, TITLE_PARTS,
};
use super::paragraph::Paragraph;
use super::sentences::OPENERS;
use super::tokens::Kind;
use crate::check::date::{MONTHS, WEEKDAYS};

/// One word of a name, with the tokens it spans ("Gov." is a word and a dot, "Barnes-Jewish"
/// three tokens).
#[derive(Debug, Clone)]
struct Group {
    first: usize,
    last: usize,
    /// Lower case, without a final dot.
    word: String,
    connector: bool,
}

/// A stretch of a paragraph that may name someone or something.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub paragraph: usize,
    pub first: usize,
    pub last: usize,
    /// The bytes a blank replaces (the name, and initials in brackets after it).
    pub slot: Range<usize>,
    /// The name as written, without bracketed initials or a possessive "’s".
    pub text: String,
    /// Introduced by a title ("Dr.", "Gov."): a person.
    pub titled: bool,
    /// Initials given in brackets right after it: "(MoDOT)".
    pub initials: Option<String>,
    /// Another name it is "known as".
    pub known_as: Option<String>,
    /// "Columbia, Illinois": the state or country after the comma, and the name before it.
    pub region: Option<(String, String)>,
    /// Before a title, the name may be only the start of the words ("Cal Fire" of "Cal Fire
    /// Battalion Chief"): shorter readings to try, longest first, as token ranges.
    pub shorter: Vec<(usize, usize)>,
    /// Starts with "The" inside a sentence: "The Lancet".
    pub with_the: bool,
    /// The words before a title ("Missouri" of "Missouri Gov."): only a name known from its own
    /// words or another mention is taken from them.
    pub before_title: bool,
    /// Right after a number: "MAX" of "737 MAX".
    pub after_number: bool,
    /// The first word of its sentence, where a capital says nothing ("Government estimates").
    pub opens: bool,
}

const CONNECTORS: &[&str] = &[
    "of", "the", "for", "and", "&", "de", "du", "da", "del", "della", "van", "von", "der", "den",
    "la", "le", "al", "bin", "ibn", "y",
];

/// Particles inside a person's name: "Maria *de la* Cruz", "Ludwig *van* Beethoven".
const NAME_PARTICLES: &[&str] = &[
    "de", "du", "da", "del", "della", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn",
    "y",
];

/// Words that make a name a competition's: "FA Cup", "Premier Division", "Southern League".
const COMPETITION_WORDS: &[&str] = &[
    "league",
    "division",
    "cup",
    "trophy",
    "championship",
    "championships",
    "premiership",
    "tournament",
    "olympics",
];

/// Titles that are also given names: "Dean Ashworth" is someone called Dean.
const GIVEN_NAME_TITLES: &[&str] = &["dean"];

/// Company endings after which "of" starts a place: "Hartwell Wire & Cable Inc. of Pittsburgh".
const COMPANY_ENDINGS: &[&str] = &[
    "inc", "llc", "ltd", "co", "corp", "plc", "gmbh", "ag", "sa", "llp", "lp", "nv", "bv", "pty",
];

/// The words of the article written in lower case somewhere: a capitalised word that is also
/// one of these is a common word when it opens a sentence. With them, as written, initials the
/// article spells out in lower case ("respiratory syncytial virus (RSV)"): a thing, not a name.
pub fn vocabulary(paragraphs: &[Paragraph]) -> Vocabulary {
    let mut words = HashSet::new();
    let mut defined = HashSet::new();
    for p in paragraphs {
        for (i, t) in p.tokens.iter().enumerate() {
            let text = t.text(p.text);
            if t.kind == Kind::Word && text.starts_with(char::is_lowercase) {
                words.insert(text.to_lowercase());
            }
            if let Some(initials) = spelled_in_lower_case(p, i) {
                words.insert(initials.to_owned());
            } else if let Some(initials) = defined_after_a_name(p, i) {
                defined.insert(initials.to_owned());
            }
        }
    }
    Vocabulary { words, defined }
}

/// What the article's own words say of its capitalised words: the words it writes in lower case
/// (and initials it spells out in lower case), and the initials it gives a name in brackets.
#[derive(Debug, Default)]
pub struct Vocabulary {
    words: HashSet<String>,
    defined: HashSet<String>,
}

impl Vocabulary {
    /// Whether the article writes `word` in lower case somewhere.
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// Whether the article gives these initials to a name: "Independent Couriers’ Union (ICU)",
    /// so a later "ICU" is the union's, not a time zone or a common thing.
    pub fn defines(&self, initials: &str) -> bool {
        self.defined.contains(initials)
    }
}

/// The initials at token `i` when they stand in brackets right after a capitalised word:
/// "Employment Appeal Tribunal (*EAT*)".
fn defined_after_a_name<'t>(p: &Paragraph<'t>, i: usize) -> Option<&'t str> {
    let text = p.text_of(i);
    let capitals = text.chars().filter(|c| c.is_uppercase()).count();
    let named = i >= 2
        && p.tokens[i - 2].kind == Kind::Word
        && p.text_of(i - 2).starts_with(char::is_uppercase);
    (p.tokens[i].kind == Kind::Word
        && capitals >= 2
        && p.is_mark(i.checked_sub(1)?, &['('])
        && p.is_mark(i + 1, &[')'])
        && named)
        .then_some(text)
}

/// The initials at token `i` when they stand in brackets after the lower-case words they spell:
/// "respiratory syncytial virus (*RSV*)".
fn spelled_in_lower_case<'t>(p: &Paragraph<'t>, i: usize) -> Option<&'t str> {
    let text = p.text_of(i);
    let letters = text.chars().count();
    if !(2..=6).contains(&letters)
        || !text.chars().all(|c| c.is_ascii_uppercase())
        || !p.is_mark(i.checked_sub(1)?, &['('])
        || !p.is_mark(i + 1, &[')'])
    {
        return None;
    }
    let words: Vec<&str> = p.tokens[..i - 1]
        .iter()
        .rev()
        .filter(|t| t.kind == Kind::Word)
        .take(letters)
        .map(|t| t.text(p.text))
        .collect();
    let spelled = words.len() == letters
        && words.iter().rev().zip(text.chars()).all(|(w, c)| {
            w.starts_with(char::is_lowercase) && w.starts_with(c.to_ascii_lowercase())
        });
    spelled.then_some(text)
}

/// Every mention in `p`, leaving out tokens already `taken` by numbers and dates.
pub fn mentions(p: &Paragraph, taken: &[bool], vocabulary: &Vocabulary) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < p.tokens.len() {
        if !is_capital(p, i, taken) {
            i += 1;
            continue;
        }
        let groups = span(p, i, taken);
        let Some(end) = groups.last().map(|g| g.last) else {
            i += 1;
            continue;
        };
        // "Southern League Premier Division South", "FA Cup": a competition is neither a
        // person, a place nor (surely) an organisation; the whole name is left out.
        if groups
            .iter()
            .any(|g| COMPETITION_WORDS.contains(&g.word.as_str()))
        {
            i = end + 1;
            continue;
        }
        let before = out.len();
        split(p, &groups, vocabulary, &mut out);
        i = out[before..]
            .iter()
            .map(|m| m.last)
            .max()
            .unwrap_or(end)
            .max(end)
            + 1;
        if let Some(m) = out.last()
            && m.initials.is_some()
        {
            widen_to_initials(p, &mut out);
        }
        // "Columbia, Illinois": a name, a comma and a state or country.
        if out.len() > before
            && let Some(next) = region_after(p, end, taken)
        {
            let last = out.len() - 1;
            let m = &mut out[last];
            let organisation = crate::normalize::words(&m.text)
                .iter()
                .any(|w| ORGANISATION_WORDS.contains(&w.as_str()));
            if m.last == end && !m.titled && !lexicon::known_place(&m.text) && !organisation {
                m.region = Some((next.1.clone(), m.text.clone()));
                m.last = next.0;
                m.slot.end = p.tokens[next.0].end;
                m.text = p.text[m.slot.clone()].to_owned();
                i = next.0 + 1;
            }
        }
    }
    // "GMT", "GDP", "DNA": a time zone, initials for a thing.
    out.retain(|m| {
        vocabulary.defines(&m.text)
            || (!lexicon::is_time_zone(&m.text)
                && !lexicon::is_common_initialism(&m.text)
                && !vocabulary.contains(&m.text)
                && !two_letters(&m.text))
    });
    // "BBC Radio 5 Live": a name that goes on through a number is more than its words on either
    // side, and is left out.
    out.retain(|m| !p.number_in_a_name(m.last + 1) && !p.number_in_a_name(m.first.wrapping_sub(1)));
    out
}

/// "PE", "IT", "HR": two capitals the article never gives a name to are as often a subject or a
/// department as an organisation, and are left out; a country's ("UK", "US") stays.
fn two_letters(text: &str) -> bool {
    text.chars().count() == 2
        && text.chars().all(|c| c.is_ascii_uppercase())
        && lexicon::country_initials(text).is_none()
}

/// A capitalised word that may begin or continue a name.
fn is_capital(p: &Paragraph, i: usize, taken: &[bool]) -> bool {
    let Some(token) = p.tokens.get(i) else {
        return false;
    };
    let text = token.text(p.text);
    if token.kind != Kind::Word
        || taken.get(i).copied().unwrap_or(true)
        || !text.starts_with(char::is_uppercase)
    {
        return false;
    }
    let lower = text.trim_end_matches('.').to_lowercase();
    let month = MONTHS.iter().any(|m| m.eq_ignore_ascii_case(&lower));
    let weekday = WEEKDAYS
        .iter()
        .any(|d| lower.starts_with(&d.to_lowercase()));
    // "No. 10": an abbreviation of "number", not a name.
    let number = lower == "no" && p.is_mark(i + 1, &['.']);
    // "She said": a pronoun is never a name (written as a word, so not "US" or "IT").
    let pronoun = PRONOUNS.contains(&text);
    !(month || weekday || number || pronoun || lower == "i")
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
fn span(p: &Paragraph, i: usize, taken: &[bool]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    let mut k = i;
    loop {
        let word = word_at(p, k);
        let next = word.last + 1;
        groups.push(word);
        // What comes next: another capitalised word, or connectors and then one.
        if is_capital(p, next, taken) {
            k = next;
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

/// The word of a name starting at token `k`: with the words a hyphen joins to it ("Barnes-Jewish",
/// "Jong-un", but not "Cambridge-based") and the dot of an abbreviation ("Gov.", "Inc.", "J.").
fn word_at(p: &Paragraph, k: usize) -> Group {
    let mut last = k;
    let joins = |k: usize| {
        let next = p.text_of(k);
        p.word(k).is_some() && (next.starts_with(char::is_uppercase) || next.chars().count() <= 3)
    };
    while p.is_mark(last + 1, &['-'])
        && p.is_glued(last + 1)
        && p.is_glued(last + 2)
        && joins(last + 2)
    {
        last += 2;
    }
    // "St James’ Park", "St Thomas’ Hospital": a possessive of a name ending in "s", inside it.
    if p.text_of(last).ends_with('s')
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

/// Connectors at token `j` that join the name so far (`groups`) to the capitalised word after
/// them ("University *of* Oxford", "Pacific Gas *and* Electric Co."), and that word's token. Not
/// "of" after a company ("… Inc. of Pittsburgh"), nor "and" between two names ("MoDOT and the
/// Illinois Department") unless an organisation's name goes on through it.
fn connectors(
    p: &Paragraph,
    groups: &[Group],
    mut j: usize,
    taken: &[bool],
) -> Option<(Vec<Group>, usize)> {
    let mut joiners = Vec::new();
    while let Some(w) = p
        .word(j)
        .or_else(|| p.is_mark(j, &['&']).then(|| "&".to_owned()))
    {
        if !CONNECTORS.contains(&w.as_str()) || p.text_of(j).starts_with(char::is_uppercase) {
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
    let two_names = and && (joiners.len() > 1 || initials || !organisation);
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
    let belongs_to = of && (organisation_after || place_after || someone) && !named_before;
    (!company && !two_names && !belongs_to).then_some((joiners, j))
}

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

/// The capitalised words from token `j` on, as written: "West Virginia" of "of West Virginia,".
fn run_text(p: &Paragraph, j: usize, taken: &[bool]) -> String {
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
fn keyword_in_run(p: &Paragraph, mut j: usize, taken: &[bool]) -> bool {
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

/// Whether `text` ends with (or, for organisations, holds) a word that says what it names.
pub fn has_keyword(text: &str) -> bool {
    let words = crate::normalize::words(text);
    words
        .iter()
        .any(|w| ORGANISATION_WORDS.contains(&w.as_str()))
        || words
            .last()
            .is_some_and(|w| PLACE_WORDS.contains(&w.as_str()))
}

/// Turns the words of a span into mentions: without a common word that opens the sentence,
/// split at a title, with initials in brackets after it.
fn split(p: &Paragraph, groups: &[Group], vocabulary: &Vocabulary, out: &mut Vec<Mention>) {
    let groups = without_opener(p, groups, vocabulary);
    if groups.is_empty() {
        return;
    }
    let keyword_last = groups.last().is_some_and(|g| {
        ORGANISATION_WORDS.contains(&g.word.as_str()) || PLACE_WORDS.contains(&g.word.as_str())
    });
    // "Florida’s Gulf Coast": a known place's possessive ends a name.
    if let Some(k) = groups[..groups.len() - 1].iter().position(|g| {
        let base = g.word.trim_end_matches("’s").trim_end_matches("'s");
        base.len() < g.word.len() && lexicon::known_place(base)
    }) {
        split(p, &groups[..=k], vocabulary, out);
        split(p, &groups[k + 1..], vocabulary, out);
        return;
    }
    // "Tom Keane KC": letters after a name are not part of it.
    let groups = match groups.split_last() {
        Some((last, rest)) if rest.len() >= 2 && lexicon::is_postnominal(p.text_of(last.first)) => {
            rest
        }
        _ => groups,
    };
    // A title, or a word for someone's role opening the name: "Seismologist Naoko Fujita".
    // "said Dean Ashworth": a title that is also a given name, with one word after it, is the
    // name's first word.
    let given_name = |k: usize, g: &Group| {
        GIVEN_NAME_TITLES.contains(&g.word.as_str())
            && groups.len() == k + 2
            && !p.is_mark(g.last, &['.'])
    };
    let role = |k: usize, g: &Group| {
        (PERSON_TITLES.contains(&g.word.as_str()) && !given_name(k, g))
            || (k == 0 && PERSON_NOUNS.contains(&g.word.as_str()) && groups.len() > 2)
    };
    let title = (!keyword_last)
        .then(|| groups.iter().enumerate().position(|(k, g)| role(k, g)))
        .flatten()
        .filter(|&t| {
            groups[t + 1..]
                .iter()
                .any(|g| !g.connector && !is_title_word(g))
        });
    let Some(mut t) = title else {
        out.push(mention(p, groups, false));
        return;
    };
    // "*Vice* President", "*Deputy Prime* Minister": words that open a title belong to it.
    while t > 0 && TITLE_PARTS.contains(&groups[t - 1].word.as_str()) {
        t -= 1;
    }
    // The words before the title may name a place or an organisation ("Missouri", "Cal Fire").
    let prefix: Vec<Group> = groups[..t]
        .iter()
        .rev()
        .skip_while(|g| g.connector)
        .cloned()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if !prefix.is_empty() {
        let mut m = mention(p, &prefix, false);
        m.before_title = true;
        m.shorter = (1..prefix.len())
            .rev()
            .filter(|&n| !prefix[n - 1].connector)
            .map(|n| (prefix[0].first, prefix[n - 1].last))
            .collect();
        out.push(m);
    }
    // "Chief Executive", "Lt. Gov.": a title of several words, up to the name.
    let mut u = t;
    while groups.get(u + 1).is_some_and(is_title_word) {
        u += 1;
    }
    // The name goes on through particles ("Maria de la Cruz") up to "of", "the", "and".
    let person_end = groups[u + 1..]
        .iter()
        .position(|g| g.connector && !NAME_PARTICLES.contains(&g.word.as_str()))
        .map_or(groups.len(), |k| u + 1 + k);
    let person_end = (u + 2..=person_end)
        .rev()
        .find(|&e| !groups[e - 1].connector)
        .unwrap_or(person_end);
    // A title followed by no name ("Dr. of ...") introduces nobody.
    if person_end > u + 1 {
        out.push(mention(p, &groups[u + 1..person_end], true));
    }
    // What follows the person's name: "of the University of Oxford".
    let rest: Vec<Group> = groups[person_end..]
        .iter()
        .skip_while(|g| g.connector)
        .cloned()
        .collect();
    if !rest.is_empty() {
        split(p, &rest, vocabulary, out);
    }
}

/// A word of a title: "Gov.", "Chief", "Executive" (after a title).
fn is_title_word(g: &Group) -> bool {
    PERSON_TITLES.contains(&g.word.as_str()) || TITLE_PARTS.contains(&g.word.as_str())
}

/// `groups` without a common word that only opens the sentence ("The", "Residents", "Chronic"):
/// one the article writes in lower case elsewhere, or one that opens sentences anyway.
fn without_opener<'g>(p: &Paragraph, groups: &'g [Group], vocabulary: &Vocabulary) -> &'g [Group] {
    let Some(first) = groups.first() else {
        return groups;
    };
    // "Chancellor Rachel Reeves" opens a sentence though "the chancellor" is written elsewhere.
    let title = PERSON_TITLES.contains(&first.word.as_str()) && groups.len() > 1;
    let common = !title
        && (OPENERS.contains(&first.word.as_str())
            || vocabulary.contains(&first.word)
            || crate::check::number::read(&first.word, None).is_some());
    if !opens_sentence(p, first.first) || !common {
        return groups;
    }
    // "East Japan Railway Co.", "South Korea": a company's full name, a known place.
    let company = groups
        .last()
        .is_some_and(|g| COMPANY_ENDINGS.contains(&g.word.as_str()));
    let first_token = p.tokens[groups[0].first].start;
    let last_token = p.tokens[groups[groups.len() - 1].last].end;
    if company || lexicon::known_place(&p.text[first_token..last_token]) {
        return groups;
    }
    let mut start = 1;
    while groups.get(start).is_some_and(|g| g.connector) {
        start += 1;
    }
    &groups[start.min(groups.len())..]
}

/// Whether token `i` is the first word of its sentence (marks such as a quotation mark may come
/// before it).
fn opens_sentence(p: &Paragraph, i: usize) -> bool {
    let s = p.sentence(p.sentence_of(p.tokens[i].start));
    p.tokens[..i]
        .iter()
        .rev()
        .take_while(|t| t.start >= s.start)
        .all(|t| t.kind == Kind::Mark)
}

fn mention(p: &Paragraph, groups: &[Group], titled: bool) -> Mention {
    let (first, mut last) = (groups[0].first, groups[groups.len() - 1].last);
    let mut slot = p.tokens[first].start..p.tokens[last].end;
    let mut text = p.text[slot.clone()].to_owned();
    // A possessive: "Harcourt’s".
    for s in ["’s", "'s"] {
        if text.ends_with(s) && text.len() > s.len() {
            text.truncate(text.len() - s.len());
            slot.end -= s.len();
        }
    }
    let with_the = groups[0].word == "the" && !opens_sentence(p, first);
    // "(MoDOT)": initials in brackets right after the name.
    let mut initials = None;
    if p.is_mark(last + 1, &['(']) && p.is_mark(last + 3, &[')']) {
        let inside = p.text_of(last + 2);
        let capitals = inside.chars().filter(|c| c.is_uppercase()).count();
        if capitals >= 2 && p.tokens[last + 2].kind == Kind::Word {
            initials = Some(inside.to_owned());
            last += 3;
            slot.end = p.tokens[last].end;
        }
    }
    // ", known as Cal Fire".
    let mut known_as = None;
    let k = last + 1 + usize::from(p.is_mark(last + 1, &[',']));
    if p.word(k).as_deref() == Some("known") && p.word(k + 1).as_deref() == Some("as") {
        let mut j = k + 2;
        while p
            .tokens
            .get(j)
            .is_some_and(|t| t.kind == Kind::Word && t.text(p.text).starts_with(char::is_uppercase))
        {
            j += 1;
        }
        if j > k + 2 {
            known_as = Some(p.text[p.tokens[k + 2].start..p.tokens[j - 1].end].to_owned());
        }
    }
    Mention {
        paragraph: p.index,
        first,
        last,
        slot,
        text,
        titled,
        initials,
        known_as,
        region: None,
        shorter: Vec::new(),
        with_the,
        before_title: false,
        after_number: first > 0 && p.tokens[first - 1].kind == Kind::Number,
        opens: opens_sentence(p, first),
    }
}

mod after;

use after::{region_after, widen_to_initials};

#[cfg(test)]
mod tests;
