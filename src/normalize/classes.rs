//! Character classes of the normalizer and the per-letter tables of rules 1–3.
//!
//! The Arabic block (U+0600–U+06FF) holds almost every character of Persian text, so its classes
//! sit in a 256-entry table built at compile time: the hot loops look a class up with one index
//! computed from the two UTF-8 bytes, without decoding a `char`.

use super::presentation_table::PRESENTATION_FORMS;
use crate::chars;

/// What a character is, for the lexer and the word folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Horizontal whitespace: SPACE, TAB, NBSP and the other `Zs` spaces.
    Space,
    /// A line break: LF, CR, VT, FF, NEL, LINE/PARAGRAPH SEPARATOR.
    Newline,
    /// ZWNJ or ZERO WIDTH SPACE.
    Joiner,
    /// Invisible formatting with no meaning in running text (BOM, LRM, RLM, SHY, …, ZWJ).
    Noise,
    /// An Arabic-script letter already in its Persian form.
    Letter,
    /// An Arabic-script letter with another Persian form (ي ك ھ ٱ…), or a presentation form.
    Fold,
    /// An Arabic combining mark (harakat, shadda, hamza above…).
    Mark,
    /// ARABIC TATWEEL (kashida).
    Kashida,
    /// A decimal digit of any of the three scripts.
    Digit,
    /// A letter of another script (Latin, Cyrillic, Greek, CJK…) or a mark attached to one.
    Foreign,
    /// Punctuation the spacing rules know about.
    Punct,
    /// Anything else: symbols, emoji, controls.
    Other,
}

const fn arabic_block_class(c: char) -> Class {
    match c {
        '\u{060C}' | '\u{060D}' | '\u{061B}' | '\u{061D}'..='\u{061F}' => Class::Punct,
        '\u{066A}'..='\u{066D}' | '\u{06D4}' => Class::Punct,
        '\u{061C}' => Class::Noise,
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' => Class::Mark,
        '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}' => Class::Mark,
        '\u{0640}' => Class::Kashida,
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => Class::Digit,
        _ if fold_letter(c) as u32 != c as u32 => Class::Fold,
        _ if chars::is_arabic_script_letter(c) => Class::Letter,
        _ => Class::Other,
    }
}

const fn build_arabic_table() -> [Class; 256] {
    let mut table = [Class::Other; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32) {
            table[i] = arabic_block_class(c);
        }
        i += 1;
    }
    table
}

/// Classes of U+0600–U+06FF, indexed by `code point - 0x600`.
static ARABIC: [Class; 256] = build_arabic_table();

const fn build_letter_table() -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = matches!(ARABIC[i], Class::Letter);
        i += 1;
    }
    table
}

/// Whether each character of U+0600–U+06FF is a letter already in its Persian form.
static PERSIAN_LETTER: [bool; 256] = build_letter_table();

/// Whether the two bytes `lead`, `cont` encode an Arabic-block letter already in its Persian
/// form (any bytes are accepted; `cont` must follow `lead` in valid UTF-8).
#[inline(always)]
pub(crate) fn is_persian_letter(lead: u8, cont: u8) -> bool {
    // `&`, not `&&`: both halves are cheap, and the scan loops stay free of branches.
    (lead & 0xFC == 0xD8) & PERSIAN_LETTER[(((lead & 0x03) as usize) << 6) | (cont & 0x3F) as usize]
}

/// [`pair_flags`]: the two bytes are a letter already in its Persian form.
pub(crate) const PAIR_LETTER: u8 = 1;
/// [`pair_flags`]: the two bytes are ه.
pub(crate) const PAIR_HEH: u8 = 2;
/// [`pair_flags`]: the two bytes are م.
pub(crate) const PAIR_MIM: u8 = 4;
/// [`pair_flags`]: the two bytes are ی.
pub(crate) const PAIR_YEH: u8 = 8;
/// [`pair_flags`]: the two bytes are ا.
pub(crate) const PAIR_ALEF: u8 = 16;

