//! Tokens and sentences found in normalized text, reported at their place in the original.
//!
//! A normalizer rewrites the text and records an [`OffsetMap`]. Tokenizing the normalized text
//! gives better tokens (Persian letters, digits, ZWNJ in place), but their offsets point into a
//! string the caller never had. A [`MappedToken`] carries both: `text`, `start`, `end` in the
//! **original** text (what a user highlights, what the CLI prints) and `normalized`,
//! `normalized_start`, `normalized_end` in the normalized one (what a dictionary lookup wants).
//!
//! | case | what a mapped item covers in the original |
//! |---|---|
//! | unchanged characters | exactly the same characters |
//! | a character the normalizer replaced (`ك`→`ک`, `1`→`۱`) | the original character |
//! | a character the normalizer deleted inside the token (kashida, a diacritic) | included, since it sits between the token's first and last characters |
//! | a character deleted at the token's edge (a ZWNJ before a space) | excluded |
//! | one original character the normalizer expanded into several tokens | the tokens are merged into one mapped token, so mapped tokens never overlap |
//! | a token made only of inserted characters | not reported: it has no place in the original |

use std::ops::Range;

use crate::normalize::OffsetMap;

use super::sentence::Sentences;
use super::{TokenKind, Tokens};

/// A token of normalized text, with its place in the original text.
///
/// `text == &original[start..end]` and `normalized == &normalized_text[normalized_start..normalized_end]`.
///
/// ```
/// use pardaz::Tokenizer;
/// use pardaz::normalize::OffsetMapBuilder;
///
/// // "كتاب" (Arabic kaf) normalized to "کتاب": the first letter replaced.
/// let original = "كتاب خوب";
/// let normalized = "کتاب خوب";
/// let mut b = OffsetMapBuilder::new();
/// b.replace(2, 2);
/// b.keep(original.len() - 2);
/// let map = b.finish();
/// let t: Vec<_> = Tokenizer::default().tokens_mapped(original, normalized, &map).collect();
/// assert_eq!((t[0].text, t[0].normalized), ("كتاب", "کتاب"));
/// assert_eq!((t[1].start, t[1].end), (9, 15));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MappedToken<'a, 'n> {
    /// The token's text in the original.
    pub text: &'a str,
    /// Byte offset of the token's start in the original.
    pub start: usize,
    /// Byte offset of the token's end in the original.
    pub end: usize,
    /// The kind the token has in the normalized text.
    pub kind: TokenKind,
    /// The token as found in the normalized text.
    pub normalized: &'n str,
    /// Byte offset of the token's start in the normalized text.
    pub normalized_start: usize,
    /// Byte offset of the token's end in the normalized text.
    pub normalized_end: usize,
}

/// A sentence of normalized text, with its place in the original text.
///
/// ```
/// use pardaz::Tokenizer;
/// use pardaz::normalize::OffsetMap;
///
/// let text = "یک. دو.";
/// let map = OffsetMap::identity(text.len());
/// let s: Vec<_> = Tokenizer::default().sentences_mapped(text, text, &map).collect();
/// assert_eq!((s[1].text, s[1].normalized), ("دو.", "دو."));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MappedSentence<'a, 'n> {
    /// The sentence's text in the original.
    pub text: &'a str,
    /// Byte offset of the sentence's start in the original.
    pub start: usize,
    /// Byte offset of the sentence's end in the original.
    pub end: usize,
    /// The sentence as found in the normalized text.
    pub normalized: &'n str,
    /// Byte offset of the sentence's start in the normalized text.
    pub normalized_start: usize,
    /// Byte offset of the sentence's end in the normalized text.
    pub normalized_end: usize,
}

/// One edit of an offset map: `(input range, output range)`.
type Edit = (Range<usize>, Range<usize>);
/// The edits of an offset map in text order.
type Edits<'m> = Box<dyn Iterator<Item = Edit> + 'm>;

/// Maps output ranges whose starts and ends never decrease (tokens, sentences) to the input, as
/// [`OffsetMap::to_input`] does, by walking the edits once instead of searching them for every
/// range. Exactly the same results: see the `cursor_agrees_with_to_input` test.
struct Cursor<'m> {
    map: &'m OffsetMap,
    /// Edits that start at or before the last start asked for are consumed from here…
    starts: Edits<'m>,
    starts_consumed: usize,
    /// …the last of them is kept…
    last_start_edit: Option<Edit>,
    /// …and the first edit not consumed, peeked.
    next_start_edit: Option<Edit>,
    /// Edits that end before the last end asked for are consumed from here.
    ends: Edits<'m>,
    ends_consumed: usize,
    last_end_edit: Option<Edit>,
    next_end_edit: Option<Edit>,
}

impl<'m> Cursor<'m> {
    fn new(map: &'m OffsetMap) -> Self {
        Self::resumed(map, 0, 0)
    }

