//! The fast path: most of a Persian text needs no decision at all.
//!
//! From the end of a token that needs no edit, [`skip_clean`] walks over the tokens that
//! follow for as long as every one of them, and the separator before it, is certain to be kept
//! as written by every rule. The tokens it knows:
//!
//! | class | tokens |
//! |---|---|
//! | word | letters already in their Persian form |
//! | number | Persian digits (not followed by more of a number) |
//! | open | « ( [ |
//! | close | » ) ] |
//! | mark | ، ؛ ؟ ! . : ٪ … |
//! | neutral | - – — / * + = & \| ~ |
//!
//! and the steps it takes (anything else stops the walk and the full machinery takes over):
//!
//! | before | separator | token | kept when |
//! |---|---|---|---|
//! | word | one space | word | no rule-10 decision may involve the pair (signature filters) and the word holds no verbal prefix |
//! | word | one ZWNJ | word | the word before ends with a joining letter; the word is not است and holds no verbal prefix |
//! | not open | one space | word, number, open, neutral | (word: no verbal prefix) |
//! | open, neutral | none | word, number | always |
//! | word, number, close, mark, neutral | none | close, mark, neutral | always |
//!
//! The check works on bytes: one table lookup per Arabic-block letter, no allocation.

use std::ops::Range;

use super::classes::{Class, class, folded_letter, is_persian_letter, joins_next};
use super::letters::{LetterRules, continued_after_gap, glued_split};
use super::lexicon::{Lexicon, may_hold_mi};

/// A token the fast path walks over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Clean {
    Word,
    Number,
    Punct(char),
}

/// What a punctuation character is to the fast path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PunctClass {
    Open,
    Close,
    Mark,
    Neutral,
}

fn punct_class(c: char) -> Option<PunctClass> {
    Some(match c {
        '«' | '(' | '[' => PunctClass::Open,
        '»' | ')' | ']' => PunctClass::Close,
        '،' | '؛' | '؟' | '!' | '.' | ':' | '٪' | '…' => PunctClass::Mark,
        '-' | '–' | '—' | '/' | '*' | '+' | '=' | '&' | '|' | '~' => PunctClass::Neutral,
        _ => return None,
    })
}

/// Where the walk stopped: the last token skipped and the one before it.
#[derive(Clone, Debug)]
pub(crate) struct Skipped {
    pub(crate) last: (Clean, Range<usize>),
    pub(crate) before: (Clean, Range<usize>),
    /// Whether a word was skipped (the line's script is then Persian).
    pub(crate) words: bool,
    /// Whether `last` / `before` are words with letters that rule 1 folded.
    pub(crate) last_dirty: bool,
    pub(crate) before_dirty: bool,
}

/// Whether the fast path can start after a token of this kind.
pub(crate) fn can_start_after(c: Clean) -> bool {
    match c {
        Clean::Word | Clean::Number => true,
        Clean::Punct(p) => punct_class(p).is_some(),
    }
}

/// The end of the run of Persian-form letters (or of Persian digits) that starts at `start`.
#[inline]
fn scan_digits(bytes: &[u8], start: usize) -> usize {
    let mut end = start;
    while let Some(&[0xDB, cont]) = bytes.get(end..end + 2) {
        if !(0xB0..=0xB9).contains(&cont) {
            break;
        }
        end += 2;
    }
    end
}

/// A word the walk read: where it ends, and whether it has letters that rule 1 folds (then
/// its folded text is in the caller's buffer).
struct Scanned {
    end: usize,
    dirty: bool,
}

/// Reads the run of letters that starts at `start`: letters already in their Persian form,
/// and, when `fold` is set, letters that rule 1 folds one for one (ي → ی), whose folded text
/// goes into `folded`.
#[inline]
fn scan_letters(bytes: &[u8], start: usize, fold: bool, folded: &mut Vec<u8>) -> Scanned {
    let mut end = start;
    while let Some(&[lead, cont]) = bytes.get(end..end + 2) {
        if !is_persian_letter(lead, cont) {
            break;
        }
        end += 2;
    }
    if !fold
        || bytes
            .get(end..end + 2)
            .and_then(|p| folded_letter(p[0], p[1]))
            .is_none()
    {
        return Scanned { end, dirty: false };
    }
    // A letter to fold: go on letter by letter, writing the folded text.
    folded.clear();
    folded.extend_from_slice(&bytes[start..end]);
    while let Some(&[lead, cont]) = bytes.get(end..end + 2) {
        if is_persian_letter(lead, cont) {
            folded.extend_from_slice(&[lead, cont]);
        } else if let Some(pair) = folded_letter(lead, cont) {
            folded.extend_from_slice(&pair);
        } else {
            break;
        }
        end += 2;
    }
    Scanned { end, dirty: true }
}

