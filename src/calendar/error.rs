//! The error of a date that does not exist or lies outside the supported range.

use super::{Calendar, Date};
use std::fmt;

/// Why a date was rejected: returned by [`Date::new`], [`Date::from_day_number`] and the
/// arithmetic that could leave the supported range.
///
/// The message names the date the way a reader would write it and says what is wrong:
///
/// ```
/// use pardaz::calendar::{DateErrorKind, GregorianDate, JalaliDate};
///
/// let err = JalaliDate::new(1402, 12, 30).unwrap_err();
/// assert_eq!(err.to_string(), "30 Esfand 1402 does not exist: 1402 is not a leap year");
/// assert_eq!(err.kind(), DateErrorKind::DayOutOfRange { days_in_month: 29 });
/// assert_eq!((err.year(), err.month(), err.day()), (1402, 12, 30));
///
/// let err = JalaliDate::new(1402, 7, 31).unwrap_err();
/// assert_eq!(err.to_string(), "31 Mehr 1402 does not exist: Mehr has 30 days");
///
/// let err = GregorianDate::new(2024, 13, 1).unwrap_err();
/// assert_eq!(err.to_string(), "month 13 does not exist in 2024-13-01: Gregorian months are numbered 1 to 12");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateError {
    calendar: Calendar,
    year: i32,
    month: u8,
    day: u8,
    kind: DateErrorKind,
}

/// What was wrong with a date: see [`DateError::kind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DateErrorKind {
    /// The month is not 1–12.
    MonthOutOfRange,
    /// The day is 0 or after the last day of the month, which has `days_in_month` days in
    /// that year.
    DayOutOfRange {
        /// The length of the month in the given year.
        days_in_month: u8,
    },
    /// The date exists in its calendar but lies outside the range this crate supports
    /// (Gregorian 0001-01-01 to 9999-12-31).
    OutOfRange,
    /// Day arithmetic or [`Date::from_day_number`] produced a day number outside
    /// [`Date::MIN_DAY_NUMBER`]`..=`[`Date::MAX_DAY_NUMBER`]. The error's date is the one the
    /// arithmetic started from (all zero for `from_day_number`).
    DayNumberOutOfRange {
        /// The day number that was out of range.
        day_number: i64,
    },
}

impl DateError {
    pub(crate) const fn new(
        calendar: Calendar,
        year: i32,
        month: u8,
        day: u8,
        kind: DateErrorKind,
    ) -> Self {
        DateError {
            calendar,
            year,
            month,
            day,
            kind,
        }
    }

    /// What was wrong.
    ///
    /// ```
    /// use pardaz::calendar::{DateErrorKind, JalaliDate};
    /// let err = JalaliDate::new(1402, 0, 1).unwrap_err();
    /// assert_eq!(err.kind(), DateErrorKind::MonthOutOfRange);
    /// ```
    pub const fn kind(&self) -> DateErrorKind {
        self.kind
    }

    /// The calendar of the rejected date.
    ///
    /// ```
    /// use pardaz::calendar::{Calendar, HijriDate};
    /// assert_eq!(HijriDate::new(1445, 2, 30).unwrap_err().calendar(), Calendar::HijriLunar);
    /// ```
    pub const fn calendar(&self) -> Calendar {
        self.calendar
    }

    /// The year as given.
    ///
    /// ```
    /// assert_eq!(pardaz::calendar::JalaliDate::new(1402, 12, 30).unwrap_err().year(), 1402);
    /// ```
    pub const fn year(&self) -> i32 {
        self.year
    }

    /// The month as given.
    ///
    /// ```
    /// assert_eq!(pardaz::calendar::JalaliDate::new(1402, 13, 1).unwrap_err().month(), 13);
    /// ```
    pub const fn month(&self) -> u8 {
        self.month
    }

