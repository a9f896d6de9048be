//! The sentence splitter.
//!
//! It never decodes the text between candidate boundaries: two `memchr3` searches find the
//! next `.` `!` `?` and the next line break or `؟` (whose UTF-8 trail byte `0x9F` is rare in
//! Persian text), and only those candidates are examined.

use memchr::memchr3;

use super::classes::{self, Class, char_at, char_before};
use super::lists;
use super::word;

/// A sentence: a slice of the caller's text with its byte offsets, without the whitespace
/// around it.
///
/// `text == &input[start..end]` always holds, and `start` and `end` are char boundaries.
///
/// ```
/// let input = "هوا سرد است. باران می‌بارد.";
/// let s: Vec<_> = pardaz::sentences(input).map(|s| s.text).collect();
/// assert_eq!(s, ["هوا سرد است.", "باران می‌بارد."]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Sentence<'a> {
    /// The sentence's text, borrowed from the input.
    pub text: &'a str,
    /// Byte offset of the first byte in the input.
    pub start: usize,
    /// Byte offset just past the last byte in the input.
    pub end: usize,
}

impl<'a> Sentence<'a> {
    /// The sentence's byte range in the input.
    ///
    /// ```
    /// let s = pardaz::sentences(" سلام. ").next().unwrap();
    /// assert_eq!(s.range(), 1..10);
    /// ```
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// The rules of the sentence splitter that can be switched off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SentenceRules {
    pub line_breaks: bool,
    pub datelines: bool,
    pub abbreviations: bool,
}

/// An iterator over the sentences of a text; see [`sentences`](crate::tokenize::sentences).
///
/// ```
/// let mut it = pardaz::sentences("یک. دو");
/// assert_eq!(it.next().map(|s| s.text), Some("یک."));
/// assert_eq!(it.next().map(|s| s.text), Some("دو"));
/// assert_eq!(it.next(), None);
/// ```
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    text: &'a str,
    pos: usize,
    rules: SentenceRules,
    /// Next `.` `!` `?` at or after the last search start (`usize::MAX`: none left).
    next_mark: usize,
    /// Next `\n` `\r` or byte `0x9F` at or after the last search start.
    next_line: usize,
}

const NONE: usize = usize::MAX;

impl<'a> Sentences<'a> {
    pub(crate) fn new(text: &'a str, rules: SentenceRules) -> Self {
        let bytes = text.as_bytes();
        Sentences {
            text,
            pos: 0,
            rules,
            next_mark: find(bytes, 0, b'.', b'!', b'?'),
            next_line: find(bytes, 0, b'\n', b'\r', 0x9F),
        }
    }

    /// The next candidate byte at or after `from`.
    #[inline]
    fn candidate(&mut self, from: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        if self.next_mark < from {
            self.next_mark = find(bytes, from, b'.', b'!', b'?');
        }
        if self.next_line < from {
            self.next_line = find(bytes, from, b'\n', b'\r', 0x9F);
        }
        let c = self.next_mark.min(self.next_line);
        (c != NONE).then_some(c)
    }

    fn make(&self, start: usize, end: usize) -> Option<Sentence<'a>> {
        let end = trim_end(self.text, start, end);
        Some(Sentence {
            text: self.text.get(start..end)?,
            start,
            end,
        })
    }
}

#[inline]
fn find(bytes: &[u8], from: usize, a: u8, b: u8, c: u8) -> usize {
    match bytes.get(from..) {
        Some(rest) => memchr3(a, b, c, rest).map_or(NONE, |p| p + from),
        None => NONE,
    }
}

impl<'a> Iterator for Sentences<'a> {
    type Item = Sentence<'a>;

    fn next(&mut self) -> Option<Sentence<'a>> {
        let bytes = self.text.as_bytes();
        let start = skip_gap(self.text, self.pos);
        if start >= bytes.len() {
            self.pos = bytes.len();
            return None;
        }
        if self.rules.datelines {
            if let Some(end) = dateline(self.text, start) {
                self.pos = end;
                return self.make(start, end);
            }
        }
        let mut from = start;
        let mut content = Content::new(start);
        loop {
            let Some(c) = self.candidate(from) else {
                self.pos = bytes.len();
                return self.make(start, bytes.len());
            };
            let t = match bytes.get(c).copied().unwrap_or_default() {
                b'\n' | b'\r' => {
                    if self.rules.line_breaks {
                        self.pos = c;
                        return self.make(start, c);
                    }
                    from = c + 1;
                    continue;
                }
                0x9F if c > 0 && bytes.get(c - 1) == Some(&0xD8) => c - 1,
                0x9F => {
                    from = c + 1;
                    continue;
                }
                _ => c,
            };
            match boundary(self.text, start, t, self.rules, &mut content) {
                Ok(end) => {
                    self.pos = end;
                    return self.make(start, end);
                }
                Err(resume) => from = resume.max(c + 1),
            }
        }
    }
}

