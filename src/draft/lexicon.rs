//! The few word lists the name rules need: titles that mark people, words that end the names of
//! organisations and places, nouns that introduce them, countries and US states. General lists
//! of English usage, not tuned to any article.

/// Titles before a person's name (compared without a final dot, lower case).
#[rustfmt::skip]
pub const PERSON_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "president", "gov", "governor", "lt",
    "sen", "senator", "rep", "representative", "secretary", "minister", "chief", "chancellor",
    "mayor", "judge", "justice", "gen", "col", "capt", "captain", "sgt", "sergeant", "rev",
    "father", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess", "pope",
    "sheriff", "commissioner", "director", "chairman", "chairwoman", "ambassador", "inspector",
    "detective", "speaker", "premier", "archbishop", "bishop", "cardinal", "lieutenant", "admiral",
    "colonel", "marshal", "officer", "coach", "councillor", "councilman", "councilwoman",
    "assemblyman", "assemblywoman", "congressman", "congresswoman", "superintendent", "constable",
    "sgt", "cpl", "corporal", "private", "maj", "adm", "attorney", "general", "leader", "whip",
    "spokesman", "spokeswoman", "ceo", "chairperson", "dean", "rabbi", "imam", "reverend", "sens",
    "chair", "co-chair", "vice-chair",
    "reps", "govs", "drs", "profs",
];

/// Words that end (or head) the name of an organisation.
#[rustfmt::skip]
pub const ORGANISATION_WORDS: &[&str] = &[
    "department", "ministry", "university", "college", "school", "academy", "institute",
    "association", "society", "agency", "administration", "commission", "committee", "council",
    "foundation", "bank", "company", "co", "corp", "corporation", "inc", "llc", "ltd", "plc",
    "group", "pharmaceuticals", "office", "hospital", "clinic", "cross", "service",
    "services", "authority", "board", "party", "union", "court", "police", "force", "army", "navy",
    "parliament", "congress", "senate", "assembly", "fund", "trust", "network", "airlines",
    "airways", "motors", "holdings", "partners", "industries", "energy", "electric", "labs",
    "laboratories", "systems", "technologies", "media", "press", "news", "times", "post", "journal",
    "club", "team", "church", "museum", "bureau", "center", "centre", "federation", "organisation",
    "organization", "alliance", "coalition", "institution", "programme", "program", "commission",
    "guard", "corps", "brigade", "regiment", "squadron", "unit", "conference", "league", "exchange",
    "reserve", "cabinet", "government", "firm", "llp", "lp", "pllc", "gmbh", "ag", "nv", "bv",
    "pty", "spa", "srl", "sarl", "oyj", "aerospace", "analytics", "ventures", "logistics",
    "robotics", "therapeutics", "biosciences", "biotech", "pharma", "software", "solutions",
    "consulting", "securities", "bancorp", "airline", "railways", "shipping",
];

/// Words that, right after a title, go on with it ("Chief *Executive*", "Chief *Operating
/// Officer*") or, right before one, open it ("*Vice* President", "*Deputy Prime* Minister").
#[rustfmt::skip]
pub const TITLE_PARTS: &[&str] = &[
    "executive", "operating", "financial", "technology", "technical", "information", "medical",
    "scientific", "commercial", "marketing", "investment", "officer", "vice", "deputy",
    "assistant", "associate", "acting", "interim", "prime", "managing", "senior", "principal",
    "editor", "economist", "strategist", "correspondent", "counsel", "manager", "executives",
    "district", "circuit",
];

/// Words that end the name of a place.
#[rustfmt::skip]
pub const PLACE_WORDS: &[&str] = &[
    "county", "city", "river", "street", "avenue", "road", "bridge", "crossing", "fairgrounds",
    "park", "arch", "airport", "base", "island", "islands", "lake", "mountain", "mountains",
    "valley", "bay", "province", "region", "district", "square", "harbor", "harbour", "port",
    "beach", "canyon", "creek", "forest", "desert", "sea", "ocean", "gulf", "peninsula", "coast",
    "hills", "heights", "springs", "falls", "township", "village", "borough", "parish", "territory",
    "highway", "freeway", "interstate", "station", "stadium", "tower", "plaza", "boulevard", "lane",
    "dam", "canal", "strait", "cape", "point", "glacier", "volcano",
];

