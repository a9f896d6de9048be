//! The word scanner: one pass over the bytes, one token at a time, no allocation.
//!
//! [`scan`] finds the token that starts at or after a position. The common characters never
//! need UTF-8 decoding: ASCII bytes and the two-byte characters of the Arabic block are
//! classified by table (see [`super::classes`]); the rest decodes one `char`.

use super::TokenizerOptions;
use super::classes::{self, ASCII, Class, arabic_2b, char_at};
use super::lists;
use super::web;

/// What a token is.
///
/// With the `serde` feature a kind serializes as its lower-case name (`"word"`, `"latin"`,
/// `"number"`, `"punctuation"`, `"url"`, `"email"`, `"hashtag"`, `"mention"`, `"emoji"`,
/// `"symbol"`), as returned by [`TokenKind::as_str`].
///
/// ```
/// use pardaz::{TokenKind, tokens};
///
/// let kinds: Vec<TokenKind> = tokens("در ۱۴۰۲ PSG را ۳٫۵٪ دید!").map(|t| t.kind).collect();
/// assert_eq!(
///     kinds,
///     [
///         TokenKind::Word,
///         TokenKind::Number,
///         TokenKind::Latin,
///         TokenKind::Word,
///         TokenKind::Number,
///         TokenKind::Word,
///         TokenKind::Punctuation,
///     ]
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
pub enum TokenKind {
    /// A word in the Arabic script (Persian or Arabic), ZWNJ, diacritics and kashida inside;
    /// also a single-letter initial or a chain of them with their periods (`م.`, `ق.م`).
    Word,
    /// A word or identifier in the Latin script or another non-Arabic script: letters and
    /// digits, with inner `-`, `_` and apostrophes (`CoRoT-7b`, `COVID-19`, `3D`), initials
    /// (`J.`, `U.S.`) and listed abbreviations with their period (`Dr.`).
    Latin,
    /// Digits of any script with inner `.` `,` `٫` `٬` `/` `:` between digits and a trailing
    /// `%` or `٪`: `10.7`, `۱۲٬۵۰۰`, `31/10/1917`, `12:30`, `5%`, `۴۰٪`.
    Number,
    /// One punctuation character: `.` `،` `؛` `؟` `«` `»` `(` `-` `…` and the like.
    Punctuation,
    /// A URL: `https://…`, `ftp://…`, `www.…`, or a bare host with a known top-level domain
    /// (`isna.ir/news/1`), without trailing punctuation.
    Url,
    /// An e-mail address.
    Email,
    /// `#` and a word, `_` and ZWNJ inside: `#ایران_قوی`.
    Hashtag,
    /// `@` and a user name of ASCII letters, digits, `_` and inner `.`.
    Mention,
    /// A whole emoji sequence: modifiers, variation selectors, ZWJ sequences, flags, keycaps.
    Emoji,
    /// Any other visible character, one per token: `$`, `+`, `=`, `©`, `﷼`, `°`.
    Symbol,
}

impl TokenKind {
    /// The kind's lower-case name, as serialized.
    ///
    /// ```
    /// assert_eq!(pardaz::TokenKind::Hashtag.as_str(), "hashtag");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Latin => "latin",
            TokenKind::Number => "number",
            TokenKind::Punctuation => "punctuation",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Mention => "mention",
            TokenKind::Emoji => "emoji",
            TokenKind::Symbol => "symbol",
        }
    }

    /// Whether tokens of this kind carry words or values (everything but punctuation and
    /// symbols).
    ///
    /// ```
    /// use pardaz::TokenKind;
    /// assert!(TokenKind::Number.is_wordlike());
    /// assert!(!TokenKind::Punctuation.is_wordlike());
    /// ```
    pub const fn is_wordlike(self) -> bool {
        !matches!(self, TokenKind::Punctuation | TokenKind::Symbol)
    }
}

impl std::fmt::Display for TokenKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A token: a slice of the caller's text with its byte offsets and kind.
///
/// `text == &input[start..end]` always holds, and `start` and `end` are char boundaries.
///
/// ```
/// let input = "کتاب‌ها را خواندم.";
/// let t = pardaz::tokens(input).next().unwrap();
/// assert_eq!((t.text, t.start, t.end), ("کتاب‌ها", 0, 15));
/// assert_eq!(&input[t.range()], t.text);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Token<'a> {
    /// The token's text, borrowed from the input.
    pub text: &'a str,
    /// Byte offset of the first byte in the input.
    pub start: usize,
    /// Byte offset just past the last byte in the input.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
}