impl std::iter::FusedIterator for Sentences<'_> {}

/// What the sentence being built holds so far, scanned once however many candidate ends it
/// has (so that text full of end marks costs linear time).
struct Content {
    /// Scanned up to here.
    scanned: usize,
    /// A letter or digit was seen.
    wordlike: bool,
    /// Something else than digits and spaces was seen.
    not_a_number: bool,
}

impl Content {
    fn new(start: usize) -> Self {
        Content {
            scanned: start,
            wordlike: false,
            not_a_number: false,
        }
    }

    /// Scans up to `t`.
    fn update(&mut self, text: &str, t: usize) {
        // Both flags are usually known at the sentence's first word: stop scanning then.
        if self.wordlike && self.not_a_number {
            return;
        }
        if let Some(new) = text.get(self.scanned..t) {
            for c in new.chars() {
                let class = classes::class_of(c);
                self.wordlike |= matches!(
                    class,
                    Class::Arabic | Class::Ascii | Class::OtherAlnum | Class::Digit
                );
                self.not_a_number |=
                    !matches!(class, Class::Digit | Class::Space | Class::Ignorable);
                if self.wordlike && self.not_a_number {
                    break;
                }
            }
            self.scanned = t;
        }
    }
}

/// Skips whitespace and ignorable characters from `i`; returns where the next sentence starts.
fn skip_gap(text: &str, mut i: usize) -> usize {
    while let Some((c, len)) = char_at(text, i) {
        match classes::class_of(c) {
            Class::Space | Class::Ignorable => i += len,
            _ => break,
        }
    }
    i
}

/// `end` moved back over trailing whitespace and ignorable characters, not before `start`,
/// except the ZWNJ and ZWJ right after an Arabic-script word, which belong to its token.
fn trim_end(text: &str, start: usize, end: usize) -> usize {
    let mut e = end;
    while e > start {
        match char_before(text, e) {
            Some(c) if matches!(classes::class_of(c), Class::Space | Class::Ignorable) => {
                e -= c.len_utf8()
            }
            _ => break,
        }
    }
    if e < end
        && char_before(text, e)
            .is_some_and(|c| matches!(classes::class_of(c), Class::Arabic | Class::Mark))
    {
        while e < end && matches!(char_at(text, e), Some(('\u{200C}' | '\u{200D}', _))) {
            e += 3;
        }
    }
    e
}

/// Closing quotes and brackets that stay with the sentence their end mark closes.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '»' | '”' | '’' | '"' | '\'' | ')' | ']' | '}' | '›' | '〉' | '』' | '」' | '﴿'
    )
}

/// Examines the end-mark run that starts at `t`. `Ok(end)` when it ends the sentence started
/// at `start` (`end` after the run and any closing quotes or brackets); otherwise
/// `Err(resume)`, the offset to search on from.
fn boundary(
    text: &str,
    start: usize,
    t: usize,
    rules: SentenceRules,
    content: &mut Content,
) -> Result<usize, usize> {
    let bytes = text.as_bytes();
    let mut i = t;
    let mut periods_only = true;
    let mut marks = 0;
    loop {
        match bytes.get(i) {
            Some(b'.') => i += 1,
            Some(b'!' | b'?') => {
                periods_only = false;
                i += 1
            }
            Some(0xD8) if bytes.get(i + 1) == Some(&0x9F) => {
                periods_only = false;
                i += 2
            }
            // An ellipsis character continues a run ("!…") but does not start one.
            Some(0xE2) if bytes.get(i + 1..i + 3) == Some(&[0x80, 0xA6]) => i += 3,
            _ => break,
        }
        marks += 1;
    }
    let run_end = i;
    while let Some((c, len)) = char_at(text, i) {
        if is_closer(c) {
            i += len;
        } else {
            break;
        }
    }
    let end = i;
    // Invisible marks between the run and the space do not matter.
    while let Some((c, len)) = char_at(text, i) {
        if classes::class_of(c) == Class::Ignorable && !matches!(c, '\n' | '\r') {
            i += len;
        } else {
            break;
        }
    }
    let followed_by_space = match char_at(text, i) {
        None => true,
        Some((c, _)) => classes::class_of(c) == Class::Space,
    };
    if !followed_by_space && !missing_space(text, start, t, i) {
        return Err(run_end);
    }
    content.update(text, t);
    // A sentence holds a word or a number: marks alone join the sentence that follows.
    if !content.wordlike {
        return Err(run_end);
    }
    // A list number alone before a period (`۱.`) does not end a sentence.
    if periods_only && marks == 1 && !content.not_a_number {
        return Err(run_end);
    }
    if periods_only && marks == 1 && !ends_with_period(text, start, t, rules) {
        return Err(run_end);
    }
    // `و...` and `و ...` are "and so on" inside a sentence.
    if periods_only && marks >= 2 && conjunction_before(text, start, t) {
        return Err(run_end);
    }
    // A word that only ever follows another (`را`) cannot open the next sentence.
    if next_word_never_starts_a_sentence(text, i) {
        return Err(run_end);
    }
    Ok(absorb_trailing_marks(text, end))
}

