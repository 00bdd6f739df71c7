//! Property tests: every fact's answer and aliases, in every question file the tests know, are
//! accepted however a player may write them, its distractors never are; no slip is accepted that
//! adds or drops a negating prefix or turns the answer into a wrong option (#11); normalising is
//! idempotent; every number printed in a supported way reads back to its value.

use proptest::prelude::*;
use rand::SeedableRng;
use rand::rngs::StdRng;

use super::date::{Date, MONTHS};
use super::number::{self, group_thousands};
use super::{Accepted, Match};
use crate::generate::Generator;
use crate::loader::load_bundled;
use crate::model::{AnswerType, Fact, QuestionFile};
use crate::normalize;
use crate::question::{Expected, Kind};

/// Every valid question file the tests know: the bundled ones, and the fixtures (the corpus's
/// files for other events among them) that load and validate.
fn test_files() -> Vec<QuestionFile> {
    let mut files: Vec<QuestionFile> = load_bundled()
        .unwrap()
        .into_iter()
        .map(|l| l.file)
        .collect();
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths = Vec::new();
    let mut folders = vec![fixtures];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(folder).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    for result in crate::loader::load_each(&paths, 1 << 26) {
        let Ok(loaded) = result else { continue };
        let one = std::slice::from_ref(&loaded);
        let taken = files.iter().any(|f| f.event.id == loaded.file.event.id);
        if !taken && !crate::validate::has_errors(&crate::validate::validate(one)) {
            files.push(loaded.file);
        }
    }
    files
}

/// Every fact of every test file with the accepted answers of its short-answer question, worked
/// out once for all the cases.
fn bundled() -> &'static [(Fact, Accepted)] {
    static FACTS: std::sync::OnceLock<Vec<(Fact, Accepted)>> = std::sync::OnceLock::new();
    FACTS.get_or_init(every_fact)
}

fn every_fact() -> Vec<(Fact, Accepted)> {
    let files = test_files();
    assert!(
        files.len() >= 3,
        "the bundled file and the corpus's two others"
    );
    let generator = Generator::new(&files);
    let mut out = Vec::new();
    for file in &files {
        for fact in &file.facts {
            let mut rng = StdRng::seed_from_u64(0);
            let mut open = fact.clone();
            open.kinds = None; // every fact, whichever kinds it is asked as
            let q = generator
                .fact_question(&file.event, &open, Kind::Short, true, &mut rng)
                .unwrap();
            let Expected::Typed(accepted) = q.expected else {
                panic!("short questions are typed")
            };
            out.push((fact.clone(), accepted));
        }
    }
    out
}

/// A way of writing text that the checker must see through.
#[derive(Debug, Clone)]
struct TextStyle {
    case: u8,
    spaces: usize,
    dashes: bool,
    article: bool,
    stop: Option<char>,
    padding: bool,
}

fn text_style() -> impl Strategy<Value = TextStyle> {
    (
        0u8..3,
        1usize..4,
        any::<bool>(),
        any::<bool>(),
        prop::option::of(prop::sample::select(vec!['.', '!', '?', ','])),
        any::<bool>(),
    )
        .prop_map(|(case, spaces, dashes, article, stop, padding)| TextStyle {
            case,
            spaces,
            dashes,
            article,
            stop,
            padding,
        })
}

fn restyle(text: &str, style: &TextStyle) -> String {
    let cased = match style.case {
        0 => text.to_owned(),
        1 => text.to_uppercase(),
        _ => text.to_lowercase(),
    };
    let gap = if style.dashes {
        "-".to_owned()
    } else {
        " ".repeat(style.spaces)
    };
    let mut out = cased.split(' ').collect::<Vec<_>>().join(&gap);
    if style.article {
        out = format!("the {out}");
    }
    if let Some(stop) = style.stop {
        out.push(stop);
    }
    if style.padding {
        out = format!("  {out} ");
    }
    out
}

/// Whole-number value printed one of the ways players write numbers.
fn print_number(value: u64, way: u8, unit: Option<&str>) -> String {
    let grouped = |sep: &str| group_thousands(value as i64).replace(',', sep);
    let mut text = match way {
        0 => value.to_string(),
        1 => grouped(","),
        2 => grouped(" "),
        3 => grouped("\u{2009}"),
        4 => grouped("_"),
        5 => words(value),
        6 => format!("about {}", grouped(",")),
        7 => format!("~{value}"),
        8 if value >= 1000 => {
            let (whole, part) = (value / 1000, value % 1000);
            let digits = format!("{whole}.{part:03}");
            let digits = digits.trim_end_matches('0').trim_end_matches('.');
            format!("{digits} thousand")
        }
        9 if value >= 1000 && value.is_multiple_of(100) => {
            format!("{}.{}k", value / 1000, (value % 1000) / 100)
        }
        _ => format!("around {}", words(value)),
    };
    if let Some(unit) = unit {
        text = format!("{text} {unit}");
    }
    text
}

