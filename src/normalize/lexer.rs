//! Splits a text into tokens and the separator runs between them.
//!
//! The normalizer sees a text as `sep token sep token … sep`: a separator run (spaces, line
//! breaks, ZWNJ/ZWSP, invisible formatting; possibly empty) between any two tokens. Rules 5–10
//! are decisions about what each separator becomes, given the tokens on both sides.
//!
//! | token | what it is |
//! |---|---|
//! | `Word` | Arabic-script letters with their marks and kashidas (no ZWNJ inside) |
//! | `Number` | digits of any script, with `.` `,` `/` `:` `-` `٫` `٬` between digits |
//! | `Foreign` | a run of another script with its digits and inner punctuation (`Node.js`, `C++`, `COVID-19`, e-mail addresses, domain names) |
//! | `Protected` | a URL, a hashtag or a mention |
//! | `Punct` | one punctuation character |
//! | `Other` | symbols and emoji sequences (with their ZWJs and modifiers) |

use super::classes::{Class, arabic_class, class};
use crate::chars::ZWJ;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Word,
    Number,
    Foreign,
    Protected,
    Punct(char),
    Other,
}

/// A token: its kind and byte range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    pub(crate) kind: Kind,
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// For a word: it holds a character that a letter rule may change (a variant letter, a
    /// mark, a kashida, a presentation form).
    pub(crate) dirty: bool,
}

/// A separator run and what it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sep {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) flags: u8,
}

impl Sep {
    pub(crate) const SPACE: u8 = 1;
    pub(crate) const NEWLINE: u8 = 2;
    pub(crate) const JOINER: u8 = 4;
    pub(crate) const NOISE: u8 = 8;
    /// LRM, RLM or ALM: between two letters, typists' stand-ins for a ZWNJ.
    pub(crate) const DIRMARK: u8 = 16;

    pub(crate) fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// The character at byte `i` of `text` (which must be a char boundary), if any.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The character that ends at byte `i`, if any.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// Scans the separator run that starts at `pos`.
pub(crate) fn lex_sep(text: &str, pos: usize) -> Sep {
    let bytes = text.as_bytes();
    let mut i = pos;
    let mut flags = 0u8;
    while let Some(&b) = bytes.get(i) {
        if b == b' ' {
            flags |= Sep::SPACE;
            i += 1;
            continue;
        }
        if (0xD8..=0xDB).contains(&b) {
            // Only ALM (U+061C) of the Arabic block is a separator.
            if b == 0xD8 && bytes.get(i + 1) == Some(&0x9C) {
                flags |= Sep::DIRMARK;
                i += 2;
                continue;
            }
            break;
        }
        let Some(c) = char_at(text, i) else { break };
        let flag = match class(c) {
            Class::Space => Sep::SPACE,
            Class::Newline => Sep::NEWLINE,
            Class::Joiner => Sep::JOINER,
            Class::Noise if matches!(c, '\u{200E}' | '\u{200F}') => Sep::DIRMARK,
            Class::Noise => Sep::NOISE,
            _ => break,
        };
        flags |= flag;
        i += c.len_utf8();
    }
    Sep {
        start: pos,
        end: i,
        flags,
    }
}

/// Scans the token that starts at `pos` (just after a separator run), or `None` at the end.
pub(crate) fn lex_token(text: &str, pos: usize, protect: bool) -> Option<Token> {
    let c = char_at(text, pos)?;
    let token = |kind, end, dirty| Token {
        kind,
        start: pos,
        end,
        dirty,
    };
    Some(match class(c) {
        Class::Letter | Class::Fold | Class::Mark | Class::Kashida => {
            let (end, dirty) = scan_word(text, pos);
            token(Kind::Word, end, dirty)
        }
        Class::Digit => scan_number(text, pos),
        Class::Foreign => match url_end(text, pos).filter(|_| protect) {
            Some(end) => token(Kind::Protected, end, false),
            None => token(Kind::Foreign, scan_foreign(text, pos), false),
        },
        Class::Punct => {
            let end = pos + c.len_utf8();
            match c {
                '#' | '@' if protect => match scan_tag(text, end, c == '#') {
                    Some(tag_end) => token(Kind::Protected, tag_end, false),
                    None => token(Kind::Punct(c), end, false),
                },
                _ => token(Kind::Punct(c), end, false),
            }
        }
        // Separator classes only reach here when the caller did not skip them; treat one as an
        // opaque character so that the lexer always advances.
        Class::Other | Class::Space | Class::Newline | Class::Joiner | Class::Noise => {
            token(Kind::Other, scan_other(text, pos), false)
        }
    })
}

/// The end of the word that starts at `pos`, and whether it is dirty.
#[inline]
fn scan_word(text: &str, pos: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut i = pos;
    let mut dirty = false;
    loop {
        match bytes.get(i) {
            Some(&b) if (0xD8..=0xDB).contains(&b) => {
                let cont = bytes.get(i + 1).copied().unwrap_or(0);
                match arabic_class(b, cont) {
                    Class::Letter => {}
                    Class::Fold | Class::Mark | Class::Kashida => dirty = true,
                    _ => break,
                }
                i += 2;
            }
            Some(&b) if b >= 0x80 => {
                let Some(c) = char_at(text, i) else { break };
                match class(c) {
                    Class::Letter => {}
                    Class::Fold | Class::Mark | Class::Kashida => dirty = true,
                    _ => break,
                }
                i += c.len_utf8();
            }
            _ => break,
        }
    }
    (i, dirty)
}

fn is_digit_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(crate::chars::is_digit)
}

