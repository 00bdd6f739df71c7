//! `factquiz play`: what to ask (a pure plan from the files, the history, the options and the
//! seed), then the game over the input and output the caller hands in, then saving it.

use std::io::{self, Write};

use rand::SeedableRng;

use crate::aliases;
use crate::aliases::PlayerAlias;
use crate::config::PlayConfig;
use crate::engine::{DrawRequest, Game, GameRng, Order, Rules, draw, keys, rebuild};
use crate::error::Error;
use crate::front::{self, Header, Input, Report, Style};
use crate::loader::Loaded;
use crate::model::QuestionFile;
use crate::practice::{self, Cards, Retry};
use crate::question::Question;
use crate::record::{Ending, Mode, Options, Record};

/// What a game will ask, decided before it starts.
#[derive(Debug, Clone, PartialEq)]
pub enum Plan {
    Ask {
        questions: Vec<Question>,
        /// How many could be drawn with these options (more than asked, or all there were).
        available: usize,
        /// The seed the questions come from (a retry's is the missed game's).
        seed: u64,
        /// Missed questions of the game retried that the loaded files no longer have.
        gone: usize,
    },
    /// `--retry` with no earlier game that had an answer.
    NoGame,
    /// `--retry` after a game without a miss, ended at this time.
    NoMisses(String),
}

/// What to ask: drawn with `seed` for a plain game; for practice, ranked by the schedule the
/// history `past` (oldest first) gives; for a retry, the last game's misses, as they were.
pub fn plan(files: &[&QuestionFile], past: &[Record], config: &PlayConfig, seed: u64) -> Plan {
    plan_with(files, past, None, config, seed)
}

/// `plan`, with practice's schedule (the cards and the number of games) already worked out from
/// the history when `known` (issue #16: from a summary of its first games and the games since);
/// `past` is then used only for a retry.
pub fn plan_with(
    files: &[&QuestionFile],
    past: &[Record],
    known: Option<(&Cards, usize)>,
    config: &PlayConfig,
    seed: u64,
) -> Plan {
    let mut request = DrawRequest {
        count: config.count,
        kinds: config.kinds.clone(),
        seed,
        order: Order::Shuffled,
    };
    match config.mode {
        Mode::Play => {}
        Mode::Practice => {
            let worked_out;
            let (cards, games) = match known {
                Some(known) => known,
                None => {
                    worked_out = practice::schedule(past);
                    (&worked_out, past.len())
                }
            };
            let items = keys(files, &config.kinds);
            let mut rng = GameRng::seed_from_u64(seed);
            let ranking = practice::ranked(items, cards, games, &mut rng);
            request.order = Order::Ranked(ranking);
        }
        Mode::Retry => {
            return match practice::retry(past) {
                Retry::NoGame => Plan::NoGame,
                Retry::NoMisses(last) => Plan::NoMisses(last.time.clone()),
                Retry::Questions { seed, asked } => {
                    let questions = rebuild(files, seed, &asked);
                    Plan::Ask {
                        available: questions.len(),
                        gone: asked.len() - questions.len(),
                        questions,
                        seed,
                    }
                }
            };
        }
    }
    let drawn = draw(files, &request);
    Plan::Ask {
        questions: drawn.questions,
        available: drawn.available,
        seed,
        gone: 0,
    }
}

/// Where a game is played: the text of the game (stdout, or stderr with `--json`), the report's
/// output, and the player's input.
pub struct Screen<'a> {
    pub text: &'a mut dyn Write,
    /// With `--json`, where the report goes (stdout, the game going to stderr).
    pub report: Option<&'a mut dyn Write>,
    pub input: &'a mut dyn Input,
    pub style: Style,
}

/// A game about to be played: the questions and what the header says of them.
pub struct Ready {
    pub game: Game,
    pub header: Header,
}

