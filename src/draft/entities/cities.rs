//! A capital or a large city nothing else has classed (#15): "a Seoul parliamentary seat",
//! "from Karachi to Rawalpindi" name the city; "Baltimore led 61-48" its side.

use super::super::lexicon;
use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;
use super::{Entities, clubs, context};
use crate::normalize;
use std::collections::HashSet;

/// Whether `m`, a capital or a large city by name, is left for the city: no class of its own
/// or from the article's other names, not before a verb ("Baltimore led 61-48": its side), not
/// after a word that takes a side, a body or a listener ("for", "against", "beat", "told",
/// "talking to"), not describing a side's player ("the Baltimore guard") or a pact ("the Doha
/// round"), and not before a title.
pub(super) fn city_left_open(p: &Paragraph, m: &Mention, entities: &Entities) -> bool {
    // "Sydney, 9, was rescued": an age after the name says someone.
    // Before a verb only in a sports paragraph: "Manchester has the fastest-growing economy"
    // is the city (second reader).
    if !lexicon::known_city(&m.text)
        || m.before_title
        || (context::before_a_verb(p, m) && super::teams::sporting(p))
        || context::who_or_aged(p, m)
    {
        return false;
    }
    if entities.named(&normalize::key(&m.text), None).is_some() {
        return false;
    }
    // "Brisbane have signed", "Manchester were fined": British usage's plural verb is a side's,
    // never the city's (fourth reader); not the last of two ("from Karachi and Hyderabad were").
    // "Cities like Lagos are growing", "capitals such as Paris have" too (fifth reader).
    if context::plural_verb_after(p, m, &["and", "or", "like", "as"]) {
        return false;
    }
    let before = p.word_before(m.first);
    let before2 = m.first.checked_sub(2).and_then(|k| p.word(k));
    let takes_a_side = matches!(
        before.as_deref(),
        Some("for" | "against" | "beat" | "beating" | "v" | "vs" | "told" | "with" | "over")
    ) || (before.as_deref() == Some("to")
        && before2.as_deref().is_some_and(|w| {
            lexicon::SPEECH_VERBS.contains(&w) || matches!(w, "talking" | "talked" | "spoke")
        }));
    // "Baltimore led 61-48": a verb after the name makes it a doer, as a side or a government
    // is as often as a city.
    // "Galway and Kilkenny meet": the verb after a pair of names is each one's (#15).
    let verb_at = if p.word(m.last + 1).as_deref() == Some("and") && p.capitalised(m.last + 2) {
        m.last + 3
    } else {
        m.last + 1
    };
    // "gave Liverpool a 2-1 win": a result given to the name is a side's.
    let given_a_result = p.word(m.last + 1).as_deref() == Some("a")
        && p.tokens
            .get(m.last + 2)
            .is_some_and(|t| t.kind == super::super::tokens::Kind::Number)
        && p.is_mark(m.last + 3, &['-', '–'])
        && (m.last + 4..m.last + 7).any(|k| {
            p.word(k).is_some_and(|w| {
                matches!(w.as_str(), "win" | "victory" | "lead" | "draw" | "defeat")
            })
        });
    // "Brisbane jumped 1.4 per cent", "Perth rose 2%": a city's prices or values moved by a
    // share, as property and market reports write it; the city, not a doer (twenty-seventh
    // session).
    let moved_by_a_share = p.word(verb_at).is_some_and(|w| {
        matches!(
            w.as_str(),
            "rose"
                | "fell"
                | "jumped"
                | "surged"
                | "slipped"
                | "edged"
                | "climbed"
                | "dropped"
                | "gained"
                | "eased"
                | "dipped"
                | "soared"
                | "slumped"
                | "grew"
                | "declined"
        )
    }) && (verb_at + 1..verb_at + 4).any(|k| {
        p.tokens
            .get(k)
            .is_some_and(|t| t.kind == super::super::tokens::Kind::Number)
            && (p.is_mark(k + 1, &['%'])
                || matches!(p.word(k + 1).as_deref(), Some("per" | "percent")))
    });
    // "Hobart was the only capital to record a fall": outside a sports paragraph, "is" or "was"
    // says what the city is, no doer's act (#15).
    // Only with a place's noun after it ("the only capital", "the weakest market"): not "Denver
    // was without Nikola Jokic", "Beijing was quick to condemn" (second reader).
    // "is/was" then "the", "a" or "one of the", up to four words that describe, and the noun:
    // not "Beijing was quick to insist that the disputed area", "Moscow was blamed for the
    // drone that struck the port" (fourth and fifth readers).
    let what_it_is = matches!(p.word(verb_at).as_deref(), Some("is" | "was")) && {
        let mut k = verb_at + 1;
        // "was long the region's", "is now the world's" (sixth reader).
        if p.word(k).is_some_and(|w| {
            matches!(
                w.as_str(),
                "now" | "long" | "once" | "formerly" | "still" | "also"
            )
        }) {
            k += 1;
        }
        if p.word(k).as_deref() == Some("one") && p.word(k + 1).as_deref() == Some("of") {
            k += 2;
        }
        // "Lagos is Nigeria's commercial capital": a place's possessive opens the phrase too.
        let owned = p.capitalised(k) && crate::draft::paragraph::is_possessive(p.text_of(k));
        // "Toronto was home to 2.8 million people".
        let home = p.word(k).as_deref() == Some("home") && p.word(k + 1).as_deref() == Some("to");
        home || (matches!(p.word(k).as_deref(), Some("the" | "a" | "an")) || owned)
            && (k + 1..k + 8)
                .take_while(|&j| {
                    p.is_mark(j, &['-', '’', '\'']) || p.text_of(j).starts_with(char::is_lowercase)
                })
                .any(|j| {
                    p.word(j).is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "capital"
                                | "city"
                                | "cities"
                                | "market"
                                | "markets"
                                | "town"
                                | "region"
                                | "suburb"
                                | "country"
                                | "destination"
                                | "hub"
                                | "hubs"
                                | "port"
                                | "area"
                        )
                    })
                })
    };
    let doer = !moved_by_a_share
        && !what_it_is
        && (given_a_result
            || p.word(verb_at).is_some_and(|w| {
                (w.ends_with("ed") && w.len() > 3)
            // "Newcastle host Arsenal", "Porto lead Benfica", "Cardiff sit 18th": a side's
            // fixtures and standing, in British usage's plural (#15).
            || a_fixture_or_a_standing(p, verb_at)
            || matches!(
                w.as_str(),
                "is" | "was"
                    | "has"
                    | "had"
                    | "will"
                    | "would"
                    | "led"
                    | "leads"
                    | "won"
                    | "wins"
                    | "lost"
                    | "beat"
                    | "took"
                    | "made"
                    | "said"
                    | "says"
                    | "trail"
                    | "trails"
            )
            }));
    // "Barcelona’s Lamine Yamal scored": a city's possessive before a person's name of two words
    // is the side he plays for (not "Seoul’s Gangnam District": a place's word).
    let plain = |k: usize| {
        p.capitalised(k)
            && p.word(k).is_some_and(|w| {
                !lexicon::PLACE_WORDS.contains(&w.as_str())
                    && !lexicon::ORGANISATION_WORDS.contains(&w.as_str())
            })
    };
    let whose_player = crate::draft::paragraph::is_possessive(p.text_of(m.last))
        && plain(m.last + 1)
        && plain(m.last + 2)
        && !p.capitalised(m.last + 3);
    if whose_player {
        return false;
    }
    // "the Doha round", "the Paris agreement": a city naming a negotiation names no place here.
    let player_or_pact = p.word(m.last + 1).is_some_and(|w| {
        clubs::team_noun(&w)
            || lexicon::names_someone(&w)
            || matches!(
                w.as_str(),
                "round"
                    | "agreement"
                    | "accord"
                    | "accords"
                    | "protocol"
                    | "declaration"
                    | "process"
            )
    });
    // "with Perth (up 1.6 per cent)": a city's figure in brackets after it says the city, whatever
    // the word before (#15).
    let figure_after = p.is_mark(m.last + 1, &['('])
        // "(up 1.6 per cent)", "(down 0.4)": a figure in digits right after; not "(up two
        // places", "(down to 12 men" (fifth reader).
        && ((matches!(p.word(m.last + 2).as_deref(), Some("up" | "down"))
            && p.tokens.get(m.last + 3).is_some_and(|t| t.kind == super::super::tokens::Kind::Number))
            || (m.last + 2..m.last + 6)
                .take_while(|&k| !p.is_mark(k, &[')']))
                .any(|k| {
                    p.is_mark(k, &['%']) || matches!(p.word(k).as_deref(), Some("per" | "percent"))
                }));
    (!takes_a_side || figure_after) && !player_or_pact && !doer
}

