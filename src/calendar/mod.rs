//! Jalali (Solar Hijri), Gregorian and lunar Hijri calendars.
//!
//! One date type, [`Date<C>`], is generic over a calendar marker; the three calendars Persian
//! news uses have aliases: [`JalaliDate`], [`GregorianDate`] and [`HijriDate`]. Every date is
//! validated on construction, is `Copy`, orders chronologically and converts to the other
//! calendars through its day number (days since 1970-01-01), so any two dates can be compared
//! or subtracted.
//!
//! | calendar | rule | exact? |
//! |---|---|---|
//! | [`Jalali`] | months 1–6 have 31 days, 7–11 have 30, Esfand 29 or 30; year *y* is leap iff `(25·y + 11) mod 33 < 8` | equals the official (astronomical) calendar for every year from 1178 to 1501 SH (1799–2123 CE), see [`Jalali`] |
//! | [`Gregorian`] | proleptic Gregorian (leap every 4 years, not every 100, every 400) | exact |
//! | [`HijriLunar`] | tabular (arithmetic) Islamic calendar: odd months 30 days, even 29, Dhu al-Hijjah 30 in the 11 leap years of each 30-year cycle | **approximate**: Iran fixes lunar months by moon sighting, so a real date can be one or two days off, see [`HijriLunar`] |
//!
//! Every date lies between Gregorian 0001-01-01 and 9999-12-31 ([`Date::MIN_DAY_NUMBER`] to
//! [`Date::MAX_DAY_NUMBER`]); within that range conversions never fail. Jalali and Hijri years
//! before their eras (year 1 began in 622 CE) are proleptic, numbered 0, −1, −2 …
//!
//! Formatting: [`Display`](std::fmt::Display) writes ISO 8601 (`1402-01-12`) in every calendar;
//! [`Date::persian`] writes the Persian form with Persian digits (`۱۲ فروردین ۱۴۰۲`).
//!
//! ```
//! use pardaz::calendar::{GregorianDate, JalaliDate, Weekday};
//!
//! let nowruz = JalaliDate::new(1403, 1, 1)?;
//! assert_eq!(nowruz.to_gregorian(), GregorianDate::new(2024, 3, 20)?);
//! assert_eq!(nowruz.weekday(), Weekday::Wednesday);
//! assert_eq!(nowruz.to_string(), "1403-01-01");
//! assert_eq!(nowruz.persian().to_string(), "۱ فروردین ۱۴۰۳");
//!
//! // 1403 is a leap year, 1402 is not.
//! assert!(JalaliDate::new(1403, 12, 30).is_ok());
//! let err = JalaliDate::new(1402, 12, 30).unwrap_err();
//! assert_eq!(err.to_string(), "30 Esfand 1402 does not exist: 1402 is not a leap year");
//! # Ok::<(), pardaz::calendar::DateError>(())
//! ```

mod date;
mod error;
mod gregorian;
mod hijri;
mod jalali;
mod names;
mod weekday;

pub use date::{Date, PersianDate};
pub use error::{DateError, DateErrorKind, ParseDateError};
pub use gregorian::Gregorian;
pub use hijri::HijriLunar;
pub use jalali::Jalali;
pub use names::{
    GREGORIAN_MONTHS, GREGORIAN_MONTHS_LATIN, HIJRI_MONTHS, HIJRI_MONTHS_LATIN, JALALI_MONTHS,
    JALALI_MONTHS_LATIN, MonthName, month_names,
};
pub use weekday::Weekday;

use std::fmt;

/// A date in the Jalali (Solar Hijri) calendar, Iran's official calendar.
pub type JalaliDate = Date<Jalali>;
/// A date in the proleptic Gregorian calendar.
pub type GregorianDate = Date<Gregorian>;
/// A date in the tabular lunar Hijri calendar (approximate, see [`HijriLunar`]).
pub type HijriDate = Date<HijriLunar>;

/// Which calendar a date or a value belongs to, as a runtime tag.
///
/// [`as_str`](Self::as_str) gives the names the entity extractor writes into its JSON output.
///
/// ```
/// use pardaz::calendar::{Calendar, HijriDate};
///
/// assert_eq!(Calendar::HijriLunar.as_str(), "hijri_lunar");
/// assert!(Calendar::HijriLunar.is_approximate());
/// assert_eq!(HijriDate::new(1445, 9, 1)?.calendar(), Calendar::HijriLunar);
/// # Ok::<(), pardaz::calendar::DateError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Calendar {
    /// The Jalali (Solar Hijri, هجری شمسی) calendar.
    Jalali,
    /// The Gregorian (میلادی) calendar.
    Gregorian,
    /// The lunar Hijri (هجری قمری) calendar.
    HijriLunar,
}