    /// A cursor whose streams have consumed these many edits.
    fn resumed(map: &'m OffsetMap, starts_consumed: usize, ends_consumed: usize) -> Self {
        let stream = |skip: usize| -> (Option<Edit>, Option<Edit>, Edits<'m>) {
            let last = skip.checked_sub(1).and_then(|k| map.edits().nth(k));
            let mut it: Edits<'m> = Box::new(map.edits().skip(skip));
            let next = it.next();
            (last, next, it)
        };
        let (last_start_edit, next_start_edit, starts) = stream(starts_consumed);
        let (last_end_edit, next_end_edit, ends) = stream(ends_consumed);
        Cursor {
            map,
            starts,
            starts_consumed,
            last_start_edit,
            next_start_edit,
            ends,
            ends_consumed,
            last_end_edit,
            next_end_edit,
        }
    }

    /// Where an output range starting at `p` starts in the input.
    fn map_start(&mut self, p: usize) -> usize {
        while self
            .next_start_edit
            .as_ref()
            .is_some_and(|(_, out)| out.start <= p)
        {
            self.last_start_edit = self.next_start_edit.take();
            self.next_start_edit = self.starts.next();
            self.starts_consumed += 1;
        }
        match &self.last_start_edit {
            None => p,
            Some((inp, out)) if out.start <= p && p < out.end => inp.start,
            Some((inp, out)) => inp.end + (p - out.end),
        }
    }

    /// Where an output range ending at `p` ends in the input.
    fn map_end(&mut self, p: usize) -> usize {
        while self
            .next_end_edit
            .as_ref()
            .is_some_and(|(_, out)| out.end < p)
        {
            self.last_end_edit = self.next_end_edit.take();
            self.next_end_edit = self.ends.next();
            self.ends_consumed += 1;
        }
        match (&self.next_end_edit, &self.last_end_edit) {
            (Some((inp, out)), _) if out.start < p => inp.end,
            (Some((inp, out)), _) => inp.start.saturating_sub(out.start - p),
            (None, Some((inp, out))) => inp.end + (p - out.end),
            (None, None) => p,
        }
    }

    /// The input range of the output range `start..end` (as [`OffsetMap::to_input`]).
    fn input_range(&mut self, start: usize, end: usize) -> Range<usize> {
        let len = self.map.output_len();
        let start = start.min(len);
        let end = end.min(len).max(start);
        let s = self.map_start(start);
        if end == start {
            return s..s;
        }
        let e = self.map_end(end).max(s);
        s..e
    }
}

impl Clone for Cursor<'_> {
    fn clone(&self) -> Self {
        Self::resumed(self.map, self.starts_consumed, self.ends_consumed)
    }
}

impl std::fmt::Debug for Cursor<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cursor")
            .field("starts_consumed", &self.starts_consumed)
            .field("ends_consumed", &self.ends_consumed)
            .finish()
    }
}

/// Maps normalized ranges back and merges those whose original ranges overlap.
#[derive(Clone, Debug)]
struct Mapper<'a, 'n, 'm> {
    original: &'a str,
    normalized: &'n str,
    cursor: Cursor<'m>,
    /// A mapped range waiting to see whether the next one overlaps it:
    /// (original start, original end, normalized start, normalized end, kind).
    pending: Option<(usize, usize, usize, usize, TokenKind)>,
}

type Raw = (usize, usize, usize, usize, TokenKind);

impl<'a, 'n, 'm> Mapper<'a, 'n, 'm> {
    fn new(original: &'a str, normalized: &'n str, map: &'m OffsetMap) -> Self {
        Mapper {
            original,
            normalized,
            cursor: Cursor::new(map),
            pending: None,
        }
    }

    /// Feeds the next normalized range; returns a finished item when one is complete.
    fn push(&mut self, start: usize, end: usize, kind: TokenKind) -> Option<Raw> {
        let r = self.cursor.input_range(start, end);
        if r.is_empty() {
            return None;
        }
        match self.pending.take() {
            Some(p) if r.start < p.1 => {
                self.pending = Some((p.0, p.1.max(r.end), p.2, end, p.4));
                None
            }
            done => {
                self.pending = Some((r.start, r.end, start, end, kind));
                done
            }
        }
    }

    /// The next finished item, pulling normalized ranges from `next`: the raw offsets and the
    /// original and normalized slices.
    fn next_item(
        &mut self,
        mut next: impl FnMut() -> Option<(usize, usize, TokenKind)>,
    ) -> Option<(Raw, &'a str, &'n str)> {
        loop {
            let raw = match next() {
                Some((start, end, kind)) => match self.push(start, end, kind) {
                    Some(raw) => raw,
                    None => continue,
                },
                None => self.pending.take()?,
            };
            let (Some(text), Some(normalized)) = (
                self.original.get(raw.0..raw.1),
                self.normalized.get(raw.2..raw.3),
            ) else {
                continue;
            };
            return Some((raw, text, normalized));
        }
    }
}

