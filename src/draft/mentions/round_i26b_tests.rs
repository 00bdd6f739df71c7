//! Rules of round i26b (#15: read after holdout38; the sentences are our own).

fn texts(text: &str) -> Vec<String> {
    super::tests::found(text)
        .into_iter()
        .map(|m| m.text)
        .collect()
}

#[test]
fn a_word_for_a_former_role_opening_a_sentence_is_no_part_of_a_name() {
    assert_eq!(
        texts("Former Brayfield semi-finalist Dara Quinn said Vidal was ready."),
        ["Brayfield", "Dara Quinn", "Vidal"]
    );
    assert_eq!(
        texts("Defending champion Lena Vidal lost to Acting Mayor Tom Hale’s niece."),
        ["Lena Vidal", "Tom Hale"]
    );
}
