//! Who and what the mentions of an article name: each mention is classed as a person, a place or
//! an organisation from its own words first (a title, "County", "Agency", a country), then by the
//! other mentions of the same entity ("Harcourt" after "Gov. Ellen Harcourt", "MoDOT" after
//! "(MoDOT)"), then by the words around it ("in Whitmore", "the investment bank Halden Rowe",
//! "Tom Brennan, who"). A mention nothing speaks for is left out: a wrong type is worse than a
//! missing fact.

use std::collections::HashMap;

use super::lexicon;
use super::mentions::Mention;
use super::paragraph::Paragraph;
use super::value::{Class, Found, Value};
use crate::normalize;

/// Someone or something the article names, under its fullest name.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    pub class: Class,
    pub full: String,
    /// Other names for it in the article: initials, a surname, "Columbia" of "Columbia, Illinois".
    pub forms: Vec<String>,
}

impl Entity {
    pub fn new(class: Class, full: &str) -> Entity {
        Entity {
            class,
            full: full.to_owned(),
            forms: Vec::new(),
        }
    }

    fn names(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.full).chain(&self.forms)
    }

    fn add_form(&mut self, form: &str) {
        let key = normalize::key(form);
        if !key.is_empty() && !self.names().any(|n| normalize::key(n) == key) {
            self.forms.push(form.to_owned());
        }
    }
}

/// The entities of an article, with look-ups by name, by surname and by first word, so that
/// resolving a long text's mentions stays linear.
#[derive(Default)]
struct Entities {
    list: Vec<Entity>,
    by_name: HashMap<String, Vec<usize>>,
    by_surname: HashMap<String, usize>,
    /// People named in full by the first word of their names ("Tan" of "Tan Boon Huat").
    by_given: HashMap<String, Vec<usize>>,
    by_first_word: HashMap<String, Vec<usize>>,
    /// Bodies of two words or more by a plural last word ("Foxes" of "the Louisville Foxes").
    by_last_word: HashMap<String, Vec<usize>>,
    /// Last words that end two or more different names of the article ("the Marlow Gulls" and
    /// "the Easton Gulls"): which one "the Gulls" is is not said.
    shared_last_words: std::collections::HashSet<String>,
    /// Where each entity is first mentioned: paragraph and token.
    first: HashMap<usize, (usize, usize)>,
    /// One-word names the article puts something in or near ("in Grindavík"): a place there,
    /// so no body's first word elsewhere (#15).
    places_alone: std::collections::HashSet<String>,
    /// The opening words (two or more) of the article's longer names: "Prairie Regional" of
    /// "Prairie Regional Medical Center".
    openings: std::collections::HashSet<String>,
    /// Where each name of one word is first written alone: paragraph and token.
    first_alone: HashMap<String, (usize, usize)>,
    /// Sides' names with a nickname in the singular ("the Hamilton Forge"), whose last word
    /// stands for them as a plural nickname's does ("the Forge") (#15).
    singular_sides: std::collections::HashSet<String>,
}

impl Entities {
    fn index_names(&mut self, e: usize) {
        let entity = &self.list[e];
        let keys: Vec<String> = entity.names().map(|n| normalize::key(n)).collect();
        for key in keys {
            let list = self.by_name.entry(key).or_default();
            if !list.contains(&e) {
                list.push(e);
            }
        }
        let words = normalize::words(&self.list[e].full);
        if self.list[e].class == Class::Person {
            if let Some(last) = surname_word(&words) {
                self.by_surname.entry(last.clone()).or_insert(e);
            }
            if words.len() > 1 {
                let list = self.by_given.entry(words[0].clone()).or_default();
                if !list.contains(&e) {
                    list.push(e);
                }
            }
        } else if words.len() > 1
            && self.list[e].class == Class::Organisation
            && let Some(last) = words.last().filter(|w| {
                a_plural_name(w)
                    || self
                        .singular_sides
                        .contains(&normalize::key(&self.list[e].full))
            })
        {
            let list = self.by_last_word.entry(last.clone()).or_default();
            if !list.contains(&e) {
                list.push(e);
            }
        }
        // Not "HSE" of "HSE South West": the body's initials stand for the body, not for each
        // of its regions.
        if self.list[e].class != Class::Person
            && words.len() > 1
            && !lexicon::generic_first_word(&words[0])
            && served_place(&words).is_none()
            && !own::body_s_region(&self.list[e].full)
        {
            let list = self.by_first_word.entry(words[0].clone()).or_default();
            if !list.contains(&e) {
                list.push(e);
            }
        }
        // "Veltro" of "Scuderia Veltro", "Alavés" of "Deportivo Alavés": after a first word that
        // only says what kind of body it is, the name's own word stands for it (#15).
        if self.list[e].class == Class::Organisation
            && let [kind, own] = words.as_slice()
            && lexicon::ORGANISATION_WORDS.contains(&kind.as_str())
            && !lexicon::generic_first_word(own)
        {
            let list = self.by_first_word.entry(own.clone()).or_default();
            if !list.contains(&e) {
                list.push(e);
            }
        }
    }

    /// The entity of `class` with `key` among its names.
    fn named(&self, key: &str, class: Option<Class>) -> Option<usize> {
        self.by_name
            .get(key)?
            .iter()
            .copied()
            .find(|&e| class.is_none_or(|c| self.list[e].class == c))
    }
}