impl Calendar {
    /// `"jalali"`, `"gregorian"` or `"hijri_lunar"`.
    ///
    /// ```
    /// assert_eq!(pardaz::calendar::Calendar::Jalali.as_str(), "jalali");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Calendar::Jalali => "jalali",
            Calendar::Gregorian => "gregorian",
            Calendar::HijriLunar => "hijri_lunar",
        }
    }

    /// Whether dates in this calendar, converted to another calendar, are only approximate.
    /// True for [`HijriLunar`] only: its real dates follow moon sighting.
    ///
    /// ```
    /// use pardaz::calendar::Calendar;
    /// assert!(!Calendar::Jalali.is_approximate());
    /// assert!(Calendar::HijriLunar.is_approximate());
    /// ```
    pub const fn is_approximate(self) -> bool {
        matches!(self, Calendar::HijriLunar)
    }

    /// The Persian name of month `month` (1–12) in this calendar, in standard Iranian
    /// spelling, or `None` outside 1–12.
    ///
    /// ```
    /// use pardaz::calendar::Calendar;
    /// assert_eq!(Calendar::Jalali.month_name(1), Some("فروردین"));
    /// assert_eq!(Calendar::HijriLunar.month_name(9), Some("رمضان"));
    /// assert_eq!(Calendar::Gregorian.month_name(3), Some("مارس"));
    /// assert_eq!(Calendar::Gregorian.month_name(13), None);
    /// ```
    pub fn month_name(self, month: u8) -> Option<&'static str> {
        self.months()
            .get(usize::from(month).wrapping_sub(1))
            .copied()
    }

    /// The twelve Persian month names of this calendar, Farvardin / Muharram / January first.
    ///
    /// ```
    /// use pardaz::calendar::Calendar;
    /// assert_eq!(Calendar::Jalali.months()[11], "اسفند");
    /// ```
    pub const fn months(self) -> &'static [&'static str; 12] {
        match self {
            Calendar::Jalali => &JALALI_MONTHS,
            Calendar::Gregorian => &GREGORIAN_MONTHS,
            Calendar::HijriLunar => &HIJRI_MONTHS,
        }
    }

    /// The month names in Latin transliteration (`Farvardin`, `Muharram`, `January`), as
    /// error messages write them.
    ///
    /// ```
    /// use pardaz::calendar::Calendar;
    /// assert_eq!(Calendar::Jalali.months_latin()[11], "Esfand");
    /// ```
    pub const fn months_latin(self) -> &'static [&'static str; 12] {
        match self {
            Calendar::Jalali => &JALALI_MONTHS_LATIN,
            Calendar::Gregorian => &GREGORIAN_MONTHS_LATIN,
            Calendar::HijriLunar => &HIJRI_MONTHS_LATIN,
        }
    }

    /// Whether `year` is a leap year of this calendar (see [`CalendarSystem::is_leap_year`]),
    /// for callers that hold the calendar as a runtime value.
    ///
    /// ```
    /// use pardaz::calendar::Calendar;
    /// assert!(Calendar::Jalali.is_leap_year(1403));
    /// assert!(!Calendar::Gregorian.is_leap_year(2100));
    /// ```
    pub fn is_leap_year(self, year: i32) -> bool {
        match self {
            Calendar::Jalali => Jalali::is_leap_year(year),
            Calendar::Gregorian => Gregorian::is_leap_year(year),
            Calendar::HijriLunar => HijriLunar::is_leap_year(year),
        }
    }

    /// The number of days of `month` in `year` of this calendar; 0 when `month` is not 1–12.
    ///
    /// ```
    /// use pardaz::calendar::Calendar;
    /// assert_eq!(Calendar::Jalali.days_in_month(1402, 12), 29);
    /// assert_eq!(Calendar::HijriLunar.days_in_month(1445, 9), 30);
    /// ```
    pub fn days_in_month(self, year: i32, month: u8) -> u8 {
        match self {
            Calendar::Jalali => Jalali::days_in_month(year, month),
            Calendar::Gregorian => Gregorian::days_in_month(year, month),
            Calendar::HijriLunar => HijriLunar::days_in_month(year, month),
        }
    }

    /// The day number (days since 1970-01-01) of `day month year` in this calendar,
    /// validated as [`Date::new`] does.
    ///
    /// # Errors
    /// As [`Date::new`].
    ///
    /// ```
    /// use pardaz::calendar::{Calendar, GregorianDate};
    /// let n = Calendar::Jalali.day_number(1403, 1, 1)?;
    /// assert_eq!(GregorianDate::from_day_number(n)?.to_string(), "2024-03-20");
    /// assert!(Calendar::Jalali.day_number(1402, 12, 30).is_err());
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn day_number(self, year: i32, month: u8, day: u8) -> Result<i32, DateError> {
        Ok(match self {
            Calendar::Jalali => JalaliDate::new(year, month, day)?.day_number(),
            Calendar::Gregorian => GregorianDate::new(year, month, day)?.day_number(),
            Calendar::HijriLunar => HijriDate::new(year, month, day)?.day_number(),
        })
    }

    /// The English name of the calendar, as error messages write it: `Jalali`, `Gregorian`,
    /// `lunar Hijri`.
    ///
    /// ```
    /// assert_eq!(pardaz::calendar::Calendar::HijriLunar.english_name(), "lunar Hijri");
    /// ```
    pub const fn english_name(self) -> &'static str {
        match self {
            Calendar::Jalali => "Jalali",
            Calendar::Gregorian => "Gregorian",
            Calendar::HijriLunar => "lunar Hijri",
        }
    }
}

