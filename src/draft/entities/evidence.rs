//! Evidence read from a few words around a mention, each for one rule of context.rs: years of
//! life in brackets, the name of an event, a holding "in" a company, a centre that may be a venue,
//! a name that only describes a plural noun, a title’s holder, what a name is said to be, a
//! body’s name before its own noun ("the Homeland party").

use super::super::lexicon::{self, EVENT_NOUNS, ORGANISATION_NOUNS, PERSON_TITLES};
use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use crate::normalize;

/// Whether years of birth and death in brackets follow a mention: "Anna Brook (1802–1871)",
/// "(c.1580–1651)", "(born 1950)": only a person is born and dies.
pub(super) fn life_years(p: &Paragraph, m: &Mention) -> bool {
    if !p.is_mark(m.last + 1, &['(']) {
        return false;
    }
    let Some(close) = (m.last + 2..m.last + 9).find(|&k| p.is_mark(k, &[')'])) else {
        return false;
    };
    let year = |t: &str| {
        let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
        digits.len() == 4
            && digits
                .parse::<u32>()
                .is_ok_and(|y| (1000..=2100).contains(&y))
    };
    let mut years = 0;
    for k in m.last + 2..close {
        let Some(t) = p.tokens.get(k) else {
            return false;
        };
        let text = t.text(p.text);
        match t.kind {
            Kind::Number if year(text) => years += 1,
            Kind::Mark if matches!(text, "–" | "-" | "." | "?") => {}
            Kind::Word if matches!(text, "c" | "ca" | "b" | "d" | "born" | "died") => {}
            _ => return false,
        }
    }
    years > 0
}

/// Whether a name stands before a noun of an event ("the Harwick Ridge fire", "the Danby
/// floods"): it names the event, and what the event is named after is not said. Not a name's
/// possessive: "Paramount’s disaster thriller" is the studio's.
pub(super) fn names_an_event(p: &Paragraph, m: &Mention) -> bool {
    !crate::draft::paragraph::is_possessive(p.text_of(m.last))
        && p.tokens.get(m.last + 1).is_some_and(|t| {
            let written = t.text(p.text);
            let noun = written.strip_suffix('s').unwrap_or(written);
            t.kind == Kind::Word
                && written.starts_with(char::is_lowercase)
                && (EVENT_NOUNS.contains(&written) || EVENT_NOUNS.contains(&noun))
        })
}

/// Whether "shares in", "stock in", "a stake in" or "an investor in" comes before a mention: a
/// holding in a company
/// ("shares in Pellmore") or a market ("shares in Tokyo"), so "in" does not say it is where
/// something is, and a known company's short form may be meant.
pub(super) fn holding_in(p: &Paragraph, m: &Mention) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| p.word(k));
    p.word_before(m.first).as_deref() == Some("in")
        && matches!(
            word(m.first.checked_sub(2)).as_deref(),
            Some(
                "shares"
                    | "stock"
                    | "stocks"
                    | "stake"
                    | "stakes"
                    | "investor"
                    | "investors"
                    | "shareholder"
                    | "shareholders"
            )
        )
}

/// Whether a name ends with "Centre" or "Center": a building people go to, or a body that does a
/// job ("Rescue Co-ordination Centre"), as the words around may say.
pub(super) fn venue(m: &Mention) -> bool {
    let words = normalize::words(&m.text);
    // "the National Hurricane Center", "the Federal Crisis Centre": a centre a nation or a
    // government runs is the body that works there.
    let governed = words.first().is_some_and(|w| {
        matches!(
            w.as_str(),
            "national" | "federal" | "international" | "european" | "joint" | "central"
        )
    });
    // Not "the National Exhibition Centre", "the National Tennis Center": a venue still.
    let held = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "exhibition"
                | "convention"
                | "conference"
                | "tennis"
                | "sports"
                | "aquatic"
                | "aquatics"
                | "arts"
                | "performing"
                | "shopping"
                | "trade"
                | "leisure"
                | "cultural"
        )
    });
    (!governed || held)
        && words
            .last()
            .is_some_and(|w| matches!(w.as_str(), "centre" | "center"))
}