/// An iterator over [`MappedToken`]s; see [`Tokenizer::tokens_mapped`](super::Tokenizer::tokens_mapped).
///
/// ```
/// use pardaz::{Tokenizer, normalize::OffsetMap};
///
/// let map = OffsetMap::identity(8);
/// assert_eq!(Tokenizer::default().tokens_mapped("سلام", "سلام", &map).count(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct MappedTokens<'a, 'n, 'm> {
    inner: Tokens<'n>,
    mapper: Mapper<'a, 'n, 'm>,
}

impl<'a, 'n, 'm> MappedTokens<'a, 'n, 'm> {
    pub(crate) fn new(
        inner: Tokens<'n>,
        original: &'a str,
        normalized: &'n str,
        map: &'m OffsetMap,
    ) -> Self {
        MappedTokens {
            inner,
            mapper: Mapper::new(original, normalized, map),
        }
    }
}

impl<'a, 'n> Iterator for MappedTokens<'a, 'n, '_> {
    type Item = MappedToken<'a, 'n>;

    fn next(&mut self) -> Option<MappedToken<'a, 'n>> {
        let inner = &mut self.inner;
        let (raw, text, normalized) = self
            .mapper
            .next_item(|| inner.next().map(|t| (t.start, t.end, t.kind)))?;
        Some(MappedToken {
            text,
            start: raw.0,
            end: raw.1,
            kind: raw.4,
            normalized,
            normalized_start: raw.2,
            normalized_end: raw.3,
        })
    }
}

/// An iterator over [`MappedSentence`]s; see
/// [`Tokenizer::sentences_mapped`](super::Tokenizer::sentences_mapped).
///
/// ```
/// use pardaz::{Tokenizer, normalize::OffsetMap};
///
/// let map = OffsetMap::identity(3);
/// assert_eq!(Tokenizer::default().sentences_mapped("a.b", "a.b", &map).count(), 1);
/// ```
#[derive(Clone, Debug)]
pub struct MappedSentences<'a, 'n, 'm> {
    inner: Sentences<'n>,
    mapper: Mapper<'a, 'n, 'm>,
}

impl<'a, 'n, 'm> MappedSentences<'a, 'n, 'm> {
    pub(crate) fn new(
        inner: Sentences<'n>,
        original: &'a str,
        normalized: &'n str,
        map: &'m OffsetMap,
    ) -> Self {
        MappedSentences {
            inner,
            mapper: Mapper::new(original, normalized, map),
        }
    }
}

impl<'a, 'n> Iterator for MappedSentences<'a, 'n, '_> {
    type Item = MappedSentence<'a, 'n>;

    fn next(&mut self) -> Option<MappedSentence<'a, 'n>> {
        let inner = &mut self.inner;
        let (raw, text, normalized) = self
            .mapper
            .next_item(|| inner.next().map(|s| (s.start, s.end, TokenKind::Word)))?;
        Some(MappedSentence {
            text,
            start: raw.0,
            end: raw.1,
            normalized,
            normalized_start: raw.2,
            normalized_end: raw.3,
        })
    }
}

/// A text and its normalized form, owned together with the offset map between them, ready to
/// be tokenized: what [`Tokenizer::normalize`](super::Tokenizer::normalize) returns.
///
/// Its [`tokens`](Self::tokens) and [`sentences`](Self::sentences) are found in the normalized
/// text and reported at their place in the original (see [`MappedToken`]).
///
/// ```
/// use pardaz::normalize::OffsetMapBuilder;
/// use pardaz::tokenize::NormalizedText;
/// use pardaz::Tokenizer;
///
/// // "كتاب" (Arabic kaf) normalized to "کتاب".
/// let mut b = OffsetMapBuilder::new();
/// b.replace(2, 2);
/// b.keep(6);
/// let text = NormalizedText::new(Tokenizer::default(), "كتاب", "کتاب".to_string(), b.finish());
/// let t: Vec<_> = text.tokens().map(|t| (t.text, t.normalized)).collect();
/// assert_eq!(t, [("كتاب", "کتاب")]);
/// ```
#[derive(Clone, Debug)]
pub struct NormalizedText<'a> {
    tokenizer: super::Tokenizer,
    original: &'a str,
    normalized: String,
    map: OffsetMap,
}

