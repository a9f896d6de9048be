//! The Jalali (Solar Hijri) calendar with the 33-year arithmetic leap rule.

use super::{Calendar, CalendarSystem, Date, sealed};
use std::ops::RangeInclusive;

/// The Jalali (Solar Hijri, هجری شمسی) calendar: the marker of
/// [`JalaliDate`](super::JalaliDate).
///
/// | month | days |
/// |---|---|
/// | 1–6 (Farvardin … Shahrivar) | 31 |
/// | 7–11 (Mehr … Bahman) | 30 |
/// | 12 (Esfand) | 29, or 30 in a leap year |
///
/// Every year begins at Nowruz (1 Farvardin), between 20 and 22 March for the years news
/// text mentions. Carried back to the era's start, the arithmetic puts 1 Farvardin 1 on
/// 21 March 622 (proleptic Gregorian); such early dates are a convention (see below).
///
/// # Leap years: the 33-year rule
///
/// Year *y* is leap iff `(25·y + 11) mod 33 < 8`, i.e. `y mod 33` is one of 1, 5, 9, 13, 17,
/// 22, 26, 30. This is plain integer arithmetic (no table, no astronomy).
///
/// The official calendar is astronomical (a year starts on the day of the March equinox if it
/// falls before noon in Tehran's meridian, 52.5° E). The 33-year rule gives exactly the same
/// days **for every year from 1178 to 1501 SH (March 1799 to March 2123)**, which is
/// [`Jalali::EXACT_YEARS`]; the first 365 days of 1502 also agree. Outside that range:
///
/// * after 1501 the astronomical calendar makes 1502 a common year and 1503 a leap year
///   (30 Esfand 1502 and all of 1503 are one day off here; ICU4X and persiantools ≥ 6 add a
///   correction list for that), and the drift grows slowly after that;
/// * before 1178 the rule is proleptic: the calendar only became law in 1304 SH (1925), so
///   earlier dates are a convention in every implementation.
///
/// The 2820-year ("Birashk") cycle is deliberately **not** used: it is wrong for current dates
/// (it makes 1404 leap; 1403 is, as every calendar printed in Iran shows).
///
/// ```
/// use pardaz::calendar::{CalendarSystem, Jalali, JalaliDate};
///
/// assert!(Jalali::is_leap_year(1399));
/// assert!(Jalali::is_leap_year(1403));
/// assert!(!Jalali::is_leap_year(1404));
/// assert!(Jalali::EXACT_YEARS.contains(&1403));
/// assert!(JalaliDate::new(1403, 1, 1)?.is_exact());
/// # Ok::<(), pardaz::calendar::DateError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Jalali;

/// Day number of 1 Farvardin 1 (622-03-21 proleptic Gregorian), fixed so that 1 Farvardin
/// 1403 falls on 2024-03-20.
const EPOCH: i64 = -492_268;

/// Day number of 1 Farvardin `year`: 365 days a year plus the leap days before it, which the
/// 33-year rule makes `floor((8·year + 21) / 33)` (a leap year *y* adds the day that year
/// *y + 1* counts).
const fn year_start(year: i64) -> i64 {
    EPOCH + 365 * (year - 1) + (8 * year + 21).div_euclid(33)
}

impl Jalali {
    /// The years in which the 33-year rule agrees with the official astronomical calendar,
    /// day by day: 1178 to 1501 SH.
    pub const EXACT_YEARS: RangeInclusive<i32> = 1178..=1501;
}

impl Date<Jalali> {
    /// Whether this date lies in [`Jalali::EXACT_YEARS`], where the arithmetic calendar is
    /// known to equal the official one. Outside it the date is still a valid date of the
    /// arithmetic calendar, which may differ from the official one by a day.
    ///
    /// ```
    /// use pardaz::calendar::JalaliDate;
    /// assert!(JalaliDate::new(1304, 1, 11)?.is_exact());
    /// assert!(!JalaliDate::new(1600, 1, 1)?.is_exact());
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn is_exact(self) -> bool {
        Jalali::EXACT_YEARS.contains(&self.year())
    }
}

impl sealed::Sealed for Jalali {}

impl CalendarSystem for Jalali {
    const CALENDAR: Calendar = Calendar::Jalali;

    fn is_leap_year(year: i32) -> bool {
        (25 * i64::from(year) + 11).rem_euclid(33) < 8
    }

    fn days_in_month(year: i32, month: u8) -> u8 {
        match month {
            1..=6 => 31,
            7..=11 => 30,
            12 if Self::is_leap_year(year) => 30,
            12 => 29,
            _ => 0,
        }
    }

    fn to_day_number(year: i32, month: u8, day: u8) -> i64 {
        let month = i64::from(month);
        let before_month = if month <= 7 {
            31 * (month - 1)
        } else {
            30 * (month - 1) + 6
        };
        year_start(year.into()) + before_month + i64::from(day) - 1
    }

