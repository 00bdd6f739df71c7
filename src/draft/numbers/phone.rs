//! Telephone numbers written in groups: "0808 223 1133". Its groups are no quantities and no
//! year; a short number to call ("the helpline 1070", "call 112") stays a fact, as writers key
//! it (#15).

use super::super::paragraph::Paragraph;
use super::super::tokens::Kind;

/// If a telephone number written in groups starts at token `i`, the token it ends at: digit
/// groups set apart by spaces, the first opening with a nought, seven digits or more ("0808 223
/// 1133", "020 7946 0018").
pub(super) fn phone_number(p: &Paragraph, i: usize) -> Option<usize> {
    let digits = |k: usize| {
        p.tokens.get(k).is_some_and(|t| {
            // A token may hold groups a space sets apart ("123 456").
            t.kind == Kind::Number
                && t.text(p.text)
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b' ')
        })
    };
    if !digits(i) || (i > 0 && p.is_glued(i) && p.tokens[i - 1].kind == Kind::Mark) {
        return None;
    }
    let mut last = i;
    while digits(last + 1) && !p.is_glued(last + 1) {
        last += 1;
    }
    let total: usize = (i..=last)
        .map(|k| p.text_of(k).bytes().filter(u8::is_ascii_digit).count())
        .sum();
    let trunk = p.text_of(i).starts_with('0') && p.text_of(i).len() >= 3;
    (trunk && last > i && total >= 7).then_some(last)
}
