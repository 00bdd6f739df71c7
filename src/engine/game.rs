//! One game in progress: the drawn questions, where the player is, what they answered, the score.

use super::Rules;
use super::confidence::Confidence;
use super::judge::{Judgement, Reply, judge};
use super::outcome::Outcome;
use super::score::{Score, max_points};
use super::totals::Totals;
use crate::check::Match;
use crate::question::{Expected, Question};

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
            pending: None,
            unsure: None,
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

    /// Records the judged answer to the current question.
    fn record(&mut self, judgement: Judgement, elapsed: u64) -> Step {
        let Some((_, question)) = self.current() else {
            return Step::Quit;
        };
        let worth = self.rules.points(question.difficulty.points(), elapsed);
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

    /// Takes the line that says how sure the player is of the answer waiting (`Step::Sure`):
    /// a level settles it; `q` ends the game, the answer withdrawn; anything else asks again.
    fn confide(&mut self, line: &str) -> Step {
        let trimmed = line.trim().to_lowercase();
        if trimmed.is_empty() {
            return Step::Empty;
        }
        if matches!(trimmed.as_str(), "q" | "quit" | "exit") {
            self.end();
            return Step::Quit;
        }
        let Some(level) = Confidence::read(&trimmed) else {
            return Step::AskAgain("type 1 (a guess), 2 (fairly sure) or 3 (certain)".to_owned());
        };
        let Some(mut answer) = self.unsure.take() else {
            return Step::Empty;
        };
        answer.confidence = Some(level);
        let worth = self.current().map_or(0, |(_, q)| {
            self.rules.points(q.difficulty.points(), answer.elapsed)
        });
        self.settle(answer, worth)
    }

    /// Counts `answer` to the current question, worth `worth` points when right (before any
    /// streak bonus), and its marks when it has a confidence.
    fn settle(&mut self, mut answer: Answer, worth: u32) -> Step {
        let right = answer.outcome().is_right();
        answer.points = self.score.record(
            answer.correct && !answer.late,
            worth,
            self.rules.streak_bonus,
        );
        if let Some(level) = answer.confidence {
            self.score.marks += level.marks(right);
        }
        self.answers.push(answer.clone());
        Step::Answered(Feedback {
            answer,
            score: self.score,
        })
    }

    /// Whether `!` at the next prompt may count the answer at `index` as right: text the player
    /// typed (a short answer, or an option's text), judged wrong, not already counted.
    pub fn can_override(&self, index: usize) -> bool {
        self.can_count(index) && self.answers[index].typed
    }

    /// Whether `!N` at the end of the game may count the answer at `index` as right: any question
    /// answered and judged wrong (not skipped, not already counted).
    pub fn can_count(&self, index: usize) -> bool {
        self.answers
            .get(index)
            .is_some_and(|a| a.outcome() == Outcome::Wrong && !a.overridden)
    }

    /// The answers that `!N` may still count as right at the end, with their questions, in order.
    pub fn overridable(&self) -> impl Iterator<Item = (usize, &Question, &Answer)> {
        self.questions
            .iter()
            .zip(&self.answers)
            .enumerate()
            .filter(|(i, _)| self.can_count(*i))
            .map(|(i, (q, a))| (i, q, a))
    }

    /// Counts the answer at `index` as right (`!`): its points are earned and the score worked
    /// out again in order, streaks included. `false` when it cannot be (`can_count`).
    pub fn override_answer(&mut self, index: usize) -> bool {
        if !self.can_count(index) {
            return false;
        }
        let answer = &mut self.answers[index];
        answer.correct = true;
        answer.overridden = true;
        self.rescore();
        true
    }

    /// The score and each answer's points worked out again from the answers, in order.
    fn rescore(&mut self) {
        let mut score = Score::default();
        for (question, answer) in self.questions.iter().zip(&mut self.answers) {
            if answer.skipped {
                score.skip();
                continue;
            }
            let worth = self
                .rules
                .points(question.difficulty.points(), answer.elapsed);
            let right = answer.outcome().is_right();
            answer.points = score.record(right, worth, self.rules.streak_bonus);
            if let Some(level) = answer.confidence {
                score.marks += level.marks(right);
            }
        }
        self.score = score;
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
