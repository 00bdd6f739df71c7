//! One game in progress: the drawn questions, where the player is, what they answered, the score.

use super::Rules;
use super::judge::{Reply, judge};
use super::score::{Score, max_points};
use crate::check::Match;
use crate::question::Question;

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
    /// Given after the time limit (`--timed`): no points.
    pub late: bool,
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
}

impl Game {
    pub fn new(seed: u64, questions: Vec<Question>, rules: Rules) -> Game {
        Game {
            seed,
            rules,
            questions,
            answers: Vec::new(),
            score: Score::default(),
            quit: false,
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

    /// Ends the game where it stands (the player quit or the input ended).
    pub fn end(&mut self) {
        self.quit = true;
    }

    pub fn ended_early(&self) -> bool {
        self.answers.len() < self.questions.len()
    }

    pub fn max_score(&self) -> u32 {
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
        let Some((_, question)) = self.current() else {
            return Step::Quit;
        };
        match judge(question, line, self.rules) {
            Reply::Empty => Step::Empty,
            Reply::AskAgain(hint) => Step::AskAgain(hint),
            Reply::Quit => {
                self.end();
                Step::Quit
            }
            Reply::Skip => {
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
                };
                self.answers.push(answer.clone());
                Step::Answered(Feedback {
                    answer,
                    score: self.score,
                })
            }
            Reply::Judged(judgement) => {
                let worth = self.rules.points(question.difficulty.points(), elapsed);
                let points = self
                    .score
                    .record(judgement.correct, worth, self.rules.streak_bonus);
                let answer = Answer {
                    given: judgement.given,
                    read_as: judgement.read_as,
                    correct: judgement.correct,
                    points,
                    skipped: false,
                    how: judgement.how,
                    elapsed,
                    late: !self.rules.on_time(elapsed),
                };
                self.answers.push(answer.clone());
                Step::Answered(Feedback {
                    answer,
                    score: self.score,
                })
            }
        }
    }

    /// The questions answered wrong, with their answers, in order.
    pub fn missed(&self) -> impl Iterator<Item = (usize, &Question, &Answer)> {
        self.questions
            .iter()
            .zip(&self.answers)
            .enumerate()
            .filter(|(_, (_, a))| !a.correct)
            .map(|(i, (q, a))| (i, q, a))
    }
}
