//! `factquiz judge`: typed answers to one fact, judged as a game judges them (#11).

use predicates::prelude::*;
use serde_json::Value;

use super::{factquiz, fixture, judge_json};

#[test]
fn answers_are_judged_with_the_reason() {
    factquiz()
        .args(["judge", "cases-count", "55 small cases", "65", "fifty five"])
        .assert()
        .success()
        .stdout(predicate::str::contains("(answer: 55)"))
        .stdout(predicate::str::contains("right    55 small cases"))
        .stdout(predicate::str::contains("wrong    65  10 too high"))
        .stdout(predicate::str::contains("right    fifty five"));
    factquiz()
        .args(["judge", "base-city", "Pyeongteak"])
        .assert()
        .success()
        .stdout(predicate::str::contains("spelling slip of Pyeongtaek"));
}

#[test]
fn answers_come_one_a_line_from_stdin_and_json_says_how() {
    let out = factquiz()
        .args(["judge", "--json", "--questions"])
        .arg(fixture("answering.json"))
        .arg("city")
        .write_stdin("Pyeongtaek\nBusan\nPyeongteak\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let verdicts: Vec<(&str, &str)> = report["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["verdict"].as_str().unwrap(), r["how"].as_str().unwrap()))
        .collect();
    assert_eq!(
        verdicts,
        [("right", "exact"), ("wrong", "wrong"), ("right", "slip")]
    );
}

#[test]
fn a_multiple_choice_line_with_the_options_as_printed() {
    let out = factquiz()
        .args(["judge", "--json", "--questions"])
        .arg(fixture("answering.json"))
        .args([
            "covering",
            "--option",
            "the US flag",
            "--option",
            "the United Nations insignia",
        ])
        .args([
            "--option",
            "the South Korean flag",
            "--option",
            "the North Korean flag",
        ])
        .args(["--", "b)", "a", "UN flag", "Korean flag", "-x"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let verdicts: Vec<String> = report["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["verdict"].as_str().unwrap(),
                r["option"].as_str().unwrap_or("-")
            )
        })
        .collect();
    assert_eq!(
        verdicts,
        ["right b", "wrong a", "confirm b", "again -", "again -"]
    );
}

#[test]
fn an_unknown_fact_or_options_without_the_answer_are_named() {
    factquiz()
        .args(["judge", "no-such-fact", "x"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no fact \"no-such-fact\""));
    factquiz()
        .args([
            "judge",
            "cases-count",
            "--option",
            "1",
            "--option",
            "2",
            "x",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "none of the options given is the answer",
        ));
}

#[test]
fn numbers_are_shown_as_the_game_shows_them() {
    factquiz()
        .args(["judge", "--questions"])
        .arg(fixture("corpus/files/sputnik-1-launch-1957.json"))
        .args(["sputnik-sphere-mass", "83.2", "84.6"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "right    83.2  within the tolerance: 0.4 too low",
        ))
        .stdout(predicate::str::contains("wrong    84.6  1 too high"))
        .stdout(predicate::str::contains("0000").not());
}

#[test]
fn a_line_that_is_not_text_or_too_many_options_are_refused_in_plain_words() {
    factquiz()
        .args(["judge", "base-city"])
        .write_stdin(b"Pyeongtaek\nPyeong\xfftaek\n".to_vec())
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "standard input: line 2: not UTF-8 text",
        ))
        .stderr(predicate::str::contains("cannot write output").not());
    let mut command = factquiz();
    command.args(["judge", "cases-count"]);
    for n in 0..27 {
        command.arg("--option").arg(format!("{}", 50 + n));
    }
    command
        .arg("55")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "27 options given: a question has at most 26",
        ));
}

