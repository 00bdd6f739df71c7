//! The few word lists the name rules need: titles that mark people, words that end the names of
//! organisations and places, nouns that introduce them, countries and US states. General lists
//! of English usage, not tuned to any article.

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

/// The name of the unit written `text` glued to a number ("kg" is kilograms), exactly as
/// written: "GB" is gigabytes, "gb" is nothing.
pub fn unit_abbreviation(text: &str) -> Option<&'static str> {
    UNIT_ABBREVIATIONS
        .iter()
        .find_map(|(short, name)| (*short == text).then_some(*name))
}

/// A noun of one that ends in "as", like a plural: "a 1957 canvas" (#15).
pub fn singular_in_as(word: &str) -> bool {
    matches!(
        word,
        "canvas" | "atlas" | "alias" | "bias" | "christmas" | "pancreas"
    )
}

/// Whether a word in lower case is shaped like a regular plural: four letters or more ending in
/// "s", but not "ss", "us" or "is" ("Gulls", "basis points"; not "class", "bonus", "basis").
pub fn plural_shape(word: &str) -> bool {
    // "Rivermen", "Horsemen": a plural of "-man" (not "Carmen", a given name, nor "Turkmen",
    // a people).
    let men = word
        .strip_suffix("men")
        .is_some_and(|stem| stem.chars().count() >= 5);
    men || (word.chars().count() > 3
        && !singular_in_as(word)
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is"))
}

/// Whether a word is a point of the compass, from which a place is reckoned ("40km south of
/// Tarvik", "southwest of Pelling").
pub fn compass_point(word: &str) -> bool {
    matches!(
        word,
        "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest"
    )
}

/// Whether `word` (in lower case) is a saint's word that opens a town's name in Spanish or
/// Portuguese: "Santa Paula", "San Marcos", "São Mateus".
pub fn saint_s_town_word(word: &str) -> bool {
    matches!(word, "san" | "santa" | "santo" | "são" | "sao")
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

/// Whether a noun names someone: one of the nouns for people, or one built like "pianist",
/// "saxophonist", "cellist" (the suffix "-ist" makes a noun for a person who does or plays
/// something), singular or plural; not "checklist" or "playlist" (a list).
pub fn names_someone(noun: &str) -> bool {
    let singular = noun.strip_suffix('s').unwrap_or(noun);
    if PERSON_NOUNS.contains(&noun) || PERSON_NOUNS.contains(&singular) {
        return true;
    }
    // "the 38-year-old Frenchman", "a Scotswoman": a man or a woman of a people.
    let of_a_people = ["man", "woman", "men", "women"].iter().any(|end| {
        noun.strip_suffix(end).is_some_and(|stem| {
            let stem = if stem == "scots" { "scottish" } else { stem };
            nationality(stem)
        })
    });
    if of_a_people {
        return true;
    }
    let Some(stem) = singular.strip_suffix("ist") else {
        return false;
    };
    let list = stem
        .strip_suffix('l')
        .is_some_and(|s| !s.ends_with(['a', 'e', 'i', 'o', 'u', 'l']));
    stem.chars().count() >= 3 && stem.chars().all(char::is_alphabetic) && !list
}

/// Whether `text` is initials for a thing ("GDP", "DNA"), never a name to ask for.
pub fn is_common_initialism(text: &str) -> bool {
    COMMON_INITIALISMS.contains(&text)
}

/// Whether `text` is a grape variety ("Riesling", "Pinot Gris"): a thing, no name to draft.
pub fn grape(text: &str) -> bool {
    GRAPES.contains(&text)
}

/// "NHS", "BBC", "PG&E": three to six capitals without dots, a word of an organisation's name
/// ("NHS England", "BBC Sport"); not "AJ" of "AJ Smith" nor "J.P." of "J.P. Morgan".
pub fn is_initialism(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (3..=6).contains(&letters)
        && word.chars().all(|c| c.is_uppercase() || c == '&')
        && !is_postnominal(word)
}

pub fn is_postnominal(text: &str) -> bool {
    POSTNOMINALS.contains(&text)
}

/// Whether post-nominal letters also end a body's name: "SC" is senior counsel after "advocate
/// Jane Doe" and a sporting club in "Orlando City SC".
pub fn postnominal_of_a_body_too(text: &str) -> bool {
    text == "SC"
}

/// Whether `text` is a time zone ("BST", "GMT"): not a name of anything a question asks for.
pub fn is_time_zone(text: &str) -> bool {
    TIME_ZONES.contains(&text)
}

/// The US state or Canadian province named by `text` ("Missouri", "Calif.", "N.S."), in full.
pub fn state(text: &str) -> Option<&'static str> {
    US_STATES.iter().chain(PROVINCES).find_map(|(name, short)| {
        (name.eq_ignore_ascii_case(text) || short.iter().any(|s| s.eq_ignore_ascii_case(text)))
            .then_some(*name)
    })
}

/// Fields a government body of a country or state is named for: "Statistics Korea", "Parks
/// Canada", "Tourism Australia"; and sports, whose governing bodies are named so ("Racing
/// Victoria", "Cricket Australia").
pub const GOVERNED_FIELDS: &[&str] = &[
    "statistics",
    "health",
    "transport",
    "parks",
    "sport",
    "tourism",
    "heritage",
    "environment",
    "justice",
    "fisheries",
    "agriculture",
    "immigration",
    "revenue",
    "customs",
    "water",
    "ambulance",
    "enterprise",
    "invest",
    "visit",
    "innovation",
    "infrastructure",
    "education",
    "housing",
    "employment",
    "finance",
    "defence",
    "forestry",
    "racing",
    "cycling",
    "athletics",
    "swimming",
    "football",
    "rugby",
    "tennis",
    "basketball",
    "netball",
    "cricket",
    "golf",
    "hockey",
    "rowing",
    "gymnastics",
];

/// Whether `word` is one romanised syllable of an East Asian name ("Hyun", "jung", "kyeong",
/// "Ching", "te", "ih"): consonants, one run of vowels, then at most a final "n", "ng", "m",
/// "k", "l", "p", "t", "h" or "r" ("rk", "hn": "Park", "Ahn"); six letters at most.
pub fn romanised_syllable(word: &str) -> bool {
    let word = word.to_ascii_lowercase();
    if word.is_empty() || word.len() > 6 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
    let bytes = word.as_bytes();
    let onset = bytes.iter().take_while(|&&b| !vowel(b)).count();
    let nucleus = bytes[onset..].iter().take_while(|&&b| vowel(b)).count();
    let coda = &word[onset + nucleus..];
    // "rk" and "hn" only as the family names "Park" and "Ahn" are written.
    nucleus > 0
        && onset <= 3
        && matches!(
            coda,
            "" | "n" | "ng" | "m" | "k" | "l" | "p" | "t" | "h" | "r" | "rk" | "hn"
        )
}

/// Whether `word` ends with the suffix of a Korean administrative area joined by a hyphen to a
/// romanised name: "Mapo-gu" (a district), "Hapjeong-dong" (a neighbourhood), "Jinjeop-eup",
/// "Buk-myeon". Not the shorter suffixes ("-do", "-si", "-gun"), which English words take too
/// ("can-do", "stun-gun").
pub fn korean_area(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(stem, suffix)| {
        stem.starts_with(char::is_uppercase)
            && stem.chars().all(|c| c.is_ascii_alphabetic())
            && stem.len() >= 3
            && matches!(suffix, "gu" | "dong" | "eup" | "myeon")
    })
}

