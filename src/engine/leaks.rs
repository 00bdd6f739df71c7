//! No leaks: a game never shows, before a question, a text that contains that question's answer or
//! one of its accepted forms. The texts are the header and, for every question asked earlier, its
//! prompt (or statement), its options, the answer shown in its feedback and its evidence.
//!
//! `arrange` works this out from the texts alone, so any question file is covered. Three rules,
//! each an edge "this question goes before that one":
//!
//! 1. A question goes before every question whose texts contain one of its answer forms, as whole
//!    words after the game's normalisation; one whose answer is in the header is left out.
//! 2. A question with no answer text of its own (a claim, a hand-written true/false statement) is
//!    decided by its source paragraphs: it goes before every question of its event that cites one
//!    of the same paragraphs and shows something true from them, whose texts could decide it: a
//!    question with an answer, and a claim or statement that turns out true (a supported claim's
//!    words are the source's, once it is answered). Two true ones are not ordered by this rule
//!    (each would have to go first); their texts are the author's to keep apart.
//! 3. Such a question is also decided by the answers its evidence names (a claim refuted with "the
//!    plane left from Wonsan"): it goes before every text that names them, the question they answer
//!    included, so it is never in one game with that question.
//!
//! Questions that must each go before the other (a cycle) cannot all be asked: the one drawn last is
//! left out. The rest keep the drawn order wherever the edges allow. Only the drawn questions are
//! looked at, through an index of their words, so the cost grows with the game, not the bank.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use crate::model::Verdict;
use crate::normalize;
use crate::question::{Expected, Question};

/// Between the words of two texts, so that a phrase never matches across them.
const BREAK: &str = "\u{0}";

/// The texts `question` shows a player: its prompt or statement, its options, the answer as its
/// feedback gives it, and its evidence.
pub fn shown_texts(question: &Question) -> impl Iterator<Item = &str> {
    std::iter::once(question.prompt.as_str())
        .chain(question.passages.iter().map(|p| p.text.as_str()))
        .chain(question.options.iter().map(String::as_str))
        .chain([question.solution.as_str(), question.explanation.as_str()])
}

/// Whether `question` shows paragraphs of the source (an evidence or altered-detail question): it
/// names every answer they state, like any text (rule 1), and shows what they say, like a true
/// claim (rule 2); it is never decided by other questions' paragraphs, as it asks for no verdict.
fn shows_source(question: &Question) -> bool {
    !question.passages.is_empty()
}

/// The answer forms of `question` as runs of words, after the game's normalisation; empty ones
/// (a form of punctuation only) are left out.
pub fn form_words(question: &Question) -> Vec<Vec<String>> {
    let mut forms: Vec<Vec<String>> = question
        .answer_forms
        .iter()
        .map(|form| normalize::key(form))
        .filter(|key| !key.is_empty())
        .map(|key| key.split(' ').map(str::to_owned).collect())
        .collect();
    forms.sort();
    forms.dedup();
    forms
}

/// The words of `texts`, with a break between texts.
fn words_of<'t>(texts: impl Iterator<Item = &'t str>) -> Vec<String> {
    let mut words = Vec::new();
    for text in texts {
        words.extend(normalize::words(text));
        words.push(BREAK.to_owned());
    }
    words
}

fn contains(words: &[String], form: &[String]) -> bool {
    words.windows(form.len()).any(|w| w == form)
}

/// `questions` in an order that breaks none of the rules above, and the questions left out because
/// no order has room for them.
pub fn arrange(header: &str, questions: Vec<Question>) -> (Vec<Question>, Vec<Question>) {
    let forms: Vec<Vec<Vec<String>>> = questions.iter().map(form_words).collect();
    let header = words_of(std::iter::once(header));
    let mut left_out: Vec<bool> = forms
        .iter()
        .map(|own| own.iter().any(|form| contains(&header, form)))
        .collect();
    let mut after = gives_away(&questions, &forms);
    decided_first(&questions, &forms, &mut after);
    let showing: Vec<bool> = questions.iter().map(shows_source).collect();
    let order = order(&after, &mut left_out, &showing);
    let mut slots: Vec<Option<Question>> = questions.into_iter().map(Some).collect();
    let kept = order.iter().filter_map(|&i| slots[i].take()).collect();
    let dropped = slots.into_iter().flatten().collect();
    (kept, dropped)
}

/// Rule 1: for each question, the questions whose texts contain one of its answer forms. Found
/// through an index from each word to where it occurs in the texts.
fn gives_away(questions: &[Question], forms: &[Vec<Vec<String>>]) -> Vec<Vec<usize>> {
    let texts: Vec<Vec<String>> = questions.iter().map(|q| words_of(shown_texts(q))).collect();
    // Only the words a form starts with are looked up, so only those are indexed.
    let mut index: HashMap<&str, Vec<(usize, usize)>> = forms
        .iter()
        .flatten()
        .map(|form| (form[0].as_str(), Vec::new()))
        .collect();
    for (j, words) in texts.iter().enumerate() {
        for (at, word) in words.iter().enumerate() {
            if let Some(places) = index.get_mut(word.as_str()) {
                places.push((j, at));
            }
        }
    }
    let mut after: Vec<Vec<usize>> = vec![Vec::new(); questions.len()];
    for (i, own) in forms.iter().enumerate() {
        for form in own {
            let Some(places) = index.get(form[0].as_str()) else {
                continue;
            };
            for &(j, at) in places {
                let words = &texts[j];
                if j != i
                    && words
                        .get(at..at + form.len())
                        .is_some_and(|w| w == form.as_slice())
                {
                    after[i].push(j);
                }
            }
        }
        after[i].sort_unstable();
        after[i].dedup();
    }
    after
}

