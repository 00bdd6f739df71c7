//! A span of words cut into mentions: a common word that only opens the sentence left out, a
//! title splitting off the person it introduces, initials in brackets kept as a short form.

use super::super::lexicon::{
    self, ORGANISATION_WORDS, PERSON_NOUNS, PERSON_TITLES, PLACE_WORDS, TITLE_PARTS,
};
use super::super::paragraph::Paragraph;
use super::super::sentences::OPENERS;
use super::super::tokens::Kind;
use super::{COMPANY_ENDINGS, Group, LAW_WORDS, Mention, Vocabulary};

/// Particles inside a person's name: "Maria *de la* Cruz", "Ludwig *van* Beethoven".
const NAME_PARTICLES: &[&str] = &[
    "de", "du", "da", "del", "della", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn",
    "y",
];

/// The heads of a government body's name before "of": "Binh Dinh’s Department of Agriculture".
const GOVERNMENT_BODIES: &[&str] = &[
    "department",
    "ministry",
    "office",
    "agency",
    "bureau",
    "directorate",
    "commission",
    "committee",
    "council",
    "authority",
];

/// Words that say when or how someone holds a role, opening a sentence before what the role is
/// of: "Former Brayfield semi-finalist Dara Quinn", "Former World Bank president David Malpass",
/// "Defending champion Lena Vidal" (#15). A body's name may begin with "Retired" ("Retired
/// Teachers Association"): not taken off there.
const ROLE_MODIFIERS: &[&str] = &[
    "former",
    "defending",
    "reigning",
    "outgoing",
    "incoming",
    "retired",
    "fellow",
];

/// Prepositions and conjunctions that open a sentence before a name and are no part of it: "Under
/// FIDE rules, ...", "Although the U.S. cut ...", "Despite Orlan's lead, ..." (#15). Not words
/// brands begin with ("Beyond Meat", "Among Us", "Amid Evil"); "Under Armour" is a known loss.
const FUNCTION_OPENERS: &[&str] = &[
    "although",
    "though",
    "despite",
    "because",
    "unless",
    "whether",
    "during",
    "without",
    "under",
    "until",
    "since",
    "once",
    "throughout",
    "against",
    "across",
    "toward",
    "towards",
    "upon",
    "within",
    "whereas",
];

/// Words of quantity that open a sentence before a name and are no part of it: "Several House
/// Republicans said", "Few Senate aides" (#15). Numbers ("Two Senate aides") are read as numbers.
/// Not words a name may begin with ("More United", "Other Voices", "Every Child Matters").
const QUANTIFIERS: &[&str] = &[
    "several",
    "few",
    "numerous",
    "dozens",
    "hundreds",
    "thousands",
    "fewer",
    "various",
];

/// Titles that are also given names: "Dean Ashworth" is someone called Dean.
const GIVEN_NAME_TITLES: &[&str] = &["dean", "baron", "marquis"];

