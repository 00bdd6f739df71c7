//! A synthetic question bank of any size, the same for the same size: for the benchmarks and the
//! `gen_bank` example. Not used by the game.

use std::io::{self, Write};

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

use crate::bank::form;
use crate::model::AnswerType;

const SYLLABLES: [&str; 16] = [
    "ka", "so", "won", "pyo", "dae", "gu", "nam", "ri", "sin", "ju", "hae", "chon", "mun", "bo",
    "tae", "yang",
];

/// A made-up name of two to four syllables, capitalised.
fn name(rng: &mut StdRng) -> String {
    let count = rng.random_range(2..=4);
    let mut word: String = (0..count)
        .map(|_| SYLLABLES[rng.random_range(0..SYLLABLES.len())])
        .collect();
    word[..1].make_ascii_uppercase();
    word
}

/// Three names from `make`, different from `answer` and from each other, among which `answer`
/// does not stand out by its form.
fn three(
    rng: &mut StdRng,
    answer_type: AnswerType,
    answer: &str,
    make: impl Fn(&mut StdRng) -> String,
) -> [String; 3] {
    loop {
        let names = [make(rng), make(rng), make(rng)];
        let mut seen = std::collections::HashSet::from([answer.to_lowercase()]);
        if names.iter().all(|n| seen.insert(n.to_lowercase()))
            && form::tell(answer_type, answer, &names).is_none()
        {
            return names;
        }
    }
}

/// Whether `answer` does not stand out among `distractors` by its form (`form::tell`).
fn fair(answer_type: AnswerType, answer: u32, distractors: &[String; 3]) -> bool {
    form::tell(answer_type, &answer.to_string(), distractors).is_none()
}

/// Writes a valid bank of `count` facts and `count / 4` claims, as compact JSON, one fact or claim
/// a line. Every fact has three distractors of its own, as a careful author writes them; answers
/// cycle through numbers, years, places, people and things.
pub fn write_bank(count: usize, out: &mut dyn Write) -> io::Result<()> {
    let mut rng = StdRng::seed_from_u64(count as u64);
    let paragraphs = 1000;
    let event = serde_json::json!({
        "id": format!("synthetic-{count}"),
        // No number in the title: the header would give away a fact whose answer it is.
        "title": "A synthetic bank of facts",
        "date": {"value": "2024-01-01"},
        "summary": "Made-up facts and claims for measuring factquiz at scale.",
        "source": {"kind": "synthetic report", "paragraphs": paragraphs}
    });
    writeln!(out, "{{\"format\":1,\"event\":{event},\"facts\":[")?;
    for i in 0..count {
        let paragraph = 1 + i % paragraphs;
        let (kind, answer, distractors): (&str, String, [String; 3]) = match i % 5 {
            // Numbers and years are drawn again until the answer does not stand out among its
            // distractors by its form alone (the one round number, the one of five digits).
            0 => loop {
                let n = rng.random_range(10..100_000u32);
                let distractors = [n + 1, n + 7, n * 2 + 3].map(|d| d.to_string());
                if fair(AnswerType::Number, n, &distractors) {
                    break ("number", n.to_string(), distractors);
                }
            },
            1 => loop {
                let y = rng.random_range(1800..2024u32);
                let distractors = [y - 1, y + 2, y + 5].map(|d| d.to_string());
                if fair(AnswerType::Year, y, &distractors) {
                    break ("year", y.to_string(), distractors);
                }
            },
            2 => {
                let answer = name(&mut rng);
                let distractors = three(&mut rng, AnswerType::Place, &answer, name);
                ("place", answer, distractors)
            }
            3 => {
                let full = |rng: &mut StdRng| format!("{} {}", name(rng), name(rng));
                let answer = full(&mut rng);
                let distractors = three(&mut rng, AnswerType::Person, &answer, full);
                ("person", answer, distractors)
            }
            _ => {
                let answer = name(&mut rng);
                let distractors = three(&mut rng, AnswerType::Thing, &answer, name);
                ("thing", answer, distractors)
            }
        };
        let fact = serde_json::json!({
            "id": format!("f{i}"),
            "type": kind,
            "answer": answer,
            "statement": format!("Record r{i} of the report gives {{answer}} as its value."),
            "distractors": distractors,
            "paragraphs": [paragraph],
            "explanation": format!("Paragraph {paragraph} states it in record r{i}.")
        });
        let comma = if i + 1 < count { "," } else { "" };
        writeln!(out, "{fact}{comma}")?;
    }
    writeln!(out, "],\"claims\":[")?;
    let claims = count / 4;
    let verdicts = ["supported", "refuted", "not stated"];
    for i in 0..claims {
        let claim = serde_json::json!({
            "id": format!("c{i}"),
            "claim": format!("Record r{} of the report was revised in a later edition.", i * 4),
            "verdict": verdicts[i % 3],
            "paragraphs": [1 + i % paragraphs],
            "explanation": "The report says whether it was revised, in the paragraph cited."
        });
        let comma = if i + 1 < claims { "," } else { "" };
        writeln!(out, "{claim}{comma}")?;
    }
    writeln!(out, "]}}")?;
    out.flush()
}

/// The bank of `count` facts as text.
pub fn bank(count: usize) -> String {
    let mut out = Vec::new();
    write_bank(count, &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("the bank is UTF-8")
}