/// English words for a whole number below a thousand trillion.
fn words(n: u64) -> String {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    fn below_thousand(n: u64) -> String {
        let mut parts = Vec::new();
        if n >= 100 {
            parts.push(format!("{} hundred", SMALL[(n / 100) as usize]));
        }
        let rest = n % 100;
        if rest > 0 && n >= 100 {
            parts.push("and".to_owned());
        }
        if rest >= 20 {
            let ones = rest % 10;
            parts.push(if ones == 0 {
                TENS[(rest / 10) as usize].to_owned()
            } else {
                format!("{}-{}", TENS[(rest / 10) as usize], SMALL[ones as usize])
            });
        } else if rest > 0 {
            parts.push(SMALL[rest as usize].to_owned());
        }
        parts.join(" ")
    }
    if n == 0 {
        return "zero".to_owned();
    }
    let mut parts = Vec::new();
    for (scale, name) in [
        (1_000_000_000_000, "trillion"),
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1_000, "thousand"),
    ] {
        if !(n / scale).is_multiple_of(1000) {
            parts.push(format!("{} {name}", below_thousand(n / scale % 1000)));
        }
    }
    if !n.is_multiple_of(1000) {
        parts.push(below_thousand(n % 1000));
    }
    parts.join(" ")
}

/// "sixty-five" -> "sixty-fifth".
fn ordinal_words(n: u64) -> String {
    let cardinal = words(n);
    let (head, last) = match cardinal.rfind([' ', '-']) {
        Some(at) => cardinal.split_at(at + 1),
        None => ("", cardinal.as_str()),
    };
    let last = match last {
        "one" => "first".to_owned(),
        "two" => "second".to_owned(),
        "three" => "third".to_owned(),
        "five" => "fifth".to_owned(),
        "eight" => "eighth".to_owned(),
        "nine" => "ninth".to_owned(),
        "twelve" => "twelfth".to_owned(),
        w if w.ends_with('y') => format!("{}ieth", &w[..w.len() - 1]),
        w => format!("{w}th"),
    };
    format!("{head}{last}")
}

/// Every way the checker should read `form` of a fact of `answer_type`, beyond restyling it.
fn written_forms(answer_type: AnswerType, form: &str, unit: Option<&str>, way: u8) -> Vec<String> {
    let mut out = vec![form.to_owned()];
    match answer_type {
        AnswerType::Number | AnswerType::Year => {
            if let Some(r) = number::read(form, unit)
                && r.value >= 0.0
                && r.value.fract() == 0.0
            {
                let v = r.value as u64;
                if r.ordinal {
                    out.push(format!("{v}th"));
                    out.push(ordinal_words(v));
                } else if answer_type == AnswerType::Number {
                    out.push(print_number(v, way, None));
                    out.push(print_number(v, way, unit));
                } else {
                    out.push(v.to_string());
                }
            }
            if let Some((from, to)) = number::read_span(form) {
                out.push(format!("{from}-{to}"));
                out.push(format!("{from}\u{2013}{to}"));
                out.push(format!("{from} to {to}"));
                out.push(format!("from {from} to {to}"));
            }
        }
        AnswerType::Date => {
            if let Some(d) = Date::read(form) {
                let month = MONTHS[d.month as usize - 1];
                out.push(d.iso());
                out.push(d.display());
                out.push(format!("{month} {}, {}", d.day, d.year));
                out.push(format!("{} {month} {}", d.day, d.year));
            }
        }
        AnswerType::Day => out.push(form.chars().take(3).collect()),
        _ => {}
    }
    out
}

