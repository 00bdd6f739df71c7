//! Rules of round i26b (#15: read after holdout38; the sentences are our own).

use super::tests::plain_texts as texts;

#[test]
fn a_word_for_a_former_role_opening_a_sentence_is_no_part_of_a_name() {
    assert_eq!(
        texts("Former Brayfield semi-finalist Dara Quinn said Vidal was ready."),
        ["Brayfield", "Dara Quinn", "Vidal"]
    );
    // A body's name may begin with one (second reader of i26b, 9).
    assert_eq!(
        texts("Retired Teachers Association members met in Leeds on Monday."),
        ["Retired Teachers Association", "Leeds"]
    );
    assert_eq!(
        texts("Defending champion Lena Vidal lost to Acting Mayor Tom Hale’s niece."),
        ["Lena Vidal", "Tom Hale"]
    );
}

#[test]
fn a_title_and_a_name_before_of_and_a_body_are_a_person_of_that_body() {
    assert_eq!(
        texts(
            "Residents were told to leave, said Capt. Ruth Salcedo of the Marin County Sheriff’s Office."
        ),
        ["Residents", "Ruth Salcedo", "Marin County Sheriff’s Office"]
    );
    // A title after a body's name still introduces the person.
    assert_eq!(
        texts("Museum of the Dunes Executive Director Ana Holt said 300 came."),
        ["Museum of the Dunes", "Ana Holt"]
    );
    // With no title and name before "of", the body's word ends the name (second reader of
    // i26b, 1).
    assert_eq!(
        texts("The boy was taken to Prince of Wales Hospital in Sydney."),
        ["Prince of Wales Hospital", "Sydney"]
    );
    assert_eq!(
        texts("She was born at Queen of Angels Hospital in Hollywood."),
        ["Queen of Angels Hospital", "Hollywood"]
    );
    // With no "of", a body's word ends a name a title opens.
    assert_eq!(
        texts("She was taken to Queen Elizabeth Hospital."),
        ["Queen Elizabeth Hospital"]
    );
}

#[test]
fn a_place_s_department_of_something_is_the_place_and_the_department() {
    assert_eq!(
        texts(
            "Le Van Long, director of Binh Dinh’s Department of Agriculture and Environment, spoke."
        ),
        [
            "Le Van Long",
            "Binh Dinh",
            "Department of Agriculture and Environment"
        ]
    );
}

#[test]
fn second_reader_of_i26c_mentions() {
    // Findings 2, 3 and 8 of the second reader of round i26c.
    let got = texts("Former World Bank president David Malpass said growth would slow.");
    assert!(got.contains(&"World Bank".to_owned()), "{got:?}");
    let got = texts("Tom Hale, Chief Executive of Leeds City Council, said the bins would go.");
    assert!(got.contains(&"Leeds City Council".to_owned()), "{got:?}");
    let got = texts("New York’s Museum of Modern Art reopened on Monday.");
    assert!(got.contains(&"Museum of Modern Art".to_owned()), "{got:?}");
}
