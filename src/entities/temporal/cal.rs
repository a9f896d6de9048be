//! The calendar arithmetic the resolver needs, in day numbers (days since 1970-01-01), on top
//! of [`crate::calendar`].

pub use crate::calendar::{Calendar, GregorianDate};
use crate::calendar::{CalendarSystem, Gregorian, HijriDate, HijriLunar, Jalali, JalaliDate};

/// The number of days of `month` in `year`; 0 outside 1–12.
pub(crate) fn days_in_month(cal: Calendar, year: i32, month: u8) -> u8 {
    match cal {
        Calendar::Jalali => Jalali::days_in_month(year, month),
        Calendar::Gregorian => Gregorian::days_in_month(year, month),
        Calendar::HijriLunar => HijriLunar::days_in_month(year, month),
    }
}

/// The day number of a date, or `None` when the date does not exist.
pub(crate) fn day_number(cal: Calendar, y: i32, m: u8, d: u8) -> Option<i64> {
    let n = match cal {
        Calendar::Jalali => JalaliDate::new(y, m, d).ok()?.day_number(),
        Calendar::Gregorian => GregorianDate::new(y, m, d).ok()?.day_number(),
        Calendar::HijriLunar => HijriDate::new(y, m, d).ok()?.day_number(),
    };
    Some(i64::from(n))
}

/// The Gregorian date of a day number, inside the calendar module's range.
pub(crate) fn gregorian_of(n: i64) -> Option<GregorianDate> {
    GregorianDate::from_day_number(i32::try_from(n).ok()?).ok()
}

/// The day number of a Gregorian date.
pub(crate) fn gregorian_day_number(d: GregorianDate) -> i64 {
    i64::from(d.day_number())
}

/// The Jalali (year, month, day) of a day number.
pub(crate) fn jalali_of(n: i64) -> Option<(i32, u8, u8)> {
    let d = JalaliDate::from_day_number(i32::try_from(n).ok()?).ok()?;
    Some((d.year(), d.month(), d.day()))
}

/// The weekday of a day number, 0 = Saturday … 6 = Friday.
pub(crate) fn weekday_of(n: i64) -> u8 {
    // 1970-01-01 (day 0) was a Thursday.
    (n + 5).rem_euclid(7) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekday_of_day_numbers_agrees_with_the_calendar() {
        for (y, m, d) in [(1403, 1, 1), (1402, 12, 29), (1348, 10, 11)] {
            let date = JalaliDate::new(y, m, d).unwrap();
            let n = i64::from(date.day_number());
            assert_eq!(weekday_of(n), date.weekday().days_from_saturday());
            assert_eq!(jalali_of(n), Some((y, m, d)));
        }
    }
}
