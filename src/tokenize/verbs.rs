//! The optional join of multi-word verbs (off by default).
//!
//! | pattern | example | joined token |
//! |---|---|---|
//! | future auxiliary + past stem | `خواهد کرد`, `نخواهند رفت` | one token |
//! | past participle + auxiliary | `رفته بود`, `دیده باشند`, `گفته است` | one token |
//! | chains of them | `گفته شده است`, `ساخته می‌شود` | one token |
//!
//! A past participle is a listed past stem + `ه`, optionally after `ن`, `می‌` or `نمی‌`
//! (`نکرده`, `می‌رفته`). The lists live in `data/tokenize/verb_*.txt`; lookups accept Arabic
//! yeh and kaf (`ي`, `ك`) and a missing ZWNJ (`میشود`) as well. The joined token's span covers
//! the parts and the spaces between them, which stay in the text as written. Parts are joined
//! only across plain spaces (not a line break, not punctuation).

use std::collections::HashSet;
use std::sync::LazyLock;

use super::lists::parse;
use super::word::{Token, TokenKind};

static FUTURE_AUX: LazyLock<HashSet<String>> =
    LazyLock::new(|| with_variants(include_str!("../../data/tokenize/verb_future_aux.txt")));
static AUX_AFTER: LazyLock<HashSet<String>> =
    LazyLock::new(|| with_variants(include_str!("../../data/tokenize/verb_aux_after.txt")));
static PAST_STEMS: LazyLock<HashSet<String>> =
    LazyLock::new(|| with_variants(include_str!("../../data/tokenize/verb_past_stems.txt")));

/// Every entry of a list, plus its spellings with Arabic yeh/kaf and without ZWNJ.
fn with_variants(list: &'static str) -> HashSet<String> {
    let mut set = HashSet::new();
    for entry in parse(list) {
        for zwnj in [entry.to_owned(), entry.replace('\u{200C}', "")] {
            let yeh = zwnj.replace('ی', "ي");
            let kaf = zwnj.replace('ک', "ك");
            let both = yeh.replace('ک', "ك");
            set.extend([zwnj, yeh, kaf, both]);
        }
    }
    set
}

/// What may follow the parts joined so far.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Expect {
    /// A past stem (after a future auxiliary).
    Stem,
    /// An auxiliary (after a participle).
    Aux,
}

/// What a word can start: a future (`خواهد`) or a perfect/passive (`رفته`).
pub(crate) fn starts_verb(word: &str) -> Option<Expect> {
    if FUTURE_AUX.contains(word) {
        Some(Expect::Stem)
    } else if is_participle(word) {
        Some(Expect::Aux)
    } else {
        None
    }
}

/// Whether `next` continues a verb in state `expect`, and what may follow it then.
pub(crate) fn continues(expect: Expect, next: &str) -> Option<Option<Expect>> {
    match expect {
        Expect::Stem => PAST_STEMS.contains(next).then_some(None),
        Expect::Aux if AUX_AFTER.contains(next) => {
            // `شده` and `نشده` are auxiliaries and participles at once: `گفته شده است`.
            Some(is_participle(next).then_some(Expect::Aux))
        }
        Expect::Aux => None,
    }
}

/// Whether `word` is a past participle: (`ن` | `می‌` | `نمی‌`)? + past stem + `ه`.
fn is_participle(word: &str) -> bool {
    let Some(stem) = word.strip_suffix('ه') else {
        return false;
    };
    if PAST_STEMS.contains(stem) {
        return true;
    }
    const PREFIXES: [&str; 8] = [
        "نمی\u{200C}",
        "نمي\u{200C}",
        "می\u{200C}",
        "مي\u{200C}",
        "نمی",
        "نمي",
        "می",
        "مي",
    ];
    let unprefixed = PREFIXES
        .iter()
        .find_map(|p| stem.strip_prefix(p))
        .unwrap_or(stem);
    PAST_STEMS.contains(unprefixed)
        || unprefixed
            .strip_prefix('ن')
            .is_some_and(|s| PAST_STEMS.contains(s))
}

/// Whether only spaces (no line break) separate two tokens.
pub(crate) fn joinable_gap(text: &str, end: usize, next_start: usize) -> bool {
    text.get(end..next_start).is_some_and(|gap| {
        !gap.is_empty()
            && gap
                .chars()
                .all(|c| c.is_whitespace() && !matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}'))
    })
}

/// The token that covers `first` to `last`.
pub(crate) fn joined<'a>(text: &'a str, first: Token<'a>, last: Token<'a>) -> Token<'a> {
    Token {
        text: text.get(first.start..last.end).unwrap_or(first.text),
        start: first.start,
        end: last.end,
        kind: TokenKind::Word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn participles_are_stems_with_heh_and_optional_prefixes() {
        for w in [
            "کرده",
            "نکرده",
            "می‌کرده",
            "نمی‌کرده",
            "نوشته",
            "ننوشته",
            "شده",
            "نشده",
            "كرده",
        ] {
            assert!(is_participle(w), "{w}");
        }
        for w in ["خانه", "نامه", "کرد", "هفته"] {
            assert!(!is_participle(w), "{w}");
        }
    }

    #[test]
    fn auxiliaries_match_without_zwnj_and_with_arabic_letters() {
        for w in ["می‌شود", "میشود", "مي‌شود", "است", "بودند"] {
            assert!(continues(Expect::Aux, w).is_some(), "{w}");
        }
        assert!(continues(Expect::Stem, "كرد").is_some());
    }
}
