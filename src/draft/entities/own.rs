//! The class a mention's own words give it (#15): a place word or a region, a title, an
//! organisation's word, initials, a firm's ampersand, a body named by one word.

use crate::draft::lexicon::{self, ORGANISATION_WORDS, PLACE_WORDS};
use crate::draft::mentions::Mention;
use crate::draft::value::Class;
use crate::normalize;

/// The class a mention's own words give it.
pub(super) fn own_class(m: &Mention) -> Option<Class> {
    if m.region.is_some() {
        return Some(Class::Place);
    }
    // "Christie’s", "Halloran’s": a firm named with its possessive (#15).
    if m.text.ends_with("’s") || m.text.ends_with("'s") {
        return Some(Class::Organisation);
    }
    if m.titled || lexicon::east_asian_name(&m.text) || lexicon::vietnamese_name(&m.text) {
        return Some(Class::Person);
    }
    // "the JD(S)", "the CPI(M)": a party's initials with its letter in brackets (#15).
    if let Some((initials, rest)) = m.text.split_once('(')
        && initials.len() >= 2
        && initials.chars().all(|c| c.is_ascii_uppercase())
        && rest
            .strip_suffix(')')
            .is_some_and(|l| l.chars().all(|c| c.is_ascii_uppercase()))
    {
        return Some(Class::Organisation);
    }
    let words = normalize::words(&m.text);
    let last = words.last()?;
    // "the Bay of Bengal", "the Gulf of Aden", "the Sea of Japan": a body of water or land's
    // word, then "of" and its name (#15).
    // The whole name only ("Lake of the Woods" too): not "the Bay of Plenty Regional Council",
    // "Isle of Man Bank", "Bay of Plenty Steamers" (fourth reader).
    // Longer names too ("the Cape of Good Hope", "Strait of Juan de Fuca"), but no body's word
    // or plural after the name ("Isle of Man Steam Packet Company", "Bay of Plenty Steamers").
    let whole = words.len() <= 6
        && !words[1..].iter().any(|w| {
            ORGANISATION_WORDS.contains(&w.as_str())
                || BODY_HEADS.contains(&w.as_str())
                || lexicon::EVENT_NOUNS.contains(&w.as_str())
                // An event named after it: "Isle of Wight Festival", "Sea of Galilee
                // Marathon" (sixth reader).
                || matches!(
                    w.as_str(),
                    "council" | "bank" | "government" | "tt" | "festival" | "marathon" | "race"
                        | "regatta" | "cup" | "games" | "open" | "show" | "fair" | "rally"
                )
        })
        && !lexicon::plural_shape(last);
    if let [head, of, _, ..] = words.as_slice()
        && whole
        && of == "of"
        && matches!(
            head.as_str(),
            "bay" | "gulf" | "sea" | "strait" | "straits" | "isle" | "cape" | "lake" | "mount"
        )
    {
        return Some(Class::Place);
    }
    // "the Hydraulics Research Station (HRS)": a station that gives itself initials is an
    // institution, as a centre that does is (#15).
    // A station named for its work ("Welsh Plant Breeding Station (WPBS)", "Marine Biological
    // Station (MBS)"), not one people pass through or a plant ("Clapham Junction Station (CLJ)",
    // "the International Space Station (ISS)", "Diablo Canyon Power Station (DCPP)") (fourth,
    // fifth and sixth readers).
    let research = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "research"
                | "experimental"
                | "experiment"
                | "field"
                | "breeding"
                | "testing"
                | "biological"
                | "improvement"
                | "development"
                | "fisheries"
                | "agricultural"
                | "marine"
        )
    });
    if m.initials.is_some() && last == "station" && research {
        return Some(Class::Organisation);
    }
    // "Centre Court", "Hampton Court": a court no word of the law names is a venue or a
    // building, a place; "the Seoul High Court", "the Court of Appeal" are courts of law (#15).
    if words.len() > 1
        && last == "court"
        && !words.iter().any(|w| LAW_COURT_WORDS.contains(&w.as_str()))
    {
        return Some(Class::Place);
    }
    // "Interstate 5", "State Route 126", "National Highway 1A": a road, by its number.
    if let [.., road, number] = words.as_slice()
        && lexicon::ROAD_WORDS.contains(&road.as_str())
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return Some(Class::Place);
    }
    // "HSE South West", "HSE Dublin and North East", "NHS Midlands": a body's initials, then
    // points of the compass or places joined by "and": a region the body divides its work
    // into, a place (twenty-seventh session).
    if body_s_region(&m.text) {
        return Some(Class::Place);
    }
    // "the occupied West Bank", "the Gaza Strip": a known place by its whole name, though a
    // body's word is in it ("bank").
    if lexicon::known_place(&m.text) && !m.before_title {
        return Some(Class::Place);
    }
    // "Goldman Sachs", "BlackRock", "Rio Tinto": a company the news names in passing (#15).
    if lexicon::known_company(&m.text) && !m.before_title {
        return Some(Class::Organisation);
    }
    // "Sinn Féin", "Fianna Fáil TD": a party the news names by no party's word.
    if lexicon::known_party(&m.text) {
        return Some(Class::Organisation);
    }
    // "Sterling Ridge Capital", "Cedar Bluff Elementary", "Interior Health", "Kellaway Asset
    // Management" (a fund manager's), "Dunmore Unified" (a school district's): a generic noun
    // that, as the last word of a name of several, heads a body's name ("at" or "said" around
    // it may as well stand for a place or a person); inside a name it may not ("Capital
    // Region", "Health Secretary").
    if words.len() > 1
        && BODY_HEADS.contains(&last.as_str())
        && !m.before_title
        && (last != "management" || FUND_WORDS.contains(&words[words.len() - 2].as_str()))
    {
        return Some(Class::Organisation);
    }
    // "Corvell Resources", "Tarrant Metals", "Kestrel Mining": a miner's name ends with what it
    // digs; not a minister's portfolio ("Natural Resources", "Mineral Resources", "Human
    // Resources"), whose first word is a common word's (#15).
    if words.len() > 1
        && INDUSTRY_HEADS.contains(&last.as_str())
        && !PORTFOLIO_OPENINGS.contains(&words[0].as_str())
        && !m.before_title
    {
        return Some(Class::Organisation);
    }
    // "Arlo Valley Regional District", "Carlow Municipal District": an area named with the level
    // of government it is, the council that governs it (which issues orders, and has a chair).
    // "Marlow Unified School District", "Kern Valley Water District": a district named for the
    // service it runs is the body that runs it (#15).
    if let [.., level, "district"] = words.iter().map(String::as_str).collect::<Vec<_>>()[..]
        && words.len() > 2
        && matches!(
            level,
            "regional"
                | "municipal"
                | "school"
                | "water"
                | "fire"
                | "irrigation"
                | "sanitation"
                | "utility"
                | "transit"
                | "hospital"
                | "library"
                | "park"
                | "parks"
                | "conservation"
                | "protection"
        )
    {
        return Some(Class::Organisation);
    }
    if PLACE_WORDS.contains(&last.as_str()) && words.len() > 1 {
        return Some(Class::Place);
    }
    // "Government Complex Sejong", "the Olympic Sports Complex": a complex is a site.
    if words.len() > 1 && words.iter().any(|w| w == "complex") {
        return Some(Class::Place);
    }
    // "Co Tipperary", "Co. Down": an Irish county, "Co" before its name ("& Co" ends a firm's).
    if words.len() == 2 && (m.text.starts_with("Co ") || m.text.starts_with("Co. ")) {
        return Some(Class::Place);
    }
    // "Mapo-gu", "Hapjeong-dong": a Korean area named with its level.
    if m.text
        .split(' ')
        .next_back()
        .is_some_and(lexicon::korean_area)
    {
        return Some(Class::Place);
    }
    // Inside a name ("University of Oxford"), not before a title ("Senate Majority Leader").
    let inside = if m.before_title {
        &words[words.len() - 1..]
    } else {
        &words[..]
    };
    // "Aaron Lines, 47", "Jo Salvage": a trade's word that is a surname too (second reader).
    // Only in names of three words or more: "Wan Hai Lines", "Cosco Shipping Lines"; not
    // "Holly Lines, 31", "the Nazca Lines", "Blurred Lines" (fourth reader).
    let surname = |w: &String| matches!(w.as_str(), "lines" | "salvage") && words.len() < 3;
    if inside.iter().any(|w| {
        (ORGANISATION_WORDS.contains(&w.as_str()) && !surname(w))
            || lexicon::OWN_NAMED_BODIES.contains(&w.as_str())
    }) && (words.len() > 1 || m.initials.is_some())
    {
        return Some(Class::Organisation);
    }
    if lexicon::known_place(&m.text) || opens_a_place(&words) {
        return Some(Class::Place);
    }
    // "Eni SpA", "Leonardo S.p.A.": an Italian company's ending (second reader).
    if is_firm(&m.text)
        || m.text
            .split_whitespace()
            .skip(1)
            .any(|w| w == "SpA" || w.starts_with("S.p.A"))
    {
        return Some(Class::Organisation);
    }
    // "Amenhotep III", "Charles III": a name and a regnal number is a monarch's; not a thing
    // numbered so ("a Phase III trial", "Category IV", "Title IX").
    // A place's word and a number is a place numbered so: "Camp III" on a mountain.
    if let [name, number] = m.text.split_whitespace().collect::<Vec<_>>()[..]
        && PLACE_WORDS.contains(&name.to_lowercase().as_str())
        && (1..=4).contains(&number.len())
        && number.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
    {
        return Some(Class::Place);
    }
    if let [name, number] = m.text.split_whitespace().collect::<Vec<_>>()[..]
        && name.chars().skip(1).all(char::is_lowercase)
        && !super::things::numbered_thing(&m.text)
        && matches!(
            number,
            "II" | "III"
                | "IV"
                | "VI"
                | "VII"
                | "VIII"
                | "IX"
                | "XI"
                | "XII"
                | "XIII"
                | "XIV"
                | "XV"
                | "XVI"
        )
    {
        return Some(Class::Person);
    }
    // "NHS England", "BBC Sport": initials in a name of several words; not a code before a
    // person's name ("RHP Oscar Lindqvist": a pitcher's position).
    let code = words.len() > 2 && m.text.split_whitespace().next().is_some_and(is_initials);
    if words.len() > 1
        && m.text.split_whitespace().any(lexicon::is_initialism)
        && !m.titled
        && !code
    {
        return Some(Class::Organisation);
    }
    if m.initials.is_some() {
        return Some(Class::Organisation);
    }
    if a_country_s_body(&m.text) {
        return Some(Class::Organisation);
    }
    // "Congress", "Parliament": a body named by one word, when the capital is the writer's and
    // not the sentence's ("Government estimates suggest": a common word), or a title follows
    // ("Senate Majority Leader").
    if let [word] = words.as_slice()
        && (BODIES.contains(&word.as_str()) || lexicon::OWN_NAMED_BODIES.contains(&word.as_str()))
        && (!m.opens || m.before_title)
    {
        return Some(Class::Organisation);
    }
    // "737 MAX": letters after a number name a model, not an organisation.
    if is_initials(&m.text) && !m.after_number {
        return Some(if lexicon::country_initials(&m.text).is_some() {
            Class::Place
        } else {
            Class::Organisation
        });
    }
    None
}