impl<'a> Token<'a> {
    /// The token's byte range in the input.
    ///
    /// ```
    /// let t = pardaz::tokens("  سلام").next().unwrap();
    /// assert_eq!(t.range(), 2..10);
    /// ```
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(pardaz::tokens("ab").next().unwrap().len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the token is empty (never true for tokens the tokenizer yields).
    ///
    /// ```
    /// assert!(!pardaz::tokens("a").next().unwrap().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// Skips whitespace and ignorable characters from `i`; returns the start of the next token
/// or `text.len()`.
#[inline]
pub(crate) fn skip_gap(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            match ASCII[b as usize] {
                Class::Space | Class::Ignorable => i += 1,
                _ => return i,
            }
        } else if (0xD8..=0xDF).contains(&b) {
            match bytes.get(i + 1) {
                Some(&t) if arabic_2b(b, t) == Class::Ignorable => i += 2,
                _ => return i,
            }
        } else {
            match char_at(text, i) {
                Some((c, len))
                    if matches!(classes::class_of(c), Class::Space | Class::Ignorable) =>
                {
                    i += len
                }
                _ => return i,
            }
        }
    }
    bytes.len()
}

/// The token starting at `start` (a char boundary that [`skip_gap`] stopped at, before the
/// end): its end and kind.
#[inline]
pub(crate) fn scan(text: &str, start: usize, units: &TokenizerOptions) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    let Some(&b) = bytes.get(start) else {
        return (text.len(), TokenKind::Symbol);
    };
    if b < 0x80 {
        return match ASCII[b as usize] {
            Class::Ascii => scan_ascii_word(text, start, units),
            Class::Digit => scan_number(text, start, units),
            _ => scan_ascii_other(text, start, b, units),
        };
    }
    if (0xD8..=0xDF).contains(&b) {
        if let Some(&t) = bytes.get(start + 1) {
            match arabic_2b(b, t) {
                Class::Arabic | Class::Mark => return scan_arabic_word(text, start, units),
                Class::Digit => return scan_number(text, start, units),
                Class::OtherAlnum => return (scan_latin(text, start), TokenKind::Latin),
                _ => return (one_char(text, start, 2), kind_of_single(b, t)),
            }
        }
    }
    let Some((c, len)) = char_at(text, start) else {
        return (text.len(), TokenKind::Symbol);
    };
    match classes::class_of(c) {
        Class::Arabic => scan_arabic_word(text, start, units),
        Class::Mark if crate::chars::is_arabic_mark(c) => scan_arabic_word(text, start, units),
        Class::Digit => scan_number(text, start, units),
        Class::OtherAlnum | Class::Ascii => (scan_latin(text, start), TokenKind::Latin),
        Class::Punct => (one_char(text, start, len), TokenKind::Punctuation),
        _ => {
            if units.emoji {
                if let Some(end) = scan_emoji(text, start, c, len) {
                    return (end, TokenKind::Emoji);
                }
            }
            (one_char(text, start, len), TokenKind::Symbol)
        }
    }
}

fn kind_of_single(lead: u8, trail: u8) -> TokenKind {
    match arabic_2b(lead, trail) {
        Class::Punct => TokenKind::Punctuation,
        _ => TokenKind::Symbol,
    }
}

/// A single-character token of `len` bytes at `start`, with any combining marks that follow it.
#[inline]
fn one_char(text: &str, start: usize, len: usize) -> usize {
    let mut i = start + len;
    while let Some((c, l)) = next_non_ascii(text, i) {
        if classes::is_mark(c) {
            i += l;
        } else {
            break;
        }
    }
    i
}

/// The character at `i` if it is not ASCII.
#[inline]
fn next_non_ascii(text: &str, i: usize) -> Option<(char, usize)> {
    match text.as_bytes().get(i) {
        Some(&b) if b >= 0x80 => char_at(text, i),
        _ => None,
    }
}

