use super::super::value::Hedge;
use super::*;
use crate::draft::paragraph::Paragraph;

fn found(text: &str) -> Vec<(String, Class, Option<String>, Hedge)> {
    let p = Paragraph::new(0, text);
    let mut taken = vec![false; p.tokens.len()];
    numbers(&p, &mut taken)
        .into_iter()
        .map(|f| (f.answer, f.class, f.unit, f.hedge))
        .collect()
}

fn one(text: &str) -> (String, Class, Option<String>, Hedge) {
    let all = found(text);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.into_iter().next().unwrap_or_else(|| unreachable!())
}

#[track_caller]
fn case(text: &str, answer: &str, class: Class, unit: Option<&str>, hedge: Hedge) {
    assert_eq!(
        one(text),
        (answer.to_owned(), class, unit.map(str::to_owned), hedge),
        "{text}"
    );
}

#[test]
fn digits_words_money_and_percentages() {
    use Class::*;
    use Hedge::*;
    #[rustfmt::skip]
    let cases: &[(&str, &str, Class, Option<&str>, Hedge)] = &[
        ("It followed 11,482 adults in total.", "11,482", Number, Some("adults"), Exact),
        ("It cost $412.5 million in total.", "412.5 million", Money, Some("dollars"), Exact),
        ("It was worth about £6.8bn.", "6.8bn", Money, Some("pounds"), Approximate),
        ("Shares fell 7.8% on Tuesday.", "7.8", Percent, Some("percent"), Exact),
        ("It grew roughly 26 percent.", "26", Percent, Some("percent"), Approximate),
        ("A new four-lane bridge opened.", "four", Number, Some("lanes"), Exact),
        ("a 1.2-mile cable-stayed span", "1.2", Number, Some("miles"), Exact),
        ("Seven people in the group fell ill.", "Seven", Number, Some("people"), Exact),
        ("It has burned more than 48,000 acres.", "48,000", Number, Some("acres"), Bound),
        ("backed by a dozen air tankers", "12", Number, Some("tankers"), Exact),
        ("It is the third new bridge here.", "third", Ordinal, Some("bridge"), Exact),
        ("a 21st-century answer", "21st", Ordinal, Some("centuries"), Exact),
        ("the risk fell by nearly a third in people", "a third", Fraction, None, Approximate),
        ("an outage at 2:14 p.m. on Saturday", "2:14 p.m.", Time, None, Exact),
        ("7,700 missing American soldiers", "7,700", Number, Some("soldiers"), Exact),
        ("for every 28 people treated", "28", Number, Some("people"), Exact),
        ("the 2,400 residents lost power", "2,400", Number, Some("residents"), Exact),
        ("a trip 15 minutes longer", "15", Number, Some("minutes"), Exact),
        ("the tower rises 410 feet above the water", "410", Number, Some("feet"), Exact),
    ];
    for &(text, answer, class, unit, hedge) in cases {
        case(text, answer, class, unit, hedge);
    }
}

#[test]
fn years_spans_and_ranges() {
    use Class::*;
    assert_eq!(one("It opened in 2014.").1, Year);
    assert_eq!(one("the 2018 Camp Fire").1, Year);
    assert_eq!(one("He sent 1500 troops.").1, Number);
    assert_eq!(one("delays in 2022-23, it said").0, "2022-23");
    assert_eq!(one("delays in 2022-23, it said").1, YearSpan);
    let both = found("between 40,000 and 45,000 vehicles a day");
    assert_eq!(both.len(), 2);
    assert_eq!(
        (both[0].0.as_str(), both[1].0.as_str()),
        ("40,000", "45,000")
    );
    assert_eq!(both[0].2.as_deref(), Some("vehicles"));
    let both = found("cut by 8 to 12 minutes");
    assert_eq!(
        (both[0].2.as_deref(), both[1].2.as_deref()),
        (Some("minutes"), Some("minutes"))
    );
    assert_eq!(found("missing 11 of 15 construction milestones").len(), 2);
    assert_eq!(found("between £2,000 and £3,500 per patient").len(), 2);
    assert_eq!(found("two to three times more likely").len(), 2);
    let years = found("built between 2010 and 2015, it said");
    assert_eq!((years[0].1, years[1].1), (Year, Year));
    assert_eq!(one("It slowed in mid-2020.").1, Year);
    assert_eq!(one("It opened at 8 a.m. sharp.").1, Time);
    assert_eq!(one("About two-thirds of them voted.").0, "two-thirds");
    assert_eq!(one("Half of the homes burned.").1, Fraction);
    assert_eq!(one("It drew a million visitors.").0, "a million");
}

#[test]
fn not_numbers() {
    assert!(found("No one came; the C-17 and COVID-19 in the 1990s.").is_empty());
    assert!(found("At first they met one another.").is_empty());
    assert!(found("Wait a second.").is_empty());
    assert!(found("How did a cheap bridge become a dear one?").is_empty());
    assert_eq!(found("It said that one of its lines failed.").len(), 1);
}