/// Whether a mention opened by "The" inside a sentence ("The Lantern", "The Hague", "The Open")
/// has no class of its own: the capital "The" says a paper's, a city's or an event's name as
/// well as a body's, and the words around ("in The Hague", "published in The Lantern") say where
/// it is or stands, not what it is. Such a mention is left out.
pub(super) fn only_the(m: &Mention) -> bool {
    m.with_the && own_class(m).is_none()
}

/// "Mount Etna", "Mt. Apo", "Barangay San Isidro", "Santa Paula", "São Mateus": a word that
/// opens the name of a mountain, of a Philippine village (a barangay, as "Village of" would) or
/// of a town named for a saint in Spanish or Portuguese makes the name a place's.
pub(super) fn opens_a_place(words: &[String]) -> bool {
    // A saint's word, in a name of two words ("Santa Paula"; not "San Antonio Spurs", "Santa
    // Claus").
    let saint = lexicon::saint_s_town_word(&words[0]) && words.len() == 2 && words[1] != "claus";
    words.len() > 1 && (matches!(words[0].as_str(), "mount" | "mt" | "barangay") || saint)
}

/// Bodies named by one word. Not "the Government": house style capitals the common noun for
/// whichever government is meant, which names none.
const BODIES: &[&str] = &[
    "congress",
    "parliament",
    "senate",
    "assembly",
    "cabinet",
    "police",
    "army",
    "navy",
    "nato",
    "interpol",
];