/// The names found in `mentions`, each with its entity's full name as the answer. `seeds` are
/// entities known before (the dateline's place).
pub fn resolve(paragraphs: &[Paragraph], mentions: &[Mention], seeds: Vec<Entity>) -> Vec<Found> {
    let mut entities = Entities {
        shared_last_words: shared_last_words(mentions),
        places_alone: places_alone(paragraphs, mentions),
        openings: openings(mentions),
        first_alone: first_alone(mentions),
        ..Entities::default()
    };
    for seed in seeds {
        // The dateline's place is a place wherever the article names it alone.
        if seed.class == Class::Place {
            entities.places_alone.insert(normalize::key(&seed.full));
        }
        entities.list.push(seed);
        entities.index_names(entities.list.len() - 1);
    }
    let mut classes: Vec<Option<(usize, Mention)>> = vec![None; mentions.len()];
    let clubs = clubs::clubs(paragraphs, mentions);
    let sides = sides::sides(paragraphs, mentions);
    let teams = teams::teams(paragraphs, mentions);
    let seeded = seeds::seeded(paragraphs, mentions);
    let nicknames = nicknames::nicknames(
        paragraphs,
        mentions,
        !teams.is_empty() || !seeded.is_empty(),
    );
    entities.singular_sides = nicknames
        .iter()
        .filter(|key| {
            normalize::words(key)
                .last()
                .is_some_and(|w| !lexicon::plural_shape(w))
        })
        .cloned()
        .collect();
    let mut things = things::things(paragraphs, mentions);
    things.extend(things::plans(mentions));
    things.extend(things::numbered(mentions));
    things.extend(things::counted_kinds(paragraphs, mentions));
    things.extend(things::title_rests(paragraphs, mentions));
    let storms = storms::storms(paragraphs, mentions);
    let described = described(paragraphs, mentions);
    let lower = pairs::lower_case_words(paragraphs);
    // The last words of the article's names of two words or more, and their first and last
    // words together: the short forms a name may be called by; and a name the article gives a
    // title ("Mr Starmer", "President Biden"), someone's, though never written in full.
    let mut last_words = std::collections::HashSet::new();
    let mut name_ends = std::collections::HashSet::new();
    for m in mentions {
        match normalize::words(&m.text).as_slice() {
            [first, .., last] => {
                last_words.insert(last.clone());
                name_ends.insert(first.clone());
                name_ends.insert(last.clone());
            }
            [one] if m.titled => {
                name_ends.insert(one.clone());
            }
            _ => {}
        }
    }
    // Mentions whose class is settled in step 1, found or left out.
    let mut settled = vec![false; mentions.len()];
    // 1. What a mention's own words say.
    for (i, m) in mentions.iter().enumerate() {
        let p = &paragraphs[m.paragraph];
        // "beat Scotland 31-24": a country standing for its side.
        // "known as COPD", "four ODIs": initials of a thing, never a body.
        // "Hurricane Doralee", "since Fenwick came ashore": a storm, in every mention.
        let key = normalize::key(&m.text);
        // "the Sindh government", "a Welsh government spokesperson": the body, both words.
        let government = things::a_government(p, m);
        let team = if government.is_some() {
            Some(Some(Class::Organisation))
        } else if things.contains(&key) || storms.contains(&key) || things::names_a_government(p, m)
        {
            Some(None)
        } else if cities::city_s_area(p, m, &clubs) {
            // "the Buffalo area" beside "the Buffalo Bills": the city, left out (#15).
            Some(None)
        } else {
            teams::team_class(p, m, &teams).or_else(|| seeds::seeded_class(p, m, &seeded))
        };
        settled[i] = team.is_some() || own::only_the(m);
        // Words before a title are read longest first, each as a name of its own.
        // "the Harwick Ridge fire": the name of an event, not of the ridge.
        let found = if let Some(team) = team {
            team.map(|class| (class, government.clone().unwrap_or_else(|| m.clone())))
        } else if described[i] || evidence::names_an_event(p, m) || evidence::names_a_facility(p, m)
        {
            None
        } else if (clubs.contains(&normalize::key(&m.text)) && clubs::ending_alone(p, m))
            || sides.contains(&normalize::key(&m.text))
            || nicknames.contains(&normalize::key(&m.text))
            // "a Downing Street spokesperson": whom a spokesperson speaks for is a body.
            || (evidence::has_a_spokesperson(p, m) && !m.before_title)
            // "Metrolinx spokesperson Tomasz Leclair", "TTC CEO Anjali Marchetti"; not the
            // opening words of a longer name ("Brackwater Timber chief executive" beside
            // "Brackwater Timber Holdings"), that name's short form.
            || (evidence::has_an_officer(p, m, &name_ends, &last_words) && !entities.openings.contains(&key))
        {
            Some((Class::Organisation, m.clone()))
        } else if m.before_title {
            // "Police Commissioner Ana Ruiz" after "the Tarvik Police": a body's word alone
            // before a title, that ends a longer body's name of the article, is the title's own
            // ("Police Commissioner"), no body's name; not "Senate Majority Leader" (#15).
            readings(paragraphs, m)
                .filter(|r| {
                    !(a_body_s_word_alone(&r.text) && last_words.contains(&normalize::key(&r.text)))
                })
                .find_map(|r| own_class(&r).map(|class| (class, r)))
        } else {
            own_class(m)
                .or_else(|| {
                    // "the Loma Seca mine": not a word that opens or ends a longer name ("the
                    // Halvard mine" beside "Halvard Minerals"), nor a name the article has
                    // already given, nor a people's word.
                    (evidence::names_a_site(p, m)
                        && !name_ends.contains(&key)
                        && !entities.openings.contains(&key)
                        && entities.named(&key, None).is_none()
                        && !lexicon::is_demonym(&m.text)
                        && !lexicon::nationality(&m.text))
                    .then_some(Class::Place)
                })
                .map(|class| (class, m.clone()))
        };
        // "the Riverside Community Centre": a centre named only for what goes on there is a
        // building as much as a body, and it is left out; one with initials ("Joint Rescue
        // Co-ordination Centre (JRCC)") or a purpose ("Centre for Education") is a body.
        // "Parliament House", "St. Anselm Catholic Church": a building, though a body's word
        // is in its name.
        let found = found.filter(|(class, m)| {
            !(*class == Class::Organisation
                && m.initials.is_none()
                && (evidence::venue(m) || evidence::a_building(m)))
        });
        if let Some((class, m)) = found {
            let e = enter(&mut entities, class, &m);
            classes[i] = Some((e, m));
        }
    }
    served_places(&mut entities);
    places_served_alone(&mut entities, mentions);
    // Entities first classed by the words around a mention, not by their own words.
    let mut judged: Vec<usize> = Vec::new();
    // 2 and 3. Other mentions of a known entity, then the words around; twice, so that a name
    // classed by its context can settle another ("Tom Brennan, who" then "Brennan").
    for pass in 0..2 {
        for (i, m) in mentions.iter().enumerate() {
            if classes[i].is_some() || settled[i] {
                continue;
            }
            let p = &paragraphs[m.paragraph];
            // "a Seoul parliamentary seat", "Seoul’s 25 districts", "from Karachi to
            // Rawalpindi": a capital or a large city that nothing else has classed, in words
            // that do not make it a side, a body or a speaker, is the city (#15).
            if pass == 1 && cities::city_left_open(p, m, &entities) {
                let e = enter(&mut entities, Class::Place, m);
                judged.push(e);
                classes[i] = Some((e, m.clone()));
                continue;
            }
            // "the Günzburg district", "the Paar river": the noun for its kind says a place.
            if context::names_a_unit(p, m) && !in_an_organisation(m, &entities) {
                // A place known under a longer name ("Sylhet, Bangladesh") would not read as
                // the name before the noun: left out.
                let key = normalize::key(&m.text);
                let e = match known(p, m, &entities, true) {
                    None => enter(&mut entities, Class::Place, m),
                    Some((e, _))
                        if entities.list[e].class == Class::Place
                            && normalize::key(&entities.list[e].full) == key =>
                    {
                        e
                    }
                    Some(_) => continue,
                };
                judged.push(e);
                classes[i] = Some((e, m.clone()));
                continue;
            }
            // "the Ortiz family": a surname before "family" names the family, not one of them.
            if matches!(p.word(m.last + 1).as_deref(), Some("family" | "families")) {
                continue;
            }
            // "Labour members", "40 Labour councillors": a party's word before its members.
            let party = context::party_by_its_word(p, m, &normalize::words(&m.text));
            if context::describes_a_count(p, m) && !party {
                continue;
            }
            // "the Harwood City bus station": the start of the facility's name, not the city.
            if evidence::names_a_facility(p, m) {
                continue;
            }
            // "covers Redhouse, Sinethemba and Kestrel Park": in a list of places, the first word
            // of a school's name is the place the school is named for.
            let listed_as = lists::listed_class(p, m);
            let headed = listed_as.is_some();
            // "Charlotte reliever": a name describing a noun is no place by itself; but the last
            // item of "Marrow and Tollen districts" is an item of the list, as the first is.
            // Nor is a party's word before its members ("Labour members"), nor a studio's before
            // its film ("Paramount’s disaster thriller").
            let attributive = context::attributive(p, m)
                && listed_as != Some(Class::Place)
                && !party
                && !works::owns_a_work(p, m);
            let listed = headed
                || (neighbour_class(paragraphs, mentions, &classes, &entities.list, i)
                    == Some(Class::Place)
                    && !context::before_a_verb(p, m));
            if let Some(found) = known(p, m, &entities, listed) {
                if !(attributive && entities.list[found.0].class == Class::Place) {
                    classes[i] = Some(found);
                }
                continue;
            }
            // "at Prairie Regional" when "Prairie Regional Medical Center" is no known body (a
            // building as much as a body): the opening of a longer name is no place of its own.
            let opening = entities.openings.contains(&normalize::key(&m.text))
                && !lexicon::known_place(&m.text)
                && !context::within(p, m)
                && !context::who_or_aged(p, m);
            if m.before_title
                || attributive
                || described[i]
                || opening
                || two_things(p, m, &entities)
            {
                continue; // words before a title: only a known name is taken from them
            }
            // "Anna Dube" after "Ms Dube": a name written like a person's whose last word is a
            // person known by that word alone is that person in full.
            if surname_known(p, m, &entities) {
                let e = enter(&mut entities, Class::Person, m);
                classes[i] = Some((e, m.clone()));
                continue;
            }
            let neighbour = neighbour_class(paragraphs, mentions, &classes, &entities.list, i);
            // "a delivery from Fairley" after "Jordan Fairley": "from" and "to" take people as
            // well as places, and a word the article gives as a person's surname is that person.
            let to_someone = matches!(
                p.word_before(m.first).as_deref(),
                Some("from" | "to" | "toward" | "towards")
            );
            // Not a name already classed as no one's ("from Weston" after "(Ward 5, York
            // South-Weston)", a ward) (#15).
            let someone = |f: &usize| {
                classes[*f]
                    .as_ref()
                    .is_none_or(|(e, _)| entities.list[*e].class == Class::Person)
            };
            // "I've spoken to Craig" after "led by Craig Lindqvist": a first name alone is the
            // one person the article names in full with it, not a place.
            if to_someone
                && let Some(full) = full_name(paragraphs, mentions, i, false)
                    .or_else(|| given_name(paragraphs, mentions, i))
                    .filter(someone)
            {
                let e = enter(&mut entities, Class::Person, &mentions[full]);
                classes[i] = Some((e, m.clone()));
            } else if let Some(class) = context_class(p, m, neighbour)
                // "the Incheon club" where the article puts something "in Incheon": the club
                // of that place, not a body named so.
                && !(class == Class::Organisation
                    && evidence::named_for_a_body(p, m)
                    && entities.places_alone.contains(&normalize::key(&m.text)))
                && (class != Class::Place
                    || headed
                    || context::within(p, m)
                    || !in_an_organisation(m, &entities))
            {
                // "staff at Hallam" after "Hallam Devices": a body's first word, which the words
                // around say is a body, is that body's short form.
                let before = entities.list.len();
                // A party's word is the party, not the longer name it opens ("Labour members"
                // after "the Labour Court"), but for the party's own ("the Labour Party")
                // (second readers).
                let place = (class == Class::Organisation)
                    .then(|| names::place_s_short_form(p, &entities, m))
                    .flatten();
                let e = place
                    .or_else(|| short_form(&entities, class, m))
                    .filter(|&e| {
                        !party
                            || normalize::words(&entities.list[e].full)
                                .last()
                                .is_some_and(|w| w == "party")
                    })
                    .unwrap_or_else(|| enter(&mut entities, class, m));
                if e >= before {
                    judged.push(e);
                }
                classes[i] = Some((e, m.clone()));
            } else if let Some(full) = full_name(paragraphs, mentions, i, true) {
                // "Whitcomb, 61," after "to confirm Dana Whitcomb": the surname of that name.
                let e = enter(&mut entities, Class::Person, &mentions[full]);
                classes[i] = Some((e, m.clone()));
            } else if let Some(full) = pairs::surname_of_a_pair(paragraphs, mentions, i, &lower)
                .filter(|&f| {
                    classes[f]
                        .as_ref()
                        .is_none_or(|(e, _)| entities.list[*e].class == Class::Person)
                })
            {
                // "Ayeko took £12,000" after "Isaac Ayeko was third": a surname alone again, of a
                // name nothing else classed.
                let e = enter(&mut entities, Class::Person, &mentions[full]);
                classes[i] = Some((e, m.clone()));
            } else if let Some(e) = given_name(paragraphs, mentions, i).and_then(|f| {
                classes[f]
                    .as_ref()
                    .map(|(e, _)| *e)
                    .filter(|&e| entities.list[e].class == Class::Person)
            }) {
                // "“Kunal was brilliant,” he said" after "Kunal Bhatia": a first name alone in a
                // quotation is the one person the article names in full with it.
                classes[i] = Some((e, m.clone()));
            } else if pass == 1 && names::written_as_someone_s(p, m) {
                // "The referee was Anthony Taylor": a given name and a surname, which nothing
                // around classed, are someone's (#15).
                let e = enter(&mut entities, Class::Person, m);
                judged.push(e);
                classes[i] = Some((e, m.clone()));
            }
        }
    }
    let mut doubtful = doubtful_people(paragraphs, &classes, &entities.list);
    // One decision per name, from the words around all its mentions.
    doubtful.extend(weigh::undecided(
        paragraphs,
        mentions,
        &classes,
        &entities.list,
        &judged,
    ));
    classes
        .into_iter()
        .flatten()
        .filter(|(e, _)| !doubtful.contains(e))
        // "Van der {answer}": a surname after its own particles written in lower case would
        // leave them outside the blank, which then reads wrongly; left out.
        .filter(|(_, m)| {
            let p = &paragraphs[m.paragraph];
            !m.first
                .checked_sub(1)
                .is_some_and(|k| names::lower_case_particle(p.text_of(k)))
        })
        // "the Princess of Wales", "the Duke of Kent": the place is a royal title's, no place the
        // story is about; left out (#15).
        .filter(|(_, m)| !evidence::of_a_royal_title(&paragraphs[m.paragraph], m))
        .map(|(e, m)| found(&paragraphs[m.paragraph], &m, &entities.list[e]))
        .collect()
}

