//! A country's name standing for its national team: "beat Scotland 31-24", "the New Zealand
//! captain", "India batted under lights". Sports writers name national sides by their country,
//! and a reader takes the name for the team wherever the words around it are a match's: a role
//! in a side after it, a score, a result. A country so shown in one place is the team in the
//! article's other mentions of it too, save where a place preposition puts something in it ("a
//! series in New Zealand"); after "to" or "from" (a side's travel, a team's loss) it is left out.

use std::collections::HashSet;

use super::super::lexicon;
use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;
use super::super::value::Class;
use crate::normalize;

/// Nouns after a country's name that only a side has: "the India captain", "Scotland
/// supporters", "the New Zealand spinners".
#[rustfmt::skip]
pub(super) const SIDE_NOUNS: &[&str] = &[
    "captain", "skipper", "coach", "side", "team", "squad", "supporters", "fans", "players",
    "selectors", "batters", "batsmen", "batsman", "bowlers", "bowler", "spinners", "spinner",
    "seamers", "openers", "opener", "pacer", "pacers", "wicketkeeper", "fielders", "innings",
    "wing", "winger", "flanker", "prop", "hooker", "lock", "fullback", "halfback", "forwards",
    "backs", "striker", "defender", "midfielder", "goalkeeper", "keeper", "scrum", "lineout",
    "pack", "bench", "replacement", "replacements", "debutant",
];

/// Whether `word`, after a name, is a role in a side (`SIDE_NOUNS`): "the Nepal side" of a
/// mountain or a border is the country, not a team (#15).
pub(super) fn side_noun(p: &Paragraph, m: &Mention, word: &str) -> bool {
    SIDE_NOUNS.contains(&word) && (word != "side" || !a_place_s_side(p, m))
}

/// Whether "side" after a name is a place's: "from the Nepal side", "on the Ukrainian side",
/// "the Tibet side of the mountain"; not "The Ireland side flew to Paris" (second reader).
pub(super) fn a_place_s_side(p: &Paragraph, m: &Mention) -> bool {
    let the = m.first >= 1 && p.word(m.first - 1).as_deref() == Some("the");
    let placed = the
        && m.first >= 2
        && p.word(m.first - 2).is_some_and(|w| {
            matches!(
                w.as_str(),
                "from" | "on" | "across" | "to" | "at" | "along" | "over"
            )
        });
    // "the Tibet side of the mountain", not "the Brazil side of 1970" (second reader): a place's
    // word after "of (the)" ("the camp" is a squad's: "the England side of the camp"), a name
    // after "the" ("of the Andes"), a known place, or a name that ends with a place's word ("of
    // the Rafah crossing", "of the Green Line") (third and fifth readers); not a bare name, a
    // star's or a manager's ("the Brazil side of Pelé", "the Wales side of Warren Gatland";
    // fourth reader).
    let of_a_place = p.word(m.last + 2).as_deref() == Some("of") && {
        let the = p.word(m.last + 3).as_deref() == Some("the");
        let at = m.last + 3 + usize::from(the);
        let place_word = |w: &str| {
            (lexicon::PLACE_WORDS.contains(&w) && w != "camp")
                || matches!(
                    w,
                    "border"
                        | "frontier"
                        | "fence"
                        | "wall"
                        | "line"
                        | "peak"
                        | "ridge"
                        | "summit"
                        | "channel"
                )
        };
        let mut end = at;
        while end < at + 4 && p.capitalised(end + 1) {
            end += 1;
        }
        // An era after "the" is a side's ("the Brazil side of the Seventies", "of the Steve
        // Waugh years", "of the Six Nations finale"); a bare name is a place's outside sport
        // ("the Nepal side of Everest") and a star's or a manager's in it ("of Pelé") (sixth
        // reader).
        let era = (end..=end + 1).any(|k| {
            p.word(k).is_some_and(|w| {
                matches!(w.as_str(), "years" | "era" | "days" | "decade" | "finale")
                    || (w.ends_with("ties") && w.len() > 6)
            })
        });
        let named = p.capitalised(at)
            && (lexicon::known_place(p.text_of(at))
                || lexicon::known_city(p.text_of(at))
                || (at..=end + 1).any(|k| p.word(k).is_some_and(|w| place_word(&w)))
                || (the && !era)
                || (!the && !sporting_besides(p, "side")));
        p.word(at)
            .is_some_and(|w| !p.capitalised(at) && place_word(&w))
            || named
    };
    placed || of_a_place
}