proptest! {
    // 256 cases a property by default; PROPTEST_CASES=20000 for a longer run.

    #[test]
    fn answers_and_aliases_are_accepted_in_every_form(style in text_style(), way in 0u8..11, pick in any::<prop::sample::Index>()) {
        let facts = bundled();
        let (fact, accepted) = &facts[pick.index(facts.len())];
        let numeric = matches!(fact.answer_type, AnswerType::Number | AnswerType::Year | AnswerType::Date);
        for form in fact.forms() {
            for written in written_forms(fact.answer_type, form, fact.unit.as_deref(), way) {
                // Restyling changes case and spacing; for numbers and dates it would also break
                // the figures, so those keep their spacing and only change case.
                let typed = if numeric {
                    restyle(&written, &TextStyle { spaces: 1, dashes: false, article: false, stop: None, ..style.clone() })
                } else {
                    restyle(&written, &style)
                };
                // Strict: these must be read as the answer itself, not let through as slips.
                let got = accepted.judge(&typed, true);
                prop_assert!(got.is_right(), "{}: {typed:?} (from {form:?}) gave {got:?}", fact.id);
            }
        }
    }

    #[test]
    fn distractors_are_rejected_in_every_form(style in text_style(), pick in any::<prop::sample::Index>()) {
        let facts = bundled();
        let (fact, accepted) = &facts[pick.index(facts.len())];
        for distractor in &fact.distractors {
            for written in written_forms(fact.answer_type, distractor, fact.unit.as_deref(), 0) {
                let typed = if fact.answer_type.is_numeric() || fact.answer_type == AnswerType::Date {
                    written.clone()
                } else {
                    restyle(&written, &style)
                };
                let got = accepted.judge(&typed, false);
                prop_assert!(matches!(got, Match::Wrong { .. }), "{}: distractor {typed:?} gave {got:?}", fact.id);
            }
        }
    }

    /// Any text at any fact ends in a verdict that holds together: the same twice; `--strict`
    /// refuses slips and nothing else; a text right under `--strict` may be the answer at a
    /// multiple-choice question; a slip names an accepted spelling; a number within the tolerance
    /// is within it, and one outside it is outside.
    #[test]
    fn judging_any_text_ends_in_a_verdict(text in any::<String>(), words in "[ a-zA-Z0-9'’/.,%$½-]{0,60}", pick in any::<prop::sample::Index>()) {
        let facts = bundled();
        let (fact, accepted) = &facts[pick.index(facts.len())];
        for typed in [&text, &words] {
            let loose = accepted.judge(typed, false);
            let strict = accepted.judge(typed, true);
            prop_assert_eq!(&loose, &accepted.judge(typed, false), "{}: {:?} twice", fact.id, typed);
            match (&loose, &strict) {
                (Match::Slip { spelling, edits }, Match::Wrong { .. }) => {
                    prop_assert!(*edits > 0, "{}: {typed:?} a slip of no edits", fact.id);
                    let display = super::date::Date::read(&fact.answer).map(|d| d.display());
                    prop_assert!(
                        accepted.forms.contains(spelling) || display.as_ref() == Some(spelling),
                        "{}: {typed:?} a slip of {spelling:?}, no accepted form", fact.id
                    );
                }
                (loose, strict) => prop_assert_eq!(loose, strict, "{}: {:?} strict differs by more than slips", fact.id, typed),
            }
            prop_assert!(!matches!(strict, Match::Slip { .. }), "{}: {typed:?} a slip under --strict", fact.id);
            if strict.is_right() {
                prop_assert!(accepted.could_be(typed), "{}: {typed:?} right, but not at a choice", fact.id);
            }
            let answer = accepted.forms.first().and_then(|f| super::number::read(f, fact.unit.as_deref()));
            match (&loose, fact.tolerance, answer) {
                (Match::Within { off }, Some(t), Some(a)) => prop_assert!(off.abs() <= t.allowed(a.value), "{}: {typed:?} {off}", fact.id),
                (Match::Within { .. }, ..) => prop_assert!(false, "{}: {typed:?} within no tolerance", fact.id),
                (Match::Wrong { off: Some(off), allowed: Some(allowed) }, ..) => prop_assert!(off.abs() > *allowed, "{}: {typed:?} {off} wrong within {allowed}", fact.id),
                _ => {}
            }
        }
    }

    #[test]
    fn normalising_is_idempotent(text in any::<String>()) {
        let once = normalize::key(&text);
        prop_assert_eq!(normalize::key(&once), once.clone());
        prop_assert_eq!(normalize::words(&once).join(" "), once);
    }

    #[test]
    fn normalising_is_idempotent_on_words_and_marks(text in "[ a-zA-ZäöüßÅéñ\u{300}\u{301}ﬁＡ-Ｚ.,'-]{0,40}") {
        let once = normalize::key(&text);
        prop_assert_eq!(normalize::key(&once), once);
    }

    #[test]
    fn numbers_read_back_however_printed(value in 0u64..1_000_000_000_000, way in 0u8..11) {
        let printed = print_number(value, way, None);
        let read = number::read(&printed, None).map(|r| r.value);
        prop_assert_eq!(read, Some(value as f64), "{:?}", printed);
        let with_unit = print_number(value, way, Some("soldiers"));
        prop_assert_eq!(number::read(&with_unit, Some("soldiers")).map(|r| r.value), Some(value as f64));
        let ordinal = ordinal_words(value);
        prop_assert_eq!(number::read(&ordinal, None), Some(number::Reading { value: value as f64, ordinal: true, fraction: false }), "{:?}", ordinal);
    }

    #[test]
    fn decimals_and_spans_read_back(cents in 0u64..100_000_000, from in 1000u64..2100, length in 1u64..40) {
        let printed = format!("{}.{:02}", cents / 100, cents % 100);
        let expected: f64 = printed.parse().unwrap();
        prop_assert_eq!(number::read(&printed, None).map(|r| r.value), Some(expected));
        let to = from + length;
        for span in [format!("{from}-{to}"), format!("{from} to {to}"), format!("{from}\u{2013}{}", to % 100)] {
            if span.ends_with(&format!("{}", to % 100)) && to / 100 != from / 100 && span.contains('\u{2013}') {
                continue; // "1995–05" crosses a century: written in full instead
            }
            prop_assert_eq!(number::read_span(&span), Some((from as f64, to as f64)), "{:?}", span);
        }
    }
}