#[test]
fn the_answers_a_player_counted_with_bang_count_as_in_a_game() {
    let data = tempfile::tempdir().unwrap();
    let judged = || {
        let out = factquiz()
            .env("FACTQUIZ_DATA_DIR", data.path())
            .args(["judge", "--json", "--questions"])
            .arg(fixture("answering.json"))
            .args(["city", "Songtan"])
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        report["results"][0]["verdict"].as_str().unwrap().to_owned()
    };
    assert_eq!(judged(), "wrong");
    std::fs::write(
        data.path().join("aliases.json"),
        r#"{"version": 1, "aliases": [{"event": "answering", "fact": "city", "answer": "Pyeongtaek", "alias": "Songtan", "time": "2026-01-01T00:00:00Z"}]}"#,
    )
    .unwrap();
    assert_eq!(judged(), "right");
    // Read only: judging changes nothing in the data folder.
    assert!(!data.path().join("aliases.lock").exists());
}

/// Lines a player who had not seen the code typed at a drafted article's questions (an Indian
/// paper's earthquake report: amounts in lakh and crore, organisations known by their initials),
/// each labelled with what they meant: the option (or none) at a multiple-choice question, and
/// whether a fair quizmaster counts it at a short-answer one (tests/fixtures/blind/amounts.jsonl,
/// the bank as drafted beside it). `factquiz judge` must read them as meant.
#[test]
fn a_blind_players_amounts_and_options_are_judged_as_they_meant() {
    let text = std::fs::read_to_string(fixture("blind/amounts.jsonl")).unwrap();
    let records: Vec<Value> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // One run of `judge` a question: its id and options as printed.
    let mut asked: Vec<(String, Vec<String>)> = Vec::new();
    for r in &records {
        let options: Vec<String> = r["options"]
            .as_array()
            .map(|o| o.iter().map(|s| s.as_str().unwrap().to_owned()).collect())
            .unwrap_or_default();
        let key = (r["id"].as_str().unwrap().to_owned(), options);
        if !asked.contains(&key) {
            asked.push(key);
        }
    }
    let mut misread = Vec::new();
    for (id, options) in &asked {
        let lines: Vec<&Value> = records
            .iter()
            .filter(|r| {
                r["id"] == id.as_str()
                    && r["options"]
                        .as_array()
                        .map_or(options.is_empty(), |o| o.len() == options.len())
            })
            .collect();
        let typed: Vec<&str> = lines
            .iter()
            .map(|r| r["answer"].as_str().unwrap())
            .collect();
        let (results, right) = judge_json(&fixture("blind/amounts-bank.json"), id, options, &typed);
        for (r, got) in lines.iter().zip(&results) {
            let verdict = got["verdict"].as_str().unwrap();
            let picked = got["option"].as_str().and_then(|o| o.chars().next());
            let (want, agrees) = if options.is_empty() {
                let fair = r["fair"].as_bool().unwrap();
                let want = if fair { "right" } else { "wrong" };
                (want, verdict == want || (fair && verdict == "confirm"))
            } else {
                match r["means"].as_str().and_then(|m| m.chars().next()) {
                    None => ("again", verdict == "again"),
                    Some(m) if Some(m) == right => (
                        "right",
                        verdict == "right" || (verdict == "confirm" && picked == Some(m)),
                    ),
                    // A wrong option must be the one meant, where judge says which it read.
                    Some(m) => (
                        "wrong",
                        (verdict == "wrong" && picked.is_none_or(|p| p == m))
                            || (verdict == "confirm" && picked == Some(m)),
                    ),
                }
            };
            if !agrees {
                misread.push(format!(
                    "{id} {:?}: want {want}, got {verdict}",
                    r["answer"]
                ));
            }
        }
    }
    assert_eq!(records.len(), 187);
    // Measured: 148 of 187 as meant before the lakh/crore, currency, clock-time, initials and
    // lead-in ("the answer is b") rules, 172 after, 174 after a time read by the clock ("03:12")
    // and a day of a month typed in figures ("18/2"), 175 after a number that may be a position
    // or an option's own ("1" among 11.47 p.m., 1 p.m.) asks. Left: spelled digits ("one one
    // two": reading them as one number read "two three-day trips" as 23 in drafts), first
    // names, other names of a body ("Ministry of Home Affairs"), "sixx", "dehradoon".
    at_most(&misread, 12);
}

