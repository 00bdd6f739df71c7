//! Whole games over the bundled file, alone and with a second event beside it: no question is
//! asked after a text that gives its answer away, claims come before what could decide them, and
//! no option or statement of one event is built from another event's answers.

use super::*;
use crate::heading::heading;
use crate::loader::{Origin, load_bundled, parse};
use crate::model::{AuthoredKind, QuestionFile, Verdict};
use crate::normalize;
use crate::question::{Expected, Kind, Question};

const APOLLO: &str = include_str!("../../tests/fixtures/apollo-11.json");

fn bundled() -> Vec<QuestionFile> {
    load_bundled()
        .unwrap()
        .into_iter()
        .map(|l| l.file)
        .collect()
}

fn with_apollo() -> Vec<QuestionFile> {
    let mut files = bundled();
    files.push(
        parse(Origin::File("apollo-11.json".into()), APOLLO)
            .unwrap()
            .file,
    );
    files
}

fn draw_game(files: &[QuestionFile], seed: u64, count: usize) -> Vec<Question> {
    let refs: Vec<&QuestionFile> = files.iter().collect();
    let request = DrawRequest {
        count,
        kinds: Kind::ALL.to_vec(),
        seed,
        order: Order::Shuffled,
    };
    draw(&refs, &request).questions
}