/// For each mention, whether it is initials that describe the next word or may be anyone's ("an
/// RBI single", "NHS patients", "FIFA fined"): nothing defines them and a word in lower case
/// follows; only another mention may name them.
fn described(paragraphs: &[Paragraph], mentions: &[Mention]) -> Vec<bool> {
    mentions
        .iter()
        .map(|m| {
            let p = &paragraphs[m.paragraph];
            // "ANZ senior economist", "NAB and ANZ have": a known firm's initials name it.
            is_initials(&m.text)
                && m.initials.is_none()
                && !lexicon::known_company(&m.text)
                && (context::described(p, m)
                    || (!m.with_the
                        && lexicon::country_initials(&m.text).is_none()
                        && context::before_lower_case(p, m)))
        })
        .collect()
}

/// The people whose mentions, taken together, do not agree that they are someone: no mention
/// gives them a title, and one uses them as a company ("X shareholders", "shares of X", "X said
/// it would"). A type the mentions disagree on is left out rather than guessed.
fn doubtful_people(
    paragraphs: &[Paragraph],
    classes: &[Option<(usize, Mention)>],
    list: &[Entity],
) -> Vec<usize> {
    let mut titled = vec![false; list.len()];
    let mut company = vec![false; list.len()];
    for (e, m) in classes.iter().flatten() {
        titled[*e] |= m.titled;
        if let Some(p) = paragraphs.get(m.paragraph) {
            company[*e] |= context::used_as_a_company(p, m);
        }
    }
    (0..list.len())
        .filter(|&e| list[e].class == Class::Person && company[e] && !titled[e])
        .collect()
}

/// For a one-word mention the words around speak of as someone ("Whitcomb, 61,", "Whitcomb
/// said"; any words unless `speaking`), the mention elsewhere written like a person's name that
/// ends with it ("Dana Whitcomb"), if there is one and only one such name.
fn full_name(
    paragraphs: &[Paragraph],
    mentions: &[Mention],
    i: usize,
    speaking: bool,
) -> Option<usize> {
    let m = &mentions[i];
    let p = paragraphs.get(m.paragraph)?;
    let words = normalize::words(&m.text);
    let [surname] = words.as_slice() else {
        return None;
    };
    if speaking && !context::speaks_of_someone(p, m) {
        return None;
    }
    // "Choi" of "Choi Jae-won": a name written family name first is called by its first word.
    let family = |n: &Mention| {
        lexicon::east_asian_name(&n.text) && normalize::words(&n.text).first() == Some(surname)
    };
    let mut names = mentions.iter().enumerate().filter(|(_, n)| {
        !n.before_title
            && (normalize::words(&n.text).last() == Some(surname) || family(n))
            && paragraphs
                .get(n.paragraph)
                .is_some_and(|q| context::like_a_person(q, n))
    });
    let (first, name) = names.next()?;
    names
        .all(|(_, other)| normalize::key(&other.text) == normalize::key(&name.text))
        .then_some(first)
}

