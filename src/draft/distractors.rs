//! Wrong options for a drafted fact, of its type and unit: values the article gives elsewhere
//! first (the nearest in size first), then values nudged from the answer and written the way it
//! is ("412.5 million" gives "330.5 million", "June 14" gives "June 15", "Friday" gives
//! "Saturday"). A value from the fact's own sentence is never used, nor a nudge that lands on
//! one: the sentence would then contradict itself or make the option plainly wrong ("one or two"
//! gives no "two", which would read "two or two").

use super::index::Index;
use super::nudges::{nudges, render, style};
use super::value::{Found, Hedge, Value};
use crate::bank::form;
use crate::check::canonical;

/// How many wrong options a multiple-choice question needs.
pub const WANTED: usize = 3;

/// How many candidates the three are chosen from: as many as the generator looks at.
const POOL: usize = 10;

/// How many of the article's values a fact looks at for its distractors: the nearest ones.
const LOOK_AT: usize = 200;

/// Up to three distractors for value `i` of `all` (every value of the article), then nudges;
/// `f` is that value as it is asked (with the hedge of what it converts, say), `sentence` the text
/// of the sentence it stands in.
pub fn distractors(
    f: &Found,
    i: usize,
    all: &[Found],
    index: &Index,
    sentence: &str,
) -> Vec<String> {
    // Told apart as the game tells answers apart: "3.8" is "03.8".
    let key = |text: &str| canonical(f.class.answer_type(), text, f.unit.as_deref());
    let mut taken: Vec<String> = std::iter::once(&f.answer)
        .chain(&f.aliases)
        .map(|a| key(a))
        .collect();
    let in_sentence = index
        .by_sentence
        .get(&(f.paragraph, f.sentence))
        .map_or(&[][..], Vec::as_slice);
    let sentence_keys: Vec<&String> = in_sentence.iter().map(|&g| &index.keys[g]).collect();
    // Nor a nudge that lands on a value the sentence shows: "one or two" would read "two or two".
    taken.extend(
        in_sentence
            .iter()
            .filter(|&&g| g != i && all[g].class == f.class)
            .map(|&g| key(&all[g].answer)),
    );
    let mut out: Vec<String> = Vec::new();
    // A whole count of several things ("two years") takes no "one", which would read "one
    // years", and a count of one thing in words ("one year") no other, which would read "two
    // year"; "2.5 percent" may take 1, "one km" 2.
    let count = f.class == super::value::Class::Number
        && f.unit
            .as_deref()
            .is_some_and(|u| u.len() > 2 && u.ends_with('s') != is_one(f));
    let several = count && matches!(f.value, Value::Number(v) if v > 1.0 && v.fract() == 0.0);
    let single = count && is_one(f) && f.answer.starts_with(char::is_alphabetic);
    let one = |text: &str| {
        crate::check::number::read(text, f.unit.as_deref()).is_some_and(|r| r.value == 1.0)
    };
    let mut keep = |text: String, out: &mut Vec<String>| {
        let key = key(&text);
        let unfit = (several && one(&text)) || (single && !one(&text));
        if !key.is_empty() && !taken.contains(&key) && !unfit {
            taken.push(key);
            out.push(text);
        }
    };
    let mut from_article: Vec<&Found> = index
        .near(i, LOOK_AT)
        .iter()
        .filter(|&&g| index.keys[g] != index.keys[i] && !sentence_keys.contains(&&index.keys[g]))
        .map(|&g| &all[g])
        .filter(|g| !g.answer.is_empty())
        // Nor one the sentence shows in other words ("Northern California", "Scotland’s", the
        // "28 April" of "28 April 2025").
        .filter(|g| !names_in(sentence, &g.answer))
        .filter(|g| far_enough(f, &g.value) && same_size(f, &g.value) && in_order(f, &g.value))
        .collect();
    from_article.sort_by(|a, b| closeness(f, &a.value).total_cmp(&closeness(f, &b.value)));
    // More candidates than needed, the article's first but always some nudges (which keep the
    // answer's form), so that a set that does not single the answer out by its form can be chosen
    // (issue 10's rule 5, as the generator chooses).
    for g in from_article {
        if out.len() == POOL - WANTED {
            break;
        }
        if let Some(text) = shown(f, g) {
            keep(text, &mut out);
        }
    }
    for text in nudges(f) {
        if out.len() == POOL {
            break;
        }
        keep(text, &mut out);
    }
    form::choose(f.class.answer_type(), &f.answer, &out, WANTED)
}

