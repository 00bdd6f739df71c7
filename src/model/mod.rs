//! The question-file format as plain data: what the loader parses and every later stage reads.
//! Nothing here reads files or checks meaning; see `loader` and `validate`.

mod answer_type;
mod authored;
mod claim;
mod difficulty;
mod event;
mod fact;
pub mod hedge;
mod question_file;

pub use answer_type::AnswerType;
pub use authored::{Authored, AuthoredKind, parse_truth};
pub use claim::{Claim, Verdict};
pub use difficulty::Difficulty;
pub use event::{Event, EventDate, Source};
pub use fact::{Fact, FactKind, SLOT, Tolerance};
/// Options in a multiple-choice question: the answer and three distractors.
pub const OPTIONS: usize = 4;

pub use question_file::{FORMAT_VERSION, QuestionFile, UNREVIEWED};
