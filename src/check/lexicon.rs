//! What the checker knows about kinds of English words, apart from any question (#11): which
//! words only join others ("the", "in"), which are titles before a name ("President"), which name
//! another person than the one named ("Jr", "father"), which negate ("not"), which say where in a
//! place ("port"), when in a day or month ("night", "mid"), and which count people ("men").
//! Word forms are `forms`'. Words here are already normalised (`normalize::words`): lower case,
//! no punctuation.

/// Words that only join others: an answer may add them ("in June", "the 65th") or leave them out.
pub fn is_filler(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "of"
            | "to"
            | "by"
            | "for"
            | "from"
            | "with"
            | "into"
            | "onto"
            | "during"
            | "its"
            | "it"
            | "his"
            | "her"
            | "their"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "that"
            | "this"
            | "which"
            | "who"
            | "as"
            | "and"
            // Pronouns and words of degree or number that say nothing of their own ("all 33 of
            // them", "so many families", "he was the second").
            | "he"
            | "she"
            | "him"
            | "they"
            | "them"
            | "all"
            | "both"
            | "each"
            | "so"
            | "very"
            | "many"
    )
}

/// Words that say a number is not exact; they may stand before any number or amount.
pub fn is_approximation(word: &str) -> bool {
    matches!(
        word,
        "about"
            | "around"
            | "roughly"
            | "approximately"
            | "approx"
            | "some"
            | "nearly"
            | "almost"
            | "circa"
            | "ca"
            | "c"
            | "exactly"
            | "precisely"
    )
}

/// Titles and forms of address before a name: "President Kennedy", "Mr Kim", "Supreme Leader
/// Kim Jong-un", "Secretary-General Ban".
pub fn is_title(word: &str) -> bool {
    matches!(
        word,
        "president"
            | "pres"
            | "vice"
            | "mr"
            | "mrs"
            | "ms"
            | "miss"
            | "dr"
            | "doctor"
            | "prof"
            | "professor"
            | "sir"
            | "dame"
            | "lord"
            | "lady"
            | "general"
            | "gen"
            | "colonel"
            | "col"
            | "major"
            | "maj"
            | "captain"
            | "capt"
            | "lieutenant"
            | "lt"
            | "commander"
            | "cmdr"
            | "admiral"
            | "adm"
            | "marshal"
            | "sergeant"
            | "sgt"
            | "senator"
            | "sen"
            | "governor"
            | "gov"
            | "mayor"
            | "ambassador"
            | "secretary"
            | "minister"
            | "prime"
            | "first"
            | "premier"
            | "pm"
            | "deputy"
            | "chancellor"
            | "chairman"
            | "chair"
            | "supreme"
            | "leader"
            | "comrade"
            | "king"
            | "queen"
            | "emperor"
            | "empress"
            | "prince"
            | "princess"
            | "pope"
            | "saint"
            | "st"
            | "rev"
            | "reverend"
            | "judge"
            | "justice"
            | "astronaut"
    )
}

/// Words that, said with a name, name another person: a son ("Trump Jr"), a father ("Kim
/// Jong-un's father"), any relative. Never extra words of a name.
pub fn is_kin(word: &str) -> bool {
    matches!(
        word,
        "jr" | "junior"
            | "sr"
            | "senior"
            | "father"
            | "mother"
            | "son"
            | "daughter"
            | "brother"
            | "sister"
            | "wife"
            | "husband"
            | "widow"
            | "widower"
            | "uncle"
            | "aunt"
            | "nephew"
            | "niece"
            | "cousin"
            | "grandfather"
            | "grandmother"
            | "grandson"
            | "granddaughter"
            | "dad"
            | "mom"
            | "mum"
            | "family"
            | "heir"
            | "successor"
            | "predecessor"
    )
}

