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
//! With rule 1 on, the letters it folds one for one in the same block (ي ك ى, lead byte
//! `0xD9` then `0x8A`, `0x83`, `0x89`) are plain too: [`jump_words`] passes each to the
//! caller to fold, in order (at most [`MAX_FOLDS`] a run: the run stops before the next).
//!
//! Without a lexicon, the word walk of [`super::fast`] takes such a word after a word and one
//! space whatever it is (with letters to fold, in its general step), so [`jump_words`] can
//! take at once every word of a plain run that a space follows, and the word that ends the
//! run when what follows would end it for the walk too:
//!
//! | the run's last word | taken by the jump when followed by |
//! |---|---|
//! | no letter to fold | what the walk's `word_ends_at` accepts (ASCII, the end, ، ؛ ؟ », a ZWNJ after a joining letter) |
//! | letters to fold | an ASCII byte or the end |
//!
//! [`is_persian_letter`]: super::classes::is_persian_letter

use wide::u8x16;

/// What [`plain_mask`] finds in sixteen bytes: one bit per byte (bit `i` for byte `i`).
#[derive(Clone, Copy, Debug)]
struct Masks {
    /// Plain bytes (with `fold`: letters that rule 1 folds too).
    plain: u32,
    /// Plain spaces.
    space: u32,
    /// The lead bytes of letters that rule 1 folds (ي ك ى), with `fold` only.
    fold: u32,
}

/// Which bytes of `v` equal `c`: all ones in those lanes.
#[inline(always)]
fn eq(v: u8x16, c: u8) -> u8x16 {
    v.simd_eq(u8x16::splat(c))
}

/// Which bytes of `v` are in `lo..=hi`, as `v - lo` (wrapping) at most `hi - lo`.
#[inline(always)]
fn within(v: u8x16, lo: u8, hi: u8) -> u8x16 {
    let span = u8x16::splat(hi - lo);
    (v - u8x16::splat(lo)).max(span).simd_eq(span)
}

/// The sixteen bytes of `bytes` from `at`, and the sixteen that follow each of them (the
/// same shifted by one byte); zeros (never a letter) past the end.
#[inline(always)]
pub(crate) fn byte_pairs(bytes: &[u8], at: usize) -> (u8x16, u8x16) {
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
    (u8x16::new(x), u8x16::new(next))
}

/// The masks of the bytes `x`, given `next`, the sixteen bytes that follow each of them (`x`
/// shifted by one byte); with `fold`, the letters that rule 1 folds one for one (ي ك ى) are
/// plain too.
#[inline(always)]
fn plain_mask(x: u8x16, next: u8x16, fold: bool) -> Masks {
    let continuation = eq(x & u8x16::splat(0xC0), 0x80);
    let d8 = eq(x, 0xD8) & within(next, 0xA1, 0xBA);
    let lead_d9 = eq(x, 0xD9);
    let d9 = lead_d9 & (within(next, 0x81, 0x88) & !eq(next, 0x83) | eq(next, 0xBE));
    let da = eq(x, 0xDA) & (eq(next, 0x86) | eq(next, 0x98) | eq(next, 0xA9) | eq(next, 0xAF));
    let db = eq(x, 0xDB) & eq(next, 0x8C);
    let space = eq(x, b' ') & !eq(next, b' ');
    let fold = if fold {
        (lead_d9 & (eq(next, 0x83) | eq(next, 0x89) | eq(next, 0x8A))).to_bitmask()
    } else {
        0
    };
    Masks {
        plain: (continuation | d8 | d9 | da | db | space).to_bitmask() | fold,
        space: space.to_bitmask(),
        fold,
    }
}

/// How many letters to fold a run holds at most: a run stops before the next one.
const MAX_FOLDS: usize = 16;

/// A run of plain bytes: its length, where its last spaces are, and how many letters to
/// fold it holds.
#[derive(Clone, Copy, Debug)]
struct Run {
    len: usize,
    /// Bit `j` for a space at `window_start + j` (`window_start` may be negative: no bit
    /// below 0).
    spaces: u64,
    window_start: isize,
    /// How many letters to fold the run holds (their places are in the caller's array).
    folds: usize,
}