/// For a one-word mention, the mention elsewhere written like a person's name of two or three
/// words that opens with it ("Craig Lindqvist" for "Craig"), if all such names are one; none when
/// the word is also a surname of the article ("Craig" of "Ann Craig") or stands alone as a name
/// nothing else explains.
fn given_name(paragraphs: &[Paragraph], mentions: &[Mention], i: usize) -> Option<usize> {
    let m = &mentions[i];
    let words = normalize::words(&m.text);
    // A first name alone is how a speaker calls someone: inside a quotation, or before a verb
    // of speech, as some outlets call everyone ("Hjördís said") (#15). Not "services to London"
    // beside "at London Euston": a name after a place's preposition is no person's.
    let [given] = words.as_slice() else {
        return None;
    };
    let p = paragraphs.get(m.paragraph)?;
    let speaks = p
        .word(m.last + 1)
        .is_some_and(|w| lexicon::SPEECH_VERBS.contains(&w.as_str()));
    // "and Joan was 18", "David died in 2018": a first name alone before a verb, as an
    // obituary calls its subject's family (#15).
    // Not a place's name ("Florence was then a city"), nor a name the article gives a relative
    // ("Their son Peter was born a year later, and Peter is now a surgeon") (second reader).
    // "Florence was then a city": a place's noun after the verb says the place.
    let a_place_s = (m.last + 2..m.last + 6).any(|k| {
        p.word(k).is_some_and(|w| {
            matches!(
                w.as_str(),
                "city" | "town" | "village" | "capital" | "port" | "country" | "region"
            )
        })
    });
    // A large city's name is the person only with an age or a death after it ("and Sydney was
    // 40 when"): not "Sydney has the highest house prices" beside "Sydney Sweeney" (second
    // reader).
    let city = lexicon::known_city(&m.text) || lexicon::known_place(&m.text);
    // Someone said to be: an age after "was" ("Sydney was 40") or a word for someone after "was
    // a" ("Sydney was a talented musician"); not "Sydney had 112 days of rain", nor a pronoun
    // elsewhere in the sentence ("Florence was flooded in 1966, her grandmother recalled")
    // (fifth reader).
    let was = matches!(p.word(m.last + 1).as_deref(), Some("was" | "is"));
    let aged = was && p.text_of(m.last + 2).parse::<u32>().is_ok_and(|n| n <= 120);
    let someone = was
        && matches!(p.word(m.last + 2).as_deref(), Some("a" | "an"))
        && (m.last + 3..m.last + 6).any(|k| p.word(k).is_some_and(|w| lexicon::names_someone(&w)));
    let aged = aged || someone || p.word(m.last + 1).as_deref() == Some("died");
    let acts = (context::before_a_verb(p, m) || p.word(m.last + 1).as_deref() == Some("died"))
        && !a_place_s
        && (!city || aged)
        && !a_relative_s(paragraphs, mentions, given);
    if p.quote_around(&m.slot).is_none() && !speaks && !acts {
        return None;
    }
    let mut names = mentions.iter().enumerate().filter(|(_, n)| {
        let words = normalize::words(&n.text);
        !n.before_title
            && (2..=3).contains(&words.len())
            && words.first() == Some(given)
            && paragraphs.get(n.paragraph).is_some_and(|q| {
                context::like_a_person(q, n)
                    && !q
                        .word_before(n.first)
                        .is_some_and(|w| lexicon::PLACE_PREPOSITIONS.contains(&w.as_str()))
            })
    });
    let (first, name) = names.next()?;
    let surname = mentions.iter().any(|n| {
        let words = normalize::words(&n.text);
        words.len() > 1 && words.last() == Some(given)
    });
    // "Joan Tregarthen" and "Joan Mary Tregarthen" are one person: the same first and last
    // words.
    let ends = |text: &str| {
        let words = normalize::words(text);
        (words.first().cloned(), words.last().cloned())
    };
    (!surname && names.all(|(_, other)| ends(&other.text) == ends(&name.text))).then_some(first)
}

/// Whether the article gives `given` alone to a relative, after a word of kin: "their son
/// Peter", "his wife, Kate,".
fn a_relative_s(paragraphs: &[Paragraph], mentions: &[Mention], given: &str) -> bool {
    let kin = |w: &str| {
        matches!(
            w,
            "son"
                | "daughter"
                | "wife"
                | "husband"
                | "brother"
                | "sister"
                | "father"
                | "mother"
                | "grandson"
                | "granddaughter"
                | "nephew"
                | "niece"
                | "partner"
                | "sons"
                | "daughters"
                | "children"
        )
    };
    mentions.iter().any(|n| {
        normalize::key(&n.text) == given
            && paragraphs.get(n.paragraph).is_some_and(|q| {
                let before = q.word_before(n.first);
                let comma = n.first >= 2 && q.is_mark(n.first - 1, &[',']);
                before.as_deref().is_some_and(kin)
                    || (comma && q.word(n.first - 2).as_deref().is_some_and(kin))
            })
    })
}

/// Whether `m`, written like a person's name of two or three words, ends with the name of a
/// person known by that one word only.
fn surname_known(p: &Paragraph, m: &Mention, entities: &Entities) -> bool {
    let words = normalize::words(&m.text);
    let known = words
        .last()
        .and_then(|w| entities.by_surname.get(w))
        .map(|&e| &entities.list[e]);
    context::like_a_person(p, m)
        && known.is_some_and(|e| e.class == Class::Person && normalize::words(&e.full).len() == 1)
}

/// The index of the entity `m` names as `class`, added when new.
fn enter(entities: &mut Entities, class: Class, m: &Mention) -> usize {
    let key = normalize::key(&m.text);
    let surname = normalize::words(&m.text)
        .last()
        .cloned()
        .unwrap_or_default();
    let at = (m.paragraph, m.first);
    // A bare surname is the person named in full before it: a full name that comes only after
    // it ("Ms. Quentin", then "her husband, Alan Quentin") is someone else.
    let before_it = |e: usize| {
        normalize::words(&entities.list[e].full).len() > 1
            || entities.first.get(&e).is_none_or(|&f| at < f)
    };
    let same = entities.named(&key, Some(class)).or_else(|| {
        (class == Class::Person)
            .then(|| entities.by_surname.get(&surname).copied())
            .flatten()
            .filter(|&e| same_person(&entities.list[e].full, &m.text) && before_it(e))
    });
    // "Mr Tan" after "Mr Tan Boon Huat", "Datuk Seri Hamdan" after "Hamdan Yusof": in names
    // given family name first, or with a father's name after the given one, the title goes
    // with the first word. Only with a title, and only one person so named before.
    let same = same.or_else(|| {
        let one_word = normalize::words(&m.text).len() == 1;
        let given = (class == Class::Person && m.titled && one_word)
            .then(|| entities.by_given.get(&surname))
            .flatten()?;
        match given.as_slice() {
            [e] if !entities.by_surname.contains_key(&surname)
                && entities.first.get(e).is_some_and(|&f| f < at) =>
            {
                Some(*e)
            }
            _ => None,
        }
    });
    let index = same.unwrap_or_else(|| {
        entities.list.push(Entity::new(class, &m.text));
        entities.list.len() - 1
    });
    let first = entities.first.entry(index).or_insert(at);
    *first = (*first).min(at);
    let e = &mut entities.list[index];
    // The fullest name is the one with the most words.
    if normalize::words(&m.text).len() > normalize::words(&e.full).len() && m.region.is_none() {
        let old = std::mem::replace(&mut e.full, m.text.clone());
        e.add_form(&old);
    }
    if let Some((state, short)) = &m.region {
        let written = m.text.clone();
        e.full = format!("{short}, {state}");
        e.add_form(short);
        e.add_form(&written);
    }
    e.add_form(&m.text);
    // "Kabanglasan" for "Mount Kabanglasan", "San Isidro" for "Barangay San Isidro".
    if class == Class::Place
        && own::opens_a_place(&normalize::words(&m.text))
        && let Some((_, rest)) = m.text.split_once(' ')
    {
        e.add_form(rest);
    }
    if let Some(initials) = &m.initials {
        e.add_form(initials);
    }
    if let Some(other) = &m.known_as {
        e.add_form(other);
    }
    if class == Class::Person
        && let Some(last) = e.full.split_whitespace().last().map(str::to_owned)
    {
        e.add_form(&last);
        // "Laurel" of "Francisco Tiu Laurel Jr.": the surname before a generation's suffix.
        let written: Vec<&str> = e.full.split_whitespace().collect();
        if written.len() > 2 && generation(&normalize::key(&last)) {
            let surname = written[written.len() - 2].trim_end_matches(',').to_owned();
            e.add_form(&surname);
        }
        // "Van der Veen" of "Marieke van der Veen": the surname with its particles.
        if let Some(surname) = names::surname_with_particles(&e.full) {
            e.add_form(&surname);
        }
    }
    entities.index_names(index);
    index
}

