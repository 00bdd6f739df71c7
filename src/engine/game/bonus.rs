//! The evidence bonus (issue #17), after FEVER's strict score: after a right verdict on a claim
//! the source decides, the game may ask which paragraph decides it. Right, it earns a bonus point,
//! kept apart from the score. It is asked only when showing every paragraph gives nothing away
//! to a question still to come: none of their answers stands in the paragraphs, and no later claim
//! of the event could be decided by them.

use super::Game;
use crate::engine::judge::{Reply, judge};
use crate::engine::leaks::form_words;
use crate::normalize;
use crate::question::Question;

/// What became of a line typed at the bonus question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bonus {
    /// A paragraph was named: right or not.
    Judged(bool),
    /// An empty line: no bonus, and the game goes on.
    Passed,
    /// Not a paragraph's number: the text says what is expected.
    AskAgain(String),
    /// `q`: the game ends.
    Quit,
}

impl Game {
    /// The bonus question waiting for an answer, if the last answer opened one.
    pub fn bonus_offer(&self) -> Option<&Question> {
        let at = self.bonus_open?;
        self.questions.get(at)?.follow_up.as_deref()
    }

    /// Takes a line typed at the bonus question.
    pub fn bonus_respond(&mut self, line: &str) -> Bonus {
        let Some(at) = self.bonus_open else {
            return Bonus::Passed;
        };
        let Some(question) = self.bonus_offer() else {
            self.bonus_open = None;
            return Bonus::Passed;
        };
        match judge(question, line, self.rules) {
            Reply::Judged(j) => {
                self.bonus.push((at, j.correct));
                self.bonus_open = None;
                Bonus::Judged(j.correct)
            }
            Reply::Empty | Reply::Skip => {
                self.bonus_open = None;
                Bonus::Passed
            }
            Reply::Quit => {
                self.bonus_open = None;
                self.end();
                Bonus::Quit
            }
            Reply::AskAgain(why) => Bonus::AskAgain(why),
            _ => Bonus::AskAgain(
                "type the number of the paragraph, or press Enter to go on without the bonus"
                    .into(),
            ),
        }
    }

    /// Each bonus asked, by the index of its claim's question, and whether it was right.
    pub fn bonus_results(&self) -> &[(usize, bool)] {
        &self.bonus
    }

    /// After a right answer to the question at `at`: opens its bonus when it has one and showing
    /// the paragraphs is safe.
    pub(super) fn open_bonus(&mut self, at: usize) {
        let Some(follow_up) = self.questions.get(at).and_then(|q| q.follow_up.as_deref()) else {
            return;
        };
        if gives_nothing_away(follow_up, &self.questions[at + 1..]) {
            self.bonus_open = Some(at);
        }
    }
}

/// Whether showing `follow_up`'s paragraphs leaves every question of `later` as it was: none of
/// their answers stands in them, and none of them is decided by the source's words alone (a claim
/// of the same event); questions that show the paragraphs themselves are not.
fn gives_nothing_away(follow_up: &Question, later: &[Question]) -> bool {
    let mut words: Vec<String> = Vec::new();
    for passage in &follow_up.passages {
        words.extend(normalize::words(&passage.text));
        words.push("\u{0}".into());
    }
    later.iter().all(|q| {
        let decided =
            q.event_id == follow_up.event_id && q.answer_forms.is_empty() && q.passages.is_empty();
        let named = form_words(q)
            .iter()
            .any(|form| words.windows(form.len()).any(|w| w == form.as_slice()));
        !decided && !named
    })
}

#[cfg(test)]
mod tests;