/// A form as the game compares it: its words after normalisation.
fn words(text: &str) -> Vec<String> {
    normalize::key(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

fn contains(haystack: &[String], form: &[String]) -> bool {
    !form.is_empty() && haystack.windows(form.len()).any(|w| w == form)
}

/// The answer and accepted forms of the item behind `q`, read from the files (not from the
/// question, whose forms are what is under test).
fn forms_of(files: &[QuestionFile], q: &Question) -> Vec<Vec<String>> {
    let file = files.iter().find(|f| f.event.id == q.event_id).unwrap();
    let mut forms: Vec<String> = Vec::new();
    // An evidence question asks for a paragraph's number, and shows the fact's answer itself.
    if q.kind == Kind::Evidence {
        return Vec::new();
    }
    if let Some(fact) = file.facts.iter().find(|f| f.id == q.id) {
        forms.push(fact.answer.to_string());
        forms.push(fact.answer_type.display(&fact.answer));
        forms.extend(fact.aliases.iter().cloned());
    } else if let Some(authored) = file.questions.iter().find(|a| a.id == q.id)
        && authored.kind == AuthoredKind::Choice
    {
        forms.push(authored.answer.clone());
        forms.extend(authored.aliases.iter().cloned());
    }
    forms
        .iter()
        .map(|f| words(f))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Every text a question shows, as the front end prints them.
fn texts(q: &Question) -> Vec<&str> {
    let mut texts = vec![q.prompt.as_str()];
    texts.extend(q.passages.iter().map(|p| p.text.as_str()));
    texts.extend(q.options.iter().map(String::as_str));
    texts.extend([q.solution.as_str(), q.explanation.as_str()]);
    texts
}

/// No question's answer or accepted form is in the header or in a text shown before it; a claim
/// comes before every fact, and every supported claim (unless it is supported too), of its event
/// that cites one of its paragraphs, and is never in a game with a fact whose answer its evidence
/// names.
fn assert_fair(files: &[QuestionFile], game: &[Question], what: &str) {
    let events: Vec<&crate::model::Event> = files
        .iter()
        .filter(|f| game.iter().any(|q| q.event_id == f.event.id))
        .map(|f| &f.event)
        .collect();
    let mut shown: Vec<(String, Vec<String>)> =
        vec![("the header".into(), words(&heading(&events)))];
    for (at, q) in game.iter().enumerate() {
        for form in forms_of(files, q) {
            if let Some((whose, _)) = shown.iter().find(|(_, text)| contains(text, &form)) {
                panic!(
                    "{what}: question {} ({}) has its answer {:?} shown earlier, in {whose}",
                    at + 1,
                    q.id,
                    form.join(" ")
                );
            }
        }
        for text in texts(q) {
            shown.push((format!("question {} ({})", at + 1, q.id), words(text)));
        }
        if q.kind != Kind::Verdict {
            continue;
        }
        let supported = |c: &Question| c.expected == Expected::Verdict(Verdict::Supported);
        for (other_at, other) in game.iter().enumerate() {
            let other_is_claim = other.kind == Kind::Verdict;
            if other.event_id != q.event_id || other.id == q.id {
                continue;
            }
            // A fact, or a supported claim (its words are the source's once answered) unless this
            // claim is supported too, must come after a claim that shares one of its paragraphs.
            let shares = other.paragraphs.iter().any(|p| q.paragraphs.contains(p));
            let decides = !other_is_claim || (supported(other) && !supported(q));
            assert!(
                !shares || !decides || other_at > at,
                "{what}: claim {} comes after {}, which cites one of its paragraphs",
                q.id,
                other.id
            );
            if other_is_claim {
                continue;
            }
            let evidence = words(&q.explanation);
            let claim = words(&q.prompt);
            let named = forms_of(files, other)
                .iter()
                .any(|f| contains(&evidence, f) && !contains(&claim, f));
            assert!(
                !named,
                "{what}: claim {} and {}, whose answer its evidence names, are in one game",
                q.id, other.id
            );
        }
    }
}

/// The answers of `other`'s facts that appear nowhere in `own`'s file: seen in a question of
/// `own`, they could only have been borrowed.
fn foreign_answers(own: &QuestionFile, other: &QuestionFile) -> Vec<Vec<String>> {
    let own_text = words(&serde_json::to_string(own).unwrap());
    other
        .facts
        .iter()
        .flat_map(|f| f.forms())
        .map(words)
        .filter(|w| !w.is_empty() && !contains(&own_text, w))
        .collect()
}

/// For each event, the answers of the other events that its file never mentions.
fn foreign_by_event(files: &[QuestionFile]) -> Vec<(&str, Vec<Vec<String>>)> {
    files
        .iter()
        .map(|own| {
            let foreign = files
                .iter()
                .filter(|other| other.event.id != own.event.id)
                .flat_map(|other| foreign_answers(own, other))
                .collect();
            (own.event.id.as_str(), foreign)
        })
        .collect()
}

fn assert_no_borrowing_across_events(
    foreign: &[(&str, Vec<Vec<String>>)],
    game: &[Question],
    what: &str,
) {
    for q in game {
        let (_, foreign) = foreign.iter().find(|(e, _)| *e == q.event_id).unwrap();
        for text in q.options.iter().chain(std::iter::once(&q.prompt)) {
            let text = words(text);
            if let Some(form) = foreign.iter().find(|f| contains(&text, f)) {
                panic!(
                    "{what}: {} of {} shows {:?}, an answer of another event",
                    q.id,
                    q.event_id,
                    form.join(" ")
                );
            }
        }
    }
}

#[test]
fn no_game_shows_an_answer_before_its_question() {
    for files in [bundled(), with_apollo()] {
        let events = files.len();
        for seed in 0..1000 {
            let game = draw_game(&files, seed, 10);
            assert_eq!(game.len(), 10, "{events} events, seed {seed}");
            assert_fair(
                &files,
                &game,
                &format!("{events} events, 10 questions, seed {seed}"),
            );
        }
        for seed in 0..100 {
            let game = draw_game(&files, seed, 40);
            assert_eq!(game.len(), 40, "{events} events, seed {seed}");
            assert_fair(
                &files,
                &game,
                &format!("{events} events, 40 questions, seed {seed}"),
            );
        }
    }
}

#[test]
fn no_option_or_statement_of_one_event_comes_from_another() {
    let files = with_apollo();
    let foreign = foreign_by_event(&files);
    for seed in 0..300 {
        for count in [10, 40] {
            let game = draw_game(&files, seed, count);
            assert_no_borrowing_across_events(&foreign, &game, &format!("seed {seed}, {count}"));
        }
    }
    // The check can fail: borrowing from every loaded event, as before, would show the crew of
    // Apollo 11 among the options of the Korean War's people.
    let apollo = &files[1];
    let korea = &files[0];
    assert!(
        foreign_answers(korea, apollo).contains(&words("Neil Armstrong")),
        "the second event's answers are foreign to the first"
    );
}

#[test]
fn the_whole_bundled_bank_can_be_played_with_no_leak() {
    let files = bundled();
    let items: usize = files.iter().map(|f| f.facts.len() + f.claims.len()).sum();
    for seed in 0..50 {
        let game = draw_game(&files, seed, 1000);
        assert_eq!(game.len(), items, "seed {seed}: an item had to be left out");
        assert_fair(&files, &game, &format!("the whole bank, seed {seed}"));
    }
}

/// How many claims of each verdict (supported, refuted, not stated) `game` asks.
fn verdict_counts(game: &[Question]) -> [usize; 3] {
    let mut counts = [0; 3];
    for q in game {
        if let Expected::Verdict(v) = q.expected {
            counts[Verdict::ALL.iter().position(|&x| x == v).unwrap()] += 1;
        }
    }
    counts
}

fn draw_kinds(files: &[QuestionFile], seed: u64, count: usize, kinds: &[Kind]) -> Vec<Question> {
    let refs: Vec<&QuestionFile> = files.iter().collect();
    let request = DrawRequest {
        count,
        kinds: kinds.to_vec(),
        seed,
        order: Order::Shuffled,
    };
    draw(&refs, &request).questions
}

#[test]
fn verdicts_are_drawn_in_turn() {
    // The bundled file has six claims of each verdict.
    let files = bundled();
    for seed in 0..40 {
        let three = draw_kinds(&files, seed, 3, &[Kind::Verdict]);
        assert_eq!(verdict_counts(&three), [1, 1, 1], "seed {seed}");
        let six = draw_kinds(&files, seed, 6, &[Kind::Verdict]);
        assert_eq!(verdict_counts(&six), [2, 2, 2], "seed {seed}");
        let mixed = verdict_counts(&draw_game(&files, seed, 14));
        let (most, least) = (mixed.iter().max().unwrap(), mixed.iter().min().unwrap());
        assert!(most - least <= 1, "seed {seed}: {mixed:?}");
    }
}

#[test]
fn verdicts_are_as_balanced_as_the_bank_allows() {
    // Every supported claim and one refuted claim: the refuted one is always asked, first chance.
    let mut files = bundled();
    let mut kept_refuted = false;
    files[0].claims.retain(|c| match c.verdict {
        Verdict::Supported => true,
        Verdict::Refuted => !std::mem::replace(&mut kept_refuted, true),
        Verdict::NotStated => false,
    });
    for seed in 0..20 {
        let game = draw_kinds(&files, seed, 4, &[Kind::Verdict]);
        assert_eq!(verdict_counts(&game), [3, 1, 0], "seed {seed}");
        let two = draw_kinds(&files, seed, 2, &[Kind::Verdict]);
        assert_eq!(verdict_counts(&two), [1, 1, 0], "seed {seed}");
    }
}