/// Whether the verb at token `k` gives a side's fixture or standing: a fixture's verb before
/// another name ("Newcastle host Arsenal", "Dortmund face Bayern", "Porto lead Benfica") or a
/// match's noun ("Galway and Kilkenny meet in the Leinster final"), or a place in a table
/// ("Cardiff sit 18th", "top the table"); not "Paris hosts the Olympic Games", "Tokyo faces a
/// shortage", "Auckland sits on a field of volcanoes" (the second second reader's).
/// Whether the first word of a club's name stands before a word for its land: "snow fell on
/// the Buffalo area" beside "the Buffalo Bills": the place, never the side, though a place so
/// named would draw the side's other mentions ("Buffalo took over"), so it is left out (#15).
/// Not a firm's "the Tepco area", a region it serves.
pub(super) fn city_s_area(p: &Paragraph, m: &Mention, clubs: &HashSet<String>) -> bool {
    let key = normalize::key(&m.text);
    let a_club_s = clubs.iter().any(|c| {
        c.strip_prefix(key.as_str())
            .is_some_and(|rest| rest.starts_with(' '))
    });
    // A large city before "area" is the city, as the other rules say ("the Manchester area").
    a_club_s
        && !lexicon::known_city(&m.text)
        && matches!(
            p.word(m.last + 1).as_deref(),
            Some("area" | "region" | "metro" | "metropolitan" | "suburbs")
        )
}

