//! Rules 1–4 inside a word: letter variants, compositions, presentation forms, diacritics and
//! kashida.
//!
//! A word is folded unit by unit. A unit is one base character and the combining marks and
//! kashidas that follow it, so a dropped diacritic is part of its letter's edit and a span of
//! the output never cuts a written letter from its marks.

use std::ops::Range;

use super::NormalizerOptions;
use super::classes::joins_next;
use super::classes::{Class, class, compose, fold_letter, presentation_form};
use super::lexicon::Lexicon;

const FATHATAN: char = '\u{064B}';
const HAMZA_ABOVE: char = '\u{0654}';

/// The rules of this module that an option set turns on.
#[derive(Clone, Copy, Debug)]
pub(crate) struct LetterRules {
    letters: bool,
    compose: bool,
    presentation: bool,
    diacritics: bool,
    kashida: bool,
}

impl LetterRules {
    /// Whether rule 1 is on (letters fold to their Persian forms).
    pub(crate) fn folds_letters(&self) -> bool {
        self.letters
    }

    pub(crate) fn new(o: &NormalizerOptions) -> Self {
        Self {
            letters: o.letters,
            compose: o.compose,
            presentation: o.presentation_forms,
            diacritics: o.diacritics,
            kashida: o.kashida,
        }
    }
}

/// The unit being built: its output and the base letter marks compose with.
struct Unit<'b> {
    buf: &'b mut String,
    /// The base as written (after earlier compositions), and where its folded form starts in
    /// `buf`.
    base: Option<(char, usize)>,
    /// A fathatan written on the letter before an alef, moved onto the alef.
    fathatan_before_alef: bool,
}

impl Unit<'_> {
    fn push_letter(&mut self, rules: LetterRules, c: char) {
        let at = self.buf.len();
        self.buf
            .push(if rules.letters { fold_letter(c) } else { c });
        self.base = Some((c, at));
    }

    fn folded_base(&self) -> Option<char> {
        self.base
            .and_then(|(_, at)| self.buf.get(at..)?.chars().next())
    }

    fn push_mark(&mut self, rules: LetterRules, m: char) {
        if let Some((raw, at)) = self.base.filter(|_| rules.compose) {
            if let Some(composed) = compose(raw, m) {
                self.buf.truncate(at);
                self.push_letter(rules, composed);
                return;
            }
        }
        let base = self.folded_base();
        let keep = match m {
            // Ezafe on a silent heh (هٔ) is orthographic.
            HAMZA_ABOVE if base == Some('ه') => true,
            // Tanwin on alef (حتماً) is part of the spelling.
            FATHATAN if base == Some('ا') => true,
            FATHATAN if rules.diacritics => {
                self.fathatan_before_alef = true;
                false
            }
            _ => !rules.diacritics,
        };
        if keep {
            self.buf.push(m);
        }
    }

    fn push(&mut self, rules: LetterRules, c: char) {
        match class(c) {
            Class::Mark => self.push_mark(rules, c),
            Class::Kashida if rules.kashida => {}
            Class::Letter | Class::Fold => self.push_letter(rules, c),
            _ => {
                self.buf.push(c);
                self.base = None;
            }
        }
    }
}

/// Folds `word` (a run of Arabic-script letters, marks and kashidas) unit by unit, calling
/// `f(range of the unit in word, folded unit)` for each. `buf` is scratch space.
pub(crate) fn fold_units(
    word: &str,
    rules: LetterRules,
    buf: &mut String,
    mut f: impl FnMut(Range<usize>, &str),
) {
    let mut chars = word.char_indices().peekable();
    // A fathatan dropped from the previous unit, to be written after this unit's alef.
    let mut carried_fathatan = false;
    while let Some((start, c)) = chars.next() {
        buf.clear();
        let mut unit = Unit {
            buf,
            base: None,
            fathatan_before_alef: false,
        };
        match presentation_form(c).filter(|_| rules.presentation) {
            Some(base_text) => base_text.chars().for_each(|b| unit.push(rules, b)),
            None => unit.push(rules, c),
        }
        let mut end = start + c.len_utf8();
        while let Some(&(at, m)) = chars.peek() {
            if !matches!(class(m), Class::Mark | Class::Kashida) {
                break;
            }
            unit.push(rules, m);
            end = at + m.len_utf8();
            chars.next();
        }
        if carried_fathatan && unit.folded_base() == Some('ا') && !word[end..].starts_with(FATHATAN)
        {
            unit.buf.push(FATHATAN);
        }
        carried_fathatan =
            unit.fathatan_before_alef && chars.peek().is_some_and(|&(_, n)| n == 'ا' || n == 'ٱ');
        f(start..end, unit.buf);
    }
}

