//! Month names of the three calendars, in Persian and in Latin transliteration, and the
//! spelling variants text uses (`data/calendar/months.txt`).

use super::Calendar;
use std::sync::LazyLock;

/// The Jalali month names in standard Iranian spelling, Farvardin first.
pub const JALALI_MONTHS: [&str; 12] = [
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
];

/// The lunar Hijri month names as Iranian Persian writes them, Muharram first.
pub const HIJRI_MONTHS: [&str; 12] = [
    "محرم",
    "صفر",
    "ربیع\u{200C}الاول",
    "ربیع\u{200C}الثانی",
    "جمادی\u{200C}الاول",
    "جمادی\u{200C}الثانی",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذی\u{200C}القعده",
    "ذی\u{200C}الحجه",
];

/// The Gregorian month names as Iranian Persian writes them (from French), January first.
pub const GREGORIAN_MONTHS: [&str; 12] = [
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "مه",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
];

/// The Jalali month names in Latin transliteration, as error messages write them.
pub const JALALI_MONTHS_LATIN: [&str; 12] = [
    "Farvardin",
    "Ordibehesht",
    "Khordad",
    "Tir",
    "Mordad",
    "Shahrivar",
    "Mehr",
    "Aban",
    "Azar",
    "Dey",
    "Bahman",
    "Esfand",
];

/// The lunar Hijri month names in Latin transliteration.
pub const HIJRI_MONTHS_LATIN: [&str; 12] = [
    "Muharram",
    "Safar",
    "Rabi al-Awwal",
    "Rabi al-Thani",
    "Jumada al-Awwal",
    "Jumada al-Thani",
    "Rajab",
    "Shaban",
    "Ramadan",
    "Shawwal",
    "Dhu al-Qadah",
    "Dhu al-Hijjah",
];

/// The Gregorian month names in English.
pub const GREGORIAN_MONTHS_LATIN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// One spelling of a month name: an entry of [`month_names`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct MonthName {
    /// The calendar of the month.
    pub calendar: Calendar,
    /// The month number, 1–12.
    pub month: u8,
    /// The spelling, as written in `data/calendar/months.txt`.
    pub name: &'static str,
    /// Whether this is the standard spelling ([`Calendar::month_name`]) rather than a variant.
    pub standard: bool,
}

static MONTH_NAMES: LazyLock<Vec<MonthName>> =
    LazyLock::new(|| parse_month_names(include_str!("../../data/calendar/months.txt")));

fn parse_month_names(text: &'static str) -> Vec<MonthName> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.splitn(3, '\t');
        let (Some(cal), Some(month), Some(names)) = (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let calendar = match cal {
            "jalali" => Calendar::Jalali,
            "gregorian" => Calendar::Gregorian,
            "hijri_lunar" => Calendar::HijriLunar,
            _ => continue,
        };
        let Ok(month) = month.parse::<u8>() else {
            continue;
        };
        for (i, name) in names.split('|').map(str::trim).enumerate() {
            if !name.is_empty() {
                out.push(MonthName {
                    calendar,
                    month,
                    name,
                    standard: i == 0,
                });
            }
        }
    }
    out
}

/// Every spelling of every month name of the three calendars that Persian text uses: the
/// standard names of [`JALALI_MONTHS`], [`HIJRI_MONTHS`] and [`GREGORIAN_MONTHS`] and their
/// variants (`امرداد`, `ذوالحجه`, `آپریل`, `می` …), read from `data/calendar/months.txt`.
///
/// Variants that the search fold makes equal (Arabic yeh and kaf, hamza seats, ZWNJ versus
/// space) are not listed separately: fold the names with
/// [`fold_for_search`](crate::normalize::fold_for_search) before matching folded text.
/// Several names are also ordinary words (`تیر` arrow, `مهر` kindness, `صفر` zero, `مه` fog,
/// `می` the verb prefix): deciding whether a match is a month is the extractor's job.
///
/// ```
/// use pardaz::calendar::{Calendar, month_names};
///
/// let mordad: Vec<&str> = month_names()
///     .filter(|m| m.calendar == Calendar::Jalali && m.month == 5)
///     .map(|m| m.name)
///     .collect();
/// assert_eq!(mordad, ["مرداد", "امرداد"]);
/// ```
pub fn month_names() -> impl Iterator<Item = MonthName> {
    MONTH_NAMES.iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    const CALENDARS: [Calendar; 3] = [Calendar::Jalali, Calendar::Gregorian, Calendar::HijriLunar];

    #[test]
    fn every_data_line_is_parsed() {
        let data = include_str!("../../data/calendar/months.txt");
        let lines = data
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(lines, 36);
        assert_eq!(month_names().filter(|m| m.standard).count(), 36);
    }

    #[test]
    fn the_standard_spelling_of_each_month_is_its_table_name() {
        for cal in CALENDARS {
            for month in 1..=12 {
                let standard: Vec<&str> = month_names()
                    .filter(|m| m.calendar == cal && m.month == month && m.standard)
                    .map(|m| m.name)
                    .collect();
                assert_eq!(standard, [cal.month_name(month).unwrap()], "{cal} {month}");
            }
        }
    }

    #[test]
    fn names_are_clean_persian_words() {
        for m in month_names() {
            assert!(!m.name.starts_with(['\u{200C}', ' ']), "{m:?}");
            assert!(!m.name.ends_with(['\u{200C}', ' ']), "{m:?}");
            assert!(
                m.name.chars().all(|c| c == '\u{200C}'
                    || c == ' '
                    || crate::chars::is_arabic_script_letter(c)),
                "{m:?}"
            );
        }
    }

    #[test]
    fn common_variants_are_listed() {
        let cases = [
            ("امرداد", Calendar::Jalali, 5),
            ("ذوالحجه", Calendar::HijriLunar, 12),
            ("ربیع‌الآخر", Calendar::HijriLunar, 4),
            ("آپریل", Calendar::Gregorian, 4),
            ("می", Calendar::Gregorian, 5),
        ];
        for (name, cal, month) in cases {
            assert!(
                month_names().any(|m| m.name == name && m.calendar == cal && m.month == month),
                "{name}"
            );
        }
    }
}