/// Words for a part of a place that may follow or precede its name without naming another place:
/// "the port of Wonsan", "Wonsan airport", "the Seoul area".
pub fn is_part_of_place(word: &str) -> bool {
    matches!(
        word,
        "port"
            | "harbour"
            | "harbor"
            | "airport"
            | "airfield"
            | "area"
            | "region"
            | "vicinity"
            | "outskirts"
    )
}

/// Words for a part of a day or a month that narrow a weekday or month without changing it:
/// "Sunday night", "friday morning", "mid-June", "late July".
pub fn is_part_of_day_or_month(word: &str) -> bool {
    matches!(
        word,
        "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "noon"
            | "midday"
            | "midnight"
            | "daytime"
            | "nighttime"
            | "lunchtime"
            | "dawn"
            | "dusk"
            | "early"
            | "mid"
            | "middle"
            | "late"
            | "end"
            | "start"
            | "beginning"
    )
}

/// Words that count people as people, whoever they are: "33 men", "33 people".
pub fn is_people(word: &str) -> bool {
    matches!(
        word,
        "people"
            | "persons"
            | "person"
            | "men"
            | "man"
            | "women"
            | "woman"
            | "individuals"
            | "individual"
            | "souls"
            | "humans"
    )
}

/// Whether a fact's unit counts people ("miners", "soldiers"): then `is_people` words may stand
/// for it. Words for groups of one kind (soldiers and troops) may stand for each other.
pub fn counts_people(unit: &str) -> bool {
    is_people(unit) || same_people(unit).is_some() || PEOPLE_UNITS.contains(&unit)
}

/// The group of words that count the same people as `word`, if it is in one.
pub fn same_people(word: &str) -> Option<&'static [&'static str]> {
    const GROUPS: [&[&str]; 3] = [
        &["soldiers", "soldier", "troops", "servicemen", "serviceman"],
        &["children", "child", "kids"],
        &["sailors", "sailor", "seamen", "seaman"],
    ];
    GROUPS.into_iter().find(|g| g.contains(&word))
}

/// Units that count people of one kind.
const PEOPLE_UNITS: [&str; 40] = [
    "miners",
    "workers",
    "passengers",
    "crew",
    "civilians",
    "victims",
    "survivors",
    "adults",
    "residents",
    "students",
    "pupils",
    "pilots",
    "astronauts",
    "cosmonauts",
    "refugees",
    "prisoners",
    "hostages",
    "members",
    "voters",
    "fans",
    "viewers",
    "spectators",
    "citizens",
    "americans",
    "employees",
    "staff",
    "players",
    "athletes",
    "officers",
    "marines",
    "firefighters",
    "doctors",
    "nurses",
    "patients",
    "tourists",
    "migrants",
    "inhabitants",
    "delegates",
    "journalists",
    "volunteers",
];

/// Words that turn a statement round: an answer with one of these added is not the answer.
pub fn is_negation(word: &str) -> bool {
    matches!(
        word,
        "not"
            | "no"
            | "non"
            | "never"
            | "neither"
            | "nor"
            | "without"
            | "un"
            | "anti"
            | "dis"
            | "de"
            | "none"
            | "nobody"
            | "nothing"
            | "isnt"
            | "wasnt"
            | "didnt"
            | "dont"
            | "doesnt"
            | "arent"
            | "werent"
            | "cannot"
            | "cant"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relatives_are_no_titles() {
        for word in ["jr", "junior", "sr", "father", "son"] {
            assert!(is_kin(word) && !is_title(word), "{word}");
        }
        for word in [
            "president",
            "premier",
            "supreme",
            "leader",
            "first",
            "secretary",
            "general",
        ] {
            assert!(is_title(word) && !is_kin(word), "{word}");
        }
    }

    #[test]
    fn counts_of_people() {
        assert!(counts_people("miners") && counts_people("soldiers") && counts_people("people"));
        assert!(!counts_people("cases") && !counts_people("kilograms") && !counts_people("orbits"));
        assert_eq!(same_people("troops"), same_people("soldiers"));
        assert!(same_people("men").is_none() && is_people("men") && !is_people("miners"));
    }
}