/// Whether a thousands group starts at `i`: exactly three digits, then no digit.
fn is_group_at(text: &str, i: usize) -> bool {
    let mut j = i;
    for _ in 0..3 {
        match char_at(text, j) {
            Some(c) if crate::chars::is_digit(c) => j += c.len_utf8(),
            _ => return false,
        }
    }
    !is_digit_at(text, j)
}

fn scan_number(text: &str, pos: usize) -> Token {
    let mut i = pos;
    let mut ascii_only = true;
    while let Some(c) = char_at(text, i) {
        let len = c.len_utf8();
        if crate::chars::is_digit(c) {
            ascii_only &= c.is_ascii();
            i += len;
            continue;
        }
        let inner = match c {
            '.' | '/' | ':' | '-' | '٫' | '\u{2010}' | '\u{2011}' => is_digit_at(text, i + len),
            ',' | '٬' | '،' => is_group_at(text, i + len),
            _ => false,
        };
        if !inner {
            break;
        }
        i += len;
    }
    let next = char_at(text, i);
    let kind = match next {
        // "4G", "1080p", "10km": a Latin token that starts with digits.
        Some(c) if ascii_only && c.is_ascii_alphabetic() => {
            return Token {
                kind: Kind::Foreign,
                start: pos,
                end: scan_foreign(text, i),
                dirty: false,
            };
        }
        // A keycap emoji (1️⃣).
        Some('\u{FE0F}' | '\u{20E3}') => {
            return Token {
                kind: Kind::Other,
                start: pos,
                end: scan_other(text, i),
                dirty: false,
            };
        }
        _ => Kind::Number,
    };
    Token {
        kind,
        start: pos,
        end: i,
        dirty: false,
    }
}

fn is_foreign_or_digit(c: char) -> bool {
    c.is_ascii_digit() || class(c) == Class::Foreign
}

/// The end of the foreign-script run that starts at `pos`.
fn scan_foreign(text: &str, pos: usize) -> usize {
    let mut i = pos;
    let mut prev_letter = false;
    while let Some(c) = char_at(text, i) {
        let len = c.len_utf8();
        let take = if is_foreign_or_digit(c) {
            true
        } else {
            match c {
                '.' | '_' | '-' | '\'' | '’' | '@' | '&' | '/' => {
                    char_at(text, i + len).is_some_and(is_foreign_or_digit)
                        && url_end(text, i + len).is_none()
                }
                // C++, C#, F#: trailing, not the start of a hashtag or a sum.
                '+' | '#' => {
                    prev_letter
                        && !char_at(text, i + len).is_some_and(|n| {
                            n.is_alphanumeric() || class(n) == Class::Mark || n == '_'
                        })
                }
                _ => false,
            }
        };
        if !take {
            break;
        }
        prev_letter = c.is_alphabetic() || (prev_letter && c == '+');
        i += len;
    }
    i
}

/// The end of the symbol/emoji run that starts at `pos`: symbols, ZWJ between two of them,
/// variation selectors, keycaps and skin-tone modifiers.
fn scan_other(text: &str, pos: usize) -> usize {
    let mut i = pos;
    let mut first = true;
    while let Some(c) = char_at(text, i) {
        let len = c.len_utf8();
        let take = first
            || match c {
                ZWJ => char_at(text, i + len).is_some_and(|n| class(n) == Class::Other),
                '\u{FE0E}' | '\u{FE0F}' | '\u{20E3}' => true,
                _ => class(c) == Class::Other,
            };
        if !take {
            break;
        }
        first = false;
        i += len;
    }
    i
}

