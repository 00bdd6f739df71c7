//! Where a ship lies or sails (#15): "queuing off Vlissingen", "sank off Sulawesi", "the
//! tanker, bound for Terneuzen". Rules from practice shipping reports and twelve second readers,
//! who pulled "bound for" both ways ("Kane, bound for Bayern" is no port).

use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;

/// Whether `m` is where a ship lies: after "off" and a ship's verb ("queuing off Vlissingen",
/// "sank off Sulawesi"); not "caught off Otene", "a sweep off Dipankar Saikia", a ball bowled
/// by someone.
pub(super) fn lies_off(p: &Paragraph, m: &Mention) -> bool {
    m.first >= 2
        && p.word(m.first - 1).as_deref() == Some("off")
        && p.word(m.first - 2).is_some_and(|w| {
            matches!(
                w.as_str(),
                "queuing"
                    | "queueing"
                    | "waiting"
                    | "anchored"
                    | "moored"
                    | "lying"
                    | "sank"
                    | "sunk"
                    | "capsized"
                    | "drifting"
                    | "aground"
                    | "grounded"
                    | "stranded"
                    | "foundered"
                    | "collided"
            )
        })
}

/// Whether `m` is where a ship, a train, a flight or a cargo is bound ("bound/headed for X"),
/// its noun just before "bound", past the verbs and adverbs that may stand between, or before
/// its name; not a noun further back ("After a delayed flight from Madrid, the midfielder, bound
/// for Bayern Munich"), nor a name alone ("Kane, bound for Bayern"), nor students (second to
/// twelfth readers).
pub(super) fn bound_there(p: &Paragraph, m: &Mention) -> bool {
    if m.first < 3
        || p.word(m.first - 1).as_deref() != Some("for")
        || !matches!(p.word(m.first - 2).as_deref(), Some("bound" | "headed"))
    {
        return false;
    }
    let bound = m.first - 2;
    let back = if p.is_mark(bound - 1, &[',']) { 2 } else { 1 };
    let Some(noun) = bound.checked_sub(back) else {
        return false;
    };
    let carried = |k: usize| p.word(k).is_some_and(|w| CARRIED.contains(&w.as_str()));
    // Past the verbs and adverbs that may stand between ("The tanker, which was believed to be
    // bound for", "Two vessels, both bound for", "The ship is bound for").
    let mut k = noun;
    let mut finite = false;
    let mut relative = false;
    while k > 0 && p.word(k).is_some_and(|w| BETWEEN.contains(&w.as_str())) {
        let w = p.word(k).unwrap_or_default();
        relative |= w == "which";
        finite |= matches!(w.as_str(), "is" | "are" | "was" | "were" | "has" | "had");
        k -= 1;
    }
    // Across a comma after a "which" clause or a phrase with no verb of its own ("The tanker,
    // believed to be bound for"); not "Rice, spotted on a private flight, is now bound for
    // Arsenal".
    let mut crossed = false;
    if k > 0 && p.is_mark(k, &[',']) && (relative || !finite) {
        k -= 1;
        crossed = true;
    }
    // Past a name with its number ("Flight 9525, bound for", "The cruise ship Queen Mary 2").
    let mut named = 0;
    while k > 0
        && !carried(k)
        && (p.capitalised(k) || p.tokens[k].kind == Kind::Number)
        && named < 4
    {
        k -= 1;
        named += 1;
    }
    carried(k) && (!crossed || opens_its_sentence(p, k))
}

/// Whether the ship's noun at `k` opens its sentence: six words at most before it and no verb
/// ("The Panama-flagged tanker, believed to be bound for"; not "Declan Rice was pictured
/// boarding a private jet, reportedly bound for Arsenal", "Sancho was seen boarding a plane").
fn opens_its_sentence(p: &Paragraph, k: usize) -> bool {
    let start = p.sentence(p.sentence_of(p.tokens[k].start)).start;
    let before: Vec<usize> = (0..k).filter(|&j| p.tokens[j].start >= start).collect();
    let verb_before = before.iter().any(|&j| {
        let hyphened = j > 0 && p.is_mark(j - 1, &['-']) && p.is_glued(j);
        p.text_of(j).starts_with(char::is_lowercase)
            && !hyphened
            && p.word(j).is_some_and(|w| {
                w.ends_with("ing")
                    || w.ends_with("ed")
                    || matches!(
                        w.as_str(),
                        "was" | "were" | "is" | "are" | "saw" | "seen" | "took"
                    )
            })
    });
    before.len() <= 6 && !verb_before
}

/// Words that may stand between a ship's noun and "bound": verbs, adverbs, "which", "both".
const BETWEEN: &[&str] = &[
    "which",
    "was",
    "were",
    "is",
    "are",
    "had",
    "has",
    "have",
    "been",
    "be",
    "to",
    "thought",
    "believed",
    "said",
    "reportedly",
    "originally",
    "initially",
    "eventually",
    "now",
    "still",
    "also",
    "both",
    "all",
    "later",
    "reported",
    "having",
];

/// Nouns of what sails, runs or flies somewhere, and of what it carries: "the tanker, bound
/// for Terneuzen", "grain shipments bound for Tartus" (#15).
const CARRIED: &[&str] = &[
    "ship",
    "ships",
    "vessel",
    "vessels",
    "tanker",
    "tankers",
    "carrier",
    "carriers",
    "boxship",
    "boxships",
    "containership",
    "containerships",
    "freighter",
    "freighters",
    "ferry",
    "ferries",
    "barge",
    "barges",
    "train",
    "trains",
    "flight",
    "flights",
    "cargo",
    "cargoes",
    "shipment",
    "shipments",
    "lorries",
    "trucks",
    "convoy",
    "tug",
    "tugs",
    "plane",
    "planes",
    "aircraft",
    "jet",
    "airliner",
    "liner",
    "jets",
    "airliners",
    "liners",
];
