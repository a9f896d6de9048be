//! [`OffsetMap`]: the exact correspondence between a text and its normalized form.
//!
//! A normalizer copies most of its input unchanged and edits a few small regions: a letter
//! folded, a diacritic dropped, a space inserted. An `OffsetMap` records only those edits, as
//! pairs of byte ranges (input range, output range), in order. Everything between two edits is
//! an unchanged region that maps byte for byte. That makes the map as small as the number of
//! edits, exact on every unchanged byte, and cheap to query (a binary search).
//!
//! Mapping a range that touches an edit widens it to the whole edit on the other side, so a
//! mapped range never cuts a replaced character in half: on both sides, edit boundaries are
//! character boundaries, and so is every mapped offset. A pure deletion (say, a ZWNJ dropped
//! between two words) belongs to neither neighbour: a range that ends or starts right at it
//! excludes it.
//!
//! ```
//! use pardaz::normalize::OffsetMapBuilder;
//!
//! // "كتاب" (Arabic kaf) normalized to "کتاب" (Persian keheh): one 2-byte letter replaced.
//! let mut b = OffsetMapBuilder::new();
//! b.replace(2, 2); // ك -> ک
//! b.keep(6); // تاب
//! let map = b.finish();
//! assert_eq!(map.to_input(2..8), 2..8); // "تاب" maps exactly
//! assert_eq!(map.to_input(0..8), 0..8);
//! assert_eq!(map.to_output(0..1), 0..2); // half a letter widens to the whole edit
//! ```

use std::fmt;
use std::ops::Range;

/// One edited region: `input` bytes of the input became `output` bytes of the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Edit {
    in_start: usize,
    in_end: usize,
    out_start: usize,
    out_end: usize,
}

/// Maps byte ranges of a normalized text back to the input it came from, and forward.
///
/// Build one with [`OffsetMapBuilder`] (normalizers do this for you; see
/// `Normalizer::normalize_with_offsets`), then ask [`to_input`](OffsetMap::to_input) where a
/// token or an entity found in the output sits in the input.
///
/// ```
/// use pardaz::normalize::OffsetMap;
///
/// let map = OffsetMap::identity(10);
/// assert!(map.is_identity());
/// assert_eq!(map.to_input(3..7), 3..7);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct OffsetMap {
    edits: Vec<Edit>,
    input_len: usize,
    output_len: usize,
}

/// Records the edits of a left-to-right rewrite of a text into an [`OffsetMap`].
///
/// Call [`keep`](Self::keep) for bytes copied unchanged and [`replace`](Self::replace) for
/// every changed region (a replacement, a deletion with `output_len == 0`, an insertion with
/// `input_len == 0`), in text order. Lengths are in bytes and must end on character boundaries
/// on both sides. Consecutive `keep`s merge; consecutive replacements stay separate, so that
/// two adjacent edited characters keep their own spans.
///
/// ```
/// use pardaz::normalize::OffsetMapBuilder;
///
/// // "a  b" -> "a b": one of the two spaces deleted.
/// let mut b = OffsetMapBuilder::new();
/// b.keep(2);
/// b.replace(1, 0);
/// b.keep(1);
/// let map = b.finish();
/// assert_eq!((map.input_len(), map.output_len()), (4, 3));
/// assert_eq!(map.to_input(2..3), 3..4); // "b"
/// ```
#[derive(Clone, Debug, Default)]
pub struct OffsetMapBuilder {
    edits: Vec<Edit>,
    in_pos: usize,
    out_pos: usize,
}

impl OffsetMapBuilder {
    /// An empty builder, positioned at offset 0 of both texts.
    ///
    /// ```
    /// let map = pardaz::normalize::OffsetMapBuilder::new().finish();
    /// assert_eq!(map.input_len(), 0);
    /// ```
    pub fn new() -> Self {
        Self::default()
    }

    /// Records `len` bytes copied unchanged from input to output.
    ///
    /// ```
    /// let mut b = pardaz::normalize::OffsetMapBuilder::new();
    /// b.keep(3);
    /// b.keep(4);
    /// assert!(b.finish().is_identity());
    /// ```
    pub fn keep(&mut self, len: usize) {
        self.in_pos += len;
        self.out_pos += len;
    }