/// Fails, listing them, when more than `limit` of a blind player's lines were misread.
fn at_most(misread: &[String], limit: usize) {
    assert!(
        misread.len() <= limit,
        "{} misread:\n{}",
        misread.len(),
        misread.join("\n")
    );
}

/// The lines of a blind player's fixture (`{"id", "answer", "fair", "why"}` a line) that
/// `factquiz judge` does not judge as the player meant, each question judged against `bank(id)`.
fn blind_misreads(fixture_name: &str, count: usize, bank: impl Fn(&str) -> String) -> Vec<String> {
    let text = std::fs::read_to_string(fixture(fixture_name)).unwrap();
    let records: Vec<Value> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(records.len(), count);
    let mut ids: Vec<&str> = Vec::new();
    for r in &records {
        let id = r["id"].as_str().unwrap();
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    let mut misread = Vec::new();
    for id in ids {
        let lines: Vec<&Value> = records.iter().filter(|r| r["id"] == id).collect();
        misread.extend(misreads_at(&fixture(&bank(id)), id, &lines));
    }
    misread
}

/// The lines (`{"answer", "fair"}`) typed at question `id` of `bank` that `factquiz judge` does
/// not judge as the player labelled them (a fair one may also be asked to be confirmed).
fn misreads_at(bank: &std::path::Path, id: &str, lines: &[&Value]) -> Vec<String> {
    let typed: Vec<&str> = lines
        .iter()
        .map(|r| r["answer"].as_str().unwrap())
        .collect();
    let (results, _) = judge_json(bank, id, &[], &typed);
    let mut misread = Vec::new();
    for (r, got) in lines.iter().zip(&results) {
        let verdict = got["verdict"].as_str().unwrap();
        let fair = r["fair"].as_bool().unwrap();
        let want = if fair { "right" } else { "wrong" };
        if !(verdict == want || (fair && verdict == "confirm")) {
            misread.push(format!(
                "{id} {:?}: want {want}, got {verdict}",
                r["answer"]
            ));
        }
    }
    misread
}

/// Lines a player who had not seen the code typed at a drafted Formula One report's timing
/// questions (lap times, gaps, a temperature, a place), each labelled with whether a fair
/// quizmaster counts it (tests/fixtures/blind/timing.jsonl, the bank as drafted beside it).
#[test]
fn a_blind_players_race_timings_are_judged_as_they_meant() {
    let misread = blind_misreads("blind/timing.jsonl", 144, |_| {
        "blind/timing-bank.json".to_owned()
    });
    // Measured: 125 of 144 as meant before round i15p's lap times, 126 after, 137 after decimals
    // said in words and a temperature's scale, 143 after spans of time read by their length
    // ("1 min 31.204", "87ms"; "1:31:204" is no span). Left: "87 thousandths" of a second.
    at_most(&misread, 1);
}

/// A player who had not seen the code, at seven drafted short-answer questions whose answers are
/// naira amounts ("N2.3 billion", a Nigerian court report), a dollar amount and game-clock times
/// ("with 10:41 to play"): 110 lines, each labelled fair or not (tests/fixtures/blind/naira-clocks.jsonl;
/// the questions as shown in naira-clocks-questions.txt, the drafted facts in naira-bank.json and
/// clock-bank.json).
#[test]
fn a_blind_players_naira_amounts_and_game_clocks_are_judged_as_they_meant() {
    let misread = blind_misreads("blind/naira-clocks.jsonl", 110, |id| {
        if id.starts_with("commissioner-conviction") {
            "blind/naira-bank.json".to_owned()
        } else {
            "blind/clock-bank.json".to_owned()
        }
    });
    // Measured: 102 of 110 as meant before scale words typed with a slip ("N8 milion"), 106
    // after. Left, as the player labelled them right: "640.000" (a thousands dot), "10.41" and
    // "2.05" (a dot for a game clock's colon; another blind player labelled "61.51" for 61min
    // 51sec wrong, so the two disagree) and "10:41 remaining" (a word of the sentence typed).
    at_most(&misread, 4);
}

/// A player who had not seen the code, at six drafted questions whose answers are amounts in
/// trillions and billions of yen and one at a time spelt out to the second ("31 minutes and 48
/// seconds"; tests/fixtures/blind/trillions-questions.txt is what they were shown): 70 lines,
/// each labelled fair or not.
#[test]
fn a_blind_players_trillions_and_a_spelt_out_time_are_judged_as_they_meant() {
    let misread = blind_misreads("blind/trillions.jsonl", 70, |id| {
        if id.starts_with("yen-carmaker") {
            "blind/trillion-bank.json".to_owned()
        } else {
            "blind/ambulance-bank.json".to_owned()
        }
    });
    // Measured: the drafter before "trillion" was a scale word drafted none of these amounts;
    // with it, 67 of 70 as meant, 68 once a slip of "trillion" ("trilion") is read as one. Left:
    // "1.21 trillions" and "11.8 trillions", which this player labelled right and the naira
    // player labelled wrong ("1.4 billions"): the two disagree, and the plural stays wrong.
    at_most(&misread, 2);
}

/// A player who had not seen the code, at three drafted questions whose answers are amounts in
/// Vanuatu's vatu ("VT1.75 billion"; tests/fixtures/blind/vatu-questions.txt is what they were
/// shown): 74 lines, each labelled fair or not.
#[test]
fn a_blind_players_vatu_amounts_are_judged_as_they_meant() {
    let misread = blind_misreads("blind/vatu.jsonl", 74, |_| {
        "blind/vatu-bank.json".to_owned()
    });
    // Measured: 72 of 74 as meant once the vatu was a currency, 73 once a currency's code after
    // the amount ("1.75B VT") is read as before it. Left: "420 mil vatu", labelled right.
    at_most(&misread, 1);
}

/// Another player who had not seen the code, at 17 questions whose answers are spans of time
/// (lap times and gaps of the Formula One report, a marathon's finishing times and margins;
/// tests/fixtures/blind/spans-questions.jsonl is what they were shown): 192 lines in the forms
/// people write a length of time, and near misses, each labelled fair or not.
#[test]
fn a_blind_players_spans_of_time_are_judged_by_their_length() {
    let misread = blind_misreads("blind/spans.jsonl", 192, |id| {
        if id.starts_with("tyneside-marathon") {
            "blind/spans-marathon-bank.json".to_owned()
        } else {
            "blind/timing-bank.json".to_owned()
        }
    });
    // Measured: 155 of 192 as meant before spans were read (main ddb9496), 176 with the first
    // reading (written before this fixture), 192 after its misses were mended in the mechanism
    // (a race time whose other forms have units; "2:03 hours"; "0:21" for 21 seconds; a hedge;
    // a bare "2.03" is no span).
    at_most(&misread, 0);
}

/// A player who had not seen the code, at nine amounts of a round-up of twelve countries' money
/// written by another such helper (shillings, kwacha, francs, reais, lira, taka, cedis, kronor,
/// riyals; tests/fixtures/blind/currencies-questions.txt is what they were shown): 130 lines,
/// each labelled fair or not.
#[test]
fn a_blind_players_amounts_in_twelve_currencies_are_judged_as_they_meant() {
    let misread = blind_misreads("blind/currencies.jsonl", 130, |_| {
        "blind/currencies-bank.json".to_owned()
    });
    // Measured: the judge before the table of currencies refuses the bank ("Sh12.4 billion" is
    // no number to it); with the table 126 of 130 as meant, 127 once letters before a symbol
    // that is no currency alone ("GH¢300 million") are read as the sign. Left: "5 thousand crore
    // taka" and "Tk 5,000 corre" (labelled right); 128 once the judge reads whose money an amount
    // is ("QR4 billion" for Saudi riyals, labelled wrong, is refused).
    at_most(&misread, 2);
}

/// A third player who had not seen the code, at the same nine amounts, typing the right amount
/// every way and the same amount in a neighbour's money of the same name or sign ("UGX", "MK",
/// "CFA francs", "QR"): 142 lines, each labelled fair or not.
#[test]
fn a_blind_players_amounts_in_a_neighbours_money_are_refused() {
    let misread = blind_misreads("blind/currencies-neighbours.jsonl", 142, |_| {
        "blind/currencies-bank.json".to_owned()
    });
    // Measured: 16 misread when every currency of one unit was one to the judge; 5 once it reads
    // whose money the answer and the typed amount are. Left, labelled fair: "ZMK" and "GHC" (old
    // codes), "800 miljoner kronor", "800 million kroner" and "4 billion rials" (the last two
    // marked debatable by the player).
    at_most(&misread, 5);
}

/// A player who had not seen the code, at thirteen questions drafted from articles with shares
/// written as ratios ("two out of three", "7 in 10") and amounts in cents or pence, typing the
/// right value every way and near misses (tests/fixtures/blind/shares-cents.jsonl, each line
/// labelled fair or not; the banks as drafted beside it). 132 lines are at the eleven questions
/// the game asks; the 24 lines at two pence questions that no draft asks any more are kept in
/// shares-cents-pence-unasked.jsonl.
#[test]
fn a_blind_players_shares_and_cents_are_judged_as_they_meant() {
    let misread = blind_misreads("blind/shares-cents.jsonl", 132, |id| {
        let article = id.split("-p").next().unwrap();
        format!("blind/shares-cents-{article}.json")
    });
    // Measured on the drafter of 9076db8: 33 misread ("96c", "96¢", "$0.96" for 96 cents;
    // "four out of five" for "Four in five", "70 percent", "0.7" for "7 in 10", typos in
    // "out of"). 24 once a share is judged by its value (round j18: "four out of five", "7in10",
    // "70 percent", "0.7", "8 in 10" for "Four in five"); 22 once a slip of "out of" is read as
    // one ("2 ouf of 3", "9 ot of 10"); 1 once an amount is read in its currency's hundredths
    // and back ("96c", "96¢", "$0.96", "$.96", "25 cnets" for 96 or 25 cents; "215p", "two
    // pounds fifteen" for £2.15). Left: ".96", labelled fair where the player saw "_____ per
    // share"; the question as drafted now prints "_____ cents per share".
    at_most(&misread, 1);
}

/// The same player's lines at the questions as it saw them asked: the pence questions ("10p",
/// "15p": tests/fixtures/blind/shares-cents-pence-unasked.jsonl) and the cent questions at their
/// `asked_as` ids ("_____ per share", answer 0.96 dollars), which only a draft that keys an
/// amount in hundredths in its currency asks (CONVENTIONS: "96 cents" = 0.96 dollars). The banks
/// beside the lines were drafted before that and are kept as drafted, so the three articles are
/// drafted here with the drafter as it is now, as the README says they were.
#[test]
fn a_blind_players_cents_and_pence_are_judged_as_they_meant_where_they_were_asked() {
    let drafted = tempfile::tempdir().unwrap();
    for (id, article) in [
        ("fares-survey", "blind/shares-cents-fares-survey.txt"),
        (
            "chipmaker-earnings",
            "tuning/holdout27/chipmaker-earnings.txt",
        ),
        (
            "hurricane-landfall",
            "tuning/holdout21/hurricane-landfall.txt",
        ),
    ] {
        factquiz()
            .args(["draft", "--id", id, "--title", "Measured", "--all", "-o"])
            .arg(drafted.path().join(format!("{id}.json")))
            .arg(fixture(article))
            .assert()
            .success();
        // The player saw an amount in hundredths blanked with nothing beside it ("_____ per
        // share"); the drafter now writes the currency's sign before such a blank ("$_____ per
        // share"), where a bare "96" means 96 dollars. The statements are put back as asked.
        let path = drafted.path().join(format!("{id}.json"));
        let mut bank: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for fact in bank["facts"].as_array_mut().unwrap() {
            if fact["answer"].as_str().is_some_and(|a| a.starts_with("0.")) {
                let statement = fact["statement"].as_str().unwrap();
                let asked = statement
                    .replace("${answer}", "{answer}")
                    .replace("£{answer}", "{answer}");
                fact["statement"] = Value::String(asked);
            }
        }
        std::fs::write(&path, serde_json::to_string(&bank).unwrap()).unwrap();
    }
    let mut lines: Vec<Value> = Vec::new();
    for name in ["shares-cents-pence-unasked.jsonl", "shares-cents.jsonl"] {
        let text = std::fs::read_to_string(fixture(&format!("blind/{name}"))).unwrap();
        lines.extend(
            text.lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| serde_json::from_str::<Value>(l).unwrap())
                .filter(|r| name.contains("pence") || r.get("asked_as").is_some()),
        );
    }
    assert_eq!(lines.len(), 24 + 60);
    let asked = |r: &Value| {
        r.get("asked_as")
            .unwrap_or(&r["id"])
            .as_str()
            .unwrap()
            .to_owned()
    };
    let mut ids: Vec<String> = lines.iter().map(asked).collect();
    ids.dedup();
    let mut misread = Vec::new();
    for id in ids {
        let at: Vec<&Value> = lines.iter().filter(|r| asked(r) == id).collect();
        let bank = drafted
            .path()
            .join(format!("{}.json", id.split("-p").next().unwrap()));
        misread.extend(misreads_at(&bank, &id, &at));
    }
    // Measured: none drafted before the drafter keyed hundredths in their currency (the game
    // could not ask these); with it and the judge reading an amount in hundredths and back
    // (check/hundredths.rs), 0 of 84 misread: "10" and "15" (bare counts of the pence the
    // article wrote), "£0.10", "15 pense", ".96", "96c" right; "10 cents", "£10", "$96" wrong.
    at_most(&misread, 0);
}

