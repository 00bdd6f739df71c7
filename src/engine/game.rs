//! One game in progress: the drawn questions, where the player is, what they answered, the score.

use super::Rules;
use super::confidence::Confidence;
use super::hint::{Hint, halved, hint};
use super::judge::{Judgement, Reply, judge};
use super::outcome::Outcome;
use super::score::{Score, max_points};
use super::totals::Totals;
use crate::check::Match;
use crate::question::{Expected, Question};

mod counted;
mod sure;

/// What the player answered to one question.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    pub given: String,
    pub read_as: Option<String>,
    pub correct: bool,
    pub points: u32,
    /// The player skipped the question (`skip`): no points, and the streak ends.
    pub skipped: bool,
    /// How a typed answer compared: a slip, within the tolerance, how far off.
    pub how: Match,
    /// How long the player took, in milliseconds.
    pub elapsed: u64,
    /// Given after the time limit (`--timed`), or none given before it: never right, whatever
    /// the judge found (`correct`), and no points.
    pub late: bool,
    /// Judged wrong, and counted as right at the player's word (`!`).
    pub overridden: bool,
    /// Text the player wrote (a short answer, or an option's text), not a letter, a number,
    /// true/false or a verdict: only such an answer, counted with `!`, is remembered.
    pub typed: bool,
    /// How sure the player said they were (`--confidence`); none for a skip or a late answer.
    pub confidence: Option<Confidence>,
}

impl Answer {
    /// What the answer earned: with a confidence, its certainty-based marks; else its points.
    pub fn earned(&self) -> i32 {
        match self.confidence {
            Some(c) => c.marks(self.outcome().is_right()),
            None => self.points as i32,
        }
    }

    /// What became of the question: a late answer is late, never right.
    pub fn outcome(&self) -> Outcome {
        if self.skipped {
            Outcome::Skipped
        } else if self.late {
            Outcome::Late
        } else if self.correct {
            Outcome::Right
        } else {
            Outcome::Wrong
        }
    }
}

/// What happened after a line of input.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Nothing typed; the same question stands.
    Empty,
    /// Not an answer to this question; the text says what is expected.
    AskAgain(String),
    /// The player quit; the game is over.
    Quit,
    Answered(Feedback),
    /// A text near one option of a multiple-choice question: did the player mean it? (`y` picks
    /// it, `n` asks again, any other line is read as a new answer.)
    Confirm(usize),
    /// `?` or `help`: the front end explains how to answer this kind of question.
    Help,
    /// `!`: the answer to the question at this index now counts as right.
    Overridden(usize),
    /// `--confidence`: the answer is judged, and the game asks how sure the player is before it
    /// says whether it was right; the next line is read as the level (`Confidence::read`).
    Sure,
    /// `hint`: the cited paragraphs to show; the question is now worth half its points.
    Hint(Hint),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Feedback {
    pub answer: Answer,
    pub score: Score,
}

#[derive(Debug, Clone)]
pub struct Game {
    seed: u64,
    questions: Vec<Question>,
    answers: Vec<Answer>,
    score: Score,
    quit: bool,
    rules: Rules,
    /// The option a `Confirm` asked about, how the text compared with it, and the text.
    pending: Option<(usize, Match, String)>,
    /// `--confidence`: the answer to the current question, judged, waiting for how sure the
    /// player is; it counts once they say.
    unsure: Option<Answer>,
    /// For each question, whether the player asked for a hint (`hint`): it then earns half its
    /// points.
    hinted: Vec<bool>,
    /// The question whose evidence bonus is waiting for an answer (`bonus`).
    bonus_open: Option<usize>,
    /// Each evidence bonus asked: its question's index and whether it was right.
    bonus: Vec<(usize, bool)>,
}

