//! Byte- and character-class tables for the tokenizers.
//!
//! The hot loops never decode UTF-8 for the common cases: ASCII bytes are classified by a
//! 128-entry table and two-byte characters of U+0600–U+07FF (lead bytes `0xD8..=0xDF`, the
//! whole Arabic block and its supplement) by a 512-entry table indexed by the lead and trail
//! bytes. Both tables are computed at compile time from the shared [`crate::chars`] classes.
//! Every other character goes through [`class_of`], a `match` over code points.

use crate::chars;

/// What a character is, as far as splitting text into tokens goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Unicode `White_Space`: always a token boundary.
    Space,
    /// Invisible formatting and control characters (ZWNJ, ZWJ, bidi marks, BOM, soft hyphen,
    /// C0/C1 controls): inside a word they belong to it, between tokens they are skipped like
    /// spaces.
    Ignorable,
    /// A letter of the Arabic script, kashida included.
    Arabic,
    /// A combining mark (harakat, Latin accents, variation selectors…).
    Mark,
    /// A decimal digit of the ASCII, Arabic-Indic or Persian set.
    Digit,
    /// An ASCII letter.
    Ascii,
    /// A letter or digit of any other script (é, Cyrillic, CJK, Devanagari digits…).
    OtherAlnum,
    /// Punctuation: one token per character.
    Punct,
    /// Any other visible character: one token per character, or part of an emoji sequence.
    Symbol,
}

/// Class of every ASCII byte.
pub(crate) static ASCII: [Class; 128] = ascii_table();

const fn ascii_table() -> [Class; 128] {
    let mut t = [Class::Ignorable; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = match b as u8 {
            b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => Class::Space,
            0..=0x1F | 0x7F => Class::Ignorable,
            b'0'..=b'9' => Class::Digit,
            b'a'..=b'z' | b'A'..=b'Z' => Class::Ascii,
            b'$' | b'+' | b'<' | b'=' | b'>' | b'^' | b'`' | b'|' | b'~' => Class::Symbol,
            _ => Class::Punct,
        };
        b += 1;
    }
    t
}

/// Class of every two-byte character U+0600–U+07FF, indexed by
/// `(lead - 0xD8) * 64 + (trail & 0x3F)`.
static ARABIC_2B: [Class; 512] = arabic_table();

const fn arabic_table() -> [Class; 512] {
    let mut t = [Class::Symbol; 512];
    let mut i = 0;
    while i < 512 {
        // Every value in 0x600..0x800 is a valid scalar value.
        if let Some(c) = char::from_u32(0x600 + i as u32) {
            t[i] = if c == '\u{61C}' {
                Class::Ignorable
            } else if chars::is_digit(c) {
                Class::Digit
            } else if chars::is_arabic_script_letter(c)
                || matches!(c, chars::KASHIDA | '\u{6E5}' | '\u{6E6}')
            {
                // Small waw and small yeh (U+06E5, U+06E6) are modifier letters.
                Class::Arabic
            } else if is_mark(c) {
                Class::Mark
            } else if is_punct(c) {
                Class::Punct
            } else if matches!(c, '\u{710}'..='\u{74F}' | '\u{780}'..='\u{7B1}' | '\u{7C0}'..='\u{7F5}' | '\u{7FA}' | '\u{7FD}')
            {
                // Syriac, Thaana and N'Ko letters, digits and marks.
                Class::OtherAlnum
            } else {
                Class::Symbol
            };
        }
        i += 1;
    }
    t
}

/// Whether each two-byte character U+0600–U+07FF continues an Arabic-script word (a letter or
/// a mark), indexed like [`ARABIC_2B`].
static WORD_2B: [bool; 512] = word_table();

const fn word_table() -> [bool; 512] {
    let classes = arabic_table();
    let mut t = [false; 512];
    let mut i = 0;
    while i < 512 {
        t[i] = matches!(classes[i], Class::Arabic | Class::Mark);
        i += 1;
    }
    t
}

/// Whether the two-byte character `lead` (`0xD8..=0xDF`), `trail` continues an Arabic-script
/// word.
#[inline(always)]
pub(crate) fn word_2b(lead: u8, trail: u8) -> bool {
    WORD_2B[((lead as usize & 0x07) << 6) | (trail as usize & 0x3F)]
}

/// The class of the two-byte character starting with `lead` (`0xD8..=0xDF`) and `trail`.
#[inline(always)]
pub(crate) fn arabic_2b(lead: u8, trail: u8) -> Class {
    ARABIC_2B[((lead as usize & 0x07) << 6) | (trail as usize & 0x3F)]
}