/// Whether `text` is written as an East Asian person's name, family name first: a family name
/// of the list, then a given name of two syllables joined by a hyphen, the second in lower case
/// and no English word ("Choi Jae-won", "Huang Chia-hsin", "Kim Jong-un"; not "Hong Kong-run",
/// "Tae Kwon-do").
pub fn east_asian_name(text: &str) -> bool {
    let mut words = text.split(' ');
    let (Some(family), Some(given), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let Some((one, two)) = given.split_once('-') else {
        return pinyin_name(family, given);
    };
    family.starts_with(|c: char| c.is_ascii_uppercase())
        && FAMILY_NAMES.contains(&family)
        && one.starts_with(|c: char| c.is_ascii_uppercase())
        && two.starts_with(|c: char| c.is_ascii_lowercase())
        && !matches!(
            two,
            "run" | "up" | "in" | "on" | "do" | "led" | "set" | "cut" | "hit" | "born"
        )
        && [one, two].iter().all(|w| romanised_syllable(w))
}

/// Whether a family name and a given name are a Chinese person's written in pinyin without a
/// hyphen, family name first (#15): "Zhou Yiting", "Zhang Yufei", "Wang Shun". The given name
/// is one or two syllables, each opening with a consonant after the first ("Yi-ting", not "Ai-r").
/// Not family names that are English words or open other names ("Sun Life", "Fan Zone", "Ma
/// Bell", "Hong Kong").
fn pinyin_name(family: &str, given: &str) -> bool {
    const FAMILIES: &[&str] = &[
        "Zhang", "Zhao", "Zhou", "Xu", "Xie", "Xiao", "Zheng", "Zeng", "Li", "Wang", "Liu", "Chen",
        "Yang", "Huang", "Wu", "Hu", "Guo", "Gao", "Luo", "Liang", "Feng", "Deng", "Peng", "Tian",
        "Jiang", "Cai", "Ye", "Wei", "Lu", "Ding", "Shen", "Yao", "Qin", "Qiu", "Zhu", "Lin", "Xi",
        "Yan", "Yuan", "Cui", "Jin", "Xia", "Lei", "Qian", "Kang", "Zou", "Tao", "Tang", "Du",
        "Pan", "Fang", "Ren", "Zhong", "Jia",
        "Duan",
        // Not "Dong", "Cao", "Song", "Meng", "Bai", "Shi", "Xue": they open Vietnamese and
        // Chinese places' names ("Dong Nai reported 40 cases", "Cao Bang, a mountain
        // province", "the Song Da dam"), which no word around need mark (second and fourth
        // readers); "Meng Wanzhou" is lost.
    ];
    if !FAMILIES.contains(&family) || !given.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let lower = given.to_ascii_lowercase();
    if lower.len() < 2 || !given[1..].chars().all(|c| c.is_ascii_lowercase()) {
        return false;
    }
    // Syllables of pinyin, each opening with a consonant: "River", "Group", "Park", "Theatre",
    // "Pharma", "Center" are none ("Xi River", "Li Group", second reader).
    // Pinyin writes no syllable of a given name opening with a vowel after another ("Xu Ian"
    // is none, fifth reader).
    let one = |w: &str| pinyin_syllable(w) && !w.starts_with(['a', 'e', 'o', 'i', 'u']);
    one(&lower)
        || (2..lower.len().saturating_sub(1)).any(|k| {
            let (a, b) = lower.split_at(k);
            one(a) && one(b)
        })
}

/// Whether `w` (lower case) is one syllable of Mandarin in pinyin without tones: an initial of
/// the language and one of its finals ("ting", "zhan", "yu", "fei"; not "ver", "grou", "tre").
fn pinyin_syllable(w: &str) -> bool {
    // With Wade-Giles's "hs" and "ts" and its finals "ih", "ieh", "ien", "ung" ("Lin Hsin",
    // "Huang Tsung", fifth reader).
    const INITIALS: &[&str] = &[
        "zh", "ch", "sh", "hs", "ts", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j",
        "q", "x", "r", "z", "c", "s", "y", "w",
    ];
    const FINALS: &[&str] = &[
        "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong",
        "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui",
        "uan", "un", "uang", "ue", "ve", "ih", "ieh", "ien", "ung",
    ];
    let initial = INITIALS
        .iter()
        .find(|i| w.starts_with(**i))
        .map_or("", |i| *i);
    let last = &w[initial.len()..];
    FINALS.contains(&last) || (initial.is_empty() && last == "er")
}

/// Whether `text` is written as a Vietnamese person's name without its marks, family name first:
/// three or four words, a family name and a middle name of the lists, then syllables of up to
/// six letters each written with a capital, none a word of grammar ("Nguyen Thi Thu Ha", "Le
/// Minh Tri"); not a place's or a body's name ("Ho Chi Minh City").
/// Such a person is called by the last word, the given name.
pub fn vietnamese_name(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    (3..=4).contains(&words.len())
        && VIETNAMESE_FAMILY_NAMES.contains(&words[0])
        && VIETNAMESE_MIDDLE_NAMES.contains(&words[1])
        && words[1..].iter().all(|w| {
            let lower = w.to_ascii_lowercase();
            w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
                && w.len() <= 6
                && lower.contains(['a', 'e', 'i', 'o', 'u', 'y'])
                && !crate::draft::value::is_function_word(&lower)
        })
        && !has_keyword_word(&words)
}

/// Whether a word of `words` is a place's or a body's word ("City", "Road").
fn has_keyword_word(words: &[&str]) -> bool {
    words.iter().any(|w| {
        let w = w.to_lowercase();
        PLACE_WORDS.contains(&w.as_str()) || ORGANISATION_WORDS.contains(&w.as_str())
    })
}

/// Middle names of Vietnam, the word after the family name ("Thi", "Van", "Minh"): with the
/// family name, they tell a Vietnamese name from a French one ("Le Chat Bleu").
#[rustfmt::skip]
const VIETNAMESE_MIDDLE_NAMES: &[&str] = &[
    "Thi", "Van", "Minh", "Thanh", "Duc", "Quoc", "Huu", "Ngoc", "Xuan", "Hong", "Kim", "Anh",
    "Dinh", "Cong", "Quang", "Trung", "Tuan", "Hai", "Hoai", "Bao", "Gia", "Khanh", "Nhat",
    "Phuong", "Thu", "Bich", "Hoang", "Manh", "Tien", "Viet", "Nam", "Thai", "Chi", "Tan", "Trong",
];

/// Family names of Vietnam as English news writes them without marks.
#[rustfmt::skip]
const VIETNAMESE_FAMILY_NAMES: &[&str] = &[
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Do",
    "Ho", "Ngo", "Duong", "Ly", "Dinh", "Trinh", "Truong", "Doan", "Luong", "Lam", "Mai", "Ta",
];

/// Family names of Korea and of Taiwan and China as English news romanises them, which open a
/// name written family name first.
#[rustfmt::skip]
const FAMILY_NAMES: &[&str] = &[
    // Korean.
    "Kim", "Lee", "Yi", "Rhee", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang",
    "Cho", "Jo", "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Han", "Oh", "Seo", "Suh", "Shin",
    "Sin", "Kwon", "Hwang", "Ahn", "An", "Song", "Yoo", "Yu", "Ryu", "Hong", "Jeon", "Jun", "Ko",
    "Go", "Moon", "Mun", "Yang", "Son", "Sohn", "Bae", "Baek", "Paik", "Heo", "Huh", "Nam", "Sim",
    "Shim", "Noh", "Roh", "Ha", "Kwak", "Sung", "Cha", "Joo", "Ju", "Woo", "Min", "Na", "Jin",
    "Ji", "Eom", "Um", "Chae", "Won", "Chun", "Cheon", "Bang", "Gong", "Kong", "Hyun", "Ham",
    "Byun", "Yeom", "Yeo", "Chu", "Do", "So", "Seok", "Sun", "Seol", "Ma", "Gil", "Yeon", "Pyo",
    "Myung", "Ki", "Ban", "Wang", "Geum", "Ok", "Yook", "In", "Maeng", "Je", "Mo", "Tak", "Gu",
    "Koo", "Goo", "Lyu", "Kye", "Jegal", "Namgung",
    // Taiwanese and Chinese (Wade-Giles and pinyin).
    "Chen", "Lin", "Huang", "Wu", "Liu", "Tsai", "Hsu", "Cheng", "Hsieh", "Lai", "Kuo", "Hung",
    "Tseng", "Chiu", "Liao", "Lu", "Kao", "Chou", "Yeh", "Su", "Chuang", "Chiang", "Ho", "Lo",
    "Hsiao", "Li", "Zhang", "Zhao", "Zhou", "Xu", "Hu", "Guo", "He", "Gao", "Luo", "Zheng",
    "Liang", "Xie", "Tang", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan",
    "Yuan", "Cai", "Jiang", "Du", "Ye", "Wei", "Ding", "Ren", "Shen",
    "Yao", "Tan", "Fan", "Fang", "Shi", "Tu", "Wen", "Teng", "Pai", "Fu", "Shih", "Chien",
];

/// The keys of every listed country, US state and province, built once.
fn place_keys() -> &'static std::collections::HashSet<String> {
    static KEYS: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        COUNTRIES
            .iter()
            .copied()
            .chain(US_STATES.iter().chain(PROVINCES).map(|(name, _)| *name))
            .chain(RIVERS.iter().copied())
            .chain(REGIONS.iter().copied())
            .map(crate::normalize::key)
            .collect()
    })
}

