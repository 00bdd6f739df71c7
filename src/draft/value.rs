//! A value found in an article: where it is, what kind of value it is, how it is written, and what
//! around it changes how it may be asked (a hedge such as "about", a unit, a quotation).

use std::cmp::Ordering;
use std::ops::Range;

use super::paragraph::Paragraph;
use super::tokens::Kind;
use crate::model::AnswerType;

use crate::model::hedge::{APPROXIMATE, BOUND, CEILING, EITHER_SIDE};

/// What kind of value was found. Several kinds share an answer type; the kind also names the
/// fact's tag, so an author sees what the draft took the value for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    Number,
    Percent,
    Money,
    Ordinal,
    /// "a third", "two thirds": no reader of the game takes fractions, so they are text answers.
    Fraction,
    /// "2:14 p.m.": a time of day, a text answer.
    Time,
    /// "2:06:12", "2hr 04min 31sec": a time taken, a text answer.
    Duration,
    Year,
    /// "2022-23", "1950 to 1953".
    YearSpan,
    /// "the 1950s": no reader of the game takes decades, so they are text answers.
    Decade,
    /// A full date: "July 27, 2018".
    Date,
    /// "June 14": a day of a month with no year, a text answer.
    DayMonth,
    /// "September 2022": a month of a year, a text answer.
    MonthYear,
    Weekday,
    Person,
    Place,
    Organisation,
}

impl Class {
    pub fn answer_type(self) -> AnswerType {
        match self {
            Class::Number | Class::Percent | Class::Money | Class::Ordinal => AnswerType::Number,
            Class::Fraction
            | Class::Time
            | Class::Duration
            | Class::Decade
            | Class::DayMonth
            | Class::MonthYear => AnswerType::Thing,
            Class::Year | Class::YearSpan => AnswerType::Year,
            Class::Date => AnswerType::Date,
            Class::Weekday => AnswerType::Day,
            Class::Person => AnswerType::Person,
            Class::Place => AnswerType::Place,
            Class::Organisation => AnswerType::Organisation,
        }
    }

    /// The tag a drafted fact of this class carries.
    pub fn tag(self) -> &'static str {
        match self {
            Class::Number => "number",
            Class::Percent => "percent",
            Class::Money => "money",
            Class::Ordinal => "ordinal",
            Class::Fraction => "fraction",
            Class::Time => "time",
            Class::Duration => "duration",
            Class::Year => "year",
            Class::YearSpan => "years",
            Class::Decade => "decade",
            Class::Date => "date",
            Class::DayMonth => "day-month",
            Class::MonthYear => "month-year",
            Class::Weekday => "weekday",
            Class::Person => "person",
            Class::Place => "place",
            Class::Organisation => "organisation",
        }
    }

    pub fn is_name(self) -> bool {
        matches!(self, Class::Person | Class::Place | Class::Organisation)
    }
}

/// A value as a value, to compare and to nudge.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Number(f64),
    Span(f64, f64),
    /// The first year of a decade: 1950 for "the 1950s".
    Decade(i32),
    /// Numerator and denominator.
    Fraction(u32, u32),
    /// Minutes after midnight.
    Time(u32),
    /// Seconds taken.
    Duration(u32),
    Date(crate::check::date::Date),
    /// Month (1-12) and day.
    DayMonth(u32, u32),
    /// Year and month.
    MonthYear(i32, u32),
    /// 0 = Monday.
    Weekday(usize),
    /// The normalised key of the name's full form: every mention of one entity has the same.
    Name(String),
}

impl Value {
    /// A key equal for equal values, to tell the same value from another.
    pub fn key(&self) -> String {
        match self {
            Value::Number(v) => format!("n{v}"),
            Value::Span(a, b) => format!("s{a}-{b}"),
            Value::Decade(y) => format!("c{y}"),
            Value::Fraction(n, d) => format!("f{n}/{d}"),
            Value::Time(m) => format!("t{m}"),
            Value::Duration(s) => format!("u{s}"),
            Value::Date(d) => format!("d{}", d.iso()),
            Value::DayMonth(m, d) => format!("m{m}-{d}"),
            Value::MonthYear(y, m) => format!("y{y}-{m}"),
            Value::Weekday(d) => format!("w{d}"),
            Value::Name(k) => format!("e{k}"),
        }
    }

