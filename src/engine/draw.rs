//! Drawing a game: which facts and claims are asked, and as which kinds.

use std::collections::BTreeMap;

use rand::seq::SliceRandom;
use rand::{Rng, RngExt};

use crate::generate::{Generator, authored_question, claim_question};
use crate::model::{Authored, AuthoredKind, Claim, Event, Fact, QuestionFile};
use crate::question::{Kind, Question};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawRequest {
    /// How many questions the player asked for.
    pub count: usize,
    /// The kinds allowed; never empty.
    pub kinds: Vec<Kind>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Draw {
    pub questions: Vec<Question>,
    /// How many facts and claims could have been asked with these options.
    pub available: usize,
}

enum Item<'a> {
    Fact(&'a Event, &'a Fact, Vec<Kind>),
    Claim(&'a Event, &'a Claim),
    Authored(&'a Event, &'a Authored, Kind),
}

/// Draws up to `request.count` questions from distinct facts and claims of `files`, mixing kinds as
/// evenly as the facts allow and putting the true value in about half of the true/false statements.
/// The same files, request and RNG state give the same questions.
pub fn draw<R: Rng + ?Sized>(files: &[&QuestionFile], request: &DrawRequest, rng: &mut R) -> Draw {
    let generator = Generator::new(files.iter().flat_map(|f| &f.facts));
    let mut items: Vec<Item> = Vec::new();
    for file in files {
        for fact in &file.facts {
            let kinds: Vec<Kind> = generator
                .kinds(fact)
                .into_iter()
                .filter(|k| request.kinds.contains(k))
                .collect();
            if !kinds.is_empty() {
                items.push(Item::Fact(&file.event, fact, kinds));
            }
        }
        if request.kinds.contains(&Kind::Verdict) {
            items.extend(file.claims.iter().map(|c| Item::Claim(&file.event, c)));
        }
        for authored in &file.questions {
            let kind = match authored.kind {
                AuthoredKind::Choice => Kind::Choice,
                AuthoredKind::Truefalse => Kind::Truefalse,
            };
            if request.kinds.contains(&kind) {
                items.push(Item::Authored(&file.event, authored, kind));
            }
        }
    }
    let available = items.len();
    items.shuffle(rng);
    let (items, kinds) = pick(items, request, rng);
    let truths = assign_truths(&kinds, rng);
    let questions = items
        .iter()
        .zip(kinds.iter().zip(truths))
        .filter_map(|(item, (kind, truth))| match item {
            Item::Fact(event, fact, _) => generator.fact_question(event, fact, *kind, truth, rng),
            Item::Claim(event, claim) => Some(claim_question(event, claim)),
            Item::Authored(event, authored, _) => authored_question(event, authored, rng),
        })
        .collect();
    Draw {
        questions,
        available,
    }
}

/// Picks up to `request.count` distinct items and a kind for each, so that kinds take turns: the
/// game goes through the requested kinds in blocks, each block in a random order, and each turn
/// takes the next item that can be asked as that kind. When no item is left for a kind, the turn
/// goes to any remaining item, as the kind it has been asked as least.
fn pick<'a, R: Rng + ?Sized>(
    items: Vec<Item<'a>>,
    request: &DrawRequest,
    rng: &mut R,
) -> (Vec<Item<'a>>, Vec<Kind>) {
    let supports = |item: &Item, kind: Kind| match item {
        Item::Claim(..) => kind == Kind::Verdict,
        Item::Fact(_, _, kinds) => kinds.contains(&kind),
        Item::Authored(_, _, own) => *own == kind,
    };
    let mut left: Vec<Option<Item>> = items.into_iter().map(Some).collect();
    let mut picked = Vec::new();
    let mut kinds = Vec::new();
    let mut used: BTreeMap<Kind, usize> = BTreeMap::new();
    let mut block: Vec<Kind> = Vec::new();
    while picked.len() < request.count && left.iter().any(Option::is_some) {
        if block.is_empty() {
            block = request.kinds.clone();
            block.shuffle(rng);
        }
        let wanted = block.pop().unwrap_or(Kind::Verdict);
        let slot = left
            .iter()
            .position(|i| i.as_ref().is_some_and(|i| supports(i, wanted)));
        let (item, kind) = match slot {
            Some(at) => (left[at].take(), wanted),
            None => {
                let at = left.iter().position(Option::is_some).unwrap_or(0);
                let item = left[at].take();
                let kind = match &item {
                    Some(Item::Authored(_, _, own)) => *own,
                    Some(Item::Fact(_, _, offered)) => *offered
                        .iter()
                        .min_by_key(|k| used.get(k).copied().unwrap_or(0))
                        .unwrap_or(&Kind::Short),
                    _ => Kind::Verdict,
                };
                (item, kind)
            }
        };
        if let Some(item) = item {
            *used.entry(kind).or_default() += 1;
            picked.push(item);
            kinds.push(kind);
        }
    }
    (picked, kinds)
}

/// For true/false questions, half carry the true value (the odd one out decided at random).
fn assign_truths<R: Rng + ?Sized>(kinds: &[Kind], rng: &mut R) -> Vec<bool> {
    let count = kinds.iter().filter(|k| **k == Kind::Truefalse).count();
    let mut truths: Vec<bool> = (0..count).map(|i| i < count / 2).collect();
    if count % 2 == 1 {
        truths[count - 1] = rng.random_bool(0.5);
    }
    truths.shuffle(rng);
    let mut truths = truths.into_iter();
    kinds
        .iter()
        .map(|k| *k == Kind::Truefalse && truths.next().unwrap_or(true))
        .collect()
}
