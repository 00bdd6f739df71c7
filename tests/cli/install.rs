//! Getting the command into a shell: `factquiz completions SHELL` and `factquiz man`.

use super::factquiz;

/// The subcommands a user can type, as `--help` lists them.
const SUBCOMMANDS: [&str; 6] = ["play", "list", "validate", "scores", "completions", "man"];

fn printed(args: &[&str]) -> String {
    let out = factquiz().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn completion_scripts_name_the_subcommands_and_bash_parses_its_own() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let script = printed(&["completions", shell]);
        for name in SUBCOMMANDS {
            assert!(script.contains(name), "{shell}: no {name}");
        }
        assert!(script.contains("timed"), "{shell}: no options");
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("factquiz.bash");
    std::fs::write(&path, printed(&["completions", "bash"])).unwrap();
    let check = std::process::Command::new("bash")
        .arg("-n")
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    factquiz().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn the_manual_page_is_roff_and_names_the_subcommands() {
    let page = printed(&["man"]);
    assert!(
        page.starts_with(".ie") || page.contains(".TH factquiz"),
        "{page}"
    );
    for name in SUBCOMMANDS {
        assert!(page.contains(name), "no {name}");
    }
    // One page: no command is sent to a page of its own that is not made.
    assert!(!page.contains("(1)\n"), "{page}");
    assert!(page.contains("\nfactquiz validate\n"), "{page}");
    assert!(page.contains("factquiz COMMAND \\-\\-help"), "{page}");
}