    /// Records that the next `input_len` input bytes became the next `output_len` output bytes.
    /// A call with both lengths zero records nothing.
    ///
    /// ```
    /// let mut b = pardaz::normalize::OffsetMapBuilder::new();
    /// b.replace(0, 1); // an inserted space
    /// assert_eq!(b.finish().edits().next(), Some((0..0, 0..1)));
    /// ```
    pub fn replace(&mut self, input_len: usize, output_len: usize) {
        if input_len == 0 && output_len == 0 {
            return;
        }
        self.edits.push(Edit {
            in_start: self.in_pos,
            in_end: self.in_pos + input_len,
            out_start: self.out_pos,
            out_end: self.out_pos + output_len,
        });
        self.in_pos += input_len;
        self.out_pos += output_len;
    }

    /// The input offset reached so far.
    ///
    /// ```
    /// let mut b = pardaz::normalize::OffsetMapBuilder::new();
    /// b.replace(2, 1);
    /// assert_eq!((b.input_pos(), b.output_pos()), (2, 1));
    /// ```
    pub fn input_pos(&self) -> usize {
        self.in_pos
    }

    /// The output offset reached so far.
    ///
    /// ```
    /// let mut b = pardaz::normalize::OffsetMapBuilder::new();
    /// b.keep(4);
    /// assert_eq!(b.output_pos(), 4);
    /// ```
    pub fn output_pos(&self) -> usize {
        self.out_pos
    }

    /// Whether no edit has been recorded yet.
    ///
    /// ```
    /// let mut b = pardaz::normalize::OffsetMapBuilder::new();
    /// b.keep(4);
    /// assert!(b.is_identity());
    /// ```
    pub fn is_identity(&self) -> bool {
        self.edits.is_empty()
    }

    /// The finished map.
    ///
    /// ```
    /// let mut b = pardaz::normalize::OffsetMapBuilder::new();
    /// b.keep(4);
    /// assert_eq!(b.finish(), pardaz::normalize::OffsetMap::identity(4));
    /// ```
    pub fn finish(self) -> OffsetMap {
        OffsetMap {
            edits: self.edits,
            input_len: self.in_pos,
            output_len: self.out_pos,
        }
    }
}

/// The error of [`OffsetMap::then`]: the first map's output is not the second map's input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ComposeError {
    /// Length of the first map's output, in bytes.
    pub first_output_len: usize,
    /// Length of the second map's input, in bytes.
    pub second_input_len: usize,
}

impl fmt::Display for ComposeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "cannot compose offset maps: the first produces {} bytes but the second reads {}",
            self.first_output_len, self.second_input_len
        )
    }
}

impl std::error::Error for ComposeError {}

/// Which side of the map a query starts from.
#[derive(Clone, Copy)]
enum Dir {
    OutToIn,
    InToOut,
}

impl Edit {
    /// (from_start, from_end, to_start, to_end) seen from the side a query starts on.
    #[inline]
    fn oriented(&self, dir: Dir) -> (usize, usize, usize, usize) {
        match dir {
            Dir::OutToIn => (self.out_start, self.out_end, self.in_start, self.in_end),
            Dir::InToOut => (self.in_start, self.in_end, self.out_start, self.out_end),
        }
    }
}

impl OffsetMap {
    /// The map of a text of `len` bytes that was not changed at all.
    ///
    /// ```
    /// let map = pardaz::normalize::OffsetMap::identity(5);
    /// assert_eq!(map.to_output(1..4), 1..4);
    /// ```
    pub fn identity(len: usize) -> Self {
        Self {
            edits: Vec::new(),
            input_len: len,
            output_len: len,
        }
    }

    /// Length of the input text, in bytes.
    ///
    /// ```
    /// assert_eq!(pardaz::normalize::OffsetMap::identity(7).input_len(), 7);
    /// ```
    pub fn input_len(&self) -> usize {
        self.input_len
    }

    /// Length of the output text, in bytes.
    ///
    /// ```
    /// assert_eq!(pardaz::normalize::OffsetMap::identity(7).output_len(), 7);
    /// ```
    pub fn output_len(&self) -> usize {
        self.output_len
    }

    /// Whether the output is the input, byte for byte.
    ///
    /// ```
    /// assert!(pardaz::normalize::OffsetMap::identity(3).is_identity());
    /// ```
    pub fn is_identity(&self) -> bool {
        self.edits.is_empty()
    }