    /// Where a number, a date, a day of a month or a month of a year stands on its own line, to
    /// compare it with another value of the same kind (`same_kind`); `None` for other values.
    pub fn rank(&self) -> Option<f64> {
        match self {
            Value::Number(v) => Some(*v),
            Value::Date(d) => Some(d.to_days() as f64),
            Value::DayMonth(m, d) => Some(f64::from(m * 32 + d)),
            Value::MonthYear(y, m) => Some(f64::from(*y) * 12.0 + f64::from(*m)),
            _ => None,
        }
    }

    /// How far `rank` lies after this value's (before it when below zero): a day of a month
    /// without a year is read round the year, the nearer way ("Feb 8" lies after "Oct 1").
    pub fn distance_to(&self, rank: f64) -> f64 {
        let own = self.rank().unwrap_or(0.0);
        match self {
            Value::DayMonth(..) => (rank - own + 192.0).rem_euclid(384.0) - 192.0,
            _ => rank - own,
        }
    }

    /// Whether two values are of one kind, so that their ranks compare.
    pub fn same_kind(&self, other: &Value) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

/// What a word before or after a value says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Hedge {
    Exact,
    /// "about", "roughly", "nearly": a neighbouring value is not clearly wrong.
    Approximate,
    /// "more than", "up to", "at least": a smaller (or larger) value is true as well.
    Bound,
}

/// A value found in a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub paragraph: usize,
    pub sentence: usize,
    /// The bytes of the paragraph the blank replaces.
    pub slot: Range<usize>,
    pub class: Class,
    /// The answer as written in the article (a name in its fullest form).
    pub answer: String,
    pub aliases: Vec<String>,
    /// What a number counts ("acres", "percent", "dollars").
    pub unit: Option<String>,
    pub value: Value,
    pub hedge: Hedge,
    /// For one end of a range ("between 40,000 and 45,000"): a wrong value must stay below
    /// (`Some((Less, other))`) or above the other end, or the sentence stops making sense.
    pub order: Option<(std::cmp::Ordering, f64)>,
    /// Inside a direct quotation.
    pub quoted: bool,
    /// Built from the dateline rather than a sentence.
    pub dateline: bool,
    /// How the statement writes the blank where the value's own words are not its answer's: an
    /// amount written in pence, answered in pounds, is blanked "£{answer}", so that the answer
    /// and the wrong options read as pounds ("£0.45 a litre", not "0.45 a litre").
    pub blank: Option<String>,
}

impl Found {
    pub fn new(
        p: &Paragraph,
        slot: Range<usize>,
        class: Class,
        answer: String,
        value: Value,
    ) -> Found {
        Found {
            paragraph: p.index,
            sentence: p.sentence_of(slot.start),
            quoted: p.quote_around(&slot).is_some(),
            slot,
            class,
            answer,
            aliases: Vec::new(),
            unit: None,
            value,
            hedge: Hedge::Exact,
            order: None,
            dateline: false,
            blank: None,
        }
    }
}

/// The hedge on a value whose first token is `first` and last `last`: words right before it
/// ("about", "more than") or after it ("or more", "or so").
pub fn hedge(p: &Paragraph, first: usize, last: usize) -> Hedge {
    hedge_and_side(p, first, last).0
}