impl fmt::Display for Calendar {
    /// Writes [`as_str`](Calendar::as_str).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

mod sealed {
    pub trait Sealed {}
}

/// The arithmetic of one calendar: the trait behind [`Date<C>`], implemented by the markers
/// [`Jalali`], [`Gregorian`] and [`HijriLunar`]. It is sealed: the set of calendars is closed.
///
/// The associated functions take plain numbers and never fail; [`Date`] validates.
///
/// ```
/// use pardaz::calendar::{CalendarSystem, Gregorian, Jalali};
///
/// assert!(Jalali::is_leap_year(1403));
/// assert!(!Jalali::is_leap_year(1404));
/// assert_eq!(Jalali::days_in_month(1402, 12), 29);
/// assert_eq!(Gregorian::days_in_month(2024, 2), 29);
/// ```
pub trait CalendarSystem:
    sealed::Sealed + Copy + Ord + std::hash::Hash + fmt::Debug + Default + 'static
{
    /// The runtime tag of this calendar.
    const CALENDAR: Calendar;

    /// Whether dates of this calendar only approximate the real (observed) calendar: true
    /// for [`HijriLunar`]. Same as [`Calendar::is_approximate`].
    const APPROXIMATE: bool = false;

    /// Whether `year` has a leap day (30 Esfand, 29 February, 30 Dhu al-Hijjah).
    fn is_leap_year(year: i32) -> bool;

    /// The number of days of `month` in `year`; 0 when `month` is not 1–12.
    fn days_in_month(year: i32, month: u8) -> u8;

    /// The day number (days since 1970-01-01) of a date whose month and day are in range.
    #[doc(hidden)]
    fn to_day_number(year: i32, month: u8, day: u8) -> i64;

    /// The date of a day number in the supported range.
    #[doc(hidden)]
    fn from_day_number(day_number: i64) -> (i32, u8, u8);

    /// The number of days in `year`: 365 or 366 for the solar calendars, 354 or 355 for the
    /// lunar one.
    fn days_in_year(year: i32) -> u16;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_tags_are_the_json_names() {
        let names: Vec<_> = [Calendar::Jalali, Calendar::Gregorian, Calendar::HijriLunar]
            .iter()
            .map(|c| c.to_string())
            .collect();
        assert_eq!(names, ["jalali", "gregorian", "hijri_lunar"]);
    }

    /// Checks a calendar's arithmetic against itself over the whole supported range: month
    /// lengths add up to the year length, year starts are a year length apart, and every day
    /// number maps to a valid date that maps back, the next day number to the next date.
    fn assert_consistent<C: CalendarSystem>() {
        let (first, _, _) = C::from_day_number(Date::<C>::MIN_DAY_NUMBER.into());
        let (last, _, _) = C::from_day_number(Date::<C>::MAX_DAY_NUMBER.into());
        for y in first..=last {
            let len = C::to_day_number(y + 1, 1, 1) - C::to_day_number(y, 1, 1);
            assert_eq!(len, i64::from(C::days_in_year(y)), "{:?} {y}", C::CALENDAR);
            let sum: i64 = (1..=12).map(|m| i64::from(C::days_in_month(y, m))).sum();
            assert_eq!(sum, len, "{:?} {y}", C::CALENDAR);
        }
        let mut prev = C::from_day_number(i64::from(Date::<C>::MIN_DAY_NUMBER) - 1);
        for n in Date::<C>::MIN_DAY_NUMBER..=Date::<C>::MAX_DAY_NUMBER {
            let (y, m, d) = C::from_day_number(n.into());
            assert_eq!(
                C::to_day_number(y, m, d),
                i64::from(n),
                "{:?} {n}",
                C::CALENDAR
            );
            let (py, pm, pd) = prev;
            let expected = if pd < C::days_in_month(py, pm) {
                (py, pm, pd + 1)
            } else if pm < 12 {
                (py, pm + 1, 1)
            } else {
                (py + 1, 1, 1)
            };
            assert_eq!((y, m, d), expected, "{:?} {n}", C::CALENDAR);
            prev = (y, m, d);
        }
    }

    #[test]
    fn jalali_arithmetic_is_consistent_over_the_whole_range() {
        assert_consistent::<Jalali>();
    }

    #[test]
    fn gregorian_arithmetic_is_consistent_over_the_whole_range() {
        assert_consistent::<Gregorian>();
    }

    #[test]
    fn hijri_arithmetic_is_consistent_over_the_whole_range() {
        assert_consistent::<HijriLunar>();
    }

    #[test]
    fn month_name_is_none_outside_one_to_twelve() {
        for cal in [Calendar::Jalali, Calendar::Gregorian, Calendar::HijriLunar] {
            assert_eq!(cal.month_name(0), None);
            assert_eq!(cal.month_name(13), None);
            assert!(cal.month_name(12).is_some());
        }
    }
}
