//! factquiz in a real (pseudo-)terminal, as a person plays it: line editing at the prompt, colour
//! only where it belongs, and Ctrl-C and Ctrl-D ending the game with its summary.

use std::process::Command;
use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::{ControlCode, Eof, Expect, Session};

/// A game of `args` in a pseudo-terminal, with its own data folder.
fn session(args: &[&str], data: &std::path::Path, no_color: bool) -> expectrl::session::OsSession {
    let mut command = Command::new(assert_cmd::cargo::cargo_bin!("factquiz"));
    command
        .args(args)
        .env("FACTQUIZ_DATA_DIR", data)
        .env("FACTQUIZ_CACHE_DIR", super::cache_dir())
        .env("TERM", "xterm-256color")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("NO_COLOR");
    if no_color {
        command.env("NO_COLOR", "1");
    }
    let mut session = Session::spawn(command).expect("a pseudo-terminal");
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session
}

/// Everything the game printed until `needle`, appended to `screen`.
fn until(session: &mut expectrl::session::OsSession, needle: &str, screen: &mut Vec<u8>) {
    let found = session.expect(needle).unwrap_or_else(|e| {
        panic!(
            "waiting for {needle:?}: {e}\n{}",
            String::from_utf8_lossy(screen)
        )
    });
    screen.extend_from_slice(found.before());
    for m in found.matches() {
        screen.extend_from_slice(m);
    }
}

fn rest(session: &mut expectrl::session::OsSession, screen: &mut Vec<u8>) -> i32 {
    let found = session.expect(Eof).expect("the game ends");
    screen.extend_from_slice(found.before());
    match session.get_process().wait().expect("a status") {
        WaitStatus::Exited(_, code) => code,
        other => panic!("ended as {other:?}"),
    }
}

/// Whether `screen` holds a colour or style (SGR) sequence: ESC [ digits m.
fn has_colour(screen: &[u8]) -> bool {
    let text = String::from_utf8_lossy(screen);
    text.match_indices("\u{1b}[").any(|(at, _)| {
        let tail = &text[at + 2..];
        let digits = tail
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ';')
            .count();
        digits > 0 && tail[digits..].starts_with('m')
    })
}

fn whole_game(no_color: bool) -> (Vec<u8>, i32) {
    let data = tempfile::tempdir().unwrap();
    // Seed 85 (it was 603 before the evidence and altered-detail kinds joined the mix, #17): a
    // true-or-false statement, an option's text, a claim answered wrong, the city typed and a
    // changed detail to spot.
    let mut game = session(&["--seed", "85", "-n", "5"], data.path(), no_color);
    let mut screen = Vec::new();
    until(&mut game, "[1/5]", &mut screen);
    for answer in ["t", "air force", "n"] {
        until(&mut game, "> ", &mut screen);
        game.send_line(answer).unwrap();
    }
    // Line editing: type a word with a letter missing, go back one and put it in.
    until(&mut game, "[4/5]", &mut screen);
    until(&mut game, "> ", &mut screen);
    game.send("Pyeongtak").unwrap();
    game.send("\u{1b}[D").unwrap(); // the left arrow
    game.send_line("e").unwrap();
    // Read as "Pyeongtaek", exactly right: 3 more points after the claim ended the streak, so 6
    // before the fifth question.
    until(&mut game, "[5/5] score 6 ", &mut screen);
    until(&mut game, "> ", &mut screen);
    game.send_line("d").unwrap();
    // The missed question may be counted with ! at the end; Enter goes on to the summary.
    until(&mut game, "Were you right?", &mut screen);
    until(&mut game, "> ", &mut screen);
    game.send_line("").unwrap();
    until(&mut game, "7 of 11 points", &mut screen);
    let code = rest(&mut game, &mut screen);
    (screen, code)
}

#[test]
fn a_whole_game_in_a_terminal_with_line_editing_and_colour() {
    let (screen, code) = whole_game(false);
    let text = String::from_utf8_lossy(&screen);
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("Pyeongtaek."), "{text}");
    assert!(
        !text.contains("Spelling slip"),
        "the edited line was read whole: {text}"
    );
    assert!(has_colour(&screen), "a terminal gets colour: {text}");
}

#[test]
fn no_color_turns_the_colour_off_in_a_terminal() {
    let (screen, code) = whole_game(true);
    assert_eq!(code, 0);
    assert!(!has_colour(&screen), "{}", String::from_utf8_lossy(&screen));
}

