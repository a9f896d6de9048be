//! A 16-byte block classifier for the fast path: how far the text from a space is plain
//! Persian words separated by single spaces, judged sixteen bytes at a time with SSE2 (through
//! the safe wrappers of the `wide` crate: a compare per byte class, then one `pmovmskb`).
//!
//! A byte is *plain* when it is one of:
//!
//! | byte | next byte | what it is |
//! |---|---|---|
//! | `0x80..=0xBF` | any | a continuation byte |
//! | `0xD8` | `0xA1..=0xBA` | ء آ أ ؤ إ ئ ا ب ة ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ |
//! | `0xD9` | `0x81..=0x82`, `0x84..=0x88`, `0xBE` | ف ق · ل م ن ه و · پ |
//! | `0xDA` | `0x86`, `0x98`, `0xA9`, `0xAF` | چ ژ ک گ |
//! | `0xDB` | `0x8C` | ی |
//! | `0x20` (space) | anything but a space | a single space |
//!
//! Every letter in this table is a letter already in its Persian form ([`is_persian_letter`],
//! checked exhaustively by the tests); letters of that class outside the table (rare ones)
//! are simply not plain, and the word walk of the fast path reads them one word at a time.
//! In valid UTF-8 read from a character boundary, a run of plain bytes is whole characters:
//! a continuation byte is reached only after the lead byte of a plain letter.
//!
//! Without a lexicon, the word walk of [`super::fast`] takes a word of such letters after a
//! word and one space whatever it is, so [`jump_words`] can take every word of a plain run
//! that a space follows at once, without reading them one by one.
//!
//! [`is_persian_letter`]: super::classes::is_persian_letter

use wide::u8x16;

/// One bit per byte of `x` (bit `i` for byte `i`): whether it is plain, given `next`, the
/// sixteen bytes that follow each of them (`x` shifted by one byte); and whether it is a
/// plain space.
#[inline(always)]
fn plain_mask(x: u8x16, next: u8x16) -> (u32, u32) {
    let eq = |v: u8x16, c: u8| v.simd_eq(u8x16::splat(c));
    // `lo <= v <= hi`, as `v - lo` (wrapping) at most `hi - lo`.
    let within = |v: u8x16, lo: u8, hi: u8| {
        let span = u8x16::splat(hi - lo);
        (v - u8x16::splat(lo)).max(span).simd_eq(span)
    };
    let continuation = (x & u8x16::splat(0xC0)).simd_eq(u8x16::splat(0x80));
    let d8 = eq(x, 0xD8) & within(next, 0xA1, 0xBA);
    let d9 = eq(x, 0xD9) & (within(next, 0x81, 0x82) | within(next, 0x84, 0x88) | eq(next, 0xBE));
    let da = eq(x, 0xDA) & (eq(next, 0x86) | eq(next, 0x98) | eq(next, 0xA9) | eq(next, 0xAF));
    let db = eq(x, 0xDB) & eq(next, 0x8C);
    let space = eq(x, b' ') & !eq(next, b' ');
    (
        (continuation | d8 | d9 | da | db | space).to_bitmask(),
        space.to_bitmask(),
    )
}

/// A run of plain bytes: its length, and where its last spaces are.
#[derive(Clone, Copy, Debug)]
struct Run {
    len: usize,
    /// Bit `j` for a space at `window_start + j` (`window_start` may be negative: no bit
    /// below 0).
    spaces: u64,
    window_start: isize,
}

/// The run of plain bytes (see the module docs) that starts `bytes`, with the spaces of its
/// last 64 bytes or less.
#[inline]
fn plain_run(bytes: &[u8]) -> Run {
    let mut at = 0;
    let mut spaces = 0u64;
    loop {
        // Sixteen bytes to judge and the sixteen that follow each; zeros (never plain) past
        // the end.
        let (x, next) = match bytes.get(at..at + 17) {
            Some(c) => (
                <[u8; 16]>::try_from(&c[..16]).unwrap_or_default(),
                <[u8; 16]>::try_from(&c[1..]).unwrap_or_default(),
            ),
            None => {
                let mut chunk = [0u8; 17];
                let rest = bytes.get(at..).unwrap_or_default();
                chunk[..rest.len()].copy_from_slice(rest);
                (
                    <[u8; 16]>::try_from(&chunk[..16]).unwrap_or_default(),
                    <[u8; 16]>::try_from(&chunk[1..]).unwrap_or_default(),
                )
            }
        };
        let (plain, space) = plain_mask(u8x16::new(x), u8x16::new(next));
        // This block's spaces in the top 16 bits of the window.
        spaces = (spaces >> 16) | (u64::from(space) << 48);
        if plain != 0xFFFF {
            let k = (!plain).trailing_zeros();
            return Run {
                len: (at + k as usize).min(bytes.len()),
                spaces: spaces & ((1u64 << (48 + k)) - 1),
                window_start: at as isize - 48,
            };
        }
        at += 16;
    }
}

/// The length of the run of plain bytes (see the module docs) that starts `bytes`.
#[cfg(test)]
fn plain_prefix(bytes: &[u8]) -> usize {
    plain_run(bytes).len
}