/// Whether every character of `word` is a letter already in its Persian form (so that no
/// rule of this module changes it).
#[inline]
pub(crate) fn is_clean_word(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() % 2 == 0
        && b.chunks_exact(2)
            .all(|pair| super::classes::is_persian_letter(pair[0], pair[1]))
}

/// Appends the folded form of `word` to `out`.
pub(crate) fn fold_word_into(word: &str, rules: LetterRules, out: &mut String) {
    if is_clean_word(word) {
        out.push_str(word);
        return;
    }
    let mut buf = String::new();
    fold_units(word, rules, &mut buf, |_, s| out.push_str(s));
}

/// The folded form of `word`: borrowed when no rule changes it.
pub(crate) fn fold_word(word: &str, rules: LetterRules) -> std::borrow::Cow<'_, str> {
    if is_clean_word(word) {
        return std::borrow::Cow::Borrowed(word);
    }
    let mut out = String::new();
    fold_word_into(word, rules, &mut out);
    std::borrow::Cow::Owned(out)
}

/// The folded written word that starts at `start` : letters separated only
/// by what the normalizer deletes count as one word, as they will after normalization.
pub(crate) fn written_word_after(text: &str, start: usize, rules: LetterRules) -> String {
    let mut raw = String::new();
    let mut word = String::new();
    // After a skipped separator, a lone mark is a token of its own (that folds to nothing).
    let mut after_gap = false;
    // The character before was a ZWNJ (or a mark of direction) that was judged deletable:
    // the same judgement holds for one right after it (the copula test skips them all), so
    // a run of them costs one test, not one per character.
    let mut gap_judged = false;
    for (i, c) in text[start..].char_indices() {
        let kind = class(c);
        if gap_judged && matches!(kind, Class::Joiner | Class::Noise) {
            continue;
        }
        gap_judged = false;
        match kind {
            Class::Letter | Class::Fold => {
                raw.push(c);
                after_gap = false;
            }
            Class::Mark | Class::Kashida if !after_gap => raw.push(c),
            // A mark that starts a token has no letter to sit on: it goes.
            Class::Mark | Class::Kashida => {}
            Class::Noise if !matches!(c, '\u{200E}' | '\u{200F}') => after_gap = true,
            // A ZWNJ after a non-joining letter goes, except before the copula, which becomes
            // a word of its own.
            Class::Joiner | Class::Noise => {
                gap_judged = true;
                word.clear();
                fold_word_into(&raw, rules, &mut word);
                let after_non_joining = word
                    .chars()
                    .rev()
                    .find(|&l| class(l) != Class::Mark)
                    .is_some_and(|l| !joins_next(l));
                if !after_non_joining
                    || starts_with_copula(&text[start + i + c.len_utf8()..], rules)
                {
                    break;
                }
                after_gap = true;
            }
            _ => break,
        }
        if raw.len() > 96 {
            break;
        }
    }
    word.clear();
    fold_word_into(&raw, rules, &mut word);
    word
}

/// Whether `text` starts with the word است (as folded).
fn starts_with_copula(text: &str, rules: LetterRules) -> bool {
    let text = text.trim_start_matches(|c| matches!(class(c), Class::Joiner | Class::Noise));
    let end = text
        .char_indices()
        .find(|&(_, c)| {
            !matches!(
                class(c),
                Class::Letter | Class::Fold | Class::Mark | Class::Kashida
            )
        })
        .map_or(text.len(), |(i, _)| i);
    end <= 32 && fold_word(&text[..end], rules) == "است"
}

