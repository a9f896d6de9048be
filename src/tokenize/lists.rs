//! The word lists under `data/tokenize/`, embedded and parsed once.
//!
//! Each file has one entry a line; `#` starts a comment line and blank lines are skipped.
//! Adding an entry never needs a code change.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Abbreviations whose final period belongs to them (`data/tokenize/abbreviations.txt`),
/// lower case, without the period.
pub(crate) static ABBREVIATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| parse(include_str!("../../data/tokenize/abbreviations.txt")));

/// Top-level domains that make a bare host a URL (`data/tokenize/tlds.txt`), lower case.
pub(crate) static TLDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| parse(include_str!("../../data/tokenize/tlds.txt")));

/// Words that never open a sentence (`data/tokenize/never_sentence_initial.txt`). The list is
/// short and compared at every sentence end as prefixes of the next word: no hashing.
pub(crate) static NEVER_SENTENCE_INITIAL: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut words: Vec<_> = parse(include_str!(
        "../../data/tokenize/never_sentence_initial.txt"
    ))
    .into_iter()
    .collect();
    words.sort_unstable();
    words
});

/// Whether `word` is listed as never opening a sentence.
#[cfg(test)]
fn never_starts_a_sentence(word: &str) -> bool {
    NEVER_SENTENCE_INITIAL.contains(&word)
}

pub(crate) fn parse(text: &'static str) -> HashSet<&'static str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

/// Whether the ASCII word `word` (any case) is a listed abbreviation; non-ASCII words are looked
/// up as written.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    // Most words before a period are long or Persian: the list has neither.
    word.len() <= *LONGEST_ABBREVIATION && lookup_lowercase(word, &ABBREVIATIONS)
}

/// The byte length of the longest listed abbreviation.
static LONGEST_ABBREVIATION: LazyLock<usize> =
    LazyLock::new(|| ABBREVIATIONS.iter().map(|a| a.len()).max().unwrap_or(0));

/// Whether `label` (any ASCII case) is a listed top-level domain.
pub(crate) fn is_tld(label: &str) -> bool {
    lookup_lowercase(label, &TLDS)
}

fn lookup_lowercase(word: &str, set: &HashSet<&'static str>) -> bool {
    let mut buf = [0u8; 24];
    let bytes = word.as_bytes();
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return set.contains(word);
    }
    match buf.get_mut(..bytes.len()) {
        Some(dst) => {
            dst.copy_from_slice(bytes);
            dst.make_ascii_lowercase();
            std::str::from_utf8(dst).is_ok_and(|w| set.contains(w))
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_parse_without_comments_or_blank_lines() {
        for set in [&*ABBREVIATIONS, &*TLDS] {
            assert!(!set.is_empty());
            assert!(set.iter().all(|e| !e.is_empty() && !e.starts_with('#')));
        }
        assert!(ABBREVIATIONS.contains("prof"));
        assert!(
            NEVER_SENTENCE_INITIAL
                .iter()
                .all(|e| !e.is_empty() && !e.starts_with('#'))
        );
        assert!(never_starts_a_sentence("را"));
        assert!(!never_starts_a_sentence("راه"));
    }

    #[test]
    fn abbreviations_and_tlds_match_any_ascii_case() {
        assert!(is_abbreviation("Dr"));
        assert!(is_abbreviation("PROF"));
        assert!(!is_abbreviation("etc"));
        assert!(is_tld("IR"));
        assert!(is_tld("com"));
        assert!(!is_tld("txt"));
    }
}