/// A sentence end written without the space after it: the mark sits between two Arabic-script
/// letters (`…است.او`), or after a closing quote, before an Arabic-script letter or `«`.
/// Short words on both sides of a period are rather an acronym spelled with letter names
/// (`سی.ان.ان`, `یو.وی`) and do not end a sentence.
fn missing_space(text: &str, start: usize, t: usize, next: usize) -> bool {
    let before = char_before(text, t);
    let after = char_at(text, next).map(|(c, _)| c);
    let before_ok = before.is_some_and(|c| {
        matches!(classes::class_of(c), Class::Arabic | Class::Mark) || matches!(c, '»' | ')')
    });
    let after_ok = after.is_some_and(|c| classes::class_of(c) == Class::Arabic || c == '«');
    if !(before_ok && after_ok) || inside_web_unit(text, t) {
        return false;
    }
    if next == t + 1 && bytes_at(text, t) == Some(b'.') {
        let (word_start, before_len) = word_before(text, start, t);
        let after_end = word::arabic_run(text, next);
        let after_len = word::arabic_letters(text, next, after_end);
        let short = before_len <= word::ACRONYM_PART && after_len <= word::ACRONYM_PART;
        let dotted = word_start > 0 && bytes_at(text, word_start - 1) == Some(b'.')
            || bytes_at(text, after_end) == Some(b'.');
        if short && (dotted || before_len <= 2 && after_len <= 2) {
            return false;
        }
    }
    true
}

fn bytes_at(text: &str, i: usize) -> Option<u8> {
    text.as_bytes().get(i).copied()
}

/// Whether the mark at `t` sits in a URL or e-mail address (which may hold Persian letters):
/// the text since the last space has `://`, `www.`, `/` or `@`.
fn inside_web_unit(text: &str, t: usize) -> bool {
    let bytes = text.as_bytes();
    // Look back a bounded way, so that text without spaces costs linear time.
    let floor = t.saturating_sub(512);
    let from = bytes
        .get(floor..t)
        .and_then(|b| b.iter().rposition(u8::is_ascii_whitespace))
        .map_or(floor, |p| floor + p + 1);
    let chunk = bytes.get(from..t).unwrap_or_default();
    chunk.iter().any(|&b| b == b'/' || b == b'@')
        || chunk.windows(4).any(|w| w.eq_ignore_ascii_case(b"www."))
}

/// Whether a single period at `t`, followed by space, ends the sentence started at `start`.
/// It does not after an initial (`م.`, `J.`) or a listed abbreviation (`Dr.`).
fn ends_with_period(text: &str, start: usize, t: usize, rules: SentenceRules) -> bool {
    if !rules.abbreviations {
        return true;
    }
    let (word_start, letters) = word_before(text, start, t);
    if letters == 0 {
        return true;
    }
    if letters == 1 {
        // A lone Latin letter is an initial only before a Latin name (`J. K. Rowling`, not
        // `گروه B. بعد`); a chain of them (`U.S.`) always is.
        let latin = text
            .as_bytes()
            .get(word_start)
            .is_some_and(u8::is_ascii_alphabetic);
        let chained = word_start > 0 && text.as_bytes().get(word_start - 1) == Some(&b'.');
        return latin && !chained && !word::latin_name_follows(text, t + 1);
    }
    !text.get(word_start..t).is_some_and(lists::is_abbreviation)
}

/// The word that ends at `t` (letters and marks of one script, ZWNJ inside an Arabic-script
/// word), not before `start`: its start and its number of letters.
fn word_before(text: &str, start: usize, t: usize) -> (usize, usize) {
    let mut word_start = t;
    let mut letters = 0;
    // The word's script is that of its last letter: Arabic, or Latin and the others.
    let mut arabic = None;
    while word_start > start {
        let Some(c) = char_before(text, word_start) else {
            break;
        };
        match (classes::class_of(c), arabic) {
            (Class::Arabic, None | Some(true)) => {
                arabic = Some(true);
                letters += 1
            }
            (Class::Ascii | Class::OtherAlnum, None | Some(false)) => {
                arabic = Some(false);
                letters += 1
            }
            (Class::Mark, _) => {}
            _ if c == '\u{200C}' && arabic == Some(true) => {}
            _ => break,
        }
        word_start -= c.len_utf8();
    }
    (word_start, letters)
}

