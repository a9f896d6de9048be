//! The resolved values of DATE, TIME, MONEY and PERCENT entities.
//!
//! With the `serde` feature on, a [`Value`] serializes as one flat JSON object (no enum tag):
//!
//! | entity | fields |
//! |---|---|
//! | DATE | `calendar` (`"jalali"`, `"gregorian"`, `"hijri_lunar"` or null), `year`, `month`, `day` (null where unknown), `gregorian_start`, `gregorian_end` (ISO `YYYY-MM-DD`, null when unresolved), `approximate`; and where they apply `weekday`, `season`, `decade`, `century`, `part`, `end_year`/`end_month`/`end_day` (ranges), `relative` and `offset_days` |
//! | TIME | the DATE fields of the day it falls on (all null for a bare clock time), then `hour`, `minute` (null where unknown) and where they apply `second`, `day_part`, `end_hour`/`end_minute`, `zone` |
//! | MONEY | `amount` (a number), `currency` (`"IRR"`, `"toman"`, `"USD"`, `"EUR"` … or null) and `amount_max` for a range |
//! | PERCENT | `value` (a number) and `value_max` for a range |
//!
//! ```
//! use pardaz::entities::{TemporalExtractor, Value};
//!
//! let text = "فروردین سال 96";
//! let found = TemporalExtractor::new().extract(text, None);
//! let Some(Value::Date(date)) = &found[0].value else { panic!() };
//! assert_eq!((date.year, date.month, date.day), (Some(1396), Some(1), None));
//! assert_eq!(date.gregorian_start.map(|d| d.to_string()).as_deref(), Some("2017-03-21"));
//! assert_eq!(date.gregorian_end.map(|d| d.to_string()).as_deref(), Some("2017-04-20"));
//! ```

use std::borrow::Cow;
use std::fmt;

use crate::calendar::{Calendar, GregorianDate, Weekday};

/// The value of an entity: which variant depends on its [`Label`](super::Label).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(untagged))]
#[non_exhaustive]
pub enum Value {
    /// A DATE: a day or a longer period.
    Date(DateValue),
    /// A TIME: a time of day, alone or on a given day.
    Time(TimeValue),
    /// An amount of MONEY.
    Money(MoneyValue),
    /// A PERCENT.
    Percent(PercentValue),
}

/// A date or a period of a day or longer, in the calendar it was written in.
///
/// `gregorian_start` and `gregorian_end` are the first and last day (inclusive) of the period
/// the expression denotes: one day for `۱۲ فروردین ۱۴۰۲`, a month for `فروردین ۹۶`, a year for
/// `سال 2018`. A relative expression (`دیروز`, `هفته گذشته`) or a weekday alone has them only
/// when the caller passed a reference date.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct DateValue {
    /// The calendar the date was written in, when known.
    pub calendar: Option<Calendar>,
    /// The year, in that calendar (`1396`, never `96`).
    pub year: Option<i32>,
    /// The month, 1–12.
    pub month: Option<u8>,
    /// The day of the month.
    pub day: Option<u8>,
    /// The first day of the period, in the Gregorian calendar.
    pub gregorian_start: Option<GregorianDate>,
    /// The last day of the period (inclusive), in the Gregorian calendar.
    pub gregorian_end: Option<GregorianDate>,
    /// Whether the Gregorian dates are only approximate: true for the lunar Hijri calendar,
    /// whose months Iran fixes by moon sighting.
    pub approximate: bool,
    /// The weekday named in the text.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub weekday: Option<Weekday>,
    /// The season named in the text (a season of the Jalali year).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub season: Option<Season>,
    /// The first year of a decade (`دهه ۷۰` → 1370).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub decade: Option<i32>,
    /// A century by its ordinal number (`قرن بیست و یکم` → 21).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub century: Option<i32>,
    /// The part of the period the text names (`اوایل`, `پایان` …).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub part: Option<PeriodPart>,
    /// The year of the last element of a range or list (`از سال ۹۴ تا سال ۹۵`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub end_year: Option<i32>,
    /// The month of the last element of a range or list.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub end_month: Option<u8>,
    /// The day of the last element of a range or list.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub end_day: Option<u8>,
    /// For an expression relative to the time of writing (`امروز`, `هفته گذشته`, `سه روز
    /// پیش`): which period, and how far from now.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub relative: Option<Relative>,
    /// For a relative expression in days or weeks: its offset from the reference day in days
    /// (`دیروز` → −1, `هفته آینده` → 7).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub offset_days: Option<i32>,
}