/// The hedge on a value and, for a bound, the side a wrong value must stay on to be wrong:
/// `Greater` after a floor ("more than 930": more than 470 is true as well), `Less` after a
/// ceiling ("within 20 minutes": within 40 is true as well).
pub fn hedge_and_side(p: &Paragraph, first: usize, last: usize) -> (Hedge, Option<Ordering>) {
    // Skip a currency mark or "~" before the value.
    let mut i = first;
    let mut tilde = false;
    while i > 0 && p.is_mark(i - 1, &['$', '£', '€', '¥', '~', '≈']) {
        tilde |= p.is_mark(i - 1, &['~', '≈']);
        i -= 1;
    }
    if tilde {
        return (Hedge::Approximate, None);
    }
    // "about US$155,000": the letters that say whose dollars go with the mark.
    if i > 0
        && p.is_mark(i, &['$'])
        && p.is_glued(i)
        && crate::check::number::dollar_prefix(p.text_of(i - 1))
    {
        i -= 1;
    }
    let before: Vec<String> = (i.saturating_sub(3)..i).filter_map(|k| p.word(k)).collect();
    let ends_with = |phrase: &[&str]| {
        before.len() >= phrase.len()
            && (i - phrase.len()..i).all(|k| p.tokens[k].kind == Kind::Word)
            && before[before.len() - phrase.len()..]
                .iter()
                .zip(phrase)
                .all(|(a, b)| a == b)
    };
    // The longest phrase that ends there: "just under" (about), not "under"; "no more than" (a
    // ceiling), not "more than" (a floor).
    let longest = BOUND
        .iter()
        .chain(APPROXIMATE.iter())
        .filter(|phrase| ends_with(phrase))
        .max_by_key(|phrase| phrase.len());
    if let Some(phrase) = longest {
        return if APPROXIMATE.contains(phrase) {
            (Hedge::Approximate, None)
        } else if EITHER_SIDE.contains(phrase) {
            (Hedge::Bound, None)
        } else if CEILING.contains(phrase) {
            (Hedge::Bound, Some(Ordering::Less))
        } else {
            (Hedge::Bound, Some(Ordering::Greater))
        };
    }
    match (p.word(last + 1).as_deref(), p.word(last + 2).as_deref()) {
        (Some("or"), Some("more" | "longer" | "higher")) => (Hedge::Bound, Some(Ordering::Greater)),
        (Some("or"), Some("so")) => (Hedge::Approximate, None),
        (Some("plus"), _) => (Hedge::Bound, Some(Ordering::Greater)),
        (Some("or"), Some("less" | "fewer" | "shorter" | "lower")) => {
            (Hedge::Bound, Some(Ordering::Less))
        }
        _ => (Hedge::Exact, None),
    }
}

/// The side a wrong option of bounded number `f` must stay on ("more than 930 homes": above
/// 930, or the option is true as well), as the order a range's end keeps; `None` for a value
/// that is no bounded number, or that is a range's end already.
pub fn bound_order(p: &Paragraph, f: &Found) -> Option<(Ordering, f64)> {
    let Value::Number(v) = f.value else {
        return None;
    };
    if f.hedge != Hedge::Bound || f.order.is_some() {
        return None;
    }
    let first = p.tokens.iter().position(|t| t.start >= f.slot.start)?;
    let last = p.tokens.iter().rposition(|t| t.end <= f.slot.end)?;
    let (_, side) = hedge_and_side(p, first, last.max(first));
    side.map(|side| (side, v))
}

/// A date, a day of a month, a month of a year or a year beside another of its kind in its
/// sentence keeps its side of it, as a range's end does: "between April 2019 and September 2022"
/// takes no "March 2024", "on May 11, and that window held until May 14" no "May 19", either of
/// which reads as a slip rather than a claim to check (issue 15's fourth audit). The nearest such
/// value is the one kept to; a limit ("before May 4") and a range's end keep their own, and a
/// date with its year is not set against a day of a month without one. Days of months without
/// a year go round the year ("between Oct 1 and Feb 8": Feb 8 is after).
pub fn keep_dates_in_order(here: &mut [Found]) {
    let dated = |f: &Found| {
        matches!(
            f.value,
            Value::Date(_) | Value::DayMonth(..) | Value::MonthYear(..)
        ) || (f.class == Class::Year && matches!(f.value, Value::Number(_)))
    };
    let orders: Vec<Option<(Ordering, f64)>> = here
        .iter()
        .enumerate()
        .map(|(i, f)| {
            if !dated(f) || f.order.is_some() || f.hedge == Hedge::Bound {
                return None;
            }
            let own = f.value.rank()?;
            here.iter()
                .enumerate()
                .filter(|&(j, g)| {
                    j != i
                        && g.sentence == f.sentence
                        && g.class == f.class
                        && dated(g)
                        && g.value.same_kind(&f.value)
                })
                .filter_map(|(_, g)| Some((g.slot.start.abs_diff(f.slot.start), g.value.rank()?)))
                .filter(|&(_, rank)| rank != own)
                .min_by_key(|&(distance, _)| distance)
                .map(|(_, rank)| (0f64.total_cmp(&f.value.distance_to(rank)), rank))
        })
        .collect();
    for (f, order) in here.iter_mut().zip(orders) {
        if order.is_some() {
            f.order = order;
        }
    }
}