/// The game of `questions` (the answers the player counted as right before accepted again),
/// with its header; `Error::NoQuestions` when there is nothing to ask.
pub fn ready(
    files: &[Loaded],
    config: &PlayConfig,
    mut questions: Vec<Question>,
    (available, seed): (usize, u64),
    counted: &[PlayerAlias],
) -> Result<Ready, Error> {
    aliases::accept(&mut questions, counted);
    if questions.is_empty() {
        let kinds: Vec<&str> = config.kinds.iter().map(|k| k.name()).collect();
        // Evidence and altered-detail questions show the source's paragraphs: only a file that
        // carries them (`source.text` or `source.digest`) has any.
        let shown = config.kinds.iter().all(|k| {
            matches!(
                k,
                crate::question::Kind::Evidence | crate::question::Kind::Altered
            )
        });
        return Err(Error::NoQuestions(format!(
            "no questions of the kinds asked for ({}) in the loaded question files{}",
            kinds.join(", "),
            if shown {
                " (these show the source's paragraphs: only a file with source.text or source.digest has them)"
            } else {
                ""
            }
        )));
    }
    // The events the drawn questions come from (a retry may touch only one of those loaded).
    let events: Vec<&crate::model::Event> = files
        .iter()
        .map(|l| &l.file.event)
        .filter(|e| questions.iter().any(|q| q.event_id == e.id))
        .collect();
    let header = Header {
        title: crate::heading::heading(&events),
        asked: if config.mode == Mode::Retry {
            questions.len()
        } else {
            config.count
        },
        available,
        mode: config.mode,
    };
    let rules = Rules {
        strict: config.strict,
        streak_bonus: config.streak_bonus,
        time_limit: config.timed.map(|d| d.as_millis() as u64),
        confidence: config.confidence,
    };
    Ok(Ready {
        game: Game::new(seed, questions, rules),
        header,
    })
}

/// The arguments that named a game's questions, to replay it with: `--questions FILE` for each
/// file given, or `--article FILE`.
fn sources(config: &PlayConfig) -> Vec<String> {
    let mut arguments = Vec::new();
    if let Some(article) = &config.article {
        arguments.push("--article".to_owned());
        arguments.push(article.display().to_string());
    }
    for file in &config.questions {
        arguments.push("--questions".to_owned());
        arguments.push(file.display().to_string());
    }
    arguments
}

/// Plays `ready` on `screen`, prints the summary (and with `--json` the report), and returns the
/// game's record, ended at `time`; `past` gives the best score to beat.
pub fn run(
    ready: Ready,
    config: &PlayConfig,
    past: &[Record],
    time: String,
    screen: Screen<'_>,
) -> io::Result<(Game, Record)> {
    let Ready { mut game, header } = ready;
    let ending = front::play(&mut game, &header, screen.style, screen.input, screen.text)?;
    let options = Options {
        count: config.count as u32,
        kinds: config.kinds.clone(),
        strict: config.strict,
        streak_bonus: config.streak_bonus,
        timed: config.timed.map(|d| d.as_secs_f64()),
        events: config.events.clone(),
        confidence: config.confidence,
    };
    let record = Record::of(&game, config.mode, options, ending, time);
    let previous_best = match config.mode {
        Mode::Play => record.previous_best(past),
        _ => None,
    };
    front::summary(
        screen.text,
        screen.style,
        &game,
        &record,
        previous_best,
        &sources(config),
    )?;
    screen.text.flush()?;
    if let Some(out) = screen.report {
        let mut report = Report::of(&game);
        report.new_best = previous_best.is_some_and(|best| record.totals.score > best);
        front::write_json(out, &report)?;
        out.flush()?;
    }
    Ok((game, record))
}

