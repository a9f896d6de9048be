//! The lunar Hijri calendar in its tabular (arithmetic) form.

use super::{Calendar, CalendarSystem, sealed};

/// The tabular lunar Hijri (هجری قمری) calendar: the marker of
/// [`HijriDate`](super::HijriDate).
///
/// | rule | value |
/// |---|---|
/// | month lengths | odd months (Muharram, Rabi al-Awwal …) 30 days, even months 29; Dhu al-Hijjah 30 in a leap year |
/// | leap years | years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each 30-year cycle, i.e. `(14 + 11·y) mod 30 < 11` |
/// | epoch | 1 Muharram 1 = Friday 16 July 622 Julian = 19 July 622 proleptic Gregorian (the "civil" epoch) |
///
/// This is the arithmetic calendar of *Calendrical Calculations*, ICU's `islamic-civil` and
/// the "Kuwaiti algorithm".
///
/// # Approximate by nature
///
/// In Iran (as in most of the Muslim world) a lunar month begins when the new crescent is
/// sighted, which the office of the Leader and the Calendar Center announce; no formula
/// reproduces that. The tabular calendar follows the mean lunation, so an Iranian lunar date
/// and its tabular equivalent can differ by one day, occasionally two (for example 1 Ramadan
/// 1445 was 12 March 2024 in Iran; the tabular calendar says 11 March). Conversions to and from
/// this calendar are therefore **approximate**, and [`HijriDate::APPROXIMATE`] and
/// [`Calendar::is_approximate`] say so, so that callers can mark the values they derive.
///
/// [`HijriDate::APPROXIMATE`]: super::Date::APPROXIMATE
///
/// ```
/// use pardaz::calendar::{CalendarSystem, GregorianDate, HijriDate, HijriLunar};
///
/// assert!(HijriDate::APPROXIMATE);
/// assert!(HijriLunar::is_leap_year(1445));
/// assert!(!HijriLunar::is_leap_year(1446));
/// let eid = HijriDate::new(1445, 10, 1)?; // Eid al-Fitr
/// assert_eq!(eid.to_gregorian(), GregorianDate::new(2024, 4, 10)?);
/// # Ok::<(), pardaz::calendar::DateError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HijriLunar;

/// Day number of the day before 1 Muharram 1 (19 July 622 proleptic Gregorian).
const EPOCH: i64 = -492_148;

/// Day number of 1 `month` `year`: 354 days a year, the leap days of the years before,
/// and alternating 30- and 29-day months.
const fn month_start(year: i64, month: i64) -> i64 {
    EPOCH - 1 + (year - 1) * 354 + (3 + 11 * year).div_euclid(30) + 29 * (month - 1) + month / 2 + 1
}

impl sealed::Sealed for HijriLunar {}

impl CalendarSystem for HijriLunar {
    const CALENDAR: Calendar = Calendar::HijriLunar;
    const APPROXIMATE: bool = true;

    fn is_leap_year(year: i32) -> bool {
        (14 + 11 * i64::from(year)).rem_euclid(30) < 11
    }

    fn days_in_month(year: i32, month: u8) -> u8 {
        match month {
            12 if Self::is_leap_year(year) => 30,
            1..=12 if month % 2 == 1 => 30,
            1..=12 => 29,
            _ => 0,
        }
    }

    fn to_day_number(year: i32, month: u8, day: u8) -> i64 {
        month_start(year.into(), month.into()) + i64::from(day) - 1
    }

    fn from_day_number(day_number: i64) -> (i32, u8, u8) {
        // An estimate from the mean year of 10631/30 days, then exact by the year starts.
        let mut year = (30 * (day_number - EPOCH) + 10_646).div_euclid(10_631);
        while month_start(year, 1) > day_number {
            year -= 1;
        }
        while month_start(year + 1, 1) <= day_number {
            year += 1;
        }
        let mut month = 12;
        while month > 1 && month_start(year, month) > day_number {
            month -= 1;
        }
        let day = day_number - month_start(year, month) + 1;
        // year fits in i32 for every supported day; month 1–12, day 1–30.
        (year as i32, month as u8, day as u8)
    }

    fn days_in_year(year: i32) -> u16 {
        if Self::is_leap_year(year) { 355 } else { 354 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{GregorianDate, HijriDate, JalaliDate, Weekday};

    fn hijri(y: i32, m: u8, d: u8) -> HijriDate {
        HijriDate::new(y, m, d).unwrap()
    }

    #[test]
    fn the_epoch_is_a_friday_in_july_622() {
        let epoch = hijri(1, 1, 1);
        assert_eq!(
            epoch.to_gregorian(),
            GregorianDate::new(622, 7, 19).unwrap()
        );
        assert_eq!(epoch.weekday(), Weekday::Friday);
    }

    #[test]
    fn tabular_dates_are_within_two_days_of_iranian_ones() {
        // (lunar date, Gregorian day it was observed in Iran)
        let observed = [
            ((1445, 9, 1), (2024, 3, 12)),   // 1 Ramadan 1445
            ((1445, 10, 1), (2024, 4, 10)),  // Eid al-Fitr 1445
            ((1444, 9, 1), (2023, 3, 23)),   // 1 Ramadan 1444
            ((1446, 1, 10), (2024, 7, 16)),  // Ashura 1446
            ((1443, 12, 10), (2022, 7, 10)), // Eid al-Adha 1443
        ];
        for ((y, m, d), (gy, gm, gd)) in observed {
            let tabular = hijri(y, m, d).to_gregorian();
            let real = GregorianDate::new(gy, gm, gd).unwrap();
            assert!(
                tabular.days_until(real).abs() <= 2,
                "{y}-{m}-{d}: {tabular} vs {real}"
            );
        }
    }

    #[test]
    fn known_tabular_dates() {
        let cases = [
            ((1445, 9, 1), (2024, 3, 11)),
            ((1446, 1, 1), (2024, 7, 8)),
            ((1400, 1, 1), (1979, 11, 21)),
        ];
        for ((y, m, d), (gy, gm, gd)) in cases {
            let h = hijri(y, m, d);
            let g = GregorianDate::new(gy, gm, gd).unwrap();
            assert_eq!(h.to_gregorian(), g, "{h}");
            assert_eq!(g.to_hijri(), h, "{h}");
        }
    }

    #[test]
    fn jalali_and_hijri_convert_through_the_day_count() {
        let j = JalaliDate::new(1403, 1, 1).unwrap();
        let h = j.to_hijri();
        assert_eq!(h, hijri(1445, 9, 10));
        assert_eq!(h.to_jalali(), j);
    }

    #[test]
    fn leap_years_are_the_eleven_of_each_cycle() {
        let leap: Vec<i32> = (1..=30).filter(|&y| HijriLunar::is_leap_year(y)).collect();
        assert_eq!(leap, [2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29]);
    }
}
