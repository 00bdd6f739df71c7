//! Drawing a game: which facts and claims are asked, and as which kinds.

use std::cell::OnceCell;

use super::GameRng;
use rand::SeedableRng;
use rand::seq::SliceRandom;

use super::leaks::arrange;

mod balance;
mod rank;
use crate::generate::{Generator, authored_question, claim_evidence, claim_question};
use crate::heading::heading;
use crate::model::{Authored, AuthoredKind, Claim, Event, Fact, FactKind, QuestionFile};
use crate::question::{Kind, Question};
use balance::{assign_truths, truths_so_far, verdicts_so_far};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawRequest {
    /// How many questions the player asked for.
    pub count: usize,
    /// The kinds allowed; never empty.
    pub kinds: Vec<Kind>,
    /// Everything random in the game follows from it.
    pub seed: u64,
    pub order: Order,
}

/// Which facts and claims come first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Order {
    /// A random order.
    #[default]
    Shuffled,
    /// This order (practice); items not listed come after, in a random order.
    Ranked(Vec<ItemKey>),
}

/// A fact, claim or hand-written question, by its event's id and its own.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemKey {
    pub event: String,
    pub id: String,
}

/// One question of an earlier game to ask again exactly: the same item, kind and, for true/false,
/// the same truth; the game's seed gives the same options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replay {
    pub key: ItemKey,
    pub kind: Kind,
    pub truth: bool,
}

mod pick;
mod source;
use pick::{pick, pick_in_order};
use source::drawable;

#[derive(Debug, Clone, PartialEq)]
pub struct Draw {
    pub questions: Vec<Question>,
    /// How many facts and claims could have been asked with these options.
    pub available: usize,
}

enum Item<'a> {
    /// The kinds the fact can be asked as are worked out when the draw first looks at it, so that
    /// drawing ten questions from a large bank looks at little more than ten facts (a boxed
    /// slice: an item of a large bank is small).
    Fact(&'a Event, &'a Fact, OnceCell<Box<[Kind]>>),
    Claim(&'a Event, &'a Claim, OnceCell<Box<[Kind]>>),
    Authored(&'a Event, &'a Authored, Kind),
}

impl<'a> Item<'a> {
    fn key(&self) -> ItemKey {
        let (event, id) = self.key_ref();
        ItemKey {
            event: event.to_owned(),
            id: id.to_owned(),
        }
    }

    fn key_ref(&self) -> (&'a str, &'a str) {
        match self {
            Item::Fact(e, f, _) => (&e.id, &f.id),
            Item::Claim(e, c, _) => (&e.id, &c.id),
            Item::Authored(e, a, _) => (&e.id, &a.id),
        }
    }

    /// The kinds, among `wanted`, this item can be asked as.
    fn offered(&self, generator: &Generator, wanted: &[Kind]) -> &[Kind] {
        match self {
            Item::Fact(event, fact, kinds) => kinds.get_or_init(|| {
                let mut kinds = generator.kinds(&event.id, fact);
                if Kind::FROM_SOURCE.iter().any(|k| wanted.contains(k)) {
                    kinds.extend(generator.source_kinds(event, fact));
                }
                kinds.retain(|k| wanted.contains(k));
                kinds.into_boxed_slice()
            }),
            Item::Claim(event, claim, kinds) => kinds.get_or_init(|| {
                let mut kinds = vec![Kind::Verdict];
                if claim_evidence(event, claim).is_some() {
                    kinds.push(Kind::Evidence);
                }
                kinds.retain(|k| wanted.contains(k));
                kinds.into_boxed_slice()
            }),
            Item::Authored(_, _, own) => std::slice::from_ref(own),
        }
    }

    /// Whether the item could ever be asked as `kind`: a fact never as a verdict, a claim only as
    /// one, a hand-written question only as its own kind.
    fn may_offer(&self, kind: Kind) -> bool {
        match self {
            Item::Fact(..) => kind != Kind::Verdict,
            Item::Claim(..) => kind == Kind::Verdict,
            Item::Authored(_, _, own) => kind == *own,
        }
    }