/// The class of any character.
#[inline]
pub(crate) fn class_of(c: char) -> Class {
    if c.is_ascii() {
        ASCII[c as usize]
    } else if ('\u{600}'..'\u{800}').contains(&c) {
        ARABIC_2B[c as usize - 0x600]
    } else if c.is_whitespace() {
        Class::Space
    } else if is_ignorable(c) {
        Class::Ignorable
    } else if chars::is_arabic_script_letter(c) || is_presentation_letter(c) {
        Class::Arabic
    } else if is_mark(c) {
        Class::Mark
    } else if is_punct(c) {
        Class::Punct
    } else if c.is_alphanumeric() {
        Class::OtherAlnum
    } else {
        Class::Symbol
    }
}

/// Invisible characters that never make a token on their own: C1 controls, ZWNJ, ZWJ, the
/// bidi controls and the other invisible formatting characters of [`chars::is_invisible_noise`],
/// WORD JOINER and friends, and the Mongolian vowel separator.
pub(crate) const fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{80}'..='\u{9F}' | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{180E}')
        || chars::is_invisible_noise(c)
}

/// Arabic presentation forms of letters and ligatures (U+FB50–U+FDFB except the ornate
/// parentheses, U+FE70–U+FEFC): legacy encodings that raw web text still contains. The rial
/// sign ﷼ (U+FDFC) and the bismillah ligature (U+FDFD) are symbols.
const fn is_presentation_letter(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FD3D}' | '\u{FD40}'..='\u{FDFB}' | '\u{FE70}'..='\u{FEFC}')
}

/// Combining marks: Arabic harakat and Quranic marks, Latin combining diacritics, Hebrew
/// points, the combining marks of symbols, variation selectors and half marks.
pub(crate) const fn is_mark(c: char) -> bool {
    chars::is_arabic_mark(c)
        || matches!(c,
            '\u{0300}'..='\u{036F}'
            | '\u{0483}'..='\u{0489}'
            | '\u{0591}'..='\u{05BD}'
            | '\u{05BF}' | '\u{05C1}' | '\u{05C2}' | '\u{05C4}' | '\u{05C5}' | '\u{05C7}'
            | '\u{08CA}'..='\u{08E1}'
            | '\u{08E3}'..='\u{08FF}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FE20}'..='\u{FE2F}'
            | '\u{E0100}'..='\u{E01EF}'
        )
}

/// Punctuation outside ASCII: the Latin-1 marks, Arabic comma, semicolon, question mark,
/// percent sign, decimal and thousands separators and star, General Punctuation (dashes,
/// quotes, ellipsis, per mille…), CJK, small and full-width punctuation.
pub(crate) const fn is_punct(c: char) -> bool {
    matches!(c,
        '\u{A1}' | '\u{A7}' | '\u{AB}' | '\u{B6}' | '\u{B7}' | '\u{BB}' | '\u{BF}'
        | '\u{37E}' | '\u{387}'
        | '\u{55A}'..='\u{55F}' | '\u{589}' | '\u{58A}'
        | '\u{5BE}' | '\u{5C0}' | '\u{5C3}' | '\u{5C6}' | '\u{5F3}' | '\u{5F4}'
        | '\u{609}' | '\u{60A}' | '\u{60C}' | '\u{60D}' | '\u{61B}' | '\u{61D}'..='\u{61F}'
        | '\u{66A}'..='\u{66D}' | '\u{6D4}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{2043}'
        | '\u{2045}'..='\u{2051}'
        | '\u{2053}'..='\u{205E}'
        | '\u{207D}' | '\u{207E}' | '\u{208D}' | '\u{208E}'
        | '\u{2308}'..='\u{230B}' | '\u{2329}' | '\u{232A}'
        | '\u{2768}'..='\u{2775}' | '\u{27C5}' | '\u{27C6}' | '\u{27E6}'..='\u{27EF}'
        | '\u{2983}'..='\u{2998}' | '\u{29D8}'..='\u{29DB}' | '\u{29FC}' | '\u{29FD}'
        | '\u{2E00}'..='\u{2E2E}' | '\u{2E30}'..='\u{2E4F}'
        | '\u{3001}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301F}'
        | '\u{FD3E}' | '\u{FD3F}'
        | '\u{FE10}'..='\u{FE19}' | '\u{FE30}'..='\u{FE52}' | '\u{FE54}'..='\u{FE61}'
        | '\u{FE63}' | '\u{FE68}' | '\u{FE6A}' | '\u{FE6B}'
        | '\u{FF01}'..='\u{FF03}' | '\u{FF05}'..='\u{FF0A}' | '\u{FF0C}'..='\u{FF0F}'
        | '\u{FF1A}' | '\u{FF1B}' | '\u{FF1F}' | '\u{FF20}' | '\u{FF3B}'..='\u{FF3D}'
        | '\u{FF3F}' | '\u{FF5B}' | '\u{FF5D}' | '\u{FF5F}'..='\u{FF65}'
    )
}