/// Whether the word before `t`, across spaces and tabs but not line breaks, is the conjunction
/// `و`: a period run after it means "and so on" (`و...`, `و ...`).
fn conjunction_before(text: &str, start: usize, t: usize) -> bool {
    let bytes = text.as_bytes();
    let mut e = t;
    while e > start && matches!(bytes.get(e - 1), Some(b' ' | b'\t')) {
        e -= 1;
    }
    text.get(word_before(text, start, e).0..e) == Some("و")
}

/// Whether the word that starts after the spaces and tabs from `i` (on the same line) is one
/// that never opens a sentence: a postposition or copula that leans on the word before it
/// (`data/tokenize/never_sentence_initial.txt`).
fn next_word_never_starts_a_sentence(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    let mut j = i;
    while matches!(bytes.get(j), Some(b' ' | b'\t')) {
        j += 1;
    }
    // Every listed word is in the Arabic script: anything else answers at the first byte.
    if j == i || !matches!(bytes.get(j), Some(0xD8..=0xDB)) {
        return false;
    }
    let rest = bytes.get(j..).unwrap_or_default();
    // Compare the listed words as prefixes; only a match pays for finding where the word ends.
    lists::NEVER_SENTENCE_INITIAL.iter().any(|w| {
        rest.starts_with(w.as_bytes()) && word::arabic_run(text, j + w.len()) == j + w.len()
    })
}

/// Extends a sentence that ends at `end` over what follows it after spaces on the same line
/// when that is only end marks and closing quotes or brackets (`… . . .`, `…است. »`).
fn absorb_trailing_marks(text: &str, mut end: usize) -> usize {
    loop {
        let mut i = end;
        while let Some((c, len)) = char_at(text, i) {
            if c.is_whitespace() && !matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
                i += len;
            } else {
                break;
            }
        }
        if i == end {
            return end;
        }
        let marks_start = i;
        while let Some((c, len)) = char_at(text, i) {
            if matches!(c, '.' | '!' | '?' | '؟' | '…') || is_closer(c) {
                i += len;
            } else {
                break;
            }
        }
        let alone = char_at(text, i).is_none_or(|(c, _)| c.is_whitespace());
        if i == marks_start || !alone {
            return end;
        }
        end = i;
    }
}

/// A news dateline at the start of a sentence: a few words with a dash among them, ending in
/// `:` before a space (`تهران - ایرنا:`, `مشهد – خبرگزاری فارس:`). Returns the offset after the
/// colon. Treebanks of news keep datelines as sentences of their own, after the previous
/// story's last sentence as well as at a paragraph start.
fn dateline(text: &str, start: usize) -> Option<usize> {
    const MAX_BYTES: usize = 160;
    const MAX_WORDS: usize = 6;
    // Most sentences have no colon, or no dash before it, near their start: two byte searches
    // reject them before anything is decoded.
    let window = text.as_bytes().get(start..)?;
    let window = window
        .get(..window.len().min(MAX_BYTES + 1))
        .unwrap_or(window);
    let colon = memchr::memchr(b':', window)?;
    let head = window.get(..colon)?;
    let has_dash = memchr::memchr(b'-', head).is_some()
        || head
            .windows(3)
            .any(|w| matches!(w, [0xE2, 0x80, 0x93 | 0x94]));
    if !has_dash {
        return None;
    }
    let mut i = start;
    let mut words = 1;
    let mut dash = false;
    let mut in_space = false;
    while let Some((c, len)) = char_at(text, i) {
        if i - start > MAX_BYTES {
            return None;
        }
        match c {
            ':' => {
                let next_is_space = char_at(text, i + 1).is_none_or(|(n, _)| n.is_whitespace());
                return (dash && words <= MAX_WORDS && next_is_space).then_some(i + 1);
            }
            '.' | '!' | '?' | '؟' | '\n' | '\r' | '،' | '؛' | ',' | ';' | '«' | '"' => {
                return None;
            }
            // A dash between digits is a score or a range (`1-2`), not a dateline's.
            '-' | '–' | '—' => {
                let digit_before = char_before(text, i).is_some_and(crate::chars::is_digit);
                let digit_after =
                    char_at(text, i + len).is_some_and(|(n, _)| crate::chars::is_digit(n));
                dash |= !(digit_before && digit_after);
            }
            _ if c.is_whitespace() => {
                if !in_space {
                    words += 1;
                }
                in_space = true;
                i += len;
                continue;
            }
            _ => {}
        }
        in_space = false;
        i += len;
    }
    None
}