const fn build_pair_table() -> [u8; 1 << 16] {
    let mut table = [0u8; 1 << 16];
    let mut lead = 0xD8;
    while lead <= 0xDB {
        let mut cont = 0x80;
        while cont <= 0xBF {
            let i = ((lead & 0x03) << 6) | (cont & 0x3F);
            let mut flags = 0;
            if PERSIAN_LETTER[i] {
                flags |= PAIR_LETTER;
            }
            if lead == 0xD9 && cont == 0x87 {
                flags |= PAIR_HEH;
            }
            if lead == 0xD9 && cont == 0x85 {
                flags |= PAIR_MIM;
            }
            if lead == 0xDB && cont == 0x8C {
                flags |= PAIR_YEH;
            }
            if lead == 0xD8 && cont == 0xA7 {
                flags |= PAIR_ALEF;
            }
            table[(cont << 8) | lead] = flags;
            cont += 1;
        }
        lead += 1;
    }
    table
}

/// [`pair_flags`] of every two bytes, indexed by the bytes read as a little-endian `u16`.
static PAIR_FLAGS: [u8; 1 << 16] = build_pair_table();

/// What the two bytes `pair` (read as a little-endian `u16`: lead byte low) are, as a letter
/// of a word: [`PAIR_LETTER`] when they encode a letter already in its Persian form
/// ([`is_persian_letter`] on valid UTF-8), with [`PAIR_HEH`], [`PAIR_MIM`], [`PAIR_YEH`] or
/// [`PAIR_ALEF`] for ه م ی ا. One load, for the scan loops.
#[inline(always)]
pub(crate) fn pair_flags(pair: u16) -> u8 {
    PAIR_FLAGS[usize::from(pair)]
}

const fn build_fold_table() -> [u16; 256] {
    let mut table = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32) {
            let f = fold_letter(c) as u32;
            if f != c as u32 && f >= 0x0600 && f < 0x0700 && matches!(ARABIC[i], Class::Fold) {
                // The two UTF-8 bytes of the folded letter.
                table[i] = ((0xC0 | (f >> 6)) << 8 | (0x80 | (f & 0x3F))) as u16;
            }
        }
        i += 1;
    }
    table
}

/// For each Arabic-block letter with a Persian form in the same block (ي → ی, ك → ک…), the
/// two UTF-8 bytes of that form (lead, continuation); 0 for every other character.
static FOLDED: [u16; 256] = build_fold_table();

/// The two UTF-8 bytes of the Persian form of the Arabic-block letter `lead`, `cont` (rule 1),
/// when it has one in the same block.
#[inline(always)]
pub(crate) fn folded_letter(lead: u8, cont: u8) -> Option<[u8; 2]> {
    if lead & 0xFC != 0xD8 {
        return None;
    }
    let f = FOLDED[(((lead & 0x03) as usize) << 6) | (cont & 0x3F) as usize];
    (f != 0).then(|| f.to_be_bytes())
}

/// The class of a character of the Arabic block from its two UTF-8 bytes (`lead` in
/// 0xD8..=0xDB).
#[inline(always)]
pub(crate) fn arabic_class(lead: u8, cont: u8) -> Class {
    ARABIC[(((lead & 0x03) as usize) << 6) | (cont & 0x3F) as usize]
}

/// Classes of the ASCII characters.
const fn ascii_class(b: u8) -> Class {
    match b {
        b' ' | b'\t' => Class::Space,
        b'\n' | b'\r' | 0x0B | 0x0C => Class::Newline,
        b'0'..=b'9' => Class::Digit,
        b'a'..=b'z' | b'A'..=b'Z' => Class::Foreign,
        b'!'..=b'/' | b':'..=b'@' | b'['..=b'`' | b'{'..=b'~' => Class::Punct,
        _ => Class::Other,
    }
}

const fn build_ascii_table() -> [Class; 128] {
    let mut table = [Class::Other; 128];
    let mut i = 0;
    while i < 128 {
        table[i] = ascii_class(i as u8);
        i += 1;
    }
    table
}

static ASCII: [Class; 128] = build_ascii_table();

