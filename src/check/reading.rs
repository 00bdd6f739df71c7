//! An answer that is no number or date read word by word against each accepted form (`phrase`),
//! with what the question and the other answers say in mind (#11).

use super::phrase::{self, Words};
use super::{Accepted, Match, lexicon};
use crate::model::AnswerType;
use crate::normalize;

impl Accepted {
    /// Word by word against each form (`phrase`): the best fit, exact or by slips.
    pub(super) fn by_words(&self, given: &str, slips: bool) -> Option<Match> {
        let own = self.own_words();
        let rivals = self.rival_words();
        let family = self.family();
        let rules = self.phrase_rules(slips, &own, &rivals, &family);
        let variants = if self.answer_type == AnswerType::Person {
            name_variants(given)
        } else {
            vec![given.to_owned()]
        };
        let forms: Vec<Words> = self.forms.iter().map(|f| Words::of(f)).collect();
        let (edits, index) = variants
            .iter()
            .map(|v| Words::of(v))
            .flat_map(|typed| {
                let (rules, forms) = (&rules, &forms);
                forms
                    .iter()
                    .enumerate()
                    .filter_map(move |(i, form)| phrase::fit(&typed, form, rules).map(|e| (e, i)))
            })
            .min()?;
        Some(if edits == 0 {
            Match::Exact
        } else {
            Match::Slip {
                spelling: self.forms[index].clone(),
                edits,
            }
        })
    }

    /// What a word-by-word reading of an answer to this question may allow.
    pub(super) fn phrase_rules<'a>(
        &'a self,
        slips: bool,
        own: &'a [String],
        rivals: &'a [Vec<String>],
        family: &'a [String],
    ) -> phrase::Rules<'a> {
        let calendar_word = |f: &String| {
            super::date::weekday_index(f).is_some()
                || super::date::MONTHS
                    .iter()
                    .any(|m| m.eq_ignore_ascii_case(f.trim()))
        };
        phrase::Rules {
            context: &self.context,
            slips,
            person: self.answer_type == AnswerType::Person,
            place: self.answer_type == AnswerType::Place,
            calendar: matches!(self.answer_type, AnswerType::Day | AnswerType::Date)
                || self.forms.iter().any(calendar_word),
            family,
            own,
            rivals,
        }
    }

    /// The words of every accepted form.
    pub(super) fn own_words(&self) -> Vec<String> {
        let mut own: Vec<String> = self.forms.iter().flat_map(|f| phrase::tokens(f)).collect();
        own.sort();
        own.dedup();
        own
    }

    /// The words of each rival that is not itself an accepted form.
    pub(super) fn rival_words(&self) -> Vec<Vec<String>> {
        let forms: Vec<String> = self.forms.iter().map(|f| normalize::key(f)).collect();
        self.rivals
            .iter()
            .filter(|r| !forms.contains(&normalize::key(r)))
            .map(phrase::tokens)
            .filter(|r| !r.is_empty())
            .collect()
    }

    /// A person's family name as the answer (the first form) has it: "kim" of Kim Jong-un, so
    /// that an alias written "Kim Jong Un" keeps it.
    fn family(&self) -> Vec<String> {
        if self.answer_type != AnswerType::Person {
            return Vec::new();
        }
        let Some(first) = self.forms.first() else {
            return Vec::new();
        };
        let words = Words::of(first);
        phrase::family(&words)
            .into_iter()
            .map(|k| words.words[k].clone())
            .filter(|w| !lexicon::is_filler(w))
            .collect()
    }
}

/// The ways a typed name may be meant: as typed, and with a nickname in quotes either way round
/// ("Edwin 'Buzz' Aldrin" is also "Edwin Aldrin" and "Buzz Aldrin").
fn name_variants(given: &str) -> Vec<String> {
    let mut variants = vec![given.to_owned()];
    let quotes = |c: char| {
        matches!(
            c,
            '\'' | '"' | '\u{2018}' | '\u{2019}' | '\u{201c}' | '\u{201d}'
        )
    };
    let Some(open) = given.find(quotes) else {
        return variants;
    };
    let after = open + given[open..].chars().next().map_or(1, char::len_utf8);
    let Some(len) = given[after..].find(quotes) else {
        return variants;
    };
    let close = after + len;
    let nickname = &given[after..close];
    let rest = &given[close + given[close..].chars().next().map_or(1, char::len_utf8)..];
    let before = given[..open].trim_end();
    variants.push(format!("{before} {rest}"));
    let without_first = before.rsplit_once(' ').map_or("", |(head, _)| head);
    variants.push(format!("{without_first} {nickname} {rest}"));
    variants
}