/// A person's surname among the words of a name: the last, or the one before a generation's
/// suffix ("Laurel" of "Francisco Tiu Laurel Jr.").
fn surname_word(words: &[String]) -> Option<&String> {
    match words {
        [.., surname, suffix] if words.len() > 2 && generation(suffix) => Some(surname),
        _ => words.last(),
    }
}

/// Whether a word is a generation's suffix after a name: "Jr.", "Sr.", "III".
fn generation(word: &str) -> bool {
    matches!(word, "jr" | "sr" | "ii" | "iii" | "iv")
}

/// A mention of an entity already known: by one of its names, by a surname, by the first word of
/// a longer name ("Meridian"), or, for words before a title, by a shorter reading.
fn known(
    p: &Paragraph,
    m: &Mention,
    entities: &Entities,
    listed: bool,
) -> Option<(usize, Mention)> {
    for reading in readings(std::slice::from_ref(p), m) {
        if (reading.first, reading.last) != (m.first, m.last)
            && let Some(class) = own_class(&reading)
            && let Some(e) = entities.named(&normalize::key(&reading.text), Some(class))
        {
            return Some((e, reading));
        }
        let key = normalize::key(&reading.text);
        if let Some(e) = entities.named(&key, None) {
            // "Portland" both a city and the first word of the Portland Timberjacks: which one
            // is meant is for the words around to say ("in Portland"), else it is left out.
            let other = entities.by_first_word.get(&key).is_some_and(|list| {
                list.iter()
                    .any(|&o| entities.list[o].class != entities.list[e].class)
            }) || (entities.list[e].class != Class::Organisation
                && in_an_organisation(&reading, entities)
                && !context::within(p, &reading));
            // "Louisville took its first lead" in an article datelined Louisville about the
            // Louisville Foxes: a result's verb after a place's name that opens a side's says
            // the side (#15); not a company's ("Denton lost 300 jobs" beside Denton Energy), nor
            // after someone's surname ("Pike won a knighthood").
            if other
                && entities.list[e].class == Class::Place
                && teams::result_after(p, &reading)
                && let Some(side) = entities.by_first_word.get(&key).and_then(|list| {
                    let sides: Vec<usize> = list
                        .iter()
                        .copied()
                        .filter(|&o| entities.list[o].class == Class::Organisation)
                        .filter(|&o| {
                            normalize::words(&entities.list[o].full)
                                .last()
                                .is_some_and(|w| a_plural_name(w))
                        })
                        .collect();
                    opening_all(entities, &sides)
                })
            {
                return Some((side, reading));
            }
            // "moved its listing to London" beside "the London Metal Exchange": a known place
            // alone is the place a body is named after; not a side's town, which a side is
            // called by ("Denver" of "the Denver Broncos") (#15).
            let a_side = || {
                entities.by_first_word.get(&key).is_some_and(|list| {
                    list.iter().any(|&o| {
                        entities.list[o].class == Class::Organisation
                            && normalize::words(&entities.list[o].full)
                                .last()
                                .is_some_and(|w| a_plural_name(w))
                    })
                })
            };
            // Nor a place the article uses alone ("in Giridih", "Giridih district", its
            // dateline) beside bodies that serve it ("Giridih Mission Hospital"), unless it
            // speaks as the body does ("Letterkenny said it had opened 12 beds").
            let speaks = p
                .word(reading.last + 1)
                .is_some_and(|w| lexicon::SPEECH_VERBS.contains(&w.as_str()));
            if other
                && entities.list[e].class == Class::Place
                && (lexicon::known_place(&reading.text)
                    || lexicon::known_city(&reading.text)
                    || (entities.places_alone.contains(&key)
                        && serves_it_only(entities, &reading)
                        && !speaks))
                && !a_side()
            {
                return Some((e, reading));
            }
            // "Pike" after "Sir Geoffrey Pike", then "Pike Industrial Holdings": a body named
            // after someone the article has introduced in full is his company; his bare surname
            // stays his (#15).
            if other && !introduced_before_the_bodies(entities, e, &key) {
                return None;
            }
            return Some((e, reading));
        }
        // "Andes Cobre could face fines" after "Andes Cobre Resources": the opening words of
        // one body's name are that body; not "in Andes Cobre", a place it is named for, nor
        // "Harrow Vance, who founded it" after "Harrow Vance Holdings", the founder.
        if let Some(e) = names::opened_body(entities, &reading)
            .filter(|_| !context::within(p, &reading) && !context::who_or_aged(p, &reading))
        {
            return Some((e, reading));
        }
        // Not "Ralph Lauren, who founded it" after "Ralph Lauren Corp.": the founder.
        if !context::located(p, &reading)
            && !context::who_or_aged(p, &reading)
            && let Some(e) = names::without_legal_ending(entities, &reading)
        {
            return Some((e, reading));
        }
        // "at Prairie Regional" after "Prairie Regional Medical Center": the opening words (two
        // or more) of one body's longer name are that body; not a known place ("New York" of
        // "New York Police Department"), nor one the article puts things in, nor someone ("Harrow
        // Vance, who founded it") (#15).
        if !m.before_title
            && !context::within(p, &reading)
            && !context::who_or_aged(p, &reading)
            && !entities.places_alone.contains(&key)
            && let Some(e) = opening_words(entities, &reading.text)
        {
            return Some((e, reading));
        }
        // "Civil Protection" after "the Department of Civil Protection and Emergency
        // Management": what a body is for, called alone, is the body (#15).
        if !m.before_title
            && !context::within(p, &reading)
            && !context::who_or_aged(p, &reading)
            && let Some(e) = names::body_by_its_purpose(entities, &reading)
        {
            return Some((e, reading));
        }
        // The first word of a longer name: one entity only, or it is not clear which; not before
        // ", Somerset", where it is more likely the place the name is called after.
        // Not after "in", "at", "near": "in Denton" is the town, not the Denton Hawks.
        // "Icelandic mortgages" after "the Icelandic Tourist Board": a country's adjective
        // describes, it does not stand for the body whose name it opens; so does a people's or a
        // faith's before a word in lower case ("Christian voters").
        // "the Foxes" after "the Louisville Foxes": a plural last word of one body's name (a
        // side's, a club's) stands for the body.
        // "Interior Minister Ada Quellan" after "the Interior Ministry": a word right before
        // "Minister" or "Secretary" is the title's portfolio, not the ministry it opens, nor
        // the one it ends ("Communities Minister" after "the Department for Communities").
        let portfolio = m.before_title
            && matches!(
                p.word(reading.last + 1).as_deref(),
                Some("minister" | "secretary")
            );
        // "millions of Americans" after "the Alliance for Retired Americans": a people's word
        // in the plural is the people, not the body whose name it ends.
        let people = key
            .strip_suffix('s')
            .is_some_and(|one| lexicon::nationality(one) || lexicon::demonym_of_a_known_place(one));
        // "Heat was a problem" after "the Miami Heat": a singular nickname opening a sentence
        // is the common word.
        // "Forge captain Owen Marchetti": a role in the side after it says the side.
        // "Heat led by 12", "Heat star Jimmy Butler": a result's verb or a star of the side.
        let role_after = p.word(reading.last + 1).is_some_and(|w| {
            lexicon::names_someone(&w)
                || clubs::team_noun(&w)
                || matches!(w.as_str(), "star" | "boss" | "stars")
        }) || teams::result_after(p, &reading);
        let singular_opening = |e: usize| {
            reading.opens
                && !role_after
                && entities
                    .singular_sides
                    .contains(&normalize::key(&entities.list[e].full))
        };
        if let Some([e]) = entities.by_last_word.get(&key).map(Vec::as_slice)
            && !singular_opening(*e)
            && !entities.shared_last_words.contains(&key)
            && normalize::words(&reading.text).len() == 1
            && !portfolio
            && !people
            && !context::located(p, &reading)
        {
            return Some((*e, reading));
        }
        // "Holmbrook" after "Holmbrook Athletic" and "the Holmbrook Athletic Supporters' Trust":
        // a body whose name opens every other name the word opens is the one the word stands
        // for; the others are named after it.
        let by_first_word = entities.by_first_word.get(&key).and_then(|list| {
            opening_all(entities, list).or_else(|| alone_before_the_others(entities, list, &key))
        });
        // "a good day for Tipperary" after "Tipperary County Council": a body that governs or
        // speaks for a place and is named after it leaves the place its name; a university or a
        // hospital is called by its first word ("Harvard") unless the article puts things in it
        // (#15).
        if let Some(e) = by_first_word
            && !(serves_a_place(&entities.list[e])
                && (entities.places_alone.contains(&key) || governs_a_place(&entities.list[e])))
            && !portfolio
            && !lexicon::nationality(&reading.text)
            // "Seoul remained at the bottom" beside "Seoul National University": a large
            // city's name alone is the city, not an institution named after it (a side named
            // after it is: "Baltimore led").
            // Nor beside "the Toronto Transit Commission": any body but a side (#15).
            // A side's only in a paragraph of sport: not "Manchester has the fastest-growing
            // economy" beside "Manchester United beat Everton 3-0" (second reader).
            && (!lexicon::known_city(&reading.text)
                || (named_as_a_side(&entities.list[e]) && teams::sporting(p)))
            && !(lexicon::people_adjective(&reading.text)
                && context::before_lower_case(p, &reading))
            && !listed
            && !(context::attributive(p, &reading) && serves_a_place(&entities.list[e]))
            && !context::place_pair(p, &reading)
            && !context::located(p, &reading)
        {
            return Some((e, reading));
        }
        // "the Consejo" after "the Consejo Regulador", "the Authority" after "the Harbour
        // Authority": a body's word alone after "the", its capital the writer's, is the one body
        // of the article whose name opens or ends with it (#15).
        if a_body_s_word_alone(&reading.text)
            && p.word_before(reading.first).as_deref() == Some("the")
            && !m.before_title
            && let Some(e) = the_one_body_with(entities, &key)
        {
            return Some((e, reading));
        }
        // "the Liberals" after "the Liberal Party": the plural of a party's first word, as
        // members call themselves, is the party; only when one party so opens, and only after
        // "the". A people's or a faith's word is no party's plural ("Israelis queued" after
        // "the Israeli Labor Party", "the Christians" after "the Christian Party"), but for a
        // listed word of politics ("liberal", "conservative").
        if let Some(one) = key.strip_suffix('s')
            && normalize::words(&reading.text).len() == 1
            && p.word_before(reading.first).as_deref() == Some("the")
            && !(lexicon::nationality(one)
                || (lexicon::demonym_of_a_known_place(one) && !lexicon::political_word(one)))
            && !portfolio
            && !context::located(p, &reading)
            && let Some([e]) = entities.by_first_word.get(one).map(Vec::as_slice)
            && entities.list[*e].class == Class::Organisation
            && normalize::words(&entities.list[*e].full)
                .last()
                .is_some_and(|w| w == "party")
        {
            return Some((*e, reading));
        }
    }
    None
}

