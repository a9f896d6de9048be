//! [`Date<C>`]: a validated date in one calendar, and its Persian display adapter.

use super::error::write_iso;
use super::{
    Calendar, CalendarSystem, DateError, DateErrorKind, Gregorian, HijriLunar, Jalali,
    ParseDateError,
};
use super::{Weekday, gregorian};
use std::fmt;
use std::marker::PhantomData;

/// A valid date in the calendar `C`: [`JalaliDate`](super::JalaliDate),
/// [`GregorianDate`](super::GregorianDate) or [`HijriDate`](super::HijriDate).
///
/// A `Date` always exists in its calendar and lies in the supported range (Gregorian
/// 0001-01-01 to 9999-12-31). It orders chronologically (year, month, day), is `Copy` and
/// `Hash`, and takes 8 bytes.
///
/// | operation | method |
/// |---|---|
/// | build, validated | [`new`](Self::new), [`from_day_number`](Self::from_day_number), [`first_of_month`](Self::first_of_month), [`last_of_month`](Self::last_of_month), [`first_of_year`](Self::first_of_year), [`last_of_year`](Self::last_of_year) |
/// | convert | [`to_jalali`](Self::to_jalali), [`to_gregorian`](Self::to_gregorian), [`to_hijri`](Self::to_hijri), [`convert`](Self::convert), `From` |
/// | count days | [`day_number`](Self::day_number), [`days_until`](Self::days_until), [`add_days`](Self::add_days), [`add_months`](Self::add_months), [`add_years`](Self::add_years), [`day_of_year`](Self::day_of_year) |
/// | calendar facts | [`weekday`](Self::weekday), [`days_in_month`](Self::days_in_month), [`is_leap_year`](Self::is_leap_year), [`month_name`](Self::month_name) |
/// | format | `Display` (ISO 8601, `1402-01-12`), [`persian`](Self::persian) (`۱۲ فروردین ۱۴۰۲`) |
///
/// ```
/// use pardaz::calendar::{GregorianDate, HijriDate, JalaliDate, Weekday};
///
/// let d = JalaliDate::new(1402, 1, 12)?;
/// assert_eq!(d.to_gregorian().to_string(), "2023-04-01");
/// assert_eq!(d.weekday(), Weekday::Saturday);
/// assert_eq!(d.add_days(20)?.to_string(), "1402-02-01");
/// assert_eq!(d.days_until(JalaliDate::new(1403, 1, 12)?), 365);
/// assert_eq!(d.persian().to_string(), "۱۲ فروردین ۱۴۰۲");
///
/// // Dates of different calendars compare through their day numbers.
/// let g: GregorianDate = d.into();
/// assert_eq!(g.day_number(), d.day_number());
/// assert_eq!(HijriDate::from(g).to_string(), "1444-09-10");
/// # Ok::<(), pardaz::calendar::DateError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date<C> {
    // Field order gives the derived `Ord` its chronological meaning.
    year: i32,
    month: u8,
    day: u8,
    calendar: PhantomData<C>,
}

impl<C: CalendarSystem> Date<C> {
    /// The day number of Gregorian 0001-01-01, the first supported day.
    pub const MIN_DAY_NUMBER: i32 = -719_162;
    /// The day number of Gregorian 9999-12-31, the last supported day.
    pub const MAX_DAY_NUMBER: i32 = 2_932_896;

    /// Whether dates of this calendar, and the values derived from them, are approximate:
    /// true for [`HijriDate`](super::HijriDate) only (see [`HijriLunar`]).
    ///
    /// ```
    /// use pardaz::calendar::{GregorianDate, HijriDate, JalaliDate};
    /// assert!(HijriDate::APPROXIMATE);
    /// assert!(!JalaliDate::APPROXIMATE);
    /// assert!(!GregorianDate::APPROXIMATE);
    /// ```
    pub const APPROXIMATE: bool = C::APPROXIMATE;

