//! Numbers written in digits, with thousands and decimal separators.

use super::Decimal;
use crate::chars;

/// A digit number found in text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Digits {
    pub value: Decimal,
    pub end: usize,
}

/// A separator between digit groups, as written: the character and whether it stands between
/// single spaces (`2 . 5`, as tokenized text writes it).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Sep {
    c: char,
    spaced: bool,
}

/// The separator at `pos` followed by a digit: `(separator, position of the digit)`.
fn sep_at(text: &str, pos: usize, allowed: &[char]) -> Option<(Sep, usize)> {
    let rest = text.get(pos..)?;
    let mut it = rest.chars();
    let first = it.next()?;
    let (c, spaced, len) = if first == ' ' {
        // Tokenized text writes `2 . 5`: only the point-like separators may stand apart.
        let c = it.next()?;
        if it.next()? != ' ' || !SPACED.contains(&c) {
            return None;
        }
        (c, true, 2 + c.len_utf8())
    } else {
        (first, false, first.len_utf8())
    };
    let next = it.next()?;
    (allowed.contains(&c) && chars::is_digit(next)).then_some((Sep { c, spaced }, pos + len))
}

/// The run of digits at `pos`: its value appended to `acc` (`acc × 10^n + run`), its length in
/// digits and its end. `None` on overflow.
fn digit_run(text: &str, pos: usize, mut acc: u64) -> Option<(u64, usize, usize)> {
    let rest = text.get(pos..)?;
    let mut n = 0;
    let mut end = pos;
    for (i, c) in rest.char_indices() {
        let Some(d) = chars::digit_value(c) else {
            break;
        };
        acc = acc.checked_mul(10)?.checked_add(u64::from(d))?;
        n += 1;
        end = pos + i + c.len_utf8();
    }
    Some((acc, n, end))
}

/// Whether the separator `sep` followed by a digit comes at `pos`.
fn same_sep_follows(text: &str, pos: usize, sep: Sep) -> bool {
    sep_at(text, pos, &[sep.c]).is_some_and(|(s, _)| s.spaced == sep.spaced)
}

const THOUSANDS: [char; 4] = [',', chars::THOUSANDS_SEPARATOR, '،', '.'];
const SPACED: [char; 3] = ['.', chars::DECIMAL_SEPARATOR, '/'];
const DECIMAL: [char; 3] = ['.', chars::DECIMAL_SEPARATOR, '/'];