/// Words taken at once by [`jump_words`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Jump {
    /// The end of the last word taken (a space follows it).
    pub(crate) end: usize,
    /// Where the last word taken starts.
    pub(crate) last_start: usize,
    /// Where the word before it starts, when the jump took two words or more (with one, the
    /// word before is the one that ended at the jump's start).
    pub(crate) before_start: Option<usize>,
}

/// From `pos`, a space after a word, the words of the plain run there (see the module docs)
/// that a space follows inside the run: each is Persian letters between two single spaces.
/// `None` when there is not one. (The word that ends the run is left to the word walk: what
/// follows it decides whether it is taken.)
#[inline]
pub(crate) fn jump_words(bytes: &[u8], pos: usize) -> Option<Jump> {
    if bytes.get(pos) != Some(&b' ') {
        return None;
    }
    let rest = bytes.get(pos..)?;
    let run = plain_run(rest);
    // The last three spaces of the run (offsets from `pos`), from the window when it holds
    // them, else found backwards.
    let mut spaces = run.spaces;
    let mut last_space = |before: usize| {
        if spaces != 0 {
            let bit = 63 - spaces.leading_zeros();
            spaces &= !(1u64 << bit);
            usize::try_from(run.window_start + bit as isize).ok()
        } else {
            // Spaces before the window (a run with long words).
            let below = usize::try_from(run.window_start).ok()?.min(before);
            memchr::memrchr(b' ', rest.get(..below)?)
        }
    };
    let end = last_space(run.len).filter(|&i| i > 0)?;
    let before = last_space(end)?;
    let before_start = if before > 0 {
        last_space(before).map(|i| pos + i + 1)
    } else {
        None
    };
    Some(Jump {
        end: pos + end,
        last_start: pos + before + 1,
        before_start,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::classes::{PAIR_LETTER, is_persian_letter, pair_flags};

    /// Whether the byte `b` followed by `next` is plain, by the classifier.
    fn plain(b: u8, next: u8) -> bool {
        let mut x = [0u8; 16];
        let mut n = [0u8; 16];
        x[0] = b;
        n[0] = next;
        plain_mask(u8x16::new(x), u8x16::new(n)).0 & 1 == 1
    }

    #[test]
    fn plain_letters_are_persian_letters_and_nothing_else_is_plain() {
        for b in 0..=255u8 {
            for next in 0..=255u8 {
                let expected_if_plain = match b {
                    0x80..=0xBF => true,
                    b' ' => next != b' ',
                    0xD8..=0xDB => {
                        is_persian_letter(b, next)
                            && pair_flags(u16::from_le_bytes([b, next])) & PAIR_LETTER != 0
                    }
                    _ => false,
                };
                if plain(b, next) {
                    assert!(expected_if_plain, "{b:#04x} {next:#04x} is plain");
                }
            }
        }
    }

    #[test]
    fn every_letter_of_the_persian_alphabet_is_plain() {
        for c in "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقلمنهوپچژکگی".chars()
        {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert!(plain(b[0], b[1]) && plain(b[1], b' '), "{c}");
        }
    }

    #[test]
    fn what_stops_a_plain_run() {
        for (text, plain_part) in [
            ("کتاب خوب است", "کتاب خوب است"),
            ("کتاب  خوب", "کتاب"),
            ("كتاب", ""),
            ("کتاب‌ها", "کتاب"),
            ("سال ۱۴۰۲", "سال "),
            ("سال 1402", "سال "),
            ("او رفت. سپس", "او رفت"),
            ("یک مدرسه ي خوب در شهر بزرگ تهران", "یک مدرسه "),
            ("", ""),
            (" ", " "),
        ] {
            assert_eq!(&text[..plain_prefix(text.as_bytes())], plain_part, "{text}");
        }
    }

    #[test]
    fn jumps_take_the_words_a_space_follows() {
        let text = " او به کتاب خانه رفت، و";
        let jump = jump_words(text.as_bytes(), 0);
        let word = |s: usize| &text[s..text[s..].find(' ').map_or(text.len(), |e| s + e)];
        let jump = jump.unwrap_or_else(|| panic!("no jump"));
        assert_eq!(&text[..jump.end], " او به کتاب خانه");
        assert_eq!(word(jump.last_start), "خانه");
        assert_eq!(jump.before_start.map(word), Some("کتاب"));
        // One word: the word before is the one the jump started after.
        let one = jump_words(" او به".as_bytes(), 0);
        assert_eq!(
            one,
            Some(Jump {
                end: " او".len(),
                last_start: 1,
                before_start: None
            })
        );
        // Words longer than the window of spaces the classifier keeps.
        let long = format!(" {} {} ت.", "ب".repeat(40), "پ".repeat(3));
        let jump = jump_words(long.as_bytes(), 0);
        assert_eq!(
            jump,
            Some(Jump {
                end: 88,
                last_start: 82,
                before_start: Some(1)
            })
        );
        // No word that a space follows.
        assert_eq!(jump_words(" او".as_bytes(), 0), None);
        assert_eq!(jump_words("  او به".as_bytes(), 0), None);
        assert_eq!(jump_words("او به".as_bytes(), 0), None);
    }
}