/// What a player's line counts in a game: "18 points", "nine rebounds", "two tries".
#[rustfmt::skip]
pub(super) const STAT_NOUNS: &[&str] = &[
    "points", "rebounds", "assists", "steals", "blocks", "goals", "saves", "tries",
    "strikeouts", "hits", "yards", "touchdowns", "birdies", "aces", "wickets", "3-pointers",
];

/// Verbs of a match whose subject is a side: "Scotland scored", "India had lost".
#[rustfmt::skip]
const MATCH_VERBS: &[&str] = &[
    "scored", "scores", "batted", "bats", "bowled", "bowls", "won", "wins", "lost", "loses",
    "beat", "beats", "led", "leads", "trailed", "trail", "trails", "drew", "draws", "chased",
    "chasing", "conceded", "concede", "declared", "fielded", "defeated", "equalised", "equalized",
    "plundered", "collapsed", "struggled", "hit", "kicked", "tackled", "crossed", "posted",
    // A fixture's verbs and a side's punishing of mistakes: "Argentina host Australia",
    // "New Zealand punished every one".
    "host", "hosts", "hosted", "face", "faces", "punished", "punish",
];

/// Words before a country's name that only a side takes: "beat Scotland", "India v England".
pub(super) const SIDE_WORDS_BEFORE: &[&str] = &["beat", "beating", "beaten", "defeated", "v", "vs"];

/// Words of a fixture before a side's name, weak evidence once the article names sides:
/// "to face South Africa", "host Australia"; not "against", which wars and protests take too
/// ("soldiers fighting against Russia").
#[rustfmt::skip]
const FIXTURE_WORDS_BEFORE: &[&str] = &[
    "face", "faces", "facing", "faced", "host", "hosts", "hosting", "play", "plays", "playing",
    "meet", "meets", "meeting",
];

/// Words that fill the gap between a side and its verb: "India had lost", "New Zealand still
/// plundered", "Scotland have been".
const AUXILIARIES: &[&str] = &[
    "had", "has", "have", "still", "then", "also", "been", "again",
];

/// The keys of the countries the article names for their national sides: a role in a side or a
/// score beside one of their mentions; once one country is so shown, a result's verb ("India
/// batted") or a plural verb after a country's name ("Scotland are") shows the others.
pub(super) fn teams(paragraphs: &[Paragraph], mentions: &[Mention]) -> HashSet<String> {
    let shown = |strong: bool| -> HashSet<String> {
        mentions
            .iter()
            .filter(|m| is_country(m))
            .filter(|m| {
                paragraphs
                    .get(m.paragraph)
                    .is_some_and(|p| strong_evidence(p, m) || (!strong && weak_evidence(p, m)))
            })
            .map(|m| normalize::key(&m.text))
            .collect()
    };
    let strong = shown(true);
    if strong.is_empty() {
        return strong;
    }
    shown(false)
}

/// Whether a mention is written as a country's name alone ("India", "New Zealand"), or a large
/// city's, which names its club as a country names its national side ("Porto 2-2 Ajax", "Porto
/// boss Vítor Bruno") (twenty-seventh session).
fn is_country(m: &Mention) -> bool {
    m.region.is_none() && !m.titled && (lexicon::country(&m.text) || lexicon::known_city(&m.text))
}