/// Parses the digit number starting at `pos` (see the module docs of
/// [`numbers`](super) for the rules). `None` when no digit starts there or a digit run
/// overflows.
pub(super) fn scan(text: &str, pos: usize) -> Option<Digits> {
    let (mut int, n, mut end) = digit_run(text, pos, 0)?;
    if n == 0 {
        return None;
    }
    // Thousands groups: 1–3 leading digits, then groups of exactly three.
    let mut thousands: Option<Sep> = None;
    if n <= 3 {
        let mut groups = 0;
        let (mut acc, mut at) = (int, end);
        while let Some((sep, digit)) = sep_at(text, at, &THOUSANDS) {
            if thousands.is_some_and(|t| t != sep) {
                break;
            }
            let Some((next, 3, group_end)) = digit_run(text, digit, acc) else {
                break;
            };
            thousands = Some(sep);
            (acc, at) = (next, group_end);
            groups += 1;
        }
        // A `.` groups thousands only where it cannot be a decimal point: two or more
        // groups (9.000.000), or one group of 000 (10.000 دلار).
        let decimal_point = thousands.is_some_and(|t| t.c == '.') && groups == 1 && acc % 1000 != 0;
        if decimal_point {
            thousands = None;
        } else if groups > 0 {
            (int, end) = (acc, at);
        }
    }
    // A decimal part: one separator and digits, unless the same separator follows again
    // (1402/05/12, 1.2.3: not a number but a date or a version; the integer stands alone).
    let allowed: &[char] = match thousands {
        Some(t) if t.c == '.' => &DECIMAL[1..],
        _ => &DECIMAL,
    };
    if let Some((sep, digit)) = sep_at(text, end, allowed) {
        let (frac, scale, frac_end) = digit_run(text, digit, int)?;
        // A slash before four or more digits is a month/year (۱۲/۱۳۵۸) or a code, not a
        // decimal point.
        let slash_date = sep.c == '/' && scale > 3;
        if !same_sep_follows(text, frac_end, sep) && !slash_date {
            let value = Decimal::new(frac, u8::try_from(scale).ok()?)?;
            return Some(Digits {
                value,
                end: frac_end,
            });
        }
    }
    Some(Digits {
        value: Decimal::from(int),
        end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (input, the number's text, its value)
    fn check(cases: &[(&str, &str, &str)]) {
        for &(input, want_text, want_value) in cases {
            let got = scan(input, 0);
            let got = got.map(|d| (&input[..d.end], d.value.to_string()));
            assert_eq!(got, Some((want_text, want_value.to_owned())), "{input}");
        }
    }

    #[test]
    fn digits_of_every_script_read_the_same() {
        check(&[
            ("1402", "1402", "1402"),
            ("۱۴۰۲ ", "۱۴۰۲", "1402"),
            ("١٤٠٢،", "١٤٠٢", "1402"),
            ("۱4٠2", "۱4٠2", "1402"),
            ("007", "007", "7"),
        ]);
    }

    #[test]
    fn thousands_separators_group_threes() {
        check(&[
            ("۱۲٬۵۰۰ تومان", "۱۲٬۵۰۰", "12500"),
            ("12,500,000", "12,500,000", "12500000"),
            ("۱۲،۵۰۰", "۱۲،۵۰۰", "12500"),
            ("9.000.000 ریال", "9.000.000", "9000000"),
            ("10.000 دلار", "10.000", "10000"),
            ("10 . 000 دلار", "10 . 000", "10000"),
            ("1,234.5", "1,234.5", "1234.5"),
            ("۱٬۲۳۴٫۵", "۱٬۲۳۴٫۵", "1234.5"),
            // Not groups of three: the number ends before the separator.
            ("12,50 و", "12", "12"),
            ("1234,567", "1234", "1234"),
            ("۱۲، ۱۳", "۱۲", "12"),
            ("12,5000", "12", "12"),
        ]);
    }

    #[test]
    fn decimal_separators_include_the_slash() {
        check(&[
            ("۲/۵ درصد", "۲/۵", "2.5"),
            ("۲٫۵", "۲٫۵", "2.5"),
            ("3.5 میلیارد", "3.5", "3.5"),
            ("0.05", "0.05", "0.05"),
            ("2 . 5 میلیون", "2 . 5", "2.5"),
            ("3.013 میلیارد", "3.013", "3.013"),
            ("12.", "12", "12"),
            ("12. بعد", "12", "12"),
            ("12 .5", "12", "12"),
        ]);
    }

    #[test]
    fn three_part_forms_are_not_decimals() {
        check(&[
            ("۱۴۰۲/۰۵/۱۲", "۱۴۰۲", "1402"),
            ("1402.05.12", "1402", "1402"),
            ("12/5/1402", "12", "12"),
            ("1394 . 01 . 31", "1394", "1394"),
            ("1.2.3", "1", "1"),
            ("12/1358", "12", "12"),
            ("۰/۱۰۷", "۰/۱۰۷", "0.107"),
        ]);
    }

    #[test]
    fn no_digit_no_number() {
        for input in ["", "x", ".5", " 5", "٫۵"] {
            assert_eq!(scan(input, 0), None, "{input}");
        }
    }

    #[test]
    fn overflowing_runs_are_not_numbers() {
        assert_eq!(scan("123456789012345678901234", 0), None);
        assert!(scan("18446744073709551615", 0).is_some());
    }
}