    /// The date `day month year` in calendar `C`, if it exists and lies in the supported range.
    ///
    /// # Errors
    /// [`DateError`] when the month is not 1–12, the day is 0 or past the end of the month
    /// (30 Esfand of a year that is not leap), or the date is outside Gregorian 0001–9999.
    ///
    /// ```
    /// use pardaz::calendar::{DateErrorKind, JalaliDate};
    ///
    /// assert!(JalaliDate::new(1403, 12, 30).is_ok());
    /// let err = JalaliDate::new(1402, 12, 30).unwrap_err();
    /// assert_eq!(err.kind(), DateErrorKind::DayOutOfRange { days_in_month: 29 });
    /// ```
    pub fn new(year: i32, month: u8, day: u8) -> Result<Self, DateError> {
        let error = |kind| DateError::new(C::CALENDAR, year, month, day, kind);
        if !(1..=12).contains(&month) {
            return Err(error(DateErrorKind::MonthOutOfRange));
        }
        let days_in_month = C::days_in_month(year, month);
        if day == 0 || day > days_in_month {
            return Err(error(DateErrorKind::DayOutOfRange { days_in_month }));
        }
        let n = C::to_day_number(year, month, day);
        if !in_range(n) {
            return Err(error(DateErrorKind::OutOfRange));
        }
        Ok(Self::new_unchecked(year, month, day))
    }

    const fn new_unchecked(year: i32, month: u8, day: u8) -> Self {
        Date {
            year,
            month,
            day,
            calendar: PhantomData,
        }
    }

    /// The date of day number `day_number` (days since Gregorian 1970-01-01, which is day 0).
    ///
    /// # Errors
    /// [`DateErrorKind::DayNumberOutOfRange`] outside
    /// [`MIN_DAY_NUMBER`](Self::MIN_DAY_NUMBER)`..=`[`MAX_DAY_NUMBER`](Self::MAX_DAY_NUMBER).
    ///
    /// ```
    /// use pardaz::calendar::JalaliDate;
    /// assert_eq!(JalaliDate::from_day_number(0)?.to_string(), "1348-10-11");
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn from_day_number(day_number: i32) -> Result<Self, DateError> {
        Self::from_day_number_i64(day_number.into()).ok_or_else(|| {
            DateError::new(
                C::CALENDAR,
                0,
                0,
                0,
                DateErrorKind::DayNumberOutOfRange {
                    day_number: day_number.into(),
                },
            )
        })
    }

    fn from_day_number_i64(n: i64) -> Option<Self> {
        in_range(n).then(|| {
            let (y, m, d) = C::from_day_number(n);
            Self::new_unchecked(y, m, d)
        })
    }

    /// The first day of `month` in `year`.
    ///
    /// # Errors
    /// As [`new`](Self::new).
    ///
    /// ```
    /// use pardaz::calendar::JalaliDate;
    /// let mehr = JalaliDate::first_of_month(1402, 7)?;
    /// assert_eq!(mehr.to_gregorian().to_string(), "2023-09-23");
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn first_of_month(year: i32, month: u8) -> Result<Self, DateError> {
        Self::new(year, month, 1)
    }

    /// The last day of `month` in `year`.
    ///
    /// # Errors
    /// As [`new`](Self::new).
    ///
    /// ```
    /// use pardaz::calendar::JalaliDate;
    /// assert_eq!(JalaliDate::last_of_month(1403, 12)?.to_string(), "1403-12-30");
    /// assert_eq!(JalaliDate::last_of_month(1402, 12)?.to_string(), "1402-12-29");
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn last_of_month(year: i32, month: u8) -> Result<Self, DateError> {
        Self::new(year, month, C::days_in_month(year, month))
    }

    /// The first day of `year` (1 Farvardin, 1 January, 1 Muharram).
    ///
    /// # Errors
    /// As [`new`](Self::new).
    ///
    /// ```
    /// use pardaz::calendar::JalaliDate;
    /// let y = JalaliDate::first_of_year(1396)?;
    /// assert_eq!(y.to_gregorian().to_string(), "2017-03-21");
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn first_of_year(year: i32) -> Result<Self, DateError> {
        Self::new(year, 1, 1)
    }