/// Rules 2 and 3, for the questions with no answer forms of their own (`forms` empty).
fn decided_first(questions: &[Question], forms: &[Vec<Vec<String>>], after: &mut [Vec<usize>]) {
    // The questions that show something true from the paragraphs they cite, by event and
    // paragraph: those with answers, and true claims and statements.
    let mut citing: HashMap<(&str, u32), Vec<usize>> = HashMap::new();
    for (i, q) in questions.iter().enumerate() {
        let own = !forms[i].is_empty() || turns_out_true(q);
        for &p in q.paragraphs.iter().filter(|_| own) {
            citing.entry((q.event_id.as_str(), p)).or_default().push(i);
        }
        // The paragraphs it shows say what they say, whether it cites them or not.
        let more = q.passages.iter().map(|p| p.number);
        for p in more.filter(|p| !(own && q.paragraphs.contains(p))) {
            citing.entry((q.event_id.as_str(), p)).or_default().push(i);
        }
    }
    let mut named: Vec<Vec<usize>> = vec![Vec::new(); questions.len()];
    for (i, next) in after.iter().enumerate() {
        for &j in next {
            if forms[j].is_empty()
                && !shows_source(&questions[j])
                && names_in_evidence(&questions[j], &forms[i])
            {
                named[j].push(i);
            }
        }
    }
    for (j, q) in questions.iter().enumerate() {
        if !forms[j].is_empty() || shows_source(q) {
            continue;
        }
        // A true claim goes only before questions with answers: not before itself, nor before
        // another true one, which would have to go before it as well.
        let true_one = turns_out_true(q);
        let mut first: Vec<usize> = q
            .paragraphs
            .iter()
            .filter_map(|&p| citing.get(&(q.event_id.as_str(), p)))
            .flatten()
            .copied()
            .filter(|&i| !(true_one && forms[i].is_empty() && !shows_source(&questions[i])))
            .collect();
        for &i in &named[j] {
            first.push(i);
            first.extend(after[i].iter().copied().filter(|&k| k != j));
        }
        after[j].extend(first);
        after[j].sort_unstable();
        after[j].dedup();
    }
}

/// Whether `question` has no answer text but turns out true (a supported claim, a true
/// hand-written statement): once answered, its own words are the source's.
fn turns_out_true(question: &Question) -> bool {
    matches!(
        question.expected,
        Expected::Verdict(Verdict::Supported) | Expected::TrueFalse(true)
    )
}

/// Whether the explanation of `question` contains one of `forms` that its prompt does not.
fn names_in_evidence(question: &Question, forms: &[Vec<String>]) -> bool {
    let evidence = normalize::words(&question.explanation);
    let prompt = normalize::words(&question.prompt);
    forms
        .iter()
        .any(|form| contains(&evidence, form) && !contains(&prompt, form))
}

/// An order of the questions not `left_out` in which each comes before those in its `after` list,
/// the lowest index first among those free to go. Questions that wait on each other (a cycle) are
/// dealt with first: of each cycle, the highest index is left out, until none is left; one that
/// shows the source (`showing`) goes first, as its item can be drawn again as another kind.
fn order(after: &[Vec<usize>], left_out: &mut [bool], showing: &[bool]) -> Vec<usize> {
    while let Some(cycle) = find_cycle(after, left_out) {
        let last = cycle.iter().copied().max_by_key(|&i| (showing[i], i));
        if let Some(last) = last {
            left_out[last] = true;
        }
    }
    let n = after.len();
    let mut waiting = vec![0usize; n];
    for (i, next) in after.iter().enumerate() {
        if !left_out[i] {
            for &j in next {
                waiting[j] += 1;
            }
        }
    }
    let mut free: BinaryHeap<Reverse<usize>> = (0..n)
        .filter(|&i| !left_out[i] && waiting[i] == 0)
        .map(Reverse)
        .collect();
    let mut order = Vec::with_capacity(n);
    while let Some(Reverse(i)) = free.pop() {
        order.push(i);
        for &j in &after[i] {
            waiting[j] -= 1;
            if waiting[j] == 0 && !left_out[j] {
                free.push(Reverse(j));
            }
        }
    }
    order
}

/// A cycle among the questions not `left_out`, as the questions on it, found by a depth-first walk
/// (without recursion, so a long chain cannot overflow the stack).
fn find_cycle(after: &[Vec<usize>], left_out: &[bool]) -> Option<Vec<usize>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        New,
        OnPath,
        Done,
    }
    let mut mark = vec![Mark::New; after.len()];
    for start in 0..after.len() {
        if left_out[start] || mark[start] != Mark::New {
            continue;
        }
        // The path from `start`, each with how many of its successors have been looked at.
        let mut path: Vec<(usize, usize)> = vec![(start, 0)];
        mark[start] = Mark::OnPath;
        while let Some(&mut (node, ref mut next)) = path.last_mut() {
            let Some(&succ) = after[node].get(*next) else {
                mark[node] = Mark::Done;
                path.pop();
                continue;
            };
            *next += 1;
            if left_out[succ] {
                continue;
            }
            match mark[succ] {
                Mark::OnPath => {
                    let from = path.iter().position(|&(p, _)| p == succ).unwrap_or(0);
                    return Some(path[from..].iter().map(|&(p, _)| p).collect());
                }
                Mark::New => {
                    mark[succ] = Mark::OnPath;
                    path.push((succ, 0));
                }
                Mark::Done => {}
            }
        }
    }
    None
}

#[cfg(test)]
mod tests;