/// Whether `word` may end with a plural glued to a heh (…هها, …ههای…): the only words in which
/// a ZWNJ may be missing before a plural suffix.
#[inline]
fn may_end_with_glued_plural(word: &[u8]) -> bool {
    const HEH_ALEF: [u8; 4] = [0xD9, 0x87, 0xD8, 0xA7];
    let n = word.len();
    [4, 6, 8, 10, 12].iter().any(|&k| {
        n >= k + 2
            && word.get(n - k..n - k + 4) == Some(&HEH_ALEF[..])
            && word.get(n - k - 2..n - k) == Some(&[0xD9, 0x87][..])
    })
}

/// Whether the character at `i` would continue the word that ends before it.
#[inline]
fn continues_word(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        None => false,
        Some(&b) if b < 0x80 => false,
        Some(_) => text[i..].chars().next().is_some_and(|c| {
            matches!(
                class(c),
                Class::Letter | Class::Fold | Class::Mark | Class::Kashida
            )
        }),
    }
}

/// Whether the character at `i` would continue the number that ends before it.
fn continues_number(text: &str, i: usize) -> bool {
    let mut chars = text.get(i..).unwrap_or("").chars();
    match chars.next() {
        None => false,
        Some(c) if crate::chars::is_digit(c) || c.is_ascii_alphabetic() => true,
        Some('\u{FE0F}' | '\u{20E3}') => true,
        Some('.' | '/' | ':' | '-' | '٫' | '\u{2010}' | '\u{2011}' | ',' | '٬' | '،') => {
            chars.next().is_some_and(crate::chars::is_digit)
        }
        Some(_) => false,
    }
}

/// The token that starts at `at` if the walk knows it: its kind, its end, and whether its
/// folded text (in `folded`) differs from it.
#[inline]
fn token_at(
    text: &str,
    at: usize,
    persian_digits: bool,
    fold: bool,
    folded: &mut Vec<u8>,
) -> Option<(Clean, Scanned)> {
    let bytes = text.as_bytes();
    let word = scan_letters(bytes, at, fold, folded);
    if word.end > at {
        let end = word.end;
        // A word that a deleted ZWNJ or mark would glue to the next is not clean.
        let glued_on = || {
            let last = if word.dirty {
                &folded[..]
            } else {
                &bytes[at..end]
            };
            continued_after_gap(text, end)
                && !std::str::from_utf8(last)
                    .ok()
                    .and_then(|w| w.chars().next_back())
                    .is_some_and(joins_next)
        };
        return (!continues_word(text, end) && !glued_on()).then_some((Clean::Word, word));
    }
    let plain = |end| Scanned { end, dirty: false };
    let end = scan_digits(bytes, at);
    if end > at {
        return (persian_digits && !continues_number(text, end))
            .then_some((Clean::Number, plain(end)));
    }
    let c = text.get(at..)?.chars().next()?;
    if c == '٪' && !persian_digits {
        return None;
    }
    punct_class(c).map(|_| (Clean::Punct(c), plain(at + c.len_utf8())))
}

