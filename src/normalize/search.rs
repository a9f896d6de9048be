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

#[inline]
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

#[cfg(test)]
mod tests {
    use super::*;

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