/// Turns the words of a span into mentions: without a common word that opens the sentence,
/// split at a title, with initials in brackets after it.
pub(super) fn split(
    p: &Paragraph,
    groups: &[Group],
    vocabulary: &Vocabulary,
    out: &mut Vec<Mention>,
) {
    let groups = without_opener(p, groups, vocabulary);
    if groups.is_empty() {
        return;
    }
    // "the unseeded Australian Liam Fairweather": a country's adjective before a person's name
    // of two or three words is no part of it (not "British Airways": an organisation's word).
    let groups = match groups.split_first() {
        Some((first, rest))
            if (2..=3).contains(&rest.len())
                && lexicon::nationality(&first.word)
                && !rest.iter().any(|g| {
                    g.connector
                        || ORGANISATION_WORDS.contains(&g.word.as_str())
                        || PLACE_WORDS.contains(&g.word.as_str())
                }) =>
        {
            rest
        }
        _ => groups,
    };
    // A body's or a place's word ends the name: no title in it introduces anyone ("Queen
    // Elizabeth Hospital"). When "of" or "for" comes first, the words before it must end so
    // too: after a title and a name, what follows says where the person is ("Capt. Ruth Salcedo
    // of the Marin County Sheriff’s Office").
    let keyword = |g: &Group| {
        ORGANISATION_WORDS.contains(&g.word.as_str()) || PLACE_WORDS.contains(&g.word.as_str())
    };
    // Not a royal's or a saint's title, which a body's name keeps ("Prince of Wales Hospital",
    // "Queen of Angels Hospital"); an office's ends the name at "of" ("Chief Executive of Leeds
    // City Council").
    let head = groups
        .iter()
        .position(|g| g.connector && matches!(g.word.as_str(), "of" | "for"))
        .filter(|_| {
            is_title_word(&groups[0])
                && !matches!(
                    groups[0].word.as_str(),
                    "prince"
                        | "princess"
                        | "queen"
                        | "king"
                        | "duke"
                        | "duchess"
                        | "lady"
                        | "lord"
                        | "saint"
                        | "st"
                        | "bishop"
                        | "our"
                )
        })
        .unwrap_or(groups.len());
    let keyword_last =
        groups.last().is_some_and(keyword) && groups[..head].last().is_some_and(keyword);
    // "Florida’s Gulf Coast": a known place's possessive ends a name; so do initials' ("the
    // BRF’s Anna Dube") and any possessive before a name written like a person's ("Kelso’s
    // Anna Dube"; not "St John’s Wood", "King’s College London").
    let person_after = |k: usize| {
        let rest = &groups[k + 1..];
        (2..=3).contains(&rest.len())
            && rest.iter().all(|g| {
                !g.connector
                    && !ORGANISATION_WORDS.contains(&g.word.as_str())
                    && !PLACE_WORDS.contains(&g.word.as_str())
                    && !is_title_word(g)
            })
    };
    // "Mia Roth’s Kestrel": a possessive ending a name written like a person's, before one plain
    // word, is someone's (not "St John’s Wood", "Samuel Smith’s Brewery").
    let person_before = |k: usize| {
        let plain = |g: &Group| {
            !g.connector
                && !ORGANISATION_WORDS.contains(&g.word.as_str())
                && !PLACE_WORDS.contains(&g.word.as_str())
                && !is_title_word(g)
                && !matches!(g.word.as_str(), "st" | "saint")
        };
        (1..=2).contains(&k) && groups.len() == k + 2 && groups.iter().all(plain)
    };
    // "Bratislava’s Comenius University", "Oxford University’s Saïd Business School": a
    // possessive before a name of two words or more that ends with its own body's or place's
    // word is whose that is, a name of its own: the possessor is a name (no word the article
    // writes in lower case: not "People’s Action Party") or ends with a body's word (#15).
    let owner_of_a_name = |k: usize| {
        let rest = &groups[k + 1..];
        let base = |g: &Group| {
            g.word
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .to_owned()
        };
        let owner = &groups[..=k];
        // "Yilan County’s Datong Township": a place's word ends the owner as a body's does.
        let owner_ends_a_body = ORGANISATION_WORDS.contains(&base(&groups[k]).as_str())
            || PLACE_WORDS.contains(&base(&groups[k]).as_str());
        let owner_a_name = owner.iter().all(|g| {
            let w = base(g);
            !g.connector && !vocabulary.contains(&w) && !is_title_word(g) && !keyword(g)
        });
        let named = rest.len() >= 2
            && rest.iter().filter(|g| !g.connector).count() >= 2
            && !rest[0].connector
            && !keyword(&rest[0])
            && rest.last().is_some_and(keyword);
        // "Binh Dinh’s Department of Agriculture and Environment": a government body's word and
        // "of" open the owned body's name (not "Sotheby’s Institute of Art", "Children’s
        // Hospital of Philadelphia").
        let body_of = rest.len() >= 3
            && ORGANISATION_WORDS.contains(&rest[0].word.as_str())
            && rest[1].connector
            && matches!(rest[1].word.as_str(), "of" | "for");
        // The owner of such a body is a known place ("New York’s Museum of Modern Art"), or a
        // name before a government body's word ("Binh Dinh’s Department of ..."); not
        // "Sotheby’s Institute of Art".
        let owner_text = owner.iter().map(base).collect::<Vec<_>>().join(" ");
        let owned_body = body_of
            && (lexicon::known_place(&owner_text)
                || (GOVERNMENT_BODIES.contains(&rest[0].word.as_str())
                    && (owner_ends_a_body || owner_a_name)));
        (named && (owner_ends_a_body || owner_a_name)) || owned_body
    };
    if let Some(k) = groups[..groups.len() - 1]
        .iter()
        .enumerate()
        .position(|(k, g)| {
            let base = g.word.trim_end_matches("’s").trim_end_matches("'s");
            let written = &p.text[p.tokens[g.first].start..p.tokens[g.last].end];
            let initials = written
                .trim_end_matches("’s")
                .trim_end_matches("'s")
                .chars()
                .all(|c| c.is_uppercase() || c == '&');
            // "Changwon’s Seongsan-gu": a possessive before a Korean area's name.
            let area = groups.len() == k + 2 && {
                let next = &groups[k + 1];
                lexicon::korean_area(&p.text[p.tokens[next.first].start..p.tokens[next.last].end])
            };
            // "Halden’s US market share", "Apple’s CEO, Tim Cook": a possessive before a known
            // place or initials, the last word, owns a market or an officer, no name (#15; a
            // second reader: "Shell’s LNG exports"). So "Lloyd’s TSB" is cut too.
            // Not a school named for a saint: "St Joseph’s CBS" (fourth reader).
            let saint = matches!(groups[0].word.as_str(), "st" | "saint" | "st.");
            // A country's initials are cut after a saint's name too ("Saint Laurent’s US
            // sales", fifth reader).
            let market = groups.len() == k + 2 && {
                let next = &groups[k + 1];
                let written = &p.text[p.tokens[next.first].start..p.tokens[next.last].end];
                lexicon::known_place(written)
                    || lexicon::country_initials(written).is_some()
                    || (!saint
                        && written.len() >= 2
                        && written.chars().all(|c| c.is_ascii_uppercase()))
            };
            // "the National Women’s Soccer League", "the People’s Liberation Army": a plural
            // of people owns no name; it is inside one (#15).
            let people = matches!(
                base,
                "women" | "men" | "people" | "children" | "workers" | "veterans" | "farmers"
            );
            // Not before a person's name: "Chelsea Women’s Sam Kerr".
            base.len() < g.word.len()
                && (!people || person_after(k))
                && (lexicon::known_place(base)
                    || lexicon::known_city(base)
                    || area
                    || market
                    || initials
                    || person_after(k)
                    || person_before(k)
                    || owner_of_a_name(k))
        })
    {
        split(p, &groups[..=k], vocabulary, out);
        split(p, &groups[k + 1..], vocabulary, out);
        return;
    }
    // "the Clean Water Act", "the Data Retention Regulation": a law is neither a person, a place
    // nor an organisation, though a title ("General") or a body's word may stand inside it (#15).
    // A body named after what it oversees ("the Office of Rail Regulation") is no law ("the
    // Freedom of Information Act" is), nor are capitals ("Gungahlin ACT").
    // "the 2008 Shipping Law": "Law" closes a law's name only after "the" (or "the" or a
    // possessive and a year), since it is a surname too ("said Denise Law", "In 1966 Denis Law
    // scored"); a school of law is a body ("the Faculty of Law").
    let law = groups.split_last().is_some_and(|(last, rest)| {
        let written = p.text_of(last.first);
        let body = rest.first().is_some_and(|g| {
            let word = g.word.as_str();
            matches!(
                word,
                "office"
                    | "department"
                    | "ministry"
                    | "authority"
                    | "commission"
                    | "agency"
                    | "bureau"
                    | "council"
                    | "board"
                    | "committee"
                    | "directorate"
            ) || (last.word == "law"
                && rest.get(1).is_some_and(|g| g.word == "of")
                && (ORGANISATION_WORDS.contains(&word) || word == "faculty"))
        });
        (LAW_WORDS.contains(&last.word.as_str())
            || (last.word == "law" && law_after_the(p, groups)))
            && written.chars().next().is_some_and(char::is_uppercase)
            && written.chars().skip(1).all(|c| !c.is_uppercase())
            && !body
    });
    if groups.len() >= 2 && law {
        return;
    }
    // "Tom Keane KC": letters after a name are not part of it; "SC" only after a word for
    // someone ("advocate Jane Doe SC", not "Orlando City SC").
    let someone_before = || {
        p.word_before(groups[0].first)
            .is_some_and(|w| PERSON_NOUNS.contains(&w.as_str()))
    };
    let groups = match groups.split_last() {
        Some((last, rest))
            if rest.len() >= 2
                && lexicon::is_postnominal(p.text_of(last.first))
                && (!lexicon::postnominal_of_a_body_too(p.text_of(last.first))
                    || someone_before()) =>
        {
            rest
        }
        _ => groups,
    };
    // A title, or a word for someone's role opening the name: "Seismologist Naoko Fujita".
    // "said Dean Ashworth": a title that is also a given name, with one word after it, is the
    // name's first word.
    let given_name = |k: usize, g: &Group| {
        GIVEN_NAME_TITLES.contains(&g.word.as_str())
            && groups.len() == k + 2
            && !p.is_mark(g.last, &['.'])
    };
    // "Council Member Priya Natarajan", "Board Member …": a member of a body named before it.
    let member = |k: usize, g: &Group| {
        g.word == "member"
            && k > 0
            && ORGANISATION_WORDS.contains(&groups[k - 1].word.as_str())
            && groups.len() > k + 2
    };
    // "Tan Sri Ahmad Zaki": "Tan" before "Sri" is a Malaysian honorific, not a surname.
    let honour = |k: usize, g: &Group| {
        honorific(g)
            && groups
                .get(k + 1)
                .is_some_and(|n| matches!(n.word.as_str(), "sri" | "seri"))
    };
    // "before the Col du Tourmalet": "Col" (a colonel, and a mountain pass) after "the" and
    // before a particle in lower case opens a place's name, not a title and a surname; other
    // titles keep their person ("the Baron de Coubertin").
    let names_a_place = |k: usize, g: &Group| {
        k == 0
            && g.word == "col"
            && p.word_before(g.first).as_deref() == Some("the")
            && groups.get(1).is_some_and(|n| {
                n.connector
                    && NAME_PARTICLES.contains(&n.word.as_str())
                    && p.text_of(n.first).starts_with(char::is_lowercase)
            })
    };
    // "the General Confederation of Labour", "the General Council of Dockers": a title right
    // before a body's head word opens the body's name; no one is introduced.
    // "the Premier League’s test": with the body's possessive (#15).
    let opens_a_body = |k: usize| {
        groups.get(k + 1).is_some_and(|n| {
            let word = n.word.trim_end_matches("’s").trim_end_matches("'s");
            !n.connector && ORGANISATION_WORDS.contains(&word)
        })
    };
    let role = |k: usize, g: &Group| {
        member(k, g)
            || honour(k, g)
            || (PERSON_TITLES.contains(&g.word.as_str())
                && !given_name(k, g)
                && !names_a_place(k, g))
            || (k == 0 && PERSON_NOUNS.contains(&g.word.as_str()) && groups.len() > 2)
            // "Forward Emeka Obi added 17": a place in a side, capitalised only as the
            // sentence's first word, before a name of two words (#15).
            || (k == 0
                && lexicon::POSITIONS.contains(&g.word.as_str())
                && groups.len() == 3
                && opens_sentence(p, g.first))
    };
    // "Galway West TD Catherine Connolly", "Fianna Fáil TD Éamon Ó Cuív": Ireland's member of
    // the Dáil before a name of two or three plain words; not "TD Garden" or "TD Bank Group",
    // a bank's name.
    let deputy = |k: usize, g: &Group| {
        g.word == "td"
            && (2..=3).contains(&(groups.len() - k - 1))
            && groups[k + 1..].iter().all(|n| {
                !n.connector
                    && !ORGANISATION_WORDS.contains(&n.word.as_str())
                    && !PLACE_WORDS.contains(&n.word.as_str())
                    && !COMPANY_ENDINGS.contains(&n.word.as_str())
            })
    };
    let role = |k: usize, g: &Group| (role(k, g) || deputy(k, g)) && !opens_a_body(k);
    // "in Prince Rupert", "Vancouver and Prince Rupert": a title's word opening a place's name.
    let written = groups
        .first()
        .zip(groups.last())
        .map(|(a, b)| p.text[p.tokens[a.first].start..p.tokens[b.last].end].to_lowercase());
    let place = written.is_some_and(|w| vocabulary.titled_place(&w));
    let title = (!keyword_last && !place)
        .then(|| groups.iter().enumerate().position(|(k, g)| role(k, g)))
        .flatten()
        .filter(|&t| {
            groups[t + 1..]
                .iter()
                .any(|g| !g.connector && !is_title_word(g))
        });
    match title {
        Some(t) => split_at_title(p, groups, t, vocabulary, out),
        None => out.push(mention(p, groups, false)),
    }
}