/// Nouns that, just before a name, say what it names: "the investment bank Halden Rowe".
#[rustfmt::skip]
pub const ORGANISATION_NOUNS: &[&str] = &[
    "bank", "company", "firm", "contractor", "utility", "agency", "charity", "group", "journal",
    "newspaper", "insurer", "airline", "carmaker", "retailer", "developer", "manufacturer",
    "startup", "broadcaster", "regulator", "lender", "publisher", "supplier", "operator",
    "consultancy", "organisation", "organization", "nonprofit", "non-profit", "union", "party",
];

#[rustfmt::skip]
pub const PERSON_NOUNS: &[&str] = &[
    "auditor", "spokesman", "spokeswoman", "spokesperson", "specialist", "executive", "director",
    "lawyer", "doctor", "professor", "analyst", "economist", "official", "owner", "senator",
    "minister", "chairman", "chairwoman", "founder", "researcher", "scientist", "engineer",
    "resident", "teacher", "nurse", "president", "governor", "mayor", "manager", "author", "expert",
    "chief", "leader", "secretary", "commissioner", "historian", "activist", "investigator",
    "victim", "survivor", "witness", "farmer", "driver", "pilot", "son", "daughter", "wife",
    "husband", "mother", "father", "brother", "sister", "colleague", "quarterback", "pitcher",
    "head", "seismologist", "meteorologist", "epidemiologist", "physician", "surgeon", "chemist",
    "physicist", "biologist", "geologist", "strategist", "consultant", "adviser", "advisor",
    "spokesperson", "editor", "reporter", "correspondent", "student", "worker", "employee",
    "striker", "midfielder", "goalkeeper", "coach", "captain", "player", "singer", "actor",
    "actress", "artist", "writer", "novelist", "poet", "musician", "rapper", "comedian",
    "candidate", "lawmaker", "legislator", "prosecutor", "judge", "attorney", "defendant",
    "suspect", "entrepreneur", "billionaire", "ceo", "chairperson", "diplomat", "ambassador",
    "general", "commander", "officer", "detective", "sheriff", "premier",
];

/// Nouns that, before "of", introduce a place: "the community of Whitmore".
#[rustfmt::skip]
pub const PLACE_NOUNS: &[&str] = &[
    "community", "city", "town", "village", "region", "county", "state", "province", "island",
    "port", "suburb", "district", "capital", "hamlet", "municipality",
];

/// Prepositions after which a name is a place, unless other evidence says otherwise.
#[rustfmt::skip]
pub const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "near", "from", "across", "outside", "into", "toward", "towards",
    "inside", "around", "throughout", "to",
];

/// Verbs that, right before a name, have the name as their speaker: "said Tom Brennan", not
/// "told BBC Sport" or "according to Reuters".
pub fn speaker_before(verb: &str) -> bool {
    SPEECH_VERBS.contains(&verb)
        && !matches!(
            verb,
            "told"
                | "tells"
                | "asked"
                | "according"
                | "called"
                | "calls"
                | "described"
                | "announced"
                | "declared"
                | "stated"
                | "estimated"
                | "predicted"
        )
}

/// Verbs that report speech.
#[rustfmt::skip]
pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "asked", "wrote", "writes", "noted",
    "notes", "warned", "warns", "explained", "stated", "announced", "declared", "insisted",
    "argued", "acknowledged", "recalled", "according", "called", "calls", "described", "replied",
    "conceded", "admitted", "estimated", "predicted", "cautioned",
];

/// Words for the points of the compass, which make a region of a place: "Northern California".
#[rustfmt::skip]
pub const DIRECTIONS: &[&str] = &[
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "upper", "lower", "greater", "inner", "outer",
];