/// Whether `text` names a capital or a large city ("Seoul", "Kuala Lumpur"). Weaker than a
/// country: a city names its side or its government too ("Baltimore led 61-48"), so this only
/// settles a name the words around leave open.
pub fn known_city(text: &str) -> bool {
    static KEYS: Keys = std::sync::OnceLock::new();
    listed(&KEYS, CITIES, text)
}

/// Whether `text` names a company the news names in passing ("Goldman Sachs", "BlackRock",
/// "Rio Tinto"): a body, though no word of its name says so.
pub fn known_company(text: &str) -> bool {
    static KEYS: Keys = std::sync::OnceLock::new();
    listed(&KEYS, lists::KNOWN_COMPANIES, text)
}

/// Whether `text` names a party the news names with no party's word in it ("Sinn Féin",
/// "Likud").
pub fn known_party(text: &str) -> bool {
    static KEYS: Keys = std::sync::OnceLock::new();
    listed(&KEYS, lists::KNOWN_PARTIES, text)
}

/// Whether `word` is a common given name ("Anthony", "Siobhán"), or given names joined by a
/// hyphen ("Marc-André", "Jean-Philippe").
pub fn given_name(word: &str) -> bool {
    static KEYS: Keys = std::sync::OnceLock::new();
    !word.is_empty()
        && word
            .split('-')
            .all(|part| part.len() > 1 && listed(&KEYS, given_names::GIVEN_NAMES, part))
}

