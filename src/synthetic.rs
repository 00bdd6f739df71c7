//! A synthetic question bank of any size, the same for the same size: for the benchmarks and the
//! `gen_bank` example. Not used by the game.

use std::io::{self, Write};

use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};

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

/// Writes a valid bank of `count` facts and `count / 4` claims, as compact JSON, one fact or claim
/// a line. Every fact has three distractors of its own, as a careful author writes them; answers
/// cycle through numbers, years, places, people and things.
pub fn write_bank(count: usize, out: &mut dyn Write) -> io::Result<()> {
    let mut rng = StdRng::seed_from_u64(count as u64);
    let paragraphs = 1000;
    let event = serde_json::json!({
        "id": format!("synthetic-{count}"),
        "title": format!("A synthetic bank of {count} facts"),
        "date": {"value": "2024-01-01"},
        "summary": "Made-up facts and claims for measuring factquiz at scale.",
        "source": {"kind": "synthetic report", "paragraphs": paragraphs}
    });
    writeln!(out, "{{\"format\":1,\"event\":{event},\"facts\":[")?;
    for i in 0..count {
        let paragraph = 1 + i % paragraphs;
        let (kind, answer, distractors): (&str, String, [String; 3]) = match i % 5 {
            0 => {
                let n = rng.random_range(10..100_000u32);
                (
                    "number",
                    n.to_string(),
                    [n + 1, n + 7, n * 2 + 3].map(|d| d.to_string()),
                )
            }
            1 => {
                let y = rng.random_range(1800..2024u32);
                (
                    "year",
                    y.to_string(),
                    [y - 1, y + 2, y + 5].map(|d| d.to_string()),
                )
            }
            2 => (
                "place",
                name(&mut rng),
                [name(&mut rng), name(&mut rng), name(&mut rng)],
            ),
            3 => {
                let full = |rng: &mut StdRng| format!("{} {}", name(rng), name(rng));
                (
                    "person",
                    full(&mut rng),
                    [full(&mut rng), full(&mut rng), full(&mut rng)],
                )
            }
            _ => (
                "thing",
                name(&mut rng),
                [name(&mut rng), name(&mut rng), name(&mut rng)],
            ),
        };
        let mut seen = std::collections::HashSet::from([answer.to_lowercase()]);
        let distractors: Vec<&String> = distractors
            .iter()
            .filter(|d| seen.insert(d.to_lowercase()))
            .collect();
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