    /// Whether `offered` is not empty. A fact that may be asked as a short answer, when those are
    /// wanted, is askable without a look at the distractors it could borrow.
    fn askable(&self, generator: &Generator, wanted: &[Kind]) -> bool {
        match self {
            Item::Fact(_, fact, kinds)
                if kinds.get().is_none()
                    && wanted.contains(&Kind::Short)
                    && fact.allows(FactKind::Short) =>
            {
                true
            }
            _ => !self.offered(generator, wanted).is_empty(),
        }
    }

    fn question(
        &self,
        generator: &Generator,
        kind: Kind,
        truth: bool,
        seed: u64,
    ) -> Option<Question> {
        let mut rng = question_rng(seed, &self.key(), kind);
        match self {
            Item::Fact(event, fact, _) => {
                generator.fact_question(event, fact, kind, truth, &mut rng)
            }
            Item::Claim(event, claim, _) => match kind {
                Kind::Evidence => claim_evidence(event, claim),
                _ => Some(claim_question(event, claim)),
            },
            Item::Authored(event, authored, _) => authored_question(event, authored, &mut rng),
        }
    }
}

/// The RNG that draws one question's options and distractors: from the game's seed, the item and
/// the kind alone, so that a question can be built again exactly (`rebuild`).
fn question_rng(seed: u64, key: &ItemKey, kind: Kind) -> GameRng {
    // FNV-1a: stable across Rust versions and platforms, unlike the standard hasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = seed
        .to_le_bytes()
        .into_iter()
        .chain(key.event.bytes())
        .chain([0])
        .chain(key.id.bytes())
        .chain([0])
        .chain(kind.name().bytes());
    for byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    GameRng::seed_from_u64(hash)
}

/// Every item of `files` that may be asked as one of `kinds`: every fact (whether it can is
/// found out when it is looked at), the claims when verdicts are wanted, the hand-written
/// questions of the kinds wanted.
fn items<'a>(files: &[&'a QuestionFile], kinds: &[Kind]) -> Vec<Item<'a>> {
    // Room for every fact, claim and hand-written question at once: a large bank's list is not
    // grown (and held twice) a doubling at a time.
    let room = files
        .iter()
        .map(|f| f.facts.len() + f.claims.len() + f.questions.len())
        .sum();
    let mut items: Vec<Item> = Vec::with_capacity(room);
    for file in files {
        for fact in &file.facts {
            items.push(Item::Fact(&file.event, fact, OnceCell::new()));
        }
        if kinds.contains(&Kind::Verdict) || kinds.contains(&Kind::Evidence) {
            let claims = file.claims.iter();
            items.extend(claims.map(|c| Item::Claim(&file.event, c, OnceCell::new())));
        }
        for authored in &file.questions {
            let kind = match authored.kind {
                AuthoredKind::Choice => Kind::Choice,
                AuthoredKind::Truefalse => Kind::Truefalse,
            };
            if kinds.contains(&kind) {
                items.push(Item::Authored(&file.event, authored, kind));
            }
        }
    }
    items
}