/// Whether `c` starts an emoji whatever follows it: pictographs of the Supplementary
/// Multilingual Plane (U+1F000–U+1FAFF) and the Miscellaneous Symbols and Dingbats that are
/// pictographic (music notes, circled digits and arrows of U+2669–U+266C and
/// U+2776–U+27BE are not).
pub(crate) const fn is_emoji_base(c: char) -> bool {
    matches!(c, '\u{1F000}'..='\u{1FAFF}' | '\u{2600}'..='\u{2668}' | '\u{266D}'..='\u{2775}' | '\u{27BF}')
        || matches!(
            c,
            '\u{231A}' | '\u{231B}' | '\u{23E9}'
                ..='\u{23EC}'
                    | '\u{23F0}'
                    | '\u{23F3}'
                    | '\u{25FD}'
                    | '\u{25FE}'
                    | '\u{2B1B}'
                    | '\u{2B1C}'
                    | '\u{2B50}'
                    | '\u{2B55}'
        )
}

/// Whether `c` is an emoji when followed by VARIATION SELECTOR-16 (U+FE0F) or joined into a
/// ZWJ sequence: ©, ®, ‼, ⁉, ™, ℹ, arrows, ⌨, the media symbols, geometric shapes and the
/// other text-default pictographs.
pub(crate) const fn is_emoji_with_selector(c: char) -> bool {
    is_emoji_base(c)
        || matches!(c,
            '\u{A9}' | '\u{AE}' | '\u{203C}' | '\u{2049}' | '\u{2122}' | '\u{2139}'
            | '\u{2194}'..='\u{2199}' | '\u{21A9}' | '\u{21AA}' | '\u{2328}' | '\u{23CF}'
            | '\u{23E9}'..='\u{23FA}' | '\u{24C2}' | '\u{25AA}' | '\u{25AB}' | '\u{25B6}'
            | '\u{25C0}' | '\u{25FB}'..='\u{25FE}' | '\u{2700}'..='\u{27BF}'
            | '\u{2934}' | '\u{2935}' | '\u{2B05}'..='\u{2B07}' | '\u{3030}' | '\u{303D}'
            | '\u{3297}' | '\u{3299}'
        )
}

/// Regional indicator symbols: two of them make a flag.
pub(crate) const fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}

/// Characters that extend an emoji: variation selectors, skin-tone modifiers, the combining
/// enclosing keycap and tag characters.
pub(crate) const fn is_emoji_extender(c: char) -> bool {
    matches!(c, '\u{FE0E}' | '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{20E3}' | '\u{E0020}'..='\u{E007F}')
}

/// The first character of `s`, if any.
#[inline]
pub(crate) fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

/// The character of `text` that starts at byte `i` and its length, decoding only when the byte
/// is not ASCII. `i` must be a char boundary.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        return Some((b as char, 1));
    }
    let c = first_char(text.get(i..)?)?;
    Some((c, c.len_utf8()))
}

/// The character of `text` that ends at byte `i`. `i` must be a char boundary.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn const_tables_agree_with_char_properties() {
        for cp in 0..0x3_0000u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let class = class_of(c);
            assert_eq!(class == Class::Space, c.is_whitespace(), "U+{cp:04X}");
            if class == Class::Digit {
                assert!(chars::is_digit(c), "U+{cp:04X}");
            }
            if c.is_alphanumeric() && !matches!(class, Class::Arabic | Class::Digit) {
                // Letters of other scripts may be marks (Indic vowel signs) but never
                // punctuation, symbols or spaces.
                assert!(
                    matches!(class, Class::Ascii | Class::OtherAlnum | Class::Mark),
                    "U+{cp:04X} is {class:?}"
                );
            }
        }
    }

    #[test]
    fn two_byte_table_is_indexed_by_lead_and_trail_bytes() {
        for cp in 0x600..0x800u32 {
            let c = char::from_u32(cp).unwrap();
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf).as_bytes();
            let class = arabic_2b(s[0], s[1]);
            if chars::is_arabic_script_letter(c) {
                assert_eq!(class, Class::Arabic, "U+{cp:04X}");
            } else if chars::is_arabic_mark(c) {
                assert_eq!(class, Class::Mark, "U+{cp:04X}");
            } else if chars::is_digit(c) {
                assert_eq!(class, Class::Digit, "U+{cp:04X}");
            }
        }
    }

    #[test]
    fn persian_characters_fall_in_the_expected_classes() {
        for (c, class) in [
            ('ی', Class::Arabic),
            ('ـ', Class::Arabic),
            ('\u{064E}', Class::Mark),
            ('۴', Class::Digit),
            ('٤', Class::Digit),
            ('،', Class::Punct),
            ('؟', Class::Punct),
            ('٫', Class::Punct),
            ('«', Class::Punct),
            ('…', Class::Punct),
            ('\u{200C}', Class::Ignorable),
            ('\u{200F}', Class::Ignorable),
            ('\u{A0}', Class::Space),
            ('ﻻ', Class::Arabic),
            ('﷼', Class::Symbol),
            ('$', Class::Symbol),
            ('é', Class::OtherAlnum),
        ] {
            assert_eq!(class_of(c), class, "{c} U+{:04X}", c as u32);
        }
    }
}