/// Nouns that head a body's name only as its last word: a fund or firm ("Halden Capital"), a
/// school ("Arlo Elementary"), a health authority ("Coastal Health").
const BODY_HEADS: &[&str] = &["capital", "elementary", "health", "management", "unified"];

/// What a fund manager manages, before "Management" in its name ("Kellaway Asset Management",
/// "Kellaway Pension Management"); not a minister's remit ("Disaster Management").
#[rustfmt::skip]
const FUND_WORDS: &[&str] = &[
    "asset", "investment", "investments", "fund", "wealth", "capital", "pension", "pensions",
    "portfolio",
];

/// Words that name a court of law: its level, its reach or what it judges.
#[rustfmt::skip]
const LAW_COURT_WORDS: &[&str] = &[
    "supreme", "high", "appeal", "appeals", "appellate", "district", "constitutional", "federal",
    "crown", "magistrates", "magistrates’", "magistrates'", "magistrate", "family", "criminal",
    "circuit", "superior", "county", "sheriff", "labour", "labor", "land", "claims", "international",
    "justice", "arbitration", "tax", "youth", "juvenile", "military", "state", "municipal", "city",
    "civil", "commercial", "administrative", "bankruptcy", "sessions", "special", "central",
    "regional", "provincial", "european", "human", "rights", "electoral", "industrial", "small",
];

