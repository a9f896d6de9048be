//! Character classes and small tables shared by every stage.
//!
//! Everything here is a `const fn` or a plain `match` over code points, so the compiler turns
//! it into range checks; no stage needs a table lookup for the common Arabic-script block.
//!
//! ```
//! use pardaz::chars;
//!
//! assert!(chars::is_arabic_script_letter('ک'));
//! assert!(chars::is_non_joining('د'));
//! assert_eq!(chars::digit_value('۴'), Some(4));
//! assert_eq!(chars::digit_value('٤'), Some(4));
//! assert_eq!(chars::digit_value('4'), Some(4));
//! ```

/// ZERO WIDTH NON-JOINER (U+200C), the Persian half-space (نیم‌فاصله).
pub const ZWNJ: char = '\u{200C}';
/// ZERO WIDTH JOINER (U+200D): kept inside emoji sequences, noise elsewhere.
pub const ZWJ: char = '\u{200D}';
/// ARABIC TATWEEL (U+0640), the kashida used to stretch words.
pub const KASHIDA: char = '\u{0640}';
/// Persian (Farsi) yeh, U+06CC.
pub const YEH: char = 'ی';
/// Persian keheh (kaf), U+06A9.
pub const KAF: char = 'ک';
/// Heh, U+0647.
pub const HEH: char = 'ه';
/// ARABIC DECIMAL SEPARATOR (U+066B), the Persian decimal point.
pub const DECIMAL_SEPARATOR: char = '٫';
/// ARABIC THOUSANDS SEPARATOR (U+066C).
pub const THOUSANDS_SEPARATOR: char = '٬';
/// ARABIC PERCENT SIGN (U+066A).
pub const PERCENT_SIGN: char = '٪';

/// Whether `c` is a letter of the Arabic script as Persian text uses it: the Arabic block
/// letters (U+0621–U+064A, U+066E–U+06D3, U+06D5, U+06EE–U+06EF, U+06FA–U+06FC, U+06FF) and
/// the Arabic Supplement and Extended-A letters. Diacritics, digits and punctuation are not
/// letters.
///
/// ```
/// use pardaz::chars::is_arabic_script_letter;
/// assert!(is_arabic_script_letter('پ'));
/// assert!(is_arabic_script_letter('ي'));
/// assert!(!is_arabic_script_letter('\u{064E}')); // fatha
/// assert!(!is_arabic_script_letter('،'));
/// assert!(!is_arabic_script_letter('a'));
/// ```
pub const fn is_arabic_script_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08C9}'
    )
}

/// Whether `c` is an Arabic-script combining mark: harakat, tanwin, shadda, sukun, the
/// superscript alef, maddah and hamza above/below (U+0610–U+061A, U+064B–U+065F, U+0670,
/// U+06D6–U+06ED).
///
/// ```
/// use pardaz::chars::is_arabic_mark;
/// assert!(is_arabic_mark('\u{0650}')); // kasra
/// assert!(is_arabic_mark('\u{0654}')); // hamza above
/// assert!(!is_arabic_mark('ا'));
/// ```
pub const fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
    )
}

/// Whether `c` is a right-joining (non-joining on the left) letter: it never connects to the
/// letter after it, so a ZWNJ after it is invisible. These are alef and its hamza/madda forms,
/// dal, thal, reh, zain, jeh, waw and its forms, teh marbuta, heh with yeh above (ۀ), the
/// standalone hamza ء, and their Arabic-Extended kin.
///
/// ```
/// use pardaz::chars::is_non_joining;
/// for c in ['ا', 'آ', 'د', 'ذ', 'ر', 'ز', 'ژ', 'و', 'ؤ', 'ء'] {
///     assert!(is_non_joining(c), "{c}");
/// }
/// assert!(!is_non_joining('ب'));
/// assert!(!is_non_joining('ه'));
/// ```
pub const fn is_non_joining(c: char) -> bool {
    matches!(c,
        '\u{0621}'..='\u{0625}' // ء آ أ ؤ إ
        | '\u{0627}' // ا
        | '\u{0629}' // ة
        | '\u{062F}'..='\u{0632}' // د ذ ر ز
        | '\u{0648}' // و
        | '\u{0671}'..='\u{0673}' | '\u{0675}'..='\u{0677}'
        | '\u{0688}'..='\u{0699}' // dal and reh variants, ژ (U+0698)
        | '\u{06C0}' // ۀ
        | '\u{06C3}' // teh marbuta goal
        | '\u{06C4}'..='\u{06CB}' // waw variants
        | '\u{06CD}' | '\u{06CF}'
        | '\u{06D2}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{0759}'..='\u{075B}' | '\u{076B}'..='\u{076C}' | '\u{0771}' | '\u{0778}'..='\u{0779}'
    )
}