/// The one-word names `mentions` put something in or near ("in Grindavík", "near Grindavík") or
/// name a place's division by ("Giridih district"): places where the article uses them so, which
/// a body's name opening with them does not take over elsewhere ("the evacuation of Grindavík" is
/// the town, not Grindavík Primary School; "Giridih deputy commissioner" is the district's, not
/// Giridih Sadar Hospital's).
fn places_alone(
    paragraphs: &[Paragraph],
    mentions: &[Mention],
) -> std::collections::HashSet<String> {
    mentions
        .iter()
        .filter(|m| normalize::words(&m.text).len() == 1 && !m.before_title)
        .filter(|m| {
            paragraphs.get(m.paragraph).is_some_and(|p| {
                context::within(p, m)
                    || p.word(m.last + 1).is_some_and(|w| {
                        // Not "the KaMadlala community": its people as much as its place.
                        lexicon::PLACE_NOUNS.contains(&w.as_str())
                            && w != "community"
                            && !p.capitalised(m.last + 1)
                    })
            })
        })
        .map(|m| normalize::key(&m.text))
        .collect()
}

/// The opening words, two or more, of each name of `mentions` longer than them; not where the
/// rest of the name is of people of what the opening names ("Pampa Lucero Mineworkers’ Union",
/// "Holmbrook Fans’ Trust"), nor the place a body serves ("Santa Ines Unified"): such a body is
/// named after it.
fn openings(mentions: &[Mention]) -> std::collections::HashSet<String> {
    let mut out = std::collections::HashSet::new();
    for m in mentions {
        let written: Vec<&str> = m.text.split_whitespace().collect();
        let lower: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
        let served = served_place(&lower);
        for n in 2..written.len() {
            if !written[n..].iter().any(|w| possessive_word(w)) && served != Some(n) {
                out.insert(normalize::key(&written[..n].join(" ")));
            }
        }
    }
    out
}

/// Whether a word of a name is a possessive: "Mineworkers’", "Fans'", "People’s".
fn possessive_word(word: &str) -> bool {
    word.ends_with(['’', '\'']) || word.ends_with("’s") || word.ends_with("'s")
}

/// Whether a word token holds a possessive's mark and "s" ("Suðurorka’s", one token): the
/// singular owner, not a plural's bare mark ("Mineworkers’", which `possessive_word` takes too).
fn holds_its_owner_s(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|w| w.ends_with(['’', '\'']) && w.chars().count() > 1)
}

/// The one body whose name opens with the words of `text`, two or more, and goes on after them
/// ("Prairie Regional" of "Prairie Regional Medical Center"); none for a known place.
fn opening_words(entities: &Entities, text: &str) -> Option<usize> {
    let words = normalize::words(text);
    if words.len() < 2 || lexicon::known_place(text) {
        return None;
    }
    let mut bodies = entities.list.iter().enumerate().filter(|(_, e)| {
        let full = normalize::words(&e.full);
        let rest_of_people = e
            .full
            .split_whitespace()
            .skip(words.len())
            .any(possessive_word);
        // "Santa Ines" of "Santa Ines Unified" is the town the body serves.
        e.class == Class::Organisation
            && full.len() > words.len()
            && full.starts_with(&words)
            && !rest_of_people
            && served_place(&full) != Some(words.len())
    });
    let (first, _) = bodies.next()?;
    bodies.next().is_none().then_some(first)
}

