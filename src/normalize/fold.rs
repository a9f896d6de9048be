//! The fold fast path: the letter rules (1–3) and the digit policy (5) alone, on text where
//! every change is one character for another.
//!
//! With nothing switched on but letters, compositions, presentation forms and the digit
//! policy (no spacing, punctuation, ZWNJ, affix, diacritic, kashida or invisible rule, no
//! separators of numbers: see [`applies`]), the engine's output depends on the context of a
//! character in one way only: ASCII digits become Persian in a Persian context, and a context
//! is Latin only next to a letter of another script. So on a text with
//!
//! - no letter of another script, nor `#` or `@` (nothing that starts a protected span or a
//!   Latin context),
//! - no presentation form, no emoji, no character outside the Arabic block but a few spaces
//!   and marks of punctuation (« » NBSP ° · and the punctuation of U+2000–U+202F but ZWJ),
//! - no composing mark (U+0653–U+0655) when compositions are on,
//!
//! every character maps to its own output:
//!
//! | input | output |
//! |---|---|
//! | a letter that rule 1 folds (ي ى ك ھ ٱ ے…) | its Persian form (with `letters`) |
//! | an ASCII digit | a Persian digit (policy `Persian`: no Latin letter, so every number is in a Persian context) |
//! | an Arabic-Indic digit | a Persian digit (`Persian`) or an ASCII one (`Latin`) |
//! | a Persian digit | an ASCII digit (`Latin`) |
//! | anything else | itself |
//!
//! [`fold`] walks the text sixteen bytes at a time, finds the bytes that need a look with a
//! few SSE2 compares (through the safe `wide` crate, as the [`block`](super::block) module
//! does), copies what lies between them, and gives up on the first character outside the set
//! above (the caller then runs the engine on the whole text: `normalize`, which must not
//! allocate for text it leaves as it is). [`fold_into`] instead hands the engine only the
//! stretch around such a character, from the Persian word before it to the Persian word
//! after it, and folds the rest itself (`normalize_into`). The differential tests hold both
//! to the engine's output on any text.

use wide::{i8x16, u8x16};

use super::block::byte_pairs;
use super::classes::{Class, arabic_class, folded_letter};
use super::{DigitPolicy, NormalizerOptions};

/// Whether `o` switches on nothing but the letter rules and the digit policy: the options
/// under which [`fold`] may stand for the engine.
pub(crate) fn applies(o: &NormalizerOptions) -> bool {
    // Every field named, so that a new option has to be judged here.
    let NormalizerOptions {
        digits: _,
        letters: _,
        compose: _,
        presentation_forms: _,
        protect_spans: _,
        diacritics,
        kashida,
        number_punctuation,
        punctuation,
        punctuation_spacing,
        invisibles,
        spaces,
        zwnj,
        affixes,
    } = *o;
    !(diacritics
        || kashida
        || number_punctuation
        || punctuation
        || punctuation_spacing
        || invisibles
        || spaces
        || zwnj
        || affixes)
}

/// The text holds a character that the fold fast path does not take (see the module docs),
/// the first one at byte `at`.
#[derive(Debug)]
pub(crate) struct GaveUp {
    pub(crate) at: usize,
}

/// Writes into `out` the text that the engine would write for `text` under `o` (for which
/// [`applies`] holds), lazily: `out` gets nothing while nothing has changed, and `Ok(false)`
/// says that the output is `text` itself (then `out` is untouched). With `Ok(true)`, `out`
/// has the whole output appended. `Err` when the text holds a character the fast path does
/// not take; `out` may then hold part of the output, and the caller truncates it.
pub(crate) fn fold(o: &NormalizerOptions, text: &str, out: &mut String) -> Result<bool, GaveUp> {
    scan(o, text, 0..text.len(), out)
}

