//! Builds the bundled question files into the binary: every `questions/*.json`, so a file added
//! there is played by the next `cargo run` with no code change.

use std::fmt::Write as _;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::{env, fs};

fn main() {
    // Read when the script runs, not when it is compiled: a target folder copied from another
    // checkout would otherwise build that checkout's questions into this one.
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("questions");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut names: Vec<String> = fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|name| name.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let mut code = String::from("pub static BUNDLED: &[(&str, &str)] = &[\n");
    for name in &names {
        let path = dir.join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        writeln!(
            code,
            "    ({:?}, include_str!({:?})),",
            format!("questions/{name}"),
            path.display().to_string()
        )
        .expect("writing to a String cannot fail");
    }
    code.push_str("];\n");
    let out = std::path::PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("bundled.rs"), code)
        .expect("cannot write the bundled question list into OUT_DIR");
    let id = build_id(Path::new(&manifest));
    fs::write(
        out.join("build_id.rs"),
        format!("pub const BUILD_ID: u64 = {id:#018x};\n"),
    )
    .expect("cannot write the build id into OUT_DIR");
}

/// A digest of everything the program is built from (the sources, the manifest and the lock
/// file, this script): the bank cache's entries of one build are never read by another.
fn build_id(manifest: &Path) -> u64 {
    let mut files = vec![
        manifest.join("Cargo.toml"),
        manifest.join("Cargo.lock"),
        manifest.join("build.rs"),
    ];
    sources(&manifest.join("src"), &mut files);
    files.sort();
    let mut hasher = std::hash::DefaultHasher::new();
    for path in &files {
        println!("cargo::rerun-if-changed={}", path.display());
        path.strip_prefix(manifest)
            .unwrap_or(path)
            .hash(&mut hasher);
        fs::read(path).unwrap_or_default().hash(&mut hasher);
    }
    env::var("PROFILE").unwrap_or_default().hash(&mut hasher);
    hasher.finish()
}

/// Every file under `dir`.
fn sources(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    println!("cargo::rerun-if-changed={}", dir.display());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, files);
        } else {
            files.push(path);
        }
    }
}