/// The mentions of a span with a title at group `t`: the place or organisation before it, the
/// person it introduces, and what follows the person's name.
fn split_at_title(
    p: &Paragraph,
    groups: &[Group],
    mut t: usize,
    vocabulary: &Vocabulary,
    out: &mut Vec<Mention>,
) {
    // "*Vice* President", "*Deputy Prime* Minister": words that open a title belong to it.
    while t > 0 && TITLE_PARTS.contains(&groups[t - 1].word.as_str()) {
        t -= 1;
    }
    // The words before the title may name a place or an organisation ("Missouri", "Cal Fire").
    let prefix: Vec<Group> = groups[..t]
        .iter()
        .rev()
        .skip_while(|g| g.connector)
        .cloned()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if !prefix.is_empty() {
        let mut m = mention(p, &prefix, false);
        m.before_title = true;
        m.shorter = (1..prefix.len())
            .rev()
            .filter(|&n| !prefix[n - 1].connector)
            .map(|n| (prefix[0].first, prefix[n - 1].last))
            .collect();
        out.push(m);
    }
    // "Chief Executive", "Lt. Gov.": a title of several words, up to the name.
    let mut u = t;
    while groups.get(u + 1).is_some_and(|g| {
        is_title_word(g) || (honorific(&groups[u]) && matches!(g.word.as_str(), "seri" | "sri"))
    }) {
        u += 1;
    }
    if groups
        .get(u + 1)
        .is_some_and(|g| g.connector && matches!(g.word.as_str(), "of" | "for"))
    {
        if let Some(name) = after_portfolio(&groups[u + 1..], vocabulary) {
            out.push(mention(p, name, true));
            return;
        }
        // "Chief Executive of Halden Bank", "President of France": what the title is of is named
        // by its own words, and is read as before; a portfolio ("of Energy and Minerals") is not.
        let rest = &groups[u + 2..];
        let first = rest.first().map(|g| p.tokens[g.first].start);
        let last = rest.last().map(|g| p.tokens[g.last].end);
        let named = rest
            .last()
            .is_some_and(|g| ORGANISATION_WORDS.contains(&g.word.as_str()))
            || first
                .zip(last)
                .is_some_and(|(a, b)| lexicon::known_place(&p.text[a..b]));
        if !named {
            return;
        }
    }
    // The name goes on through particles ("Maria de la Cruz") up to "of", "the", "and".
    let person_end = groups[u + 1..]
        .iter()
        .position(|g| g.connector && !NAME_PARTICLES.contains(&g.word.as_str()))
        .map_or(groups.len(), |k| u + 1 + k);
    let person_end = (u + 2..=person_end)
        .rev()
        .find(|&e| !groups[e - 1].connector)
        .unwrap_or(person_end);
    // A title followed by no name ("Dr. of ...") introduces nobody.
    if person_end > u + 1 {
        out.push(mention(p, &groups[u + 1..person_end], true));
    }
    // What follows the person's name: "of the University of Oxford".
    let rest: Vec<Group> = groups[person_end..]
        .iter()
        .skip_while(|g| g.connector)
        .cloned()
        .collect();
    if !rest.is_empty() {
        split(p, &rest, vocabulary, out);
    }
}