/// A second blind player (seventeenth session), at 27 short-answer questions on money and shares
/// drafted by the drafter of round j19 (amounts in cents or pence keyed in their currency) from
/// two articles another helper wrote for this test (US grocery prices in cents, English bus fares
/// in pence): 216 lines, each with the player's fair/unfair label (tests/fixtures/blind/
/// cents-pence.jsonl; the banks beside it are the drafts it was asked from).
#[test]
fn a_second_blind_players_cents_and_pence_are_judged_as_they_meant() {
    let misread = blind_misreads("blind/cents-pence.jsonl", 216, |id| {
        let cut = id
            .match_indices("-p")
            .find(|(at, _)| id[at + 2..].starts_with(|c: char| c.is_ascii_digit()))
            .map_or(id.len(), |(at, _)| at);
        format!("blind/cents-pence-{}.json", &id[..cut])
    });
    // Measured: 41 misread with the judge of f1ce27f (39 fair answers refused: "62c", "62¢",
    // "sixty-two cents", "62" for 62 cents, "45 pence", "175p" after a printed "£", "three pounds
    // forty" ...; 2 wrong ones accepted: "4.5p" for 45p, "3.1p" for 31p), 2 with round j19's
    // ("5.71/lb" with the unit glued, "a penny" for 1 cent).
    at_most(&misread, 2);
}

