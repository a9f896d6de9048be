//! The search fold: a lossy canonical form of Persian text for matching, with its offset map.
//!
//! The entity extractors do not match on the user's text, nor on the editor-style output of
//! the [`Normalizer`](super::Normalizer): they match on a shadow copy in which every spelling
//! variant that news text mixes collapses to one form, so that a gazetteer entry or a grammar
//! rule needs to be written once. The [`OffsetMap`] carries every match back to the original.
//!
//! [`fold_for_search`] documents the folds in a table. Everything else (punctuation, Latin letters, symbols) is copied unchanged. A removed mark
//! is attached to the letter before it, so mapping a match back covers the whole written word.
//!
//! ```
//! use pardaz::normalize::fold_for_search;
//!
//! let raw = "وزير  ارتباطات\u{200C}ها در ۱۲ مهر";
//! let folded = fold_for_search(raw);
//! assert_eq!(folded.text, "وزیر ارتباطات ها در 12 مهر");
//! let at = folded.text.find("12").unwrap();
//! let back = folded.map.to_input(at..at + 2);
//! assert_eq!(&raw[back], "۱۲");
//! ```

use super::classes::presentation_form;
use super::offsets::{OffsetMap, OffsetMapBuilder};
use crate::chars;

/// A text in search form with the map back to the text it was folded from.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchText {
    /// The folded text.
    pub text: String,
    /// Maps byte ranges of [`text`](Self::text) back to the original (and forward).
    pub map: OffsetMap,
}

/// What the fold does with one character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Fold {
    Keep,
    To(char),
    /// A presentation form: its decomposition, folded char by char (marks dropped).
    Decompose(&'static str),
    /// Dropped, and part of the previous letter's span.
    Drop,
    /// A word separator: part of a whitespace run.
    Space,
    Newline,
}

/// The fold of a character of the Arabic block (U+0600–U+06FF): the hot path, one table
/// lookup per letter.
static ARABIC_BLOCK: [Fold; 256] = {
    let mut table = [Fold::Keep; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32) {
            table[i] = fold_arabic(c);
        }
        i += 1;
    }
    table
};

/// The fold of a non-ASCII character that is not a presentation form or a space.
const fn fold_arabic(c: char) -> Fold {
    match c {
        'ي' | 'ى' | 'ې' | 'ۍ' | 'ێ' | 'ئ' | 'ے' | 'ۓ' => Fold::To('ی'),
        'ك' | 'ڪ' | 'ګ' | 'ڬ' | 'ڭ' | 'ڮ' => Fold::To('ک'),
        'ھ' | 'ە' | 'ۀ' | 'ۂ' | 'ة' | 'ۃ' => Fold::To('ه'),
        'آ' | 'أ' | 'إ' | 'ٱ' | 'ٲ' | 'ٳ' => Fold::To('ا'),
        'ؤ' | 'ۄ' => Fold::To('و'),
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => match chars::digit_value(c) {
            Some(v) => Fold::To((b'0' + v) as char),
            None => Fold::Keep,
        },
        chars::KASHIDA => Fold::Drop,
        _ if chars::is_arabic_mark(c) || chars::is_invisible_noise(c) => Fold::Drop,
        _ => Fold::Keep,
    }
}

/// The fold of any character (the slow path; ASCII and the Arabic block are tabled).
fn fold_char(c: char) -> Fold {
    if c.is_ascii() {
        return match c {
            ' ' | '\t' | '\r' | '\x0B' | '\x0C' => Fold::Space,
            '\n' => Fold::Newline,
            _ => Fold::Keep,
        };
    }
    match c {
        '\u{0600}'..='\u{06FF}' => ARABIC_BLOCK[c as usize - 0x0600],
        chars::ZWNJ | '\u{200B}' => Fold::Space,
        chars::ZWJ => Fold::Drop,
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Fold::Newline,
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}' => match presentation_form(c) {
            Some(base) => Fold::Decompose(base),
            None => fold_arabic(c),
        },
        _ if c.is_whitespace() => Fold::Space,
        _ => fold_arabic(c),
    }
}