/// Walks from `pos`, the end of `last`, over the tokens that certainly need no decision,
/// calling `fold(start, end, with)` for each letter that rule 1 folds in them. `last_text`
/// is the folded text of `last` (a word) and `last_joins` whether it ends with a joining
/// letter. `None` when not even one token could be skipped.
#[allow(clippy::too_many_arguments)]
pub(crate) fn skip_clean(
    text: &str,
    mut pos: usize,
    mut last: (Clean, Range<usize>),
    last_text: &str,
    lex: Option<&Lexicon>,
    rules: LetterRules,
    persian_digits: bool,
    mut fold: impl FnMut(usize, usize, &str),
) -> Option<Skipped> {
    let bytes = text.as_bytes();
    let mut before = None;
    let mut words = false;
    let mut last_dirty = last.0 == Clean::Word && text.get(last.1.clone()) != Some(last_text);
    let mut before_dirty = false;
    let mut last_sig = Lexicon::signature(last_text);
    let mut last_char = last_text.chars().next_back();
    let mut folded = Vec::new();
    // Whether the word needs no ZWNJ inside (no glued verbal prefix nor plural).
    let no_split = |token: Range<usize>, word: &str| {
        lex.is_none_or(|lex| {
            (!may_hold_mi(word)
                && !may_end_with_glued_plural(word.as_bytes())
                && !continued_after_gap(text, token.end))
                || glued_split(lex, text, token, word, rules).is_none()
        })
    };
    loop {
        let (sep_len, zwnj) = match bytes.get(pos) {
            Some(b' ') => (1, false),
            Some(0xE2) if bytes.get(pos + 1..pos + 3) == Some(&[0x80, 0x8C][..]) => (3, true),
            _ => (0, false),
        };
        let start = pos + sep_len;
        let Some((kind, scanned)) = token_at(
            text,
            start,
            persian_digits,
            rules.folds_letters(),
            &mut folded,
        ) else {
            break;
        };
        let end = scanned.end;
        let token = if scanned.dirty {
            std::str::from_utf8(&folded).unwrap_or("")
        } else {
            &text[start..end]
        };
        let sig = if kind == Clean::Word {
            Lexicon::signature(token)
        } else {
            0
        };
        let prev_class = match last.0 {
            Clean::Punct(p) => punct_class(p),
            _ => None,
        };
        let next_class = match kind {
            Clean::Punct(p) => punct_class(p),
            _ => None,
        };
        let range = start..end;
        let keep = match (sep_len, zwnj) {
            // One space.
            (1, false) => match kind {
                _ if prev_class == Some(PunctClass::Open) => false,
                Clean::Word => match last.0 {
                    Clean::Word => {
                        lex.is_none_or(|lex| !lex.may_join(last_sig, sig)) && no_split(range, token)
                    }
                    _ => no_split(range, token),
                },
                Clean::Number => true,
                Clean::Punct(_) => {
                    matches!(next_class, Some(PunctClass::Open | PunctClass::Neutral))
                }
            },
            // One ZWNJ, inside a word.
            (3, true) => {
                last.0 == Clean::Word
                    && kind == Clean::Word
                    && last_char.is_some_and(joins_next)
                    && lex.is_none_or(|_| token != "است")
                    && no_split(range, token)
            }
            // Nothing between.
            _ => match (prev_class, kind) {
                (Some(PunctClass::Open | PunctClass::Neutral), Clean::Word) => {
                    no_split(range, token)
                }
                (Some(PunctClass::Open | PunctClass::Neutral), Clean::Number) => true,
                (Some(PunctClass::Open), _) => false,
                (_, Clean::Punct(_)) => {
                    matches!(
                        next_class,
                        Some(PunctClass::Close | PunctClass::Mark | PunctClass::Neutral)
                    )
                }
                _ => false,
            },
        };
        if !keep {
            break;
        }
        if scanned.dirty {
            // Write the folded letters (one edit per letter, as the full machinery does).
            for (i, pair) in bytes[start..end].chunks_exact(2).enumerate() {
                let at = start + 2 * i;
                let with = &folded[2 * i..2 * i + 2];
                if pair != with {
                    fold(at, at + 2, std::str::from_utf8(with).unwrap_or(""));
                }
            }
        }
        before = Some(std::mem::replace(&mut last, (kind, start..end)));
        before_dirty = std::mem::replace(&mut last_dirty, scanned.dirty);
        if kind == Clean::Word {
            last_sig = sig;
            last_char = token.chars().next_back();
            words = true;
        }
        pos = end;
    }
    before.map(|before| Skipped {
        last,
        before,
        words,
        last_dirty,
        before_dirty,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::lexicon::LEXICON;

    fn skip(text: &str, first_word_len: usize) -> usize {
        let last = (Clean::Word, 0..first_word_len);
        skip_clean(
            text,
            first_word_len,
            last,
            &text[..first_word_len],
            Some(&LEXICON),
            LetterRules::new(&crate::normalize::NormalizerOptions::default()),
            true,
            |_, _, _| {},
        )
        .map_or(first_word_len, |s| s.last.1.end)
    }

    #[test]
    fn clean_persian_is_skipped_to_the_end() {
        let text = "او گفت، «کتاب‌ها» را در سال ۱۴۰۲ (پارسال) خواند - و رفت...";
        assert_eq!(skip(text, "او".len()), text.len());
    }

    #[test]
    fn the_walk_stops_where_a_rule_may_apply() {
        for (text, stop_after) in [
            ("او می شود", "او می"),
            ("او میشود", "او"),
            ("او رفت  سپس", "او رفت"),
            ("درس های", "درس"),
            ("گفت و گو", "گفت"),
            ("او كتاب مي شود", "او كتاب مي"),
            ("او رفت ، سپس", "او رفت"),
            ("او رفت،سپس", "او رفت،"),
            ("او « سلام", "او «"),
            ("او «سلام »", "او «سلام"),
            ("کتاب‌است", "کتاب"),
            ("دارو‌ها", "دارو"),
            ("سال ۱۴۰۲٫۵ بود", "سال"),
            ("سال 1402", "سال"),
        ] {
            let first = text.find([' ', '\u{200C}']).unwrap_or(text.len());
            assert_eq!(&text[..skip(text, first)], stop_after, "{text}");
        }
    }
}