/// Whether a name is a building's, though a body's word is in it: "Parliament House" (where a
/// parliament sits), "St. Anselm Catholic Church" (a parish's church, named for its saint), "the
/// Grand Mosque", "Assembly Buildings" (a plural "Buildings" is a site's). A church named without a saint ("the Methodist Church") is the body.
pub(super) fn a_building(m: &Mention) -> bool {
    let words = normalize::words(&m.text);
    let Some(last) = words.last() else {
        return false;
    };
    let saint = words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "st" | "saint" | "ste" | "sainte"));
    building(m)
        || (words.len() > 1
            && matches!(
                last.as_str(),
                "cathedral"
                    | "chapel"
                    | "basilica"
                    | "mosque"
                    | "synagogue"
                    | "abbey"
                    | "palace"
                    | "buildings"
            ))
        || (saint && last == "church")
}

/// Whether one word stands between a preposition and a plural noun: "a discount to Brent
/// prices", "paid in Kenyan shillings": the preposition's object is the noun, which the name
/// only describes.
pub(super) fn before_a_plural(p: &Paragraph, m: &Mention) -> bool {
    let Some(next) = p.tokens.get(m.last + 1) else {
        return false;
    };
    let written = next.text(p.text);
    let plural = written.len() > 4
        && written.ends_with('s')
        && !["ss", "us", "is", "ys", "as", "os"]
            .iter()
            .any(|end| written.ends_with(end));
    m.first == m.last
        && next.kind == Kind::Word
        && written.starts_with(char::is_lowercase)
        && plural
}

/// Whether a comma and a title with its portfolio stand right before the mention: "Oman’s
/// Minister of Energy and Minerals, Khalid bin Saif al-Harthy", "the director of services, Ciarán
/// Mulrooney": the name that follows is the holder's.
pub(super) fn after_a_portfolio(p: &Paragraph, m: &Mention) -> bool {
    if m.first < 2 || !p.is_mark(m.first - 1, &[',']) {
        return false;
    }
    let mut portfolio = false;
    for k in (m.first.saturating_sub(8)..m.first - 1).rev() {
        let Some(word) = p.word(k) else {
            return false;
        };
        if matches!(word.as_str(), "of" | "for") {
            portfolio = true;
        } else if portfolio
            && (PERSON_TITLES.contains(&word.as_str()) || lexicon::names_someone(&word))
        {
            return true;
        }
    }
    false
}

/// Whether a comma, an article and a noun for an organisation, with at most one word before it,
/// follow the mention: "Sal’s Place, a bar", "Verity Jazz, a Boston label" (not "Springfield, a
/// city where the company": the noun that follows the article says what the name is).
pub(super) fn said_to_be_an_organisation(p: &Paragraph, m: &Mention) -> bool {
    let comma = m.last + 1;
    p.is_mark(comma, &[','])
        && matches!(p.word(comma + 1).as_deref(), Some("a" | "an"))
        && (comma + 2..comma + 4).any(|k| {
            p.word(k)
                .is_some_and(|w| ORGANISATION_NOUNS.contains(&w.as_str()))
                && ends_its_phrase(p, k)
                && (comma + 2..k).all(|j| p.word(j).is_some())
        })
}

/// Whether the word at token `k` ends its noun phrase: a mark, the end, a number, a name, a
/// preposition or a participle follows it ("a state pension fund,", "a bank in Leeds", "a fund
/// worth £2bn", "a firm run by", "a bank based in", "a bank Tarvane bought"); not when a word
/// for someone follows within the lower-case words after it ("a bank lending officer"), or
/// another noun it describes ("a hedge fund veteran", "a hedge fund high flyer").
pub(super) fn ends_its_phrase(p: &Paragraph, k: usize) -> bool {
    let lower = |j: usize| {
        p.tokens
            .get(j)
            .is_some_and(|t| t.kind == Kind::Word && t.text(p.text).starts_with(char::is_lowercase))
    };
    let Some(next) = p.word(k + 1).filter(|_| lower(k + 1)) else {
        return true;
    };
    let someone_after = (k + 1..k + 4)
        .take_while(|&j| {
            lower(j)
                && p.word(j)
                    .is_some_and(|w| !PREPOSITIONS.contains(&w.as_str()))
        })
        .any(|j| p.word(j).is_some_and(|w| lexicon::names_someone(&w)));
    if someone_after {
        return false;
    }
    PREPOSITIONS.contains(&next.as_str())
        || PARTICIPLES.contains(&next.as_str())
        || next.ends_with("ed")
        || next.ends_with("ing")
}

