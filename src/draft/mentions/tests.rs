use super::*;

/// The mentions of a one-paragraph text, with nothing taken before.
pub(super) fn found(text: &str) -> Vec<Mention> {
    let paragraphs = [Paragraph::new(0, text)];
    let p = &paragraphs[0];
    let taken = vec![false; p.tokens.len()];
    let vocabulary = vocabulary(&paragraphs);
    mentions(p, &taken, &vocabulary)
}

/// The text of every mention of `text`, as written.
pub(super) fn plain_texts(text: &str) -> Vec<String> {
    found(text).into_iter().map(|m| m.text).collect()
}

fn texts(text: &str) -> Vec<String> {
    found(text)
        .into_iter()
        .map(|m| {
            let mut shown = m.text.clone();
            if m.titled {
                shown = format!("person:{shown}");
            }
            if let Some(i) = &m.initials {
                shown.push_str(&format!(" ({i})"));
            }
            shown
        })
        .collect()
}

#[test]
fn names_titles_and_initials() {
    assert_eq!(
        texts("Missouri Gov. Ellen Harcourt met Illinois Lt. Gov. Samuel Okafor."),
        [
            "Missouri",
            "person:Ellen Harcourt",
            "Illinois",
            "person:Samuel Okafor"
        ]
    );
    assert_eq!(
        texts("“This is it,” said Professor Helen Achterberg of the University of Oxford."),
        ["person:Helen Achterberg", "University of Oxford"]
    );
    assert_eq!(
        texts("It was released by the Missouri Department of Transportation (MoDOT)."),
        ["Missouri Department of Transportation (MoDOT)"]
    );
    assert_eq!(
        texts("It links south St. Louis with Columbia, Illinois, at last."),
        ["St. Louis", "Columbia, Illinois"]
    );
    // A word opening its sentence, then a comma, is no town of the region after it.
    assert_eq!(
        texts("Later, Texas officials closed it. Earlier, France had won."),
        ["Later", "Texas", "Earlier", "France"]
    );
    assert_eq!(
        texts("The cup went to Marlow, Ohio, in May."),
        ["Marlow, Ohio"]
    );
    assert_eq!(
        texts("The Carondelet Crossing opened."),
        ["Carondelet Crossing"]
    );
    assert_eq!(
        texts("Hartwell Wire & Cable Inc. of Pittsburgh sent Pacific Gas and Electric Co. steel."),
        [
            "Hartwell Wire & Cable Inc.",
            "Pittsburgh",
            "Pacific Gas and Electric Co."
        ]
    );
    assert_eq!(
        texts("in Whitmore, Oak Run and Millville"),
        ["Whitmore", "Oak Run", "Millville"]
    );
    assert_eq!(texts("Harcourt’s office"), ["Harcourt"]);
    assert_eq!(
        texts("It is kept by MoDOT and the Illinois Department of Transportation."),
        ["MoDOT", "Illinois Department of Transportation"]
    );
    assert_eq!(
        texts("It is based in Kansas City, Missouri, they said."),
        ["Kansas City, Missouri"]
    );
    assert_eq!(
        texts("It asked the Medicines and Healthcare products Regulatory Agency (MHRA) first."),
        ["Medicines and Healthcare products Regulatory Agency (MHRA)"]
    );
    assert_eq!(
        texts("Cal Fire Battalion Chief Marcus Delgado said"),
        ["Cal Fire Battalion", "person:Marcus Delgado"]
    );
}

#[test]
fn a_contraction_is_no_name() {
    // Curly or straight apostrophe, a pronoun's or a verb's with "not".
    assert_eq!(
        texts("“When I’m tired, We’ve lost,” Ola Berg said. “Don’t ask. They'll see.”"),
        ["Ola Berg"]
    );
    // A name with an apostrophe stays one: "O’Neill", "D’Arcy".
    assert_eq!(
        texts("Sean O’Neill met D’Arcy Hale."),
        ["Sean O’Neill", "D’Arcy Hale"]
    );
}

