//! Measures `factquiz draft` on a folder of articles with labelled keys (issue #15): every
//! `NAME.txt` with its `NAME.key.json`. Prints precision and recall for each article and for all,
//! and with `-v` every wrong fact and missed key entry.
//!
//! cargo run --release --example draft_quality -- tests/fixtures/articles [-v]

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use factquiz::draft::quality::{Figures, measure, parse_key};
use factquiz::draft::{DraftOptions, draft};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let Some(dir) = args.iter().find(|a| !a.starts_with('-')).map(PathBuf::from) else {
        eprintln!("usage: draft_quality FOLDER [-v]   (FOLDER holds NAME.txt and NAME.key.json)");
        return ExitCode::from(2);
    };
    match run(&dir, verbose) {
        Ok(total) => {
            let pass = total.precision() >= 0.98
                && total.value_recall() >= 0.95
                && total.name_recall() >= 0.80;
            println!(
                "{}",
                if pass {
                    "meets the targets (98% / 95% / 80%)"
                } else {
                    "BELOW the targets (98% / 95% / 80%)"
                }
            );
            ExitCode::from(u8::from(!pass))
        }
        Err(e) => {
            eprintln!("draft_quality: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(dir: &Path, verbose: bool) -> Result<Figures, String> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(format!("{}: no NAME.txt articles", dir.display()));
    }
    let mut total = Figures::default();
    for path in names {
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let key_path = path.with_file_name(format!("{stem}.key.json"));
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let key_text = std::fs::read_to_string(&key_path)
            .map_err(|e| format!("{}: {e}", key_path.display()))?;
        let key = parse_key(&key_text).map_err(|e| format!("{}: {e}", key_path.display()))?;
        let options = DraftOptions {
            id: stem.clone(),
            title: stem.clone(),
            date: None,
            today: "2026-01-01".into(),
            reference: Some(path.display().to_string()),
            max: usize::MAX,
        };
        let drafted = draft(&text, &options).map_err(|e| format!("{}: {e}", path.display()))?;
        let figures = measure(&drafted.file, &key);
        println!(
            "{stem}: {} facts, precision {:.1}% ({}/{}), recall numbers/dates/years/weekdays {:.1}% ({}/{}), main names {:.1}% ({}/{}); {} refused by the validator",
            figures.facts,
            100.0 * figures.precision(),
            figures.right,
            figures.facts,
            100.0 * figures.value_recall(),
            figures.values_drafted,
            figures.values,
            100.0 * figures.name_recall(),
            figures.names_drafted,
            figures.names,
            drafted.refused
        );
        if verbose {
            for line in &figures.wrong {
                println!("  wrong: {line}");
            }
            for line in &figures.missed {
                println!("  missed: {line}");
            }
        }
        total.add(&figures);
    }
    println!(
        "all: {} facts, precision {:.1}%, recall numbers/dates/years/weekdays {:.1}%, main names {:.1}%",
        total.facts,
        100.0 * total.precision(),
        100.0 * total.value_recall(),
        100.0 * total.name_recall()
    );
    Ok(total)
}