/// The fold of the character starting at byte `i` of `text` (a char boundary), and its length.
#[inline(always)]
fn fold_at(text: &str, i: usize) -> (Fold, usize) {
    let bytes = text.as_bytes();
    match bytes.get(i) {
        Some(&b) if b < 0x80 => (
            match b {
                b' ' | b'\t' | b'\r' | 0x0B | 0x0C => Fold::Space,
                b'\n' => Fold::Newline,
                _ => Fold::Keep,
            },
            1,
        ),
        Some(&b @ 0xD8..=0xDB) => {
            let low = bytes.get(i + 1).map_or(0, |&x| usize::from(x & 0x3F));
            (ARABIC_BLOCK[(usize::from(b & 0x03) << 6) | low], 2)
        }
        _ => match text.get(i..).and_then(|rest| rest.chars().next()) {
            Some(c) => (fold_char(c), c.len_utf8()),
            None => (Fold::Keep, 1),
        },
    }
}

/// Folds `text` into its search form:
///
/// | input | search form |
/// |---|---|
/// | ي ى ې ۍ ێ ئ ے | ی |
/// | ك ڪ ګ | ک |
/// | ھ ە ۀ ۂ ة ۃ, and ه followed by hamza above | ه |
/// | آ أ إ ٱ ٲ ٳ | ا |
/// | ؤ | و |
/// | ٠–٩, ۰–۹ | 0–9 |
/// | diacritics (U+064B–U+065F, U+0670 …), kashida, BOM, LRM/RLM, bidi controls, soft hyphen, ZWJ | removed |
/// | ZWNJ, ZWSP, NBSP and every run of whitespace | one space (a newline if the run holds one) |
///
/// Runs in one pass. Every replacement is as long as what it replaces or shorter, so the
/// output never needs more bytes than the input.
///
/// ```
/// use pardaz::normalize::fold_for_search;
///
/// let folded = fold_for_search("رئيس‌جمهور  گفت");
/// assert_eq!(folded.text, "رییس جمهور گفت");
/// ```
pub fn fold_for_search(text: &str) -> SearchText {
    let mut folder = Folder {
        text,
        out: String::with_capacity(text.len()),
        map: OffsetMapBuilder::new(),
        run: 0,
    };
    let len = text.len();
    let mut i = 0;
    // Start of the last character copied unchanged, if it is still in the pending run: the
    // unit a following mark attaches to.
    let mut last_kept: Option<usize> = None;
    let bytes = text.as_bytes();
    while i < len {
        // Fast path for most of a text: a character copied unchanged, or a lone space before
        // one (what `space_run` leaves in the unchanged run), only moves along.
        match bytes.get(i) {
            Some(&b) if b > b' ' && b < 0x80 => {
                last_kept = Some(i);
                i += 1;
                continue;
            }
            Some(&b @ 0xD8..=0xDB) => {
                let low = bytes.get(i + 1).map_or(0, |&x| usize::from(x & 0x3F));
                if ARABIC_BLOCK[(usize::from(b & 0x03) << 6) | low] == Fold::Keep {
                    last_kept = Some(i);
                    i += 2;
                    continue;
                }
            }
            Some(&b' ')
                if !matches!(
                    fold_at(text, i + 1).0,
                    Fold::Space | Fold::Newline | Fold::Drop
                ) =>
            {
                last_kept = None;
                i += 1;
                continue;
            }
            _ => {}
        }
        let (action, n) = fold_at(text, i);
        match action {
            Fold::Keep => {
                last_kept = Some(i);
                i += n;
            }
            Fold::Space | Fold::Newline => {
                i = folder.space_run(i);
                last_kept = None;
            }
            Fold::Drop => {
                // A mark after a letter copied unchanged: the letter and its marks become one
                // edit that writes the letter alone.
                let unit_start = match last_kept.take() {
                    Some(start) => start,
                    None => i,
                };
                let end = marks_end(text, i + n);
                folder.flush_to(unit_start);
                let kept = text.get(unit_start..i).unwrap_or_default();
                folder.edit(end, kept);
                i = end;
            }
            Fold::To(to) => {
                let end = marks_end(text, i + n);
                folder.flush_to(i);
                let mut buf = [0u8; 4];
                folder.edit(end, to.encode_utf8(&mut buf));
                i = end;
                last_kept = None;
            }
            Fold::Decompose(base) => {
                let end = marks_end(text, i + n);
                folder.flush_to(i);
                let mut folded = String::with_capacity(base.len());
                for c in base.chars() {
                    match fold_char(c) {
                        Fold::Keep => folded.push(c),
                        Fold::To(to) => folded.push(to),
                        _ => {}
                    }
                }
                folder.edit(end, &folded);
                i = end;
                last_kept = None;
            }
        }
    }
    folder.flush_to(len);
    SearchText {
        text: folder.out,
        map: folder.map.finish(),
    }
}