fn a_fixture_or_a_standing(p: &Paragraph, k: usize) -> bool {
    let Some(verb) = p.word(k) else {
        return false;
    };
    let fixture = matches!(
        verb.as_str(),
        "host"
            | "hosts"
            | "face"
            | "faces"
            | "lead"
            | "meet"
            | "meets"
            | "play"
            | "plays"
            | "visit"
            | "visits"
    );
    let a_match = (k + 1..k + 10).any(|j| {
        p.word(j).is_some_and(|w| {
            matches!(
                w.as_str(),
                "final"
                    | "semi-final"
                    | "semifinal"
                    | "quarter-final"
                    | "derby"
                    | "match"
                    | "fixture"
                    | "replay"
                    | "clash"
                    | "tie"
                    | "showdown"
            )
        })
    });
    // "sit 18th", not "sit 2,100 kilometres apart".
    let number_after = p
        .tokens
        .get(k + 1)
        .is_some_and(|t| t.kind == super::super::tokens::Kind::Number)
        && (p
            .text_of(k + 1)
            .ends_with(|c: char| c.is_ascii_alphabetic())
            || (p.is_glued(k + 2)
                && matches!(p.word(k + 2).as_deref(), Some("st" | "nd" | "rd" | "th"))));
    let ordinal_after = p.word(k + 1).is_some_and(|w| {
        (1..=20).any(|n| crate::check::words::small_number_word(n, true) == Some(&w))
    });
    let the_table = p.word(k + 1).as_deref() == Some("the")
        && matches!(
            p.word(k + 2).as_deref(),
            Some("table" | "standings" | "league")
        );
    let standing = matches!(verb.as_str(), "sit" | "sits" | "top" | "tops")
        && (number_after || ordinal_after || the_table);
    // "Leeds travel to Burnley", "Cork lead by four points", "top the Premiership standings".
    let travel = matches!(verb.as_str(), "travel" | "travels")
        && p.word(k + 1).as_deref() == Some("to")
        && p.capitalised(k + 2);
    let lead_by = verb == "lead"
        && p.word(k + 1).as_deref() == Some("by")
        && (k + 2..k + 5)
            .any(|j| matches!(p.word(j).as_deref(), Some("points" | "goals" | "runs")));
    let top_the = matches!(verb.as_str(), "top" | "tops" | "lead")
        && p.word(k + 1).as_deref() == Some("the")
        && (k + 2..k + 5).any(|j| {
            matches!(
                p.word(j).as_deref(),
                Some("table" | "standings" | "league" | "ladder" | "championship" | "premiership")
            )
        });
    (fixture && (p.capitalised(k + 1) || a_match)) || standing || travel || lead_by || top_the
}