/// The name after a title's portfolio ("Minister *of State for Housing* Aoife Brannigan"): the
/// words after the last "of", "for" or "and", less those the article writes in lower case
/// elsewhere ("housing"), when two or three words are left. Otherwise the portfolio's words
/// ("Minister of Energy and Minerals") and the name cannot be told apart, and nothing is taken.
fn after_portfolio<'g>(groups: &'g [Group], vocabulary: &Vocabulary) -> Option<&'g [Group]> {
    let last = groups.iter().rposition(|g| g.connector)?;
    let rest = &groups[last + 1..];
    let common = rest
        .iter()
        .take_while(|g| vocabulary.contains(&g.word))
        .count();
    // Without such a word, one word of portfolio and a name of two ("Secretary of State Mara
    // Quentin"); "Minister of Foreign Affairs" alone is no name.
    let name = match (common, rest.len()) {
        (0, 3) => &rest[1..],
        (0, _) => return None,
        _ => &rest[common..],
    };
    let plain = name
        .iter()
        .all(|g| !is_title_word(g) && !ORGANISATION_WORDS.contains(&g.word.as_str()));
    (plain && (2..=3).contains(&name.len())).then_some(name)
}

/// A Malaysian honorific that "Sri" or "Seri" goes on: "Datuk Seri", "Tan Sri", "Puan Sri".
fn honorific(g: &Group) -> bool {
    matches!(
        g.word.as_str(),
        "datuk" | "dato" | "dato’" | "dato'" | "tan" | "puan" | "toh"
    )
}

