//! Counts said with a multiple ("two dozen"), positions said with "second", and clock times
//! said with "o'clock".

use super::*;

#[test]
fn a_count_of_dozens_is_one_number() {
    use Class::*;
    use Hedge::*;
    case(
        "The club sold two dozen season tickets.",
        "24",
        Number,
        Some("tickets"),
        Exact,
    );
    case(
        "Rescuers freed some three dozen miners.",
        "36",
        Number,
        Some("miners"),
        Approximate,
    );
    case(
        "The storm felled half a dozen trees.",
        "6",
        Number,
        Some("trees"),
        Exact,
    );
    case(
        "Only a dozen stalls opened.",
        "12",
        Number,
        Some("stalls"),
        Exact,
    );
    // The written words stay an accepted form of the answer.
    let p = Paragraph::new(0, "The club sold two dozen season tickets.");
    let mut taken = vec![false; p.tokens.len()];
    let all = numbers(&p, &mut taken, money_of(&p));
    assert_eq!(all[0].aliases, ["two dozen"]);
    assert_eq!(&p.text[all[0].slot.clone()], "two dozen");
    // A vague count of dozens, or dozens, is no number.
    for text in [
        "Several dozen people waited outside.",
        "A few dozen people waited outside.",
        "Dozens of people waited outside.",
        "Many dozen people waited outside.",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}