/// US states, with their usual abbreviations in news style.
pub const US_STATES: &[(&str, &[&str])] = &[
    ("Alabama", &["Ala."]),
    ("Alaska", &[]),
    ("Arizona", &["Ariz."]),
    ("Arkansas", &["Ark."]),
    ("California", &["Calif.", "Cal."]),
    ("Colorado", &["Colo."]),
    ("Connecticut", &["Conn."]),
    ("Delaware", &["Del."]),
    ("Florida", &["Fla."]),
    ("Georgia", &["Ga."]),
    ("Hawaii", &[]),
    ("Idaho", &[]),
    ("Illinois", &["Ill."]),
    ("Indiana", &["Ind."]),
    ("Iowa", &[]),
    ("Kansas", &["Kan.", "Kans."]),
    ("Kentucky", &["Ky."]),
    ("Louisiana", &["La."]),
    ("Maine", &[]),
    ("Maryland", &["Md."]),
    ("Massachusetts", &["Mass."]),
    ("Michigan", &["Mich."]),
    ("Minnesota", &["Minn."]),
    ("Mississippi", &["Miss."]),
    ("Missouri", &["Mo."]),
    ("Montana", &["Mont."]),
    ("Nebraska", &["Neb.", "Nebr."]),
    ("Nevada", &["Nev."]),
    ("New Hampshire", &["N.H."]),
    ("New Jersey", &["N.J."]),
    ("New Mexico", &["N.M."]),
    ("New York", &["N.Y."]),
    ("North Carolina", &["N.C."]),
    ("North Dakota", &["N.D."]),
    ("Ohio", &[]),
    ("Oklahoma", &["Okla."]),
    ("Oregon", &["Ore.", "Oreg."]),
    ("Pennsylvania", &["Pa.", "Penn."]),
    ("Rhode Island", &["R.I."]),
    ("South Carolina", &["S.C."]),
    ("South Dakota", &["S.D."]),
    ("Tennessee", &["Tenn."]),
    ("Texas", &["Tex."]),
    ("Utah", &[]),
    ("Vermont", &["Vt."]),
    ("Virginia", &["Va."]),
    ("Washington", &["Wash."]),
    ("West Virginia", &["W.Va."]),
    ("Wisconsin", &["Wis.", "Wisc."]),
    ("Wyoming", &["Wyo."]),
];

/// Countries and a few other large places, as usually named in English news.
#[rustfmt::skip]
pub const COUNTRIES: &[&str] = &[
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia",
    "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
    "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia", "Botswana", "Brazil", "Brunei", "Bulgaria",
    "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China",
    "Colombia", "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic",
    "Czechia", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt",
    "El Salvador", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France",
    "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea",
    "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq",
    "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati",
    "Kosovo", "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
    "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives",
    "Mali", "Malta", "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco", "Mongolia",
    "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands",
    "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Norway",
    "Oman", "Pakistan", "Palau", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru",
    "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Samoa",
    "San Marino", "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone", "Singapore",
    "Slovakia", "Slovenia", "Somalia", "South Africa", "South Korea", "South Sudan", "Spain",
    "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan", "Tajikistan",
    "Tanzania", "Thailand", "Togo", "Tonga", "Trinidad", "Tunisia", "Turkey", "Turkmenistan",
    "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates", "United Kingdom", "United States",
    "Uruguay", "Uzbekistan", "Vanuatu", "Vatican", "Venezuela", "Vietnam", "Yemen", "Zambia",
    "Zimbabwe", "England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain",
    "Europe", "Africa", "Asia", "America", "North America", "South America", "Antarctica",
    "Oceania", "Middle East", "Korea", "Gaza", "West Bank", "Crimea", "Kashmir", "Tibet",
    "Hong Kong", "Macau", "Greenland", "Puerto Rico", "Guam",
];

/// Countries written as initials.
pub const COUNTRY_INITIALS: &[(&str, &str)] = &[
    ("US", "United States"),
    ("U.S.", "United States"),
    ("USA", "United States"),
    ("U.S.A.", "United States"),
    ("UK", "United Kingdom"),
    ("U.K.", "United Kingdom"),
    ("UAE", "United Arab Emirates"),
    ("DRC", "Democratic Republic of the Congo"),
];