/// A player who had not seen the code, at two drafted "twice" questions ("burgled _____ before",
/// "sanctioned the mine _____ since 2021"): 20 lines, each labelled fair or not
/// (tests/fixtures/blind/twice.jsonl; the questions in twice-questions.json, the facts as drafted
/// in twice-museum-bank.json and twice-mine-bank.json).
#[test]
fn a_blind_players_counts_of_times_are_judged_as_they_meant() {
    let misread = blind_misreads("blind/twice.jsonl", 20, |id| {
        if id.starts_with("museum") {
            "blind/twice-museum-bank.json".to_owned()
        } else {
            "blind/twice-mine-bank.json".to_owned()
        }
    });
    // Measured on 0b6f0f9: 17 of 20 as meant; 18 since "2x" reads as a count of times (round
    // i22a). Left: the slips "twcie" and "twise" (a number's word with a typo is not read).
    at_most(&misread, 2);
}

/// A player who had not seen the code, at two drafted multiples ("more than _____ the June
/// average", "grew almost _____ between 2020 and 2025"): 20 lines, each labelled fair or not
/// (tests/fixtures/blind/multiples.jsonl; the questions in multiples-questions.json, the facts as
/// drafted in multiples-rain-bank.json and multiples-solar-bank.json).
#[test]
fn a_blind_players_multiples_are_judged_as_they_meant() {
    let misread = blind_misreads("blind/multiples.jsonl", 20, |id| {
        if id.contains("rain") {
            "blind/multiples-rain-bank.json".to_owned()
        } else {
            "blind/multiples-solar-bank.json".to_owned()
        }
    });
    // Measured on the drafter and judge of round i22a: 16 of 20 as meant with "double" and
    // "tenfold" read as counts ("10-fold" and "10x" refused), 18 once a count of times takes
    // "-fold" and "x" after its digits. Left: the slips "doubel" and "tenfodl".
    at_most(&misread, 2);
}