/// Appends to `out` the text that the engine would write for `text` under `o` (for which
/// [`applies`] holds), folding what the fast path takes and handing each stretch around a
/// character it does not take to `engine` (which appends the engine's output for the text
/// it is given).
///
/// A stretch handed over starts and ends at a *restart*, the first letter of a Persian word
/// after a space (or an end of the text). The engine's output for the text between two
/// restarts is its output for that stretch of the whole text: the only context rule 5 reads
/// is the script of the nearest letter on the line (before a digit, else after it), and a
/// stretch that starts with a Persian word sees the same nearest letters as the whole text
/// (a digit after the stretch's last line break that finds no letter in it is in a Persian
/// context either way: the stretch ends before a Persian letter). Likewise what the fast path
/// wrote before the restart that precedes a stop stays: every letter between a digit it wrote
/// and that restart is a Persian letter, or it would have stopped there.
pub(crate) fn fold_into(
    o: &NormalizerOptions,
    text: &str,
    out: &mut String,
    mut engine: impl FnMut(&str, &mut String),
) {
    let mut from = 0;
    while from < text.len() {
        let len = out.len();
        let stop = match scan(o, text, from..text.len(), out) {
            Ok(changed) => {
                if !changed {
                    out.push_str(&text[from..]);
                }
                return;
            }
            Err(GaveUp { at }) => at,
        };
        out.truncate(len);
        let (before, after) = (restart_before(text, from, stop), restart_after(text, stop));
        match scan(o, text, from..before, out) {
            Ok(false) => out.push_str(&text[from..before]),
            Ok(true) => {}
            // (Not reached: the first stop from `from` is at `stop`.)
            Err(_) => {
                out.truncate(len);
                engine(&text[from..before], out);
            }
        }
        engine(&text[before..after], out);
        from = after;
    }
}

/// Whether a restart (see [`fold_into`]) is at `i`: a letter of the Arabic block (not a
/// mark, digit or sign) right after a space.
fn is_restart(bytes: &[u8], i: usize) -> bool {
    i > 0
        && bytes[i - 1] == b' '
        && matches!(bytes.get(i..i + 2), Some(&[lead @ 0xD8..=0xDB, cont])
            if matches!(arabic_class(lead, cont), Class::Letter | Class::Fold))
}

/// The last restart in `from..=at`, or `from` (itself a restart or the start of the text).
fn restart_before(text: &str, from: usize, at: usize) -> usize {
    let bytes = text.as_bytes();
    (from + 1..=at.min(bytes.len()))
        .rev()
        .find(|&i| is_restart(bytes, i))
        .unwrap_or(from)
}

/// The first restart after `at`, or the end of the text.
fn restart_after(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    (at + 1..bytes.len())
        .find(|&i| is_restart(bytes, i))
        .unwrap_or(bytes.len())
}

/// [`fold`] over `range` of `text` (whose ends are character boundaries).
fn scan(
    o: &NormalizerOptions,
    text: &str,
    range: std::ops::Range<usize>,
    out: &mut String,
) -> Result<bool, GaveUp> {
    let bytes = text.as_bytes();
    let persian_digits_kept = o.digits != DigitPolicy::Latin;
    // Input copied up to here; bytes below `done` are taken.
    let (mut copied, mut done) = (range.start, range.start);
    let mut changed = false;
    let mut block = range.start;
    let gave_up = |at| GaveUp { at };
    while block < range.end {
        let (x, next) = byte_pairs(bytes, block);
        let mut look = attention(x, next, persian_digits_kept) & low_bits(range.end - block);
        // Bits of bytes that a character read from the block before covers.
        look &= !low_bits(done.saturating_sub(block));
        while look != 0 {
            let at = block + look.trailing_zeros() as usize;
            let (len, to) = judge(bytes, at, o).map_err(|()| gave_up(at))?;
            if let Some(to) = to {
                if !changed {
                    out.reserve(text.len() + text.len() / 8);
                    changed = true;
                }
                out.push_str(text.get(copied..at).ok_or(gave_up(at))?);
                out.push(to);
                copied = at + len;
            }
            done = at + len;
            look &= !low_bits(done - block);
        }
        block += 16;
    }
    if changed {
        out.push_str(text.get(copied..range.end).ok_or(gave_up(copied))?);
    }
    Ok(changed)
}

