//! A history summary's bytes (issue #16): what `--practice` needs from the history (every item's
//! card and the number of games) after its first `len` bytes, with the digest of those bytes, so
//! that the next practice game reads only the games appended since. Pure; decoding never panics,
//! whatever the bytes.

use crate::engine::ItemKey;
use crate::practice::{BOXES, Card, Cards};

/// The first `len` bytes of a history (whole lines) and the xxh3-128 digest of those bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefix {
    pub len: u64,
    pub digest: u128,
}

/// The schedule after the games of a history's `prefix`.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub prefix: Prefix,
    /// How many games the prefix records.
    pub games: usize,
    pub cards: Cards,
}

/// The payload: the prefix's length and digest, the games, the number of cards, then each card
/// (event, id, box, due, last), lengths and numbers little-endian.
pub fn encode_summary(summary: &Summary) -> Vec<u8> {
    let mut out = Vec::with_capacity(40 + summary.cards.len() * 40);
    out.extend_from_slice(&summary.prefix.len.to_le_bytes());
    out.extend_from_slice(&summary.prefix.digest.to_le_bytes());
    out.extend_from_slice(&(summary.games as u64).to_le_bytes());
    out.extend_from_slice(&(summary.cards.len() as u64).to_le_bytes());
    for (key, card) in &summary.cards {
        for text in [&key.event, &key.id] {
            out.extend_from_slice(&(text.len() as u32).to_le_bytes());
            out.extend_from_slice(text.as_bytes());
        }
        out.push(card.r#box);
        out.extend_from_slice(&(card.due as u64).to_le_bytes());
        out.extend_from_slice(&(card.last as u64).to_le_bytes());
    }
    out
}

/// The summary `bytes` hold, when they are one whole (every byte used, each box from 1 to
/// `BOXES`, no key twice, texts in UTF-8).
pub fn decode_summary(bytes: &[u8]) -> Option<Summary> {
    let mut r = Reader { bytes, at: 0 };
    let prefix = Prefix {
        len: r.u64()?,
        digest: u128::from_le_bytes(r.take(16)?.try_into().ok()?),
    };
    // No history holds more games than it has bytes: a forged count cannot overflow the game
    // numbers practice adds to.
    let games = usize::try_from(r.u64()?)
        .ok()
        .filter(|&g| g <= usize::try_from(prefix.len).unwrap_or(usize::MAX))?;
    let count = usize::try_from(r.u64()?).ok()?;
    // A card takes at least 25 bytes: a forged count cannot ask for more room than the bytes.
    let mut cards = Cards::with_capacity_and_hasher(
        count.min(bytes.len() / 25),
        foldhash::fast::RandomState::default(),
    );
    for _ in 0..count {
        let event = r.text()?;
        let id = r.text()?;
        let r#box = r.take(1)?[0];
        let due = usize::try_from(r.u64()?).ok()?;
        let last = usize::try_from(r.u64()?).ok()?;
        // Each card as practice makes it: asked in one of the games, due its box's interval after.
        if !(1..=BOXES).contains(&r#box)
            || last >= games
            || due.checked_sub(last) != Some(crate::practice::interval(r#box))
        {
            return None;
        }
        let card = Card { r#box, due, last };
        if cards.insert(ItemKey { event, id }, card).is_some() {
            return None;
        }
    }
    (r.at == bytes.len()).then_some(Summary {
        prefix,
        games,
        cards,
    })
}

struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        let taken = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(taken)
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn text(&mut self) -> Option<String> {
        let len = u32::from_le_bytes(self.take(4)?.try_into().ok()?);
        let bytes = self.take(usize::try_from(len).ok()?)?;
        // Most texts are short ids in ASCII: checked as such, they skip `from_utf8`'s set-up
        // (issue #16). Every byte is still checked.
        if bytes.is_ascii() {
            // SAFETY: every byte is below 0x80, and ASCII bytes are valid UTF-8 on their own.
            return Some(unsafe { std::str::from_utf8_unchecked(bytes) }.to_owned());
        }
        std::str::from_utf8(bytes).ok().map(str::to_owned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary() -> Summary {
        let mut cards = Cards::default();
        for (n, event) in ["e1", "é2", ""].into_iter().enumerate() {
            let key = ItemKey {
                event: event.into(),
                id: format!("f{n}"),
            };
            let r#box = n as u8 + 1;
            let card = Card {
                r#box,
                due: n + crate::practice::interval(r#box),
                last: n,
            };
            cards.insert(key, card);
        }
        Summary {
            prefix: Prefix {
                len: 1234,
                digest: u128::MAX - 5,
            },
            games: 7,
            cards,
        }
    }

    #[test]
    fn a_summary_is_read_back_as_it_was() {
        let summary = summary();
        assert_eq!(decode_summary(&encode_summary(&summary)), Some(summary));
    }

    #[test]
    fn a_cut_or_extended_or_impossible_summary_is_refused() {
        let bytes = encode_summary(&summary());
        for cut in 0..bytes.len() {
            assert_eq!(decode_summary(&bytes[..cut]), None, "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode_summary(&longer), None);
        // The first card's box (after the header and two texts) set to 0, then to 6.
        let id = 40 + 4 + bytes[40] as usize;
        let at = id + 4 + bytes[id] as usize;
        assert!((1..=BOXES).contains(&bytes[at]));
        for wrong in [0, BOXES + 1] {
            let mut changed = bytes.clone();
            changed[at] = wrong;
            assert_eq!(decode_summary(&changed), None, "box {wrong}");
        }
    }

    /// A text that is not UTF-8 is refused, whether the rest of it is ASCII or not: the first
    /// byte of each event and id ("e1", "é2", "f0".."f2") set to a lone continuation byte or to
    /// 0xff is refused, while set to an ASCII letter it is read (but in "é2", where it would
    /// leave a lone continuation byte).
    #[test]
    fn a_text_that_is_not_utf8_is_refused() {
        let bytes = encode_summary(&summary());
        let len = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
        // After the header (40 bytes), each card: event, id (each a length and its bytes),
        // then the box (1 byte), due and last (8 bytes each).
        let (mut at, mut firsts) = (40, Vec::new());
        while at < bytes.len() {
            for _ in 0..2 {
                if len(at) > 0 {
                    firsts.push(at + 4);
                }
                at += 4 + len(at);
            }
            at += 17;
        }
        assert_eq!(firsts.len(), 5);
        for first in firsts {
            // An ASCII letter in place of the first byte of "é" would leave its second alone.
            let letter = bytes[first].is_ascii();
            for (byte, read) in [(0x80, false), (0xff, false), (b'z', letter)] {
                let mut changed = bytes.clone();
                changed[first] = byte;
                assert_eq!(decode_summary(&changed).is_some(), read, "{first} {byte}");
            }
        }
    }

    #[test]
    fn game_numbers_no_history_could_hold_are_refused() {
        // Forged numbers near the top would overflow the game numbers practice adds to.
        type Forge = fn(&mut Summary);
        let forged: [(&str, Forge); 3] = [
            ("more games than bytes", |s| s.games = usize::MAX),
            ("due far after its box", |s| {
                s.cards.values_mut().next().unwrap().due = usize::MAX
            }),
            ("asked after the last game", |s| {
                let games = s.games;
                s.cards.values_mut().next().unwrap().last = games;
            }),
        ];
        for (what, forge) in forged {
            let mut s = summary();
            forge(&mut s);
            assert_eq!(decode_summary(&encode_summary(&s)), None, "{what}");
        }
    }
}