/// Where a ZWNJ goes inside the word `token` (whose folded text is `word`), judged on the
/// whole written word (a ZWNJ after a non-joining letter or a soft hyphen inside it is deleted,
/// so what follows is part of it): after the verbal prefix of a verb written glued to it
/// (میشود → می‌شود), or before a plural written glued to a silent heh (رسانهها → رسانه‌ها).
pub(crate) fn glued_split(
    lex: &Lexicon,
    text: &str,
    token: std::ops::Range<usize>,
    word: &str,
    rules: LetterRules,
) -> Option<usize> {
    let at = if continues_across_gap(text, token.end, word) {
        lex.glued_split(&written_word_after(text, token.start, rules))
    } else {
        lex.glued_split(word)
    };
    at.filter(|&at| at < word.len())
}

/// Whether the word `word` that ends at `end` continues after an invisible separator that
/// the normalizer deletes: a soft hyphen or another invisible mark, or a ZWNJ after a
/// non-joining letter.
#[inline]
pub(crate) fn continues_across_gap(text: &str, end: usize, word: &str) -> bool {
    continued_after_gap(text, end)
        && (text[end..].starts_with(|c| class(c) == Class::Noise)
            || !word
                .chars()
                .rev()
                .find(|&l| class(l) != Class::Mark)
                .is_some_and(joins_next))
}

/// Whether an invisible separator (which a pass may delete) follows at `end`.
#[inline]
pub(crate) fn continued_after_gap(text: &str, end: usize) -> bool {
    text.as_bytes().get(end).is_some_and(|&b| b >= 0x80)
        && text[end..]
            .chars()
            .next()
            .is_some_and(|c| matches!(class(c), Class::Joiner | Class::Noise))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(word: &str) -> String {
        let mut out = String::new();
        fold_word_into(
            word,
            LetterRules::new(&NormalizerOptions::default()),
            &mut out,
        );
        out
    }

    #[test]
    fn decomposed_hamza_on_arabic_yeh_composes_before_folding() {
        assert_eq!(fold("مسي\u{0654}ول"), "مسئول");
        assert_eq!(fold("مسی\u{0654}ول"), "مسئول");
    }

    #[test]
    fn fathatan_on_the_letter_before_alef_moves_onto_the_alef() {
        assert_eq!(fold("حتم\u{064B}ا"), "حتما\u{064B}");
        assert_eq!(fold("حتما\u{064B}"), "حتما\u{064B}");
    }

    #[test]
    fn units_cover_a_letter_and_its_marks() {
        let mut units = Vec::new();
        let mut buf = String::new();
        let rules = LetterRules::new(&NormalizerOptions::default());
        fold_units("کِتـاب", rules, &mut buf, |r, s| {
            units.push((r, s.to_string()))
        });
        assert_eq!(
            units,
            vec![
                (0..4, "ک".to_string()),
                (4..8, "ت".to_string()),
                (8..10, "ا".to_string()),
                (10..12, "ب".to_string()),
            ]
        );
    }

    #[test]
    fn presentation_ligature_keeps_its_hamza() {
        assert_eq!(fold("\u{FEF7}"), "لأ");
        assert_eq!(fold("\u{FEF5}"), "لآ");
    }

    #[test]
    fn a_run_of_zwnjs_after_a_non_joining_letter_is_judged_as_one() {
        let rules = LetterRules::new(&NormalizerOptions::default());
        for (text, written) in [
            ("کتابدار\u{200c}ها", "کتابدارها"),
            ("کتابدار\u{200c}\u{200c}\u{200c}ها", "کتابدارها"),
            ("کتابدار\u{200c}\u{200e}\u{200c}ها", "کتابدارها"),
            // Before the copula the word ends, however many ZWNJs there are.
            ("کتابدار\u{200c}است", "کتابدار"),
            ("کتابدار\u{200c}\u{200c}\u{200c}است", "کتابدار"),
            // A mark between two ZWNJs is judged again.
            ("کتابدار\u{200c}\u{064e}\u{200c}است", "کتابدار"),
        ] {
            assert_eq!(written_word_after(text, 0, rules), written, "{text:?}");
        }
        // A long run costs one judgement (each was judged against all those after it).
        let long = format!("را{}است", "\u{200c}".repeat(100_000));
        assert_eq!(written_word_after(&long, 0, rules), "را");
    }
}
