//! The bundled question files a test has checked: their digests. A bundled file whose bytes are one
//! of these is known to have no errors, so a game does not check it again at every start; any other
//! bundled file (one added to `questions/`, or a shipped one edited since) is checked as a file
//! nobody vouches for is, and skipped with its errors when it has any.

use xxhash_rust::xxh3::xxh3_128;

/// The xxh3-128 digests of the shipped bundled files, as `the_vouched_files_are_the_shipped_ones`
/// checks them: every one has no errors and is the digest of a bundled file. Edit a shipped file and
/// that test fails and prints the new digest, to be put here once the file validates.
const VOUCHED: &[u128] = &[0xafa0d0abb34dfeeebe79e9fbc0c3c568];

/// Whether `text` is the text of a bundled file a test has checked.
pub fn vouched(text: &str) -> bool {
    VOUCHED.contains(&xxh3_128(text.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_vouched_files_are_the_shipped_ones() {
        let digests: Vec<(&str, u128)> = super::super::bundled::BUNDLED
            .iter()
            .map(|(name, text)| (*name, xxh3_128(text.as_bytes())))
            .collect();
        for digest in VOUCHED {
            assert!(
                digests.iter().any(|(_, d)| d == digest),
                "{digest:#x} is vouched for but no bundled file has it; the bundled files: {}",
                digests
                    .iter()
                    .map(|(name, d)| format!("{name} {d:#x}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        // The shipped file is vouched for, or every game's start checks it again.
        let korea = digests
            .iter()
            .find(|(name, _)| name.ends_with("korea-war-remains-2018.json"))
            .expect("the shipped file is bundled");
        assert!(
            VOUCHED.contains(&korea.1),
            "put {:#x} in VOUCHED once {} validates",
            korea.1,
            korea.0
        );
    }

    #[test]
    fn a_text_nobody_checked_is_not_vouched_for() {
        let (_, text) = super::super::bundled::BUNDLED[0];
        assert!(vouched(text));
        assert!(!vouched(&format!("{text} ")));
        assert!(!vouched(""));
    }
}