    /// The last day of `year` (29 or 30 Esfand, 31 December, 29 or 30 Dhu al-Hijjah).
    ///
    /// # Errors
    /// As [`new`](Self::new).
    ///
    /// ```
    /// use pardaz::calendar::JalaliDate;
    /// let y = JalaliDate::last_of_year(1396)?;
    /// assert_eq!(y.to_gregorian().to_string(), "2018-03-20");
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn last_of_year(year: i32) -> Result<Self, DateError> {
        Self::last_of_month(year, 12)
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!(pardaz::calendar::JalaliDate::new(1402, 5, 12)?.year(), 1402);
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month, 1–12.
    ///
    /// ```
    /// assert_eq!(pardaz::calendar::JalaliDate::new(1402, 5, 12)?.month(), 5);
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    ///
    /// ```
    /// assert_eq!(pardaz::calendar::JalaliDate::new(1402, 5, 12)?.day(), 12);
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub const fn day(self) -> u8 {
        self.day
    }

    /// The calendar of this date as a runtime tag.
    ///
    /// ```
    /// use pardaz::calendar::{Calendar, JalaliDate};
    /// assert_eq!(JalaliDate::new(1402, 5, 12)?.calendar(), Calendar::Jalali);
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub const fn calendar(self) -> Calendar {
        C::CALENDAR
    }

    /// Days since Gregorian 1970-01-01 (day 0; earlier days are negative). Equal dates of
    /// different calendars have equal day numbers.
    ///
    /// ```
    /// use pardaz::calendar::{GregorianDate, JalaliDate};
    /// assert_eq!(GregorianDate::new(1970, 1, 2)?.day_number(), 1);
    /// assert_eq!(JalaliDate::new(1348, 10, 11)?.day_number(), 0);
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn day_number(self) -> i32 {
        // In range by construction, so the value fits.
        C::to_day_number(self.year, self.month, self.day) as i32
    }

    /// The number of days from `self` to `other` (negative when `other` is earlier), in any
    /// calendar.
    ///
    /// ```
    /// use pardaz::calendar::{GregorianDate, JalaliDate};
    /// let nowruz = JalaliDate::new(1403, 1, 1)?;
    /// assert_eq!(nowruz.days_until(JalaliDate::new(1404, 1, 1)?), 366);
    /// assert_eq!(nowruz.days_until(GregorianDate::new(2024, 3, 19)?), -1);
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn days_until<D: CalendarSystem>(self, other: Date<D>) -> i32 {
        other.day_number() - self.day_number()
    }

    /// The date `days` days later (earlier when negative).
    ///
    /// # Errors
    /// [`DateErrorKind::DayNumberOutOfRange`] when the result leaves the supported range.
    ///
    /// ```
    /// use pardaz::calendar::JalaliDate;
    /// let d = JalaliDate::new(1402, 12, 29)?;
    /// assert_eq!(d.add_days(1)?.to_string(), "1403-01-01");
    /// assert_eq!(d.add_days(-29)?.to_string(), "1402-11-30");
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn add_days(self, days: i32) -> Result<Self, DateError> {
        let n = i64::from(self.day_number()) + i64::from(days);
        Self::from_day_number_i64(n).ok_or_else(|| {
            DateError::new(
                C::CALENDAR,
                self.year,
                self.month,
                self.day,
                DateErrorKind::DayNumberOutOfRange { day_number: n },
            )
        })
    }

    /// The same day `months` months later (earlier when negative), in this date's calendar;
    /// a day past the end of the target month becomes its last day (31 Shahrivar + 1 month =
    /// 30 Mehr).
    ///
    /// # Errors
    /// [`DateErrorKind::OutOfRange`] when the result leaves the supported range.
    ///
    /// ```
    /// use pardaz::calendar::JalaliDate;
    /// let d = JalaliDate::new(1402, 6, 31)?;
    /// assert_eq!(d.add_months(1)?.to_string(), "1402-07-30");
    /// assert_eq!(d.add_months(-6)?.to_string(), "1401-12-29");
    /// assert_eq!(d.add_months(12)?.to_string(), "1403-06-31");
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn add_months(self, months: i32) -> Result<Self, DateError> {
        let index = i64::from(self.year) * 12 + i64::from(self.month - 1) + i64::from(months);
        let out_of_range = || {
            DateError::new(
                C::CALENDAR,
                self.year,
                self.month,
                self.day,
                DateErrorKind::OutOfRange,
            )
        };
        let year = i32::try_from(index.div_euclid(12)).map_err(|_| out_of_range())?;
        // 1–12 by construction.
        let month = index.rem_euclid(12) as u8 + 1;
        let day = self.day.min(C::days_in_month(year, month));
        Self::new(year, month, day).map_err(|_| out_of_range())
    }

    /// The same day `years` years later (earlier when negative); 30 Esfand of a leap year
    /// becomes 29 Esfand in a common year, 29 February becomes 28 February.
    ///
    /// # Errors
    /// [`DateErrorKind::OutOfRange`] when the result leaves the supported range.
    ///
    /// ```
    /// use pardaz::calendar::JalaliDate;
    /// let d = JalaliDate::new(1403, 12, 30)?;
    /// assert_eq!(d.add_years(1)?.to_string(), "1404-12-29");
    /// assert_eq!(d.add_years(-4)?.to_string(), "1399-12-30");
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn add_years(self, years: i32) -> Result<Self, DateError> {
        self.add_months(years.saturating_mul(12))
    }

    /// The day of the year, from 1 (1 Farvardin) to 365 or 366.
    ///
    /// ```
    /// use pardaz::calendar::JalaliDate;
    /// assert_eq!(JalaliDate::new(1402, 7, 1)?.day_of_year(), 187);
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn day_of_year(self) -> u16 {
        let start = C::to_day_number(self.year, 1, 1);
        // At most 355 or 366.
        (C::to_day_number(self.year, self.month, self.day) - start + 1) as u16
    }

    /// The day of the week.
    ///
    /// ```
    /// use pardaz::calendar::{GregorianDate, Weekday};
    /// assert_eq!(GregorianDate::new(1970, 1, 1)?.weekday(), Weekday::Thursday);
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn weekday(self) -> Weekday {
        Weekday::from_day_number(self.day_number())
    }

    /// Whether this date's year is a leap year of its calendar.
    ///
    /// ```
    /// use pardaz::calendar::JalaliDate;
    /// assert!(JalaliDate::new(1403, 5, 1)?.is_leap_year());
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn is_leap_year(self) -> bool {
        C::is_leap_year(self.year)
    }

    /// The number of days of this date's month.
    ///
    /// ```
    /// use pardaz::calendar::JalaliDate;
    /// assert_eq!(JalaliDate::new(1402, 6, 1)?.days_in_month(), 31);
    /// assert_eq!(JalaliDate::new(1402, 7, 1)?.days_in_month(), 30);
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn days_in_month(self) -> u8 {
        C::days_in_month(self.year, self.month)
    }

    /// The Persian name of this date's month (see [`Calendar::month_name`]).
    ///
    /// ```
    /// use pardaz::calendar::HijriDate;
    /// assert_eq!(HijriDate::new(1445, 9, 1)?.month_name(), "رمضان");
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn month_name(self) -> &'static str {
        let months = C::CALENDAR.months();
        months[usize::from(self.month - 1) % months.len()]
    }

