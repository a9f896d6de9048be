//! The calendar arithmetic the resolver needs, behind one small interface: day numbers
//! (days since 1970-01-01) for a (calendar, year, month, day), month lengths, and the
//! Gregorian and Jalali date of a day number.
//!
//! Temporary: these are stand-ins until the `calendar` module lands; the resolver only talks
//! to the functions below, so switching is local to this file.

use std::fmt;

/// Which calendar a date belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Calendar {
    /// The Jalali (Solar Hijri) calendar.
    Jalali,
    /// The Gregorian calendar.
    Gregorian,
    /// The lunar Hijri calendar.
    HijriLunar,
}

/// A valid date of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GregorianDate {
    year: i32,
    month: u8,
    day: u8,
}

impl GregorianDate {
    /// The date `year-month-day`, or `None` when it does not exist.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        (1..=12).contains(&month)
            .then(|| days_in_month(Calendar::Gregorian, year, month))
            .filter(|&n| day >= 1 && day <= n)
            .map(|_| GregorianDate { year, month, day })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    pub fn day(self) -> u8 {
        self.day
    }
}

impl fmt::Display for GregorianDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Leap years among 1..=n by the 33-year rule.
fn jalali_leaps_through(n: i64) -> i64 {
    const LEAP: [i64; 8] = [1, 5, 9, 13, 17, 22, 26, 30];
    let (q, r) = (n.div_euclid(33), n.rem_euclid(33));
    8 * q + LEAP.iter().filter(|&&l| l <= r).count() as i64
}

fn jalali_is_leap(y: i32) -> bool {
    (25 * i64::from(y) + 11).rem_euclid(33) < 8
}

fn hijri_is_leap(y: i32) -> bool {
    (14 + 11 * i64::from(y)).rem_euclid(30) < 11
}

fn gregorian_is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The number of days of `month` in `year`; 0 outside 1–12.
pub(crate) fn days_in_month(cal: Calendar, year: i32, month: u8) -> u8 {
    match (cal, month) {
        (_, 0) | (_, 13..) => 0,
        (Calendar::Jalali, 1..=6) => 31,
        (Calendar::Jalali, 7..=11) => 30,
        (Calendar::Jalali, _) => 29 + u8::from(jalali_is_leap(year)),
        (Calendar::Gregorian, 2) => 28 + u8::from(gregorian_is_leap(year)),
        (Calendar::Gregorian, 4 | 6 | 9 | 11) => 30,
        (Calendar::Gregorian, _) => 31,
        (Calendar::HijriLunar, 12) => 29 + u8::from(hijri_is_leap(year)),
        (Calendar::HijriLunar, m) => 30 - (m + 1) % 2,
    }
}

fn gregorian_days(y: i32, m: u8, d: u8) -> i64 {
    // Howard Hinnant's days_from_civil.
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// 1 Farvardin 1403 = 2024-03-20.
const JALALI_ANCHOR_YEAR: i64 = 1403;

fn jalali_new_year(y: i32) -> i64 {
    let y = i64::from(y);
    let anchor = gregorian_days(2024, 3, 20);
    anchor + 365 * (y - JALALI_ANCHOR_YEAR) + jalali_leaps_through(y - 1)
        - jalali_leaps_through(JALALI_ANCHOR_YEAR - 1)
}

/// Day number of 1 Muharram 1 AH (civil epoch, 622-07-19 proleptic Gregorian).
fn hijri_epoch() -> i64 {
    gregorian_days(622, 7, 19)
}

/// The day number of a date, or `None` when the date does not exist.
pub(crate) fn day_number(cal: Calendar, y: i32, m: u8, d: u8) -> Option<i64> {
    if d == 0 || d > days_in_month(cal, y, m) || !(-9999..=9999).contains(&y) {
        return None;
    }
    Some(match cal {
        Calendar::Gregorian => gregorian_days(y, m, d),
        Calendar::Jalali => {
            let m = i64::from(m);
            let before = if m <= 7 { 31 * (m - 1) } else { 30 * (m - 1) + 6 };
            jalali_new_year(y) + before + i64::from(d) - 1
        }
        Calendar::HijriLunar => {
            let y = i64::from(y);
            let m = i64::from(m);
            hijri_epoch()
                + (y - 1) * 354
                + (3 + 11 * y).div_euclid(30)
                + (59 * (m - 1) + 1) / 2
                + i64::from(d)
                - 1
        }
    })
}

/// The Gregorian date of a day number.
pub(crate) fn gregorian_of(n: i64) -> Option<GregorianDate> {
    // Howard Hinnant's civil_from_days.
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    GregorianDate::new(
        i32::try_from(y).ok()?,
        u8::try_from(m).ok()?,
        u8::try_from(d).ok()?,
    )
}

/// The day number of a Gregorian date.
pub(crate) fn gregorian_day_number(d: GregorianDate) -> i64 {
    gregorian_days(d.year, d.month, d.day)
}

/// The Jalali (year, month, day) of a day number.
pub(crate) fn jalali_of(n: i64) -> (i32, u8, u8) {
    let g = gregorian_of(n).map_or(1970, |g| g.year);
    let mut y = g - 621;
    if jalali_new_year(y) > n {
        y -= 1;
    }
    let doy = n - jalali_new_year(y);
    let (m, d) = if doy < 186 {
        (doy / 31 + 1, doy % 31 + 1)
    } else {
        ((doy - 186) / 30 + 7, (doy - 186) % 30 + 1)
    };
    (y, m.clamp(1, 12) as u8, d.clamp(1, 31) as u8)
}

/// The weekday of a day number, 0 = Saturday … 6 = Friday.
pub(crate) fn weekday_of(n: i64) -> u8 {
    // 1970-01-01 was a Thursday (5).
    (n + 5).rem_euclid(7) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nowruz_1403_is_2024_03_20_and_1404_is_2025_03_21() {
        let d = day_number(Calendar::Jalali, 1403, 1, 1).unwrap();
        assert_eq!(gregorian_of(d).unwrap().to_string(), "2024-03-20");
        let d = day_number(Calendar::Jalali, 1404, 1, 1).unwrap();
        assert_eq!(gregorian_of(d).unwrap().to_string(), "2025-03-21");
        assert_eq!(jalali_of(d), (1404, 1, 1));
        assert_eq!(weekday_of(d), 6); // a Friday
    }

    #[test]
    fn first_ramadan_1445_is_about_2024_03_11() {
        let d = day_number(Calendar::HijriLunar, 1445, 9, 1).unwrap();
        assert_eq!(gregorian_of(d).unwrap().to_string(), "2024-03-11");
    }

    #[test]
    fn jalali_oracle_rows_round_trip() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/data/calendar/jalali_oracle.tsv"
        );
        let Ok(rows) = std::fs::read_to_string(path) else {
            eprintln!("skipped: {path} is absent");
            return;
        };
        for row in rows.lines() {
            let f: Vec<&str> = row.split('\t').collect();
            let (y, m, d) = (f[0].parse().unwrap(), f[1].parse().unwrap(), f[2].parse().unwrap());
            let n = day_number(Calendar::Jalali, y, m, d).unwrap();
            assert_eq!(gregorian_of(n).unwrap().to_string(), f[3], "{row}");
            assert_eq!(jalali_of(n), (y, m, d), "{row}");
        }
    }
}