/// A word of a title: "Gov.", "Chief", "Executive" (after a title).
pub(super) fn is_title_word(g: &Group) -> bool {
    PERSON_TITLES.contains(&g.word.as_str()) || TITLE_PARTS.contains(&g.word.as_str())
}

/// `groups` without a common word that only opens the sentence ("The", "Residents", "Chronic"):
/// one the article writes in lower case elsewhere, or one that opens sentences anyway.
pub(super) fn without_opener<'g>(
    p: &Paragraph,
    groups: &'g [Group],
    vocabulary: &Vocabulary,
) -> &'g [Group] {
    let Some(first) = groups.first() else {
        return groups;
    };
    // "Chancellor Rachel Reeves" opens a sentence though "the chancellor" is written elsewhere.
    // "Council Member Ana Ruiz" too: a body's word opening a member's title.
    let member = groups.len() > 3
        && groups[1].word == "member"
        && ORGANISATION_WORDS.contains(&first.word.as_str());
    let title = (PERSON_TITLES.contains(&first.word.as_str()) && groups.len() > 1) || member;
    // "Shares of Korlan rose": a plural the article writes in the singular in lower case ("a
    // share"), before "of", is a common noun too; not alone ("Banks said", a surname), nor
    // before "of the", which opens bodies' names ("Friends of the Earth").
    let plural = groups.get(1).is_some_and(|g| g.connector)
        && groups.get(2).is_some_and(|g| !g.connector)
        && first
            .word
            .strip_suffix('s')
            .is_some_and(|w| vocabulary.contains(w));
    // "Shares of Bayline Logistics closed up": a plural opening the sentence before "of" and
    // a body's name (its last word a body's) is a common noun ("Customers of Halden Bank"),
    // though the article never writes it in the singular; the body's name stands alone (#15).
    let of_a_body = groups.len() >= 4
        && groups[1].word == "of"
        && !groups[2].connector
        && is_plural(&first.word)
        && groups.last().is_some_and(|g| {
            ORGANISATION_WORDS.contains(&g.word.as_str())
                || COMPANY_ENDINGS.contains(&g.word.as_str())
        });
    if !title && of_a_body && opens_sentence(p, first.first) {
        return &groups[2..];
    }
    let common = !title
        && (OPENERS.contains(&first.word.as_str())
            || QUANTIFIERS.contains(&first.word.as_str())
            || FUNCTION_OPENERS.contains(&first.word.as_str())
            || (ROLE_MODIFIERS.contains(&first.word.as_str())
                && !(first.word == "retired"
                    && groups.last().is_some_and(|g| {
                        ORGANISATION_WORDS.contains(&g.word.as_str())
                            || PLACE_WORDS.contains(&g.word.as_str())
                    })))
            || vocabulary.contains(&first.word)
            || plural
            || crate::check::number::read(&first.word, None).is_some());
    if !opens_sentence(p, first.first) || !common {
        return groups;
    }
    // "East Japan Railway Co.", "South Korea": a company's full name, a known place.
    let company = groups
        .last()
        .is_some_and(|g| COMPANY_ENDINGS.contains(&g.word.as_str()));
    let first_token = p.tokens[groups[0].first].start;
    let last_token = p.tokens[groups[groups.len() - 1].last].end;
    // "The Argentina coach": the article opening the sentence is no word of the country's name.
    let place = first.word != "the" && lexicon::known_place(&p.text[first_token..last_token]);
    // "Air France said", "Police Scotland said": a body's word before a known place opens the
    // body's name; the place alone is not what is meant.
    let body = ORGANISATION_WORDS.contains(&first.word.as_str())
        && groups.len() >= 2
        && !groups[1].connector
        && lexicon::known_place(&p.text[p.tokens[groups[1].first].start..last_token]);
    // "Budget and Appropriations Committee chairperson …", "Health and Safety Executive said":
    // a common word joined by "and" to words that end with a body's word opens the body's name
    // (not a plural: "Residents and Harbour Police officers") (#15).
    let joined = groups.len() >= 3
        && matches!(groups[1].word.as_str(), "and" | "&")
        && !groups[2].connector
        && !is_plural(&first.word)
        && groups
            .last()
            .is_some_and(|g| ORGANISATION_WORDS.contains(&g.word.as_str()));
    // "Statistics Korea forecast": the field a government body is named for, before a country's
    // or a state's name, opens the body's name.
    let field = lexicon::GOVERNED_FIELDS.contains(&first.word.as_str())
        && groups.len() == 2
        && (lexicon::COUNTRIES.iter().any(|c| {
            c.eq_ignore_ascii_case(groups[1].word.trim_end_matches("’s").trim_end_matches("'s"))
        }) || lexicon::state(&groups[1].word).is_some());
    // "Our Lady of Lourdes Hospital said": "Our" opens a name of the faith's.
    let faith = first.word == "our"
        && groups.get(1).is_some_and(|g| {
            ["lady", "saviour", "savior"].iter().any(|w| {
                g.word
                    .strip_prefix(w)
                    .is_some_and(|rest| matches!(rest, "" | "’s" | "'s"))
            })
        });
    if company || place || body || joined || field || faith {
        return groups;
    }
    let mut start = 1;
    while groups.get(start).is_some_and(|g| g.connector) {
        start += 1;
    }
    &groups[start.min(groups.len())..]
}