/// The normalised keys of a list of names, made once.
type Keys = std::sync::OnceLock<std::collections::HashSet<String>>;

/// Whether `text`, normalised, is one of `list`'s names (their keys made once into `keys`).
fn listed(keys: &'static Keys, list: &[&str], text: &str) -> bool {
    keys.get_or_init(|| list.iter().map(|c| crate::normalize::key(c)).collect())
        .contains(&crate::normalize::key(text))
}

/// Whether `text` names a country, a US state or another large place, perhaps with a direction
/// in front ("Northern California").
pub fn known_place(text: &str) -> bool {
    let keys = place_keys();
    let key = crate::normalize::key(text);
    if keys.contains(&key) || country_initials(text).is_some() || state(text).is_some() {
        return true;
    }
    match key.split_once(' ') {
        Some((direction, rest)) => DIRECTIONS.contains(&direction) && keys.contains(rest),
        None => false,
    }
}

/// Whether `text` is a country's name as the list writes it ("New Zealand") or its initials
/// ("US", "U.K."): a country itself, not a state, a province or a river as `known_place` also
/// takes.
pub fn country(text: &str) -> bool {
    COUNTRIES.contains(&text) || country_initials(text).is_some()
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
    NATION_ADJECTIVES.contains(&lower.as_str())
        || people_adjective(&lower)
        || ["an", "ese", "ian", "ean"]
            .iter()
            .any(|s| lower.ends_with(s) && lower.len() > 5)
}