    /// The same day in calendar `D`.
    ///
    /// ```
    /// use pardaz::calendar::{Date, Gregorian, JalaliDate};
    /// let g: Date<Gregorian> = JalaliDate::new(1403, 1, 1)?.convert();
    /// assert_eq!(g.to_string(), "2024-03-20");
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn convert<D: CalendarSystem>(self) -> Date<D> {
        let (y, m, d) = D::from_day_number(i64::from(self.day_number()));
        Date::new_unchecked(y, m, d)
    }

    /// The same day in the Jalali calendar.
    ///
    /// ```
    /// use pardaz::calendar::GregorianDate;
    /// assert_eq!(GregorianDate::new(2025, 3, 21)?.to_jalali().to_string(), "1404-01-01");
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn to_jalali(self) -> Date<Jalali> {
        self.convert()
    }

    /// The same day in the Gregorian calendar.
    ///
    /// ```
    /// use pardaz::calendar::JalaliDate;
    /// assert_eq!(JalaliDate::new(1403, 12, 30)?.to_gregorian().to_string(), "2025-03-20");
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn to_gregorian(self) -> Date<Gregorian> {
        self.convert()
    }

    /// The same day in the tabular lunar Hijri calendar (approximate: see [`HijriLunar`]).
    ///
    /// ```
    /// use pardaz::calendar::GregorianDate;
    /// assert_eq!(GregorianDate::new(2024, 3, 11)?.to_hijri().to_string(), "1445-09-01");
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn to_hijri(self) -> Date<HijriLunar> {
        self.convert()
    }

    /// A display adapter that writes the date in Persian, with Persian digits and the
    /// Persian month name: `۱۲ فروردین ۱۴۰۲`, `۲۰ مارس ۲۰۲۴`, `۱ رمضان ۱۴۴۵`.
    ///
    /// ```
    /// use pardaz::calendar::GregorianDate;
    /// let d = GregorianDate::new(2024, 3, 20)?;
    /// assert_eq!(d.persian().to_string(), "۲۰ مارس ۲۰۲۴");
    /// assert_eq!(format!("{}", d.to_jalali().persian()), "۱ فروردین ۱۴۰۳");
    /// # Ok::<(), pardaz::calendar::DateError>(())
    /// ```
    pub fn persian(self) -> PersianDate<C> {
        PersianDate(self)
    }
}