/// The run of plain bytes (see the module docs) that starts `bytes` (`FOLD`: with the
/// letters that rule 1 folds, whose places go in order into `fold_at`), with the spaces of
/// its last 64 bytes or less.
#[inline]
fn plain_run<const FOLD: bool>(bytes: &[u8], fold_at: &mut [u32; MAX_FOLDS]) -> Run {
    let mut at = 0;
    let mut spaces = 0u64;
    let mut folds = 0;
    loop {
        // Sixteen bytes to judge and the sixteen that follow each; zeros (never plain) past
        // the end.
        let (x, next) = byte_pairs(bytes, at);
        let m = plain_mask(x, next, FOLD);
        // Where the run stops in this block (16: not in it).
        let mut k = (!m.plain).trailing_zeros().min(16);
        // The letters to fold before that; the run stops before one that does not fit.
        let mut letters = m.fold & ((1u32 << k) - 1);
        while letters != 0 {
            let bit = letters.trailing_zeros();
            let Some(slot) = fold_at.get_mut(folds) else {
                k = bit;
                break;
            };
            *slot = (at + bit as usize) as u32;
            folds += 1;
            letters &= letters - 1;
        }
        // This block's spaces in the top 16 bits of the window.
        spaces = (spaces >> 16) | (u64::from(m.space) << 48);
        if k < 16 {
            return Run {
                len: (at + k as usize).min(bytes.len()),
                spaces: spaces & ((1u64 << (48 + k)) - 1),
                window_start: at as isize - 48,
                folds,
            };
        }
        at += 16;
    }
}

/// The length of the run of plain bytes (see the module docs) that starts `bytes`.
#[cfg(test)]
fn plain_prefix(bytes: &[u8]) -> usize {
    plain_run::<false>(bytes, &mut [0; MAX_FOLDS]).len
}

/// Words taken at once by [`jump_words`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Jump {
    /// The end of the last word taken.
    pub(crate) end: usize,
    /// Where the last word taken starts.
    pub(crate) last_start: usize,
    /// Where the word before it starts, when the jump took two words or more (with one, the
    /// word before is the one that ended at the jump's start).
    pub(crate) before_start: Option<usize>,
    /// Whether the last word taken has letters to fold.
    pub(crate) last_dirty: bool,
    /// Whether the word before it (when the jump took it) has letters to fold.
    pub(crate) before_dirty: bool,
}