impl Game {
    pub fn new(seed: u64, questions: Vec<Question>, rules: Rules) -> Game {
        let questions_len = questions.len();
        Game {
            seed,
            rules,
            questions,
            answers: Vec::new(),
            score: Score::default(),
            quit: false,
            pending: None,
            unsure: None,
            hinted: vec![false; questions_len],
            bonus_open: None,
            bonus: Vec::new(),
        }
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// The answers given so far, in question order.
    pub fn answers(&self) -> &[Answer] {
        &self.answers
    }

    pub fn score(&self) -> Score {
        self.score
    }

    /// The score so far: points, or with `--confidence` the certainty-based marks.
    pub fn points(&self) -> i32 {
        if self.rules.confidence {
            self.score.marks
        } else {
            self.score.points as i32
        }
    }

    /// The game's result as it stands: the figures the history, `scores` and `--json` show.
    pub fn totals(&self) -> Totals {
        Totals {
            score: self.points(),
            max_score: self.max_score(),
            correct: self.score.correct,
            answered: self.score.answered,
            skipped: self.score.skipped,
            total: self.questions.len() as u32,
        }
    }

    /// Whether the game waits for how sure the player is of the answer just given (`Step::Sure`).
    pub fn is_unsure(&self) -> bool {
        self.unsure.is_some()
    }

    /// The question waiting for an answer, with its index, or `None` when the game is over.
    pub fn current(&self) -> Option<(usize, &Question)> {
        if self.quit {
            return None;
        }
        let i = self.answers.len();
        self.questions.get(i).map(|q| (i, q))
    }

    pub fn is_over(&self) -> bool {
        self.current().is_none()
    }

    /// Ends the game where it stands (the player quit or the input ended). An answer still
    /// waiting for its confidence is withdrawn: that question was not answered.
    pub fn end(&mut self) {
        self.unsure = None;
        self.quit = true;
    }

    pub fn ended_early(&self) -> bool {
        self.answers.len() < self.questions.len()
    }

    pub fn max_score(&self) -> u32 {
        if self.rules.confidence {
            return self.questions.len() as u32 * Confidence::Certain.marks(true) as u32;
        }
        max_points(
            self.questions
                .iter()
                .map(|q| self.rules.best_points(q.difficulty.points())),
            self.rules.streak_bonus,
        )
    }

    pub fn rules(&self) -> Rules {
        self.rules
    }

    /// Takes one line of input for the current question, given `elapsed` milliseconds after it
    /// was shown.
    pub fn respond(&mut self, line: &str, elapsed: u64) -> Step {
        if self.unsure.is_some() {
            return self.confide(line);
        }
        // A bonus not answered is passed by.
        self.bonus_open = None;
        let pending = self.pending.take();
        let Some((_, question)) = self.current() else {
            return Step::Quit;
        };
        if let Some((option, how, given)) = pending {
            match line.trim().to_lowercase().as_str() {
                "y" | "yes" => {
                    let correct = matches!(&question.expected, Expected::Choice { correct, .. } if *correct == option);
                    // What was typed is the answer; the "y" only says which option it meant.
                    let judgement = Judgement {
                        correct,
                        given,
                        read_as: Some(question.options[option].clone()),
                        how: if correct { how } else { Match::NO },
                        typed: true,
                    };
                    return self.record(judgement, elapsed);
                }
                "n" | "no" => {
                    return Step::AskAgain(
                        "then type the letter of your answer, or its text".to_owned(),
                    );
                }
                _ => {}
            }
        }
        let reply = judge(question, line, self.rules);
        match reply {
            Reply::Empty => Step::Empty,
            Reply::AskAgain(hint) => Step::AskAgain(hint),
            Reply::Help => Step::Help,
            Reply::Hint => {
                let i = self.answers.len();
                if let Some(hinted) = self.hinted.get_mut(i) {
                    *hinted = true;
                }
                Step::Hint(hint(&self.questions, i))
            }
            Reply::Confirm { option, how } => {
                self.pending = Some((option, how, line.trim().to_owned()));
                Step::Confirm(option)
            }
            Reply::Override => match self.answers.len().checked_sub(1) {
                Some(last) if self.can_override(last) && self.override_answer(last) => {
                    Step::Overridden(last)
                }
                // At the end of the game, !N counts any missed question; the list says so.
                _ => Step::AskAgain(
                    "! counts a typed answer marked wrong: there is none to count here".to_owned(),
                ),
            },
            Reply::Quit => {
                self.end();
                Step::Quit
            }
            Reply::Skip => self.skip(line, elapsed),
            Reply::Judged(judgement) => self.record(judgement, elapsed),
        }
    }

    /// The time limit ran out, `elapsed` milliseconds after the question was shown, with no
    /// answer: the question is late, and the game goes on to the next.
    pub fn time_up(&mut self, elapsed: u64) -> Step {
        self.pending = None;
        self.unsure = None;
        let judgement = Judgement {
            correct: false,
            given: String::new(),
            read_as: None,
            how: Match::NO,
            typed: false,
        };
        let elapsed = elapsed.max(self.rules.time_limit.map_or(0, |l| l + 1));
        self.record(judgement, elapsed)
    }

    /// The player skipped the current question (typing `line`): it earns nothing, breaks the
    /// streak and is not asked how sure.
    fn skip(&mut self, line: &str, elapsed: u64) -> Step {
        self.score.skip();
        let answer = Answer {
            given: line.trim().to_owned(),
            read_as: None,
            correct: false,
            points: 0,
            skipped: true,
            how: Match::NO,
            elapsed,
            late: false,
            overridden: false,
            typed: false,
            confidence: None,
        };
        self.answers.push(answer.clone());
        Step::Answered(Feedback {
            answer,
            score: self.score,
        })
    }

    /// Records the judged answer to the current question.
    fn record(&mut self, judgement: Judgement, elapsed: u64) -> Step {
        let Some((_, question)) = self.current() else {
            return Step::Quit;
        };
        let worth = self.worth(self.answers.len(), question, elapsed);
        let late = !self.rules.on_time(elapsed);
        let answer = Answer {
            given: judgement.given,
            read_as: judgement.read_as,
            correct: judgement.correct,
            points: 0,
            skipped: false,
            how: judgement.how,
            elapsed,
            late,
            overridden: false,
            typed: judgement.typed,
            confidence: None,
        };
        // A late answer earns nothing however sure the player is: it is not asked.
        if self.rules.confidence && !late {
            self.unsure = Some(answer);
            return Step::Sure;
        }
        self.settle(answer, worth)
    }

    /// Whether the player asked for a hint at the question at `index`.
    pub fn hinted(&self, index: usize) -> bool {
        self.hinted.get(index).copied().unwrap_or(false)
    }

    /// What a right answer to `question` (at `index`) earns, `elapsed` ms after it was shown.
    fn worth(&self, index: usize, question: &Question, elapsed: u64) -> u32 {
        worth_of(self.rules, &self.hinted, index, question, elapsed)
    }

    /// The questions answered wrong, late or skipped, with their answers, in order.
    pub fn missed(&self) -> impl Iterator<Item = (usize, &Question, &Answer)> {
        self.questions
            .iter()
            .zip(&self.answers)
            .enumerate()
            .filter(|(_, (_, a))| a.outcome().is_miss())
            .map(|(i, (q, a))| (i, q, a))
    }
}

/// What a right answer to `question` (at `index`) earns: its points under `rules`, halved (rounded
/// up) after a hint. A late answer earns nothing, hint or not.
fn worth_of(rules: Rules, hinted: &[bool], index: usize, question: &Question, elapsed: u64) -> u32 {
    let worth = rules.points(question.difficulty.points(), elapsed);
    if hinted.get(index).copied().unwrap_or(false) {
        halved(worth)
    } else {
        worth
    }
}

mod bonus;
pub use bonus::Bonus;