/// Words that open a phrase or a clause after a noun: "a bank in Leeds", "a fund that".
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "of", "in", "at", "by", "for", "with", "from", "on", "to", "that", "which", "who", "whose",
    "where", "and", "or", "but", "as", "than", "since", "near", "under", "into", "across", "over",
    "after", "before", "until", "while", "when", "outside", "inside", "behind",
];

/// Participles and adjectives that do not end in "-ed" and open a phrase after a noun: "a firm
/// run by", "a fund worth £2bn".
#[rustfmt::skip]
const PARTICIPLES: &[&str] = &[
    "run", "led", "set", "held", "built", "owned", "worth", "made", "bought", "sold", "founded",
    "headquartered", "listed", "backed", "known", "seen", "valued", "named", "called", "grown",
    "taken", "chosen", "given", "driven", "written", "shown",
];

/// Whether a spokesperson, written in lower case, follows the name inside its sentence ("a
/// Harwick Square spokesperson said"): what speaks through a spokesperson is a body, whatever
/// the name's own last word says ("Square", "Street"). Not at the start of a sentence, where the
/// capital may be the sentence's ("Company spokeswoman Ann Lee").
/// A person's spokesperson is not: a titled name ("Mr Hale's spokesman"), an owner
/// ("Hale's spokesman") or a lone word ("a Hale spokesman", a surname as often as a body's
/// short form) is left to the other rules.
pub(super) fn has_a_spokesperson(p: &Paragraph, m: &Mention) -> bool {
    let end = p.text_of(m.last);
    !m.opens
        && !m.titled
        && !end.trim_end_matches('s').ends_with(['\'', '\u{2019}'])
        && m.first < m.last
        && p.text_of(m.last + 1).starts_with(char::is_lowercase)
        && matches!(
            p.word(m.last + 1).as_deref(),
            Some("spokesperson" | "spokesman" | "spokeswoman" | "spokespeople")
        )
}

