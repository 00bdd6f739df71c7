use super::*;
use crate::engine::{Rules, Step};
use crate::generate::{Generator, claim_question};
use crate::loader::load_bundled;
use crate::model::Verdict;
use crate::question::Kind;

/// A game of the bundled file's claim `claim`, then `after` (fact ids asked as short answers).
fn game(claim: &str, after: &[&str]) -> Game {
    let file = load_bundled().unwrap().remove(0).file;
    let claim = file.claims.iter().find(|c| c.id == claim).unwrap();
    let mut questions = vec![claim_question(&file.event, claim)];
    let generator = Generator::new([&file]);
    let rng = &mut <crate::engine::GameRng as rand::SeedableRng>::seed_from_u64(1);
    for id in after {
        let fact = file.facts.iter().find(|f| f.id == *id).unwrap();
        let q = generator.fact_question(&file.event, fact, Kind::Short, true, rng);
        questions.push(q.unwrap());
    }
    Game::new(1, questions, Rules::default())
}

#[test]
fn a_right_verdict_opens_the_evidence_bonus_and_a_cited_paragraph_earns_it() {
    let mut g = game("claim-still-at-war", &[]);
    assert_eq!(
        g.questions()[0].expected,
        crate::question::Expected::Verdict(Verdict::Supported)
    );
    assert!(matches!(g.respond("s", 0), Step::Answered(_)));
    let offer = g.bonus_offer().expect("a bonus after a right verdict");
    assert_eq!(offer.passages.len(), 14);
    assert_eq!(
        g.bonus_respond("Wonsan"),
        Bonus::AskAgain("answer with the number of one paragraph, 1 to 14, like 3 or ¶3".into())
    );
    assert_eq!(g.bonus_respond("¶11"), Bonus::Judged(true));
    assert_eq!(g.bonus_results(), &[(0, true)]);
    assert!(g.bonus_offer().is_none());
    // The score is the verdict's alone: the bonus is kept apart.
    assert_eq!(g.score().points, 2);
}

#[test]
fn no_bonus_after_a_wrong_verdict_or_when_the_paragraphs_would_give_a_later_answer_away() {
    let mut wrong = game("claim-still-at-war", &[]);
    wrong.respond("r", 0);
    assert!(wrong.bonus_offer().is_none());
    // Pyeongtaek, asked next, stands in the paragraphs.
    let mut later = game("claim-still-at-war", &["base-city"]);
    later.respond("s", 0);
    assert!(later.bonus_offer().is_none());
    // A claim the source does not state has no paragraph to name.
    let mut unstated = game("claim-payment", &[]);
    unstated.respond("n", 0);
    assert!(unstated.bonus_offer().is_none());
    // An Enter passes; a wrong paragraph is no bonus.
    let mut passed = game("claim-still-at-war", &[]);
    passed.respond("s", 0);
    assert_eq!(passed.bonus_respond(""), Bonus::Passed);
    assert!(passed.bonus_results().is_empty());
    let mut missed = game("claim-still-at-war", &[]);
    missed.respond("s", 0);
    assert_eq!(missed.bonus_respond("3"), Bonus::Judged(false));
    assert_eq!(missed.bonus_results(), &[(0, false)]);
}
