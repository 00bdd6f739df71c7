//! Measures `factquiz draft` on a set of articles with labelled keys (issue #15): every
//! `NAME.txt` with its `NAME.key.json` in a folder, or in each folder of a folder of sets. Prints
//! precision and recall for each article and each set, and with `-v` every wrong fact and missed
//! key entry; exits 1 when any set is below the targets.
//!
//! cargo run --release --example draft_quality -- tests/fixtures/articles [-v]
//! cargo run --release --example draft_quality -- tests/fixtures/articles/holdout1 -v
//!
//! `--max N` measures the ranked draft of N items, what a player gets (`factquiz draft`'s default
//! is 30), instead of every candidate: its precision is what a game shows; its recall is of N.
//!
//! Given an article (`NAME.txt`) instead, it lists every fact drafting finds in it, before
//! ranking: the way to read a draft of an article that has no key.
//!
//! cargo run --release --example draft_quality -- my-article.txt

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use factquiz::draft::quality::{Figures, measure, parse_key};
use factquiz::draft::{DraftOptions, draft};

/// `println!`, but a reader that closes the pipe (`| head`) ends the run quietly, no panic.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let max_at = args.iter().position(|a| a == "--max");
    let max = match max_at {
        Some(i) => match args.get(i + 1).and_then(|n| n.parse::<usize>().ok()) {
            Some(n) if n > 0 => n,
            _ => {
                eprintln!("draft_quality: --max takes a number of items, 1 or more");
                return ExitCode::from(2);
            }
        },
        None => usize::MAX,
    };
    // The folder: the first argument that is no flag and not the number after --max.
    let Some(dir) = args
        .iter()
        .enumerate()
        .find(|&(i, a)| !a.starts_with('-') && max_at.is_none_or(|m| i != m + 1))
        .map(|(_, a)| PathBuf::from(a))
    else {
        eprintln!(
            "usage: draft_quality FOLDER [-v]   (FOLDER holds NAME.txt and NAME.key.json, or folders of them)\n       draft_quality ARTICLE.txt      (every fact drafted from it)"
        );
        return ExitCode::from(2);
    };
    if dir.is_file() {
        return match list(&dir, max) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("draft_quality: {e}");
                ExitCode::from(2)
            }
        };
    }
    let sets = match sets(&dir) {
        Ok(sets) => sets,
        Err(e) => {
            eprintln!("draft_quality: {e}");
            return ExitCode::from(2);
        }
    };
    let mut pass = true;
    for (name, articles) in &sets {
        let total = match run(articles, verbose, max) {
            Ok(total) => total,
            Err(e) => {
                eprintln!("draft_quality: {e}");
                return ExitCode::from(2);
            }
        };
        let meets = total.precision() >= 0.98
            && total.value_recall() >= 0.95
            && total.name_recall() >= 0.80;
        say!(
            "{name}: {} facts, precision {:.1}%, recall numbers/dates/years/weekdays {:.1}%, main names {:.1}%{}: {}",
            total.facts,
            100.0 * total.precision(),
            100.0 * total.value_recall(),
            100.0 * total.name_recall(),
            months_left_out(&total),
            if meets {
                "meets the targets (98% / 95% / 80%)"
            } else {
                "BELOW the targets (98% / 95% / 80%)"
            }
        );
        pass &= meets;
    }
    ExitCode::from(u8::from(!pass))
}

/// How many key dates written "--MM" (a month named alone, which the conventions no longer key)
/// the measure left out of recall, when there are any.
fn months_left_out(figures: &Figures) -> String {
    match figures.months_left_out {
        0 => String::new(),
        n => format!(" ({n} month-only key dates left out of recall)"),
    }
}

/// Every fact drafted from the article at `path`, one a line: paragraph, kind, answer, unit and
/// statement.
fn list(path: &Path, max: usize) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let drafted =
        draft(&text, &options(path, max)).map_err(|e| format!("{}: {e}", path.display()))?;
    for fact in &drafted.file.facts {
        let kind = fact.tags.get(1).map_or("", String::as_str);
        say!(
            "¶{:?} {kind} {:?} {}| {}",
            fact.paragraphs,
            fact.answer,
            fact.unit
                .as_deref()
                .map_or(String::new(), |u| format!("({u}) ")),
            fact.statement
        );
    }
    Ok(())
}

/// Drafting with every candidate kept (`max` unbounded): recall is of what drafting finds, before
/// ranking keeps the best.
fn options(path: &Path, max: usize) -> DraftOptions {
    let stem = path
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    DraftOptions {
        // A neutral title, as tests/cli/draft.rs measures: a draft leaves out a fact whose
        // answer the title shows, and the file's name names the article's subject.
        id: stem,
        title: "Measured".into(),
        date: None,
        reference: Some(path.display().to_string()),
        max,
    }
}

/// The `NAME.txt` articles in `dir`, sorted.
fn articles_in(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    Ok(names)
}

/// The sets to measure, by name: `dir` itself if it holds articles, else each folder in it that
/// does.
fn sets(dir: &Path) -> Result<Vec<(String, Vec<PathBuf>)>, String> {
    let here = articles_in(dir)?;
    if !here.is_empty() {
        return Ok(vec![(dir.display().to_string(), here)]);
    }
    let mut folders: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    let mut sets = Vec::new();
    for folder in folders {
        let articles = articles_in(&folder)?;
        if !articles.is_empty() {
            let name = folder.file_name().unwrap_or_default().to_string_lossy();
            sets.push((name.into_owned(), articles));
        }
    }
    if sets.is_empty() {
        return Err(format!(
            "{}: no NAME.txt articles, here or in its folders",
            dir.display()
        ));
    }
    Ok(sets)
}

fn run(names: &[PathBuf], verbose: bool, max: usize) -> Result<Figures, String> {
    let mut total = Figures::default();
    for path in names {
        let stem = path
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let key_path = path.with_file_name(format!("{stem}.key.json"));
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let key_text = std::fs::read_to_string(&key_path)
            .map_err(|e| format!("{}: {e}", key_path.display()))?;
        let key = parse_key(&key_text).map_err(|e| format!("{}: {e}", key_path.display()))?;
        let drafted =
            draft(&text, &options(path, max)).map_err(|e| format!("{}: {e}", path.display()))?;
        let figures = measure(&drafted.file, &key);
        say!(
            "{stem}: {} facts, precision {:.1}% ({}/{}), recall numbers/dates/years/weekdays {:.1}% ({}/{}), main names {:.1}% ({}/{}); {} refused by the validator{}",
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
            drafted.refused,
            months_left_out(&figures)
        );
        if verbose {
            for line in &figures.wrong {
                say!("  wrong: {line}");
            }
            for line in &figures.missed {
                say!("  missed: {line}");
            }
        }
        total.add(&figures);
    }
    Ok(total)
}