/// Whether an officer that only a body has follows the name: "Metrolinx spokesperson Tomasz
/// Leclair", "TTC CEO Anjali Marchetti", "Suðurorka’s chief executive": what has a chief
/// executive, a chair or a spokesperson named after it, at the start of a sentence too, is a
/// body (#15); so is what a spokesperson speaks for ("a spokesperson for Isavia"). Not a word
/// that opens or ends a longer name of the article, one of `parts`: a
/// person's spokesperson ("Trump spokesman Steven Cheung"), a club's short form named after
/// its town ("Marlcombe’s chairwoman" of "Marlcombe Town"), each left to the rules that link a
/// short form; nor the last of names joined by "and" ("Tees Valley and Wear’s chief
/// executive"); nor a title's or a noun's own capital at the start of a sentence ("Former CEO
/// Ann Lee", "Company spokeswoman Ann Lee"), nor a people's word ("Mexican President").
/// Without the possessive, the officer's name must follow.
pub(super) fn has_an_officer(
    p: &Paragraph,
    m: &Mention,
    parts: &std::collections::HashSet<String>,
    surnames: &std::collections::HashSet<String>,
) -> bool {
    let words = normalize::words(&m.text);
    let Some(first) = words.first() else {
        return false;
    };
    let common = |w: &str| {
        ORGANISATION_NOUNS.contains(&w)
            || PERSON_TITLES.contains(&w)
            || lexicon::TITLE_PARTS.contains(&w)
            || lexicon::names_someone(w)
            || matches!(
                w,
                "former" | "then" | "new" | "outgoing" | "incoming" | "joint" | "co"
            )
    };
    if m.titled
        || common(first)
        || lexicon::is_demonym(&m.text)
        || lexicon::nationality(&m.text)
        // A firm's short form may open its longer name ("Halden’s chief product officer" beside
        // "Halden Mobile"): a firm's officer after its possessive is no person's; but a word that
        // ends a longer name is a surname as often ("Starmer’s" after "Keir Starmer").
        || (words.len() == 1
            && parts.contains(&normalize::key(&m.text))
            && !(super::holds_its_owner_s(p.text_of(m.last))
                && !surnames.contains(&normalize::key(&m.text))
                && corporate_officer(p, m.last + 1, false).is_some()))
        || matches!(p.word_before(m.first).as_deref(), Some("and" | "&" | "of"))
    {
        return false;
    }
    // "a spokesperson for Isavia", "for the TTC".
    let mut before = m.first;
    if p.word_before(before).as_deref() == Some("the") {
        before -= 1;
    }
    if p.word_before(before).as_deref() == Some("for")
        && before >= 2
        && matches!(
            p.word(before - 2).as_deref(),
            Some("spokesperson" | "spokesman" | "spokeswoman")
        )
    {
        return true;
    }
    // The token holds its "’s" ("Suðurorka’s").
    let possessive = super::holds_its_owner_s(p.text_of(m.last));
    let at = m.last + 1;
    let written = p.text_of(at);
    let end = match p.word(at).as_deref() {
        // A person has a spokesman too ("Orvel’s spokesman, Ivo Brandt"): not after a
        // possessive.
        Some("spokesperson" | "spokesman" | "spokeswoman")
            if written.starts_with(char::is_lowercase) && !possessive =>
        {
            at
        }
        Some("chairman" | "chairwoman" | "chairperson")
            if written.starts_with(char::is_lowercase) =>
        {
            at
        }
        Some("ceo" | "cfo" | "coo") if written.chars().all(char::is_uppercase) => at,
        Some("chief") if p.word(at + 1).as_deref() == Some("executive") => at + 1,
        Some("managing") if p.word(at + 1).as_deref() == Some("director") => at + 1,
        // A firm's officers after its possessive: "Halden’s chief product officer", "Verizon’s
        // senior vice president of devices", "Halden’s head of silicon" (#15); not a country's
        // ("Kenya’s vice president", "Britain’s head of state") nor a person's ("Trump’s chief
        // of staff": no officer after "chief").
        _ if possessive && !(lexicon::known_place(&m.text) || lexicon::known_city(&m.text)) => {
            match corporate_officer(p, at, written_in_capitals(&m.text)) {
                Some(end) => end,
                None => return false,
            }
        }
        _ => return false,
    };
    if !p.text_of(end).starts_with(char::is_lowercase) && !written.chars().all(char::is_uppercase) {
        return false;
    }
    // After a possessive, the officer is named, set off or does something ("Suðurorka’s chief
    // executive, Dr Ann Holt", "…, Suðurorka’s chief executive, said", "Tarvane’s chief
    // executive said"); not a role someone holds ("Musk’s chief executive role at Tesla").
    let set_off = p.tokens.get(end + 1).is_none_or(|t| t.kind == Kind::Mark);
    // Acts: a verb follows, said, in the past, helped or in the present ("has said", "will
    // meet", "expects"), perhaps after an adverb ("also said") or a second office ("and
    // chairman, Ann Holt"); a preposition or a noun says whose role it is ("in waiting", "at
    // SpaceX", "role").
    let mut at = end + 1;
    while p.word(at).is_some_and(|w| {
        w.ends_with("ly") || matches!(w.as_str(), "also" | "still" | "then" | "now" | "later")
    }) {
        at += 1;
    }
    if p.word(at).as_deref() == Some("and")
        && p.word(at + 1)
            .is_some_and(|w| lexicon::names_someone(&w) || PERSON_TITLES.contains(&w.as_str()))
    {
        at += 2;
    }
    let set_off = set_off || p.tokens.get(at).is_none_or(|t| t.kind == Kind::Mark);
    let acts = p.word(at).filter(|_| !p.capitalised(at)).is_some_and(|w| {
        crate::draft::value::past_form(&w)
            || lexicon::SPEECH_VERBS.contains(&w.as_str())
            || matches!(
                w.as_str(),
                "has"
                    | "had"
                    | "is"
                    | "was"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "should"
                    | "did"
                    | "does"
            )
            || (w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                // "chief executive ambitions ended": a plural noun before its verb.
                && !p
                    .word(at + 1)
                    .is_some_and(|n| crate::draft::value::past_form(&n)))
    });
    p.capitalised(end + 1) || (possessive && (set_off || acts))
}