#[test]
fn ctrl_c_ends_the_game_with_its_summary_and_saves_it() {
    let data = tempfile::tempdir().unwrap();
    let mut game = session(&["--seed", "7", "-n", "5"], data.path(), true);
    let mut screen = Vec::new();
    until(&mut game, "> ", &mut screen);
    game.send_line("s").unwrap();
    until(&mut game, "[2/5]", &mut screen);
    until(&mut game, "> ", &mut screen);
    game.send(ControlCode::EndOfText).unwrap();
    until(
        &mut game,
        "Interrupted after 1 of 5 questions.",
        &mut screen,
    );
    until(&mut game, "Game over:", &mut screen);
    assert_eq!(rest(&mut game, &mut screen), 130);
    let text = String::from_utf8_lossy(&screen);
    assert!(!text.contains("panicked"), "{text}");
    let history = std::fs::read_to_string(data.path().join("history.jsonl")).unwrap();
    assert!(history.contains("\"ending\":\"interrupted\""), "{history}");
}

#[test]
fn ctrl_d_ends_the_game_with_its_summary() {
    let data = tempfile::tempdir().unwrap();
    let mut game = session(&["--seed", "7", "-n", "5"], data.path(), true);
    let mut screen = Vec::new();
    until(&mut game, "> ", &mut screen);
    game.send(ControlCode::EndOfTransmission).unwrap();
    until(
        &mut game,
        "Input ended after 0 of 5 questions.",
        &mut screen,
    );
    assert_eq!(rest(&mut game, &mut screen), 0);
}

#[test]
fn pasted_control_characters_never_reach_the_terminal() {
    let data = tempfile::tempdir().unwrap();
    let mut game = session(
        &["--seed", "7", "-n", "1", "--kind", "verdict"],
        data.path(),
        true,
    );
    let mut screen = Vec::new();
    until(&mut game, "> ", &mut screen);
    // A bell, a C1 "CSI" that would start a colour, a right-to-left override and a zero-width
    // space, pasted as a terminal sends a paste: plain, then in bracketed-paste markers.
    let hostile = "a\u{7}b\u{9b}31mc\u{202e}d\u{200b}e";
    game.send(hostile).unwrap();
    game.send(format!("\u{1b}[200~{hostile}\u{1b}[201~"))
        .unwrap();
    // The bell and the C1 character are keys to the line editor, never text in the line; the
    // others are left out of it (the judge ignores them too), both times.
    until(&mut game, "ab31mcdeab31mcde", &mut screen);
    // Not an answer to a claim: asked again, then answered.
    game.send_line("").unwrap();
    until(&mut game, "> ", &mut screen);
    game.send_line("s").unwrap();
    // Right, the claim may be followed by its evidence bonus (#17): Enter goes on without it.
    let found = game
        .expect(expectrl::Regex("Were you right\\?|Game over:|Bonus:"))
        .expect("the claim is judged");
    screen.extend_from_slice(found.before());
    if found.matches().any(|m| m.starts_with(b"Bonus")) {
        until(&mut game, "> ", &mut screen);
        game.send_line("").unwrap();
    }
    // Right or wrong (a miss is offered to be counted with ! before the summary), the game ends.
    let found = game
        .expect(expectrl::Regex("Were you right\\?|Game over:"))
        .expect("the claim is judged");
    screen.extend_from_slice(found.before());
    if found.matches().any(|m| m.starts_with(b"Were")) {
        until(&mut game, "> ", &mut screen);
        game.send_line("").unwrap();
        until(&mut game, "Game over:", &mut screen);
    }
    assert_eq!(rest(&mut game, &mut screen), 0);
    let text = String::from_utf8_lossy(&screen);
    for c in ['\u{7}', '\u{9b}', '\u{202e}', '\u{200b}'] {
        assert!(
            !text.contains(c),
            "{c:?} reached the terminal raw: {text:?}"
        );
    }
}

/// A game of `args` in a pseudo-terminal `columns` wide (set before factquiz starts).
fn session_of_width(
    args: &[&str],
    data: &std::path::Path,
    columns: u16,
) -> expectrl::session::OsSession {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        // The pseudo-terminal is set to 80 columns as it is made: the size is set after that
        // (below), and factquiz starts only once the terminal has it.
        .arg(format!(
            "until [ \"$(stty size)\" = \"30 {columns}\" ]; do sleep 0.01; done; exec \"$0\" \"$@\""
        ))
        .arg(assert_cmd::cargo::cargo_bin!("factquiz"))
        .args(args)
        .env("FACTQUIZ_DATA_DIR", data)
        .env("FACTQUIZ_CACHE_DIR", super::cache_dir())
        .env("TERM", "xterm-256color")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("NO_COLOR");
    let mut session = Session::spawn(command).expect("a pseudo-terminal");
    session
        .get_process_mut()
        .set_window_size(columns, 30)
        .expect("a size");
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session
}

