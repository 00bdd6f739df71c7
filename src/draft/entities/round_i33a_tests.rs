//! Round i33a (#15), from holdout45's errors (read at the thirty-second session's start; our
//! own sentences): a firm's officers after its possessive, a body's word in the languages of
//! Europe's wine regions, a span of work at an employer, a unit's initials after its number, a
//! country that wins a medal or a place in a race, and a competitor after a country's
//! possessive.

use super::tests::{has_written, named, names};
use crate::draft::value::Class;

#[test]
fn a_firm_s_officers_after_its_possessive_make_it_a_body() {
    let text = "Torvik Audio unveiled two speakers on Monday.\n\
                Priya Nandakumar, Torvik’s chief marketing officer, showed the first.\n\
                Lena Osei, Brannock’s executive vice president of retail sales, said stores \
                would stock them, and Torvik’s head of acoustics, Ben Ruiz, agreed.";
    let got = names(text);
    for body in ["Torvik", "Brannock"] {
        assert!(
            has_written(&got, body, Class::Organisation),
            "{body}: {got:?}"
        );
    }
    // A country's officers make it no body, nor does a person's chief of staff.
    let text = "Kenya’s vice president, Ann Wambui, flew in.\n\
                Britain’s head of state opened the session, and Hollis’s chief of staff said so.";
    let got = names(text);
    assert!(!has_written(&got, "Kenya", Class::Organisation), "{got:?}");
    assert!(
        !has_written(&got, "Britain", Class::Organisation),
        "{got:?}"
    );
    assert!(!has_written(&got, "Hollis", Class::Organisation), "{got:?}");
}

#[test]
fn a_possessive_before_a_country_s_initials_owns_a_market() {
    let got = names("Analysts put Torvik’s UK market share at 4 percent, the Marlow Group said.");
    assert!(!named(&got, "Torvik’s UK"), "{got:?}");
    assert!(has_written(&got, "UK", Class::Place), "{got:?}");
}

#[test]
fn bodies_named_in_the_languages_of_europe_s_wine_regions() {
    let text = "The Consejo Ribera approved the plan, backed by the Gobierno de Navarra.\n\
                Cantina Valdorre and Grupo Salcedo said yields fell, as did Weingut Brenner.";
    let got = names(text);
    for body in [
        "Consejo Ribera",
        "Gobierno de Navarra",
        "Cantina Valdorre",
        "Grupo Salcedo",
        "Weingut Brenner",
    ] {
        assert!(
            has_written(&got, body, Class::Organisation),
            "{body}: {got:?}"
        );
    }
}

#[test]
fn a_span_of_work_at_a_name_is_at_an_employer() {
    let got = names("Ana Ruiz joined in 2019 after a decade at Brellis and a stint at Quorvant.");
    for body in ["Brellis", "Quorvant"] {
        assert!(
            has_written(&got, body, Class::Organisation),
            "{body}: {got:?}"
        );
    }
    // A known place stays one.
    let got = names("Ana Ruiz came home after a decade at Geneva.");
    assert!(!has_written(&got, "Geneva", Class::Organisation), "{got:?}");
}

#[test]
fn a_unit_s_initials_after_a_number_and_what_it_measures_name_nothing() {
    let got = names("The Vento 7 has 8GB of LPDDR memory and 12GB of RAM, the Marlow Group said.");
    assert!(!named(&got, "GB of LPDDR"), "{got:?}");
    assert!(!named(&got, "LPDDR"), "{got:?}");
    // Drafted whole, a list's item is no body either.
    let text = "The Vento 7 has a 6.1-inch screen that reaches 2,000 nits, 8GB of RAM, and two \
                rear cameras.";
    let options = crate::draft::tests::options(usize::MAX);
    let file = crate::draft::draft(text, &options).unwrap().file;
    assert!(
        file.facts.iter().all(|f| f.answer != "RAM"),
        "{:?}",
        file.facts.iter().map(|f| &f.answer).collect::<Vec<_>>()
    );
    // Initials after a plain "of" stay a body.
    let got = names("The report of WHO officials was read, and a spokesman for the BBC said so.");
    assert!(has_written(&got, "BBC", Class::Organisation), "{got:?}");
}

#[test]
fn a_country_that_wins_a_medal_or_a_place_in_a_race_is_its_team() {
    let text = "Kenya took gold in the relay in 7:41.20.\n\
                Canada was second in 7:42.05 and Brazil took bronze.\n\
                The U.S. leads the medal table with 14 medals; Norway is third with nine.\n\
                Mia Lund of Norway won the sprint, and she trains in Kenya.";
    let got = names(text);
    for team in ["Kenya", "Canada", "Brazil", "U.S.", "Norway"] {
        assert!(
            has_written(&got, team, Class::Organisation),
            "{team}: {got:?}"
        );
    }
    // Where someone is from or trains stays the country.
    assert!(has_written(&got, "Norway", Class::Place), "{got:?}");
    assert!(has_written(&got, "Kenya", Class::Place), "{got:?}");
    // Outside a race, a country's place in a ranking is no team's.
    let got = names("Canada was second in 2024 among exporters of wheat, and Brazil was third.");
    assert!(!has_written(&got, "Canada", Class::Organisation), "{got:?}");
}

#[test]
fn a_competitor_after_a_country_s_possessive_in_a_race_is_someone() {
    let text = "Lia Moreau won the 100m in 10.91, ahead of Ghana’s Efua Mensimah.\n\
                China’s Tang Lixue was third in 11.02, just behind New Zealand’s Aroha Tane, in the \
                sprint final.";
    let got = names(text);
    for person in ["Efua Mensimah", "Tang Lixue", "Aroha Tane"] {
        assert!(
            has_written(&got, person, Class::Person),
            "{person}: {got:?}"
        );
    }
    // A body's word or a paragraph with no sport: not someone.
    let got = names("Britain’s Royal Mail won the contract, and Japan’s Kestrel Motors bid too.");
    assert!(!has_written(&got, "Royal Mail", Class::Person), "{got:?}");
    assert!(
        !has_written(&got, "Kestrel Motors", Class::Person),
        "{got:?}"
    );
    let got = names("Ghana’s Kofi Annan Centre won the bid, and the race to build it is on.");
    assert!(
        !has_written(&got, "Kofi Annan Centre", Class::Person),
        "{got:?}"
    );
    // Before a race's words elsewhere in the paragraph, a country's possessive says nothing.
    let got = names("Kenya’s Tana Delta won a grant, and Lia Moreau won in 10.91.");
    assert!(!has_written(&got, "Tana Delta", Class::Person), "{got:?}");
}
