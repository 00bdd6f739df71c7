//! Lining the typed words up with a form's (#11): a small dynamic programme over the words of
//! both, each step a pair of words (or of runs of words, `rules::pairs`), an extra typed word
//! (`rules::may_add`) or a form word left out (`rules::missing_ok`).

use super::super::forms;
use super::rules::{self, Rules};
use super::{Alignment, How, Words, joins_only};

/// How the typed words lined up with a form's: the fewest edits and middle names (`rules`
/// weighs them), then the fewest words added or left out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Cost {
    weight: usize,
    loose: usize,
    edits: usize,
}

#[derive(Debug, Clone, Copy)]
enum Step {
    /// `typed` typed words for `form` form words (one for one, two run together for one, a short
    /// form for the words it stands for, or the other way round).
    Pair {
        typed: usize,
        form: usize,
        how: How,
    },
    Extra,
    Missing,
}

type Table = Vec<Vec<Option<(Cost, Step)>>>;

/// The cheapest way to line up `typed` with `form`: the fewest edits and middle names first,
/// then the fewest loose words. `None` when there is none.
pub(super) fn align(typed: &Words, form: &Words, rules: &Rules) -> Option<Alignment> {
    let best = table(typed, form, rules);
    let (cost, _) = best[typed.len()][form.len()]?;
    walk_back(&best, cost, typed.len(), form.len())
}

/// `best[i][j]`: the cheapest way to line up `typed[..i]` with `form[..j]`, and its last step.
fn table(typed: &Words, form: &Words, rules: &Rules) -> Table {
    let (n, m) = (typed.len(), form.len());
    let content = (0..m).filter(|&k| !joins_only(form, k)).count();
    // Whether each word may be added or left out, worked out once rather than at every step.
    // A typed word that is a form word with a negating prefix added or dropped ("dedwight") is
    // read as nothing else: not as an initial's name, a middle name or an extra word.
    let negated: Vec<bool> = typed
        .words
        .iter()
        .map(|t| form.words.iter().any(|f| forms::differ_by_negation(t, f)))
        .collect();
    let extra: Vec<Option<usize>> = (0..n)
        .map(|i| rules::may_add(typed, i, form, rules).filter(|_| !negated[i]))
        .collect();
    let missing: Vec<bool> = form
        .words
        .iter()
        .map(|w| rules::missing_ok(w, rules))
        .collect();
    let mut best: Table = vec![vec![None; m + 1]; n + 1];
    let start = Cost {
        weight: 0,
        loose: 0,
        edits: 0,
    };
    best[0][0] = Some((start, Step::Extra));
    for i in 0..=n {
        for j in 0..=m {
            let Some((cost, _)) = best[i][j] else {
                continue;
            };
            let mut relax = |di: usize, dj: usize, edits: usize, weight: usize, step: Step| {
                let next = Cost {
                    weight: cost.weight + edits + weight,
                    loose: cost.loose + usize::from(matches!(step, Step::Extra | Step::Missing)),
                    edits: cost.edits + edits,
                };
                let cell = &mut best[i + di][j + dj];
                if cell.is_none_or(|(c, _)| next < c) {
                    *cell = Some((next, step));
                }
            };
            if negated.get(i) == Some(&false) {
                for (t, f, edits, how) in rules::pairs(typed, i, form, j, content, rules) {
                    let step = Step::Pair {
                        typed: t,
                        form: f,
                        how,
                    };
                    relax(t, f, edits, 0, step);
                }
            }
            if let Some(Some(weight)) = extra.get(i) {
                relax(1, 0, 0, *weight, Step::Extra);
            }
            if j < m && missing[j] {
                relax(0, 1, 0, 0, Step::Missing);
            }
        }
    }
    best
}

/// How each form word was typed, and which typed words stand for one, read back from the table.
fn walk_back(best: &Table, cost: Cost, n: usize, m: usize) -> Option<Alignment> {
    let mut aligned = Alignment {
        edits: cost.edits,
        form: vec![None; m],
        typed: vec![None; n],
    };
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let (_, step) = best[i][j]?;
        match step {
            Step::Pair {
                typed: t,
                form: f,
                how,
            } => {
                aligned.form[j - f..j].fill(Some(how));
                aligned.typed[i - t..i].fill(Some(j - f));
                i -= t;
                j -= f;
            }
            Step::Extra => i -= 1,
            Step::Missing => j -= 1,
        }
    }
    Some(aligned)
}