/// Whether `f` is the number one.
fn is_one(f: &Found) -> bool {
    matches!(f.value, Value::Number(v) if v == 1.0)
}

/// Whether `name` stands in `text` as whole words ("Klang" in "Port Klang Authority", not in
/// "Klangville").
fn names_in(text: &str, name: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(name).any(|(at, _)| {
        !word(text[..at].chars().next_back()) && !word(text[at + name.len()..].chars().next())
    })
}

/// A number so close to the answer that it may be the same quantity rounded ($412 million next
/// to $412.5 million) is no distractor; for a hedged answer ("about 9,000") the margin is wider.
pub(super) fn far_enough(f: &Found, value: &Value) -> bool {
    let (Value::Number(a), Value::Number(b)) = (&f.value, value) else {
        return true;
    };
    // Lap times are written to the thousandth: two that differ are two laps.
    if f.class == super::value::Class::Duration {
        return a != b;
    }
    let margin = if f.hedge == Hedge::Exact { 0.05 } else { 0.2 };
    (a - b).abs() > margin * a.abs().max(b.abs())
}

/// A value of the article of another order of size ("2,300" for "Two", "1min 41sec" for
/// "2:06:12") is plainly wrong.
fn same_size(f: &Found, value: &Value) -> bool {
    match sizes(&f.value, value) {
        Some((a, b)) => (a / b).ln().abs() <= 10f64.ln(),
        None => true,
    }
}

/// Two numbers, or two durations, as sizes to compare, when both are above zero.
fn sizes(a: &Value, b: &Value) -> Option<(f64, f64)> {
    let (a, b) = match (a, b) {
        (Value::Number(a), Value::Number(b)) => (*a, *b),
        (Value::Duration(a), Value::Duration(b)) => (f64::from(*a), f64::from(*b)),
        // "a hundredth" is no option for "two-thirds" (third reader).
        (Value::Fraction(n, d), Value::Fraction(m, e)) if *d > 0 && *e > 0 => {
            (f64::from(*n) / f64::from(*d), f64::from(*m) / f64::from(*e))
        }
        _ => return None,
    };
    (a > 0.0 && b > 0.0).then_some((a, b))
}

/// For one end of a range, a value that keeps the range the right way round; for a date beside
/// another in its sentence, one on the same side of it ("on May 11, and it held until May 14"
/// takes no "May 19").
pub(super) fn in_order(f: &Found, value: &Value) -> bool {
    let Some((side, other)) = f.order else {
        return true;
    };
    match value.rank() {
        Some(v) if f.value.same_kind(value) => {
            let (v, other) = (f.value.distance_to(v), f.value.distance_to(other));
            // Round the year, the option must still read the nearer way: "between April 16 and
            // Feb 8" reads backwards, though April lies before October.
            v.total_cmp(&other) == side
                && (!matches!(f.value, Value::DayMonth(..)) || (other - v).abs() < 192.0)
        }
        _ => true,
    }
}

fn closeness(f: &Found, value: &Value) -> f64 {
    sizes(&f.value, value).map_or(0.0, |(a, b)| (a / b).ln().abs())
}