    /// The edited regions in text order, as `(input range, output range)` pairs. Every byte
    /// outside them was copied unchanged.
    ///
    /// ```
    /// use pardaz::normalize::OffsetMapBuilder;
    ///
    /// let mut b = OffsetMapBuilder::new();
    /// b.keep(1);
    /// b.replace(2, 0);
    /// b.keep(1);
    /// let edits: Vec<_> = b.finish().edits().collect();
    /// assert_eq!(edits, vec![(1..3, 1..1)]);
    /// ```
    pub fn edits(&self) -> impl ExactSizeIterator<Item = (Range<usize>, Range<usize>)> + '_ {
        self.edits
            .iter()
            .map(|e| (e.in_start..e.in_end, e.out_start..e.out_end))
    }

    /// The input byte range that the output byte range `range` came from.
    ///
    /// Unchanged bytes map exactly. A range that starts or ends inside an edited region widens
    /// to cover the whole region. Offsets past the end are clamped to the end.
    ///
    /// ```
    /// use pardaz::normalize::OffsetMapBuilder;
    ///
    /// // "x ي" -> "x ی": the last letter replaced.
    /// let mut b = OffsetMapBuilder::new();
    /// b.keep(2);
    /// b.replace(2, 2);
    /// let map = b.finish();
    /// assert_eq!(map.to_input(2..4), 2..4);
    /// assert_eq!(map.to_input(0..1), 0..1);
    /// ```
    pub fn to_input(&self, range: Range<usize>) -> Range<usize> {
        self.map(range, Dir::OutToIn)
    }

    /// The output byte range that the input byte range `range` became: the inverse direction
    /// of [`to_input`](Self::to_input), with the same widening rule.
    ///
    /// ```
    /// use pardaz::normalize::OffsetMapBuilder;
    ///
    /// // "a\u{200F}b" -> "ab": the RLM deleted.
    /// let mut b = OffsetMapBuilder::new();
    /// b.keep(1);
    /// b.replace(3, 0);
    /// b.keep(1);
    /// let map = b.finish();
    /// assert_eq!(map.to_output(4..5), 1..2);
    /// assert_eq!(map.to_output(0..5), 0..2);
    /// ```
    pub fn to_output(&self, range: Range<usize>) -> Range<usize> {
        self.map(range, Dir::InToOut)
    }

    fn lens(&self, dir: Dir) -> (usize, usize) {
        match dir {
            Dir::OutToIn => (self.output_len, self.input_len),
            Dir::InToOut => (self.input_len, self.output_len),
        }
    }

    fn map(&self, range: Range<usize>, dir: Dir) -> Range<usize> {
        let (from_len, _) = self.lens(dir);
        let start = range.start.min(from_len);
        let end = range.end.min(from_len).max(start);
        let s = self.map_start(start, dir);
        if end == start {
            return s..s;
        }
        let e = self.map_end(end, dir).max(s);
        s..e
    }

    /// Where a range starting at `p` starts on the other side.
    fn map_start(&self, p: usize, dir: Dir) -> usize {
        // The last edit that starts at or before p.
        let i = self.edits.partition_point(|e| e.oriented(dir).0 <= p);
        match i.checked_sub(1).and_then(|i| self.edits.get(i)) {
            None => p,
            Some(e) => {
                let (fs, fe, ts, te) = e.oriented(dir);
                if p < fe && fs <= p { ts } else { te + (p - fe) }
            }
        }
    }

    /// Where a range ending at `p` ends on the other side.
    fn map_end(&self, p: usize, dir: Dir) -> usize {
        // The first edit that ends at or after p.
        let i = self.edits.partition_point(|e| e.oriented(dir).1 < p);
        match self.edits.get(i) {
            Some(e) => {
                let (fs, _, ts, te) = e.oriented(dir);
                if fs < p { te } else { ts - (fs - p) }
            }
            None => match self.edits.last() {
                Some(e) => {
                    let (_, fe, _, te) = e.oriented(dir);
                    te + (p - fe)
                }
                None => p,
            },
        }
    }

    /// The map of two normalizations applied one after the other: `self` maps `a` to `b`,
    /// `next` maps `b` to `c`, the result maps `a` to `c`. Edits of the two maps that overlap
    /// (or touch through a deletion or an insertion) become one edit.
    ///
    /// # Errors
    ///
    /// [`ComposeError`] when `self`'s output length is not `next`'s input length.
    ///
    /// ```
    /// use pardaz::normalize::OffsetMapBuilder;
    ///
    /// // "ab" -> "abc" (insert at 2) then "abc" -> "xbc" (replace at 0).
    /// let mut first = OffsetMapBuilder::new();
    /// first.keep(2);
    /// first.replace(0, 1);
    /// let mut second = OffsetMapBuilder::new();
    /// second.replace(1, 1);
    /// second.keep(2);
    /// let both = first.finish().then(&second.finish()).unwrap();
    /// assert_eq!(both.edits().collect::<Vec<_>>(), vec![(0..1, 0..1), (2..2, 2..3)]);
    /// ```
    pub fn then(&self, next: &OffsetMap) -> Result<OffsetMap, ComposeError> {
        if self.output_len != next.input_len {
            return Err(ComposeError {
                first_output_len: self.output_len,
                second_input_len: next.input_len,
            });
        }
        if self.is_identity() {
            return Ok(next.clone());
        }
        if next.is_identity() {
            return Ok(self.clone());
        }
        let mut a = Segments::new(self);
        let mut b = Segments::new(next);
        let mut out = OffsetMapBuilder::new();
        // An open composite edit: input bytes and output bytes gathered so far, and how far
        // each side has advanced in the middle text since the edit opened.
        let mut open: Option<(usize, usize)> = None;
        let (mut mid_a, mut mid_b) = (0usize, 0usize);
        loop {
            let (sa, sb) = (a.peek(), b.peek());
            match open {
                None => match (sa, sb) {
                    (None, None) => break,
                    (Some(x), Some(y)) if x.ident && y.ident => {
                        let k = x.from.min(y.from);
                        out.keep(k);
                        a.advance_identity(k);
                        b.advance_identity(k);
                    }
                    _ => {
                        open = Some((0, 0));
                        mid_a = 0;
                        mid_b = 0;
                    }
                },
                Some((ref mut inp, ref mut outp)) => {
                    if mid_a == mid_b {
                        let a_clear = sa.is_none_or(|x| x.ident);
                        let b_clear = sb.is_none_or(|y| y.ident);
                        if a_clear && b_clear {
                            out.replace(*inp, *outp);
                            open = None;
                        } else if let Some(x) = sa.filter(|x| !x.ident) {
                            *inp += x.from;
                            mid_a += x.to;
                            a.next_segment();
                        } else if let Some(y) = sb.filter(|y| !y.ident) {
                            *outp += y.to;
                            mid_b += y.from;
                            b.next_segment();
                        }
                    } else if mid_a < mid_b {
                        match sa {
                            Some(x) if x.ident => {
                                let k = x.from.min(mid_b - mid_a);
                                *inp += k;
                                mid_a += k;
                                a.advance_identity(k);
                            }
                            Some(x) => {
                                *inp += x.from;
                                mid_a += x.to;
                                a.next_segment();
                            }
                            None => break,
                        }
                    } else {
                        match sb {
                            Some(y) if y.ident => {
                                let k = y.from.min(mid_a - mid_b);
                                *outp += k;
                                mid_b += k;
                                b.advance_identity(k);
                            }
                            Some(y) => {
                                *outp += y.to;
                                mid_b += y.from;
                                b.next_segment();
                            }
                            None => break,
                        }
                    }
                }
            }
        }
        if let Some((inp, outp)) = open {
            out.replace(inp, outp);
        }
        Ok(out.finish())
    }
}