/// The bits below bit `n` (all 32 from 32 on).
#[inline(always)]
fn low_bits(n: usize) -> u32 {
    1u32.checked_shl(n as u32).map_or(u32::MAX, |b| b - 1)
}

/// One bit per byte of `x` (`next`: the byte after each) that needs a look ([`judge`]):
///
/// | byte | needs a look |
/// |---|---|
/// | ASCII | `0x30..=0x7F` (digits, letters, `: ; < = > ? @ [ \ ] ^ _` and the like) and `#` |
/// | continuation | never |
/// | `0xD8` | after `0xBB..` (ػ … ؿ) |
/// | `0xD9` | but ـ ف ق ل م ن ه و (`0x80..=0x88` without ك at `0x83`) and پ (`0xBE`) |
/// | `0xDA` | but `0x80..=0xA9` (ڀ … ک) and گ (`0xAF`) |
/// | `0xDB` | but ی (`0x8C`), and ۰ … ۹ (`0xB0..=0xB9`) when `persian_digits_kept` |
/// | any other lead | always |
///
/// Bytes are compared as signed (`pcmpgtb`): ASCII is `0..=127`, continuation bytes
/// `-128..=-65`, lead bytes `-64..=-1`; the byte after a lead is a continuation byte, so one
/// compare bounds it from above. The tests check over every pair of bytes that no byte
/// left out needs a look.
#[inline(always)]
fn attention(x: u8x16, next: u8x16, persian_digits_kept: bool) -> u32 {
    let signed = |v: u8x16| i8x16::new(v.to_array().map(|b| b as i8));
    let (x, next) = (signed(x), signed(next));
    let c = |b: u8| i8x16::splat(b as i8);
    let is = |v: i8x16, b: u8| v.simd_eq(c(b));
    // `next` below `b` (for a continuation byte: in 0x80..b).
    let next_below = |b: u8| next.simd_lt(c(b));
    let ascii_look = x.simd_gt(c(0x2F)) | is(x, b'#');
    let lead = x.simd_gt(c(0xBF)) & x.simd_lt(c(0));
    let d8 = is(x, 0xD8) & next_below(0xBB);
    let d9 = is(x, 0xD9) & (next_below(0x89) & !is(next, 0x83) | is(next, 0xBE));
    let da = is(x, 0xDA) & (next_below(0xAA) | is(next, 0xAF));
    let persian_digit = if persian_digits_kept {
        next.simd_gt(c(0xAF)) & next_below(0xBA)
    } else {
        i8x16::splat(0)
    };
    let db = is(x, 0xDB) & (is(next, 0x8C) | persian_digit);
    (ascii_look | lead & !(d8 | d9 | da | db)).to_bitmask()
}