/// For a mention of a country the article names for its side, the class it takes: the team
/// (`Some(Some(Organisation))`), nothing (`Some(None)`), or whatever the other rules say
/// (`None`: "in New Zealand" is the country).
pub(super) fn team_class(
    p: &Paragraph,
    m: &Mention,
    teams: &HashSet<String>,
) -> Option<Option<Class>> {
    // "China took bronze", "The U.S. leads the medal standings", "China won six golds": a
    // country that wins a medal or a place in a race is its team in that mention; elsewhere it
    // is what the other rules say ("Kenya is East Africa’s largest economy", "China hosted the
    // 2008 Olympics", second and fourth readers).
    if is_country(m) && !owns_a_name(p, m) && medalled(p, m) {
        return Some(Some(Class::Organisation));
    }
    if !is_country(m) || !teams.contains(&normalize::key(&m.text)) || owns_a_name(p, m) {
        return None;
    }
    if super::context::transferred_from(p, m) {
        return Some(Some(Class::Organisation));
    }
    // "in the US", "from the Netherlands": for a country whose name takes "the", the word before
    // "the" says (fourth, sixth and eighth readers), but not before a side's noun or thing ("in
    // the US roster", "in the US defense") or a possessive ("in the Netherlands’ win"; fifth
    // and seventh readers). A name that takes no "the" after it is an attribute, in an article of
    // its side as a rule the side's ("in the England camp", "the England cricket side", "outside
    // the Scotland box"; ninth reader), "the Ukraine war" left with them.
    let takes_the = lexicon::country_initials(&m.text).is_some()
        || matches!(
            m.text.as_str(),
            "Netherlands"
                | "Philippines"
                | "Gambia"
                | "Bahamas"
                | "Maldives"
                | "Comoros"
                | "Seychelles"
                | "Congo"
                | "United States"
                | "United Kingdom"
                | "United Arab Emirates"
                | "Czech Republic"
                | "Dominican Republic"
                | "Central African Republic"
                | "Solomon Islands"
                | "Marshall Islands"
        );
    let a_side_s = p.word(m.last + 1).is_some_and(|w| {
        // "national", "senior" only before a side's noun ("the US national team"; not "the US
        // national parks", "the UK senior population"; tenth reader).
        let of_a_side = |k: usize| {
            p.word(k)
                .is_some_and(|n| side_noun(p, m, &n) || matches!(n.as_str(), "anthem" | "set-up"))
        };
        side_noun(p, m, &w)
            || matches!(
                w.as_str(),
                "camp" | "victory" | "win" | "defeat" | "loss" | "midfield" | "defence"
                    | "defense" | "attack" | "net" | "goal" | "back" | "dressing" | "shirt"
                    | "jersey" | "line-up" | "lineup" | "xi" | "xv" | "ranks" | "dugout"
                    | "roster" | "manager" | "half" | "women’s" | "men’s" | "training"
                    | "cricket" | "rugby" | "football" | "set-up" | "fold"
            )
            || (matches!(w.as_str(), "national" | "senior") && of_a_side(m.last + 2))
            // "outside the Scotland box"; not "the US box office" (tenth reader).
            || (w == "box" && p.word(m.last + 2).as_deref() != Some("office"))
            // "in the US starting lineup", "starting 11"; not "in the US starting in June",
            // "starting 2026" (eighth to tenth readers).
            || (w == "starting"
                && (matches!(
                    p.word(m.last + 2).as_deref(),
                    Some("lineup" | "line-up" | "xi" | "xv" | "eleven" | "five")
                ) || matches!(p.text_of(m.last + 2), "11" | "15")))
    }) || crate::draft::paragraph::is_possessive(p.text_of(m.last))
        || p.is_mark(m.last + 1, &['’', '\'']);
    let the = p.word_before(m.first).as_deref() == Some("the") && takes_the && !a_side_s;
    let before = p.word_before(m.first - usize::from(the && m.first >= 1));
    match before.as_deref() {
        Some(
            "in" | "at" | "near" | "into" | "inside" | "outside" | "across" | "throughout"
            | "around" | "of",
        ) => None,
        // "travel to India", "a loss to Scotland": the place or the side.
        Some("from" | "to" | "toward" | "towards") => Some(None),
        _ => Some(Some(Class::Organisation)),
    }
}

