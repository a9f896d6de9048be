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

use super::classes::{Class, class, is_persian_letter, joins_next};
use super::letters::{LetterRules, continued_after_gap, glued_split};
use super::lexicon::Lexicon;

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
fn scan(bytes: &[u8], start: usize, digits: bool) -> usize {
    let mut end = start;
    if digits {
        while let Some(&[0xDB, cont]) = bytes.get(end..end + 2) {
            if !(0xB0..=0xB9).contains(&cont) {
                break;
            }
            end += 2;
        }
    } else {
        while let Some(&[lead, cont]) = bytes.get(end..end + 2) {
            if !is_persian_letter(lead, cont) {
                break;
            }
            end += 2;
        }
    }
    end
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

/// The clean token that starts at `at`, and its end.
#[inline]
fn token_at(text: &str, at: usize, persian_digits: bool) -> Option<(Clean, usize)> {
    let bytes = text.as_bytes();
    let end = scan(bytes, at, false);
    if end > at {
        // A word that a deleted ZWNJ or mark would glue to the next is not clean.
        let glued_on = || {
            continued_after_gap(text, end)
                && !text[..end].chars().next_back().is_some_and(joins_next)
        };
        return (!continues_word(text, end) && !glued_on()).then_some((Clean::Word, end));
    }
    let end = scan(bytes, at, true);
    if end > at {
        return (persian_digits && !continues_number(text, end)).then_some((Clean::Number, end));
    }
    let c = text.get(at..)?.chars().next()?;
    if c == '٪' && !persian_digits {
        return None;
    }
    punct_class(c).map(|_| (Clean::Punct(c), at + c.len_utf8()))
}

/// Walks from `pos`, the end of `last` (a token that needs no edit), over the tokens that
/// certainly need none either. `None` when not even one token could be skipped.
pub(crate) fn skip_clean(
    text: &str,
    mut pos: usize,
    mut last: (Clean, Range<usize>),
    lex: Option<&Lexicon>,
    rules: LetterRules,
    persian_digits: bool,
) -> Option<Skipped> {
    let bytes = text.as_bytes();
    let mut before = None;
    let mut words = false;
    let mut last_sig = Lexicon::signature(&text[last.1.clone()]);
    let no_mi = |start: usize, word: &str| {
        let token = start..start + word.len();
        lex.is_none_or(|lex| glued_split(lex, text, token, word, rules).is_none())
    };
    loop {
        let (sep_len, zwnj) = match bytes.get(pos) {
            Some(b' ') => (1, false),
            Some(0xE2) if bytes.get(pos + 1..pos + 3) == Some(&[0x80, 0x8C][..]) => (3, true),
            _ => (0, false),
        };
        let start = pos + sep_len;
        let Some((kind, end)) = token_at(text, start, persian_digits) else {
            break;
        };
        let token = &text[start..end];
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
        let keep = match (sep_len, zwnj) {
            // One space.
            (1, false) => match kind {
                _ if prev_class == Some(PunctClass::Open) => false,
                Clean::Word => match last.0 {
                    Clean::Word => {
                        lex.is_none_or(|lex| !lex.may_join(last_sig, sig)) && no_mi(start, token)
                    }
                    _ => no_mi(start, token),
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
                    && text[last.1.clone()]
                        .chars()
                        .next_back()
                        .is_some_and(joins_next)
                    && lex.is_none_or(|_| token != "است")
                    && no_mi(start, token)
            }
            // Nothing between.
            _ => match (prev_class, kind) {
                (Some(PunctClass::Open | PunctClass::Neutral), Clean::Word) => no_mi(start, token),
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
        before = Some(std::mem::replace(&mut last, (kind, start..end)));
        if kind == Clean::Word {
            last_sig = sig;
            words = true;
        }
        pos = end;
    }
    before.map(|before| Skipped {
        last,
        before,
        words,
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
            Some(&LEXICON),
            LetterRules::new(&crate::normalize::NormalizerOptions::default()),
            true,
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
            ("او كتاب", "او"),
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