#[test]
fn a_person_s_possessive_and_an_event_s_for_end_a_name() {
    // "Ian Hale’s Tessaro": someone's; not "St John’s Wood", "Samuel Smith’s Brewery".
    assert_eq!(
        texts("Ian Hale’s Tessaro was third."),
        ["Ian Hale", "Tessaro"]
    );
    assert_eq!(texts("They met in St John’s Wood."), ["St John’s Wood"]);
    assert_eq!(
        texts("He drank at Samuel Smith’s Brewery."),
        ["Samuel Smith’s Brewery"]
    );
    // No event's name goes on with "for"; a body's does.
    assert_eq!(
        texts("She won the Dunmore Open for Tessaro."),
        ["Dunmore Open", "Tessaro"]
    );
    assert_eq!(
        texts("He ran the Centre for Rural Studies."),
        ["Centre for Rural Studies"]
    );
}

#[test]
fn a_romanised_given_name_of_two_syllables_is_one_word_of_the_name() {
    // Neither piece short: "Hyun" has four letters, "kyeong" six.
    assert_eq!(
        texts("officials said Lee Hyun-jung and Cho Seong-kyeong would attend."),
        ["Lee Hyun-jung", "Cho Seong-kyeong"]
    );
    assert_eq!(
        texts("officials said Hou Yu-ih would attend."),
        ["Hou Yu-ih"]
    );
    // A word of two vowel runs, or ending in a cluster, is no syllable.
    assert_eq!(
        texts("a Cambridge-based firm met Seoul-bound traders."),
        ["Cambridge", "Seoul"]
    );
}

#[test]
fn a_place_s_possessive_before_a_place_s_name_ends_the_first_name() {
    let got: Vec<String> = found(
        "Rain was heaviest in Orlan County’s Tamsui Township, at 900 millimeters, and the \
         county had 80 staff on standby.",
    )
    .into_iter()
    .map(|m| m.text)
    .collect();
    assert!(got.contains(&"Orlan County".to_owned()), "{got:?}");
    assert!(got.contains(&"Tamsui Township".to_owned()), "{got:?}");
}

#[test]
fn a_portfolio_s_list_may_have_items_of_two_words() {
    assert_eq!(
        texts("he wrote to the Department of Housing, Local Government and Heritage on Monday."),
        ["Department of Housing, Local Government and Heritage"]
    );
    assert_eq!(
        texts(
            "he wrote to the Department of Energy, Climate Change, Local Government and Heritage."
        ),
        ["Department of Energy, Climate Change, Local Government and Heritage"]
    );
}

#[test]
fn a_place_s_name_does_not_go_on_with_for() {
    // holdout40's hockey report traded "to Regina for Ferris"; these sentences are our own.
    assert_eq!(
        texts("They sent a pick to Ottawa for Kowalski."),
        ["Ottawa", "Kowalski"]
    );
    // A city of the list's second part (twenty-seventh session).
    assert_eq!(
        texts("He was traded to Calgary for Lund."),
        ["Calgary", "Lund"]
    );
    assert_eq!(
        texts("The club sent Dube to Kuala Lumpur for Tan Wei."),
        ["Dube", "Kuala Lumpur", "Tan Wei"]
    );
    // A country's before a cause is a campaign's name (the first second reader of the
    // twenty-seventh session); a place and "for" another place are two (the second).
    assert_eq!(
        texts("Scotland for Marriage said the vote was a disgrace."),
        ["Scotland for Marriage"]
    );
    assert_eq!(
        texts("She left Manchester for Spain in 2019."),
        ["Manchester", "Spain"]
    );
    assert_eq!(
        texts("The Oilers sent a pick to Ontario for Kowalski."),
        ["Oilers", "Ontario", "Kowalski"]
    );
    // A body's name still goes on.
    assert_eq!(
        texts("She joined the Centre for Policy."),
        ["Centre for Policy"]
    );
    assert_eq!(
        texts("He wrote to Citizens for Reform."),
        ["Citizens for Reform"]
    );
}