/// A role in a side after the name ("the India captain", "Scotland’s supporters"), a score after
/// it ("beat Scotland 31-24"), or a word only a side takes before it ("beat Scotland", "a win
/// over New Zealand").
fn strong_evidence(p: &Paragraph, m: &Mention) -> bool {
    let word = |k: Option<usize>| k.and_then(|k| p.word(k));
    let after = word(Some(m.last + 1));
    let before = p.word_before(m.first);
    let before2 = word(m.first.checked_sub(2));
    // A country's initials take only a role a side alone has: "the US captain", not "a US team
    // of astronomers", "UK fans queued" (second reader).
    let initials = lexicon::country_initials(&m.text).is_some();
    // A country's initials take only a player's role ("the US captain"), not a word of a firm's
    // or a ship's ("the UK coach operator", "Deloitte’s UK wing", "the US skipper of the
    // tanker", "a US team of astronomers"; second and fourth readers).
    // A coach or a skipper only before the one so named ("US coach Mauricio Pochettino", "The
    // US skipper, Lindsey Horan"; fifth reader).
    // In a paragraph of sport: not "A UK coach, carrying 48 pupils", "The yacht’s UK skipper,
    // Tom Cunliffe" (sixth reader).
    let named_after = |w: &str| {
        (p.capitalised(m.last + 2) || p.is_mark(m.last + 2, &[',']))
            // Not "players" or "tournament" ("a UK coach, carrying 40 brass band players";
            // eighth reader).
            && sporting_besides(p, w)
    };
    let role = after.as_deref().is_some_and(|w| {
        side_noun(p, m, w)
            && (!initials
                || matches!(
                    w,
                    "captain"
                        | "striker"
                        | "midfielder"
                        | "defender"
                        | "goalkeeper"
                        | "winger"
                        | "quarterback"
                        | "debutant"
                )
                || (matches!(w, "coach" | "skipper" | "manager") && named_after(w)))
    });
    // "the Hungary international, a £32m signing", "the Wales international Gareth Bale": a
    // player capped by the national side (#15); not "Dubai international airport", "the Ghana
    // international trade fair", where a noun in lower case follows that the word describes.
    // A listed verb, adverb or modal after it says the player ("now plays", "could miss",
    // "moved to Chelsea"); any other word in lower case may be a noun it describes ("book
    // fair", "flights", "licensed bars"), and the name stays what the other rules say (third,
    // fourth and fifth readers).
    let acts = |w: &str| {
        matches!(
            w,
            "who"
                | "has"
                | "had"
                | "was"
                | "is"
                | "will"
                | "now"
                | "also"
                | "could"
                | "would"
                | "should"
                | "can"
                | "may"
                | "might"
                | "must"
                | "left"
                | "won"
                | "made"
                | "scored"
                | "signed"
                | "joins"
                | "joined"
                | "played"
                | "plays"
                | "returns"
                | "returned"
                | "moved"
                | "died"
                | "retired"
                | "said"
                | "says"
                | "hopes"
                | "missed"
                | "turned"
                | "started"
                | "starts"
                | "came"
                | "went"
                | "still"
                | "then"
                | "earned"
        )
    };
    let capped = after.as_deref() == Some("international")
        && (p
            .tokens
            .get(m.last + 2)
            .is_none_or(|t| t.kind == Kind::Mark)
            || p.capitalised(m.last + 2)
            || p.word(m.last + 2)
                .is_some_and(|w| SIDE_NOUNS.contains(&w.as_str()) || acts(&w)));
    let role = role || capped;
    let beaten = before
        .as_deref()
        .is_some_and(|w| SIDE_WORDS_BEFORE.contains(&w));
    let over = before.as_deref() == Some("over")
        && matches!(
            before2.as_deref(),
            Some("win" | "victory" | "wins" | "victories" | "triumph")
        );
    // "signed him from Braga": a club sells a player (#15).
    let sold = super::context::transferred_from(p, m);
    // After initials, a score before a noun is a spread: "The US 2-10 yield curve" (fourth
    // reader); "The US won 2-1", "USA 2-1 Mexico" are results (fifth reader).
    // Only a result's verb or a rival country after the score ("USA 2-1 Mexico") says a side;
    // not "The US 6-3 Supreme Court majority", "The UK 52-48 Brexit vote" (sixth reader).
    let spread = initials
        && !matches!(
            p.word(m.last + 1).as_deref(),
            Some("won" | "lost" | "drew" | "beat")
        )
        && !{
            // A rival of one or two words ("USA 2-1 Costa Rica"; seventh reader).
            let one = p.text_of(m.last + 4);
            let two = format!("{} {}", one, p.text_of(m.last + 5));
            // Not the sentence's end: "the referendum split the UK 52-48." (eighth reader).
            lexicon::country(one) || lexicon::country(&two)
        };
    let scored = score_after(p, m.last + 1) && !spread;
    !owns_a_name(p, m) && (role || beaten || over || sold || scored)
}