/// The end of the hashtag or mention whose body starts at `pos` (just after `#` or `@`), or
/// `None` if no identifier follows.
fn scan_tag(text: &str, pos: usize, hashtag: bool) -> Option<usize> {
    let mut i = pos;
    while let Some(c) = char_at(text, i) {
        let ok = if hashtag {
            c == '_'
                || crate::chars::is_digit(c)
                || matches!(
                    class(c),
                    Class::Letter | Class::Fold | Class::Mark | Class::Kashida | Class::Foreign
                )
                || (c == crate::chars::ZWNJ && i > pos)
        } else {
            c.is_ascii_alphanumeric()
                || c == '_'
                || (c == '.' && char_at(text, i + 1).is_some_and(|n| n.is_ascii_alphanumeric()))
        };
        if !ok {
            break;
        }
        i += c.len_utf8();
    }
    // A hashtag or mention has at least one character; a ZWNJ never ends one.
    while text[..i].ends_with(crate::chars::ZWNJ) && i > pos {
        i -= crate::chars::ZWNJ.len_utf8();
    }
    (i > pos).then_some(i)
}

/// The end of the URL that starts at `pos`, if one does.
fn url_end(text: &str, pos: usize) -> Option<usize> {
    let rest = text.get(pos..)?.as_bytes();
    let starts = |p: &[u8]| rest.len() >= p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    let prefix = [&b"https://"[..], b"http://", b"ftp://", b"www."]
        .into_iter()
        .find(|p| starts(p))?;
    let mut i = pos + prefix.len();
    while let Some(c) = char_at(text, i) {
        if matches!(class(c), Class::Space | Class::Newline | Class::Joiner)
            || matches!(c, '"' | '«' | '»' | '<' | '>' | '“' | '”')
        {
            break;
        }
        i += c.len_utf8();
    }
    // Sentence punctuation after a URL is not part of it.
    let has_open_paren = text[pos..i].contains('(');
    while let Some(c) = char_before(text, i) {
        let trailing = matches!(
            c,
            '.' | ',' | ';' | ':' | '!' | '?' | ']' | '}' | '\'' | '،' | '؛' | '؟' | '…'
        ) || (c == ')' && !has_open_paren);
        if !trailing || i <= pos + prefix.len() {
            break;
        }
        i -= c.len_utf8();
    }
    (i > pos + prefix.len()).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(Kind, &str)> {
        let mut out = Vec::new();
        let mut pos = 0;
        loop {
            pos = lex_sep(text, pos).end;
            let Some(t) = lex_token(text, pos, true) else {
                break;
            };
            out.push((t.kind, &text[t.start..t.end]));
            pos = t.end;
        }
        out
    }

    #[test]
    fn latin_runs_keep_their_inner_punctuation() {
        assert_eq!(
            tokens("Node.js و C++ و COVID-19 و ali.r90@example.co.ir"),
            vec![
                (Kind::Foreign, "Node.js"),
                (Kind::Word, "و"),
                (Kind::Foreign, "C++"),
                (Kind::Word, "و"),
                (Kind::Foreign, "COVID-19"),
                (Kind::Word, "و"),
                (Kind::Foreign, "ali.r90@example.co.ir"),
            ]
        );
    }

    #[test]
    fn numbers_hold_times_dates_ranges_and_groups() {
        assert_eq!(
            tokens("12:30 1402/05/12 1400-1402 1,200,000 2.5 1, 2"),
            vec![
                (Kind::Number, "12:30"),
                (Kind::Number, "1402/05/12"),
                (Kind::Number, "1400-1402"),
                (Kind::Number, "1,200,000"),
                (Kind::Number, "2.5"),
                (Kind::Number, "1"),
                (Kind::Punct(','), ","),
                (Kind::Number, "2"),
            ]
        );
    }

    #[test]
    fn urls_hashtags_and_mentions_are_protected() {
        assert_eq!(
            tokens("https://x.ir/a?b=1. #انتخابات_1400 @news_fa"),
            vec![
                (Kind::Protected, "https://x.ir/a?b=1"),
                (Kind::Punct('.'), "."),
                (Kind::Protected, "#انتخابات_1400"),
                (Kind::Protected, "@news_fa"),
            ]
        );
    }

    #[test]
    fn an_emoji_zwj_sequence_is_one_token() {
        let family = "👨\u{200D}👩\u{200D}👧";
        assert_eq!(tokens(family), vec![(Kind::Other, family)]);
    }

    #[test]
    fn separators_record_what_they_hold() {
        let sep = lex_sep("\u{200C} \u{200F}\u{00AD}x", 0);
        assert_eq!(sep.end, 9);
        assert!(sep.has(Sep::JOINER) && sep.has(Sep::SPACE));
        assert!(sep.has(Sep::DIRMARK) && sep.has(Sep::NOISE));
        assert!(!sep.has(Sep::NEWLINE));
    }
}