/// Whether a time, date or year is said as a limit ("before 07:00", "by May 4", "after 2019"):
/// an earlier or a later one is then true as well.
pub fn limit(p: &Paragraph, f: &Found) -> bool {
    let timed = matches!(
        f.value,
        Value::Time(_) | Value::Date(_) | Value::DayMonth(..) | Value::MonthYear(..)
    ) || f.class == Class::Year;
    let Some(first) = p.tokens.iter().position(|t| t.start >= f.slot.start) else {
        return false;
    };
    if !timed {
        return false;
    }
    let word = |back: usize| first.checked_sub(back).and_then(|k| p.word(k));
    match word(1).as_deref() {
        Some("before" | "after" | "by" | "within") => true,
        // "no later than May 4", "earlier than 2019", "prior to 07:00".
        Some("than") => matches!(word(2).as_deref(), Some("later" | "earlier" | "sooner")),
        Some("to") => word(2).as_deref() == Some("prior"),
        // "by the end of 2024", "before the middle of March".
        Some("of") => {
            matches!(
                word(2).as_deref(),
                Some("end" | "start" | "middle" | "beginning")
            ) && word(3).as_deref() == Some("the")
                && matches!(
                    word(4).as_deref(),
                    Some("before" | "after" | "by" | "until")
                )
        }
        _ => false,
    }
}

/// Words that end the noun after a number: "14 weeks *in* 2020", "410 feet *above* the water".
#[rustfmt::skip]
const NOT_UNIT: &[&str] = &[
    "of", "in", "at", "on", "to", "from", "for", "with", "and", "or", "by", "than", "as", "a", "an",
    "the", "per", "each", "over", "under", "more", "less", "was", "were", "is", "are", "had", "has",
    "have", "will", "would", "could", "can", "may", "might", "that", "which", "who", "it", "they",
    "he", "she", "we", "its", "their", "his", "her", "my", "our", "your", "i", "you", "me",
    "him", "them", "short", "long", "high", "wide", "deep",
    "tall", "old", "away", "ago", "later", "earlier", "north", "south", "east", "west", "behind",
    "ahead", "since", "above", "below", "here", "there", "now", "today", "then", "too", "also",
    "again", "still", "yet", "each", "apiece", "apart", "overall", "total", "annually", "daily",
    "weekly", "monthly", "yearly", "this", "these", "those", "last", "next", "off", "out", "up", "down", "into", "onto", "about", "after",
    "before", "across", "around", "near", "through", "during", "within", "without", "between",
    "against", "among", "along", "past", "via", "not", "be", "been", "being", "did", "do", "does",
    "struck", "hit", "fell", "rose", "left", "took", "made", "came", "went", "grew", "sold", "won",
    "lost", "led", "began", "saw", "met", "ran", "set", "cut", "put", "got", "gave", "kept", "held",
    "built", "bought", "brought", "caught", "drew", "drove", "fought", "found", "knew", "paid",
    "shook", "spent", "stood", "told", "wrote", "said", "says", "hits", "sank", "burned",
    "burnt", "broke", "swept", "tore", "flew", "fled", "shut", "became", "become", "remain",
    "remained",
];

/// A word that cannot be the noun a number counts.
pub fn is_function_word(word: &str) -> bool {
    NOT_UNIT.contains(&word)
}