/// The one organisation of the article whose name, of two words or more, opens with `word` (a
/// key), a body's word in a language of Europe that such a name is headed by and called by
/// alone ("the Consejo" after "the Consejo Regulador", "the Gobierno"), no other body's word
/// after it; none when there are none or two. Not an English body's word: "the Bank" beside "the
/// World Bank" and "Bank of America", "the Court" beside "the Court of Appeal", "the Government"
/// beside "the Welsh Government" may each be another (third to sixth readers).
fn the_one_body_with(entities: &Entities, word: &str) -> Option<usize> {
    if !lexicon::FOREIGN_BODY_WORDS.contains(&word) {
        return None;
    }
    let mut bodies = entities.list.iter().enumerate().filter(|(_, e)| {
        let words = normalize::words(&e.full);
        e.class == Class::Organisation
            && words.len() >= 2
            && words[0] == word
            && !words[1..]
                .iter()
                .any(|w| lexicon::ORGANISATION_WORDS.contains(&w.as_str()))
    });
    let (e, _) = bodies.next()?;
    bodies.next().is_none().then_some(e)
}

/// Whether `text` is one word of a body's kind and nothing else: "Police", "Council".
fn a_body_s_word_alone(text: &str) -> bool {
    matches!(normalize::words(text).as_slice(), [w] if lexicon::ORGANISATION_WORDS.contains(&w.as_str()))
}

/// Whether a body's name ends with the word of a public institution that serves or governs a
/// place and is named for it ("Tarvik High Court", "Tarvik Coast Guard", "Tarvik Primary
/// School"): before a noun ("the Tarvik chairperson", "the central Tarvik island province"), or
/// where the article puts things in it ("in Tarvik"), its first word is the place, not the body
/// (#15). Not a club's or a company's ("the Marlcombe manager", "Norvane chief executive",
/// "Baltimore led"): their first word stands for them.
fn serves_a_place(e: &Entity) -> bool {
    normalize::words(&e.full).last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "court"
                | "association"
                | "guard"
                | "council"
                | "police"
                | "school"
                | "college"
                | "university"
                | "hospital"
                | "parliament"
                | "assembly"
                | "government"
                | "federation"
        )
    })
}

/// Whether a body's name ends as a side's does: a plural nickname ("Toronto Blue Jays") or a
/// club's word ("Toronto FC", "Leeds United"), so that the city's name alone may stand for it.
fn named_as_a_side(e: &Entity) -> bool {
    normalize::words(&e.full).last().is_some_and(|w| {
        lexicon::plural_shape(w)
            || matches!(
                w.as_str(),
                "fc" | "united" | "city" | "athletic" | "rovers" | "wanderers" | "club" | "sc"
            )
    })
}

/// Whether a body's name ends with a word of a body that governs or speaks for the place it is
/// named after: a council, an association, a police force, a government.
fn governs_a_place(e: &Entity) -> bool {
    normalize::words(&e.full).last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "council"
                | "association"
                | "police"
                | "government"
                | "federation"
                | "assembly"
                | "parliament"
                | "court"
                | "guard"
        )
    })
}

/// Of the bodies a first word opens, the one whose whole name opens all the others' ("Holmbrook
/// Athletic" of "Holmbrook Athletic Supporters' Trust"), or the only one.
fn opening_all(entities: &Entities, list: &[usize]) -> Option<usize> {
    if let [e] = list {
        return Some(*e);
    }
    let names: Vec<Vec<String>> = list
        .iter()
        .map(|&e| normalize::words(&entities.list[e].full))
        .collect();
    let (at, shortest) = names.iter().enumerate().min_by_key(|(_, n)| n.len())?;
    names
        .iter()
        .all(|n| n.starts_with(shortest) && (n.len() > shortest.len() || n == shortest))
        .then_some(list[at])
        .filter(|_| names.iter().filter(|n| *n == shortest).count() == 1)
}

/// Of the bodies a first word opens, none of whose names opens the others ("Lindholm Pharma"
/// and "the Lindholm Foundation"), the one introduced first when the article writes the word
/// alone before it introduces any other: the reader has taken the word for that body, and it
/// stays so (#15).
fn alone_before_the_others(entities: &Entities, list: &[usize], word: &str) -> Option<usize> {
    let alone = *entities.first_alone.get(word)?;
    let mut firsts: Vec<((usize, usize), usize)> = list
        .iter()
        .map(|&e| entities.first.get(&e).map(|&f| (f, e)))
        .collect::<Option<_>>()?;
    firsts.sort();
    let (first, e) = *firsts.first()?;
    let next = firsts.get(1).map(|&(f, _)| f)?;
    (first < alone && alone < next).then_some(e)
}

/// Where each name of one word is first written alone.
fn first_alone(mentions: &[Mention]) -> HashMap<String, (usize, usize)> {
    let mut at: HashMap<String, (usize, usize)> = HashMap::new();
    for m in mentions {
        if normalize::words(&m.text).len() == 1 {
            let first = at
                .entry(normalize::key(&m.text))
                .or_insert((m.paragraph, m.first));
            *first = (*first).min((m.paragraph, m.first));
        }
    }
    at
}

/// Whether `e` is someone named in full whose first mention comes before that of every body with
/// `word` in its name, and of every other person with it: the bodies are named after the person,
/// not the person after them, and the others are relatives, called by their first names.
fn introduced_before_the_bodies(entities: &Entities, e: usize, word: &str) -> bool {
    let person = &entities.list[e];
    if person.class != Class::Person || normalize::words(&person.full).len() < 2 {
        return false;
    }
    let Some(&at) = entities.first.get(&e) else {
        return false;
    };
    let mut bodies = entities
        .list
        .iter()
        .enumerate()
        .filter(|(o, other)| {
            *o != e
                && other
                    .names()
                    .any(|n| normalize::words(n).iter().any(|w| w == word))
        })
        .peekable();
    bodies.peek().is_some()
        // A relative named after the person ("the second of three daughters of Harold
        // Tregarthen") leaves the bare surname the person's, as news style has it (#15).
        && bodies.all(|(o, other)| {
            matches!(other.class, Class::Organisation | Class::Person)
                && entities.first.get(&o).is_some_and(|&f| at < f)
        })
}

/// The last words that end two or more different names of several words among `mentions`.
fn shared_last_words(mentions: &[Mention]) -> std::collections::HashSet<String> {
    let mut names: HashMap<String, std::collections::HashSet<String>> = HashMap::new();
    for m in mentions {
        let words = normalize::words(&m.text);
        if words.len() > 1
            && let Some(last) = words.last()
        {
            names
                .entry(last.clone())
                .or_default()
                .insert(normalize::key(&m.text));
        }
    }
    names
        .into_iter()
        .filter(|(_, full)| full.len() > 1)
        .map(|(last, _)| last)
        .collect()
}

/// Whether the last word of a body's name is a plural of a name of its own ("Foxes",
/// "Mariners"), not a body's or a place's word ("Holdings", "Partners", "Islands").
fn a_plural_name(word: &str) -> bool {
    lexicon::plural_shape(word)
        && !lexicon::ORGANISATION_WORDS.contains(&word)
        && !lexicon::PLACE_WORDS.contains(&word)
}

/// Whether a mention's name is a known entity's and the first word of another of another class
/// ("Portland" the city and "Portland Air"): only "in/at/near Portland" may say which.
fn two_things(p: &Paragraph, m: &Mention, entities: &Entities) -> bool {
    let key = normalize::key(&m.text);
    let classes: Vec<Class> = entities
        .by_name
        .get(&key)
        .into_iter()
        .flatten()
        .chain(entities.by_first_word.get(&key).into_iter().flatten())
        .map(|&e| entities.list[e].class)
        .collect();
    let first_word = classes.iter().any(|&c| c != classes[0]) && !context::located(p, m);
    let inside = classes.iter().any(|&c| c != Class::Organisation)
        && in_an_organisation(m, entities)
        && !context::within(p, m);
    first_word || inside
}

