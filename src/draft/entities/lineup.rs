//! A side's team sheet, as match reports print one after the report: "Westbrook Rovers:
//! Pickford-Hale; Carver, Danso, Mbeki, Ruiz; Ward (Haskell 72), Lindqvist; Okonjo." or "Subs
//! not used: Kellett, Obi, Grant." Every name after the colon is a player's, though nothing
//! around it says so (twenty-seventh session).

use super::super::lexicon;
use super::super::mentions::Mention;
use super::super::paragraph::Paragraph;

/// Whether `m` is a player's name on a team sheet: after the paragraph's first colon, which
/// follows a short label, among eleven items or more parted by commas and by semicolons between
/// the side's lines (three after a sheet's word, "Subs"), nine in ten of them a player's name.
pub(super) fn on_a_team_sheet(p: &Paragraph, m: &Mention) -> bool {
    let Some(colon) = p.text.find(':') else {
        return false;
    };
    let (label, rest) = (&p.text[..colon], &p.text[colon + 1..]);
    let label_words = label.split_whitespace().count();
    if !(1..=5).contains(&label_words)
        || !label.starts_with(char::is_uppercase)
        || m.slot.start <= colon
    {
        return false;
    }
    // "Ward (Haskell 72)": a substitute and his minute in brackets stay with the item.
    let items: Vec<&str> = rest
        .split([',', ';'])
        .map(|item| item.split('(').next().unwrap_or("").trim())
        .map(|item| item.trim_end_matches('.'))
        .collect();
    let lines = rest.matches(';').count();
    // A player's name: one to three words, capitalised but for particles ("van Rijn", "de
    // Boer"), and no known place, city or company (a list of towns or firms is no sheet).
    let a_player = |item: &&&str| {
        let words: Vec<&str> = item.split_whitespace().collect();
        (1..=3).contains(&words.len())
            && words.iter().any(|w| w.starts_with(char::is_uppercase))
            && words
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) || super::names::lower_case_particle(w))
            // A sheet in its lines may hold a player named like a city ("Lyon", "Dallas").
            && (lines >= 2 || !(lexicon::known_place(item) || lexicon::known_city(item)))
            && !lexicon::known_company(item)
    };
    let names = items.iter().filter(a_player).count();
    // A side's eleven in its lines, which a sheet parts by semicolons ("Okafor; Benn, Duval,
    // Mbeki, Ruiz; ..."), or a label of the sheet's own ("Subs not used", "Replacements"): not
    // "Stops: Leeds, Selby, ...", a list of anything, nor a festival's "line-up".
    let sheet_label = label.split_whitespace().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "subs" | "substitutes" | "replacements" | "xi" | "squad" | "bench"
        )
    });
    let enough = (items.len() >= 11 && lines >= 2) || (sheet_label && items.len() >= 3);
    let words = m.text.split_whitespace().count();
    enough
        && names * 10 >= items.len() * 9
        && (1..=3).contains(&words)
        && (lines >= 2 || !(lexicon::known_place(&m.text) || lexicon::known_city(&m.text)))
        && !lexicon::known_company(&m.text)
}