impl<'a> NormalizedText<'a> {
    /// Ties `original`, its `normalized` form and the `map` between them (from `original` to
    /// `normalized`), to be split by `tokenizer`.
    ///
    /// ```
    /// use pardaz::{Tokenizer, normalize::OffsetMap, tokenize::NormalizedText};
    ///
    /// let t = NormalizedText::new(Tokenizer::default(), "ab", "ab".into(), OffsetMap::identity(2));
    /// assert_eq!(t.normalized(), "ab");
    /// ```
    pub fn new(
        tokenizer: super::Tokenizer,
        original: &'a str,
        normalized: String,
        map: OffsetMap,
    ) -> Self {
        NormalizedText {
            tokenizer,
            original,
            normalized,
            map,
        }
    }

    /// The tokens of the normalized text, at their place in the original.
    ///
    /// ```
    /// use pardaz::{Tokenizer, normalize::OffsetMap, tokenize::NormalizedText};
    ///
    /// let t = NormalizedText::new(Tokenizer::default(), "a b", "a b".into(), OffsetMap::identity(3));
    /// assert_eq!(t.tokens().map(|t| t.start).collect::<Vec<_>>(), [0, 2]);
    /// ```
    pub fn tokens(&self) -> MappedTokens<'a, '_, '_> {
        self.tokenizer
            .tokens_mapped(self.original, &self.normalized, &self.map)
    }

    /// The sentences of the normalized text, at their place in the original.
    ///
    /// ```
    /// use pardaz::{Tokenizer, normalize::OffsetMap, tokenize::NormalizedText};
    ///
    /// let t = NormalizedText::new(Tokenizer::default(), "آمد. رفت", "آمد. رفت".into(), OffsetMap::identity(14));
    /// assert_eq!(t.sentences().count(), 2);
    /// ```
    pub fn sentences(&self) -> MappedSentences<'a, '_, '_> {
        self.tokenizer
            .sentences_mapped(self.original, &self.normalized, &self.map)
    }

    /// The original text.
    ///
    /// ```
    /// use pardaz::{Tokenizer, normalize::OffsetMap, tokenize::NormalizedText};
    ///
    /// let t = NormalizedText::new(Tokenizer::default(), "x", "x".into(), OffsetMap::identity(1));
    /// assert_eq!(t.original(), "x");
    /// ```
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// The normalized text.
    ///
    /// ```
    /// use pardaz::{Tokenizer, normalize::OffsetMap, tokenize::NormalizedText};
    ///
    /// let t = NormalizedText::new(Tokenizer::default(), "x", "y".into(), OffsetMap::identity(1));
    /// assert_eq!(t.normalized(), "y");
    /// ```
    pub fn normalized(&self) -> &str {
        &self.normalized
    }

    /// The offset map from the original to the normalized text.
    ///
    /// ```
    /// use pardaz::{Tokenizer, normalize::OffsetMap, tokenize::NormalizedText};
    ///
    /// let t = NormalizedText::new(Tokenizer::default(), "x", "x".into(), OffsetMap::identity(1));
    /// assert!(t.map().is_identity());
    /// ```
    pub fn map(&self) -> &OffsetMap {
        &self.map
    }

    /// The normalized text and the offset map, giving up the borrow of the original.
    ///
    /// ```
    /// use pardaz::{Tokenizer, normalize::OffsetMap, tokenize::NormalizedText};
    ///
    /// let t = NormalizedText::new(Tokenizer::default(), "x", "x".into(), OffsetMap::identity(1));
    /// let (text, map) = t.into_parts();
    /// assert_eq!((text.as_str(), map.output_len()), ("x", 1));
    /// ```
    pub fn into_parts(self) -> (String, OffsetMap) {
        (self.normalized, self.map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::OffsetMapBuilder;
    use proptest::prelude::*;

    /// A map made of keeps and edits of random lengths (insertions and deletions included).
    fn map_from(steps: &[(u8, u8, bool)]) -> OffsetMap {
        let mut b = OffsetMapBuilder::new();
        for &(i, o, keep) in steps {
            if keep {
                b.keep(usize::from(i));
            } else {
                b.replace(usize::from(i % 4), usize::from(o % 4));
            }
        }
        b.finish()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn cursor_agrees_with_to_input(
            steps in prop::collection::vec((0u8..6, 0u8..6, any::<bool>()), 0..30),
            cuts in prop::collection::vec(0usize..80, 0..40),
        ) {
            let map = map_from(&steps);
            // Non-decreasing starts and ends: sorted cut points taken in pairs, with empty and
            // touching ranges and some past the end.
            let mut cuts = cuts;
            cuts.sort_unstable();
            let mut cursor = Cursor::new(&map);
            for pair in cuts.chunks(2) {
                let (start, end) = (pair[0], *pair.last().unwrap_or(&pair[0]));
                prop_assert_eq!(cursor.input_range(start, end), map.to_input(start..end), "{}..{}", start, end);
                let mut copy = cursor.clone();
                prop_assert_eq!(copy.input_range(end, end + 3), map.to_input(end..end + 3));
            }
        }
    }
}