/// Whether a one-word mention is a word of an organisation's name the article gives ("at
/// Wrexley" after "the University of Wrexley", "trains at Loughborough" after "Loughborough
/// University"): the words that would make it a place ("at", "to") suit the organisation as well,
/// so they do not say which it is; only "in/near Wrexley" does.
fn in_an_organisation(m: &Mention, entities: &Entities) -> bool {
    let words = normalize::words(&m.text);
    let [word] = words.as_slice() else {
        return false;
    };
    entities.list.iter().any(|e| {
        e.class == Class::Organisation
            && e.names().any(|n| {
                let words = normalize::words(n);
                words.len() > 1
                    && words.contains(word)
                    && !served_place(&words).is_some_and(|k| words[..k].contains(word))
                    && !(names::served_place_last(&words) && words.last() == Some(word))
            })
    })
}

/// The one-word places the article uses alone (`places_alone`: "in Korba", "Korba district")
/// whose every body is named for them as a place it serves ("Korba Mission Hospital"): known as
/// places from then on, so that "civil surgeon of Korba" and "Korba deputy collector" are the
/// district, as `served_places` makes "Yarmouth" of "Yarmouth Regional Hospital" the town.
fn places_served_alone(entities: &mut Entities, mentions: &[Mention]) {
    let mut places: Vec<&Mention> = Vec::new();
    for m in mentions {
        let key = normalize::key(&m.text);
        if entities.places_alone.contains(&key)
            && entities.named(&key, None).is_none()
            && entities.by_first_word.contains_key(&key)
            && serves_it_only(entities, m)
            && !places.iter().any(|p| normalize::key(&p.text) == key)
        {
            places.push(m);
        }
    }
    for m in places {
        entities.list.push(Entity::new(Class::Place, &m.text));
        entities.index_names(entities.list.len() - 1);
    }
}

/// Whether every body whose name holds the one word of `m` is named for it as a place it serves:
/// the word opens the name, which ends as a hospital's, a council's or a school's does ("Giridih
/// Mission Hospital"); not a company's ("Denton Energy"), whose first word may stand for it.
fn serves_it_only(entities: &Entities, m: &Mention) -> bool {
    let words = normalize::words(&m.text);
    let [word] = words.as_slice() else {
        return false;
    };
    entities
        .list
        .iter()
        .filter(|e| e.class == Class::Organisation)
        .filter(|e| e.names().any(|n| normalize::words(n).contains(word)))
        .all(|e| {
            serves_a_place(e)
                && normalize::words(&e.full).first() == Some(word)
                && normalize::words(&e.full).len() > 1
        })
}

/// `m`, then its shorter readings (for words before a title), each as a mention of its own.
fn readings<'m>(paragraphs: &'m [Paragraph], m: &'m Mention) -> impl Iterator<Item = Mention> + 'm {
    let p = paragraphs
        .get(m.paragraph)
        .filter(|p| p.index == m.paragraph)
        .or_else(|| paragraphs.iter().find(|p| p.index == m.paragraph));
    std::iter::once((m.first, m.last))
        .chain(m.shorter.iter().copied())
        .filter_map(move |(first, last)| {
            let p = p?;
            let mut reading = m.clone();
            if (first, last) != (m.first, m.last) {
                reading.first = first;
                reading.last = last;
                reading.slot = p.tokens[first].start..p.tokens[last].end;
                reading.text = p.text[reading.slot.clone()].to_owned();
                reading.shorter.clear();
            }
            Some(reading)
        })
}

/// The found name: the blank over the mention, the entity's fullest name as the answer, its other
/// names as aliases.
fn found(p: &Paragraph, m: &Mention, e: &Entity) -> Found {
    let mut found = Found::new(
        p,
        m.slot.clone(),
        e.class,
        e.full.clone(),
        Value::Name(normalize::key(&e.full)),
    );
    let full = normalize::key(&e.full);
    let mut aliases: Vec<String> = Vec::new();
    for form in e.forms.iter().chain(std::iter::once(&m.text)) {
        let key = normalize::key(form);
        if key != full && !aliases.iter().any(|a| normalize::key(a) == key) {
            aliases.push(form.clone());
        }
    }
    found.aliases = aliases;
    found
}

mod bodies;
mod cities;
mod clubs;
mod context;
mod evidence;
mod lineup;
mod lists;
mod members;
mod names;
mod nicknames;
mod own;
mod pairs;
mod pairs_of_names;
mod seeds;
mod ships;
mod sides;
mod storms;
mod teams;
mod things;
mod weigh;
mod works;

use context::{context_class, neighbour_class};
use names::{same_person, served_place, served_places, short_form};
use own::{is_initials, own_class};

#[cfg(test)]
mod tests;

#[cfg(test)]
mod evidence_tests;

#[cfg(test)]
mod reader_tests;

#[cfg(test)]
mod company_tests;

#[cfg(test)]
mod round_m_tests;

#[cfg(test)]
mod round_o_tests;

#[cfg(test)]
mod round_q_tests;

#[cfg(test)]
mod round_a_tests;
#[cfg(test)]
mod round_i17a_tests;
#[cfg(test)]
mod round_i18b_tests;
#[cfg(test)]
mod round_i19a_tests;
#[cfg(test)]
mod round_i20a_tests;
#[cfg(test)]
mod round_i20b_tests;
#[cfg(test)]
mod round_i21a_tests;
#[cfg(test)]
mod round_i22a_tests;
#[cfg(test)]
mod round_i23a_tests;
#[cfg(test)]
mod round_i24a_tests;
#[cfg(test)]
mod round_i25a_tests;
#[cfg(test)]
mod round_i25b_tests;
#[cfg(test)]
mod round_i25c_tests;
#[cfg(test)]
mod round_i26a_tests;
#[cfg(test)]
mod round_i26b_tests;
#[cfg(test)]
mod round_i27a_tests;
#[cfg(test)]
mod round_i27b_tests;
#[cfg(test)]
mod round_i27c_tests;
#[cfg(test)]
mod round_i27d_tests;
#[cfg(test)]
mod round_i28a_tests;
#[cfg(test)]
mod round_i29a_tests;
#[cfg(test)]
mod round_i29b_tests;
#[cfg(test)]
mod round_i29c_tests;
#[cfg(test)]
mod round_i29d_tests;
#[cfg(test)]
mod round_i29e_tests;
#[cfg(test)]
mod round_i30a_tests;
#[cfg(test)]
mod round_i30b_tests;
#[cfg(test)]
mod round_i30c_tests;
#[cfg(test)]
mod round_i30d_tests;
#[cfg(test)]
mod round_i30e_tests;
#[cfg(test)]
mod round_i30f_tests;
#[cfg(test)]
mod round_i30g_tests;
#[cfg(test)]
mod round_i31a_tests;
#[cfg(test)]
mod round_i31b_tests;
#[cfg(test)]
mod round_i31c_tests;
#[cfg(test)]
mod round_i31d_tests;
#[cfg(test)]
mod round_i31e_tests;
#[cfg(test)]
mod round_i31g_tests;
#[cfg(test)]
mod round_i32a_tests;
#[cfg(test)]
mod round_i32b_tests;
#[cfg(test)]
mod round_i32f_tests;
#[cfg(test)]
mod round_i33a_tests;
#[cfg(test)]
mod round_i33b_tests;
#[cfg(test)]
mod round_i33d_tests;
#[cfg(test)]
mod round_i33e_tests;
#[cfg(test)]
mod round_i33f_tests;
#[cfg(test)]
mod round_i33h_tests;
#[cfg(test)]
mod round_i33i_tests;
#[cfg(test)]
mod round_i33k_tests;
#[cfg(test)]
mod round_i33l_tests;
#[cfg(test)]
mod round_i33m_tests;
#[cfg(test)]
mod round_m18b_tests;
#[cfg(test)]
mod round_n_tests;
#[cfg(test)]
mod round_p_tests;
#[cfg(test)]
mod round_q2_tests;
#[cfg(test)]
mod round_t_tests;
#[cfg(test)]
mod round_u_tests;
#[cfg(test)]
mod round_w_tests;
#[cfg(test)]
mod round_y_tests;