/// The value of a decimal digit in any of the three scripts Persian text mixes: ASCII `0-9`,
/// Arabic-Indic `٠-٩` (U+0660–U+0669) and Persian `۰-۹` (U+06F0–U+06F9).
///
/// ```
/// use pardaz::chars::digit_value;
/// assert_eq!(digit_value('7'), Some(7));
/// assert_eq!(digit_value('٧'), Some(7));
/// assert_eq!(digit_value('۷'), Some(7));
/// assert_eq!(digit_value('x'), None);
/// ```
pub const fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '\u{0660}'..='\u{0669}' => Some((c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => Some((c as u32 - 0x06F0) as u8),
        _ => None,
    }
}

/// Whether `c` is a decimal digit in any script [`digit_value`] knows.
///
/// ```
/// assert!(pardaz::chars::is_digit('۹'));
/// assert!(!pardaz::chars::is_digit('٫'));
/// ```
pub const fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// The Persian digit (U+06F0–U+06F9) for a value `0..=9`.
///
/// ```
/// assert_eq!(pardaz::chars::persian_digit(5), Some('۵'));
/// assert_eq!(pardaz::chars::persian_digit(10), None);
/// ```
pub const fn persian_digit(value: u8) -> Option<char> {
    if value < 10 {
        char::from_u32(0x06F0 + value as u32)
    } else {
        None
    }
}

/// Invisible formatting characters that carry no meaning in Persian running text: BOM
/// (U+FEFF), LRM/RLM (U+200E/U+200F), the bidi embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069), ARABIC LETTER MARK (U+061C) and SOFT HYPHEN (U+00AD).
/// ZWNJ and ZWJ are *not* in this class: they are meaningful.
///
/// ```
/// assert!(pardaz::chars::is_invisible_noise('\u{200F}'));
/// assert!(!pardaz::chars::is_invisible_noise('\u{200C}'));
/// ```
pub const fn is_invisible_noise(c: char) -> bool {
    matches!(
        c,
        '\u{FEFF}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
            | '\u{061C}' | '\u{00AD}'
    )
}

/// Whether `c` separates words the way a space does: every Unicode `White_Space` character.
/// ZWNJ is not whitespace.
///
/// ```
/// assert!(pardaz::chars::is_space('\u{00A0}'));
/// assert!(!pardaz::chars::is_space('\u{200C}'));
/// ```
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_arabic_block_letter_of_persian_is_a_letter() {
        for c in "ءآأؤإئابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیةيكۀ".chars()
        {
            assert!(is_arabic_script_letter(c), "{c} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn joining_letters_are_not_non_joining() {
        for c in "بپتثجچحخسشصضطظعغفقکگلمنهیئيك".chars() {
            assert!(!is_non_joining(c), "{c} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn digits_of_three_scripts_have_the_same_values() {
        let ascii = "0123456789".chars();
        let arabic = "٠١٢٣٤٥٦٧٨٩".chars();
        let persian = "۰۱۲۳۴۵۶۷۸۹".chars();
        for (i, ((a, b), c)) in ascii.zip(arabic).zip(persian).enumerate() {
            let v = Some(i as u8);
            assert_eq!((digit_value(a), digit_value(b), digit_value(c)), (v, v, v));
            assert_eq!(persian_digit(i as u8), Some(c));
        }
    }
}