/// The class of any character.
#[inline]
pub(crate) fn class(c: char) -> Class {
    let u = c as u32;
    if u < 0x80 {
        return ASCII[u as usize];
    }
    if (0x0600..0x0700).contains(&u) {
        return ARABIC[(u - 0x0600) as usize];
    }
    match c {
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Class::Space,
        '\u{0085}' | '\u{2028}' | '\u{2029}' => Class::Newline,
        chars::ZWNJ | '\u{200B}' => Class::Joiner,
        chars::ZWJ | '\u{2060}' => Class::Noise,
        _ if chars::is_invisible_noise(c) => Class::Noise,
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => {
            if presentation_form(c).is_some() {
                Class::Fold
            } else if matches!(c, '\u{FD3E}' | '\u{FD3F}') {
                Class::Punct
            } else {
                Class::Other
            }
        }
        _ if chars::is_arabic_mark(c) || ('\u{08D3}'..='\u{08FF}').contains(&c) => Class::Mark,
        _ if chars::is_arabic_script_letter(c) => Class::Letter,
        '«' | '»' | '…' | '–' | '—' | '‐' | '‑' | '“' | '”' | '„' | '‟' | '‘' | '’' | '‹' | '›'
        | '¡' | '¿' | '•' | '·' => Class::Punct,
        // Combining marks of other scripts stay with their letters.
        '\u{0300}'..='\u{036F}' => Class::Foreign,
        _ if c.is_alphabetic() => Class::Foreign,
        _ => Class::Other,
    }
}

/// The Persian letter for an Arabic-script letter variant (rule 1), or `c` itself.
///
/// Yeh forms → ی, kaf forms → ک, heh doachashmee / ae / heh goal → ه, alef wasla → ا, the
/// Urdu heh-goal-with-hamza → ۀ, teh marbuta goal → ة, yeh barree with hamza → ئ. Hamza seats
/// (أ ؤ ئ إ), ء, ة and ۀ are orthographic and stay.
pub(crate) const fn fold_letter(c: char) -> char {
    match c {
        '\u{0649}'
        | '\u{064A}'
        | '\u{063D}'..='\u{063F}'
        | '\u{06CD}'
        | '\u{06CE}'
        | '\u{06D0}'
        | '\u{06D1}'
        | '\u{06D2}' => chars::YEH,
        '\u{0643}' | '\u{063B}' | '\u{063C}' | '\u{06AA}'..='\u{06AE}' => chars::KAF,
        '\u{06BE}' | '\u{06C1}' | '\u{06D5}' => chars::HEH,
        '\u{0671}' => 'ا',
        '\u{06C2}' => 'ۀ',
        '\u{06C3}' => 'ة',
        '\u{06D3}' => 'ئ',
        _ => c,
    }
}

/// The composition of a base letter and a following combining mark (rule 2), as Unicode's
/// canonical composition and the Persian keyboard's yeh define it.
pub(crate) const fn compose(base: char, mark: char) -> Option<char> {
    Some(match (base, mark) {
        ('ا', '\u{0653}') => 'آ',
        ('ا', '\u{0654}') => 'أ',
        ('ا', '\u{0655}') => 'إ',
        ('و', '\u{0654}') => 'ؤ',
        ('ي' | 'ی' | 'ى', '\u{0654}') => 'ئ',
        ('\u{06D5}', '\u{0654}') => 'ۀ',
        ('\u{06C1}', '\u{0654}') => '\u{06C2}',
        ('\u{06D2}', '\u{0654}') => '\u{06D3}',
        _ => return None,
    })
}

/// The base text of an Arabic presentation form (rule 3), from the generated table.
#[inline]
pub(crate) fn presentation_form(c: char) -> Option<&'static str> {
    if !matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}') {
        return None;
    }
    PRESENTATION_FORMS
        .binary_search_by_key(&c, |&(p, _)| p)
        .ok()
        .and_then(|i| PRESENTATION_FORMS.get(i))
        .map(|&(_, s)| s)
}

const fn joins_next_slow(c: char) -> bool {
    chars::is_arabic_script_letter(c) && !chars::is_non_joining(c) && c as u32 != 'ء' as u32
}