/// The unit of a number whose last token is `last`: the noun after it ("11,482 *adults*", "55
/// small *cases* of"), or the word joined to it by a hyphen ("1.2-*mile*", "four-*lane*").
pub fn unit_after(p: &Paragraph, last: usize) -> Option<String> {
    let mut i = last + 1;
    if p.is_mark(last + 1, &['-']) && p.is_glued(last + 1) && p.is_glued(last + 2) {
        let word = p.word(last + 2)?;
        // "fourth-seeded Danbury", "Japan’s third-largest carmaker": a participle or a
        // superlative joined to the number describes; the noun after it, if any, is the unit.
        // Not nouns that end so: "a 40-guest retreat", "a 12-test series" (second reader).
        let superlative = word.ends_with("est")
            && !matches!(
                word.as_str(),
                "guest"
                    | "nest"
                    | "chest"
                    | "test"
                    | "quest"
                    | "interest"
                    | "forest"
                    | "contest"
                    | "protest"
                    | "harvest"
                    | "request"
                    | "arrest"
                    | "conquest"
                    | "inquest"
                    | "behest"
            );
        let describes = past_form(&word) || (word.len() > 4 && superlative);
        if !describes {
            return Some(plural(&word));
        }
        if p.capitalised(last + 3) {
            return None;
        }
        i = last + 3;
    }
    // Each word with whether it is capitalised and whether it is in capitals only ("MW").
    let mut run: Vec<(String, bool, bool)> = Vec::new();
    while run.len() < 3 {
        let Some(word) = p.word(i) else { break };
        if NOT_UNIT.contains(&word.as_str()) || word.contains('.') {
            break;
        }
        // A participle or a comparative after the noun ends it: "28 people *treated*", "15
        // minutes *longer*"; before it, it describes it: "7,700 *missing* soldiers".
        let trailing = ["ed", "ing", "er"].iter().any(|end| word.ends_with(end));
        if !run.is_empty() && trailing && word.len() > 4 {
            break;
        }
        // "25 three-point shots", "40 cross-border raids": a word joined by a hyphen to the
        // next describes the noun after them (#15).
        if p.is_mark(i + 1, &['-'])
            && p.is_glued(i + 1)
            && p.is_glued(i + 2)
            && p.word(i + 2).is_some()
        {
            i += 3;
            continue;
        }
        let capital = p.text_of(i).starts_with(char::is_uppercase);
        // "182,400 UK 18-year-olds", "2,000 US troops": a country's name or initials say whose,
        // and are never the unit (#15).
        if capital && crate::draft::lexicon::known_place(p.text_of(i)) {
            i += 1;
            continue;
        }
        // "574 *federally* recognized tribes": an adverb describes the noun after it.
        let adverb = word.len() > 5
            && word.ends_with("ly")
            && !matches!(
                word.as_str(),
                "family" | "assembly" | "supply" | "monopoly" | "anomaly"
            );
        if !adverb {
            let upper = !p.text_of(i).chars().any(char::is_lowercase);
            run.push((word, capital, upper));
        }
        i += 1;
        if p.tokens.get(i).is_some_and(|t| t.kind == Kind::Mark) {
            break;
        }
    }
    // The first plural is the noun ("2,400 *residents* lost"); else the last word in lower case
    // ("35 *mph*", "degrees Fahrenheit").
    // "basis", "census", "bonus" end with an "s" and are no plurals ("40 *basis points*").
    let plural = |w: &str| {
        crate::draft::lexicon::plural_shape(w)
            || matches!(
                w,
                "people"
                    | "men"
                    | "women"
                    | "children"
                    | "police"
                    | "feet"
                    | "teeth"
                    | "cattle"
                    | "staff"
                    | "personnel"
            )
    };
    // Not a word of time after the noun ("a 17-8 vote *late* Wednesday"), nor a capitalised
    // word of a name ("Line 6 *Finch* West"), though a unit in capitals stays ("15 MW") (#15).
    let timing = |w: &str| matches!(w, "late" | "early");
    run.iter()
        .find(|(w, capital, _)| !capital && plural(w))
        .or_else(|| {
            run.iter()
                .rev()
                .find(|(w, capital, _)| !capital && !timing(w))
        })
        .or(run.last().filter(|(_, capital, upper)| !capital || *upper))
        .map(|(w, ..)| w.clone())
        .filter(|w| w.chars().count() >= 2)
        // "a crowd of 84,312 *watched*": a verb in the past is no noun ("speed" and "bed" are).
        .filter(|w| !past_form(w))
}

/// Whether a word of five letters or more has the shape of a verb's past form or participle
/// ("watched", "fourth-seeded"); not "speed", "freed" (and "bed", too short).
pub fn past_form(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && !word.ends_with("eed")
}

/// The plural of a unit joined to its number ("mile" of "1.2-mile" counts miles).
fn plural(word: &str) -> String {
    match word {
        "foot" => "feet".into(),
        "man" => "men".into(),
        "woman" => "women".into(),
        "child" => "children".into(),
        "person" => "people".into(),
        w if w.ends_with('s') => w.into(),
        w if w.ends_with('y') && !w.ends_with("ay") && !w.ends_with("ey") => {
            format!("{}ies", &w[..w.len() - 1])
        }
        w => format!("{w}s"),
    }
}

/// The singular form used to compare units: "miles" and "mile" are one unit.
pub fn unit_key(unit: &str) -> String {
    let key = crate::normalize::key(unit);
    match key.as_str() {
        "feet" => "foot".into(),
        "people" => "person".into(),
        "men" => "man".into(),
        "women" => "woman".into(),
        "children" => "child".into(),
        k if k.ends_with("ies") => format!("{}y", &k[..k.len() - 3]),
        k if k.ends_with('s') && !k.ends_with("ss") => k[..k.len() - 1].into(),
        k => k.into(),
    }
}