/// Whether a name is written in capitals, as initials are ("UAGR-COAG’s", "BBC"), its "’s"
/// aside.
fn written_in_capitals(name: &str) -> bool {
    let name = name.trim_end_matches("’s").trim_end_matches("'s");
    name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && name
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, '-' | '&' | '.'))
}

/// The last token of a firm's officer written in lower case from token `at`, with what the
/// officer is over ("of devices", "of global sales"): "chief product officer", "chief operating
/// officer", "senior vice president", "executive vice president". Not a public office ("chief
/// medical officer", "chief fire officer", "chief administrative officer"), nor "head of",
/// which councils and politicians' staff have too ("Cumbria’s head of highways", "Starmer’s
/// head of communications") (second reader), but for a body's initials, which no person is
/// written in ("UAGR-COAG’s head of wine").
fn corporate_officer(p: &Paragraph, at: usize, initials: bool) -> Option<usize> {
    let lower = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && t.text(p.text).starts_with(char::is_lowercase))
    };
    let word = |k: usize| p.word(k).filter(|_| lower(k));
    let end = match word(at)?.as_str() {
        // "chief product officer", "chief human resources officer".
        "chief" => (at + 2..=at + 3).find(|&k| {
            word(k).as_deref() == Some("officer")
                && (at + 1..k).all(|j| word(j).is_some_and(|w| FIRMS_OFFICES.contains(&w.as_str())))
        })?,
        "senior" | "executive"
            if word(at + 1).as_deref() == Some("vice")
                && word(at + 2).as_deref() == Some("president") =>
        {
            at + 2
        }
        "head" if initials => at,
        _ => return None,
    };
    // "of devices", "of global sales": words in lower case, no article ("of the White House").
    let over = |k: usize| lower(k) && !matches!(word(k).as_deref(), Some("the" | "a" | "an"));
    if word(end + 1).as_deref() == Some("of") && over(end + 2) {
        return Some(
            (end + 2..end + 5)
                .take_while(|&j| over(j))
                .last()
                .unwrap_or(end + 2),
        );
    }
    Some(end)
}

/// What a firm's chief officer is over, between "chief" and "officer": "chief product officer".
#[rustfmt::skip]
const FIRMS_OFFICES: &[&str] = &[
    "operating", "financial", "technology", "product", "marketing", "commercial", "revenue",
    "information", "digital", "strategy", "investment", "risk", "legal", "data", "customer",
    "design", "brand", "growth", "business", "people", "sustainability", "communications",
    "technical", "scientific", "security", "compliance", "creative", "accounting", "human",
    "resources",
];

/// Whether the name, of two words or more, is a site's, by the noun in lower case after it, after
/// "the" or an owner's "’s", with at most two words in lower case between ("the Loma Seca mine",
/// "the Mbeya Hills copper-cobalt complex", "Tarvane’s Kolwe Ridge smelter"): what is dug or
/// built there is named for the place (#15). A unit of a country after a name is
/// `context::names_a_unit`'s.
pub(super) fn names_a_site(p: &Paragraph, m: &Mention) -> bool {
    let lower = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && t.text(p.text).starts_with(char::is_lowercase))
    };
    let site = |k: usize| {
        lower(k)
            && p.word(k).is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "mine" | "mines" | "complex" | "quarry" | "smelter" | "deposit" | "oilfield"
                )
            })
    };
    let owned = p.word_before(m.first).as_deref() == Some("the")
        || m.first
            .checked_sub(1)
            .is_some_and(|k| super::holds_its_owner_s(p.text_of(k)));
    // "copper-cobalt": a hyphen glued between words in lower case is part of them.
    let between = |k: usize| lower(k) || (p.is_mark(k, &['-']) && p.is_glued(k));
    let next = m.last + 1;
    // Two words or more: a one-word name before "mine" or "complex" is as often the company or
    // the group that runs it ("the Zijin mine", "the Wagner complex").
    // "the Barrick Gold mine", "the Kolwe Resources smelter": a name that ends with what is dug
    // or with an industry's word is the company's that runs the site.
    let words = normalize::words(&m.text);
    let company = words.last().is_some_and(|w| {
        COMMODITIES.contains(&w.as_str()) || super::own::INDUSTRY_HEADS.contains(&w.as_str())
    });
    !m.titled
        && words.len() > 1
        && !company
        && owned
        && (next..next + 4).any(|k| site(k) && (next..k).all(between))
}