/// Whether a day number lies in the supported range.
fn in_range(n: i64) -> bool {
    (i64::from(Date::<Gregorian>::MIN_DAY_NUMBER)..=i64::from(Date::<Gregorian>::MAX_DAY_NUMBER))
        .contains(&n)
}

impl<C: CalendarSystem> fmt::Display for Date<C> {
    /// Writes the date in ISO 8601 form, `YYYY-MM-DD`, in its own calendar.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_iso(f, self.year, self.month, self.day)
    }
}

impl<C: CalendarSystem> fmt::Debug for Date<C> {
    /// Writes the calendar and the ISO form: `Jalali(1402-01-12)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}({self})", C::CALENDAR)
    }
}

/// Writes a [`Date`] in Persian: day, month name, year, with Persian digits
/// (`۱۲ فروردین ۱۴۰۲`). Made by [`Date::persian`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct PersianDate<C>(Date<C>);

impl<C: CalendarSystem> fmt::Debug for PersianDate<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("PersianDate").field(&self.0).finish()
    }
}

impl<C: CalendarSystem> fmt::Display for PersianDate<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let date = self.0;
        write_persian_number(f, date.day.into())?;
        write!(f, " {} ", date.month_name())?;
        if date.year < 0 {
            f.write_str("-")?;
        }
        write_persian_number(f, date.year.unsigned_abs())
    }
}

/// Writes `n` with Persian digits.
fn write_persian_number(f: &mut fmt::Formatter<'_>, n: u32) -> fmt::Result {
    use fmt::Write;
    if n >= 10 {
        write_persian_number(f, n / 10)?;
    }
    let digit = crate::chars::persian_digit((n % 10) as u8).unwrap_or('?');
    f.write_char(digit)
}

impl<C: CalendarSystem> std::str::FromStr for Date<C> {
    type Err = ParseDateError;

    /// Reads `YYYY-MM-DD`, the form `Display` writes, in the calendar `C`. Also accepted:
    /// `/` instead of `-`, months and days of one digit, Persian or Arabic-Indic digits, and
    /// a leading `-` for proleptic years before year 1.
    ///
    /// ```
    /// use pardaz::calendar::{GregorianDate, JalaliDate};
    ///
    /// let d: JalaliDate = "1402-01-12".parse()?;
    /// assert_eq!(d, JalaliDate::new(1402, 1, 12)?);
    /// assert_eq!("۱۴۰۲/۱/۱۲".parse::<JalaliDate>()?, d);
    /// assert!("2023-02-29".parse::<GregorianDate>().is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn from_str(s: &str) -> Result<Self, ParseDateError> {
        let (negative, body) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let sep = if body.contains('/') { '/' } else { '-' };
        let mut parts = body.split(sep);
        let (Some(y), Some(m), Some(d), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(ParseDateError::Syntax);
        };
        let year = parse_field(y, 1..=9).ok_or(ParseDateError::Syntax)?;
        let month = parse_field(m, 1..=2).ok_or(ParseDateError::Syntax)?;
        let day = parse_field(d, 1..=2).ok_or(ParseDateError::Syntax)?;
        let year = i32::try_from(year).map_err(|_| ParseDateError::Syntax)?;
        let year = if negative { -year } else { year };
        // Fields of at most two digits fit in u8.
        Ok(Date::new(year, month as u8, day as u8)?)
    }
}

/// The value of a field of digits (any script) whose length is in `len`.
fn parse_field(s: &str, len: std::ops::RangeInclusive<usize>) -> Option<u32> {
    let mut value = 0u32;
    let mut n = 0;
    for c in s.chars() {
        n += 1;
        if n > *len.end() {
            return None;
        }
        value = value.checked_mul(10)? + u32::from(crate::chars::digit_value(c)?);
    }
    len.contains(&n).then_some(value)
}

macro_rules! impl_from_date {
    ($($from:ty => $to:ty),* $(,)?) => {$(
        impl From<Date<$from>> for Date<$to> {
            /// The same day in the other calendar.
            fn from(date: Date<$from>) -> Self {
                date.convert()
            }
        }
    )*};
}