/// The character at `at` (a byte that [`attention`] flagged): its length and what it becomes
/// (`None`: itself), or `Err` when the fast path does not take it.
#[inline]
fn judge(bytes: &[u8], at: usize, o: &NormalizerOptions) -> Result<(usize, Option<char>), ()> {
    let byte = |i: usize| bytes.get(at + i).copied().ok_or(());
    let lead = byte(0)?;
    let digit = |value: u8| match o.digits {
        DigitPolicy::Persian => crate::chars::persian_digit(value),
        DigitPolicy::Latin => Some(char::from(b'0' + value)),
        DigitPolicy::Keep => None,
    };
    match lead {
        b'0'..=b'9' if o.digits == DigitPolicy::Persian => Ok((1, digit(lead - b'0'))),
        b'a'..=b'z' | b'A'..=b'Z' | b'#' | b'@' => Err(()),
        0x00..=0x7F => Ok((1, None)),
        0xD8..=0xDB => {
            let cont = byte(1)?;
            let to = match (lead, cont) {
                (0xD9, 0xA0..=0xA9) => digit(cont - 0xA0),
                (0xDB, 0xB0..=0xB9) if o.digits == DigitPolicy::Latin => digit(cont - 0xB0),
                (0xD9, 0x93..=0x95) if o.compose => return Err(()),
                _ if o.letters && arabic_class(lead, cont) == Class::Fold => {
                    let [l, c] = folded_letter(lead, cont).ok_or(())?;
                    let code = (u32::from(l & 0x1F) << 6) | u32::from(c & 0x3F);
                    Some(char::from_u32(code).ok_or(())?)
                }
                _ => None,
            };
            Ok((2, to))
        }
        // NBSP ° · soft hyphen « »
        0xC2 if matches!(byte(1)?, 0xA0 | 0xAB | 0xAD | 0xB0 | 0xB7 | 0xBB) => Ok((2, None)),
        // U+2000–U+202F but ZWJ (emoji sequences): spaces, ZWNJ, marks, dashes, quotes, …
        0xE2 if byte(1)? == 0x80 && matches!(byte(2)?, 0x80..=0x8C | 0x8E..=0xAF) => Ok((3, None)),
        _ => Err(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Normalizer;

    fn options(digits: DigitPolicy, letters: bool) -> NormalizerOptions {
        NormalizerOptions {
            digits,
            letters,
            ..NormalizerOptions::none()
        }
    }

    fn fast(o: &NormalizerOptions, text: &str) -> Option<String> {
        let mut out = String::new();
        match fold(o, text, &mut out) {
            Ok(true) => Some(out),
            Ok(false) => {
                assert!(out.is_empty(), "{text:?}: output for an unchanged text");
                Some(text.to_owned())
            }
            Err(GaveUp { .. }) => None,
        }
    }

    #[test]
    fn letters_and_digits_fold_one_for_one() {
        let o = options(DigitPolicy::Persian, true);
        for (text, expected) in [
            ("كتاب هاي علمي", "کتاب های علمی"),
            ("سال 1402 و ٢٠٢٣", "سال ۱۴۰۲ و ۲۰۲۳"),
            ("«مدرسه»، ۱۲:۳۰ — در 3.5٪", "«مدرسه»، ۱۲:۳۰ — در ۳.۵٪"),
            ("ھمه ٱلله ے", "همه الله ی"),
            ("می‌شود  كه", "می‌شود  كه".replace('ك', "ک").as_str()),
            ("12", "۱۲"),
            ("", ""),
        ] {
            assert_eq!(fast(&o, text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn the_digit_policy_decides_the_digits() {
        let text = "1 ٢ ۳ يك";
        for (digits, expected) in [
            (DigitPolicy::Persian, "۱ ۲ ۳ یک"),
            (DigitPolicy::Latin, "1 2 3 یک"),
            (DigitPolicy::Keep, "1 ٢ ۳ یک"),
        ] {
            assert_eq!(
                fast(&options(digits, true), text).as_deref(),
                Some(expected)
            );
        }
        assert_eq!(
            fast(&options(DigitPolicy::Keep, false), text).as_deref(),
            Some(text)
        );
    }

    #[test]
    fn it_gives_up_where_context_or_a_protected_span_may_matter() {
        let o = options(DigitPolicy::Persian, true);
        for text in [
            "نسخه Windows 11",
            "#ایران ۱",
            "@خبر",
            "پیام 🙂",
            "کلید 1\u{FE0F}\u{20E3}",
            "\u{FEFB}",
            "Ελλάδα",
            "ß",
        ] {
            assert_eq!(fast(&o, text), None, "{text}");
        }
        let compose = NormalizerOptions {
            compose: true,
            ..o.clone()
        };
        assert_eq!(fast(&compose, "مسي\u{0654}ول"), None);
        assert!(fast(&o, "مسي\u{0654}ول").is_some());
    }

    /// Whether [`attention`] flags the byte `b` followed by `next`.
    fn flagged(b: u8, next: u8, persian_digits_kept: bool) -> bool {
        let mut x = [0u8; 16];
        let mut n = [0u8; 16];
        x[0] = b;
        n[0] = next;
        attention(u8x16::new(x), u8x16::new(n), persian_digits_kept) & 1 == 1
    }

    #[test]
    fn every_byte_that_may_change_or_stop_the_fold_is_flagged() {
        for kept in [true, false] {
            let digits = if kept {
                DigitPolicy::Persian
            } else {
                DigitPolicy::Latin
            };
            let o = NormalizerOptions {
                digits,
                letters: true,
                compose: true,
                ..NormalizerOptions::none()
            };
            for b in 0..=255u8 {
                for next in 0..=255u8 {
                    if flagged(b, next, kept) {
                        continue;
                    }
                    let text = [b, next, 0x80, 0x80];
                    match b {
                        0x80..=0xBF => {}
                        0x00..=0x7F => {
                            assert!(
                                !b.is_ascii_alphanumeric() && b != b'#' && b != b'@',
                                "{b:#04x}"
                            )
                        }
                        // Only pairs of a lead and a continuation byte occur.
                        _ if !(0x80..=0xBF).contains(&next) => {}
                        _ => assert!(
                            matches!(judge(&text, 0, &o), Ok((2, None))),
                            "{b:#04x} {next:#04x} is left out"
                        ),
                    }
                }
            }
        }
    }

    #[test]
    fn common_persian_text_needs_no_look() {
        let text = "سه شنبه، مدیران گروه‌ها؛ چرا ژاله؟ ۱۴۰۲ «پژوهش»";
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let (x, next) = byte_pairs(bytes, at);
            let look = attention(x, next, true) & low_bits(bytes.len() - at);
            // Only the leads of « » and the ZWNJ.
            for bit in (0..16).filter(|i| look >> i & 1 == 1) {
                assert!(
                    matches!(bytes[at + bit], 0xC2 | 0xE2),
                    "{}",
                    &text[at + bit..]
                );
            }
            at += 16;
        }
    }

    #[test]
    fn text_around_a_stop_is_folded_and_the_stop_goes_to_the_engine() {
        let o = options(DigitPolicy::Persian, true);
        let n = Normalizer::new(o.clone());
        for text in [
            "12 ايران Apple 5 و 6 كتاب",
            "Apple 12 كتاب",
            "كتاب 12\n34 Apple ي",
            "#هشتگ_1 يك 2",
            "يك https://x.ir/ي 3 ك",
            "يك 1 Python 3.12 و ۴ ي 7",
            "ي ك 🙂 ي 5",
            "",
            "Windows",
        ] {
            let mut out = String::from("<");
            fold_into(&o, text, &mut out, |part, out| {
                out.push_str(&Normalizer::new(o.clone()).normalize_without_fast_path(part))
            });
            assert_eq!(out[1..], n.normalize_without_fast_path(text), "{text}");
        }
    }

    #[test]
    fn restarts_are_persian_words_after_a_space() {
        let text = "ab يك 12 کتاب‌ها";
        let starts: Vec<usize> = (0..=text.len())
            .filter(|&i| is_restart(text.as_bytes(), i))
            .collect();
        assert_eq!(starts, [3, 11]);
        assert_eq!(restart_before(text, 0, 10), 3);
        assert_eq!(restart_before(text, 0, 11), 11);
        assert_eq!(restart_before(text, 0, 2), 0);
        assert_eq!(restart_after(text, 3), 11);
        assert_eq!(restart_after(text, 11), text.len());
    }

    #[test]
    fn only_letters_and_digits_options_apply() {
        assert!(applies(&options(DigitPolicy::Persian, true)));
        assert!(applies(&NormalizerOptions::none()));
        assert!(!applies(&NormalizerOptions::default()));
        assert!(!applies(&NormalizerOptions {
            number_punctuation: true,
            ..NormalizerOptions::none()
        }));
    }

    #[test]
    fn it_agrees_with_the_engine_on_news_text() {
        let text = "وزير امور خارجه روز سه شنبه 12 مهر 1402 گفت: «ما مي خواهيم ٢ درصد… ادامه يابد»؛\n\
                    رئيس جمهور از 3 طرح بازديد كرد و 2.5 درصد رشد را مهم ترين دستاورد دانست.";
        for digits in [DigitPolicy::Persian, DigitPolicy::Latin, DigitPolicy::Keep] {
            for letters in [true, false] {
                let o = options(digits, letters);
                let engine = Normalizer::new(o.clone()).normalize_without_fast_path(text);
                assert_eq!(fast(&o, text), Some(engine), "{digits:?} {letters}");
            }
        }
    }
}