/// Whether a word taken for a demonym is one for certain: listed, or a suffix on the opening of
/// a known place's name ("Italian" of Italy, "Kenyan" of Kenya, "Californian"). "Odiongan" ends
/// like "Kenyan", but no place it would be the people of is known: after "in" it is a town.
pub fn demonym_of_a_known_place(word: &str) -> bool {
    let keys = place_keys();
    let lower = word.to_lowercase();
    if NATION_ADJECTIVES.contains(&lower.as_str()) || people_adjective(&lower) {
        return true;
    }
    ["ian", "ean", "ese", "an"].iter().any(|s| {
        lower.strip_suffix(s).is_some_and(|stem| {
            stem.chars().count() >= 3 && keys.iter().any(|k| k.starts_with(stem))
        })
    })
}

/// Whether a word is one of the listed adjectives for a people, a faith or a party ("Christian",
/// "Labour", "Kurdish"), without the suffix guess of `is_demonym` ("Veritan" is a company).
pub fn people_adjective(word: &str) -> bool {
    let lower = word.to_lowercase();
    PEOPLE_ADJECTIVES.contains(&lower.as_str()) || POLITICAL_ADJECTIVES.contains(&lower.as_str())
}

/// Whether `word`, before `next`, opens the joiner of a German place's name: "an der", "in der",
/// "ob der" ("Pfaffenhofen an der Ilm", "Rothenburg ob der Tauber"), or "am"/"im" before the
/// name's next word ("Frankfurt am Main", "Neumarkt im Mühlkreis") (#15).
pub fn german_joiner(word: &str, next: Option<&str>) -> bool {
    match word {
        "an" | "in" | "ob" => next.is_some_and(german_article),
        "am" | "im" => true,
        _ => false,
    }
}