    fn from_day_number(day_number: i64) -> (i32, u8, u8) {
        // An estimate from the mean year of 12053/33 days, then exact by the year starts.
        let mut year = (33 * (day_number - EPOCH) + 3).div_euclid(12_053) + 1;
        while year_start(year) > day_number {
            year -= 1;
        }
        while year_start(year + 1) <= day_number {
            year += 1;
        }
        let doy = day_number - year_start(year); // 0..=365
        let (month, day) = if doy < 186 {
            (doy / 31 + 1, doy % 31 + 1)
        } else {
            ((doy - 186) / 30 + 7, (doy - 186) % 30 + 1)
        };
        // year fits in i32 for every supported day; month 1–12, day 1–31.
        (year as i32, month as u8, day as u8)
    }

    fn days_in_year(year: i32) -> u16 {
        if Self::is_leap_year(year) { 366 } else { 365 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{GregorianDate, JalaliDate, Weekday};

    fn jalali(y: i32, m: u8, d: u8) -> JalaliDate {
        JalaliDate::new(y, m, d).unwrap()
    }

    fn gregorian(y: i32, m: u8, d: u8) -> GregorianDate {
        GregorianDate::new(y, m, d).unwrap()
    }

    #[test]
    fn known_dates_convert_to_gregorian() {
        let cases = [
            ((1403, 1, 1), (2024, 3, 20)),
            ((1403, 12, 30), (2025, 3, 20)),
            ((1404, 1, 1), (2025, 3, 21)),
            ((1402, 1, 1), (2023, 3, 21)),
            ((1396, 1, 1), (2017, 3, 21)),
            ((1396, 12, 29), (2018, 3, 20)),
            ((1357, 11, 22), (1979, 2, 11)),
            ((1304, 1, 11), (1925, 3, 31)),
            ((1348, 10, 11), (1970, 1, 1)),
            ((1, 1, 1), (622, 3, 21)),
        ];
        for ((jy, jm, jd), (gy, gm, gd)) in cases {
            let j = jalali(jy, jm, jd);
            assert_eq!(j.to_gregorian(), gregorian(gy, gm, gd), "{j}");
            assert_eq!(gregorian(gy, gm, gd).to_jalali(), j, "{j}");
        }
    }

    #[test]
    fn nowruz_1403_is_a_wednesday() {
        assert_eq!(jalali(1403, 1, 1).weekday(), Weekday::Wednesday);
    }

    #[test]
    fn leap_years_follow_the_33_year_rule() {
        let leap: Vec<i32> = (1390..=1410).filter(|&y| Jalali::is_leap_year(y)).collect();
        assert_eq!(leap, [1391, 1395, 1399, 1403, 1408]);
        // The same rule stated as remainders of 33.
        for y in -700i32..3000 {
            let by_residue = matches!(y.rem_euclid(33), 1 | 5 | 9 | 13 | 17 | 22 | 26 | 30);
            assert_eq!(Jalali::is_leap_year(y), by_residue, "{y}");
        }
    }

    #[test]
    fn esfand_30_exists_only_in_leap_years() {
        assert!(JalaliDate::new(1403, 12, 30).is_ok());
        assert!(JalaliDate::new(1399, 12, 30).is_ok());
        assert!(JalaliDate::new(1402, 12, 30).is_err());
        assert!(JalaliDate::new(1404, 12, 30).is_err());
    }

    #[test]
    fn year_lengths_follow_the_leap_rule() {
        for y in -700..10_000 {
            let len = year_start(i64::from(y) + 1) - year_start(y.into());
            assert_eq!(len, i64::from(Jalali::days_in_year(y)), "{y}");
            let sum: i64 = (1..=12)
                .map(|m| i64::from(Jalali::days_in_month(y, m)))
                .sum();
            assert_eq!(sum, len, "{y}");
        }
    }

    #[test]
    fn months_one_to_six_have_31_days_seven_to_eleven_30() {
        let lengths: Vec<u8> = (1..=12).map(|m| Jalali::days_in_month(1402, m)).collect();
        assert_eq!(lengths, [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 29]);
        assert_eq!(Jalali::days_in_month(1402, 13), 0);
    }

    #[test]
    fn every_day_from_1200_to_1500_round_trips_through_gregorian() {
        let mut date = jalali(1200, 1, 1);
        let end = jalali(1500, 12, 29);
        let mut count = 0;
        while date <= end {
            let g = date.to_gregorian();
            assert_eq!(g.to_jalali(), date);
            assert_eq!(g.day_number(), date.day_number());
            let next = date.add_days(1).unwrap();
            // Consecutive days: the next date is the next day of the month or the 1st.
            let expected_next = if date.day() < date.days_in_month() {
                (date.year(), date.month(), date.day() + 1)
            } else if date.month() < 12 {
                (date.year(), date.month() + 1, 1)
            } else {
                (date.year() + 1, 1, 1)
            };
            assert_eq!((next.year(), next.month(), next.day()), expected_next);
            assert_eq!(next.weekday(), date.weekday().next());
            date = next;
            count += 1;
        }
        assert_eq!(count, jalali(1200, 1, 1).days_until(jalali(1501, 1, 1)));
    }
}
