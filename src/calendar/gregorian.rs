//! The proleptic Gregorian calendar, and the day count every calendar converts through.

use super::{Calendar, CalendarSystem, sealed};

/// The proleptic Gregorian calendar: the marker of [`GregorianDate`](super::GregorianDate).
///
/// Years are leap when divisible by 4, except centuries not divisible by 400. The rule is
/// applied to dates before 1582 too (proleptic), as ISO 8601 does.
///
/// ```
/// use pardaz::calendar::{CalendarSystem, Gregorian};
/// assert!(Gregorian::is_leap_year(2000));
/// assert!(!Gregorian::is_leap_year(2100));
/// assert!(Gregorian::is_leap_year(2024));
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Gregorian;

impl sealed::Sealed for Gregorian {}

impl CalendarSystem for Gregorian {
    const CALENDAR: Calendar = Calendar::Gregorian;

    fn is_leap_year(year: i32) -> bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    fn days_in_month(year: i32, month: u8) -> u8 {
        match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if Self::is_leap_year(year) => 29,
            2 => 28,
            _ => 0,
        }
    }

    fn to_day_number(year: i32, month: u8, day: u8) -> i64 {
        days_from_civil(year.into(), month.into(), day.into())
    }

    fn from_day_number(day_number: i64) -> (i32, u8, u8) {
        let (y, m, d) = civil_from_days(day_number);
        // m is 1–12 and d 1–31 by construction; y fits for every day number in range.
        (y as i32, m as u8, d as u8)
    }

    fn days_in_year(year: i32) -> u16 {
        if Self::is_leap_year(year) { 366 } else { 365 }
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`:
/// years counted from March, so the leap day ends the year; 400-year eras of 146,097 days).
pub(crate) const fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // 0..=399
    let mp = (month + 9) % 12; // March = 0
    let doy = (153 * mp + 2) / 5 + day - 1; // 0..=365
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // 0..=146096
    era * 146_097 + doe - 719_468
}

/// The proleptic Gregorian date of a day number, the inverse of [`days_from_civil`].
pub(crate) const fn civil_from_days(day_number: i64) -> (i64, i64, i64) {
    let z = day_number + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097; // 0..=146096
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // 0..=399
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // 0..=365
    let mp = (5 * doy + 2) / 153; // 0..=11
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + if month <= 2 { 1 } else { 0 };
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{GregorianDate, Weekday};

    #[test]
    fn known_day_numbers() {
        let cases = [
            ((1970, 1, 1), 0),
            ((1969, 12, 31), -1),
            ((2000, 3, 1), 11_017),
            ((2024, 3, 20), 19_802),
            ((1, 1, 1), -719_162),
        ];
        for ((y, m, d), n) in cases {
            assert_eq!(
                GregorianDate::new(y, m, d).unwrap().day_number(),
                n,
                "{y}-{m}-{d}"
            );
        }
    }

    #[test]
    fn month_lengths_sum_to_the_year_length() {
        for year in [1900, 2000, 2023, 2024, 2100] {
            let sum: u16 = (1..=12)
                .map(|m| u16::from(Gregorian::days_in_month(year, m)))
                .sum();
            assert_eq!(sum, Gregorian::days_in_year(year), "{year}");
        }
    }

    #[test]
    fn weekdays_of_known_dates() {
        let cases = [
            ((2024, 3, 20), Weekday::Wednesday),
            ((2025, 3, 21), Weekday::Friday),
            ((2000, 1, 1), Weekday::Saturday),
            ((1979, 2, 11), Weekday::Sunday),
        ];
        for ((y, m, d), w) in cases {
            assert_eq!(
                GregorianDate::new(y, m, d).unwrap().weekday(),
                w,
                "{y}-{m}-{d}"
            );
        }
    }
}