impl_from_date! {
    Jalali => Gregorian,
    Jalali => HijriLunar,
    Gregorian => Jalali,
    Gregorian => HijriLunar,
    HijriLunar => Jalali,
    HijriLunar => Gregorian,
}

#[cfg(feature = "serde")]
impl<C: CalendarSystem> serde::Serialize for Date<C> {
    /// Serializes as the ISO 8601 string, `"1402-01-12"`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

// The Gregorian day count is the shared one; keep the range constants honest.
const _: () = {
    assert!(gregorian::days_from_civil(1, 1, 1) == Date::<Gregorian>::MIN_DAY_NUMBER as i64);
    assert!(gregorian::days_from_civil(9999, 12, 31) == Date::<Gregorian>::MAX_DAY_NUMBER as i64);
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{GregorianDate, HijriDate, JalaliDate};

    #[test]
    fn dates_order_chronologically() {
        let mut dates = [
            JalaliDate::new(1402, 12, 29).unwrap(),
            JalaliDate::new(1403, 1, 1).unwrap(),
            JalaliDate::new(1402, 1, 31).unwrap(),
            JalaliDate::new(1402, 2, 1).unwrap(),
        ];
        dates.sort();
        let iso: Vec<String> = dates.iter().map(ToString::to_string).collect();
        assert_eq!(
            iso,
            ["1402-01-31", "1402-02-01", "1402-12-29", "1403-01-01"]
        );
    }

    #[test]
    fn order_agrees_with_day_numbers() {
        let a = JalaliDate::new(1399, 12, 30).unwrap();
        let b = JalaliDate::new(1400, 1, 1).unwrap();
        assert!(a < b);
        assert_eq!(a.days_until(b), 1);
    }

    #[test]
    fn debug_names_the_calendar() {
        assert_eq!(
            format!("{:?}", HijriDate::new(1445, 9, 1).unwrap()),
            "HijriLunar(1445-09-01)"
        );
    }

    #[test]
    fn persian_display_uses_persian_digits_and_month_names() {
        let cases: &[(String, &str)] = &[
            (
                JalaliDate::new(1402, 1, 12).unwrap().persian().to_string(),
                "۱۲ فروردین ۱۴۰۲",
            ),
            (
                JalaliDate::new(1403, 12, 30).unwrap().persian().to_string(),
                "۳۰ اسفند ۱۴۰۳",
            ),
            (
                GregorianDate::new(2018, 1, 5)
                    .unwrap()
                    .persian()
                    .to_string(),
                "۵ ژانویه ۲۰۱۸",
            ),
            (
                HijriDate::new(1445, 12, 10).unwrap().persian().to_string(),
                "۱۰ ذی‌الحجه ۱۴۴۵",
            ),
            (
                GregorianDate::new(100, 1, 1).unwrap().persian().to_string(),
                "۱ ژانویه ۱۰۰",
            ),
        ];
        for (got, want) in cases {
            assert_eq!(got, want);
        }
    }

    #[test]
    fn iso_display_pads_years_and_signs_proleptic_ones() {
        assert_eq!(
            GregorianDate::new(622, 3, 22).unwrap().to_string(),
            "0622-03-22"
        );
        assert_eq!(
            GregorianDate::new(1, 1, 1).unwrap().to_jalali().to_string(),
            "-0621-10-11"
        );
    }

    #[test]
    fn the_range_ends_are_reachable_in_every_calendar() {
        for n in [
            Date::<Gregorian>::MIN_DAY_NUMBER,
            Date::<Gregorian>::MAX_DAY_NUMBER,
        ] {
            let j = JalaliDate::from_day_number(n).unwrap();
            let h = HijriDate::from_day_number(n).unwrap();
            assert_eq!(JalaliDate::new(j.year(), j.month(), j.day()), Ok(j));
            assert_eq!(HijriDate::new(h.year(), h.month(), h.day()), Ok(h));
            assert_eq!(j.day_number(), n);
            assert_eq!(h.day_number(), n);
        }
        assert!(JalaliDate::from_day_number(Date::<Gregorian>::MIN_DAY_NUMBER - 1).is_err());
        assert!(HijriDate::from_day_number(Date::<Gregorian>::MAX_DAY_NUMBER + 1).is_err());
    }

    #[test]
    fn iso_text_parses_back_to_the_date() {
        type Fields = Result<(i32, u8, u8), ParseDateError>;
        let cases: &[(&str, Fields)] = &[
            ("1402-01-12", Ok((1402, 1, 12))),
            ("1402/1/12", Ok((1402, 1, 12))),
            ("۱۴۰۳-۱۲-۳۰", Ok((1403, 12, 30))),
            ("-0621-10-11", Ok((-621, 10, 11))),
            (
                "1402-12-30",
                Err(JalaliDate::new(1402, 12, 30).unwrap_err().into()),
            ),
            ("1402-1", Err(ParseDateError::Syntax)),
            ("1402-01-12-5", Err(ParseDateError::Syntax)),
            ("1402-001-12", Err(ParseDateError::Syntax)),
            ("1402-01/12", Err(ParseDateError::Syntax)),
            ("1402-0a-12", Err(ParseDateError::Syntax)),
            ("", Err(ParseDateError::Syntax)),
            ("9999999999-01-01", Err(ParseDateError::Syntax)),
        ];
        for (text, want) in cases {
            let got = text
                .parse::<JalaliDate>()
                .map(|d| (d.year(), d.month(), d.day()));
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn display_and_parse_round_trip() {
        for n in
            (Date::<Gregorian>::MIN_DAY_NUMBER..=Date::<Gregorian>::MAX_DAY_NUMBER).step_by(997)
        {
            let j = JalaliDate::from_day_number(n).unwrap();
            assert_eq!(j.to_string().parse::<JalaliDate>(), Ok(j));
            let h = HijriDate::from_day_number(n).unwrap();
            assert_eq!(h.to_string().parse::<HijriDate>(), Ok(h));
        }
    }

    #[test]
    fn add_days_crosses_months_and_years() {
        let cases = [
            ((1402, 6, 31), 1, (1402, 7, 1)),
            ((1403, 12, 29), 1, (1403, 12, 30)),
            ((1403, 12, 30), 1, (1404, 1, 1)),
            ((1404, 1, 1), -1, (1403, 12, 30)),
            ((1402, 1, 1), 365, (1403, 1, 1)),
            ((1403, 1, 1), 366, (1404, 1, 1)),
        ];
        for ((y, m, d), n, (y2, m2, d2)) in cases {
            let got = JalaliDate::new(y, m, d).unwrap().add_days(n).unwrap();
            assert_eq!(
                got,
                JalaliDate::new(y2, m2, d2).unwrap(),
                "{y}-{m}-{d} + {n}"
            );
        }
    }

    #[test]
    fn month_arithmetic_clamps_to_the_month_end() {
        let cases = [
            ((1402, 1, 31), 6, (1402, 7, 30)),
            ((1402, 12, 29), 1, (1403, 1, 29)),
            ((1403, 1, 31), -1, (1402, 12, 29)),
            ((1403, 11, 30), 1, (1403, 12, 30)),
            ((1402, 5, 12), -17, (1400, 12, 12)),
            ((1402, 5, 12), 0, (1402, 5, 12)),
        ];
        for ((y, m, d), n, (y2, m2, d2)) in cases {
            let got = JalaliDate::new(y, m, d).unwrap().add_months(n).unwrap();
            assert_eq!(
                got,
                JalaliDate::new(y2, m2, d2).unwrap(),
                "{y}-{m}-{d} + {n} months"
            );
        }
        let leap = GregorianDate::new(2024, 2, 29).unwrap();
        assert_eq!(leap.add_years(1).unwrap().to_string(), "2025-02-28");
        assert!(
            GregorianDate::new(9999, 12, 1)
                .unwrap()
                .add_months(1)
                .is_err()
        );
        assert!(
            GregorianDate::new(1, 1, 1)
                .unwrap()
                .add_years(i32::MIN)
                .is_err()
        );
    }

    #[test]
    fn day_of_year_follows_the_month_lengths() {
        let cases = [
            ((1402, 1, 1), 1),
            ((1402, 6, 31), 186),
            ((1402, 7, 1), 187),
            ((1402, 12, 29), 365),
            ((1403, 12, 30), 366),
        ];
        for ((y, m, d), want) in cases {
            assert_eq!(JalaliDate::new(y, m, d).unwrap().day_of_year(), want);
        }
    }

    // serde_json comes with the `cli` feature.
    #[cfg(all(feature = "serde", feature = "cli"))]
    #[test]
    fn dates_serialize_as_iso_strings() {
        let d = JalaliDate::new(1396, 1, 1).unwrap();
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"1396-01-01\"");
    }
}