/// Every word of every text answer of every test file (but words that only join others), with a
/// negating prefix added or dropped,
/// is no slip of the answer: wrong, unless it is itself an accepted form.
#[test]
fn no_slip_adds_or_drops_a_negating_prefix() {
    const PREFIXES: [&str; 12] = [
        "de", "dis", "un", "non", "in", "im", "il", "ir", "anti", "non-", "anti-", "un-",
    ];
    let mut tried = 0;
    for (fact, accepted) in bundled() {
        if fact.answer_type.is_numeric() || fact.answer_type == AnswerType::Date {
            continue;
        }
        for form in fact.forms() {
            let words: Vec<&str> = form.split_whitespace().collect();
            for at in 0..words.len() {
                let w = normalize::key(words[at]);
                // Words that only join others are no one's negation ("to" and "into").
                if w.len() < 3 || w.contains(' ') || super::lexicon::is_filler(&w) {
                    continue;
                }
                for prefix in PREFIXES {
                    let bare = prefix.trim_end_matches('-');
                    let dropped = w
                        .strip_prefix(bare)
                        .filter(|r| r.len() >= 3)
                        .map(str::to_owned);
                    for changed in std::iter::once(format!("{prefix}{w}")).chain(dropped) {
                        let mut typed: Vec<String> =
                            words.iter().map(|w| (*w).to_owned()).collect();
                        typed[at] = changed;
                        let typed = typed.join(" ");
                        let got = accepted.judge(&typed, false);
                        let a_form = fact
                            .forms()
                            .any(|f| normalize::key(f) == normalize::key(&typed));
                        assert!(
                            !got.is_right() || a_form,
                            "{}: {typed:?} gave {got:?}",
                            fact.id
                        );
                        tried += 1;
                    }
                }
            }
        }
    }
    assert!(tried > 1000, "{tried} tried");
}

/// A slip of a wrong answer the question knows (a distractor, or a borrowed one), nearer it than
/// any accepted form, is never accepted: every wrong answer of every fact of every test file, every
/// one-letter slip past its first letter (a letter dropped, doubled, swapped with the next, or
/// changed).
#[test]
fn no_slip_turns_the_answer_into_a_wrong_option() {
    let mut tried = 0;
    for (fact, accepted) in bundled() {
        if fact.answer_type.is_numeric() {
            continue;
        }
        for rival in &accepted.rivals {
            let chars: Vec<char> = rival.chars().collect();
            for i in 1..chars.len() {
                for edit in 0..4 {
                    let mut slipped = chars.clone();
                    match edit {
                        0 => {
                            slipped.remove(i);
                        }
                        1 => slipped.insert(i, chars[i - 1]),
                        2 if i + 1 < chars.len() => slipped.swap(i, i + 1),
                        _ => slipped[i] = if chars[i] == 'x' { 'q' } else { 'x' },
                    }
                    let typed: String = slipped.into_iter().collect();
                    let key = normalize::key(&typed);
                    let to_rival = strsim::damerau_levenshtein(&key, &normalize::key(rival));
                    let to_answer = fact
                        .forms()
                        .map(|f| strsim::damerau_levenshtein(&key, &normalize::key(f)))
                        .min()
                        .unwrap_or(usize::MAX);
                    if to_rival >= to_answer {
                        continue;
                    }
                    let got = accepted.judge(&typed, false);
                    assert!(
                        !got.is_right(),
                        "{}: {typed:?}, a slip of the wrong answer {rival:?}, gave {got:?}",
                        fact.id
                    );
                    tried += 1;
                }
            }
        }
    }
    assert!(tried > 1000, "{tried} tried");
}