/// Whether a medal or a place in a race follows the name, auxiliaries passed over: "China took
/// bronze", "The U.S. leads the medal standings", "Australia was second in 3:37.65", in a
/// paragraph of medals or races (#15): a country that finishes or wins is its team there.
fn medalled(p: &Paragraph, m: &Mention) -> bool {
    let mut k = m.last + 1;
    while p.word(k).is_some_and(|w| AUXILIARIES.contains(&w.as_str())) {
        k += 1;
    }
    let Some(verb) = p.word(k) else {
        return false;
    };
    let mut next = k + 1;
    if matches!(p.word(next).as_deref(), Some("the" | "a")) {
        next += 1;
    }
    let medal = |w: &str| matches!(w, "gold" | "silver" | "bronze");
    // "took bronze", "won six golds", "has won 12 medals".
    let counted = (p.tokens.get(next).is_some_and(|t| t.kind == Kind::Number)
        || wickets_at(p, next))
        && p.word(next + 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "golds" | "silvers" | "bronzes" | "medals" | "gold" | "silver" | "bronze"
            )
        });
    let won = matches!(
        verb.as_str(),
        "took" | "takes" | "won" | "wins" | "claimed" | "claims" | "collected" | "grabbed"
    ) && (p.word(next).is_some_and(|w| medal(&w)) || counted);
    let standings = matches!(
        verb.as_str(),
        "leads" | "led" | "tops" | "topped" | "heads" | "headed"
    ) && p.word(k + 1).as_deref() == Some("the")
        && p.word(k + 2)
            .is_some_and(|w| matches!(w.as_str(), "medal" | "medals"));
    let ordinal = |w: &str| {
        matches!(
            w,
            "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth"
        )
    };
    let placed = matches!(
        verb.as_str(),
        "was" | "is" | "were" | "are" | "finished" | "came" | "placed"
    ) && p.word(k + 1).is_some_and(|w| ordinal(&w))
        && match p.word(k + 2).as_deref() {
            // "second in 3:37.65": a race's time, beside a medal or a race.
            Some("in") => {
                p.tokens.get(k + 3).is_some_and(|t| t.kind == Kind::Number)
                    && p.text_of(k + 3).contains(['.', ':'])
                    && p.speaks_of(&[
                        "medal", "medals", "golds", "gold", "silver", "bronze", "relay", "podium",
                        "race", "heat", "final",
                    ])
            }
            // "third with 17", "third with nine": a count of medals, beside medals; not a
            // market's ranking ("the world’s largest gold producer ... Australia was second
            // with 310 tonnes", second reader).
            Some("with") => {
                (p.tokens.get(k + 3).is_some_and(|t| t.kind == Kind::Number)
                    || wickets_at(p, k + 3))
                    && (p.speaks_of(&["medal", "medals", "golds"])
                        // "second with 15 gold" (third reader).
                        || p.word(k + 4).is_some_and(|w| {
                            matches!(w.as_str(), "gold" | "golds" | "medals" | "silver" | "bronze")
                        }))
            }
            _ => false,
        };
    won || standings || placed
}

/// Whether the country's ’s is before a name ("a win over Spain’s Iker Olabarria"): the country
/// is the player's, a place, not a side (#15).
fn owns_a_name(p: &Paragraph, m: &Mention) -> bool {
    super::holds_its_owner_s(p.text_of(m.last)) && p.capitalised(m.last + 1)
}

/// Whether a score starts at token `k`, or after a result's verb there: "Scotland 31-24",
/// "Ireland won 2-1".
pub(super) fn score_after(p: &Paragraph, k: usize) -> bool {
    let score = |k: usize| {
        let number = |k: usize| p.tokens.get(k).is_some_and(|t| t.kind == Kind::Number);
        number(k) && p.is_mark(k + 1, &['-', '–']) && p.is_glued(k + 1) && number(k + 2)
    };
    score(k)
        || cricket_score(p, k)
        || (p
            .word(k)
            .is_some_and(|w| matches!(w.as_str(), "won" | "lost" | "drew" | "beat"))
            && score(k + 1))
        // "South Africa was 96 for four", "India were 241 for three": a side's runs for the
        // wickets it has lost (#15).
        || (p
            .word(k)
            .is_some_and(|w| matches!(w.as_str(), "was" | "were" | "is" | "are"))
            && cricket_score(p, k + 1))
}