/// A multiple is an answer only where times are counted: "tenfold" is no 10 percent and "double"
/// no 2 goals (second reader of round i22a: both were judged right when the judge read a
/// multiple for any number).
#[test]
fn a_multiple_is_no_answer_of_a_number_of_something_else() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("article.txt");
    std::fs::write(
        &article,
        "Turnout rose by 10 percent on Sunday, officials said.\n\
         Ana Ruiz scored 2 goals as Kessby won the final on Sunday.\n",
    )
    .unwrap();
    let bank = dir.path().join("bank.json");
    factquiz()
        .args(["draft", "--id", "m", "--all", "-o"])
        .arg(&bank)
        .arg(&article)
        .assert()
        .success();
    let (percent, _) = judge_json(&bank, "m-p1-percent-10", &[], &["tenfold", "10"]);
    assert_eq!(percent[0]["verdict"], "wrong", "{percent:?}");
    assert_eq!(percent[1]["verdict"], "right", "{percent:?}");
    let (goals, _) = judge_json(&bank, "m-p2-number-2", &[], &["double", "2"]);
    assert_eq!(goals[0]["verdict"], "wrong", "{goals:?}");
    assert_eq!(goals[1]["verdict"], "right", "{goals:?}");
}

/// A player who had not seen the code, at eighteen drafted questions of three practice articles
/// (a swimming report in the AP's style, a shipping report, a science prize): race times spelt
/// out to the hundredth ("2 minutes, 1.49 seconds"), parts ("three-hundredths", "one-quarter"),
/// metres and counts; 107 lines, each labelled fair or not (tests/fixtures/blind/times-parts.jsonl;
/// the questions as shown in times-parts-questions.md, the drafted facts in times-parts-*-bank.json).
#[test]
fn a_blind_players_spelt_out_times_and_parts_are_judged_as_they_meant() {
    let misread = blind_misreads("blind/times-parts.jsonl", 107, |id| {
        let article = id.split('-').next().unwrap_or_default();
        format!("blind/times-parts-{article}-bank.json")
    });
    // Measured (thirty-first session): 103 of 107 as meant by the session's first judge, 105
    // after check::fraction read hundredths and thousandths. Left, as the player labelled them
    // right: "thre" for "three" (a slip in a number's word) and "21 hundredths" for 0.21 seconds.
    at_most(&misread, 2);
}