/// Units of measure written glued to their number ("250kg", "520km"), with their names.
#[rustfmt::skip]
const UNIT_ABBREVIATIONS: &[(&str, &str)] = &[
    ("km", "kilometres"), ("cm", "centimetres"), ("mm", "millimetres"), ("mi", "miles"),
    ("ft", "feet"), ("kg", "kilograms"), ("g", "grams"), ("mg", "milligrams"), ("lb", "pounds"),
    ("lbs", "pounds"), ("oz", "ounces"), ("t", "tonnes"), ("kt", "knots"), ("mph", "miles per hour"),
    ("kph", "kilometres per hour"), ("kmh", "kilometres per hour"), ("ml", "millilitres"),
    ("l", "litres"), ("kW", "kilowatts"), ("MW", "megawatts"), ("GW", "gigawatts"),
    ("kWh", "kilowatt hours"), ("MWh", "megawatt hours"), ("GWh", "gigawatt hours"),
    ("Hz", "hertz"), ("kHz", "kilohertz"), ("MHz", "megahertz"), ("GHz", "gigahertz"),
    ("KB", "kilobytes"), ("MB", "megabytes"), ("GB", "gigabytes"), ("TB", "terabytes"),
    ("ha", "hectares"), ("C", "degrees Celsius"), ("F", "degrees Fahrenheit"),
];

/// The name of the unit written `text` glued to a number ("kg" is kilograms), exactly as
/// written: "GB" is gigabytes, "gb" is nothing.
pub fn unit_abbreviation(text: &str) -> Option<&'static str> {
    UNIT_ABBREVIATIONS
        .iter()
        .find_map(|(short, name)| (*short == text).then_some(*name))
}

/// Whether the first word of a name says too little to stand for it alone: "West" of "West
/// Virginia", "New" of "New York", "Gulf" of "Gulf Coast", "United" of "United Food and
/// Commercial Workers".
pub fn generic_first_word(word: &str) -> bool {
    DIRECTIONS.contains(&word)
        || PLACE_WORDS.contains(&word)
        || ORGANISATION_WORDS.contains(&word)
        || matches!(
            word,
            "new"
                | "san"
                | "santa"
                | "los"
                | "las"
                | "st"
                | "saint"
                | "fort"
                | "port"
                | "mount"
                | "lake"
                | "great"
                | "united"
                | "royal"
                | "national"
                | "federal"
                | "state"
                | "city"
                | "the"
                | "first"
                | "old"
                | "little"
                | "big"
                | "general"
                | "american"
                | "british"
                | "international"
                | "global"
                | "world"
                | "us"
                | "u.s"
                | "uk"
        )
}

/// Initials that stand for things, not for anyone or anywhere: "GDP", "DNA", "CEO".
#[rustfmt::skip]
const COMMON_INITIALISMS: &[&str] = &[
    "GDP", "CEO", "CEOs", "CFO", "COO", "CTO", "AI", "DNA", "RNA", "HIV", "AIDS", "COVID", "GPS",
    "TV", "PC", "IT", "ID", "IQ", "VAT", "GP", "GPs", "MRI", "CT", "ICU", "ER", "PPE", "IPO", "ETF",
    "LNG", "EV", "EVs", "OK", "FAQ", "PDF", "USB", "URL", "SUV", "SUVs", "UFO", "IVF", "ADHD",
    "PTSD", "BMI", "ATM", "CPI", "PMI", "R&D", "M&A", "AM", "FM", "MP", "MPs", "NGO", "NGOs",
    "LGBT", "LGBTQ", "VIP", "DIY", "HR", "PR", "TB", "QC", "KC", "UV", "LED", "LEDs", "CCTV",
    "SMS", "APR", "ESG", "IPOs",
];

/// Whether `text` is initials for a thing ("GDP", "DNA"), never a name to ask for.
pub fn is_common_initialism(text: &str) -> bool {
    COMMON_INITIALISMS.contains(&text)
}