/// Whether a cricket score starts at token `k`: runs, "for", and the wickets lost, ten at most
/// ("96 for four", "241 for 3"); a bowler's figures put the wickets first ("three for 28").
pub(super) fn cricket_score(p: &Paragraph, k: usize) -> bool {
    let runs = p.tokens.get(k).is_some_and(|t| t.kind == Kind::Number)
        && p.text_of(k).bytes().all(|b| b.is_ascii_digit())
        && p.text_of(k).len() >= 2;
    // In a paragraph of cricket: "Canada was 25 for 3 on the power play" is no innings.
    let cricket = p.speaks_of(&[
        "over", "wicket", "innings", "test", "stumps", "bowl", "batting",
    ]);
    runs && cricket && p.word(k + 1).as_deref() == Some("for") && wickets_at(p, k + 2)
}

/// Whether token `j` is a count of wickets: ten at most, in digits or a word ("four", "3").
pub(super) fn wickets_at(p: &Paragraph, j: usize) -> bool {
    p.text_of(j).parse::<u32>().is_ok_and(|n| n <= 10)
        || p.word(j).is_some_and(|w| {
            (0..=10).any(|n| crate::check::words::small_number_word(n, false) == Some(&w))
        })
}

/// A result's verb after the name, auxiliaries passed over ("India batted", "New Zealand had
/// won"), or a plural verb after a country's name, which British usage gives a side and never
/// the country ("Scotland are still chasing").
pub(super) fn weak_evidence(p: &Paragraph, m: &Mention) -> bool {
    // "meet Poland’s president", "Russia’s neighbour": a possessive says whose, no fixture.
    let possessive = p
        .text
        .get(m.slot.end..)
        .is_some_and(|rest| rest.starts_with("’s") || rest.starts_with("'s"));
    if possessive {
        return false;
    }
    // "to face South Africa", "50 caps for New Zealand": a fixture's or a player's words before
    // the name (#15).
    let before = p.word_before(m.first);
    let before2 = m.first.checked_sub(2).and_then(|k| p.word(k));
    let fixture = before
        .as_deref()
        .is_some_and(|w| FIXTURE_WORDS_BEFORE.contains(&w));
    let capped = before.as_deref() == Some("for")
        && before2.as_deref().is_some_and(|w| {
            matches!(
                w,
                "appearances"
                    | "caps"
                    | "tests"
                    | "matches"
                    | "games"
                    | "debut"
                    | "tries"
                    | "goals"
            )
        });
    // "the second Test against South Africa", "a match against Wales": "against" after a
    // match's noun (not "fighting against Russia") (#15).
    let match_against = before.as_deref() == Some("against")
        && before2.as_deref().is_some_and(|w| {
            matches!(
                w,
                "test"
                    | "match"
                    | "game"
                    | "final"
                    | "semifinal"
                    | "semi-final"
                    | "series"
                    | "tie"
                    | "fixture"
                    | "clash"
                    | "friendly"
                    | "qualifier"
                    | "odi"
            )
        });
    if fixture || capped || match_against {
        return true;
    }
    if let Some(w) = p.word(m.last + 1)
        && matches!(w.as_str(), "are" | "were")
    {
        return true;
    }
    result_after(p, m) || stat_line_after(p, m)
}

/// Whether a shooting or scoring line follows a name, an adverb or a clause with "who" passed
/// over: "The Falcons then missed 11 of their last 14 shots", "The Falcons, who came in making
/// 76% of their free throws, went 13 of 21 from the line" (#15).
fn stat_line_after(p: &Paragraph, m: &Mention) -> bool {
    let mut k = m.last + 1;
    if p.is_mark(k, &[',']) && p.word(k + 1).as_deref() == Some("who") {
        let close = (k + 2..k + 30)
            .take_while(|&j| j < p.tokens.len() && !p.is_mark(j, &['.', ';']))
            .find(|&j| p.is_mark(j, &[',']));
        k = match close {
            Some(j) => j + 1,
            None => k + 2,
        };
    }
    while p.word(k).is_some_and(|w| AUXILIARIES.contains(&w.as_str())) {
        k += 1;
    }
    let verb = p
        .word(k)
        .is_some_and(|w| p.text_of(k).starts_with(char::is_lowercase) && w.len() > 2);
    let number = |j: usize| p.tokens.get(j).is_some_and(|t| t.kind == Kind::Number);
    let mut j = k + 3;
    while p
        .word(j)
        .is_some_and(|w| matches!(w.as_str(), "their" | "its" | "last" | "first"))
    {
        j += 1;
    }
    verb && number(k + 1) && matches!(p.word(k + 2).as_deref(), Some("of" | "for")) && number(j)
}