/// What a mining company is named for, as the last word of its name (#15).
pub(super) const INDUSTRY_HEADS: &[&str] = &["resources", "minerals", "metals", "mining"];

/// First words of a minister's portfolio or a department's that end with one of
/// `INDUSTRY_HEADS`: "Natural Resources", "Mineral Resources".
#[rustfmt::skip]
const PORTFOLIO_OPENINGS: &[&str] = &[
    "natural", "mineral", "minerals", "human", "water", "energy", "marine", "forest", "land",
    "national", "federal", "state", "primary", "environmental",
];

/// "NHS", "PG&E", "FEMA": capitals only, two to six of them.
pub(super) fn is_initials(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    (2..=6).contains(&letters.len())
        && letters.iter().all(|c| c.is_uppercase())
        && text
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '&' | '.'))
}

/// "Whitcombe & Hale", "Marsh & Dunmore": names joined by an ampersand name a firm.
fn is_firm(text: &str) -> bool {
    let names: Vec<&str> = text.split_whitespace().collect();
    names.len() >= 3
        && names.contains(&"&")
        && names
            .iter()
            .all(|w| *w == "&" || w.starts_with(char::is_uppercase))
}

/// "Diabetes UK", "Cancer Research UK": a country's initials after words that name no place.
fn a_country_s_body(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    // "Environment and Climate Change Canada": a country's name after words joined by "and";
    // "Statistics Korea", "Health Canada", "Sport England": after the field a government body
    // looks after.
    let field = rest
        .iter()
        .all(|w| lexicon::GOVERNED_FIELDS.contains(&w.to_lowercase().as_str()));
    let department = (rest.contains(&"and") || field)
        && (lexicon::COUNTRIES.contains(last) || lexicon::state(last).is_some());
    !rest.is_empty()
        && (lexicon::country_initials(last).is_some() || department)
        && !lexicon::known_place(&rest.join(" "))
        && !rest
            .iter()
            .any(|w| lexicon::DIRECTIONS.contains(&w.to_lowercase().as_str()))
}

/// Whether a name is a body's initials and then a region of its own: points of the compass
/// ("South West", "Mid West", "Midlands"), joined by "and" to each other or to a known place
/// ("Dublin and North East"), the last a point of the compass.
pub(super) fn body_s_region(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [initials, rest @ ..] = words.as_slice() else {
        return false;
    };
    let compass = |w: &str| {
        lexicon::compass_point(&w.to_lowercase())
            || matches!(
                w.to_lowercase().as_str(),
                "mid"
                    | "midlands"
                    | "central"
                    | "north-east"
                    | "north-west"
                    | "south-east"
                    | "south-west"
            )
    };
    let parts: Vec<&str> = rest.iter().copied().filter(|w| *w != "and").collect();
    // Two points of the compass, "Midlands" or a place and one: not a league's division of one
    // ("NFC North", "AL East", "SEC East").
    let a_region = rest.len() >= 2 || rest.iter().any(|w| w.eq_ignore_ascii_case("midlands"));
    a_region
        && initials.len() >= 2
        && initials.chars().all(|c| c.is_ascii_uppercase())
        && !rest.is_empty()
        && rest.last().is_some_and(|w| compass(w))
        && parts
            .iter()
            .all(|w| compass(w) || lexicon::known_city(w) || lexicon::known_place(w))
}