/// A plural written like a common noun: "shares", "customers" (not "class", "campus").
fn is_plural(word: &str) -> bool {
    word.chars().count() > 3
        && word.chars().all(char::is_alphabetic)
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
}

/// Whether token `i` is the first word of its sentence (marks such as a quotation mark may come
/// before it).
pub(in crate::draft) fn opens_sentence(p: &Paragraph, i: usize) -> bool {
    let s = p.sentence(p.sentence_of(p.tokens[i].start));
    p.tokens[..i]
        .iter()
        .rev()
        .take_while(|t| t.start >= s.start)
        .all(|t| t.kind == Kind::Mark)
}

/// Whether one word in brackets after a name of several words is its short form, made of pieces
/// of its words ("Office of Communications (Ofcom)"): a capital, then letters in lower case, the
/// name's first letter, and every letter found in the name in order. Not "(Boston)" after "Acme
/// Corp": a place in brackets spells no part of the name.
fn short_form_of(inside: &str, name: &str) -> bool {
    let mut letters = inside.chars();
    let opens = letters.next().is_some_and(char::is_uppercase)
        && inside.chars().count() >= 4
        && letters.all(char::is_lowercase)
        && name.split_whitespace().count() >= 2
        && name.chars().next() == inside.chars().next();
    let mut rest = name.chars().flat_map(char::to_lowercase);
    opens
        && inside
            .chars()
            .flat_map(char::to_lowercase)
            .all(|c| rest.any(|n| n == c))
}