/// The exit status of a game that ended so: 130 after Ctrl-C, else 0.
pub fn status(ending: Ending) -> u8 {
    if ending == Ending::Interrupted {
        130
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::loader::load_bundled;
    use crate::question::{Expected, Kind};

    fn config(mode: Mode, count: usize) -> PlayConfig {
        PlayConfig {
            count,
            seed: None,
            questions: Vec::new(),
            article: None,
            events: Vec::new(),
            kinds: Kind::ALL.to_vec(),
            strict: false,
            mode,
            timed: None,
            streak_bonus: true,
            confidence: false,
            save: true,
            json: false,
        }
    }

    fn asked(plan: &Plan) -> Vec<String> {
        match plan {
            Plan::Ask { questions, .. } => questions.iter().map(|q| q.id.clone()).collect(),
            other => panic!("nothing to ask: {other:?}"),
        }
    }

    /// The record of a game of `questions` with the first answered wrong and the rest right.
    fn played(questions: Vec<Question>, seed: u64) -> Record {
        let mut game = Game::new(seed, questions, Rules::default());
        // A wrong answer of the first question's kind.
        let wrong = match game.current().map(|(_, q)| &q.expected) {
            Some(Expected::Verdict(v)) => {
                if v.name() == "supported" { "r" } else { "s" }.to_owned()
            }
            Some(Expected::TrueFalse(truth)) => if *truth { "f" } else { "t" }.to_owned(),
            Some(Expected::Paragraph { cited, count }) => (1..=*count)
                .find(|p| !cited.contains(p))
                .map_or("1".to_owned(), |p| p.to_string()),
            Some(Expected::Choice { correct, options }) => {
                char::from(b'a' + ((correct + 1) % options.len()) as u8).to_string()
            }
            _ => "certainly not this".to_owned(),
        };
        game.respond(&wrong, 0);
        while let Some((_, q)) = game.current() {
            let answer = q.answer.clone();
            game.respond(&answer, 0);
        }
        let options = Options {
            count: 4,
            kinds: Kind::ALL.to_vec(),
            strict: false,
            streak_bonus: true,
            timed: None,
            events: Vec::new(),
            confidence: false,
        };
        Record::of(
            &game,
            Mode::Play,
            options,
            Ending::Finished,
            "2026-11-25T10:00:00Z".into(),
        )
    }

    #[test]
    fn a_plan_is_the_same_for_the_same_files_history_options_and_seed() {
        let loaded = load_bundled().unwrap();
        let files: Vec<&QuestionFile> = loaded.iter().map(|l| &l.file).collect();
        let plain = plan(&files, &[], &config(Mode::Play, 4), 9);
        assert_eq!(plain, plan(&files, &[], &config(Mode::Play, 4), 9));
        assert_eq!(asked(&plain).len(), 4);
        assert_ne!(
            asked(&plain),
            asked(&plan(&files, &[], &config(Mode::Play, 4), 10))
        );
        // Retry: nothing before any game; then exactly the one missed, from its game's seed.
        assert_eq!(plan(&files, &[], &config(Mode::Retry, 4), 1), Plan::NoGame);
        let Plan::Ask { questions, .. } = plain else {
            unreachable!()
        };
        let first = questions[0].id.clone();
        let past = [played(questions, 9)];
        let retry = plan(&files, &past, &config(Mode::Retry, 10), 1);
        assert_eq!(asked(&retry), std::slice::from_ref(&first));
        assert!(matches!(
            retry,
            Plan::Ask {
                seed: 9,
                gone: 0,
                ..
            }
        ));
        // Practice: what was missed comes first.
        let practice = plan(&files, &past, &config(Mode::Practice, 3), 5);
        assert_eq!(asked(&practice)[0], first);
    }

    #[test]
    fn a_retry_after_a_game_without_a_miss_has_nothing_to_ask() {
        let loaded = load_bundled().unwrap();
        let files: Vec<&QuestionFile> = loaded.iter().map(|l| &l.file).collect();
        let Plan::Ask { questions, .. } = plan(&files, &[], &config(Mode::Play, 1), 3) else {
            panic!()
        };
        let mut game = Game::new(3, questions, Rules::default());
        let answer = game.current().unwrap().1.answer.clone();
        game.respond(&answer, 0);
        let options = played(Vec::new(), 3).options;
        let time = "2026-11-26T10:00:00Z";
        let record = Record::of(&game, Mode::Play, options, Ending::Finished, time.into());
        assert_eq!(
            plan(&files, &[record], &config(Mode::Retry, 10), 1),
            Plan::NoMisses("2026-11-26T10:00:00Z".into())
        );
    }
}