/// A time of day, alone (`۱۴:۳۰`) or on a day (`ساعت ۱۰ صبح دوشنبه`, `صبح امروز`).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct TimeValue {
    /// The day the time falls on, when the text names one; every field is unknown otherwise.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub date: DateValue,
    /// The hour, 0–23.
    pub hour: Option<u8>,
    /// The minute, 0–59.
    pub minute: Option<u8>,
    /// The second, 0–59.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub second: Option<u8>,
    /// The part of the day named in the text.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub day_part: Option<DayPart>,
    /// The end hour of a range (`از ساعت ۱۷ تا ۱۹`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub end_hour: Option<u8>,
    /// The end minute of a range.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub end_minute: Option<u8>,
    /// Whether the text gives the time zone (`به وقت تهران`, `به وقت محلی`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "std::ops::Not::not"))]
    pub zone: bool,
}

/// An amount of money.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct MoneyValue {
    /// The amount, in units of the currency (`۲.۵ میلیون یورو` → 2 500 000).
    pub amount: f64,
    /// The upper end of a range (`۳۰ تا ۴۰ هزار تومان` → 40 000).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub amount_max: Option<f64>,
    /// The currency: an ISO 4217 code (`"IRR"`, `"USD"`, `"EUR"` …), `"toman"` for the
    /// Iranian toman (10 rials), `"cent"`; `None` when the text names none.
    pub currency: Option<&'static str>,
}

/// A percentage.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PercentValue {
    /// The percentage (`۳۵ درصد` → 35).
    pub value: f64,
    /// The upper end of a range (`۱۰ تا ۱۵ درصد` → 15).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub value_max: Option<f64>,
}

/// A season of the Jalali year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Season {
    /// بهار: months 1–3.
    Spring,
    /// تابستان: months 4–6.
    Summer,
    /// پاییز: months 7–9.
    Autumn,
    /// زمستان: months 10–12.
    Winter,
}

impl Season {
    /// The season of index 1–4 (spring first).
    pub(crate) fn from_index(i: u8) -> Option<Self> {
        Some(match i {
            1 => Season::Spring,
            2 => Season::Summer,
            3 => Season::Autumn,
            4 => Season::Winter,
            _ => return None,
        })
    }

    /// The first Jalali month of the season.
    ///
    /// ```
    /// assert_eq!(pardaz::entities::Season::Autumn.first_month(), 7);
    /// ```
    pub const fn first_month(self) -> u8 {
        match self {
            Season::Spring => 1,
            Season::Summer => 4,
            Season::Autumn => 7,
            Season::Winter => 10,
        }
    }
}

/// A part of a period written before it: `اوایل آبان`, `پایان سال`, `نیمه دوم سال ۹۲`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum PeriodPart {
    /// اوایل: the first third.
    Early,
    /// اواسط: the middle third.
    Mid,
    /// اواخر: the last third.
    Late,
    /// ابتدای, آغاز, اول: the start.
    Start,
    /// پایان, انتهای, آخر: the end.
    End,
    /// نیمه اول: the first half.
    FirstHalf,
    /// نیمه دوم: the second half.
    SecondHalf,
}

impl PeriodPart {
    /// The part of a data-file key (`early`, `mid`, `late`, `start`, `end`, `first_half`,
    /// `second_half`).
    pub(crate) fn from_key(key: &str) -> Option<Self> {
        Some(match key {
            "early" => PeriodPart::Early,
            "mid" => PeriodPart::Mid,
            "late" => PeriodPart::Late,
            "start" => PeriodPart::Start,
            "end" => PeriodPart::End,
            "first_half" => PeriodPart::FirstHalf,
            "second_half" => PeriodPart::SecondHalf,
            _ => return None,
        })
    }
}

/// A part of the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum DayPart {
    /// بامداد, سحرگاه: after midnight, before sunrise.
    Dawn,
    /// صبح.
    Morning,
    /// پیش از ظهر.
    Forenoon,
    /// ظهر.
    Noon,
    /// بعد از ظهر, عصر.
    Afternoon,
    /// غروب, شامگاه.
    Evening,
    /// شب.
    Night,
    /// نیمه شب.
    Midnight,
}