pub(super) fn mention(p: &Paragraph, groups: &[Group], titled: bool) -> Mention {
    let (first, mut last) = (groups[0].first, groups[groups.len() - 1].last);
    let mut slot = p.tokens[first].start..p.tokens[last].end;
    let mut text = p.text[slot.clone()].to_owned();
    // A possessive: "Harcourt’s".
    for s in ["’s", "'s"] {
        if text.ends_with(s) && text.len() > s.len() {
            text.truncate(text.len() - s.len());
            slot.end -= s.len();
        }
    }
    let with_the = groups[0].word == "the" && !opens_sentence(p, first);
    // "(MoDOT)": initials in brackets right after the name.
    let mut initials = None;
    if p.is_mark(last + 1, &['(']) && p.is_mark(last + 3, &[')']) {
        let inside = p.text_of(last + 2);
        let capitals = inside.chars().filter(|c| c.is_uppercase()).count();
        if (capitals >= 2 || short_form_of(inside, &text)) && p.tokens[last + 2].kind == Kind::Word
        {
            initials = Some(inside.to_owned());
            last += 3;
            slot.end = p.tokens[last].end;
        }
    }
    // ", known as Cal Fire".
    let mut known_as = None;
    let k = last + 1 + usize::from(p.is_mark(last + 1, &[',']));
    if p.word(k).as_deref() == Some("known") && p.word(k + 1).as_deref() == Some("as") {
        let j = capitals_end(p, k + 2);
        if j > k + 2 {
            known_as = Some(p.text[p.tokens[k + 2].start..p.tokens[j - 1].end].to_owned());
        }
    }
    // "the California Department of Forestry and Fire Protection, or Cal Fire,": after a comma,
    // "or" and a short name set off, each of whose words opens a word of the name, in order.
    if known_as.is_none()
        && p.is_mark(last + 1, &[','])
        && p.word(last + 2).as_deref() == Some("or")
    {
        let start = last + 3;
        let j = capitals_end(p, start);
        let set_off = p.tokens.get(j).is_none_or(|t| t.kind == Kind::Mark);
        if j > start && set_off {
            let short = &p.text[p.tokens[start].start..p.tokens[j - 1].end];
            if shortens(short, &text) {
                known_as = Some(short.to_owned());
            }
        }
    }
    Mention {
        paragraph: p.index,
        first,
        last,
        slot,
        text,
        titled,
        initials,
        known_as,
        region: None,
        shorter: Vec::new(),
        with_the,
        before_title: false,
        // "737 MAX"; "12GB of RAM", "16GB RAM": what a quantity with its unit is of (#15).
        after_number: (first > 0 && p.tokens[first - 1].kind == Kind::Number)
            || (first >= 2
                && p.is_glued(first - 1)
                && p.tokens[first - 1].kind == Kind::Word
                && p.tokens[first - 2].kind == Kind::Number)
            || (first >= 3
                && p.word(first - 1).as_deref() == Some("of")
                && p.is_glued(first - 2)
                && p.tokens[first - 2].kind == Kind::Word
                && p.tokens[first - 3].kind == Kind::Number),
        opens: opens_sentence(p, first),
    }
}