/// What a mine, a quarry or a well yields, as the last word of a company's name ("Barrick
/// Gold", "Northern Copper").
#[rustfmt::skip]
const COMMODITIES: &[&str] = &[
    "gold", "silver", "copper", "coal", "oil", "gas", "iron", "nickel", "zinc", "lithium",
    "uranium", "platinum", "cobalt", "diamonds", "petroleum",
];

/// Whether a mention follows a royal or noble title and "of" ("the Princess of Wales", "Duke of
/// Kent"): the place is the title's, part of a person's style.
pub(super) fn of_a_royal_title(p: &Paragraph, m: &Mention) -> bool {
    p.word_before(m.first).as_deref() == Some("of")
        && m.first >= 2
        && p.capitalised(m.first - 2)
        && p.word(m.first - 2).is_some_and(|w| {
            matches!(
                w.as_str(),
                "prince"
                    | "princess"
                    | "duke"
                    | "duchess"
                    | "earl"
                    | "countess"
                    | "marquess"
                    | "marchioness"
                    | "baron"
                    | "baroness"
            )
        })
}

/// Whether a name ends with "House", the word bodies are named with for the building that
/// houses them ("Companies House", "Chatham House") as country houses are: "at" or "in" it does
/// not say whether the building or the body is meant, so the words around give it no class.
pub(super) fn building(m: &Mention) -> bool {
    let words = normalize::words(&m.text);
    words.len() > 1 && words.last().is_some_and(|w| w == "house")
}

/// Whether one or two words in lower case after a name end with a noun for a facility ("the
/// Leeds City bus station", "Glenmore airport"): the name is the start of the facility's name or
/// describes it, not a place of its own.
pub(super) fn names_a_facility(p: &Paragraph, m: &Mention) -> bool {
    let lower = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && t.text(p.text).starts_with(char::is_lowercase))
    };
    let facility = |k: usize| {
        p.word(k).is_some_and(|w| {
            matches!(
                w.as_str(),
                "station"
                    | "stations"
                    | "airport"
                    | "airports"
                    | "terminal"
                    | "depot"
                    | "stadium"
                    | "harbour"
                    | "harbor"
                    | "interchange"
            )
        })
    };
    let next = m.last + 1;
    lower(next) && (facility(next) || (lower(next + 1) && facility(next + 1)))
}

/// Whether a comma, an article and a country's adjective used as a noun follow a mention:
/// "Tessema, the Ethiopian who led", "Okafor, a Nigerian,": one of a people is someone (not
/// "the Ethiopian capital", where the adjective describes a noun).
pub(super) fn a_national(p: &Paragraph, m: &Mention) -> bool {
    let comma = m.last + 1;
    p.is_mark(comma, &[','])
        && matches!(p.word(comma + 1).as_deref(), Some("the" | "a" | "an"))
        && p.tokens.get(comma + 2).is_some_and(|t| {
            let written = t.text(p.text);
            t.kind == Kind::Word
                && written.starts_with(char::is_uppercase)
                && lexicon::nationality(written)
        })
        && (p.word(comma + 3).as_deref() == Some("who")
            || p.tokens.get(comma + 3).is_none_or(|t| t.kind == Kind::Mark))
}

/// Whether the mention stands between "the" (an adjective in lower case may come between) and a
/// noun that says what kind of body it is: "the nationalist Homeland party", "the Ashby club":
/// a body's name used to describe its own noun.
pub(super) fn named_for_a_body(p: &Paragraph, m: &Mention) -> bool {
    let body = p.tokens.get(m.last + 1).is_some_and(|t| {
        t.kind == Kind::Word
            && matches!(
                t.text(p.text),
                "party" | "club" | "movement" | "coalition" | "alliance"
            )
    });
    let lower = |k: usize| {
        p.tokens
            .get(k)
            .is_some_and(|t| t.kind == Kind::Word && t.text(p.text).starts_with(char::is_lowercase))
    };
    let the = |k: Option<usize>| k.and_then(|k| p.word(k)).as_deref() == Some("the");
    let before = m.first.checked_sub(1);
    body && (the(before) || (before.is_some_and(lower) && the(m.first.checked_sub(2))))
}