/// Draws up to `request.count` questions from distinct facts and claims of `files`, mixing kinds as
/// evenly as the facts allow and putting the true value in about half of the true/false statements.
/// No question is shown after a text that gives its answer away (`leaks::arrange`): the questions
/// are ordered so, and one that no order suits is left out and another drawn in its place.
/// The same files and request give the same questions.
pub fn draw(files: &[&QuestionFile], request: &DrawRequest) -> Draw {
    // The kinds these files can give; the rest of the request is read where it is (a practice
    // game's ranking of a large bank is not copied).
    let wanted = &drawable(files, &request.kinds);
    let rng = &mut GameRng::seed_from_u64(request.seed);
    let generator = Generator::new(files.iter().copied());
    let events: Vec<&Event> = files.iter().map(|f| &f.event).collect();
    // Every loaded event's heading: the header names some of them, so this covers it.
    let header = heading(&events);
    let mut rest = items(files, wanted);
    rest.shuffle(rng);
    if let Order::Ranked(ranking) = &request.order {
        let rank: std::collections::HashMap<(&str, &str), usize, foldhash::fast::RandomState> =
            ranking
                .iter()
                .enumerate()
                .map(|(i, k)| ((k.event.as_str(), k.id.as_str()), i))
                .collect();
        // A stable sort keeps the shuffled order among the items not ranked.
        rest = rank::by_rank(
            rest,
            |item| rank.get(&item.key_ref()).copied(),
            ranking.len(),
        );
    }
    let mut pool = Pool::new(rest);
    let mut questions: Vec<Question> = Vec::new();
    let mut drawn: Vec<Item> = Vec::new();
    loop {
        let want = request.count.saturating_sub(questions.len());
        let (picked, kinds) = match &request.order {
            Order::Shuffled => {
                let verdicts = verdicts_so_far(&questions);
                pick(&mut pool, &generator, (want, verdicts), wanted, rng)
            }
            Order::Ranked(_) => pick_in_order(&mut pool, &generator, want, wanted, rng),
        };
        let run_out = picked.len() < want;
        let truths = assign_truths(&kinds, truths_so_far(&questions), rng);
        questions.extend(picked.iter().zip(kinds.iter().zip(truths)).filter_map(
            |(item, (kind, truth))| item.question(&generator, *kind, truth, request.seed),
        ));
        let (kept, left_out) = arrange(&header, questions);
        questions = kept;
        // A question drawn in an earlier round may be the one left out now.
        drawn.extend(picked);
        let returned = pool.take_back(&drawn, &left_out, &generator, wanted);
        if left_out.is_empty() || (run_out && !returned) || pool.is_empty() {
            break;
        }
    }
    // Every item was looked at only when fewer than asked could be drawn; then the count is exact.
    let available = questions.len();
    Draw {
        questions,
        available,
    }
}

/// Every fact, claim and hand-written question of `files` that can be asked as one of `kinds`.
pub fn keys(files: &[&QuestionFile], kinds: &[Kind]) -> Vec<ItemKey> {
    let generator = Generator::new(files.iter().copied());
    items(files, kinds)
        .iter()
        .filter(|item| item.askable(&generator, kinds))
        .map(Item::key)
        .collect()
}

/// The questions `asked` in an earlier game with `seed`, built again exactly as they were, in that
/// order. One whose fact or claim is no longer in `files` (or can no longer be asked that way) is
/// left out.
pub fn rebuild(files: &[&QuestionFile], seed: u64, asked: &[Replay]) -> Vec<Question> {
    let generator = Generator::new(files.iter().copied());
    let items = items(files, &Kind::ALL);
    asked
        .iter()
        .filter_map(|a| {
            let wanted = (a.key.event.as_str(), a.key.id.as_str());
            let item = items.iter().find(|i| i.key_ref() == wanted)?;
            item.question(&generator, a.kind, a.truth, seed)
        })
        .collect()
}

/// The items not yet drawn, in draw order; the draw takes from it in rounds (a round more when
/// the leak rules leave a question out).
struct Pool<'a> {
    left: Vec<Option<Item<'a>>>,
    /// Items before `first` are all taken or can be asked as none of the kinds wanted.
    first: usize,
}

impl<'a> Pool<'a> {
    fn new(items: Vec<Item<'a>>) -> Self {
        Pool {
            left: items.into_iter().map(Some).collect(),
            first: 0,
        }
    }

    fn is_empty(&self) -> bool {
        self.left[self.first..].iter().all(Option::is_none)
    }

    fn skip_taken(&mut self) {
        while self.first < self.left.len() && self.left[self.first].is_none() {
            self.first += 1;
        }
    }
}