const fn build_joining_table() -> [bool; 256] {
    let mut table = [false; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32) {
            table[i] = joins_next_slow(c);
        }
        i += 1;
    }
    table
}

/// Whether each character of U+0600–U+06FF joins the letter after it.
static JOINING: [bool; 256] = build_joining_table();

/// Whether the Arabic-block character `lead`, `cont` (two UTF-8 bytes, `lead` in
/// 0xD8..=0xDB) joins the letter after it: [`joins_next`] without decoding.
#[inline(always)]
pub(crate) fn joins_next_bytes(lead: u8, cont: u8) -> bool {
    lead & 0xFC == 0xD8 && JOINING[(((lead & 0x03) as usize) << 6) | (cont & 0x3F) as usize]
}

/// Whether `c` joins the letter after it, so that a ZWNJ after it is visible. Letters only:
/// digits, punctuation and non-joining letters return false.
#[inline]
pub(crate) fn joins_next(c: char) -> bool {
    match (c as u32).checked_sub(0x0600) {
        Some(i) if i < 256 => JOINING[i as usize],
        _ => joins_next_slow(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_classes_agree_with_the_slow_path() {
        for u in 0x0600..0x0700u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(arabic_class(b[0], b[1]), class(c), "U+{u:04X}");
        }
    }

    #[test]
    fn letters_of_persian_are_clean_and_variants_fold() {
        for c in "ءآأؤإئابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیةۀ".chars()
        {
            assert_eq!(class(c), Class::Letter, "{c}");
        }
        for (from, to) in [
            ('ي', 'ی'),
            ('ى', 'ی'),
            ('ك', 'ک'),
            ('ڪ', 'ک'),
            ('ھ', 'ه'),
            ('ٱ', 'ا'),
        ] {
            assert_eq!(class(from), Class::Fold, "{from}");
            assert_eq!(fold_letter(from), to);
        }
    }

    #[test]
    fn pair_flags_agree_with_the_letter_table() {
        for lead in 0xD8..=0xDB {
            for cont in 0x80..=0xBF {
                let flags = pair_flags(u16::from_le_bytes([lead, cont]));
                assert_eq!(flags & PAIR_LETTER != 0, is_persian_letter(lead, cont));
            }
        }
        let pair = |s: &[u8; 2]| pair_flags(u16::from_le_bytes(*s));
        assert_eq!(pair(b"\xD9\x87"), PAIR_LETTER | PAIR_HEH); // ه
        assert_eq!(pair(b"\xD9\x85"), PAIR_LETTER | PAIR_MIM); // م
        assert_eq!(pair(b"\xDB\x8C"), PAIR_LETTER | PAIR_YEH); // ی
        assert_eq!(pair(b"\xD8\xA7"), PAIR_LETTER | PAIR_ALEF); // ا
        assert_eq!(pair(b" \xD9"), 0);
        assert_eq!(pair(b"\x87\xD9"), 0);
    }

    #[test]
    fn the_byte_fold_table_agrees_with_fold_letter() {
        assert_eq!(folded_letter(0xD9, 0x8A), Some(*b"\xDB\x8C")); // ي → ی
        assert_eq!(folded_letter(0xD9, 0x83), Some(*b"\xDA\xA9")); // ك → ک
        assert_eq!(folded_letter(0xDB, 0x8C), None); // ی stays
        assert_eq!(folded_letter(0xD9, 0x8E), None); // a mark
    }

    #[test]
    fn presentation_forms_are_looked_up_in_the_generated_table() {
        assert_eq!(presentation_form('\u{FEFB}'), Some("لا"));
        assert_eq!(presentation_form('\u{FEF7}'), Some("لأ"));
        assert_eq!(presentation_form('\u{FDF2}'), Some("الله"));
        assert_eq!(presentation_form('\u{FDFC}'), Some("ریال"));
        assert_eq!(presentation_form('\u{FE70}'), Some("\u{064B}"));
        assert_eq!(presentation_form('ب'), None);
        assert!(PRESENTATION_FORMS.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