/// An ASCII byte that is neither a letter nor a digit: punctuation, symbol, `#` hashtag,
/// `@` mention, keycap emoji.
fn scan_ascii_other(
    text: &str,
    start: usize,
    b: u8,
    units: &TokenizerOptions,
) -> (usize, TokenKind) {
    if units.emoji && matches!(b, b'#' | b'*') {
        if let Some(end) = keycap(text, start + 1) {
            return (end, TokenKind::Emoji);
        }
    }
    if b == b'#' && units.hashtags {
        if let Some(end) = web::hashtag(text, start) {
            return (end, TokenKind::Hashtag);
        }
    }
    if b == b'@' && units.mentions {
        if let Some(end) = web::mention(text, start) {
            return (end, TokenKind::Mention);
        }
    }
    let kind = if ASCII[b as usize] == Class::Symbol {
        TokenKind::Symbol
    } else {
        TokenKind::Punctuation
    };
    (one_char(text, start, 1), kind)
}

/// A keycap sequence's end if the bytes at `i` are an optional VS16 and U+20E3.
fn keycap(text: &str, i: usize) -> Option<usize> {
    let rest = text.as_bytes().get(i..)?;
    if rest.starts_with("\u{FE0F}\u{20E3}".as_bytes()) {
        Some(i + 6)
    } else if rest.starts_with("\u{20E3}".as_bytes()) {
        Some(i + 3)
    } else {
        None
    }
}

/// A token starting with an ASCII letter: URL, e-mail, Latin word, initials, abbreviation.
fn scan_ascii_word(text: &str, start: usize, units: &TokenizerOptions) -> (usize, TokenKind) {
    if units.emails {
        if let Some(end) = web::email(text, start) {
            return (end, TokenKind::Email);
        }
    }
    if units.urls {
        if let Some(end) = web::url_with_prefix(text, start) {
            return (end, TokenKind::Url);
        }
    }
    let end = scan_latin(text, start);
    let bytes = text.as_bytes();
    if bytes.get(end) == Some(&b'.') && bytes.get(end + 1) != Some(&b'.') {
        if units.urls {
            if let Some(end) = web::bare_host_url(text, start) {
                return (end, TokenKind::Url);
            }
        }
        if units.abbreviations {
            return (latin_abbreviation(text, start, end), TokenKind::Latin);
        }
    }
    (end, TokenKind::Latin)
}

/// Extends a Latin word followed by `.` to an initial (`J.`), a chain of initials (`U.S.A.`)
/// or a listed abbreviation (`Dr.`), or leaves it as it is.
fn latin_abbreviation(text: &str, start: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    if end - start == 1 {
        // A chain of single letters and periods.
        let mut i = end + 1;
        loop {
            let letter = bytes.get(i).is_some_and(u8::is_ascii_alphabetic);
            let single = letter && !bytes.get(i + 1).is_some_and(is_latin_continuation);
            if single && bytes.get(i + 1) == Some(&b'.') {
                i += 2;
            } else if i == end + 1 && !latin_name_follows(text, i) {
                // One letter and a period before Persian text: a letter ending its sentence
                // (`گروه B.`), not an initial.
                return end;
            } else {
                return i;
            }
        }
    }
    match text.get(start..end) {
        Some(word) if lists::is_abbreviation(word) => end + 1,
        _ => end,
    }
}

/// Whether a Latin word follows offset `i` after spaces on the same line: what makes a single
/// Latin letter with a period an initial (`J. K. Rowling`).
pub(crate) fn latin_name_follows(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let mut j = i;
    while bytes.get(j).is_some_and(|&b| b == b' ' || b == b'\t') {
        j += 1;
    }
    j > i && bytes.get(j).is_some_and(u8::is_ascii_alphabetic)
}

fn is_latin_continuation(b: &u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// The end of a run of Latin (or other non-Arabic) letters and digits from `start`, with inner
/// `-`, `_`, `'` and `’` between alphanumerics and combining marks after letters.
pub(crate) fn scan_latin(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    loop {
        let Some(&b) = bytes.get(i) else { return i };
        if b.is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        if b < 0x80 {
            if matches!(b, b'-' | b'_' | b'\'') && i > start && alnum_at(text, i + 1) {
                i += 1;
                continue;
            }
            return i;
        }
        let Some((c, len)) = char_at(text, i) else {
            return i;
        };
        match classes::class_of(c) {
            Class::OtherAlnum | Class::Mark => i += len,
            _ if c == '\u{2019}' && i > start && alnum_at(text, i + len) => i += len,
            _ => return i,
        }
    }
}

/// Whether a Latin-side letter or digit (not Arabic) starts at `i`.
fn alnum_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(b) if b.is_ascii_alphanumeric() => true,
        Some(&b) if b >= 0x80 => {
            char_at(text, i).is_some_and(|(c, _)| matches!(classes::class_of(c), Class::OtherAlnum))
        }
        _ => false,
    }
}