/// A piece of a map in text order: either unchanged (`from == to`) or one edit.
#[derive(Clone, Copy, Debug)]
struct Segment {
    /// Bytes on the input side.
    from: usize,
    /// Bytes on the output side.
    to: usize,
    ident: bool,
}

/// Walks a map as a sequence of unchanged and edited segments, with partial consumption of
/// unchanged ones.
struct Segments<'a> {
    map: &'a OffsetMap,
    /// Index of the next edit.
    next_edit: usize,
    /// Input offset reached.
    pos: usize,
}

impl<'a> Segments<'a> {
    fn new(map: &'a OffsetMap) -> Self {
        Self {
            map,
            next_edit: 0,
            pos: 0,
        }
    }

    fn peek(&self) -> Option<Segment> {
        match self.map.edits.get(self.next_edit) {
            Some(e) if e.in_start > self.pos => Some(Segment {
                from: e.in_start - self.pos,
                to: e.in_start - self.pos,
                ident: true,
            }),
            Some(e) => Some(Segment {
                from: e.in_end - e.in_start,
                to: e.out_end - e.out_start,
                ident: false,
            }),
            None if self.pos < self.map.input_len => Some(Segment {
                from: self.map.input_len - self.pos,
                to: self.map.input_len - self.pos,
                ident: true,
            }),
            None => None,
        }
    }

    fn advance_identity(&mut self, k: usize) {
        self.pos += k;
    }

