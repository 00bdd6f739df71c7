//! The one integration-test binary: factquiz run as a program, a module per command.

mod authoring;
mod import;
mod list;
mod play;
mod validate;

use std::path::PathBuf;

use assert_cmd::Command;

/// The factquiz binary with a clean environment for colour, and a data folder that holds nothing,
/// so the tester's own question files never change what a test sees.
pub fn factquiz() -> Command {
    let mut cmd = assert_cmd::cargo::cargo_bin_cmd!("factquiz");
    let empty = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("no-data-dir");
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env("FACTQUIZ_DATA_DIR", empty);
    cmd
}

/// A file under tests/fixtures.
pub fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Runs a scripted game and returns its JSON report, checking it exits 0.
pub fn report(args: &[&str], stdin: &str) -> serde_json::Value {
    let out = factquiz()
        .args(args)
        .arg("--json")
        .write_stdin(stdin)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "exit {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON document: {e}\n{}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}