/// Whether a result's verb follows a name, auxiliaries passed over ("India batted", "Louisville
/// had led", "Louisville took its first lead").
pub(super) fn result_after(p: &Paragraph, m: &Mention) -> bool {
    let mut k = m.last + 1;
    while p.word(k).is_some_and(|w| AUXILIARIES.contains(&w.as_str())) {
        k += 1;
    }
    let took_the_lead = p
        .word(k)
        .is_some_and(|w| matches!(w.as_str(), "took" | "takes"))
        && (k + 1..k + 4).any(|j| p.word(j).as_deref() == Some("lead"));
    took_the_lead || p.word(k).is_some_and(|w| MATCH_VERBS.contains(&w.as_str()))
}

/// Words of a sports story, one of which (or a score) a paragraph that calls a side by its
/// city's name alone has: "Baltimore led 2-1", "Manchester's win".
#[rustfmt::skip]
const SPORT_WORDS: &[&str] = &[
    "match", "game", "games", "season", "goal", "goals", "win", "won", "beat", "lost", "points",
    "coach", "manager", "fans", "supporters", "title", "league", "cup", "striker", "playoff",
    "playoffs", "innings", "wicket", "wickets", "tries", "kickoff", "kick-off", "half-time",
    "halftime", "led", "trailed", "scored", "victory", "defeat", "draw", "squad", "side",
    "quarterback", "touchdown", "inning", "period", "overtime",
    // A club's dealings that no firm's or city's story has: "Brisbane have re-signed fullback".
    "re-signed", "relegated", "fullback", "hooker", "midfielder", "defender", "roster",
];

/// Whether a paragraph is a sports story's: a score in it, or a word of sport (#15).
pub(super) fn sporting(p: &Paragraph) -> bool {
    sporting_besides(p, "")
}

/// `sporting`, by words of sport other than `word` ("side" says a side of a mountain too).
fn sporting_besides(p: &Paragraph, word: &str) -> bool {
    (0..p.tokens.len()).any(|k| score_after(p, k))
        || crate::draft::paragraph::plain_words(p.text)
            .iter()
            .any(|w| w != word && SPORT_WORDS.contains(&w.as_str()))
}

/// Whether a paragraph is a swimmer's or a runner's race's: a medal, a race, a stroke, a
/// distance in metres ("the 200m final", "won the 100m") or a race's time ("1:57.42").
pub(super) fn race_paragraph(p: &Paragraph) -> bool {
    // "the 200m final", not "£40m" (fourth reader).
    let distance = (1..p.tokens.len()).any(|k| {
        p.tokens[k - 1].kind == Kind::Number
            && p.is_glued(k)
            && p.text_of(k) == "m"
            && !(k >= 2 && p.is_glued(k - 1) && p.text_of(k - 2).ends_with(['£', '$', '€']))
    });
    // A race's time in minutes, seconds and hundredths: "1:57.42".
    let timed = p.tokens.iter().any(|t| {
        let text = t.text(p.text);
        t.kind == Kind::Number && text.contains(':') && text.contains('.')
    });
    #[rustfmt::skip]
    const RACE_WORDS: &[&str] = &[
        "medal", "medals", "gold", "silver", "bronze", "podium", "heat", "heats", "freestyle",
        "breaststroke", "backstroke", "butterfly", "medley", "sprint", "marathon", "hurdles",
        "relay", "meters", "metres",
    ];
    // "won the race in 49.07": a race or a final only beside a time in hundredths; not "the race
    // for memory chips", "In the final, Bayer Leverkusen beat ..." (fourth reader).
    let hundredths = p.tokens.iter().any(|t| {
        let text = t.text(p.text);
        t.kind == Kind::Number && text.split_once('.').is_some_and(|(_, d)| d.len() == 2)
    });
    distance
        || timed
        || p.speaks_of(RACE_WORDS)
        || (hundredths && p.speaks_of(&["race", "final", "semifinal"]))
}