impl DayPart {
    pub(crate) fn from_key(key: &str) -> Option<Self> {
        Some(match key {
            "dawn" => DayPart::Dawn,
            "morning" => DayPart::Morning,
            "forenoon" => DayPart::Forenoon,
            "noon" => DayPart::Noon,
            "afternoon" => DayPart::Afternoon,
            "evening" => DayPart::Evening,
            "night" => DayPart::Night,
            "midnight" => DayPart::Midnight,
            _ => return None,
        })
    }

    /// Whether a clock hour written with this part (`۸ شب`) is after noon, so 12 is added.
    pub(crate) const fn is_pm(self) -> bool {
        matches!(self, DayPart::Afternoon | DayPart::Evening | DayPart::Night)
    }
}

/// The unit of a [`Relative`] expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RelativeUnit {
    /// Minutes (`۳۰ دقیقه گذشته`).
    Minute,
    /// Hours (`۲۴ ساعت گذشته`).
    Hour,
    /// Days (`امروز`, `سه روز پیش`).
    Day,
    /// Nights (`امشب`, `دیشب`): the night of the day at that offset.
    Night,
    /// Weeks, Saturday to Friday.
    Week,
    /// Months of the Jalali calendar.
    Month,
    /// Years of the Jalali calendar.
    Year,
    /// Decades (`دهه گذشته`).
    Decade,
    /// Centuries (`قرن گذشته`).
    Century,
}

impl RelativeUnit {
    const fn name(self) -> &'static str {
        match self {
            RelativeUnit::Minute => "minute",
            RelativeUnit::Hour => "hour",
            RelativeUnit::Day => "day",
            RelativeUnit::Night => "night",
            RelativeUnit::Week => "week",
            RelativeUnit::Month => "month",
            RelativeUnit::Year => "year",
            RelativeUnit::Decade => "decade",
            RelativeUnit::Century => "century",
        }
    }
}

/// An expression relative to the time of writing: a unit and a signed count of them.
///
/// It is written (and serialized) as a name: `today`, `yesterday`, `tomorrow`,
/// `day_before_yesterday`, `day_after_tomorrow`, `tonight`, `last_night`, `this_week`,
/// `last_week`, `next_week` (and the same for `month` and `year`), otherwise
/// `3_days_ago` / `in_2_years`. (Vague expressions, `سال‌های اخیر` "recent years", are not
/// entities.)
///
/// ```
/// use pardaz::entities::{Relative, RelativeUnit};
///
/// assert_eq!(Relative::new(RelativeUnit::Week, -1).to_string(), "last_week");
/// assert_eq!(Relative::new(RelativeUnit::Day, -3).to_string(), "3_days_ago");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Relative {
    /// The unit.
    pub unit: RelativeUnit,
    /// How many units from the current one: negative in the past.
    pub offset: i32,
}

impl Relative {
    /// A precise relative expression.
    pub const fn new(unit: RelativeUnit, offset: i32) -> Self {
        Relative { unit, offset }
    }

    /// The name this expression is written as (see the type's docs).
    pub fn name(&self) -> Cow<'static, str> {
        use RelativeUnit::*;
        let fixed = match (self.unit, self.offset) {
            (Day, 0) => "today",
            (Day, -1) => "yesterday",
            (Day, 1) => "tomorrow",
            (Day, -2) => "day_before_yesterday",
            (Day, 2) => "day_after_tomorrow",
            (Night, 0) => "tonight",
            (Night, -1) => "last_night",
            (Night, 1) => "tomorrow_night",
            (Week, 0) => "this_week",
            (Week, -1) => "last_week",
            (Week, 1) => "next_week",
            (Month, 0) => "this_month",
            (Month, -1) => "last_month",
            (Month, 1) => "next_month",
            (Year, 0) => "this_year",
            (Year, -1) => "last_year",
            (Year, 1) => "next_year",
            (Decade, 0) => "this_decade",
            (Decade, -1) => "last_decade",
            (Century, 0) => "this_century",
            (Century, -1) => "last_century",
            (unit, o) if o < 0 => return format!("{}_{}s_ago", -o, unit.name()).into(),
            (unit, o) => return format!("in_{}_{}s", o, unit.name()).into(),
        };
        Cow::Borrowed(fixed)
    }
}

impl fmt::Display for Relative {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Relative {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.name())
    }
}