    /// The day as given.
    ///
    /// ```
    /// assert_eq!(pardaz::calendar::JalaliDate::new(1402, 1, 32).unwrap_err().day(), 32);
    /// ```
    pub const fn day(&self) -> u8 {
        self.day
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let cal = self.calendar;
        let (y, m, d) = (self.year, self.month, self.day);
        let month_name = cal.months_latin().get(usize::from(m).wrapping_sub(1));
        match (self.kind, month_name) {
            (DateErrorKind::MonthOutOfRange, _) | (DateErrorKind::DayOutOfRange { .. }, None) => {
                write!(f, "month {m} does not exist in ")?;
                write_iso(f, y, m, d)?;
                write!(f, ": {} months are numbered 1 to 12", cal.english_name())
            }
            (DateErrorKind::DayOutOfRange { .. }, Some(name)) if d == 0 => {
                write!(
                    f,
                    "day 0 of {name} {y} does not exist: days are numbered from 1"
                )
            }
            (DateErrorKind::DayOutOfRange { days_in_month }, Some(name)) => {
                write!(f, "{d} {name} {y} does not exist: ")?;
                if is_missing_leap_day(cal, y, m, d) {
                    write!(f, "{y} is not a leap year")
                } else {
                    write!(f, "{name} has {days_in_month} days")
                }
            }
            (DateErrorKind::OutOfRange, _) => {
                write!(f, "{} date ", cal.english_name())?;
                write_iso(f, y, m, d)?;
                f.write_str(" is outside the supported range (Gregorian 0001-01-01 to 9999-12-31)")
            }
            (DateErrorKind::DayNumberOutOfRange { day_number }, _) => {
                write!(
                    f,
                    "day number {day_number} is outside the supported range {}..={} \
                     (Gregorian 0001-01-01 to 9999-12-31)",
                    Date::<super::Gregorian>::MIN_DAY_NUMBER,
                    Date::<super::Gregorian>::MAX_DAY_NUMBER,
                )?;
                if (y, m, d) != (0, 0, 0) {
                    write!(f, ", reached from {} date ", cal.english_name())?;
                    write_iso(f, y, m, d)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for DateError {}

/// Whether `day month year` is the leap day of a year that does not have one.
fn is_missing_leap_day(calendar: Calendar, year: i32, month: u8, day: u8) -> bool {
    let (leap_month, leap_day) = match calendar {
        Calendar::Gregorian => (2, 29),
        Calendar::Jalali | Calendar::HijriLunar => (12, 30),
    };
    (month, day) == (leap_month, leap_day) && !calendar.is_leap_year(year)
}

/// Why a text is not a date: returned by the [`FromStr`](std::str::FromStr) of [`Date`].
///
/// ```
/// use pardaz::calendar::{JalaliDate, ParseDateError};
///
/// assert_eq!("1402-13-01".parse::<JalaliDate>().unwrap_err().to_string(),
///            "month 13 does not exist in 1402-13-01: Jalali months are numbered 1 to 12");
/// assert_eq!("1402-1".parse::<JalaliDate>(), Err(ParseDateError::Syntax));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseDateError {
    /// The text is not `YYYY-MM-DD` (or `YYYY/MM/DD`).
    Syntax,
    /// The text is well formed but the date does not exist or is out of range.
    Invalid(DateError),
}

impl fmt::Display for ParseDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseDateError::Syntax => {
                f.write_str("not a date: expected YYYY-MM-DD (or YYYY/MM/DD)")
            }
            ParseDateError::Invalid(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for ParseDateError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ParseDateError::Syntax => None,
            ParseDateError::Invalid(e) => Some(e),
        }
    }
}

impl From<DateError> for ParseDateError {
    fn from(e: DateError) -> Self {
        ParseDateError::Invalid(e)
    }
}

/// Writes `year-month-day` in ISO 8601 form: at least four year digits, a leading `-` for
/// negative years.
pub(crate) fn write_iso(f: &mut fmt::Formatter<'_>, year: i32, month: u8, day: u8) -> fmt::Result {
    if year < 0 {
        write!(f, "-{:04}-{month:02}-{day:02}", year.unsigned_abs())
    } else {
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

#[cfg(test)]
mod tests {
    use crate::calendar::{GregorianDate, HijriDate, JalaliDate};

    #[test]
    fn every_rejection_says_what_was_wrong() {
        let cases: &[(Result<(), String>, &str)] = &[
            (
                JalaliDate::new(1402, 12, 30)
                    .map(drop)
                    .map_err(|e| e.to_string()),
                "30 Esfand 1402 does not exist: 1402 is not a leap year",
            ),
            (
                JalaliDate::new(1402, 1, 32)
                    .map(drop)
                    .map_err(|e| e.to_string()),
                "32 Farvardin 1402 does not exist: Farvardin has 31 days",
            ),
            (
                JalaliDate::new(1403, 12, 31)
                    .map(drop)
                    .map_err(|e| e.to_string()),
                "31 Esfand 1403 does not exist: Esfand has 30 days",
            ),
            (
                JalaliDate::new(1402, 5, 0)
                    .map(drop)
                    .map_err(|e| e.to_string()),
                "day 0 of Mordad 1402 does not exist: days are numbered from 1",
            ),
            (
                JalaliDate::new(1402, 0, 5)
                    .map(drop)
                    .map_err(|e| e.to_string()),
                "month 0 does not exist in 1402-00-05: Jalali months are numbered 1 to 12",
            ),
            (
                GregorianDate::new(2023, 2, 29)
                    .map(drop)
                    .map_err(|e| e.to_string()),
                "29 February 2023 does not exist: 2023 is not a leap year",
            ),
            (
                GregorianDate::new(2024, 2, 30)
                    .map(drop)
                    .map_err(|e| e.to_string()),
                "30 February 2024 does not exist: February has 29 days",
            ),
            (
                GregorianDate::new(2024, 4, 31)
                    .map(drop)
                    .map_err(|e| e.to_string()),
                "31 April 2024 does not exist: April has 30 days",
            ),
            (
                HijriDate::new(1446, 12, 30)
                    .map(drop)
                    .map_err(|e| e.to_string()),
                "30 Dhu al-Hijjah 1446 does not exist: 1446 is not a leap year",
            ),
            (
                HijriDate::new(1445, 9, 31)
                    .map(drop)
                    .map_err(|e| e.to_string()),
                "31 Ramadan 1445 does not exist: Ramadan has 30 days",
            ),
            (
                GregorianDate::new(10000, 1, 1)
                    .map(drop)
                    .map_err(|e| e.to_string()),
                "Gregorian date 10000-01-01 is outside the supported range (Gregorian 0001-01-01 to 9999-12-31)",
            ),
            (
                JalaliDate::new(-700, 1, 1)
                    .map(drop)
                    .map_err(|e| e.to_string()),
                "Jalali date -0700-01-01 is outside the supported range (Gregorian 0001-01-01 to 9999-12-31)",
            ),
            (
                JalaliDate::from_day_number(3_000_000)
                    .map(drop)
                    .map_err(|e| e.to_string()),
                "day number 3000000 is outside the supported range -719162..=2932896 (Gregorian 0001-01-01 to 9999-12-31)",
            ),
        ];
        for (got, want) in cases {
            assert_eq!(got.as_ref().err().map(String::as_str), Some(*want));
        }
    }

    #[test]
    fn arithmetic_errors_name_the_starting_date() {
        let err = GregorianDate::new(9999, 12, 31)
            .and_then(|d| d.add_days(1))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "day number 2932897 is outside the supported range -719162..=2932896 \
             (Gregorian 0001-01-01 to 9999-12-31), reached from Gregorian date 9999-12-31"
        );
    }
}
