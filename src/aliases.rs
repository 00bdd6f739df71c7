//! The answers a player counted as right with `!` (#11), remembered so that the same answer to the
//! same fact counts next time, and listed by `factquiz aliases` for authors to add to their files.
//! Plain data; `store` reads and writes it, the app hands it to the questions of a game.

use serde::{Deserialize, Serialize};

use crate::engine::Game;
use crate::normalize;
use crate::question::{Expected, Kind, Question};

/// The version of the file format this build writes (and the newest it reads).
pub const ALIASES_VERSION: u32 = 1;

/// One answer a player counted as right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlayerAlias {
    pub event: String,
    /// The fact (or hand-written question) it answers.
    pub fact: String,
    /// The fact's own answer, for whoever reads the list.
    pub answer: String,
    /// What the player typed.
    pub alias: String,
    /// When it was counted, UTC, RFC 3339.
    pub time: String,
}

impl PlayerAlias {
    /// Whether `other` is the same answer to the same fact.
    pub fn same(&self, other: &PlayerAlias) -> bool {
        self.event == other.event
            && self.fact == other.fact
            && normalize::key(&self.alias) == normalize::key(&other.alias)
    }
}

/// `aliases.json`: every answer counted as right, oldest first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AliasFile {
    pub version: u32,
    pub aliases: Vec<PlayerAlias>,
}

/// The answers of `game` counted as right at the player's word that are remembered, at `time`:
/// the ones the player typed as text. A letter, true/false or a verdict counted with `!` counts
/// for that game only (it says nothing another game could accept).
pub fn counted(game: &Game, time: &str) -> Vec<PlayerAlias> {
    game.questions()
        .iter()
        .zip(game.answers())
        .filter(|(_, a)| a.overridden && a.typed)
        .map(|(q, a)| PlayerAlias {
            event: q.event_id.clone(),
            fact: q.id.clone(),
            answer: q.answer.clone(),
            alias: a.given.clone(),
            time: time.to_owned(),
        })
        .collect()
}

/// Adds each alias to the accepted answers of its fact's questions: typed, or the right option of
/// a multiple-choice question, unless another option's text reads as it, a slip included (then
/// the text means that option, and the alias would make it fit two).
pub fn accept(questions: &mut [Question], aliases: &[PlayerAlias]) {
    // An altered-detail question's right option is the changed detail, not the fact's answer.
    for question in questions.iter_mut().filter(|q| q.kind != Kind::Altered) {
        let own = aliases
            .iter()
            .filter(|a| a.event == question.event_id && a.fact == question.id)
            .map(|a| a.alias.clone());
        match &mut question.expected {
            Expected::Typed(accepted) => accepted.forms.extend(own),
            Expected::Choice { correct, options } => {
                let others_read = |alias: &str| {
                    options.iter().enumerate().any(|(i, o)| {
                        i != *correct && (o.could_be(alias) || o.judge(alias, false).is_right())
                    })
                };
                let own: Vec<String> = own.filter(|a| !others_read(a)).collect();
                if let Some(option) = options.get_mut(*correct) {
                    option.forms.extend(own);
                }
            }
            Expected::TrueFalse(_) | Expected::Verdict(_) | Expected::Paragraph { .. } => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::Accepted;
    use crate::model::{AnswerType, Difficulty};
    use crate::question::Kind;

    fn alias(fact: &str, typed: &str) -> PlayerAlias {
        PlayerAlias {
            event: "e".into(),
            fact: fact.into(),
            answer: "Pyeongtaek".into(),
            alias: typed.into(),
            time: "2026-01-01T00:00:00Z".into(),
        }
    }

    #[test]
    fn an_alias_is_accepted_for_its_fact_only() {
        let question = |id: &str| Question {
            id: id.into(),
            event_id: "e".into(),
            kind: Kind::Short,
            prompt: "?".into(),
            options: Vec::new(),
            expected: Expected::Typed(Accepted::new(AnswerType::Place, vec!["Pyeongtaek".into()])),
            answer: "Pyeongtaek".into(),
            solution: "Pyeongtaek".into(),
            answer_type: Some(AnswerType::Place),
            difficulty: Difficulty::Easy,
            explanation: String::new(),
            paragraphs: Vec::new(),
            inferred: false,
            answer_forms: Vec::new(),
            passages: Vec::new(),
            cited_text: Vec::new(),
            follow_up: None,
        };
        let mut questions = vec![question("base-city"), question("other")];
        let judge = |q: &Question, line: &str| match &q.expected {
            Expected::Typed(a) => a.judge(line, true).is_right(),
            _ => false,
        };
        assert!(!judge(&questions[0], "Songtan"));
        accept(&mut questions, &[alias("base-city", "Songtan")]);
        assert!(judge(&questions[0], "songtan") && !judge(&questions[1], "Songtan"));
        assert!(alias("base-city", "Songtan").same(&alias("base-city", "SONGTAN.")));
        assert!(!alias("base-city", "Songtan").same(&alias("other", "Songtan")));
    }

    #[test]
    fn an_alias_that_is_another_options_text_is_not_added_to_the_right_option() {
        let options: Vec<Accepted> = ["Pyeongtaek", "Busan", "Incheon", "Daegu"]
            .iter()
            .map(|o| Accepted::new(AnswerType::Place, vec![(*o).to_owned()]))
            .collect();
        let mut questions = vec![Question {
            id: "base-city".into(),
            event_id: "e".into(),
            kind: Kind::Choice,
            prompt: "?".into(),
            options: vec![
                "Pyeongtaek".into(),
                "Busan".into(),
                "Incheon".into(),
                "Daegu".into(),
            ],
            expected: Expected::Choice {
                correct: 0,
                options,
            },
            answer: "Pyeongtaek".into(),
            solution: "Pyeongtaek".into(),
            answer_type: Some(AnswerType::Place),
            difficulty: Difficulty::Easy,
            explanation: String::new(),
            paragraphs: Vec::new(),
            inferred: false,
            answer_forms: Vec::new(),
            passages: Vec::new(),
            cited_text: Vec::new(),
            follow_up: None,
        }];
        accept(
            &mut questions,
            &[alias("base-city", "Busan"), alias("base-city", "Songtan")],
        );
        let Expected::Choice { options, .. } = &questions[0].expected else {
            panic!()
        };
        assert_eq!(options[0].forms, ["Pyeongtaek", "Songtan"]);
    }
}