/// Whether a word is a German article of a place's joiner: "der", "dem", "den".
pub fn german_article(word: &str) -> bool {
    matches!(word, "der" | "dem" | "den")
}

/// Whether a word is one of the listed adjectives of politics ("liberal", "conservative",
/// "labour"), which parties open their names with and call their members by.
pub fn political_word(word: &str) -> bool {
    POLITICAL_ADJECTIVES.contains(&word.to_lowercase().as_str())
}

/// Countries' adjectives that no suffix rule derives from the country's name.
const NATION_ADJECTIVES: &[&str] = &[
    "french",
    "dutch",
    "swiss",
    "thai",
    "greek",
    "british",
    "irish",
    "welsh",
    "scottish",
    "norwegian",
    "belgian",
    "english",
    "spanish",
    "danish",
    "swedish",
    "finnish",
    "polish",
    "turkish",
    "czech",
    "slovak",
    "slovene",
    "croat",
    "serb",
];

/// Other words for a people, a faith or a party used as adjectives (no country's adjective for
/// `nationality`).
const PEOPLE_ADJECTIVES: &[&str] = &[
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
];

/// The adjectives of politics, words for a people too (`PEOPLE_ADJECTIVES` goes on with them):
/// parties open their names with them and call their members by them (`political_word`).
const POLITICAL_ADJECTIVES: &[&str] = &[
    "republican",
    "democrat",
    "democratic",
    "conservative",
    "liberal",
    "labour",
    "socialist",
];

/// Whether a word is a country's adjective: "British", "Dutch", "Australian" (Australia),
/// "Brazilian" (Brazil), "Korean" (Korea) — only of a country the lists know, so that given
/// names that end the same way ("Sebastian", "Julian") are not taken for one.
pub fn nationality(word: &str) -> bool {
    let lower = word.to_lowercase();
    let irregular = NATION_ADJECTIVES.contains(&lower.as_str())
        || ["chinese", "japanese", "portuguese", "vietnamese"].contains(&lower.as_str());
    let country = |stem: &str| !stem.is_empty() && known_place(stem);
    irregular
        || lower.strip_suffix('n').is_some_and(country)
        || lower.strip_suffix("ic").is_some_and(country)
        || lower
            .strip_suffix("ian")
            .is_some_and(|s| country(s) || country(&format!("{s}a")) || country(&format!("{s}y")))
}

mod given_names;
mod lists;

pub use lists::{
    CITIES, COUNTRIES, COUNTRY_INITIALS, DIRECTIONS, EVENT_NOUNS, FOREIGN_BODY_WORDS, MAKERS,
    ORGANISATION_NOUNS, ORGANISATION_WORDS, OWN_NAMED_BODIES, PERSON_NOUNS, PERSON_TITLES,
    PLACE_NOUNS, PLACE_PREPOSITIONS, PLACE_WORDS, POSITIONS, PROVINCES, REGIONS, RIVERS,
    ROAD_WORDS, SPEECH_VERBS, TITLE_PARTS, US_STATES,
};
use lists::{COMMON_INITIALISMS, GRAPES, POSTNOMINALS, TIME_ZONES, UNIT_ABBREVIATIONS};
