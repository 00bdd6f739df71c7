//! Drafting never panics and never writes an invalid file, whatever the text (issue #15): empty,
//! one word, a megabyte, bytes that look binary, one long line, nothing but quotation marks, and
//! arbitrary text of every shape in between.

use proptest::prelude::*;

use super::*;

fn options() -> DraftOptions {
    DraftOptions {
        id: "prop".into(),
        title: "Prop".into(),
        date: None,
        reference: None,
        max: DEFAULT_MAX,
    }
}

/// A draft of `text` is a file the validator passes, or one of the two clear errors.
fn holds(text: &str) -> Result<(), TestCaseError> {
    match draft(text, &options()) {
        Ok(drafted) => {
            let loaded = Loaded {
                origin: Origin::File("prop".into()),
                text: String::new(),
                file: drafted.file,
                digest: None,
                checked: false,
            };
            let problems = validate(std::slice::from_ref(&loaded));
            let errors: Vec<String> = problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .map(ToString::to_string)
                .collect();
            prop_assert!(errors.is_empty(), "{errors:#?}");
            prop_assert!(!loaded.file.facts.is_empty() || !loaded.file.claims.is_empty());
            prop_assert_eq!(
                drafted.refused,
                0,
                "the rules let through what the validator refused"
            );
            // The file is JSON a loader reads back as it was.
            let json = serde_json::to_string(&loaded.file)
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let back = crate::loader::parse(Origin::File("prop".into()), json)
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(back.file, loaded.file);
        }
        Err(e) => prop_assert!(!e.to_string().is_empty()),
    }
    Ok(())
}

/// Words, numbers, names and marks of news text, so that random text reaches every rule.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[A-Z][a-z]{1,9}",
        "[a-z]{1,9}",
        "[0-9]{1,5}",
        "[0-9]{1,3},[0-9]{3}",
        "[0-9]{1,2}\\.[0-9]",
        "(Dr|Mr|Gov|St|Sen|Inc|Co|U\\.S|Jan|Aug)\\.",
        "(January|July|Friday|Monday|percent|million|about|said|in|of|the|and|to|between|one|two|third|a|dozen|who)",
        "[A-Z]{2,5}",
        "[.,;:!?()“”\"'’‘$£%&–—-]",
        "(\\{answer\\}|\\{|\\})",
        " ",
        " ",
        "\n",
        "\n\n",
    ];
    prop::collection::vec(piece, 0..120).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_text_drafts_to_a_valid_file_or_a_clear_error(text in any::<String>()) {
        holds(&text)?;
    }

    #[test]
    fn news_like_text_drafts_to_a_valid_file_or_a_clear_error(text in newsy()) {
        holds(&text)?;
    }
}

#[test]
fn extreme_texts() {
    let article = include_str!("../../tests/fixtures/articles/dev/bridge-opening.txt");
    let mut megabyte = String::new();
    while megabyte.len() < 1 << 20 {
        megabyte.push_str(article);
        megabyte.push('\n');
    }
    let binary: String = (0u8..=255).cycle().take(4096).map(char::from).collect();
    let lossy =
        String::from_utf8_lossy(&(0u8..=255).cycle().take(4096).collect::<Vec<u8>>()).into_owned();
    for text in [
        String::new(),
        "word".to_owned(),
        megabyte.clone(),
        megabyte.replace('\n', " "),
        binary,
        lossy,
        "“”\"\"‘’'“".repeat(5000),
        "1".repeat(100_000),
        "A".repeat(100_000),
        format!("{}.", "In 1999 Dr. Smith said ".repeat(4000)),
    ] {
        holds(&text)
            .unwrap_or_else(|e| panic!("{e}: {}", text.chars().take(80).collect::<String>()));
    }
}