/// From `pos`, a space after a word, the words of the plain run there (see the module docs)
/// that a space follows inside the run: each is Persian letters between two single spaces
/// (with `fold`, letters that rule 1 folds one for one too, each passed to `fold_at` in
/// order). The word that ends the run is taken too when `ends_word` says that what follows
/// it (at the place given) ends it (with letters to fold: when an ASCII byte or the end
/// follows); else it is left to the word walk. `None` when not one word is taken.
#[inline]
pub(crate) fn jump_words(
    bytes: &[u8],
    pos: usize,
    fold: bool,
    ends_word: impl Fn(usize) -> bool,
    mut fold_at: impl FnMut(usize),
) -> Option<Jump> {
    if bytes.get(pos) != Some(&b' ') {
        return None;
    }
    let rest = bytes.get(pos..)?;
    let mut fold_places = [0u32; MAX_FOLDS];
    let run = if fold {
        plain_run::<true>(rest, &mut fold_places)
    } else {
        plain_run::<false>(rest, &mut fold_places)
    };
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
    let folds = fold_places.get(..run.folds).unwrap_or_default();
    let space = last_space(run.len)?;
    // The word that ends the run is taken too when what follows ends it, as the word walk
    // would take it: `ends_word` for a clean word, an ASCII byte or the end for one with
    // letters to fold (what the general step of the walk takes).
    let clean_last = folds.last().is_none_or(|&at| (at as usize) < space);
    let whole_last = run.len > space + 1
        && if clean_last {
            ends_word(pos + run.len)
        } else {
            rest.get(run.len).is_none_or(|&b| b < 0x80)
        };
    let (end, before) = if whole_last {
        (run.len, space)
    } else {
        (space, last_space(space).filter(|_| space > 0)?)
    };
    let before_before = if before > 0 { last_space(before) } else { None };
    // The letters to fold in the words taken, and which of the last two hold one.
    let taken = folds.partition_point(|&at| (at as usize) < end);
    let holds = |from: usize, to: usize| {
        folds[..taken]
            .iter()
            .any(|&at| (from..to).contains(&(at as usize)))
    };
    for &at in &folds[..taken] {
        fold_at(pos + at as usize);
    }
    Some(Jump {
        end: pos + end,
        last_start: pos + before + 1,
        before_start: before_before.map(|i| pos + i + 1),
        last_dirty: taken > 0 && holds(before + 1, end),
        before_dirty: taken > 0 && before_before.is_some_and(|i| holds(i + 1, before)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::classes::{PAIR_LETTER, folded_letter, is_persian_letter, pair_flags};

    /// Whether the byte `b` followed by `next` is plain, by the classifier (`fold`: with the
    /// letters that rule 1 folds).
    fn plain_with(b: u8, next: u8, fold: bool) -> bool {
        let mut x = [0u8; 16];
        let mut n = [0u8; 16];
        x[0] = b;
        n[0] = next;
        plain_mask(u8x16::new(x), u8x16::new(n), fold).plain & 1 == 1
    }

    fn plain(b: u8, next: u8) -> bool {
        plain_with(b, next, false)
    }

    #[test]
    fn with_fold_only_letters_that_fold_one_for_one_are_plain_too() {
        for b in 0..=255u8 {
            for next in 0..=255u8 {
                if plain_with(b, next, true) && !plain(b, next) {
                    assert!(
                        folded_letter(b, next).is_some(),
                        "{b:#04x} {next:#04x} is plain"
                    );
                }
            }
        }
        for c in ['ي', 'ك', 'ى'] {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert!(plain_with(b[0], b[1], true) && !plain(b[0], b[1]), "{c}");
        }
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
        let jump = jump_words(text.as_bytes(), 0, false, |_| false, |_| {});
        let word = |s: usize| &text[s..text[s..].find(' ').map_or(text.len(), |e| s + e)];
        let jump = jump.unwrap_or_else(|| panic!("no jump"));
        assert_eq!(&text[..jump.end], " او به کتاب خانه");
        assert_eq!(word(jump.last_start), "خانه");
        assert_eq!(jump.before_start.map(word), Some("کتاب"));
        // One word: the word before is the one the jump started after.
        let one = jump_words(" او به".as_bytes(), 0, false, |_| false, |_| {});
        assert_eq!(
            one,
            Some(Jump {
                end: " او".len(),
                last_start: 1,
                before_start: None,
                last_dirty: false,
                before_dirty: false,
            })
        );
        // Words longer than the window of spaces the classifier keeps.
        let long = format!(" {} {} ت.", "ب".repeat(40), "پ".repeat(3));
        let jump = jump_words(long.as_bytes(), 0, false, |_| false, |_| {});
        assert_eq!(
            jump,
            Some(Jump {
                end: 88,
                last_start: 82,
                before_start: Some(1),
                last_dirty: false,
                before_dirty: false,
            })
        );
        // The word that ends the run, when what follows ends it (and it has no letter to
        // fold).
        let text = " او به کتاب. و";
        let ascii = |at: usize| text.as_bytes().get(at).is_none_or(|&b| b < 0x80);
        let jump = jump_words(text.as_bytes(), 0, false, ascii, |_| {});
        let jump = jump.unwrap_or_else(|| panic!("no jump"));
        assert_eq!(&text[..jump.end], " او به کتاب");
        assert_eq!(&text[jump.last_start..jump.end], "کتاب");
        assert_eq!(
            jump.before_start.map(|s| &text[s..jump.last_start - 1]),
            Some("به")
        );
        let text = " او كتاب.";
        let jump = jump_words(text.as_bytes(), 0, true, |_| false, |_| {});
        assert_eq!(
            jump.map(|j| (j.end, j.last_dirty)),
            Some((text.len() - 1, true))
        );
        let text = " او كتاب،";
        let jump = jump_words(text.as_bytes(), 0, true, |_| true, |_| {});
        assert_eq!(jump.map(|j| j.end), Some(" او".len()));
        // With fold: the letters to fold of the words taken, in order, and which of the
        // last two hold one.
        let text = " كتاب خوب يك ما.";
        let mut folds = Vec::new();
        let jump = jump_words(text.as_bytes(), 0, true, |_| false, |at| folds.push(at));
        let jump = jump.unwrap_or_else(|| panic!("no jump"));
        assert_eq!(&text[..jump.end], " كتاب خوب يك");
        assert_eq!(
            folds,
            [1, text.find('ي').unwrap_or(0), text.rfind('ك').unwrap_or(0)]
        );
        assert!(jump.last_dirty && !jump.before_dirty);
        // Without fold they stop the run.
        assert_eq!(
            jump_words(text.as_bytes(), 0, false, |_| false, |_| {}),
            None
        );
        // No word that a space follows.
        assert_eq!(
            jump_words(" او".as_bytes(), 0, false, |_| false, |_| {}),
            None
        );
        assert_eq!(
            jump_words("  او به".as_bytes(), 0, false, |_| false, |_| {}),
            None
        );
        assert_eq!(
            jump_words("او به".as_bytes(), 0, false, |_| false, |_| {}),
            None
        );
    }
}