/// The end of the run of dropped characters (marks, kashidas, invisibles) starting at `i`.
fn marks_end(text: &str, mut i: usize) -> usize {
    while i < text.len() {
        match fold_at(text, i) {
            (Fold::Drop, n) => i += n,
            _ => break,
        }
    }
    i
}

/// The output and map under construction; `run` is where the bytes copied unchanged but not
/// yet written start.
struct Folder<'a> {
    text: &'a str,
    out: String,
    map: OffsetMapBuilder,
    run: usize,
}

impl Folder<'_> {
    /// Copies the pending unchanged bytes up to `end`.
    fn flush_to(&mut self, end: usize) {
        if end > self.run {
            self.out
                .push_str(self.text.get(self.run..end).unwrap_or_default());
            self.map.keep(end - self.run);
            self.run = end;
        }
    }

    /// Records that the input from `run` to `end` became `output`.
    fn edit(&mut self, end: usize, output: &str) {
        self.out.push_str(output);
        self.map.replace(end - self.run, output.len());
        self.run = end;
    }

    /// Folds the whitespace run starting at `start` (with the ZWNJs and dropped characters
    /// inside it) into one space or newline; returns where the run ends. A single ASCII space
    /// or a lone newline stays in the unchanged run.
    fn space_run(&mut self, start: usize) -> usize {
        let mut i = start;
        let mut newline = false;
        let mut chars = 0;
        while i < self.text.len() {
            match fold_at(self.text, i) {
                (Fold::Space, n) => i += n,
                (Fold::Newline, n) => {
                    newline = true;
                    i += n;
                }
                (Fold::Drop, n) => {
                    // Counted twice so that a dropped character never looks like a lone space.
                    chars += 1;
                    i += n;
                }
                _ => break,
            }
            chars += 1;
        }
        let first = self.text.as_bytes().get(start).copied();
        let lone = chars == 1 && (first == Some(b' ') || first == Some(b'\n'));
        if !lone {
            self.flush_to(start);
            self.edit(i, if newline { "\n" } else { " " });
        }
        i
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first, char-by-char implementation of the fold (without presentation forms),
    /// kept as the reference the byte-level one must agree with.
    mod reference {
        use super::super::{OffsetMapBuilder, SearchText};
        use crate::chars;

        /// What the fold does with one character.
        #[derive(Clone, Copy, PartialEq, Eq)]
        enum Fold {
            Keep,
            To(char),
            /// Dropped, and part of the previous letter's span.
            Drop,
            /// A word separator: part of a whitespace run.
            Space,
            Newline,
        }

        fn fold_char(c: char) -> Fold {
            if c.is_ascii() {
                return match c {
                    ' ' => Fold::Space,
                    '\n' => Fold::Newline,
                    '\t' | '\r' | '\x0B' | '\x0C' => Fold::Space,
                    _ => Fold::Keep,
                };
            }
            match c {
                'ي' | 'ى' | 'ې' | 'ۍ' | 'ێ' | 'ئ' | 'ے' | 'ۓ' => Fold::To('ی'),
                'ك' | 'ڪ' | 'ګ' | 'ڬ' | 'ڭ' | 'ڮ' => Fold::To('ک'),
                'ھ' | 'ە' | 'ۀ' | 'ۂ' | 'ة' | 'ۃ' => Fold::To('ه'),
                'آ' | 'أ' | 'إ' | 'ٱ' | 'ٲ' | 'ٳ' => Fold::To('ا'),
                'ؤ' | 'ۄ' => Fold::To('و'),
                '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => match chars::digit_value(c) {
                    Some(v) => Fold::To(char::from(b'0' + v)),
                    None => Fold::Keep,
                },
                chars::ZWNJ | '\u{200B}' => Fold::Space,
                chars::KASHIDA | chars::ZWJ => Fold::Drop,
                '\u{2028}' | '\u{2029}' | '\u{0085}' => Fold::Newline,
                _ if chars::is_arabic_mark(c) || chars::is_invisible_noise(c) => Fold::Drop,
                _ if c.is_whitespace() => Fold::Space,
                _ => Fold::Keep,
            }
        }

        pub(super) fn fold_for_search(text: &str) -> SearchText {
            let mut out = String::with_capacity(text.len());
            let mut map = OffsetMapBuilder::new();
            // Bytes copied unchanged and not yet recorded in the map.
            let mut kept = 0usize;
            // A whitespace run being collected: (bytes of input, whether it holds a newline, whether
            // it is exactly one ASCII space so far).
            let mut space: Option<(usize, bool, bool)> = None;
            let mut iter = text.char_indices().peekable();
            while let Some((_, c)) = iter.next() {
                let len = c.len_utf8();
                let action = fold_char(c);
                match action {
                    Fold::Space | Fold::Newline => {
                        let run = space.get_or_insert((0, false, true));
                        run.2 = run.0 == 0 && c == ' ';
                        run.0 += len;
                        run.1 |= action == Fold::Newline;
                        continue;
                    }
                    Fold::Drop if space.is_some() => {
                        if let Some(run) = space.as_mut() {
                            run.0 += len;
                            run.2 = false;
                        }
                        continue;
                    }
                    _ => {}
                }
                if let Some((run_len, newline, single)) = space.take() {
                    flush_space(&mut out, &mut map, &mut kept, run_len, newline, single);
                }
                // A letter (kept or folded) and the marks that follow it form one unit.
                let (out_char, mut unit_len, mut changed) = match action {
                    Fold::Keep => (Some(c), len, false),
                    Fold::To(to) => (Some(to), len, true),
                    _ => (None, len, true),
                };
                while let Some(&(_, next)) = iter.peek() {
                    if fold_char(next) != Fold::Drop {
                        break;
                    }
                    unit_len += next.len_utf8();
                    changed = true;
                    iter.next();
                }
                if changed {
                    if kept > 0 {
                        map.keep(kept);
                        kept = 0;
                    }
                    let before = out.len();
                    if let Some(o) = out_char {
                        out.push(o);
                    }
                    map.replace(unit_len, out.len() - before);
                } else {
                    out.push(c);
                    kept += len;
                }
            }
            if let Some((run_len, newline, single)) = space.take() {
                flush_space(&mut out, &mut map, &mut kept, run_len, newline, single);
            }
            if kept > 0 {
                map.keep(kept);
            }
            SearchText {
                text: out,
                map: map.finish(),
            }
        }

        fn flush_space(
            out: &mut String,
            map: &mut OffsetMapBuilder,
            kept: &mut usize,
            run_len: usize,
            newline: bool,
            single: bool,
        ) {
            if single && !newline {
                out.push(' ');
                *kept += 1;
                return;
            }
            if *kept > 0 {
                map.keep(*kept);
                *kept = 0;
            }
            out.push(if newline { '\n' } else { ' ' });
            if run_len == 1 && newline {
                // A lone "\n" is copied as is.
                *kept += 1;
            } else {
                map.replace(run_len, 1);
            }
        }
    }

    use proptest::prelude::*;

    /// Text made of the characters the fold treats differently: Persian and Arabic letters,
    /// marks, digits of three scripts, spaces of several kinds, invisibles, Latin.
    fn foldable_text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "ك", "ي", "ی", "ک", "ا", "آ", "أ", "ئ", "ۀ", "ة", "ه", "\u{0654}", "\u{064E}",
            "\u{0650}", "\u{0651}", "\u{0640}", "۱", "٢", "3", " ", "  ", "\n", "\t", "\u{00A0}",
            "\u{200C}", "\u{200B}", "\u{200D}", "\u{200F}", "\u{FEFF}", "\u{00AD}", "\u{2028}",
            "a", ".", "،", "😀", "گفت", "وزیر",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn the_byte_level_fold_agrees_with_the_reference(text in foldable_text()) {
            let fast = fold_for_search(&text);
            let slow = reference::fold_for_search(&text);
            prop_assert_eq!(&fast.text, &slow.text);
            prop_assert_eq!(fast.map, slow.map);
        }

        #[test]
        fn folding_arbitrary_text_never_panics_and_maps_within_bounds(text in "\\PC{0,60}") {
            let folded = fold_for_search(&text);
            let map = &folded.map;
            prop_assert_eq!(map.input_len(), text.len());
            prop_assert_eq!(map.output_len(), folded.text.len());
            for (input, output) in map.edits() {
                prop_assert!(text.is_char_boundary(input.start) && text.is_char_boundary(input.end));
                prop_assert!(folded.text.is_char_boundary(output.start));
                prop_assert!(folded.text.is_char_boundary(output.end));
            }
        }
    }

    #[test]
    fn presentation_forms_fold_to_their_letters() {
        let raw = "\u{FEFB}زم \u{FDF2} \u{FB8F}\u{FBFE}";
        let folded = fold_for_search(raw);
        assert_eq!(folded.text, "لازم الله کی");
        assert_eq!(&raw[folded.map.to_input(0..4)], "\u{FEFB}");
    }

    #[test]
    fn arabic_yeh_and_kaf_fold_to_persian() {
        assert_eq!(fold_for_search("يك كتاب").text, "یک کتاب");
    }

    #[test]
    fn hamza_seats_and_madda_fold_to_their_bare_letters() {
        assert_eq!(
            fold_for_search("آمریکا تأکید مؤسسه رئیس").text,
            "امریکا تاکید موسسه رییس"
        );
    }

    #[test]
    fn ezafe_heh_forms_fold_to_heh() {
        assert_eq!(fold_for_search("خانۀ خانهٔ").text, "خانه خانه");
    }

    #[test]
    fn digits_of_every_script_fold_to_ascii() {
        assert_eq!(fold_for_search("۱۴۰۲/٠٥/12").text, "1402/05/12");
    }

    #[test]
    fn zwnj_and_space_runs_become_one_space() {
        assert_eq!(fold_for_search("می‌شود  \u{200C} است").text, "می شود است");
        assert_eq!(fold_for_search("الف \n ب").text, "الف\nب");
    }

    #[test]
    fn a_removed_diacritic_stays_in_its_letters_span() {
        let raw = "کتابِ خوب";
        let folded = fold_for_search(raw);
        assert_eq!(folded.text, "کتاب خوب");
        let end = folded.text.find(' ').unwrap();
        assert_eq!(&raw[folded.map.to_input(0..end)], "کتابِ");
    }

    #[test]
    fn kashida_inside_a_word_is_removed_and_spans_cover_it() {
        let raw = "تهـران";
        let folded = fold_for_search(raw);
        assert_eq!(folded.text, "تهران");
        assert_eq!(&raw[folded.map.to_input(0..folded.text.len())], raw);
    }

    #[test]
    fn clean_text_folds_to_itself_with_an_identity_map() {
        let clean = "وزیر ارتباطات گفت: 12 درصد";
        let folded = fold_for_search(clean);
        assert_eq!(folded.text, clean);
        assert!(folded.map.is_identity());
    }

    #[test]
    fn every_word_maps_back_to_its_original_spelling() {
        let raw = "رئيس\u{200F} كل  بانك مركزي";
        let folded = fold_for_search(raw);
        let mut pos = 0;
        let originals: Vec<&str> = folded
            .text
            .split(' ')
            .map(|w| {
                let r = folded.map.to_input(pos..pos + w.len());
                pos += w.len() + 1;
                &raw[r]
            })
            .collect();
        assert_eq!(originals, vec!["رئيس\u{200F}", "كل", "بانك", "مركزي"]);
    }
}