    fn next_segment(&mut self) {
        if let Some(e) = self.map.edits.get(self.next_edit) {
            self.pos = e.in_end;
            self.next_edit += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Applies a list of (keep | replace) steps to build a map and the two texts it joins.
    fn build(steps: &[(&str, &str)]) -> (String, String, OffsetMap) {
        let mut b = OffsetMapBuilder::new();
        let (mut input, mut output) = (String::new(), String::new());
        for (i, o) in steps {
            if i == o {
                b.keep(i.len());
            } else {
                b.replace(i.len(), o.len());
            }
            input.push_str(i);
            output.push_str(o);
        }
        (input, output, b.finish())
    }

    #[test]
    fn unchanged_regions_map_exactly_in_both_directions() {
        let (input, output, map) = build(&[("وزیر ", "وزیر "), ("ك", "ک"), ("شور", "شور")]);
        let word = output.find("شور").unwrap();
        let back = map.to_input(word..output.len());
        assert_eq!(&input[back], "شور");
        assert_eq!(map.to_input(0..4), 0..4);
        assert_eq!(map.to_output(0..4), 0..4);
    }

    #[test]
    fn a_range_touching_an_edit_widens_to_the_whole_edit() {
        // "12" -> "۱۲": two 1-byte digits become two 2-byte digits, recorded separately.
        let (_, _, map) = build(&[("1", "۱"), ("2", "۲")]);
        assert_eq!(map.to_input(0..2), 0..1);
        assert_eq!(map.to_input(2..4), 1..2);
        assert_eq!(map.to_input(1..3), 0..2);
        assert_eq!(map.to_output(0..1), 0..2);
    }

    #[test]
    fn adjacent_edits_keep_their_own_spans() {
        // "??" -> "؟؟": two tokens, each must map to its own question mark.
        let (_, _, map) = build(&[("?", "؟"), ("?", "؟")]);
        assert_eq!(map.to_input(0..2), 0..1);
        assert_eq!(map.to_input(2..4), 1..2);
    }

    #[test]
    fn a_deletion_belongs_to_neither_neighbour() {
        // "ab\u{200C} cd" -> "ab cd": the ZWNJ before the space deleted.
        let (input, _, map) = build(&[("ab", "ab"), ("\u{200C}", ""), (" cd", " cd")]);
        assert_eq!(map.to_input(0..2), 0..2);
        assert_eq!(map.to_input(3..5), 6..8);
        assert_eq!(&input[map.to_input(3..5)], "cd");
        // The whole text still covers the deletion.
        assert_eq!(map.to_input(0..5), 0..8);
    }

    #[test]
    fn an_insertion_maps_to_an_empty_input_range() {
        // "19در" -> "19 در"
        let (_, _, map) = build(&[("19", "19"), ("", " "), ("در", "در")]);
        assert_eq!(map.to_input(2..3), 2..2);
        assert_eq!(map.to_input(3..7), 2..6);
        assert_eq!(map.to_input(0..2), 0..2);
    }

    #[test]
    fn empty_and_out_of_bounds_ranges_are_clamped() {
        let (_, _, map) = build(&[("ab", "ab"), ("c", "")]);
        assert_eq!(map.to_input(5..9), 3..3);
        assert_eq!(map.to_input(1..1), 1..1);
        #[allow(clippy::reversed_empty_ranges)]
        let reversed = map.to_input(2..1);
        assert_eq!(reversed, 3..3);
    }

    #[test]
    fn composing_with_identity_returns_the_other_map() {
        let (_, _, map) = build(&[("a", "b"), ("cd", "cd")]);
        let id = OffsetMap::identity(3);
        assert_eq!(map.then(&id).unwrap(), map);
        assert_eq!(id.then(&map).unwrap(), map);
    }

    #[test]
    fn composing_maps_of_mismatched_lengths_is_an_error() {
        let err = OffsetMap::identity(3)
            .then(&OffsetMap::identity(4))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "cannot compose offset maps: the first produces 3 bytes but the second reads 4"
        );
    }

    #[test]
    fn overlapping_edits_of_two_passes_merge() {
        // Pass 1: "abcd" -> "aXd" (bc -> X). Pass 2: "aXd" -> "aYZ" (Xd -> YZ).
        let (_, _, first) = build(&[("a", "a"), ("bc", "X"), ("d", "d")]);
        let (_, _, second) = build(&[("a", "a"), ("Xd", "YZ")]);
        let both = first.then(&second).unwrap();
        assert_eq!(both.edits().collect::<Vec<_>>(), vec![(1..4, 1..3)]);
        assert_eq!((both.input_len(), both.output_len()), (4, 3));
    }

    #[test]
    fn composition_keeps_separate_edits_separate() {
        // Pass 1 deletes at 1, pass 2 replaces the last byte.
        let (_, _, first) = build(&[("a", "a"), ("-", ""), ("bc", "bc")]);
        let (_, _, second) = build(&[("ab", "ab"), ("c", "C")]);
        let both = first.then(&second).unwrap();
        assert_eq!(
            both.edits().collect::<Vec<_>>(),
            vec![(1..2, 1..1), (3..4, 2..3)]
        );
    }
}