/// A word in the Arabic script from `start`: letters, marks, kashida, ZWNJ and ZWJ, and
/// invisible marks between letters. A single letter followed by `.` becomes an initial or a
/// chain of them (`م.`, `ق.م`, `ج.ا.ا`); three or more short words joined by periods make an
/// acronym spelled with letter names (`بی.بی.سی`, `سی.ان.ان`).
#[inline(always)]
fn scan_arabic_word(text: &str, start: usize, units: &TokenizerOptions) -> (usize, TokenKind) {
    let end = arabic_run(text, start);
    // A period followed by another is an ellipsis (`و...`, "and so on"), not an abbreviation.
    let bytes = text.as_bytes();
    if units.abbreviations && bytes.get(end) == Some(&b'.') && bytes.get(end + 1) != Some(&b'.') {
        if is_single_letter(text, start, end) {
            return (arabic_initials(text, end), TokenKind::Word);
        }
        if let Some(chain_end) = short_word_chain(text, start, end) {
            return (chain_end, TokenKind::Word);
        }
        if text.get(start..end).is_some_and(lists::is_abbreviation) {
            return (end + 1, TokenKind::Word);
        }
    }
    (end, TokenKind::Word)
}

/// The end of the run of Arabic-script word characters from `i`.
#[inline(always)]
pub(crate) fn arabic_run(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // The hot loop: two-byte letters of the Arabic block, one table lookup each.
        while let Some(&[b, t]) = bytes.get(i..i + 2) {
            if !(0xD8..=0xDF).contains(&b) {
                break;
            }
            if !classes::word_2b(b, t) {
                return i;
            }
            i += 2;
        }
        let Some(&b) = bytes.get(i) else { return i };
        if b < 0x80 || (0xD8..=0xDF).contains(&b) {
            return i;
        }
        // ZWNJ and ZWJ (E2 80 8C/8D) stay inside the word wherever they are.
        if b == 0xE2
            && bytes.get(i + 1) == Some(&0x80)
            && matches!(bytes.get(i + 2), Some(0x8C | 0x8D))
        {
            i += 3;
            continue;
        }
        let Some((c, len)) = char_at(text, i) else {
            return i;
        };
        match classes::class_of(c) {
            Class::Arabic | Class::Mark => i += len,
            // Other invisible characters only between two letters of the word.
            Class::Ignorable if starts_arabic_letter(text, i + len) => i += len,
            _ => return i,
        }
    }
}

fn starts_arabic_letter(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(|(c, _)| classes::class_of(c) == Class::Arabic)
}

/// Whether `text[start..end]` is one Arabic-script letter and its marks.
fn is_single_letter(text: &str, start: usize, end: usize) -> bool {
    let Some(word) = text.get(start..end) else {
        return false;
    };
    let mut chars = word.chars();
    chars
        .next()
        .is_some_and(|c| classes::class_of(c) == Class::Arabic && c != crate::chars::KASHIDA)
        && chars.all(classes::is_mark)
}

/// The number of letters (kashida and marks aside) in the Arabic-script word `text[start..end]`.
pub(crate) fn arabic_letters(text: &str, start: usize, end: usize) -> usize {
    text.get(start..end).map_or(0, |w| {
        w.chars()
            .filter(|&c| classes::class_of(c) == Class::Arabic && c != crate::chars::KASHIDA)
            .count()
    })
}

/// Longest letter count of a part of an acronym spelled with letter names (`دبلیو` aside).
pub(crate) const ACRONYM_PART: usize = 3;