/// `screen` as the lines a person sees: escape sequences (colour, the line editor's cursor moves)
/// taken out, and of a line redrawn after a carriage return, each drawing.
fn seen_lines(screen: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(screen);
    let mut plain = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\u{1b}' {
            plain.push(c);
            continue;
        }
        if chars.next_if_eq(&'[').is_some() {
            // A control sequence runs to its final byte, @ to ~.
            while chars.next().is_some_and(|c| !('@'..='~').contains(&c)) {}
        } else {
            chars.next();
        }
    }
    plain
        .split('\n')
        .flat_map(|line| line.split('\r'))
        .map(str::to_owned)
        .collect()
}

/// The words of `lines`: runs of letters, digits and apostrophes.
fn words(lines: &[String]) -> std::collections::BTreeSet<String> {
    lines
        .iter()
        .flat_map(|l| l.split(|c: char| !(c.is_alphanumeric() || c == '\'')))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A whole game of six questions at a terminal `columns` wide, each answered with something
/// that fits its kind (a long wrong text for a short answer, so the feedback runs long).
fn game_at_width(columns: u16) -> Vec<String> {
    let data = tempfile::tempdir().unwrap();
    let mut game = session_of_width(&["--seed", "205", "-n", "6"], data.path(), columns);
    let mut screen = Vec::new();
    for _ in 0..6 {
        let before = screen.len();
        until(&mut game, "> ", &mut screen);
        let asked = String::from_utf8_lossy(&screen[before..]).into_owned();
        let answer = if asked.contains("(t / f)") {
            "t"
        } else if asked.contains("(s / r / n)") {
            "s"
        } else if asked.contains("a) ") {
            "b"
        } else if asked.contains("(a paragraph number)") {
            "1"
        } else {
            "somewhere else entirely, I believe"
        };
        game.send_line(answer).unwrap();
    }
    until(&mut game, "Were you right?", &mut screen);
    until(&mut game, "> ", &mut screen);
    game.send_line("").unwrap();
    until(&mut game, "Game over:", &mut screen);
    assert_eq!(rest(&mut game, &mut screen), 0);
    seen_lines(&screen)
}

#[test]
fn a_narrow_and_a_wide_terminal_get_lines_that_fit_and_whole_words() {
    let narrow = game_at_width(40);
    let wide = game_at_width(200);
    let text = narrow.join("\n");
    assert!(text.contains("✗ Wrong:"), "{text}");
    for line in &narrow {
        assert!(
            factquiz::front::columns(line) <= 40,
            "wider than 40 columns: {line:?}\n{text}"
        );
    }
    let widest = wide.iter().map(|l| factquiz::front::columns(l)).max();
    assert!(
        widest.is_some_and(|w| w > 80 && w <= 200),
        "a wide terminal is used beyond 80 columns: {widest:?}\n{}",
        wide.join("\n")
    );
    // The same game: a word cut at the end of a narrow line ("lea" / "der") is a word the wide
    // game never shows, and the other way round.
    let (narrow_words, wide_words) = (words(&narrow), words(&wide));
    let split: Vec<_> = narrow_words.symmetric_difference(&wide_words).collect();
    assert!(split.is_empty(), "words split or lost: {split:?}\n{text}");
}

/// At a terminal, a right verdict on a claim the source decides may be followed by the evidence
/// bonus (#17): asked before the evidence is shown, and counted apart in the summary.
#[test]
fn a_right_verdict_at_a_terminal_asks_for_its_paragraph_as_a_bonus() {
    let data = tempfile::tempdir().unwrap();
    // Seed 4: the claim that returning the remains was agreed at the summit (¶3, ¶13).
    let mut game = session(
        &["--seed", "4", "-n", "1", "--kind", "verdict"],
        data.path(),
        true,
    );
    let mut screen = Vec::new();
    until(&mut game, "> ", &mut screen);
    game.send_line("s").unwrap();
    until(&mut game, "Bonus: which paragraph decides it?", &mut screen);
    until(&mut game, "> ", &mut screen);
    let before = String::from_utf8_lossy(&screen).into_owned();
    assert!(
        !before.contains("Evidence ¶"),
        "the evidence waits: {before}"
    );
    game.send_line("para 13").unwrap();
    until(&mut game, "Evidence bonus +1.", &mut screen);
    until(&mut game, "Evidence bonus: 1 of 1", &mut screen);
    assert_eq!(rest(&mut game, &mut screen), 0);
}
