//! Web units that stay whole: URLs, e-mail addresses, hashtags and mentions.
//!
//! Each function looks at the text from a token start and returns the unit's end, or `None`
//! when the text there is not such a unit (the scanner then falls back to words and
//! punctuation).

use super::classes::{self, Class, char_at};
use super::lists;

/// The longest local part of an e-mail address (RFC 5321).
const MAX_LOCAL_PART: usize = 64;
/// The longest host name (RFC 1035).
const MAX_HOST: usize = 253;

/// An e-mail address starting at `start`: a local part of ASCII letters, digits and
/// `. _ % + -`, `@`, and a host of at least two labels whose last one is alphabetic.
pub(crate) fn email(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = start;
    while i - start <= MAX_LOCAL_PART
        && bytes.get(i).is_some_and(|b| {
            b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-')
        })
    {
        i += 1;
    }
    if i == start || bytes.get(i) != Some(&b'@') || bytes.get(i - 1) == Some(&b'.') {
        return None;
    }
    let (end, labels, last_alpha) = host(bytes, i + 1);
    (labels >= 2 && last_alpha).then_some(end)
}

/// The end of a host name `label(.label)*` from `i`, the number of labels and whether the last
/// label is alphabetic with two letters or more. A label is ASCII letters, digits and inner `-`.
fn host(bytes: &[u8], mut i: usize) -> (usize, usize, bool) {
    // Scans never go further than a host name can be long, so that a long run of dotted
    // words costs linear time however many tokens start in it.
    let limit = i.saturating_add(MAX_HOST);
    let bytes = bytes.get(..limit.min(bytes.len())).unwrap_or(bytes);
    let mut labels = 0;
    let mut end = i;
    let mut last_alpha = false;
    loop {
        let label_start = i;
        while bytes
            .get(i)
            .is_some_and(|b| b.is_ascii_alphanumeric() || (*b == b'-' && i > label_start))
        {
            i += 1;
        }
        // A label does not end with a hyphen.
        while i > label_start && bytes.get(i - 1) == Some(&b'-') {
            i -= 1;
        }
        if i == label_start {
            return (end, labels, last_alpha);
        }
        labels += 1;
        end = i;
        last_alpha = bytes
            .get(label_start..i)
            .is_some_and(|l| l.len() >= 2 && l.iter().all(u8::is_ascii_alphabetic));
        if bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        } else {
            return (end, labels, last_alpha);
        }
    }
}

/// A URL written with a scheme (`http://`, `https://`, `ftp://`) or starting with `www.`.
pub(crate) fn url_with_prefix(text: &str, start: usize) -> Option<usize> {
    let rest = text.as_bytes().get(start..)?;
    let prefix_len = ["https://", "http://", "ftp://", "www."]
        .iter()
        .find(|p| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p.as_bytes()))?
        .len();
    let body = start + prefix_len;
    if !text
        .as_bytes()
        .get(body)
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    Some(url_tail(text, start, body))
}

/// A bare host with a listed top-level domain (`isna.ir`, `bbc.co.uk/persian`).
pub(crate) fn bare_host_url(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let (end, labels, _) = host(bytes, start);
    if labels < 2 {
        return None;
    }
    let last_dot = bytes.get(start..end)?.iter().rposition(|&b| b == b'.')?;
    let tld = text.get(start + last_dot + 1..end)?;
    if !lists::is_tld(tld) {
        return None;
    }
    // A path, port, query or fragment continues the URL, if anything follows the separator
    // (a lone `isna.ir/` is the host and a slash, whatever comes after it).
    match bytes.get(end) {
        Some(b'/' | b':' | b'?' | b'#') => {
            let tail = url_tail(text, start, end);
            Some(if tail > end + 1 { tail } else { end })
        }
        _ => Some(end),
    }
}

/// The end of a URL whose body starts at `i`: ASCII URL characters and letters, digits and
/// ZWNJ of any script (Persian paths are common), without trailing punctuation or an
/// unbalanced closing bracket.
fn url_tail(text: &str, start: usize, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            if b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=%".contains(&b) {
                i += 1;
                continue;
            }
            break;
        }
        match char_at(text, i) {
            Some((c, len))
                if matches!(
                    classes::class_of(c),
                    Class::Arabic | Class::Digit | Class::OtherAlnum | Class::Mark
                ) || c == '\u{200C}' =>
            {
                i += len
            }
            _ => break,
        }
    }
    trim_url_end(bytes, start, i)
}

fn trim_url_end(bytes: &[u8], start: usize, mut end: usize) -> usize {
    let url = bytes.get(start..end).unwrap_or_default();
    let count = |b: u8| url.iter().filter(|&&c| c == b).count();
    // Unmatched closing brackets: (opens, closes) of `(` `)` and of `[` `]`.
    let (mut parens, mut brackets) = ((count(b'('), count(b')')), (count(b'['), count(b']')));
    loop {
        if end >= start + 3 && bytes.get(end - 3..end) == Some("\u{200C}".as_bytes()) {
            end -= 3;
            continue;
        }
        let Some(&last) = end.checked_sub(1).and_then(|j| bytes.get(j)) else {
            return end;
        };
        let trim = match last {
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'*' => true,
            b')' if parens.1 > parens.0 => {
                parens.1 -= 1;
                true
            }
            b']' if brackets.1 > brackets.0 => {
                brackets.1 -= 1;
                true
            }
            _ => false,
        };
        if trim && end > start {
            end -= 1;
        } else {
            return end;
        }
    }
}

/// A hashtag at `start` (a `#`): word characters of any script, digits, `_` and ZWNJ.
pub(crate) fn hashtag(text: &str, start: usize) -> Option<usize> {
    let word_char = |c: char| {
        c == '_'
            || matches!(
                classes::class_of(c),
                Class::Arabic | Class::Mark | Class::Digit | Class::Ascii | Class::OtherAlnum
            )
    };
    let mut i = start + 1;
    while let Some((c, len)) = char_at(text, i) {
        // A ZWNJ only between two characters of the tag.
        let inside = word_char(c)
            || (c == '\u{200C}'
                && i > start + 1
                && char_at(text, i + len).is_some_and(|(n, _)| word_char(n)));
        if !inside {
            break;
        }
        i += len;
    }
    (i > start + 1).then_some(i)
}

/// A mention at `start` (an `@`): ASCII letters, digits, `_` and inner `.`.
pub(crate) fn mention(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let mut i = start + 1;
    loop {
        while bytes.get(i).is_some_and(word) {
            i += 1;
        }
        if i > start + 1 && bytes.get(i) == Some(&b'.') && bytes.get(i + 1).is_some_and(word) {
            i += 1;
        } else {
            break;
        }
    }
    (i > start + 1).then_some(i)
}