/// The end of a chain of three or more Arabic-script words of at most [`ACRONYM_PART`] letters
/// joined by single periods (`بی.بی.سی`), starting with the word `text[start..end]`.
fn short_word_chain(text: &str, start: usize, end: usize) -> Option<usize> {
    let short = |s: usize, e: usize| (1..=ACRONYM_PART).contains(&arabic_letters(text, s, e));
    if !short(start, end) {
        return None;
    }
    let bytes = text.as_bytes();
    let (mut last_end, mut dots) = (end, 0);
    while bytes.get(last_end) == Some(&b'.') {
        let next_end = arabic_run(text, last_end + 1);
        if !short(last_end + 1, next_end) {
            break;
        }
        last_end = next_end;
        dots += 1;
    }
    (dots >= 2).then_some(last_end)
}

/// From the period at `dot` that follows a single letter: the end of the chain of initials.
fn arabic_initials(text: &str, dot: usize) -> usize {
    let mut i = dot + 1;
    loop {
        let end = arabic_run(text, i);
        if end == i || !is_single_letter(text, i, end) {
            return i;
        }
        if text.as_bytes().get(end) == Some(&b'.') {
            i = end + 1;
        } else {
            return end;
        }
    }
}

/// A number from `start`: digits of any script, inner separators between digits, a trailing
/// percent sign; digits glued to ASCII letters make a Latin token (`3D`); a digit followed by
/// U+20E3 is a keycap emoji.
fn scan_number(text: &str, start: usize, units: &TokenizerOptions) -> (usize, TokenKind) {
    let bytes = text.as_bytes();
    if units.emoji {
        let len = if bytes.get(start).is_some_and(u8::is_ascii) {
            1
        } else {
            2
        };
        if let Some(end) = keycap(text, start + len) {
            return (end, TokenKind::Emoji);
        }
    }
    if units.emails && bytes.get(start).is_some_and(u8::is_ascii_digit) {
        if let Some(end) = web::email(text, start) {
            return (end, TokenKind::Email);
        }
    }
    let mut i = start;
    let mut ascii_only = true;
    loop {
        if let Some(l) = digit_len(bytes, i) {
            ascii_only &= l == 1;
            i += l;
            continue;
        }
        // An inner separator needs a digit right after it.
        let sep = match bytes.get(i) {
            Some(b'.' | b',' | b':' | b'/') => 1,
            Some(0xD9) if matches!(bytes.get(i + 1), Some(0xAB | 0xAC)) => 2,
            _ => 0,
        };
        if sep > 0 && digit_len(bytes, i + sep).is_some() {
            i += sep;
            continue;
        }
        break;
    }
    match bytes.get(i) {
        Some(b'%') => return (i + 1, TokenKind::Number),
        Some(0xD9) if bytes.get(i + 1) == Some(&0xAA) => return (i + 2, TokenKind::Number),
        Some(b) if b.is_ascii_alphabetic() && ascii_only => {
            return (scan_latin(text, start), TokenKind::Latin);
        }
        _ => {}
    }
    (i, TokenKind::Number)
}

/// The byte length of the digit at `i` (ASCII, Arabic-Indic or Persian), if there is one.
#[inline(always)]
fn digit_len(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i)? {
        b'0'..=b'9' => Some(1),
        0xD9 if matches!(bytes.get(i + 1), Some(0xA0..=0xA9)) => Some(2),
        0xDB if matches!(bytes.get(i + 1), Some(0xB0..=0xB9)) => Some(2),
        _ => None,
    }
}

/// An emoji sequence starting with `c` (`len` bytes) at `start`, if `c` starts one.
fn scan_emoji(text: &str, start: usize, c: char, len: usize) -> Option<usize> {
    let mut i = start + len;
    let next = char_at(text, i).map(|(n, _)| n);
    if !(classes::is_emoji_base(c)
        || (classes::is_emoji_with_selector(c) && next == Some('\u{FE0F}')))
    {
        return None;
    }
    if classes::is_regional_indicator(c) {
        return Some(match char_at(text, i) {
            Some((n, l)) if classes::is_regional_indicator(n) => i + l,
            _ => i,
        });
    }
    loop {
        let Some((n, l)) = char_at(text, i) else {
            return Some(i);
        };
        if classes::is_emoji_extender(n) {
            i += l;
        } else if n == '\u{200D}' {
            match char_at(text, i + l) {
                Some((m, ml)) if classes::is_emoji_with_selector(m) => i += l + ml,
                _ => return Some(i),
            }
        } else {
            return Some(i);
        }
    }
}