/// "NHS", "BBC", "PG&E": three to six capitals without dots, a word of an organisation's name
/// ("NHS England", "BBC Sport"); not "AJ" of "AJ Smith" nor "J.P." of "J.P. Morgan".
pub fn is_initialism(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (3..=6).contains(&letters)
        && word.chars().all(|c| c.is_uppercase() || c == '&')
        && !is_postnominal(word)
}

/// Letters after a person's name that are not part of it: "Tom Keane KC", "Jane Doe MP".
#[rustfmt::skip]
const POSTNOMINALS: &[&str] = &[
    "KC", "QC", "MP", "MSP", "MS", "MLA", "MEP", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "FRS",
];

pub fn is_postnominal(text: &str) -> bool {
    POSTNOMINALS.contains(&text)
}

/// Time zones as written after a clock time: "06:42 BST", "2 p.m. ET".
#[rustfmt::skip]
const TIME_ZONES: &[&str] = &[
    "UTC", "GMT", "BST", "IST", "CET", "CEST", "EET", "EEST", "WET", "WEST", "MSK", "EST", "EDT",
    "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "ET", "CT", "MT", "PT",
    "AEST", "AEDT", "ACST", "ACDT", "AWST", "NZST", "NZDT", "JST", "KST", "HKT", "SGT", "SAST",
    "WAT", "EAT", "CAT", "BRT", "ART", "Z",
];

/// Whether `text` is a time zone ("BST", "GMT"): not a name of anything a question asks for.
pub fn is_time_zone(text: &str) -> bool {
    TIME_ZONES.contains(&text)
}

/// The state named by `text` ("Missouri", "Calif."), in full.
pub fn us_state(text: &str) -> Option<&'static str> {
    US_STATES.iter().find_map(|(name, short)| {
        (name.eq_ignore_ascii_case(text) || short.iter().any(|s| s.eq_ignore_ascii_case(text)))
            .then_some(*name)
    })
}

/// Whether `text` names a country, a US state or another large place, perhaps with a direction
/// in front ("Northern California").
pub fn known_place(text: &str) -> bool {
    static KEYS: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        COUNTRIES
            .iter()
            .copied()
            .chain(US_STATES.iter().map(|(name, _)| *name))
            .map(crate::normalize::key)
            .collect()
    });
    let key = crate::normalize::key(text);
    if keys.contains(&key) || country_initials(text).is_some() || us_state(text).is_some() {
        return true;
    }
    match key.split_once(' ') {
        Some((direction, rest)) => DIRECTIONS.contains(&direction) && keys.contains(rest),
        None => false,
    }
}

pub fn country_initials(text: &str) -> Option<&'static str> {
    COUNTRY_INITIALS
        .iter()
        .find_map(|(short, full)| (*short == text).then_some(*full))
}

/// "American", "Korean", "Chinese", "British": a word for the people of a place, used as an
/// adjective; not itself a name to ask for.
pub fn is_demonym(word: &str) -> bool {
    let lower = word.to_lowercase();
    const IRREGULAR: &[&str] = &[
        "french",
        "dutch",
        "swiss",
        "thai",
        "greek",
        "british",
        "irish",
        "welsh",
        "scottish",
        "english",
        "spanish",
        "danish",
        "swedish",
        "finnish",
        "polish",
        "turkish",
        "czech",
        "iraqi",
        "israeli",
        "pakistani",
        "saudi",
        "kuwaiti",
        "qatari",
        "yemeni",
        "omani",
        "bangladeshi",
        "afghan",
        "filipino",
        "kurdish",
        "jewish",
        "arab",
        "muslim",
        "christian",
        "catholic",
        "republican",
        "democrat",
        "democratic",
        "conservative",
        "liberal",
        "labour",
        "socialist",
    ];
    IRREGULAR.contains(&lower.as_str())
        || ["an", "ese", "ian", "ean"]
            .iter()
            .any(|s| lower.ends_with(s) && lower.len() > 5)
}