/// The token after the run of capitalised words that starts at token `start` (`start` itself
/// when there is none): the short name after "known as" or ", or".
fn capitals_end(p: &Paragraph, start: usize) -> usize {
    let mut j = start;
    while p
        .tokens
        .get(j)
        .is_some_and(|t| t.kind == Kind::Word && t.text(p.text).starts_with(char::is_uppercase))
    {
        j += 1;
    }
    j
}

/// Whether `short` is a short form of `name` of more words than it: each word of `short` opens a
/// word of `name`, in order ("Cal Fire" of "California Department of Forestry and Fire
/// Protection"); not a name of its own ("Treasury" of "Department of Health").
fn shortens(short: &str, name: &str) -> bool {
    let name: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let short: Vec<String> = short.split_whitespace().map(str::to_lowercase).collect();
    let mut rest = name.iter();
    short.len() < name.len()
        && short
            .iter()
            .all(|w| w.len() >= 2 && rest.any(|n| n.starts_with(w.as_str())))
}

/// Whether the name of `groups`, ending in "Law", stands as a law's name: "the" before it, or a
/// year after "the" or a possessive ("the 2008 Shipping Law", "Russia's 2012 Foreign Agent Law",
/// "The Basic Law took effect"), not a year alone ("In 1971 Dennis Law said"). A person's name
/// used as a modifier after "the" ("the Jude Law film") is taken for a law: rarer in the news.
fn law_after_the(p: &Paragraph, groups: &[Group]) -> bool {
    let Some(first) = groups.first() else {
        return false;
    };
    let word = |k: usize| {
        p.tokens
            .get(k)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.text(p.text))
    };
    let the = |k: usize| word(k).is_some_and(|w| w.eq_ignore_ascii_case("the"));
    let possessive = |k: usize| word(k).is_some_and(super::super::paragraph::is_possessive);
    let Some(before) = first.first.checked_sub(1) else {
        return false;
    };
    let year = p
        .tokens
        .get(before)
        .is_some_and(|t| t.kind == Kind::Number && t.text(p.text).len() == 4);
    if year {
        return before
            .checked_sub(1)
            .is_some_and(|k| the(k) || possessive(k));
    }
    the(before)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The groups of the words from `from` to `to` (the first tokens so written), a word each.
    fn words(p: &Paragraph, from: &str, to: &str) -> Vec<Group> {
        let at = |w: &str| (0..p.tokens.len()).find(|&k| p.text_of(k) == w).unwrap();
        (at(from)..=at(to))
            .map(|k| Group {
                first: k,
                last: k,
                word: p.text_of(k).to_lowercase(),
                connector: false,
            })
            .collect()
    }

    #[test]
    fn a_name_ending_in_law_is_a_law_after_the_or_a_year_after_the_or_a_possessive() {
        // A verb after the name, not only a function word, leaves it a law.
        let p = Paragraph::new(0, "The Basic Law took effect in 1997.");
        assert!(law_after_the(&p, &words(&p, "Basic", "Law")));
        let p = Paragraph::new(0, "Donors fear Ardmore’s 2012 Foreign Agent Law.");
        assert!(law_after_the(&p, &words(&p, "Foreign", "Law")));
        // A year alone, or nothing before the name, and it is a person's.
        let p = Paragraph::new(0, "In 1971 Dennis Law said the club would move.");
        assert!(!law_after_the(&p, &words(&p, "Dennis", "Law")));
        let p = Paragraph::new(0, "Dennis Law said the club would move.");
        assert!(!law_after_the(&p, &words(&p, "Dennis", "Law")));
    }
}