/// How another found value is shown as an option for `f`: as the article writes it, but in
/// words when `f` is ("Seven" among "Eight" and "Six", not "28"), or not at all.
fn shown(f: &Found, g: &Found) -> Option<String> {
    let words = |text: &str| {
        text.starts_with(char::is_alphabetic) && super::nudges::code_prefix(text).is_none()
    };
    if let (Value::Duration(of), Value::Duration(seconds)) = (&f.value, &g.value) {
        return super::durations::like_from(&f.answer, *of, *seconds);
    }
    // A lap time takes only another lap time, in its own form.
    if f.class == super::value::Class::Duration {
        return super::durations::lap_like(&f.answer, &g.answer);
    }
    let code = super::nudges::code_prefix;
    match (&g.value, f.class.is_name()) {
        (Value::Number(v), false) if words(&f.answer) && !words(&g.answer) => {
            render(&style(&f.answer)?, *v)
        }
        // An amount whose answer writes its currency ("US$48 billion") takes others written so,
        // and one blanked after its sign ("$_____") none that writes one ("$US$48 billion"): the
        // other's value in the answer's form.
        (Value::Number(v), false) if code(&f.answer) != code(&g.answer) => {
            let style = style(&f.answer)?;
            let Value::Number(own) = f.value else {
                return None;
            };
            // Not when the answer's form cannot write it ("US$0 billion" for $400 million).
            let text = render(&style, v / style.scale(own))?;
            let read = crate::check::number::read(&text, f.unit.as_deref())?.value;
            ((read - v).abs() <= 0.05 * v.abs() && read != 0.0).then_some(text)
        }
        (Value::Number(_), false) if !words(&f.answer) && words(&g.answer) => None,
        _ => Some(g.answer.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::paragraph::Paragraph;
    use crate::draft::value::Class;

    /// The distractors of `f` in an article that has no other value.
    fn alone(f: Found) -> Vec<String> {
        let all = [f];
        distractors(&all[0], 0, &all, &Index::new(&all), "")
    }

    fn value(answer: &str, class: Class, value: Value, hedge: Hedge) -> Found {
        let p = Paragraph::new(0, "x");
        let mut f = Found::new(&p, 0..1, class, answer.to_owned(), value);
        f.hedge = hedge;
        f
    }

    #[test]
    fn a_count_of_several_things_takes_no_one() {
        // The third audit's altered paragraph: "the third time in one years".
        let mut two = value("two", Class::Number, Value::Number(2.0), Hedge::Exact);
        two.unit = Some("years".into());
        let options = alone(two);
        assert!(!options.is_empty());
        assert!(!options.iter().any(|o| o == "one"), "{options:?}");
        // Without a noun after it, one is as good an option as any; so for a share.
        let bare = value("two", Class::Number, Value::Number(2.0), Hedge::Exact);
        assert!(alone(bare).iter().any(|o| o == "one"));
        // "one year" takes no "two" (review of 42fdb04: "The deal lasts two year").
        let mut one = value("one", Class::Number, Value::Number(1.0), Hedge::Exact);
        one.unit = Some("year".into());
        assert!(alone(one).is_empty());
    }

    #[test]
    fn an_amount_in_another_form_is_shown_in_the_answers_only_where_it_can_be() {
        // "US$1 billion" beside "$400 million": no "US$0 billion".
        let mut billion = value(
            "US$1 billion",
            Class::Money,
            Value::Number(1e9),
            Hedge::Exact,
        );
        billion.unit = Some("dollars".into());
        let mut million = value(
            "400 million",
            Class::Money,
            Value::Number(4e8),
            Hedge::Exact,
        );
        million.unit = Some("dollars".into());
        million.paragraph = 1;
        let all = [billion, million];
        let index = Index::new(&all);
        let options = distractors(&all[0], 0, &all, &index, "");
        assert!(!options.iter().any(|o| o.contains("US$0")), "{options:?}");
    }

    #[test]
    fn nudges_keep_the_answers_form() {
        use Class::*;
        let n = |a: &str, c, v: f64, h| alone(value(a, c, Value::Number(v), h));
        assert_eq!(
            n("412.5 million", Money, 412.5e6, Hedge::Exact),
            ["330.5 million", "515.6 million", "371.3 million"]
        );
        assert_eq!(
            n("7,700", Number, 7700.0, Hedge::Exact),
            ["7,800", "7,600", "7,900"]
        );
        assert_eq!(
            n("9,000", Number, 9000.0, Hedge::Approximate),
            ["14,000", "5,000", "18,000"]
        );
        assert_eq!(
            n("four", Number, 4.0, Hedge::Exact),
            ["five", "three", "six"]
        );
        assert_eq!(
            n("Seven", Number, 7.0, Hedge::Exact),
            ["Eight", "Six", "Nine"]
        );
        assert_eq!(
            n("21st", Ordinal, 21.0, Hedge::Exact),
            ["22nd", "20th", "23rd"]
        );
        assert_eq!(n("75", Percent, 75.0, Hedge::Exact), ["76", "74", "77"]);
        assert_eq!(
            n("2014", Year, 2014.0, Hedge::Exact),
            ["2015", "2013", "2016"]
        );
        let d = |a: &str, v| alone(value(a, DayMonth, v, Hedge::Exact));
        assert_eq!(
            d("Aug. 15", Value::DayMonth(8, 15)),
            ["Aug. 16", "Aug. 14", "Aug. 17"]
        );
        assert_eq!(
            d("1 September", Value::DayMonth(9, 1)),
            ["2 September", "31 August", "3 September"]
        );
        let t = alone(value(
            "2:14 p.m.",
            Time,
            Value::Time(14 * 60 + 14),
            Hedge::Exact,
        ));
        assert_eq!(t, ["2:24 p.m.", "2:04 p.m.", "2:34 p.m."]);
        let s = alone(value(
            "2022-23",
            YearSpan,
            Value::Span(2022.0, 2023.0),
            Hedge::Exact,
        ));
        assert_eq!(s, ["2020-21", "2024-25", "2018-19"]);
        let s = alone(value(
            "2003-04",
            YearSpan,
            Value::Span(2003.0, 2004.0),
            Hedge::Exact,
        ));
        assert_eq!(s, ["2001-02", "2005-06", "1999-2000"]);
        let half = alone(value(
            "half six",
            Time,
            Value::Time(6 * 60 + 30),
            Hedge::Exact,
        ));
        assert_eq!(half, ["half seven", "half five", "half eight"]);
        // A bare hour ("like 7 o’clock at night") stays a bare hour of the same half of the day,
        // never "19:10 o’clock"; a time said on the twelve-hour clock stays on it.
        let hour = |a: &str, h: u32| alone(value(a, Time, Value::Time(h * 60), Hedge::Exact));
        assert_eq!(hour("7", 19), ["8", "6", "9"]);
        assert_eq!(hour("eleven", 23), ["ten", "nine", "eight"]);
        assert_eq!(hour("1", 1), ["2", "3", "4"]);
        let evening = alone(value("9.30", Time, Value::Time(21 * 60 + 30), Hedge::Exact));
        assert_eq!(evening, ["9:40", "9:20", "9:50"]);
        let w = alone(value("Friday", Weekday, Value::Weekday(4), Hedge::Exact));
        assert_eq!(w, ["Saturday", "Thursday", "Sunday"]);
        let f = alone(value(
            "a third",
            Fraction,
            Value::Fraction(1, 3),
            Hedge::Approximate,
        ));
        assert_eq!(f, ["a half", "a quarter", "two thirds"]);
    }

    #[test]
    fn the_article_first_same_unit_not_same_sentence_not_too_close() {
        let p = Paragraph::new(0, "x");
        let mut f = Found::new(
            &p,
            0..1,
            Class::Money,
            "412.5 million".into(),
            Value::Number(412.5e6),
        );
        f.unit = Some("dollars".into());
        let other = |answer: &str, v: f64, sentence: usize, unit: &str| {
            let mut g = Found::new(&p, 0..1, Class::Money, answer.into(), Value::Number(v));
            g.unit = Some(unit.into());
            g.sentence = sentence;
            g
        };
        f.sentence = 0;
        let all = [
            f,
            other("412 million", 412e6, 1, "dollars"),
            other("327 million", 327e6, 1, "dollars"),
            other("6.8bn", 6.8e9, 1, "pounds"),
            other("85 million", 85e6, 0, "dollars"),
            other("9 million", 9e6, 2, "dollars"),
        ];
        assert_eq!(
            distractors(&all[0], 0, &all, &Index::new(&all), ""),
            ["327 million", "330.5 million", "515.6 million"]
        );
    }

    #[test]
    fn no_nudge_lands_on_a_value_its_own_sentence_shows() {
        // "with two or three buses at most": the nudges of "two" are "three", "one", "four";
        // "three" would make the false statement "three or three".
        let p = Paragraph::new(0, "x");
        let word = |answer: &str, v: f64| {
            let mut g = Found::new(&p, 0..1, Class::Number, answer.into(), Value::Number(v));
            g.sentence = 0;
            g
        };
        let all = [word("two", 2.0), word("three", 3.0)];
        let index = Index::new(&all);
        let two = distractors(&all[0], 0, &all, &index, "");
        assert!(!two.contains(&"three".to_owned()), "{two:?}");
        assert_eq!(two.len(), WANTED, "{two:?}");
        let three = distractors(&all[1], 1, &all, &index, "");
        assert!(!three.contains(&"two".to_owned()), "{three:?}");
        // Alone in its sentence, "two" takes "three" as before.
        assert!(alone(word("two", 2.0)).contains(&"three".to_owned()));
    }

    #[test]
    fn no_name_the_sentence_shows_in_other_words() {
        // "... shipped to stores in Oregon, Idaho and Northern California": "California" (named
        // elsewhere) is no option for "Oregon", the sentence itself shows it.
        let p = Paragraph::new(0, "x");
        let place = |answer: &str, sentence: usize| {
            let mut g = Found::new(
                &p,
                0..1,
                Class::Place,
                answer.into(),
                Value::Name(answer.to_lowercase()),
            );
            g.sentence = sentence;
            g
        };
        let all = [
            place("Oregon", 0),
            place("California", 1),
            place("Texas", 2),
            place("Utah", 3),
            place("Nevada", 4),
        ];
        let index = Index::new(&all);
        let sentence = "The soups went to stores in Oregon, Idaho and Northern California.";
        let options = distractors(&all[0], 0, &all, &index, sentence);
        assert!(!options.contains(&"California".to_owned()), "{options:?}");
        assert_eq!(options.len(), WANTED, "{options:?}");
        // Not a word inside another word: "Utah" stays an option beside "Utahns".
        let options = distractors(&all[0], 0, &all, &index, "Utahns and people in Oregon.");
        assert!(options.contains(&"Utah".to_owned()), "{options:?}");
    }

    #[test]
    fn a_duration_takes_the_articles_times_of_its_size_in_its_own_form() {
        let p = Paragraph::new(0, "x");
        let time = |answer: &str, seconds: u32, sentence: usize| {
            let mut g = Found::new(
                &p,
                0..1,
                Class::Duration,
                answer.into(),
                Value::Duration(seconds),
            );
            g.sentence = sentence;
            g
        };
        let all = [
            time("2hr 04min 31sec", 7471, 0),
            time("2:06:12", 7572, 1),
            time("1min 41sec", 101, 2),
            time("2:19:44", 8384, 3),
        ];
        let chosen = distractors(&all[0], 0, &all, &Index::new(&all), "");
        assert_eq!(chosen.len(), WANTED);
        assert!(chosen.contains(&"2hr 06min 12sec".to_owned()), "{chosen:?}");
        assert!(chosen.contains(&"2hr 19min 44sec".to_owned()), "{chosen:?}");
        // Not a time a hundred times smaller; nudges in the answer's form.
        assert!(chosen.iter().all(|c| c.starts_with("2hr ")), "{chosen:?}");
        assert_eq!(
            alone(time("1:12:05", 4325, 0)),
            ["1:12:15", "1:11:55", "1:12:35"]
        );
    }

    #[test]
    fn the_three_do_not_single_the_answer_out_by_its_form() {
        let p = Paragraph::new(0, "x");
        let number = |answer: &str, v: f64, sentence: usize| {
            let mut g = Found::new(&p, 0..1, Class::Money, answer.into(), Value::Number(v));
            g.sentence = sentence;
            g.unit = Some("dollars".into());
            g
        };
        // 30 moves in ones (31, 29, …), but a round answer among three that are not is a tell.
        assert_eq!(alone(number("30", 30.0, 0)), ["31", "40", "29"]);
        // The article's values come first, but not when they give the answer away by its digits.
        let all = [
            number("85 million", 85e6, 0),
            number("120 million", 120e6, 1),
            number("140 million", 140e6, 2),
            number("160 million", 160e6, 3),
        ];
        let chosen = distractors(&all[0], 0, &all, &Index::new(&all), "");
        assert_eq!(chosen.len(), WANTED);
        assert_eq!(
            form::tell(crate::model::AnswerType::Number, "85 million", &chosen),
            None,
            "{chosen:?}"
        );
        assert!(chosen.contains(&"120 million".to_owned()), "{chosen:?}");
    }
}
